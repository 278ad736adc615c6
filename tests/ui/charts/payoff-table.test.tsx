import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PayoffTable } from '../../../src/ui/charts/PayoffTable';
import { buildPayoffChart, type PayoffChartInput } from '../../../src/ui/charts/payoff-data';

const hedged = (s: number) => 100 * Math.max(s, 95) - 300;
const INPUT: PayoffChartInput = {
  unhedged: (s) => 100 * s,
  hedged,
  hedgedAt: (s) => hedged(s) + 50,
  priceRange: [80, 120],
  tablePoints: 5,
  reference: { spot: 100, strikes: [95], floor: 9200 },
  currency: 'EUR',
};
const X_LABEL = 'Share price at horizon (EUR)';

function renderTable(input: PayoffChartInput = INPUT, extra: Partial<Parameters<typeof PayoffTable>[0]> = {}) {
  return render(<PayoffTable data={buildPayoffChart(input)} currency="EUR" xLabel={X_LABEL} {...extra} />);
}

describe('PayoffTable', () => {
  it('is a closed disclosure whose summary is reachable with Tab', async () => {
    const user = userEvent.setup();
    renderTable();
    const summary = screen.getByText('Show the chart as a table');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await user.tab();
    expect(summary).toHaveFocus();
    // Browsers open a focused <summary> with Enter/Space natively; user-event only models the click.
    await user.click(summary);
    expect(details.open).toBe(true);
  });

  it('is a real table with a caption, column and row headers and formatted money', () => {
    renderTable(INPUT, { defaultOpen: true });
    const table = screen.getByRole('table', { name: 'Position value at the horizon (EUR), unhedged and hedged' });
    const columns = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(columns).toEqual([X_LABEL, 'Unhedged', 'Hedged']);
    for (const th of within(table).getAllByRole('columnheader')) expect(th).toHaveAttribute('scope', 'col');
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((th) => th.textContent)).toEqual(['80', '90', '95 (strike)', '100 (today)', '110', '120']);
    for (const th of rowHeaders) expect(th).toHaveAttribute('scope', 'row');
    const strikeRow = within(table).getByRole('row', { name: /95 \(strike\)/ });
    const cells = within(strikeRow).getAllByRole('cell').map((td) => td.textContent);
    expect(cells).toEqual([expect.stringMatching(/9,500\.00/), expect.stringMatching(/9,200\.00/)]);
    expect(cells[0]).toContain('€');
    expect(screen.getByText(/^Floor .*9,200\.00\.$/)).toBeInTheDocument();
  });

  it('adds a date column when the chart has a date curve, and says when the portfolio is shown', () => {
    renderTable({ ...INPUT, yearsFromNow: 0.1, showPortfolio: true, restOfPortfolioValue: 1000 }, { defaultOpen: true, dateCurveLabel: 'Hedged, 30 days before expiry' });
    const table = screen.getByRole('table', { name: /^Portfolio value at the horizon/ });
    expect(within(table).getByRole('columnheader', { name: 'Hedged, 30 days before expiry' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /100 \(today\)/ });
    expect(within(row).getAllByRole('cell').map((td) => td.textContent)).toEqual([
      expect.stringMatching(/11,000\.00/),
      expect.stringMatching(/10,700\.00/),
      expect.stringMatching(/10,750\.00/),
    ]);
  });

  it('shows a residual-range column for a band, and a message when there are no rows', () => {
    const { unmount } = renderTable({ ...INPUT, band: (s) => [100 * s - 50, 100 * s + 50] }, { defaultOpen: true });
    expect(screen.getByRole('columnheader', { name: 'Residual range' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^80 / })).toHaveTextContent(/7,950\.00 – .*8,050\.00/);
    unmount();
    renderTable({ ...INPUT, priceRange: [Number.NaN, 1] }, { defaultOpen: true });
    expect(screen.getByText('No values to show for this range.')).toBeInTheDocument();
  });
});
