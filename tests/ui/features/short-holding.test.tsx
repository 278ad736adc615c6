/**
 * A short holding in the form and the results: the hedges of a short listed first, the worst case
 * read as a cap on the buy-back, a put that says it does not apply, and a typed bid / ask whose ask
 * is paid and whose implied volatility shows beside the model's.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useScenarioStore } from '../../../src/state/store';
import { HedgeInputs } from '../../../src/ui/features/inputs/HedgeInputs';
import { buildPayoffChart } from '../../../src/ui/charts/payoff-data';
import { payoffInputFromPlan } from '../../../src/ui/charts/plan-chart';
import { computeMode } from '../../../src/calc/calculate';
import { selectScenario } from '../../../src/state/store';
import { Calculator, resetStore } from './harness';

vi.mock('../../../src/ui/charts/LazyPayoffChart', () => ({ LazyPayoffChart: () => null }));

const compareTable = () => screen.getByRole('table', { name: 'Hedges side by side' });
/** The hedges' own buttons (each selects its hedge), not the buttons adding one to the combined hedge. */
const hedgeButtons = () => within(compareTable()).getAllByRole('button').filter((b) => b.hasAttribute('aria-pressed'));
const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).closest('.figure')!.querySelector('dd')!.textContent;

describe('a short holding', () => {
  beforeEach(() => {
    resetStore('stock');
    useScenarioStore.getState().setHolding('h1', 'quantity', '-1,200');
  });

  it('lists the hedges of a short first, and the put, collar, put spread and short sale with a plain reason', () => {
    render(<Calculator inputs={(e) => <HedgeInputs errors={e} />} />);
    expect(hedgeButtons().map((b) => b.textContent)).toEqual([
      'Protective call',
      'Zero-cost short collar',
      'Call spread',
      'Futures buy hedge',
      'Buy back (close the short)',
      'Proxy: Euro Stoxx Technology futures',
      'Macro: Euro Stoxx 50 futures on the whole portfolio',
      'Protective put',
      'Zero-cost collar',
      'Put spread',
      'Short sale',
    ]);
    const table = compareTable();
    expect(within(table).getByRole('columnheader', { name: 'Worst case' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Gain kept on a fall' })).toBeInTheDocument();
    const putRow = hedgeButtons()[7]!.closest('tr')!;
    expect(putRow).toHaveTextContent('Not for a short holding: a put pays when the price falls, and a short loses when it rises. See the protective call.');
    expect(hedgeButtons()[0]!.closest('tr')!).toHaveTextContent(/buy-back ≤ €\d{2},\d{3}\.\d\d/);
    // The example's choice (the put) does not fit: the detail opens on the protective call.
    expect(screen.getByRole('heading', { level: 2, name: 'Protective call' })).toBeInTheDocument();
    expect(figure('Worst case: buy-back capped at')).toMatch(/^€\d{2},\d{3}\.\d\d$/);
    expect(figure('Breakeven price (the shares must fall to)')).toMatch(/^\d\d\.\d\d$/);
    // Only the inputs of a short's hedges show.
    expect(screen.getByLabelText('Buy-back price (the ask) (per share)')).toBeInTheDocument();
    expect(screen.queryByLabelText('Put spread: lower strike (sold) (per share)')).toBeNull();
    expect(screen.queryByLabelText('Borrow fee (% per year)')).toBeNull();
    // The inputs and all eleven hedges render together: slower than the default 5 s on a shared machine.
  }, 20_000);

  it('a typed bid and ask: the call costs the ask, and the implied vol of each shows beside the model’s 45 %', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Calculator inputs={(e) => <HedgeInputs errors={e} />} />);
    await user.type(screen.getByLabelText('Call: bid (per share)'), '3.10');
    await user.type(screen.getByLabelText('Call: ask (per share)'), '3.40');
    await user.click(hedgeButtons()[0]!);
    expect(figure('Premium per unit')).toBe('3.4');
    expect(screen.getByRole('table', { name: 'Cost ledger (EUR)' })).toHaveTextContent('Call 72 premium paid: 12 contracts × 100 × 3.4 (ask)');
    const bid = figure('Implied vol, 72 call at the bid (model 45 %)')!;
    const ask = figure('Implied vol, 72 call at the ask, paid (model 45 %)')!;
    expect(parseFloat(ask)).toBeGreaterThan(parseFloat(bid));
    // A bid above the ask is refused next to the bid, and what was typed stays.
    await user.clear(screen.getByLabelText('Call: bid (per share)'));
    await user.type(screen.getByLabelText('Call: bid (per share)'), '3.50');
    expect(screen.getByLabelText('Call: bid (per share)')).toHaveValue('3.50');
    expect(screen.getByLabelText('Call: bid (per share)')).toHaveAccessibleDescription(expect.stringContaining('The bid must not be above the ask.'));
  }, 30_000);

  it('the chart is the right way up: the short’s value falls as the price rises, the hedged one stops at the worst case, labelled as the buy-back cap', () => {
    const r = computeMode(selectScenario(useScenarioStore.getState()));
    const plan = r.hedges.find((h) => h.id === 'protective-call')!.plan!;
    const data = buildPayoffChart({ ...payoffInputFromPlan(plan), referenceNames: { floor: 'Worst case (buy-back cap)', cap: 'Best case' }, currency: 'EUR' });
    const first = data.rows[0]!;
    const last = data.rows[data.rows.length - 1]!;
    expect(last.unhedged).toBeLessThan(first.unhedged);
    expect(last.hedged).toBeCloseTo(plan.floor!.amount.toNumber(), 0);
    const floorLine = data.referenceLines.find((l) => l.kind === 'floor')!;
    expect(floorLine.label).toMatch(/^Worst case \(buy-back cap\) [-−]€\d{2},\d{3}/);
  });
});
