/** The macro alternative of the same cost: index puts bought with what the micro hedge costs. */
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { calculate } from '../../../src/calc/calculate';
import { sizeSameCostMacro } from '../../../src/engine';
import { selectScenario, useScenarioStore } from '../../../src/state/store';
import { buildSameCostInput, SameCostMessages } from '../../../src/ui/features/risk/same-cost-input';
import { SameCostMacroView } from '../../../src/ui/features/risk/SameCostMacroView';

const scenario = () => selectScenario(useScenarioStore.getState());
const put = () => calculate(scenario()).hedges.find((h) => h.id === 'protective-put') ?? null;

describe('same-cost macro alternative', () => {
  beforeEach(() => useScenarioStore.getState().resetToExample());

  it('spends the protective put’s cost on index puts as far out of the money as the put, expiring with it', () => {
    const built = buildSameCostInput(scenario(), calculate(scenario()), put(), 0.18);
    if (!built.ok) throw new Error(built.message);
    const i = built.input;
    expect(i.budget).toBeCloseTo(5251.7, 2); // the put's total cost in the comparison
    expect(i.strikeFraction).toBeCloseTo(56 / 62.5, 12);
    expect(i.tenorYears).toBeCloseTo(182 / 365, 12);
    // The macro hedge's index level: F·e^{−(r−q)T} with q = 0 in the example.
    expect(i.index.level).toBeCloseTo(4900 * Math.exp(-0.03 * 182 / 365), 9);
    expect(i.index.multiplier).toBe(10);
    expect(i.feePerContract).toBeCloseTo(1.8, 12);
    expect(i.portfolio.value).toBeCloseTo(249_500, 6);
  });

  it('shows how many puts that buys, the share of the index exposure covered, and a stress case', () => {
    const s = scenario();
    const result = calculate(s);
    render(<SameCostMacroView scenario={s} result={result} hedge={put()} indexVolAnnual={0.18} targetName="Nordlicht Robotics" currency="EUR" />);
    const built = buildSameCostInput(s, result, put(), 0.18);
    const sized = built.ok ? sizeSameCostMacro(built.input) : null;
    if (!sized?.ok) throw new Error('not sized');
    const line = screen.getByTestId('same-cost-line');
    expect(line).toHaveTextContent(`you could buy ${sized.value.contracts} puts on Euro Stoxx 50 futures`);
    expect(line).toHaveTextContent(/They cover \d+(\.\d)?% of the portfolio’s index exposure|They cover \d+(\.\d)?% of the portfolio's index exposure/);
    expect(sized.value.cost).toBeLessThanOrEqual(5251.7);
    const table = screen.getByRole('table', { name: 'Index puts of the same cost as the micro hedge' });
    expect(within(table).getByRole('rowheader', { name: /If the index falls 20 %/ })).toBeInTheDocument();
  });

  it('a dividend yield on the index makes its puts dearer (fewer bought with the same money)', () => {
    const before = buildSameCostInput(scenario(), calculate(scenario()), put(), 0.18);
    useScenarioStore.getState().setField('stock', 'indexDividendYield', '3');
    const after = buildSameCostInput(scenario(), calculate(scenario()), put(), 0.18);
    if (!before.ok || !after.ok) throw new Error('not built');
    const a = sizeSameCostMacro(before.input);
    const b = sizeSameCostMacro(after.input);
    if (!a.ok || !b.ok) throw new Error('not sized');
    expect(b.value.premiumPerPoint).toBeGreaterThan(a.value.premiumPerPoint);
  });

  it('says what is missing instead of a figure', () => {
    useScenarioStore.getState().setField('stock', 'rate', 'abc');
    const built = buildSameCostInput(scenario(), calculate(scenario()), put(), 0.18);
    expect(built).toEqual({ ok: false, message: expect.any(String) });
    expect([SameCostMessages.inputs, SameCostMessages.noMacro, SameCostMessages.noMicro]).toContain((built as { message: string }).message);
  });
});
