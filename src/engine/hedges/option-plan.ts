/**
 * Turns priced option legs into a HedgePlan: the decimal ledger, the exact expiry profile (floor,
 * cap, breakeven), the payoff functions for the chart (at expiry, and revalued by the pricing
 * engine before expiry for the date slider) and the metrics every option hedge reports.
 */
import { Decimal, money, toNumber } from '../money';
import type { Money } from '../money';
import { buildLedger, planMoney } from './plan';
import type { HedgeLeg, Payoff, PlanOf } from './plan';
import type { OptionExtras } from './extras';
import { levelAxis } from './axis';
import { finalSlope, profileBreakeven, profileCap, profileFloor, profileValueFloat } from './expiry-profile';
import type { ExpiryProfile } from './expiry-profile';
import { initialSlope, profileBreakevenFromAbove } from './short-profile';
import { feeLines, legPrice, premiumLine } from './option-legs';
import type { OptionContext, PricedLeg } from './option-legs';
import { labelNumber, labelTenor } from './label';

export interface OptionLegPlan {
  readonly leg: PricedLeg;
  readonly side: 'buy' | 'sell';
}

export interface OptionPlanSpec {
  readonly label: string;
  readonly legs: readonly OptionLegPlan[];
  /** False for a put spread: below the short strike the position falls again, so no floor is claimed. */
  readonly hasFloor: boolean;
  /** What the hedge leaves open, in plain words (the remainder is appended here). */
  readonly residual: string;
}

/** Everything of an option plan but its kind and its kind's own extras (the planner adds those). */
export type OptionPlanCore = Omit<PlanOf<'protective-put'>, 'kind' | 'extras'> & { readonly common: OptionExtras };

const sign = (side: 'buy' | 'sell'): number => (side === 'buy' ? 1 : -1);

function toLeg(ctx: OptionContext, { leg, side }: OptionLegPlan): HedgeLeg {
  const kind = leg.type === 'put' ? 'Put' : 'Call';
  return {
    instrument: `${kind} on ${ctx.symbol}, strike ${labelNumber(leg.strike)}, ${labelTenor(ctx.t)} (${ctx.exercise})`,
    side,
    contracts: ctx.sizing.contracts,
    contractSize: ctx.contractSize,
    unitPrice: toNumber(leg.premium),
    strike: leg.strike,
    expiryYears: ctx.t,
    optionType: leg.type,
  };
}

/** Exact expiry value of position + options − cost (see expiry-profile.ts). */
function buildProfile(ctx: OptionContext, legs: readonly OptionLegPlan[], totalCost: Money): ExpiryProfile {
  const hedged = new Decimal(ctx.sizing.hedgedUnits);
  return {
    constant: totalCost.amount.negated(),
    slope: new Decimal(ctx.quantity),
    options: legs.map(({ leg, side }) => ({ type: leg.type, strike: new Decimal(leg.strike), units: hedged.times(sign(side)) })),
  };
}

/**
 * Value after `yearsFromNow` (clamped to [0, T]): position + each option revalued by the pricing
 * engine with the time left (same r, q, vol), minus the cost already paid; intrinsic value at or
 * past expiry, or if the engine refuses a point (e.g. s = 0).
 */
function revalue(ctx: OptionContext, legs: readonly OptionLegPlan[], cost: number, atExpiry: (s: number) => number) {
  const units = ctx.sizing.hedgedUnits;
  return (sRaw: number, yearsRaw: number): number => {
    const s = Number.isFinite(sRaw) && sRaw > 0 ? sRaw : 0;
    const years = Number.isFinite(yearsRaw) ? Math.min(Math.max(yearsRaw, 0), ctx.t) : 0;
    const left = ctx.t - years;
    if (left <= 0 || s <= 0) return atExpiry(s);
    let v = ctx.quantity * s - cost;
    for (const { leg, side } of legs) {
      const intrinsic = Math.max(leg.type === 'put' ? leg.strike - s : s - leg.strike, 0);
      const price = legPrice(ctx, leg.type, leg.strike, s, left) ?? intrinsic;
      v += sign(side) * units * price;
    }
    return Number.isFinite(v) ? v : atExpiry(s);
  };
}

