/**
 * The one input form, in each of the four modes: every input labelled and wired to its scenario
 * field (per-holding inputs to the target holding), typed text kept exactly, and an invalid entry
 * shown next to its field while the results keep the last valid figures.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InputMessages } from '../../../src/state/parse-input';
import type { Mode, SliceName } from '../../../src/state/scenario';
import { useScenarioStore } from '../../../src/state/store';
import { HedgeInputs } from '../../../src/ui/features/inputs/HedgeInputs';
import { Calculator, resetStore } from './harness';

// Results are asserted elsewhere; the payoff section only adds DOM here.
vi.mock('../../../src/ui/features/results/PayoffSection', () => ({ PayoffSection: () => null }));

// One generic form for every mode (the store's mode picks the fields): each mode's labels below come
// from the calculation layer's declarations.
type Inputs = typeof HedgeInputs;

/** Label (as shown, unit included) -> slice field ('@field': a field of the target holding), per form. */
const FORMS: readonly { readonly slice: SliceName; readonly title: string; readonly variant: string; readonly setup?: () => void; readonly Inputs: Inputs; readonly labels: Readonly<Record<string, string>> }[] = [
  {
    slice: 'stock',
    title: 'Hedge parameters',
    variant: '',
    Inputs: HedgeInputs,
    labels: {
      'Protect for (calendar days)': 'tenorDays',
      'Risk-free rate (% per year, continuous)': 'rate',
      'Share of the position to hedge (%)': 'hedgeRatio',
      'Contract rounding': 'rounding',
      'Strikes entered as': 'strikeMode',
      'Option expiry (calendar days)': 'expiryDays',
      'Put strike (floor) (per share)': 'putStrike',
      'Zero-cost collar: solve the call strike': 'zeroCostCollar',
      'Call strike (cap) (per share)': 'callStrike',
      'Put spread: lower strike (sold) (per share)': 'spreadLowerStrike',
      'Shares per option contract (multiplier)': 'contractSize',
      'Exercise style': 'exercise',
      'Put: bid (per share)': 'putBid',
      'Put: ask (per share)': 'putAsk',
      'Put: last price (per share)': 'putQuote',
      'Call: bid (per share)': 'callBid',
      'Call: ask (per share)': 'callAsk',
      'Call: last price (per share)': 'callQuote',
      'Lower put (put spread): bid (per share)': 'lowerPutBid',
      'Lower put (put spread): ask (per share)': 'lowerPutAsk',
      'Lower put (put spread): last price (per share)': 'lowerPutLast',
      'Commission (per contract)': 'commission',
      'Exchange fee (per contract)': 'exchangeFee',
      'Borrow fee (% per year)': 'borrowFee',
      'Initial margin (% of short value)': 'shortMargin',
      'Stress move for margin calls (%)': 'stressMove',
      'Proxy futures': '@proxyName',
      'Proxy futures price': '@proxyPrice',
      'Proxy volatility (% per year)': '@proxyVol',
      'Correlation ρ with the target (−1 to 1)': '@proxyCorrelation',
      'Proxy contract multiplier': '@proxyContractSize',
      'Proxy initial margin (per contract)': '@proxyMargin',
      'Index futures': 'indexName',
      'Index futures price (points)': 'indexFuturesPrice',
      'Index multiplier (per point)': 'indexMultiplier',
      'Index dividend yield (% per year, continuous)': 'indexDividendYield',
      'Index initial margin (per contract)': 'indexMargin',
      'Target portfolio beta β*': 'targetBeta',
      'FX forward: rates compound': 'fxCompounding',
      'FX option strike (% of today’s FX rate)': 'fxOptionStrike',
    },
  },
  {
    slice: 'commodity',
    title: 'Commodity purchase',
    variant: '',
    Inputs: HedgeInputs,
    labels: {
      Commodity: 'commodity',
      'Your risk': 'side',
      'Quantity (units, e.g. t)': 'quantity',
      Unit: 'unit',
      Currency: 'currency',
      'Spot price today (per unit)': 'spotPrice',
      'Needed in (calendar days)': 'tenorDays',
      'Futures price (per unit)': 'futuresPrice',
      'Contract size (units per contract)': 'contractSize',
      'Contract rounding': 'rounding',
      'Mini contract size (optional) (units per contract)': 'miniContractSize',
      'Expected basis at close-out (spot − futures, per unit)': 'basis',
      'Tail the hedge (daily settlement)': 'tailing',
      'Commission (per contract)': 'commission',
      'Exchange fee (per contract)': 'exchangeFee',
      'Initial margin (per contract)': 'initialMargin',
      'Initial margin per mini contract (optional) (per contract)': 'miniMargin',
      'Stress move for variation margin (%)': 'stressMove',
    },
  },
  {
    slice: 'fx',
    title: 'Currency payment',
    variant: '',
    Inputs: HedgeInputs,
    labels: {
      Direction: 'side',
      'Amount (USD)': 'amount',
      'Foreign currency': 'foreign',
      'Home currency': 'domestic',
      'Due in (calendar days)': 'tenorDays',
      'Spot rate (EUR per USD)': 'spot',
      'EUR interest rate (% per year)': 'domesticRate',
      'USD interest rate (% per year)': 'foreignRate',
      'Rates compound': 'compounding',
      "Bank's forward quote (optional) (EUR per USD)": 'bankForward',
      'Option strike (EUR per USD)': 'optionStrike',
      'Volatility (% per year)': 'optionVol',
      'Fee (EUR per trade)': 'optionFee',
    },
  },
  {
    slice: 'rate',
    title: 'Loan rate',
    variant: '',
    Inputs: HedgeInputs,
    labels: {
      Principal: 'principal',
      Currency: 'currency',
      'Rate resets in (months)': 'resetMonths',
      'Interest period after the reset (months)': 'loanMonths',
      'Loan margin over the reference rate (% per year)': 'spread',
      'Futures price (100 − rate)': 'futuresPrice',
      'Contract notional': 'contractNotional',
      'Value of 1 basis point (per contract)': 'bpValue',
      'Commission (per contract)': 'commission',
      'Initial margin (per contract)': 'initialMargin',
      'Swap fixed rate (% per year)': 'swapRate',
      'Loan ends in (months from today)': 'maturityMonths',
      'Futures prices of the later resets': 'stripPrices',
      'Cap rate (% per year)': 'capRate',
      'Volatility of the forward rates (% per year (Black))': 'capVol',
    },
  },
  {
    // The target held short: the hedges of a short take the place of the put, collar and put spread.
    slice: 'stock',
    title: 'Hedge parameters',
    variant: ' (short holding)',
    setup: () => useScenarioStore.getState().setHolding('h1', 'quantity', '-1,200'),
    Inputs: HedgeInputs,
    labels: {
      'Protect for (calendar days)': 'tenorDays',
      'Risk-free rate (% per year, continuous)': 'rate',
      'Share of the position to hedge (%)': 'hedgeRatio',
      'Contract rounding': 'rounding',
      'Strikes entered as': 'strikeMode',
      'Option expiry (calendar days)': 'expiryDays',
      'Put strike (written in the short collar) (per share)': 'putStrike',
      'Zero-cost short collar: solve the put strike': 'zeroCostCollar',
      'Call strike (cap on the buy-back price) (per share)': 'callStrike',
      'Call spread: upper strike (sold) (per share)': 'upperCallStrike',
      'Shares per option contract (multiplier)': 'contractSize',
      'Exercise style': 'exercise',
      'Put: bid (per share)': 'putBid',
      'Put: ask (per share)': 'putAsk',
      'Put: last price (per share)': 'putQuote',
      'Call: bid (per share)': 'callBid',
      'Call: ask (per share)': 'callAsk',
      'Call: last price (per share)': 'callQuote',
      'Upper call (call spread): bid (per share)': 'upperCallBid',
      'Upper call (call spread): ask (per share)': 'upperCallAsk',
      'Upper call (call spread): last price (per share)': 'upperCallLast',
      'Commission (per contract)': 'commission',
      'Exchange fee (per contract)': 'exchangeFee',
      'Stress move for margin calls (%)': 'stressMove',
      'Futures or forward price (per share)': 'stockFuturesPrice',
      'Shares per futures contract (1 for a forward)': 'stockFuturesSize',
      'Futures initial margin (per contract)': 'stockFuturesMargin',
      'Buy-back price (the ask) (per share)': 'buyBackPrice',
      'Buy-back commission (per trade)': 'buyBackCommission',
      'Proxy futures': '@proxyName',
      'Proxy futures price': '@proxyPrice',
      'Proxy volatility (% per year)': '@proxyVol',
      'Correlation ρ with the target (−1 to 1)': '@proxyCorrelation',
      'Proxy contract multiplier': '@proxyContractSize',
      'Proxy initial margin (per contract)': '@proxyMargin',
      'Index futures': 'indexName',
      'Index futures price (points)': 'indexFuturesPrice',
      'Index multiplier (per point)': 'indexMultiplier',
      'Index initial margin (per contract)': 'indexMargin',
      'Target portfolio beta β*': 'targetBeta',
      'Index dividend yield (% per year, continuous)': 'indexDividendYield',
      'FX forward: rates compound': 'fxCompounding',
      'FX option strike (% of today’s FX rate)': 'fxOptionStrike',
    },
  },
];

