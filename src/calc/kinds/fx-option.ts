/** FX option: a call (payable) or put (receivable) on the foreign currency: a worst rate, upside kept. */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { positionGreeks } from '../greeks';
import { defineKind } from '../kind';
import type { KindContext } from '../kind';
import type { FxPosition } from '../modes/fx';
import { strikeWarning } from './option-explain';
import { KIND_FIELDS } from '../kind-fields';

const GK = 'Garman & Kohlhagen (1983); Hull, Options, Futures, and Other Derivatives, ch. 17 (options on currencies)';

const targetOf = (c: KindContext<FxPosition>) => ({ ...c.position.target, volAnnual: c.v.n('optionVol') });

export default defineKind<FxPosition, PlanOf<'fx-option'>>({
  id: 'fx-option',
  mode: 'fx',
  fields: KIND_FIELDS['fx-option'],
  fieldMap: { strike: 'fx.optionStrike', 'target.volAnnual': 'fx.optionVol', 'fees.commissionPerContract': 'fx.optionFee' },
  name: (s) => `FX ${s.fx.side === 'payable' ? 'call' : 'put'} option`,
  plan: (c) => {
    const p = c.position;
    return c.engine.planFxOption({
      target: targetOf(c),
      market: { r: p.rDomestic, rForeign: p.rForeign, tenorYears: p.tenorYears },
      strike: c.v.n('optionStrike'),
      fees: { commissionPerContract: c.v.s('optionFee'), exchangeFeePerContract: '0' },
    });
  },
  figures: (_c, plan) => [
    { key: 'premium', label: 'Premium per unit', value: plan.extras.premiumPerUnit, format: 'price' },
    ...(plan.extras.breakevenRate !== null ? [{ key: 'breakeven', label: 'Break-even rate', value: plan.extras.breakevenRate, format: 'price' as const }] : []),
  ],
  explain: (c, plan) => {
    const p = c.position;
    const e = plan.extras;
    const k = c.v.n('optionStrike');
    const t = p.tenorYears;
    return {
      premium: {
        title: `FX ${e.optionType} premium per ${p.target.symbol}`,
        formula: e.optionType === 'call' ? 'c = S·e^{−r_f T}·N(d₁) − K·e^{−r_d T}·N(d₂)' : 'p = K·e^{−r_d T}·N(−d₂) − S·e^{−r_f T}·N(−d₁)',
        substituted: `S = ${fmt(p.target.price, 6)}, K = ${fmt(k, 6)}, r_d = ${pct(p.rDomestic)}, r_f = ${pct(p.rForeign)}, σ = ${pct(c.v.n('optionVol'))}, T = ${fmt(t, 6)} → ${fmt(e.premiumPerUnit, 6)} ${p.target.currency}`,
        source: GK,
      },
      ...(e.breakevenRate !== null
        ? {
            breakeven: {
              title: 'Break-even rate',
              formula: e.optionType === 'call' ? 'strike + (premium + fees) per unit' : 'strike − (premium + fees) per unit',
              substituted: `${fmt(k, 6)} → ${fmt(e.breakevenRate, 6)} ${p.pair}`,
              source: GK,
            },
          }
        : {}),
    };
  },
  warnings: (c) => [strikeWarning('option', c.v.n('optionStrike'), c.position.target.price, c.position.target.symbol)].filter((w): w is string => w !== null),
  greeks: (c, plan) => {
    const p = c.position;
    return positionGreeks(plan, p.target.quantity, { spot: p.target.price, r: p.rDomestic, q: p.rForeign, vol: c.v.n('optionVol'), exercise: 'european' }, c.engine);
  },
});
