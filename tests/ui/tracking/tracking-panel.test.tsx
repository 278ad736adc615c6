/** The hedges-over-time panel: record, mark, test, adjust, with plain messages next to the fields. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useScenarioStore } from '../../../src/state/store';
import { NO_HISTORY, usePriceHistoryLink } from '../../../src/ui/shared/price-history-link';
import TrackingPanel from '../../../src/ui/features/tracking/TrackingPanel';
import { resetStore } from '../features/harness';

const cell = (scope: HTMLElement, name: RegExp) => within(scope).getByRole('row', { name }).querySelector('td')!.textContent;

async function recordHedge(mode: 'stock' | 'fx' | 'rate', instrument: string) {
  resetStore(mode);
  const user = userEvent.setup({ delay: null });
  render(<TrackingPanel />);
  const today = screen.getByRole('textbox', { name: /^Today \(marking date\)/ });
  await user.type(today, '2026-06-01');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Hedge to record' }), instrument);
  await user.click(screen.getByRole('button', { name: 'Record a hedge' }));
  return { user, today };
}

beforeEach(() => {
  usePriceHistoryLink.getState().publish(NO_HISTORY);
});

describe('hedges over time', { timeout: 20_000 }, () => {
  it('the importer records its USD forward; the spot rises; the forward offsets the payable inside 80–125 %', async () => {
    const { user, today } = await recordHedge('fx', 'forward');
    const card = screen.getByRole('region', { name: 'Forward 0.9185, expiring 2026-08-30' });
    expect(within(card).getByRole('combobox', { name: 'Direction' })).toHaveValue('long');
    expect(within(card).getByRole('textbox', { name: /^Contract size/ })).toHaveValue('180000');
    expect(cell(card, /^Dollar offset/)).toBe('Not yet (item unchanged)');
    await user.clear(today);
    await user.type(today, '2026-07-01');
    act(() => useScenarioStore.getState().setField('fx', 'spot', '0.9500'));
    // The payable costs 180,000 × 0.03 = €5,400 more; the forward gains about €4,800.
    expect(cell(card, /^Change in USD payable/)).toBe('-€5,400.00');
    expect(cell(card, /^Dollar offset/)).toMatch(/^(8\d|9\d|1[01]\d)(\.\d)?%$/);
    expect(cell(card, /^Within 80–125 %/)).toBe('Yes: highly effective');
    expect(cell(card, /^Locked price/)).toBe('0.9185');
    expect(within(card).queryByRole('region', { name: /^Roll/ })).toBeNull();
  });

  it('a typo stays as typed with its message next to the field; the figures wait for it', async () => {
    const { user } = await recordHedge('stock', 'put');
    const card = screen.getByRole('region', { name: /^Put 56/ });
    const premium = within(card).getByRole('textbox', { name: /^Premium paid/ });
    await user.type(premium, '3,1x');
    expect(premium).toHaveValue('3,1x');
    expect(premium).toHaveAccessibleDescription(/Enter a number/);
    expect(within(card).queryByRole('table', { name: 'Mark-to-market today' })).toBeNull();
    await user.clear(premium);
    await user.type(premium, '3.10');
    expect(within(card).getByRole('table', { name: 'Mark-to-market today' })).toBeInTheDocument();
    const expiry = within(card).getByRole('textbox', { name: /^Expiry/ });
    await user.clear(expiry);
    await user.type(expiry, '2026-02-30');
    expect(expiry).toHaveAccessibleDescription(/Enter a date as YYYY-MM-DD/);
  });

  it('re-size after the position grew, then unwind; the record keeps the realized P/L and closes', async () => {
    const { user } = await recordHedge('stock', 'put');
    const card = screen.getByRole('region', { name: /^Put 56/ });
    await user.type(within(card).getByRole('textbox', { name: /^Premium paid/ }), '3.10');
    act(() => useScenarioStore.getState().setHolding('h1', 'quantity', '1,500'));
    expect(cell(card, /^Contracts held \/ needed now/)).toBe('12 / 15');
    const resize = within(card).getByRole('region', { name: /^Re-size/ });
    expect(cell(resize, /^Fees/)).toBe('€5.40');
    await user.click(within(resize).getByRole('button', { name: 'Re-size' }));
    expect(within(card).getByRole('status')).toHaveTextContent(/^Re-sized to 15 contracts\./);
    expect(within(card).getByRole('textbox', { name: 'Contracts' })).toHaveValue('15');
    expect(within(card).getByRole('textbox', { name: /^Realized so far/ })).toHaveValue('-5.4');
    await user.click(within(within(card).getByRole('region', { name: /^Unwind/ })).getByRole('button', { name: 'Unwind' }));
    const record = useScenarioStore.getState().tracking.records[0]!;
    expect(record).toMatchObject({ contracts: '0', closed: true });
    expect(screen.getByRole('heading', { name: /\(closed\)$/ })).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Unwind' })).toBeNull();
  });

  it('with price history loaded, the regression test of the hedge shows its slope and R²', async () => {
    const prices = Array.from({ length: 40 }, (_, i) => 60 + 5 * Math.sin(i / 4));
    usePriceHistoryLink.getState().publish({ historyId: 7, targetSymbol: 'NRB', dateCount: 40, fetchSeries: (symbol) => (symbol === 'NRB' ? Promise.resolve(prices) : Promise.reject(new Error('no'))) });
    const { user } = await recordHedge('stock', 'futures');
    const card = screen.getByRole('region', { name: /^Futures, contract month/ });
    expect(within(card).getByRole('combobox', { name: 'Direction' })).toHaveValue('short');
    const table = await within(card).findByRole('table', { name: 'Effectiveness over the price history of NRB: regression' });
    // Futures on the stock itself, sold against the holding: slope ≈ −1 (the carry factor), R² = 1.
    expect(Number(cell(table, /^Slope/)!.replace('−', '-'))).toBeCloseTo(-1, 1);
    expect(cell(table, /^R²/)).toBe('1');
    expect(cell(table, /^Passes/)).toBe('Yes: highly effective');
    await user.click(within(card).getByRole('button', { name: /^Remove the record/ }));
    expect(useScenarioStore.getState().tracking.records).toEqual([]);
  });

  it('records of another mode are listed as elsewhere, not shown', async () => {
    await recordHedge('rate', 'swap');
    expect(screen.getByRole('region', { name: /^Swap 2\.45 %/ })).toBeInTheDocument();
    act(() => useScenarioStore.getState().setMode('stock'));
    expect(screen.queryByRole('region', { name: /^Swap/ })).toBeNull();
    expect(screen.getByText(/Also recorded: Loan rate mode \(1\)/)).toBeInTheDocument();
  });
});
