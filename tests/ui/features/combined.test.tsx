/** The combined hedge (legs from two tabs, one ledger, joint moves) and the chart of every hedge with its toggles. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { selectScenario, useScenarioStore } from '../../../src/state/store';
import { Calculator, cents, resetStore } from './harness';

vi.mock('../../../src/ui/charts/LazyPayoffChart', () => ({ LazyPayoffChart: () => null }));
vi.mock('../../../src/ui/charts/LazyMultiSeriesChart', () => ({ LazyMultiSeriesChart: () => null }));

const renderResults = () => render(<Calculator inputs={() => null} />);

describe('the combined hedge', () => {
  beforeEach(() => resetStore('stock'));

  it('adds a stock put and a loan swap from their tabs; the ledger lists both legs and the exact total', async () => {
    const user = userEvent.setup();
    renderResults();
    await user.click(screen.getByRole('button', { name: 'Add Protective put to the combined hedge' }));
    expect(screen.getByRole('button', { name: '✓ In the combined hedge: remove Protective put' })).toBeInTheDocument();
    useScenarioStore.getState().setMode('rate');
    await user.click(await screen.findByRole('button', { name: 'Add Payer swap to the combined hedge' }));
    expect(useScenarioStore.getState().prefs.combined).toEqual([{ mode: 'stock', kind: 'protective-put' }, { mode: 'rate', kind: 'rate-swap' }]);

    await screen.findByRole('heading', { level: 2, name: 'Combined hedge' }, { timeout: 10_000 });
    const legs = screen.getByRole('list', { name: 'Legs of the combined hedge' });
    expect(within(legs).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual(['Protective put', 'Payer swap']);

    const ledger = screen.getByRole('table', { name: /Combined cost ledger \(EUR\)/ });
    expect(within(ledger).getByRole('rowheader', { name: 'Protective put (Stock)' })).toBeInTheDocument();
    expect(within(ledger).getByRole('rowheader', { name: 'Payer swap (Loan rate)' })).toBeInTheDocument();
    const amounts = [...ledger.querySelectorAll('tbody td:last-child')].map((td) => td.textContent ?? '').filter((t) => /\d/.test(t));
    const total = within(ledger).getByRole('rowheader', { name: 'Total cost of every leg' }).closest('tr')!.querySelector('td')!.textContent!;
    // The worked example: 5,230.10 premium + 18.00 commission + 3.60 exchange fee; the swap has no fee.
    expect(amounts.map(cents)).toEqual([523010n, 1800n, 360n]);
    expect(cents(total)).toBe(525170n);

    const joint = screen.getByRole('table', { name: /every risk factor moves at once/ });
    expect(within(joint).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Joint move', 'Favourable', 'No move', 'Half adverse', 'Adverse', 'Double adverse']);
    expect(within(joint).getByRole('rowheader', { name: 'Protective put (Stock): the hedge alone' })).toBeInTheDocument();
    expect(within(joint).getByRole('rowheader', { name: 'Payer swap (Loan rate): the hedge alone' })).toBeInTheDocument();
    // Adverse: the put pays 12 × 100 × (56 − 50) = 7,200 less its 5,251.70 cost; the swap 5 M × (3.4 % − 2.45 %) × 0.25 = 11,875.
    const putRow = within(joint).getByRole('rowheader', { name: 'Protective put (Stock): the hedge alone' }).closest('tr')!;
    expect(cents(putRow.querySelectorAll('td')[3]!.textContent!)).toBe(194830n);
    const swapRow = within(joint).getByRole('rowheader', { name: 'Payer swap (Loan rate): the hedge alone' }).closest('tr')!;
    expect(cents(swapRow.querySelectorAll('td')[3]!.textContent!)).toBe(1187500n);
  });

  it('removes a leg with the keyboard', async () => {
    const user = userEvent.setup();
    useScenarioStore.getState().toggleCombinedLeg('stock', 'protective-put');
    useScenarioStore.getState().toggleCombinedLeg('rate', 'rate-swap');
    renderResults();
    const remove = await screen.findByRole('button', { name: 'Remove Payer swap (Loan rate) from the combined hedge' }, { timeout: 10_000 });
    remove.focus();
    await user.keyboard('{Enter}');
    expect(useScenarioStore.getState().prefs.combined).toEqual([{ mode: 'stock', kind: 'protective-put' }]);
    expect(screen.queryByRole('button', { name: 'Remove Payer swap (Loan rate) from the combined hedge' })).toBeNull();
  });

  it('a leg that cannot be combined says why; the beta hedge has no add button', async () => {
    useScenarioStore.getState().toggleCombinedLeg('stock', 'beta');
    renderResults();
    expect(await screen.findByText(/protects the whole portfolio against the index/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add Macro.* to the combined hedge/ })).toBeNull();
  });
});

describe('every hedge on one chart', () => {
  beforeEach(() => resetStore('stock'));

  it('has a labelled checkbox per curve; unticking one takes it out of the table alternative', async () => {
    const user = userEvent.setup();
    renderResults();
    const toggles = await screen.findByRole('group', { name: 'Curves drawn' }, { timeout: 10_000 });
    const boxes = within(toggles).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual(['Unhedged', 'Protective put', 'Zero-cost collar', 'Put spread', 'Short sale', 'Proxy: Euro Stoxx Technology futures']);
    expect(screen.getByText(/not drawn here: its payoff is the whole portfolio against the index level/)).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'All hedges on one chart' });
    await user.click(within(section).getByText('Show these curves as a table'));
    const table = within(section).getByRole('table', { name: /of each hedge drawn/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toContain('Short sale');
    await user.click(within(toggles).getByRole('checkbox', { name: 'Short sale' }));
    expect(within(toggles).getByRole('checkbox', { name: 'Short sale' })).not.toBeChecked();
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).not.toContain('Short sale');
  });
});

describe('a combined hedge of a USD holding in a EUR portfolio', () => {
  beforeEach(() => resetStore('stock'));

  it('shows the put’s lines in EUR with their USD amounts and the rate, one EUR total, and the rate used by the joint moves', async () => {
    const s = selectScenario(useScenarioStore.getState());
    const target = { ...s.portfolio.holdings[0]!, id: 'us', name: 'US Tech', quantity: '1,200', price: '50', currency: 'USD' };
    useScenarioStore.getState().loadScenario({
      ...s,
      portfolio: { ...s.portfolio, holdings: [target, ...s.portfolio.holdings.slice(1)], targetId: 'us', homeCurrency: 'EUR', fxRates: [{ currency: 'USD', spot: '0.9090', vol: '8', rate: '4', correlation: '0' }] },
      stock: { ...s.stock, putStrike: '45', putQuote: '4.35', putBid: '', putAsk: '', commission: '1.75', exchangeFee: '0.90', hedgeRatio: '100', contractSize: '100', rate: '3', tenorDays: '182' },
      prefs: { ...s.prefs, combined: [{ mode: 'stock', kind: 'protective-put' }, { mode: 'stock', kind: 'holding-fx-forward' }] },
    });
    renderResults();
    const ledger = await screen.findByRole('table', { name: /Combined cost ledger \(EUR\)/ }, { timeout: 10_000 });
    expect(within(ledger).getByRole('columnheader', { name: 'Before conversion, at the rate' })).toBeInTheDocument();
    expect(within(ledger).getByRole('rowheader', { name: 'Protective put (Stock): in USD, converted at 0.909 EUR per USD' })).toBeInTheDocument();
    const premium = within(ledger).getByRole('cell', { name: /premium paid/ }).closest('tr')!;
    // 12 × 100 × 4.35 = USD 5,220.00 at 0.909 = EUR 4,744.98 (by hand).
    expect(within(premium).getByRole('cell', { name: '$5,220.00 at 0.909' })).toBeInTheDocument();
    expect(cents(premium.querySelectorAll('td')[2]!.textContent!)).toBe(474498n);
    // Total: 4,744.98 + 19.09 + 9.82 (the put, converted line by line) + 271.28 (the forward's points, 60,000 × 0.909 × (1 − e^{−0.01·182/365}) = 271.276).
    const total = within(ledger).getByRole('rowheader', { name: 'Total cost of every leg' }).closest('tr')!.querySelector('td')!.textContent!;
    expect(cents(total)).toBe(504517n);
    const note = screen.getByRole('list', { name: 'Exchange rates used in the joint moves' });
    expect(note.textContent).toContain('read at the moved rate (EUR per USD');
  });
});
