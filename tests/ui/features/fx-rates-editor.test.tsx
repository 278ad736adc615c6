/** The portfolio's home currency and FX rates: labelled fields, converted values and total, plain messages next to the fields. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FxMessages } from '../../../src/calc/fx-rates';
import { FxHedgeMessages } from '../../../src/calc/kinds/holding-fx';
import { InputMessages } from '../../../src/state/parse-input';
import { selectScenario, useScenarioStore } from '../../../src/state/store';
import { HedgeInputs } from '../../../src/ui/features/inputs/HedgeInputs';
import { PortfolioEditor } from '../../../src/ui/features/portfolio/PortfolioEditor';
import { Calculator, resetStore } from './harness';

vi.mock('../../../src/ui/features/results/PayoffSection', () => ({ PayoffSection: () => null }));

const renderEditor = () => render(<Calculator inputs={(errors) => <><PortfolioEditor errors={errors} /><HedgeInputs errors={errors} /></>} />);
const rowOf = (name: string) => screen.getByRole('radio', { name: `Protect ${name}` }).closest('tr')!;
const total = () => within(screen.getByRole('region', { name: 'Holdings' })).getByRole('rowheader', { name: /^Total/ }).closest('tr')!;

async function makeAlpineUsd(user: ReturnType<typeof userEvent.setup>) {
  const cur = screen.getByLabelText('Currency of Alpine Foods');
  await user.clear(cur);
  await user.type(cur, 'USD');
}

// Each keystroke recomputes every hedge in jsdom: slower than the default 5 s on a shared machine.
describe('FX rates in the portfolio editor', { timeout: 30_000 }, () => {
  beforeEach(() => resetStore('stock'));

  it('shows the home currency; no FX table while every holding is at home', () => {
    renderEditor();
    expect(screen.getByLabelText('Home currency (totals and risk in it)')).toHaveValue('EUR');
    expect(screen.queryByRole('region', { name: 'FX rates' })).not.toBeInTheDocument();
  });

  it('a USD holding gets a USD row; its empty rate has a plain note; typing 0.9 converts its value and the total', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor();
    await makeAlpineUsd(user);
    const region = screen.getByRole('region', { name: 'FX rates' });
    const spot = within(region).getByLabelText('EUR per 1 USD');
    expect(spot).toHaveAccessibleDescription(FxMessages.missingRate('EUR', 'USD'));
    expect(spot).not.toHaveAttribute('aria-invalid');
    expect(within(region).getAllByRole('textbox').map((t) => t.getAttribute('aria-label'))).toEqual([
      'EUR per 1 USD', 'USD volatility, %', 'USD interest rate, %', 'Correlation of the USD rate with its holdings',
    ]);
    await user.type(spot, '0.9');
    expect(useScenarioStore.getState().portfolio.fxRates).toEqual([{ currency: 'USD', spot: '0.9', vol: '', rate: '', correlation: '' }]);
    expect(spot).not.toHaveAccessibleDescription(FxMessages.missingRate('EUR', 'USD'));
    // By hand: 600 × $80 = $48,000 × 0.9 = €43,200; total 249,500 − 48,000 + 43,200 = €244,700.
    expect(rowOf('Alpine Foods')).toHaveTextContent('$48,000.00 = €43,200.00');
    expect(total()).toHaveTextContent('€244,700.00');
    expect(total()).not.toHaveTextContent('left out');
  });

  it('bad text in a rate field is kept and marked with its message next to it', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor();
    await makeAlpineUsd(user);
    const vol = screen.getByLabelText('USD volatility, %');
    await user.type(vol, '8x');
    expect(vol).toHaveValue('8x');
    expect(vol).toHaveAttribute('aria-invalid', 'true');
    expect(vol).toHaveAccessibleDescription(InputMessages.notNumber);
  });

  it('a home currency that is not a code says so next to the field', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor();
    const home = screen.getByLabelText('Home currency (totals and risk in it)');
    await user.clear(home);
    await user.type(home, 'eu');
    expect(home).toHaveValue('eu');
    expect(home).toHaveAccessibleDescription(FxMessages.homeCode);
  });

  it('the FX hedge fields say plainly when the target is at home, and not once it is abroad', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor();
    const compounding = screen.getByLabelText('FX forward: rates compound');
    expect(compounding).toHaveAccessibleDescription(FxHedgeMessages.notNeeded('Nordlicht Robotics', 'EUR'));
    await user.click(screen.getByRole('radio', { name: 'Protect Alpine Foods' }));
    await makeAlpineUsd(user);
    expect(screen.getByLabelText('FX forward: rates compound')).not.toHaveAccessibleDescription(FxHedgeMessages.notNeeded('Alpine Foods', 'EUR'));
  });
});

describe('a rate row for a combined hedge’s leg in another currency', { timeout: 30_000 }, () => {
  beforeEach(() => resetStore('stock'));

  it('a loan in GBP added to the combined hedge gets a GBP row; typing its rate adds the loan’s leg to the EUR total', async () => {
    const user = userEvent.setup({ delay: null });
    const s = useScenarioStore.getState();
    s.loadScenario({ ...selectScenario(s), rate: { ...selectScenario(s).rate, currency: 'GBP' }, prefs: { ...selectScenario(s).prefs, combined: [{ mode: 'stock', kind: 'protective-put' }, { mode: 'rate', kind: 'rate-swap' }] } });
    renderEditor();
    const region = screen.getByRole('region', { name: 'FX rates' });
    const spot = within(region).getByLabelText('EUR per 1 GBP');
    expect(spot).toHaveAccessibleDescription(FxMessages.missingCombinedRate('EUR', 'GBP'));
    const legs = await screen.findByRole('list', { name: 'Legs of the combined hedge' }, { timeout: 10_000 });
    expect(legs.textContent).toContain("Enter the rate in EUR per 1 GBP under the portfolio's currencies");
    await user.type(spot, '1.17');
    expect(useScenarioStore.getState().portfolio.fxRates).toContainEqual(expect.objectContaining({ currency: 'GBP', spot: '1.17' }));
    expect(screen.getByRole('list', { name: 'Legs of the combined hedge' }).textContent).toContain('in GBP, converted at 1.17 EUR per GBP');
  });
});