const sliceValue = (slice: SliceName, field: string) => {
  const s = useScenarioStore.getState();
  if (field.startsWith('@')) return (s.portfolio.holdings.find((h) => h.id === s.portfolio.targetId) as unknown as Record<string, unknown>)[field.slice(1)];
  return (s[slice] as unknown as Record<string, unknown>)[field];
};
/** Scenario path of a form field: 'stock.putStrike', or 'portfolio.h1.proxyPrice' for a target field. */
const pathOf = (slice: SliceName, field: string) => (field.startsWith('@') ? `portfolio.${useScenarioStore.getState().portfolio.targetId}.${field.slice(1)}` : `${slice}.${field}`);

describe.each(FORMS)('$title$variant', ({ slice, title, setup, Inputs, labels }) => {
  beforeEach(() => {
    resetStore(slice as Mode);
    setup?.();
  });

  it('labels every input, and each label reaches its own scenario field', () => {
    render(<Inputs errors={{}} />);
    const section = screen.getByRole('region', { name: title });
    const controls = [...section.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
    // Each control has exactly one <label>, and the labels are the expected ones, each once.
    const names = controls.map((c) => (c.labels?.length === 1 ? c.labels[0]!.textContent : null));
    expect([...names].sort()).toEqual(Object.keys(labels).sort());
    controls.forEach((control, i) => {
      const label = names[i]!;
      const value = sliceValue(slice, labels[label]!);
      if (typeof value === 'boolean') expect(control, label).toHaveProperty('checked', value);
      else expect(control, label).toHaveValue(value as string);
    });
    // Spot checks through the accessible name, as a user of assistive technology finds them.
    for (const label of Object.keys(labels).slice(0, 3)) expect(within(section).getByLabelText(label)).toBe(controls[names.indexOf(label)]);
  });

  it('keeps exactly what is typed in every text field ("1,2x")', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Inputs errors={{}} />);
    const section = screen.getByRole('region', { name: title });
    // Resolve every control first: some labels follow what is typed (the FX pair).
    const controls = Object.entries(labels).map(([label, field]) => [label, field, within(section).getByLabelText(label)] as const);
    for (const [label, field, control] of controls) {
      if (!(control instanceof HTMLInputElement) || control.type !== 'text') continue;
      // Typing over the selected old text replaces it.
      await user.type(control, '1,2x', { initialSelectionStart: 0, initialSelectionEnd: control.value.length });
      expect(control, label).toHaveValue('1,2x');
      expect(sliceValue(slice, field), label).toBe('1,2x');
    }
    // About 30 fields × 4 keystrokes through user-event: longer than the default 5 s on a shared machine.
  }, 20_000);

  it('shows each error given for its slice next to its field', () => {
    const errors = Object.fromEntries(Object.values(labels).map((f) => [pathOf(slice, f), `Problem with ${f}.`]));
    render(<Inputs errors={errors} />);
    for (const [label, field] of Object.entries(labels)) {
      const control = screen.getByLabelText(label);
      if (control instanceof HTMLInputElement && control.type === 'text') {
        expect(control, label).toHaveAttribute('aria-invalid', 'true');
        expect(control, label).toHaveAccessibleDescription(expect.stringContaining(`Problem with ${field}.`));
      }
    }
  });
});

