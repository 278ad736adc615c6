/**
 * What a commodity futures hedge shows by side: a buyer (the bakery) reads what the purchase will
 * cost — locked-in cost per unit, total cost locked in, the worst extra cost at the stated move —
 * instead of a holder's floor and breakeven; and, when the need is not a whole number of
 * contracts, the choice of rounding down, rounding up or mini contracts with the cost of each.
 */
import type { PlanOf } from '../../engine';
import { fmt, pct } from '../explain';
import type { Explanation } from '../explain';
import type { KindContext } from '../kind';
import type { CommodityPosition } from '../modes/commodity';
import type { FigureWording, KindFigure, KindTable } from '../types';
import { HULL } from './option-explain';

type Ctx = KindContext<CommodityPosition>;
type Plan = PlanOf<'futures'>;

export const isBuyer = (c: Ctx) => c.position.target.quantity < 0;

/** Hedged units × (F + b) + fees, and the extra cost of the open quantity at the stated move. */
function buyerNumbers(c: Ctx, plan: Plan) {
  const e = plan.extras;
  const fees = plan.ledger.totalCost.amount;
  const lockedTotal = e.lockedValue.amount.abs().plus(fees);
  const open = Math.abs(plan.unhedgedQuantity);
  const move = c.v.n('stressMove');
  const worstExtra = open * e.lockedPrice * move;
  const allInPerUnit = plan.hedgedQuantity > 0 ? lockedTotal.toNumber() / plan.hedgedQuantity : e.lockedPrice;
  return { lockedTotal, open, move, worstExtra, allInPerUnit, fees };
}

/** The buyer's figures: locked-in cost per unit, all-in per unit, total cost locked in, worst extra cost. */
export function buyerFigures(c: Ctx, plan: Plan): KindFigure[] {
  const u = c.position.unit || 'unit';
  const n = buyerNumbers(c, plan);
  const ccy = plan.ledger.currency;
  const overHedged = plan.unhedgedQuantity < 0;
  return [
    { key: 'lockedPrice', label: `Locked-in cost per ${u}`, value: plan.extras.lockedPrice, format: 'price' },
    { key: 'allIn', label: `All-in cost per ${u} hedged, with fees`, value: n.allInPerUnit, format: 'price' },
    { key: 'lockedTotal', label: `Total cost locked in (${fmt(plan.hedgedQuantity)} ${u})`, money: c.engine.money(n.lockedTotal, ccy) },
    {
      key: 'worstExtra',
      label: n.open === 0 ? 'Worst extra cost (nothing left open)' : `Worst extra cost if the price ${overHedged ? 'falls' : 'rises'} ${pct(n.move, 0)} (${fmt(n.open)} ${u} ${overHedged ? 'over-hedged' : 'unhedged'})`,
      value: n.worstExtra,
      format: 'money',
    },
  ];
}

/** A buyer reads costs: the holder's floor, cap and breakeven are hidden (the buyer's figures replace them). */
export function buyerWording(c: Ctx): FigureWording {
  return isBuyer(c) ? { floor: null, cap: null, breakeven: null } : {};
}

export function buyerCards(c: Ctx, plan: Plan): Record<string, Explanation> {
  const n = buyerNumbers(c, plan);
  const u = c.position.unit || 'unit';
  const t = c.position.target.currency;
  const src = `${HULL}, ch. 3 (long hedge: a buyer locks the price of a future purchase)`;
  return {
    allIn: {
      title: `All-in cost per ${u} hedged`,
      formula: '(hedged quantity × (F₁ + b₂) + fees) / hedged quantity',
      substituted: `(${fmt(plan.hedgedQuantity)} × ${fmt(plan.extras.lockedPrice)} + ${fmt(n.fees.toNumber(), 2)}) / ${fmt(plan.hedgedQuantity)} = ${fmt(n.allInPerUnit)} ${t} per ${u}`,
      source: src,
    },
    lockedTotal: {
      title: 'Total cost locked in',
      formula: 'hedged quantity × (F₁ + b₂) + commissions and exchange fees (margin is held, not spent)',
      substituted: `${fmt(plan.hedgedQuantity)} × ${fmt(plan.extras.lockedPrice)} + ${fmt(n.fees.toNumber(), 2)} = ${fmt(n.lockedTotal.toNumber(), 2)} ${t}`,
      source: src,
    },
    worstExtra: {
      title: 'Worst extra cost at the stated move',
      formula: '|quantity left open| × (F₁ + b₂) × move: an unhedged part costs more when the price rises; an over-hedge loses on its extra contracts when it falls',
      substituted: `${fmt(n.open)} × ${fmt(plan.extras.lockedPrice)} × ${pct(n.move, 0)} = ${fmt(n.worstExtra, 2)} ${t}`,
      source: src,
    },
  };
}

