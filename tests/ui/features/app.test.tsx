/** The shell: mode buttons, worked examples, the notice, share links, keyboard use, and the lazily loaded calculator. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputMessages } from '../../../src/state/parse-input';
import { scenarioFromLocation } from '../../../src/state/share-link';
import { selectScenario, useScenarioStore } from '../../../src/state/store';
import { App } from '../../../src/ui/app/App';
import { ModeTabs } from '../../../src/ui/app/ModeTabs';
import { Notice } from '../../../src/ui/app/Notice';
import { PresetBar } from '../../../src/ui/features/presets/PresetBar';
import { ShareControls } from '../../../src/ui/features/share/ShareControls';
import { cents, resetStore } from './harness';

// The payoff section and the risk panel have their own tests; here they only add DOM.
vi.mock('../../../src/ui/features/results/PayoffSection', () => ({ PayoffSection: () => null }));
vi.mock('../../../src/ui/features/risk/RiskPanel', () => ({ default: () => <section aria-label="Portfolio risk (stub)" /> }));

const MODES = {
  stock: 'A stock in my portfolio',
  commodity: 'A commodity I buy or sell',
  fx: 'A foreign-currency payment',
  rate: 'A loan rate',
} as const;

const modeButton = (label: string) => within(screen.getByRole('navigation', { name: 'What to protect' })).getByRole('button', { name: label });
const pressed = () =>
  within(screen.getByRole('navigation', { name: 'What to protect' }))
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent);
const waitForResults = () => screen.findByRole('table', { name: 'Hedges side by side' });
const hedgeNames = () => within(screen.getByRole('table', { name: 'Hedges side by side' })).getAllByRole('button').filter((b) => b.hasAttribute('aria-pressed')).map((b) => b.textContent);

beforeEach(() => resetStore('stock'));

describe('App', () => {
  it('loads the calculator and shows the investor example', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Microhedge' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Portfolio' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Hedge parameters' })).toBeInTheDocument();
    await waitForResults();
    expect(hedgeNames()).toHaveLength(6);
    expect(pressed()).toEqual([MODES.stock]);
    expect(screen.getByRole('heading', { level: 2, name: 'Protective put' })).toBeInTheDocument();
  });

  it('each mode button shows that mode’s inputs and hedges', async () => {
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await waitForResults();
    const cases = [
      ['commodity', MODES.commodity, 'Commodity purchase', ['Futures lock-in']],
      ['fx', MODES.fx, 'Currency payment', ['FX forward', 'FX call option']],
      ['rate', MODES.rate, 'Loan rate', ['Rate futures lock', 'Payer swap', 'Futures strip, every reset', 'Payer swap to maturity', 'Interest-rate cap']],
    ] as const;
    for (const [mode, label, inputs, hedges] of cases) {
      await user.click(modeButton(label));
      expect(useScenarioStore.getState().prefs.mode).toBe(mode);
      expect(pressed()).toEqual([label]);
      expect(screen.getByRole('region', { name: inputs })).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Portfolio' })).not.toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Portfolio risk (stub)' })).not.toBeInTheDocument();
      expect(hedgeNames()).toEqual(hedges);
    }
    await user.click(modeButton(MODES.stock));
    expect(pressed()).toEqual([MODES.stock]);
    expect(screen.getByRole('region', { name: 'Portfolio' })).toBeInTheDocument();
    expect(hedgeNames()).toContain('Protective put');
  }, 20_000); // three modes rendered in turn, the loan rate with five hedges

  it('an invalid entry shows its message next to the field while the results keep the last valid figures', async () => {
    const user = userEvent.setup({ delay: null });
    act(() => useScenarioStore.getState().setMode('fx'));
    render(<App />);
    await waitForResults();
    const spot = screen.getByLabelText('Spot rate (EUR per USD)');
    await user.clear(spot);
    await user.type(spot, 'abc');
    expect(spot).toHaveValue('abc');
    expect(spot).toHaveAttribute('aria-invalid', 'true');
    const message = document.getElementById(spot.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(message).toHaveTextContent(InputMessages.notNumber);
    expect(screen.getByText('One field needs attention (marked in red). Showing the last valid results.')).toHaveAttribute('role', 'status');
    expect(hedgeNames()).toEqual(['FX forward', 'FX call option']);
  });

  it('choosing a hedge opens its detail, whose ledger total equals the sum of its cost lines', async () => {
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await waitForResults();
    const put = screen.getByRole('button', { name: 'Put spread' });
    await user.click(put);
    expect(put).toHaveAttribute('aria-pressed', 'true');
    const ledger = screen.getByRole('table', { name: 'Cost ledger (EUR)' });
    const rows = within(ledger).getAllByRole('row');
    const costs = rows.map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent ?? '')).filter((c) => c[1] === 'cost');
    expect(costs).toHaveLength(4);
    const total = rows.find((r) => within(r).queryByRole('rowheader', { name: /^Total cost/ }) !== null)!;
    const totalText = within(total).getByRole('cell').textContent!;
    expect(costs.reduce((a, c) => a + cents(c[2]!), 0n)).toBe(cents(totalText));
    expect(totalText).toBe('€3,106.88');
  });

  it('presets load their mode and their figures', async () => {
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await waitForResults();
    const presets = screen.getByRole('navigation', { name: 'Worked examples' });
    await user.click(within(presets).getByRole('button', { name: 'Bakery: lock the price of 40 t of wheat' }));
    expect(pressed()).toEqual([MODES.commodity]);
    expect(screen.getByLabelText('Quantity (units, e.g. t)')).toHaveValue('40');
    expect(hedgeNames()).toEqual(['Futures lock-in']);
    await user.click(within(presets).getByRole('button', { name: 'Importer: USD 180,000 due in 90 days' }));
    expect(pressed()).toEqual([MODES.fx]);
    expect(screen.getByLabelText('Amount (USD)')).toHaveValue('180,000');
    await user.click(within(presets).getByRole('button', { name: 'Borrower: lock a loan rate resetting in 3 months' }));
    expect(pressed()).toEqual([MODES.rate]);
    expect(screen.getByRole('heading', { level: 2, name: 'Rate futures lock' })).toBeInTheDocument();
    await user.click(within(presets).getByRole('button', { name: 'Investor: floor under a volatile stock' }));
    expect(pressed()).toEqual([MODES.stock]);
    expect(screen.getByRole('heading', { level: 2, name: 'Protective put' })).toBeInTheDocument();
  });

  it('keyboard: Tab reaches the mode buttons; Space and Enter press them', async () => {
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await waitForResults();
    const commodity = modeButton(MODES.commodity);
    for (let i = 0; i < 15 && document.activeElement !== commodity; i++) await user.tab();
    expect(commodity).toHaveFocus();
    await user.keyboard(' ');
    expect(pressed()).toEqual([MODES.commodity]);
    expect(screen.getByRole('region', { name: 'Commodity purchase' })).toBeInTheDocument();
    await user.tab();
    expect(modeButton(MODES.fx)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(pressed()).toEqual([MODES.fx]);
    expect(hedgeNames()).toEqual(['FX forward', 'FX call option']);
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(modeButton(MODES.stock)).toHaveFocus();
  });

  it('shows a notice and dismisses it', async () => {
    const user = userEvent.setup({ delay: null });
    render(<App />);
    await waitForResults();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => useScenarioStore.getState().setNotice('This share link is damaged or not from Microhedge; the worked example is shown instead.'));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This share link is damaged');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(useScenarioStore.getState().notice).toBeNull();
  });
});

describe('ModeTabs', () => {
  it('is a labelled group of four toggle buttons, one pressed', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ModeTabs />);
    const buttons = within(screen.getByRole('navigation', { name: 'What to protect' })).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(Object.values(MODES));
    expect(pressed()).toEqual([MODES.stock]);
    await user.tab();
    expect(buttons[0]).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(buttons[2]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(useScenarioStore.getState().prefs.mode).toBe('fx');
    await user.tab();
    await user.keyboard(' ');
    expect(useScenarioStore.getState().prefs.mode).toBe('rate');
    expect(pressed()).toEqual([MODES.rate]);
  });
});

describe('Notice', () => {
  it('renders nothing without a notice', () => {
    const { container } = render(<Notice />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the message as an alert with a dismiss button', async () => {
    const user = userEvent.setup({ delay: null });
    useScenarioStore.getState().setNotice('Some saved inputs could not be read and were reset: stock.rate.');
    render(<Notice />);
    expect(screen.getByRole('alert')).toHaveTextContent('Some saved inputs could not be read and were reset: stock.rate.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('PresetBar', () => {
  it('lists the four worked examples and loads one, replacing edits', async () => {
    const user = userEvent.setup({ delay: null });
    useScenarioStore.getState().setField('fx', 'spot', 'abc');
    render(<PresetBar />);
    const buttons = within(screen.getByRole('navigation', { name: 'Worked examples' })).getAllByRole('button');
    expect(buttons).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Importer: USD 180,000 due in 90 days' }));
    const s = useScenarioStore.getState();
    expect(s.prefs).toMatchObject({ mode: 'fx', selectedHedge: 'fx-forward' });
    expect(s.fx.spot).toBe('0.9200');
  });
});

describe('ShareControls', () => {
  afterEach(() => vi.restoreAllMocks());

  it('copies a link that reopens exactly this scenario', async () => {
    const user = userEvent.setup({ delay: null });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    useScenarioStore.getState().setField('fx', 'spot', '0.9311');
    render(<ShareControls />);
    expect(screen.queryByRole('textbox', { name: 'Share link' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    const box = await screen.findByRole('textbox', { name: 'Share link' });
    const link = (box as HTMLInputElement).value;
    expect(link).toContain('#s=v4.');
    expect(link.startsWith(`${window.location.origin}${window.location.pathname}#s=v4.`)).toBe(true);
    expect(box).toHaveAttribute('readonly');
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(link);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied. Anyone who opens it sees exactly this scenario.');
    const decoded = scenarioFromLocation(new URL(link).hash);
    expect(decoded?.ok).toBe(true);
    expect(decoded?.ok && decoded.value).toEqual(selectScenario(useScenarioStore.getState()));
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup({ delay: null });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ShareControls />);
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(await screen.findByText('Copy the link below.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledTimes(1);
    const box = screen.getByRole('textbox', { name: 'Share link' });
    expect((box as HTMLInputElement).value).toContain('#s=v4.');
  });
});