/** Assembles the plan of an option hedge from its priced legs. Expects a validated context. */
export function assembleOptionPlan(ctx: OptionContext, spec: OptionPlanSpec): OptionPlanCore {
  const { sizing } = ctx;
  const lines = [...spec.legs.map((l) => premiumLine(ctx, l.leg, l.side)), ...feeLines(ctx, sizing.contracts * spec.legs.length)];
  const protectedValue = money(new Decimal(sizing.hedgedUnits).times(ctx.spot), ctx.currency);
  const ledger = buildLedger(ctx.currency, lines, protectedValue);
  const profile = buildProfile(ctx, spec.legs, ledger.totalCost);
  const todayValue = new Decimal(ctx.quantity).times(ctx.spot);
  const floor = spec.hasFloor ? profileFloor(profile) : null;
  const cap = profileCap(profile);
  // A short (quantity < 0) breaks even on a fall: the highest price at which it is worth today's value.
  const breakeven = ctx.quantity < 0 ? profileBreakevenFromAbove(profile, todayValue) : profileBreakeven(profile, todayValue);
  const hedged = profileValueFloat(profile);
  const cost = toNumber(ledger.totalCost);
  const payoff: Payoff = {
    unhedged: (s) => ctx.quantity * (Number.isFinite(s) && s > 0 ? s : 0),
    hedged,
    hedgedAt: revalue(ctx, spec.legs, cost, hedged),
  };
  const netPerUnit = spec.legs.reduce((acc, l) => acc.plus(l.leg.premium.amount.times(sign(l.side))), new Decimal(0));
  const hedgedDelta = spec.legs.reduce((acc, l) => acc + sign(l.side) * sizing.hedgedUnits * l.leg.valuation.delta, ctx.quantity);
  const remainder = sizing.remainderUnits;
  return {
    label: spec.label,
    axis: levelAxis('price', `${ctx.symbol} price at the horizon`, `${ctx.currency} per unit`, ctx.spot, spec.legs.map((l) => l.leg.strike)),
    legs: spec.legs.map((l) => toLeg(ctx, l)),
    hedgedQuantity: sizing.hedgedUnits,
    unhedgedQuantity: remainder,
    targetQuantity: sizing.targetUnits,
    ledger,
    floor: floor === null ? null : planMoney(floor, ctx.currency),
    cap: cap === null ? null : planMoney(cap, ctx.currency),
    breakeven: breakeven === null ? null : breakeven.toNumber(),
    residualRisk: { description: `${spec.residual} ${remainderText(ctx, remainder)}`.trim() },
    payoff,
    valuation: { quantity: ctx.quantity, spot: ctx.spot, r: ctx.r, q: ctx.q, volAnnual: ctx.vol, exercise: ctx.exercise },
    common: {
      contracts: sizing.contracts,
      hedgeRatio: ctx.hedgeRatio,
      netPremiumPerUnit: finite(netPerUnit.toNumber()),
      costPerUnitHeld: finite(ledger.totalCost.amount.dividedBy(Math.abs(ctx.quantity)).toNumber()),
      // For a short the "upside" is a fall: the share of the gain below the lowest strike that is kept.
      upsideKept: finite((ctx.quantity < 0 ? initialSlope(profile) : finalSlope(profile)).dividedBy(ctx.quantity).toNumber()),
      hedgedDelta: finite(hedgedDelta),
    },
  };
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

function remainderText(ctx: OptionContext, remainder: number): string {
  if (remainder > 0) return `${remainder} of the ${ctx.sizing.targetUnits} units asked for are left unhedged (whole contracts).`;
  if (remainder < 0) return `Rounding up covers ${-remainder} units more than asked for.`;
  return '';
}