const CHOICE_NAMES = { down: 'Round down', up: 'Round up', mini: 'Mini contracts' } as const;

/** The round down / round up / mini table, with fees, margin, open quantity and the move's cost for each. */
export function choiceTable(c: Ctx): KindTable[] {
  const t = c.position.target;
  const u = c.position.unit || 'unit';
  const size = c.v.n('contractSize');
  const mini = c.v.opt('miniContractSize');
  const miniMargin = c.v.opt('miniMargin');
  const move = c.v.n('stressMove');
  const r = c.engine.compareContractChoices({
    target: t,
    market: { futuresPrice: c.v.n('futuresPrice'), expectedBasis: c.v.opt('basis') ?? 0 },
    sizing: { contractSize: size },
    fees: { commissionPerContract: c.v.s('commission'), exchangeFeePerContract: c.v.s('exchangeFee') },
    initialMargin: c.v.s('initialMargin'),
    ...(mini !== null ? { mini: { contractSize: mini, ...(miniMargin !== null ? { initialMargin: String(miniMargin) } : {}) } } : {}),
    priceMove: move,
  });
  if (!r.ok) return [{ key: 'choice', rowLabel: 'Choice', title: 'Whole contracts: round down, round up or mini contracts', columns: [], rows: [], note: r.errors.map((e) => e.message).join(' ') }];
  const buyer = t.quantity < 0;
  const rows = r.value.choices.map((x) => ({
    header: CHOICE_NAMES[x.choice],
    cells: [
      x.miniContracts > 0 ? `${x.fullContracts} × ${fmt(size)} + ${x.miniContracts} mini × ${fmt(mini ?? 0)}` : `${x.fullContracts} × ${fmt(size)}`,
      x.openUnits === 0 ? 'none' : x.openUnits > 0 ? `${fmt(x.openUnits)} ${u} unhedged` : `${fmt(-x.openUnits)} ${u} over-hedged`,
      { money: x.fees },
      { money: x.initialMargin },
      x.hurtBy === null ? 'nothing' : `${x.hurtBy === 'rise' ? 'a rise' : 'a fall'} of ${pct(move, 0)} costs`,
      { money: x.moveCost },
      { money: x.worstTotal },
    ],
  }));
  const need = `${fmt(Math.abs(t.quantity))} ${u} is ${fmt(r.value.exactContracts)} contracts of ${fmt(size)}`;
  const whole = r.value.isWhole ? ': a whole number, nothing to choose.' : '.';
  const miniNote = mini === null ? ' Type a mini contract size to compare mini contracts (e.g. CBOT wheat 5,000 bu, mini-sized wheat 1,000 bu).' : ' Mini contracts: whole full contracts, the rest in minis (nearest), fees per contract as typed; mini margin pro rata unless typed.';
  return [{
    key: 'choice',
    rowLabel: 'Choice',
    title: 'Whole contracts: round down, round up or mini contracts',
    columns: ['Contracts', 'Left open', 'Fees', 'Initial margin held', 'What moves it', 'Cost of that move', buyer ? 'Worst total cost' : 'Worst total proceeds'],
    rows,
    note: `${need}${whole} Costs at the locked price ${fmt(r.value.lockedPrice)} ${t.currency} per ${u}; the move is the stress move typed (${pct(move, 0)}).${miniNote}`,
  }];
}