describe('choices are stored', () => {
  it('stock: rounding, exercise and the zero-cost collar', async () => {
    resetStore('stock');
    const user = userEvent.setup();
    render(<HedgeInputs errors={{}} />);
    await user.selectOptions(screen.getByLabelText('Contract rounding'), 'Round up (cover everything)');
    await user.selectOptions(screen.getByLabelText('Exercise style'), 'European');
    await user.click(screen.getByRole('checkbox', { name: 'Zero-cost collar: solve the call strike' }));
    const s = useScenarioStore.getState().stock;
    expect([s.rounding, s.exercise, s.zeroCostCollar]).toEqual(['up', 'european', false]);
  });

  it('fx: the pair in the units follows the currencies typed', async () => {
    resetStore('fx');
    const user = userEvent.setup();
    render(<HedgeInputs errors={{}} />);
    const foreign = screen.getByLabelText('Foreign currency');
    await user.clear(foreign);
    await user.type(foreign, 'GBP');
    expect(screen.getByLabelText('Spot rate (EUR per GBP)')).toHaveValue('0.9200');
    expect(screen.getByLabelText('Amount (GBP)')).toBeInTheDocument();
    expect(screen.getByLabelText('GBP interest rate (% per year)')).toBeInTheDocument();
    await user.clear(foreign);
    expect(screen.getByLabelText('Spot rate (EUR per foreign)')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Direction'), 'I will receive foreign currency');
    expect(useScenarioStore.getState().fx.side).toBe('receivable');
  });

  it('commodity: side and tailing', async () => {
    resetStore('commodity');
    const user = userEvent.setup();
    render(<HedgeInputs errors={{}} />);
    await user.selectOptions(screen.getByLabelText('Your risk'), 'holder');
    await user.click(screen.getByLabelText('Tail the hedge (daily settlement)'));
    expect(useScenarioStore.getState().commodity).toMatchObject({ side: 'holder', tailing: true });
  });
});

describe('an invalid entry beside the results', () => {
  const statusText = () => screen.getAllByRole('status').map((s) => s.textContent).join(' ');

  it("fx: 'abc' in the spot shows the plain message next to it; the results keep the last valid figures", async () => {
    resetStore('fx');
    const user = userEvent.setup();
    render(<Calculator inputs={(errors) => <HedgeInputs errors={errors} />} />);
    const compare = screen.getByRole('table', { name: 'Hedges side by side' });
    const costBefore = within(compare).getAllByRole('row')[1]!.textContent;
    expect(statusText()).toContain('Results are up to date.');

    const spot = screen.getByLabelText('Spot rate (EUR per USD)');
    await user.clear(spot);
    await user.type(spot, 'abc');
    expect(spot).toHaveValue('abc');
    expect(spot).toHaveAttribute('aria-invalid', 'true');
    const describedBy = spot.getAttribute('aria-describedby')!;
    const message = document.getElementById(describedBy.split(' ').at(-1)!)!;
    expect(message).toHaveTextContent(InputMessages.notNumber);
    expect(spot).toHaveAccessibleDescription(InputMessages.notNumber);

    expect(statusText()).toContain('One field needs attention (marked in red). Showing the last valid results.');
    const still = screen.getByRole('table', { name: 'Hedges side by side' });
    expect(within(still).getAllByRole('row')[1]!.textContent).toBe(costBefore);
    expect(screen.getByRole('table', { name: 'Cost ledger (EUR)' })).toBeInTheDocument();

    // Fixing it clears the mark and the warning.
    await user.clear(spot);
    await user.type(spot, '0.9300');
    expect(spot).not.toHaveAttribute('aria-invalid');
    expect(spot).not.toHaveAttribute('aria-describedby');
    expect(statusText()).toContain('Results are up to date.');
  });

  it('counts several fields needing attention', async () => {
    resetStore('rate');
    const user = userEvent.setup();
    render(<Calculator inputs={(errors) => <HedgeInputs errors={errors} />} />);
    await user.clear(screen.getByLabelText('Principal'));
    await user.type(screen.getByLabelText('Principal'), '1,2x');
    await user.clear(screen.getByLabelText('Swap fixed rate (% per year)'));
    expect(statusText()).toContain('2 fields need attention (marked in red). Showing the last valid results.');
    expect(screen.getByLabelText('Principal')).toHaveAccessibleDescription(InputMessages.notNumber);
    expect(screen.getByLabelText('Swap fixed rate (% per year)')).toHaveAccessibleDescription(InputMessages.notNumber);
    expect(screen.getByRole('button', { name: 'Rate futures lock' })).toBeInTheDocument();
  });

  it("accepts '25 %' in a percent field and '1,234.5' in a number field", async () => {
    resetStore('commodity');
    const user = userEvent.setup();
    render(<Calculator inputs={(errors) => <HedgeInputs errors={errors} />} />);
    const stress = screen.getByLabelText('Stress move for variation margin (%)');
    await user.clear(stress);
    await user.type(stress, '25 %');
    const qty = screen.getByLabelText('Quantity (units, e.g. t)');
    await user.clear(qty);
    await user.type(qty, '1,234.5');
    expect(stress).not.toHaveAttribute('aria-invalid');
    expect(qty).not.toHaveAttribute('aria-invalid');
    expect(statusText()).toContain('Results are up to date.');
    // 1,234.5 t / 50 t = 24.69 -> 25 contracts.
    expect(within(screen.getByRole('table', { name: 'Hedges side by side' })).getByText('Buy 25 × 50')).toBeInTheDocument();
  });

  it('an engine range error is shown on its field (stock: lower strike above the put strike)', async () => {
    resetStore('stock');
    const user = userEvent.setup();
    render(<Calculator inputs={(errors) => <HedgeInputs errors={errors} />} />);
    const lower = screen.getByLabelText('Put spread: lower strike (sold) (per share)');
    await user.clear(lower);
    await user.type(lower, '60');
    expect(lower).toHaveAttribute('aria-invalid', 'true');
    // The hint (the strike as a share of today's price) and then the error.
    expect(lower).toHaveAccessibleDescription(/Must be less than 56\.$/);
    // The other hedges are current; the put spread says it is not available.
    const compare = screen.getByRole('table', { name: 'Hedges side by side' });
    const row = within(compare).getByRole('button', { name: 'Put spread' }).closest('tr')!;
    expect(row).toHaveTextContent('Not available for these inputs.');
    expect(within(compare).getByRole('button', { name: 'Protective put' }).closest('tr')).toHaveTextContent('Buy 12 × 100');
  });

  it('a correlation of 1.5 is refused on the correlation field and removes only the proxy hedge', async () => {
    resetStore('stock');
    const user = userEvent.setup();
    render(<Calculator inputs={(errors) => <HedgeInputs errors={errors} />} />);
    const rho = screen.getByLabelText('Correlation ρ with the target (−1 to 1)');
    await user.clear(rho);
    await user.type(rho, '1.5');
    expect(rho).toHaveAccessibleDescription('Must be at most 1.');
    expect(useScenarioStore.getState().portfolio.holdings[0]!.proxyCorrelation).toBe('1.5');
    const compare = screen.getByRole('table', { name: 'Hedges side by side' });
    expect(within(compare).getByRole('button', { name: /^Proxy:/ }).closest('tr')).toHaveTextContent('Fix the marked fields of this hedge to see it.');
    expect(within(compare).getByRole('button', { name: 'Protective put' }).closest('tr')).toHaveTextContent('Buy 12 × 100');
    expect(screen.queryByText(/Showing the last valid results/)).not.toBeInTheDocument();
  });
});

describe('built from the selected position', () => {
  it('proxy inputs follow the target: each holding keeps its own, shown under its name', async () => {
    resetStore('stock');
    const user = userEvent.setup();
    render(<HedgeInputs errors={{}} />);
    expect(screen.getByRole('group', { name: 'Proxy for Nordlicht Robotics (correlated futures)' })).toBeInTheDocument();
    const rho = screen.getByLabelText('Correlation ρ with the target (−1 to 1)');
    await user.clear(rho);
    await user.type(rho, '0.6');
    act(() => useScenarioStore.getState().setTarget('h3'));
    expect(screen.getByRole('group', { name: 'Proxy for Alpine Foods (correlated futures)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Correlation ρ with the target (−1 to 1)')).toHaveValue('0.7');
    act(() => useScenarioStore.getState().setTarget('h1'));
    expect(screen.getByLabelText('Correlation ρ with the target (−1 to 1)')).toHaveValue('0.6');
  });

  it('strikes as % of the price: the choice is shown in the unit and the hint gives the price', async () => {
    resetStore('stock');
    const user = userEvent.setup();
    render(<HedgeInputs errors={{}} />);
    const put = screen.getByLabelText('Put strike (floor) (per share)');
    expect(put).toHaveAccessibleDescription('= 89.6 % of today’s price 62.5; re-based when you pick another holding');
    await user.selectOptions(screen.getByLabelText('Strikes entered as'), '% of the target’s price');
    const pct = screen.getByLabelText('Put strike (floor) (% of today’s price)');
    await user.clear(pct);
    await user.type(pct, '90');
    expect(pct).toHaveAccessibleDescription('= 56.25 per share at today’s price 62.5');
    expect(useScenarioStore.getState().stock).toMatchObject({ strikeMode: 'percent', putStrike: '90' });
  });

  it('picking another holding re-bases strikes typed as prices (56 on 62.50 -> 71.68 on 80)', () => {
    resetStore('stock');
    render(<HedgeInputs errors={{}} />);
    act(() => useScenarioStore.getState().setTarget('h3'));
    expect(screen.getByLabelText('Put strike (floor) (per share)')).toHaveValue('71.68');
  });

  it('the option expiry is its own field, stored apart from the horizon', async () => {
    resetStore('stock');
    const user = userEvent.setup();
    render(<HedgeInputs errors={{}} />);
    const expiry = screen.getByLabelText('Option expiry (calendar days)');
    await user.clear(expiry);
    await user.type(expiry, '365');
    expect(useScenarioStore.getState().stock).toMatchObject({ expiryDays: '365', tenorDays: '182' });
  });
});
