/**
 * The macro alternative of the same cost, beside the same-variance one: index puts bought with
 * what the micro hedge costs; how much of the portfolio's index exposure they cover and from which
 * portfolio level they protect, with a stress case, in plain words.
 */
import { useMemo } from 'react';
import { sizeSameCostMacro } from '../../../engine';
import type { HedgeResult, ModeResult } from '../../../calc/types';
import type { Scenario } from '../../../state/scenario';
import { formatMoney, formatNumber, formatPercent, formatPrice } from '../../shared/format';
import { buildSameCostInput } from './same-cost-input';

interface Props {
  readonly scenario: Scenario;
  readonly result: ModeResult;
  readonly hedge: HedgeResult | null;
  readonly indexVolAnnual: number;
  readonly targetName: string;
  readonly currency: string;
}

const STRESS = -0.2;

export function SameCostMacroView({ scenario, result, hedge, indexVolAnnual, targetName, currency }: Props) {
  const built = useMemo(() => buildSameCostInput(scenario, result, hedge, indexVolAnnual), [scenario, result, hedge, indexVolAnnual]);
  const sized = useMemo(() => (built.ok ? sizeSameCostMacro(built.input) : null), [built]);
  const money = (x: number) => formatMoney(x, currency);
  let body;
  if (!built.ok) body = <p className="hint">{built.message}</p>;
  else if (sized === null || !sized.ok) body = <p className="hint">{sized?.errors[0]?.message}</p>;
  else {
    const m = sized.value;
    const { input } = built;
    const stress = m.stress(STRESS);
    const loss = stress.portfolio - input.portfolio.value;
    body = (
      <>
        <p data-testid="same-cost-line">
          For the same money as the micro hedge ({built.budgetSource}, {money(input.budget)}), you could buy <strong>{m.contracts}</strong> put
          {m.contracts === 1 ? '' : 's'} on {built.indexName} with strike {formatPrice(m.strike)} ({formatPercent(input.strikeFraction, 1)} of {formatPrice(input.index.level)}), at{' '}
          {money(m.costPerContract)} each with fees ({money(m.cost)} in all). They cover <strong>{formatPercent(m.coveredFraction, 1)}</strong> of the portfolio&apos;s
          index exposure: insuring all of it (β {formatNumber(input.portfolio.beta)} × {money(input.portfolio.value)}) would take {formatNumber(m.fullCoverContracts, { maximumFractionDigits: 1 })} puts.
          {m.coveredFraction > 1
            ? ` That is more than the whole exposure: ${Math.ceil(m.fullCoverContracts - 1e-9)} puts (${money(Math.ceil(m.fullCoverContracts - 1e-9) * m.costPerContract)}) would insure all of it.`
            : ''}
        </p>
        <table className="same-cost-table">
          <caption>Index puts of the same cost as the micro hedge</caption>
          <tbody>
            <tr>
              <th scope="row">Portfolio level they protect from (index at the strike, CAPM)</th>
              <td>{money(m.protectedValue)}</td>
            </tr>
            <tr>
              <th scope="row">If the index falls 20 %: expected portfolio change</th>
              <td>{money(loss)}</td>
            </tr>
            <tr>
              <th scope="row">… what the index puts pay</th>
              <td>{money(stress.puts)}</td>
            </tr>
          </tbody>
        </table>
      </>
    );
  }
  return (
    <section className="risk-section" aria-labelledby="same-cost-h">
      <h4 id="same-cost-h">Macro of the same cost: index puts</h4>
      {body}
      <p className="hint">
        The micro hedge protects {targetName || 'the target'} alone, including its own risk (news about that company). Spending the same money on index puts protects a
        share of the whole portfolio against a market fall instead, but not against what moves {targetName || 'the target'} alone. The puts are European, priced with the
        index volatility, the rate and the index dividend yield (Black–Scholes–Merton with a yield; Hull ch. 17), and insuring a portfolio takes β × its value ÷ (index × multiplier) puts (Hull §17.3).
      </p>
    </section>
  );
}
