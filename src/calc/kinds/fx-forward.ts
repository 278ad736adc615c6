/** FX forward: lock the rate of the payment; the bank's quote compared with covered interest parity. */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { optional } from '../fields';
import { defineKind } from '../kind';
import type { FxPosition } from '../modes/fx';
import { pairOf } from '../modes/fx';

const HULL_FX = 'Hull, Options, Futures, and Other Derivatives, ch. 5 (covered interest parity, eq. 5.9)';

export default defineKind<FxPosition, PlanOf<'fx-forward'>>({
  id: 'fx-forward',
  mode: 'fx',
  fields: [optional('bankForward', "Bank's forward quote (optional)", 'Market', { gt: 0 }, { unit: pairOf })],
  fieldMap: { 'market.bankForward': 'fx.bankForward' },
  name: () => 'FX forward',
  plan: (c) => {
    const p = c.position;
    const bank = c.v.opt('bankForward');
    return c.engine.planFxForward({
      target: p.target,
      market: { r: p.rDomestic, rForeign: p.rForeign, tenorYears: p.tenorYears, compounding: p.compounding, ...(bank !== null ? { bankForward: bank } : {}) },
    });
  },
  figures: (_c, plan) => {
    const e = plan.extras;
    const out = [
      { key: 'parityForward', label: 'Parity forward', value: e.parityForward, format: 'price' as const },
      { key: 'lockedPrice', label: `Locked-in ${e.lockedValue.amount.isNegative() ? 'cost' : 'value'} of the ${fmt(plan.hedgedQuantity)} units hedged`, money: e.lockedValue },
    ];
    if (e.bankQuote === null) return out;
    return [
      ...out,
      { key: 'bankForward', label: "Bank's forward", value: e.bankQuote.bankForward, format: 'price' as const },
      { key: 'markup', label: "Bank's markup per unit", value: e.bankQuote.impliedMarkup, format: 'price' as const },
      { key: 'markup', label: "Bank's markup", value: e.bankQuote.impliedMarkupFraction, format: 'percent' as const },
      { key: 'markup', label: "Bank's markup in money", value: e.bankQuote.impliedMarkupAmount, format: 'money' as const },
    ];
  },
  explain: (c, plan) => {
    const p = c.position;
    const e = plan.extras;
    const t = p.tenorYears;
    const amount = Math.abs(p.target.quantity);
    return {
      parityForward: {
        title: `Parity forward (${p.pair})`,
        formula: p.compounding === 'continuous' ? 'F = S·e^{(r_d − r_f)·T}' : 'F = S·(1 + r_d·T)/(1 + r_f·T)',
        substituted: `F = ${fmt(p.target.price, 6)} × ${p.compounding === 'continuous' ? `e^{(${pct(p.rDomestic)} − ${pct(p.rForeign)}) × ${fmt(t, 6)}}` : `(1 + ${pct(p.rDomestic)} × ${fmt(t, 6)}) / (1 + ${pct(p.rForeign)} × ${fmt(t, 6)})`} = ${fmt(e.parityForward, 6)}`,
        source: HULL_FX,
      },
      lockedPrice: {
        title: 'Locked-in amount',
        formula: 'amount × forward rate used (the bank’s quote when given, else parity)',
        substituted: `${fmt(amount, 2)} ${p.target.symbol} × ${fmt(e.rateUsed, 6)} = ${fmt(Math.abs(e.lockedValue.amount.toNumber()), 2)} ${p.target.currency}`,
        source: HULL_FX,
      },
      ...(e.bankQuote !== null
        ? {
            markup: {
              title: "The bank's markup over parity",
              formula: p.target.quantity < 0 ? 'markup = bank forward − parity forward (you buy the foreign currency)' : 'markup = parity forward − bank forward (you sell the foreign currency)',
              substituted: `${fmt(e.bankQuote.bankForward, 6)} vs ${fmt(e.parityForward, 6)}: ${fmt(e.bankQuote.impliedMarkup, 6)} ${p.pair} = ${pct(e.bankQuote.impliedMarkupFraction, 2)} × ${fmt(amount, 2)} ${p.target.symbol} = ${fmt(e.bankQuote.impliedMarkupAmount, 2)} ${p.target.currency}`,
              source: HULL_FX,
            },
          }
        : {}),
    };
  },
});
