/** The holdings table: labelled cells, values, add/remove, the target radio, errors next to their cell. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HoldingMessages } from '../../../src/calc/holdings';
import { InputMessages } from '../../../src/state/parse-input';
import { useScenarioStore } from '../../../src/state/store';
import { PortfolioEditor } from '../../../src/ui/features/portfolio/PortfolioEditor';
import { Calculator, resetStore } from './harness';

// Results are asserted elsewhere; the payoff section only adds DOM here.
vi.mock('../../../src/ui/features/results/PayoffSection', () => ({ PayoffSection: () => null }));

const COLUMNS = { Name: 'name', Quantity: 'quantity', Price: 'price', Currency: 'currency', Volatility: 'vol', 'Dividend yield': 'dividendYield', Beta: 'beta' } as const;

const renderEditor = () => render(<Calculator inputs={(errors) => <PortfolioEditor errors={errors} />} />);
const holdings = () => useScenarioStore.getState().portfolio.holdings;
const rowOf = (name: string) => screen.getByRole('radio', { name: `Protect ${name}` }).closest('tr')!;

describe('PortfolioEditor', () => {
  beforeEach(() => resetStore('stock'));

  it('labels every cell by column and holding, with the holding’s typed text', () => {
    render(<PortfolioEditor errors={{}} />);
    const region = screen.getByRole('region', { name: 'Holdings' });
    const inputs = within(region).getAllByRole('textbox');
    expect(inputs).toHaveLength(holdings().length * 7);
    for (const input of inputs) expect(input).toHaveAccessibleName();
    const columns = Object.entries(COLUMNS);
    const radios = within(region).getAllByRole('radio');
    const removes = within(region).getAllByRole('button');
    holdings().forEach((h, i) => {
      columns.forEach(([label, field], k) => {
        const input = inputs[i * columns.length + k]!;
        expect(input).toHaveAccessibleName(`${label} of ${h.name}`);
        expect(input).toHaveValue(h[field]);
      });
      expect(radios[i]).toHaveAccessibleName(`Protect ${h.name}`);
      expect(removes[i]).toHaveAccessibleName(`Remove ${h.name}`);
      expect(removes[i]).toBeEnabled();
    });
    // And a cell is found by its label.
    expect(screen.getByLabelText('Dividend yield of Alpine Foods')).toHaveValue('3.0');
  });

  it('shows each holding’s value and the total (1,200 × 62.50 = 75,000; total 249,500)', () => {
    render(<PortfolioEditor errors={{}} />);
    expect(rowOf('Nordlicht Robotics')).toHaveTextContent('€75,000.00');
    expect(rowOf('Gold ETC')).toHaveTextContent('€29,000.00');
    const total = screen.getByRole('rowheader', { name: 'Total' }).closest('tr')!;
    expect(total).toHaveTextContent('€249,500.00');
  });

  it('keeps what is typed; an invalid quantity shows its message next to the cell and a dash for the value', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor();
    const qty = screen.getByLabelText('Quantity of Alpine Foods');
    await user.clear(qty);
    await user.type(qty, '1,2x');
    expect(qty).toHaveValue('1,2x');
    expect(holdings().find((h) => h.id === 'h3')!.quantity).toBe('1,2x');
    expect(qty).toHaveAttribute('aria-invalid', 'true');
    const msg = document.getElementById(qty.getAttribute('aria-describedby')!)!;
    expect(msg).toHaveTextContent(InputMessages.notNumber);
    expect(msg.closest('td')).toBe(qty.closest('td'));
    const cells = within(rowOf('Alpine Foods')).getAllByRole('cell');
    expect(cells.some((c) => c.textContent === '—')).toBe(true);
    expect(screen.getByRole('rowheader', { name: 'Total' }).closest('tr')).toHaveTextContent('€201,500.00');
    expect(screen.getByText(/Showing the last valid results/)).toBeInTheDocument();
  });

  it('a holding in another currency without an FX rate is left out of the total, and its currency cell says so plainly', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor();
    const cur = screen.getByLabelText('Currency of Alpine Foods');
    await user.clear(cur);
    await user.type(cur, 'USD');
    // Not an error (the hedges still compute), a note next to the field.
    expect(cur).not.toHaveAttribute('aria-invalid');
    expect(cur).toHaveAccessibleDescription(HoldingMessages.otherCurrency('EUR', 'USD'));
    // Its value is shown in its own currency.
    expect(rowOf('Alpine Foods')).toHaveTextContent('$48,000.00');
    // 249,500 − 48,000 by hand; the total says a holding was left out.
    const total = screen.getByRole('rowheader', { name: /^Total \(in EUR/ }).closest('tr')!;
    expect(total).toHaveTextContent('€201,500.00');
    expect(total).toHaveTextContent('Total (in EUR; one holding without an FX rate left out)');
    expect(screen.getByLabelText('Currency of Gold ETC')).not.toHaveAccessibleDescription(HoldingMessages.otherCurrency('EUR', 'USD'));
    expect(screen.queryByText(/Showing the last valid results/)).not.toBeInTheDocument();
  });

  it('adds a holding in the target’s currency, labelled "this holding" until named', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add a holding' }));
    expect(holdings()).toHaveLength(6);
    expect(holdings()[5]).toMatchObject({ id: 'h6', name: '', currency: 'EUR' });
    expect(screen.getByLabelText('Currency of this holding')).toHaveValue('EUR');
    await user.type(screen.getByLabelText('Name of this holding'), 'Solar');
    expect(screen.getByLabelText('Quantity of Solar')).toHaveValue('');
    // Its empty quantity and price are flagged next to the cells.
    expect(screen.getByLabelText('Quantity of Solar')).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('Quantity of Solar'), '100');
    await user.type(screen.getByLabelText('Price of Solar'), '10');
    await user.type(screen.getByLabelText('Volatility of Solar'), '30');
    expect(rowOf('Solar')).toHaveTextContent('€1,000.00');
    expect(screen.getByRole('rowheader', { name: 'Total' }).closest('tr')).toHaveTextContent('€250,500.00');
    expect(screen.getByText('Results are up to date.')).toBeInTheDocument();
  });

  it('removes a holding; removing the target moves protection to the first holding', async () => {
    const user = userEvent.setup({ delay: null });
    render(<PortfolioEditor errors={{}} />);
    await user.click(screen.getByRole('button', { name: 'Remove Gold ETC' }));
    expect(screen.queryByRole('radio', { name: 'Protect Gold ETC' })).not.toBeInTheDocument();
    expect(holdings().map((h) => h.id)).toEqual(['h1', 'h2', 'h3', 'h4']);
    await user.click(screen.getByRole('button', { name: 'Remove Nordlicht Robotics' }));
    expect(useScenarioStore.getState().portfolio.targetId).toBe('h2');
    expect(screen.getByRole('radio', { name: 'Protect Euro Stoxx 50 ETF' })).toBeChecked();
  });

  it('the last holding cannot be removed', async () => {
    const user = userEvent.setup({ delay: null });
    render(<PortfolioEditor errors={{}} />);
    for (const name of ['Euro Stoxx 50 ETF', 'Alpine Foods', 'Euro govt bond ETF', 'Gold ETC']) {
      await user.click(screen.getByRole('button', { name: `Remove ${name}` }));
    }
    const last = screen.getByRole('button', { name: 'Remove Nordlicht Robotics' });
    expect(last).toBeDisabled();
    await user.click(last);
    expect(holdings()).toHaveLength(1);
  });

  it('choosing the target radio protects that holding', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor();
    expect(screen.getByRole('radio', { name: 'Protect Nordlicht Robotics' })).toBeChecked();
    expect(rowOf('Nordlicht Robotics')).toHaveClass('selected');
    await user.click(screen.getByRole('radio', { name: 'Protect Alpine Foods' }));
    expect(useScenarioStore.getState().portfolio.targetId).toBe('h3');
    expect(screen.getByRole('radio', { name: 'Protect Alpine Foods' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Protect Nordlicht Robotics' })).not.toBeChecked();
    // 600 shares / 100 per contract = 6 puts on Alpine Foods.
    const compare = screen.getByRole('table', { name: 'Hedges side by side' });
    expect(within(compare).getByRole('button', { name: 'Protective put' }).closest('tr')).toHaveTextContent('Buy 6 × 100');
    expect(screen.getByText(/Buy 6 × Put on Alpine Foods/)).toBeInTheDocument();
  });

  it('the radios are one group reachable with the arrow keys', async () => {
    const user = userEvent.setup({ delay: null });
    render(<PortfolioEditor errors={{}} />);
    const first = screen.getByRole('radio', { name: 'Protect Nordlicht Robotics' });
    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(useScenarioStore.getState().portfolio.targetId).toBe('h2');
  });
});
