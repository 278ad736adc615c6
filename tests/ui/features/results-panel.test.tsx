/** The results: comparison, the chosen hedge in detail, its cost ledger, the move table, figures. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { computeMode } from '../../../src/calc/calculate';
import { PRESETS } from '../../../src/state/presets';
import type { PresetName } from '../../../src/state/presets';
import { useScenarioStore } from '../../../src/state/store';
import { describeSize, floorNumber, planFigures } from '../../../src/ui/features/results/figures';
import { Calculator, cents, resetStore } from './harness';

vi.mock('../../../src/ui/charts/LazyPayoffChart', () => ({ LazyPayoffChart: () => null }));

const renderResults = () => render(<Calculator inputs={() => null} />);
const compareTable = () => screen.getByRole('table', { name: 'Hedges side by side' });
const hedgeButtons = () => within(compareTable()).getAllByRole('button').filter((b) => b.hasAttribute('aria-pressed'));
const statusText = () => screen.getAllByRole('status').map((s) => s.textContent).join(' ');

function loadPreset(name: PresetName) {
  const s = useScenarioStore.getState();
  s.loadPreset(name);
  s.dismissNotice();
}

/** The ledger's cost lines, total and held rows, as cents. */
function readLedger(currency = 'EUR') {
  const table = screen.getByRole('table', { name: `Cost ledger (${currency})` });
  const [, body, foot] = table.querySelectorAll('thead, tbody, tfoot');
  const lines = [...body!.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
  const costs = lines.filter((l) => l[1] === 'cost').map((l) => cents(l[2]!));
  const held = lines.filter((l) => l[1] === 'held (returned)').map((l) => cents(l[2]!));
  const footRows = [...foot!.querySelectorAll('tr')];
  const total = footRows.find((r) => r.querySelector('th')?.textContent?.startsWith('Total cost'))!.querySelector('td')!.textContent!;
  const heldTotal = footRows.find((r) => r.querySelector('th')?.textContent === 'Cash held as margin')!.querySelector('td')!.textContent!;
  return { lines, costs, held, total, heldTotal };
}

const sum = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);

