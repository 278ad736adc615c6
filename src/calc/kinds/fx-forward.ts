/** FX forward: lock the rate of the payment; the bank's quote compared with covered interest parity. */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import { defineKind } from '../kind';
import type { KindContext } from '../kind';
import type { FxPosition } from '../modes/fx';
import { KIND_FIELDS } from '../kind-fields';

const HULL_FX = 'Hull, Options, Futures, and Other Derivatives, ch. 5 (covered interest parity, eq. 5.9)';

/** The plain message next to the bank's quote when it is on the wrong side of parity or implausibly far from it. */
function quoteNote(c: KindContext<FxPosition>, plan: PlanOf<'fx-forward'>): string | null {
  const q = plan.extras.bankQuote;
  if (q === null) return null;
  const buyer = c.position.target.quantity < 0;
  const check = c.engine.checkBankForward(plan.extras.parityForward, q.bankForward, buyer);
  const parity = fmt(plan.extras.parityForward, 6);
  if (check.flag === 'wrong-side') {
    return `This quote is ${buyer ? 'below' : 'above'} the parity forward ${parity}: better for you than the interest rates allow, so a bank would not offer it. Check it is for ${c.position.pair}, for this date and for ${buyer ? 'buying' : 'selling'} ${c.position.target.symbol}.`;
  }
  if (check.flag === 'beyond-range') {
    return `This quote is ${pct(Math.abs(check.markupFraction), 1)} from the parity forward ${parity}, beyond the ±${pct(c.engine.MAX_PLAUSIBLE_MARKUP, 0)} a bank’s margin plausibly is. Check it is for ${c.position.pair} (not the inverse pair) and for this date.`;
  }
  return null;
}

export default defineKind<FxPosition, PlanOf<'fx-forward'>>({
  id: 'fx-forward',
  mode: 'fx',
  fields: KIND_FIELDS['fx-forward'],
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
    const points = plan.ledger.lines.find((l) => l.kind === 'forward-points');
    const markup = plan.ledger.lines.find((l) => l.kind === 'financing');
    const out = [
      { key: 'parityForward', label: 'Parity forward', value: e.parityForward, format: 'price' as const },
      { key: 'lockedPrice', label: `Locked-in ${e.lockedValue.amount.isNegative() ? 'cost' : 'value'} of the ${fmt(plan.hedgedQuantity)} units hedged`, money: e.lockedValue },
      ...(points ? [{ key: 'points', label: 'Interest differential (forward points), in money', money: points.amount }] : []),
      ...(markup ? [{ key: 'markup', label: "Bank's markup over parity, in money", money: markup.amount }] : []),
    ];
    if (e.bankQuote === null) return out;
    return [
      ...out,
      { key: 'bankForward', label: "Bank's forward", value: e.bankQuote.bankForward, format: 'price' as const },
      { key: 'markup', label: "Bank's markup per unit", value: e.bankQuote.impliedMarkup, format: 'price' as const },
      { key: 'markup', label: "Bank's markup", value: e.bankQuote.impliedMarkupFraction, format: 'percent' as const },
    ];
  },
  warnings: (c, plan) => {
    const note = quoteNote(c, plan);
    return note === null ? [] : [note];
  },
  notes: (c, plan): Record<string, string> => {
    const note = quoteNote(c, plan);
    return note === null ? {} : { 'fx.bankForward': note };
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
      points: {
        title: 'Interest differential: the forward points in money',
        formula: 'amount × (parity forward − spot): what the rate difference between the two currencies adds (or saves) over the spot rate',
        substituted: `${fmt(amount, 2)} ${p.target.symbol} × (${fmt(e.parityForward, 6)} − ${fmt(p.target.price, 6)}) = ${fmt(amount * e.forwardPoints, 2)} ${p.target.currency}${p.target.quantity < 0 ? ' paid' : ' received'} beyond spot`,
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
