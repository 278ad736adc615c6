/** The messages about the inputs: notices with choices, the holding limit, examples with Undo, file import and too-long links. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useNotices } from '../../../src/state/notices';
import { PRESETS } from '../../../src/state/presets';
import { MAX_HOLDINGS } from '../../../src/state/sanitize';
import { exportScenarioFile, FileMessages } from '../../../src/state/scenario-file';
import { FlowMessages } from '../../../src/state/session-flow';
import { useScenarioStore } from '../../../src/state/store';
import { Notice } from '../../../src/ui/app/Notice';
import { PortfolioEditor, PortfolioMessages } from '../../../src/ui/features/portfolio/PortfolioEditor';
import { PresetBar } from '../../../src/ui/features/presets/PresetBar';
import { ShareControls, ShareMessages } from '../../../src/ui/features/share/ShareControls';
import { resetStore } from './harness';

beforeEach(() => {
  resetStore();
  act(() => useNotices.setState({ notices: [] }));
});

describe('Notice', () => {
  it('shows a problem as an alert with its choices; a choice runs once and the notice goes', async () => {
    const user = userEvent.setup({ delay: null });
    let runs = 0;
    render(<Notice />);
    act(() => useNotices.getState().show({ topic: 'saving', message: FlowMessages.full, urgency: 'alert', actions: [{ label: 'Export to a file', run: () => void runs++, primary: true }] }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(FlowMessages.full);
    await user.click(within(alert).getByRole('button', { name: 'Export to a file' }));
    expect(runs).toBe(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a confirmation is a status, dismissible', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Notice />);
    act(() => useNotices.getState().show({ topic: 'replaced', message: 'Replaced.', urgency: 'status', actions: [] }));
    expect(screen.getByRole('status')).toHaveTextContent('Replaced.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('Add a holding', () => {
  it(`at ${MAX_HOLDINGS} holdings is disabled, with the reason shown`, async () => {
    const user = userEvent.setup({ delay: null });
    render(<PortfolioEditor errors={{}} />);
    const add = screen.getByRole('button', { name: 'Add a holding' });
    expect(screen.queryByText(PortfolioMessages.atLimit)).not.toBeInTheDocument();
    act(() => {
      while (useScenarioStore.getState().portfolio.holdings.length < MAX_HOLDINGS - 1) useScenarioStore.getState().addHolding();
    });
    expect(add).toBeEnabled();
    await user.click(add);
    expect(useScenarioStore.getState().portfolio.holdings).toHaveLength(MAX_HOLDINGS);
    expect(add).toBeDisabled();
    expect(screen.getByText(PortfolioMessages.atLimit)).toBeVisible();
    expect(add).toHaveAccessibleDescription(PortfolioMessages.atLimit);
  });
});

describe('Examples', () => {
  it('over the user’s own portfolio: replaced, with Undo right after', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <>
        <Notice />
        <PresetBar />
      </>,
    );
    act(() => useScenarioStore.getState().setHolding('h1', 'name', 'Mine'));
    await user.click(screen.getByRole('button', { name: PRESETS.bakery.label }));
    expect(useScenarioStore.getState().prefs.mode).toBe('commodity');
    expect(screen.getByRole('status')).toHaveTextContent(`The example “${PRESETS.bakery.label}” replaced your inputs.`);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useScenarioStore.getState().portfolio.holdings[0]!.name).toBe('Mine');
    expect(useScenarioStore.getState().prefs.mode).toBe('stock');
  });
});

describe('ShareControls: files and long scenarios', () => {
  const upload = async (name: string, text: string) => {
    const user = userEvent.setup({ delay: null, applyAccept: false });
    await user.upload(screen.getByLabelText('Import a file'), new File([text], name, { type: 'application/json' }));
  };

  it('imports a file exported by the app; Undo goes back', async () => {
    render(
      <>
        <Notice />
        <ShareControls />
      </>,
    );
    act(() => useScenarioStore.getState().setField('fx', 'spot', '0.5'));
    await upload('s.json', exportScenarioFile(PRESETS.importer.scenario));
    expect(await screen.findByText('The file “s.json” replaced your inputs.')).toBeInTheDocument();
    expect(useScenarioStore.getState().fx.spot).toBe(PRESETS.importer.scenario.fx.spot);
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Undo' }));
    expect(useScenarioStore.getState().fx.spot).toBe('0.5');
  });

  it('refuses a hostile file with a message next to the control; the inputs are unchanged', async () => {
    render(<ShareControls />);
    act(() => useScenarioStore.getState().setField('fx', 'spot', '0.5'));
    await upload('evil.json', '<script>alert(1)</script>');
    expect(await screen.findByRole('alert')).toHaveTextContent(ShareMessages.refused(FileMessages.notJson));
    expect(screen.getByLabelText('Import a file')).toHaveAccessibleDescription(ShareMessages.refused(FileMessages.notJson));
    expect(useScenarioStore.getState().fx.spot).toBe('0.5');
  });

  it('a scenario too long for a link says to use a file instead', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ShareControls />);
    // Lone surrogates take six characters each in JSON (\udXXX): 50 holdings of them exceed a link.
    const long = '\ud800'.repeat(64);
    act(() => {
      while (useScenarioStore.getState().portfolio.holdings.length < MAX_HOLDINGS) useScenarioStore.getState().addHolding();
      for (const h of useScenarioStore.getState().portfolio.holdings) for (const f of ['name', 'quantity', 'price', 'currency', 'vol', 'beta'] as const) useScenarioStore.getState().setHolding(h.id, f, long);
    });
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(screen.getByRole('status')).toHaveTextContent(ShareMessages.tooLong);
    expect(screen.queryByRole('textbox', { name: 'Share link' })).not.toBeInTheDocument();
  });
});