describe('ResultsPanel: comparison and detail', () => {
  beforeEach(() => resetStore('stock'));

  it('compares every investor hedge; the selected one is pressed and shown in detail', () => {
    renderResults();
    expect(hedgeButtons().map((b) => b.textContent)).toEqual([
      'Protective put',
      'Zero-cost collar',
      'Put spread',
      'Short sale',
      'Proxy: Euro Stoxx Technology futures',
      'Macro: Euro Stoxx 50 futures on the whole portfolio',
    ]);
    expect(hedgeButtons().map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false', 'false', 'false', 'false']);
    expect(screen.getByRole('heading', { level: 2, name: 'Protective put' })).toBeInTheDocument();
    const row = hedgeButtons()[0]!.closest('tr')!;
    expect(row).toHaveTextContent('Buy 12 × 100');
    expect(row).toHaveTextContent('€5,251.70');
    expect(row).toHaveTextContent('€61,948.30');
    expect(statusText()).toContain('Results are up to date.');
  });

  it('choosing a hedge presses its button and opens its detail with the cost ledger', async () => {
    const user = userEvent.setup({ delay: null });
    renderResults();
    await user.click(screen.getByRole('button', { name: 'Short sale' }));
    expect(useScenarioStore.getState().prefs.selectedHedge).toBe('short-sale');
    expect(screen.getByRole('button', { name: 'Short sale' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Protective put' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('heading', { level: 2, name: 'Short sale' })).toBeInTheDocument();
    const ledger = readLedger();
    expect(ledger.lines.map((l) => l[1])).toEqual(['cost', 'cost', 'cost', 'held (returned)', 'held (returned)']);
    expect(sum(ledger.costs)).toBe(cents(ledger.total));
    expect(ledger.total).toBe('€375.47');
    // 50 % of 75,000 initial margin + 20 % stress on 75,000.
    expect(ledger.heldTotal).toBe('€52,500.00');
    expect(sum(ledger.held)).toBe(cents(ledger.heldTotal));
    expect(screen.getByText('Sell 1200 × Short sale of Nordlicht Robotics')).toBeInTheDocument();
  });

  it.each(Object.keys(PRESETS) as PresetName[])('%s: for every hedge, the ledger total row equals the sum of its cost lines', async (name) => {
    const user = userEvent.setup({ delay: null });
    loadPreset(name);
    renderResults();
    const count = hedgeButtons().length;
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const button = hedgeButtons()[i]!;
      const hedgeName = button.textContent!;
      await user.click(button);
      expect(hedgeButtons()[i]).toHaveAttribute('aria-pressed', 'true');
      expect(screen.getByRole('heading', { level: 2, name: hedgeName })).toBeInTheDocument();
      const ledger = readLedger();
      expect(sum(ledger.costs), hedgeName).toBe(cents(ledger.total));
      expect(sum(ledger.held), hedgeName).toBe(cents(ledger.heldTotal));
      // The comparison row shows the same total (followed by its share of the position).
      expect(hedgeButtons()[i]!.closest('tr')!.querySelectorAll('td')[1]!.textContent!.startsWith(`${ledger.total} `)).toBe(true);
    }
  });

  it('the Explain button of a figure shows its formula, inputs and source', async () => {
    const user = userEvent.setup({ delay: null });
    renderResults();
    const button = screen.getByRole('button', { name: 'Explain: Contracts' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('contracts = hedge ratio × shares held / contract size');
    expect(note).toHaveTextContent('100 % × 1,200 / 100 → 12 (nearest)');
    expect(note).toHaveTextContent(/Source: Hull, Options, Futures, and Other Derivatives, ch\. 10/);
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Explain: Put premium per share (American)' }));
    expect(screen.getByRole('note')).toHaveTextContent('S = 62.5, K = 56, r = 3 %, q = 0 %, σ = 45 %');
  });

  it('shows the headline figures of the chosen plan', () => {
    renderResults();
    const figures = screen.getByRole('heading', { level: 2, name: 'Protective put' }).closest('section')!.querySelector('dl')!;
    const pairs = [...figures.querySelectorAll('.figure')].map((f) => [f.querySelector('dt')!.textContent!.replace('?', '').trim(), f.querySelector('dd')!.textContent]);
    expect(pairs).toContainEqual(['Size (contracts × multiplier)', 'Buy 12 × 100']);
    expect(pairs).toContainEqual(['Total cost', '€5,251.70']);
    expect(pairs).toContainEqual(['Floor (worst value)', '€61,948.30']);
    expect(pairs).toContainEqual(['Unhedged remainder', '0']);
  });

  it('the move table values the position at ±10 % and ±20 % with and without the hedge', () => {
    renderResults();
    const table = screen.getByRole('table', { name: 'Value at the horizon with and without the hedge as the price moves' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows.map((r) => r[0])).toEqual(['−20%', '−10%', '±0%', '+10%', '+20%']);
    expect(rows.map((r) => r[1])).toEqual(['50', '56.25', '62.5', '68.75', '75']);
    expect(rows.map((r) => r[2])).toEqual(['€60,000.00', '€67,500.00', '€75,000.00', '€82,500.00', '€90,000.00']);
    // Hedged: 1,200 × max(S, 56) − 5,251.70 total cost (premium 1,200 × 4.358416, the put's value from a 128-node, 400-point boundary solution).
    expect(rows[0]![3]).toBe('€61,948.30');
    expect(rows[4]![3]).toBe('€84,748.30'); // 1,200 × 75 − 5,251.70
  });

  it('offers the chart as a table and the whole-portfolio view (not for the macro hedge)', async () => {
    const user = userEvent.setup({ delay: null });
    renderResults();
    expect(screen.getByText('Show the chart as a table')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Position value at the horizon (EUR), unhedged and hedged' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show the whole portfolio' }));
    expect(useScenarioStore.getState().prefs.showPortfolio).toBe(true);
    expect(screen.getByRole('table', { name: 'Portfolio value at the horizon (EUR), unhedged and hedged' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Macro:/ }));
    expect(screen.queryByRole('checkbox', { name: 'Show the whole portfolio' })).not.toBeInTheDocument();
    // The macro hedge plots its own axis, the index level, never the stock's price.
    expect(screen.getByRole('columnheader', { name: 'Index level at the horizon (index points)' })).toBeInTheDocument();
  });

  it('the macro hedge’s ±20 % rows move the index level and value the whole €249,500 portfolio, not the stock', async () => {
    const user = userEvent.setup({ delay: null });
    renderResults();
    await user.click(screen.getByRole('button', { name: /^Macro:/ }));
    const moves = screen.getByRole('table', { name: 'Value at the horizon with and without the hedge as the index level moves' });
    const rows = within(moves).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    // Index level implied by the 4,900 futures: 4,900·e^{−3 % × 182/365} = 4,827.25 (Hull eq. 5.3, no dividends); ±20 % of it.
    const level = 4900 * Math.exp(-0.03 * (182 / 365));
    expect(Number(rows[2]![1]!.replace(/,/g, ''))).toBeCloseTo(level, 0);
    expect(Number(rows[0]![1]!.replace(/,/g, ''))).toBeCloseTo(0.8 * level, 0);
    // Unhedged at today's level: about the portfolio's value today (75,000 + 49,500 + 48,000 + 48,000 + 29,000), never 1,200 × 62.50.
    const today = Number(rows[2]![2]!.replace(/[€,]/g, ''));
    expect(Math.abs(today / 249_500 - 1)).toBeLessThan(0.02);
  });

  it('a hedge without a plan says why, in its row and in its detail', async () => {
    const user = userEvent.setup({ delay: null });
    act(() => useScenarioStore.getState().setField('stock', 'putQuote', '0'));
    renderResults();
    const message = 'The put costs nothing, so there is no call premium to match: enter a call strike.';
    expect(screen.getByRole('button', { name: 'Zero-cost collar' }).closest('tr')).toHaveTextContent(message);
    await user.click(screen.getByRole('button', { name: 'Zero-cost collar' }));
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('table', { name: 'Cost ledger (EUR)' })).not.toBeInTheDocument();
  });

  it('a hedge whose error sits on a field says it is not available', async () => {
    const user = userEvent.setup({ delay: null });
    act(() => useScenarioStore.getState().setField('stock', 'spreadLowerStrike', '60'));
    renderResults();
    expect(screen.getByRole('button', { name: 'Put spread' }).closest('tr')).toHaveTextContent('Not available for these inputs.');
    await user.click(screen.getByRole('button', { name: 'Put spread' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This hedge is not available for these inputs.');
    expect(statusText()).toContain('One field needs attention (marked in red).');
    expect(statusText()).not.toContain('Showing the last valid results');
  });
});

describe('ResultsPanel: last valid results', () => {
  it('keeps the last valid figures while a field is invalid, and says so', () => {
    resetStore('fx');
    renderResults();
    const before = compareTable().textContent;
    act(() => useScenarioStore.getState().setField('fx', 'spot', 'abc'));
    expect(statusText()).toContain('One field needs attention (marked in red). Showing the last valid results.');
    expect(compareTable().textContent).toBe(before);
    act(() => useScenarioStore.getState().setField('fx', 'amount', ''));
    expect(statusText()).toContain('2 fields need attention (marked in red). Showing the last valid results.');
    act(() => {
      useScenarioStore.getState().setField('fx', 'spot', '0.95');
      useScenarioStore.getState().setField('fx', 'amount', '180,000');
    });
    expect(statusText()).toContain('Results are up to date.');
    expect(compareTable().textContent).not.toBe(before);
  });

  it('with no valid result yet, asks for the inputs', () => {
    resetStore('fx');
    act(() => useScenarioStore.getState().setField('fx', 'spot', 'abc'));
    renderResults();
    expect(screen.getByText('Enter the inputs on the left; the hedges appear here.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Hedges side by side' })).not.toBeInTheDocument();
    expect(statusText()).toContain('One field needs attention (marked in red).');
  });

  it('does not show another mode’s figures as the last valid ones', () => {
    resetStore('fx');
    renderResults();
    act(() => {
      useScenarioStore.getState().setField('rate', 'principal', 'x');
      useScenarioStore.getState().setMode('rate');
    });
    expect(screen.getByText('Enter the inputs on the left; the hedges appear here.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'FX forward' })).not.toBeInTheDocument();
  });
});

describe('ResultsPanel in the other modes', () => {
  it('borrower: the rate lock is shown first; moves are in rate points', () => {
    resetStore('stock');
    loadPreset('borrower');
    renderResults();
    expect(hedgeButtons().map((b) => b.textContent)).toEqual(['Rate futures lock', 'Payer swap', 'Futures strip, every reset', 'Payer swap to maturity', 'Interest-rate cap']);
    expect(hedgeButtons()[0]).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'Rate futures lock' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Worst case' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Interest with and without the hedge as the rate moves' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows.map((r) => r[0])).toEqual(['−1.00 points', '−0.50 points', '±0.00 points', '+0.50 points', '+1.00 points']);
    expect(rows.map((r) => r[1])).toEqual(['1.4%', '1.9%', '2.4%', '2.9%', '3.4%']);
    // Unhedged interest: 5,000,000 × (rate + 1.5 %) × 3/12; hedged: locked at 3.9 % plus 10 of commission.
    expect(rows[2]![2]).toBe('-€48,750.00');
    expect(rows[4]![2]).toBe('-€61,250.00');
    for (const r of rows) expect(r[3]).toBe('-€48,760.00');
    const figures = screen.getByRole('heading', { level: 2, name: 'Rate futures lock' }).closest('section')!;
    expect(within(figures).getByText('Locked loan rate').closest('.figure')).toHaveTextContent('3.9%');
  });

  it('bakery: the futures plan with its locked cost and remainder', () => {
    resetStore('stock');
    loadPreset('bakery');
    renderResults();
    expect(hedgeButtons().map((b) => b.textContent)).toEqual(['Futures lock-in']);
    const detail = screen.getByRole('heading', { level: 2, name: 'Futures lock-in' }).closest('section')!;
    expect(within(detail).getByText('Size (contracts × multiplier)').closest('.figure')).toHaveTextContent('Buy 1 × 50');
    expect(within(detail).getByText('Unhedged remainder').closest('.figure')).toHaveTextContent('-10');
    // A buyer reads costs: 50 t × 222 + fees 2.50 + 0.60 = 11,103.10; no holder's floor or breakeven.
    expect(within(detail).getByText('Locked-in cost per t').closest('.figure')).toHaveTextContent('222');
    expect(within(detail).getByText('Total cost locked in (50 t)').closest('.figure')).toHaveTextContent('€11,103.10');
    // 10 t over-hedged: a 20 % fall costs 10 × 222 × 20 % = 444 on the extra contract.
    expect(within(detail).getByText('Worst extra cost if the price falls 20 % (10 t over-hedged)').closest('.figure')).toHaveTextContent('€444.00');
    expect(within(detail).queryByText('Floor (worst value)')).not.toBeInTheDocument();
    expect(within(detail).queryByText('Breakeven price')).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Value at the horizon with and without the hedge as the price moves' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Show the whole portfolio' })).not.toBeInTheDocument();
  });

  it('importer: forward and call option, moves of the spot rate', async () => {
    const user = userEvent.setup({ delay: null });
    resetStore('stock');
    loadPreset('importer');
    renderResults();
    expect(hedgeButtons().map((b) => b.textContent)).toEqual(['FX forward', 'FX call option']);
    expect(screen.getByRole('table', { name: 'Value at the horizon with and without the hedge as the spot rate moves' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Explain: Parity forward (EUR per USD)' }));
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('F = S·e^{(r_d − r_f)·T}');
    expect(note).toHaveTextContent(`= ${(0.92 * Math.exp(-0.02 * (90 / 365))).toFixed(6)}`);
    expect(note).toHaveTextContent('Source: Hull');
  });
});

describe('figures', () => {
  const investor = computeMode(PRESETS.investor.scenario);
  const hedge = (id: string) => investor.hedges.find((h) => h.id === id)!;
  const plan = (id: string) => hedge(id).plan!;

  it('describes the size of a plan per leg', () => {
    expect(describeSize(plan('protective-put'))).toBe('Buy 12 × 100');
    expect(describeSize(plan('collar'))).toBe('Buy 12 × 100 (+1 leg)');
    expect(describeSize(plan('short-sale'))).toBe('Sell 1,200 × 1');
    expect(describeSize(plan('beta'))).toBe('Sell 4 × 10');
    expect(describeSize({ ...plan('beta'), legs: [] })).toBe('—');
    const collar = plan('collar');
    expect(describeSize({ ...collar, legs: [...collar.legs, collar.legs[1]!] })).toBe('Buy 12 × 100 (+2 legs)');
  });

  it('lists the headline figures with their explanation keys', () => {
    const figs = planFigures(hedge('protective-put'), plan('protective-put'));
    expect(figs.slice(0, 4).map((f) => [f.key, f.label])).toEqual([
      ['contracts', 'Size (contracts × multiplier)'],
      ['cost', 'Total cost'],
      ['cost', 'Cost, % of the position'],
      ['margin', 'Cash held (margin)'],
    ]);
    expect(figs.find((f) => f.label === 'Premium per unit')?.key).toBe('premium');
    expect(figs.find((f) => f.label === 'Floor (worst value)')?.value).toBe('€61,948.30');
    const rate = computeMode(PRESETS.borrower.scenario).hedges[0]!;
    const rateFigs = planFigures(rate, rate.plan!);
    expect(rateFigs.find((f) => f.key === 'floor')?.label).toBe('Worst-case interest');
    expect(rateFigs.find((f) => f.key === 'lockedRate')?.value).toBe('3.9%');
    const collar = planFigures(hedge('collar'), plan('collar'));
    expect(collar.find((f) => f.key === 'cap')?.label).toBe('Cap (best value)');
    expect(collar.find((f) => f.key === 'callStrike')?.value).toBe('73.85');
  });

  it('gives the floor as a number for tables', () => {
    // 1,200 × 56 − (1,200 × 4.358416 + 21.60) = 61,948.30 (the reference put price, a 128-node,
    // 400-point boundary solution), rounded once to cents (the plan's one rounding rule).
    expect(floorNumber(plan('protective-put'))).toBe(61_948.3);
    expect(floorNumber(plan('put-spread'))).toBeNull();
  });
});
