/** The small-business views: the bakery's contract choice and buyer figures, the borrower's reset tables, the importer's quote note. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc/calculate';
import { selectScenario, useScenarioStore } from '../../../src/state/store';
import type { PresetName } from '../../../src/state/presets';
import { HedgeInputs } from '../../../src/ui/features/inputs/HedgeInputs';
import { ResultsPanel } from '../../../src/ui/features/results/ResultsPanel';
import { resetStore } from './harness';

vi.mock('../../../src/ui/charts/LazyPayoffChart', () => ({ LazyPayoffChart: () => null }));

/** Inputs (with errors and notes) beside the results, as the App wires them. */
function Page() {
  const result = calculate(useScenarioStore(selectScenario));
  return (
    <>
      <HedgeInputs errors={result.fieldErrors} notes={result.fieldNotes} />
      <ResultsPanel result={result} />
    </>
  );
}

function load(name: PresetName) {
  const s = useScenarioStore.getState();
  s.loadPreset(name);
  s.dismissNotice();
  render(<Page />);
}

const rowsOf = (name: string) =>
  within(screen.getByRole('table', { name })).getAllByRole('row').slice(1).map((r) => [r.querySelector('th')!.textContent, ...within(r).getAllByRole('cell').map((c) => c.textContent)]);

describe('small-business views', () => {
  beforeEach(() => resetStore('stock'));

  it('bakery: the round down / up / mini table with its costs, and the buyer’s figures instead of a floor', async () => {
    const user = userEvent.setup({ delay: null });
    load('bakery');
    const choice = 'Whole contracts: round down, round up or mini contracts';
    expect(rowsOf(choice).map((r) => r.slice(0, 3))).toEqual([['Round down', '0 × 50', '40 t unhedged'], ['Round up', '1 × 50', '10 t over-hedged']]);
    expect(rowsOf(choice)[0]).toContain('€1,776.00');
    expect(screen.getByText('Locked-in cost per t').closest('.figure')).toHaveTextContent('222');
    expect(screen.queryByText('Floor (worst value)')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Mini contract size (optional) (units per contract)'), '10');
    expect(rowsOf(choice)[2]!.slice(0, 3)).toEqual(['Mini contracts', '0 × 50 + 4 mini × 10', 'none']);
    expect(rowsOf(choice)[2]).toContain('€8,892.40'); // 40 × 222 + 4 × 3.10
  }, 20_000);

  it('borrower: the strip, the swap and the cap each show their resets', async () => {
    const user = userEvent.setup({ delay: null });
    load('borrower');
    await user.click(screen.getByRole('button', { name: 'Futures strip, every reset' }));
    expect(rowsOf('The strip: one set of contracts per reset').map((r) => r[0])).toEqual(['Reset in 3 months', 'Reset in 6 months', 'Reset in 9 months']);
    await user.click(screen.getByRole('button', { name: 'Interest-rate cap' }));
    expect(rowsOf("The cap's caplets (Black's model)")).toHaveLength(3);
    expect(screen.getByText('Worst-case effective loan rate').closest('.figure')).toHaveTextContent('%');
    expect(screen.getByText('Worst-case interest, premium included')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Payer swap to maturity' }));
    expect(rowsOf('The swap, reset by reset')).toHaveLength(3);
  }, 20_000);

  it('importer: a bank quote on the wrong side of parity gets a plain note next to the field, text kept', async () => {
    const user = userEvent.setup({ delay: null });
    load('importer');
    expect(screen.getByText('Interest differential (forward points), in money')).toBeInTheDocument();
    expect(screen.getByText("Bank's markup over parity, in money")).toBeInTheDocument();
    const quote = screen.getByLabelText("Bank's forward quote (optional) (EUR per USD)");
    await user.clear(quote);
    await user.type(quote, '0.9100');
    const note = screen.getAllByRole('note').find((n) => n.classList.contains('field-note'))!;
    expect(note).toHaveTextContent(/^This quote is below the parity forward 0\.9154/);
    expect(quote).toHaveAccessibleDescription(expect.stringContaining('below the parity forward'));
    expect(quote).toHaveValue('0.9100');
    await user.clear(quote);
    await user.type(quote, '0.9185');
    expect(screen.queryByText(/below the parity forward/)).not.toBeInTheDocument();
  }, 20_000);
});
