/**
 * FX forward by covered interest parity (Hull, "Options, Futures, and Other Derivatives", 11th
 * ed., §5.10, eq. 5.9): F = S·e^{(rd−rf)T}; with simple (money-market) rates F = S·(1+rd·T)/(1+rf·T).
 * Quotes are domestic per one unit of foreign. The target is the foreign amount: quantity < 0 a
 * payable (an importer owing USD), > 0 a receivable; price = spot; currency = domestic; symbol =
 * the foreign currency's code. The payoff's x-axis is the spot FX rate at the horizon.
 */
import { Decimal, fromModel, multiply } from '../money';
import { failAll, guard } from '../result';
import type { Result } from '../result';
import { checkCurrency, collectErrors, isRecord } from '../validate';
import type { SizingInput, TargetPosition } from './inputs';
import { asRecord, checkMarket, checkSizing, checkTarget, group } from './input-check';
import { finiteOr0, protectedValue } from './linear-legs';
import { levelAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger, planMoney } from './plan';
import type { LedgerLine, PlanOf } from './plan';
import { labelNumber, labelTenor } from './label';
import { Messages } from '../messages';

export type Compounding = 'continuous' | 'simple';

export interface FxForwardInput {
  readonly target: TargetPosition;
  readonly market: {
    /** Domestic rate for the tenor, annual, decimal. */
    readonly r: number;
    /** Foreign rate for the tenor, annual, decimal. */
    readonly rForeign: number;
    readonly tenorYears: number;
    /** How r and rForeign compound; default 'continuous'. */
    readonly compounding?: Compounding;
    /** The bank's forward quote, domestic per foreign, when the user has one. */
    readonly bankForward?: number;
  };
  /** hedgeRatio: share of the amount sold or bought forward, default 1 (at most 1). */
  readonly sizing?: SizingInput;
}

/** Forward rate by covered interest parity, domestic per foreign (Hull eq. 5.9 / its simple-rate form). */
export function parityForward(spot: number, rDomestic: number, rForeign: number, tenorYears: number, compounding: Compounding = 'continuous'): number {
  if (compounding === 'simple') return (spot * (1 + rDomestic * tenorYears)) / (1 + rForeign * tenorYears);
  return spot * Math.exp((rDomestic - rForeign) * tenorYears);
}

function validate(raw: Record<string, unknown>) {
  const m = group(raw, 'market');
  const errors = collectErrors(
    checkTarget(raw.target, { quantity: 'nonzero' }),
    isRecord(raw.target) ? checkCurrency('target.symbol', raw.target.symbol) : null,
    checkMarket(raw, { r: { gt: -1, max: 10 }, rForeign: { gt: -1, max: 10 }, tenorYears: { min: 0, max: 50 }, bankForward: { gt: 0, optional: true } }),
    checkSizing(raw, { contractSize: 'none', rounding: false, hedgeRatioMax: 1 }),
  );
  if (m.compounding !== undefined && m.compounding !== 'continuous' && m.compounding !== 'simple') errors.push({ field: 'market.compounding', message: Messages.compounding });
  if (errors.length === 0 && m.compounding === 'simple') {
    const t = m.tenorYears as number;
    if (1 + (m.rForeign as number) * t <= 0) errors.push({ field: 'market.rForeign', message: Messages.simpleRate });
    if (1 + (m.r as number) * t <= 0) errors.push({ field: 'market.r', message: Messages.simpleRate });
  }
  return errors.filter((e, i) => errors.findIndex((o) => o.field === e.field) === i);
}

/**
 * Locks a foreign payable's cost (or a receivable's value) with a forward on hedgeRatio × the
 * amount: parity rate, forward points F − S, the bank's markup over parity (for a buyer of foreign:
 * bank − parity; for a seller: parity − bank; positive = the bank's margin), ledger lines
 * explaining the difference from today's spot. The forward points are inside the rate used, so
 * the ledger is not subtracted again from the payoff.
 */
export function planFxForward(input: FxForwardInput): Result<PlanOf<'fx-forward'>> {
  const errors = validate(asRecord(input));
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => finishPlan(buildPlan(input), 'input'));
}

function buildPlan(input: FxForwardInput): PlanOf<'fx-forward'> {
  const t = input.target;
  const { r, rForeign, tenorYears, bankForward } = input.market;
  const dom = t.currency;
  const q = t.quantity;
  const h = input.sizing?.hedgeRatio ?? 1;
  const units = new Decimal(q).abs().times(new Decimal(h));
  const u = units.toNumber();
  const buyer = q < 0;
  const parity = parityForward(t.price, r, rForeign, tenorYears, input.market.compounding ?? 'continuous');
  const used = bankForward ?? parity;
  const markup = bankForward === undefined ? 0 : buyer ? bankForward - parity : parity - bankForward;
  const points = parity - t.price;
  const lines: LedgerLine[] = [
    { kind: 'forward-points', nature: 'cost', label: `Forward points at parity: ${labelNumber(u, 4)} ${t.symbol} × ${points.toFixed(6)}`, amount: multiply(fromModel(buyer ? points : -points, dom), units) },
  ];
  if (bankForward !== undefined) {
    lines.push({ kind: 'financing', nature: 'cost', label: `Bank markup over parity: ${labelNumber(u, 4)} ${t.symbol} × ${markup.toFixed(6)}`, amount: multiply(fromModel(markup, dom), units) });
  }
  const ledger = buildLedger(dom, lines, protectedValue(units, t.price, dom));
  const signedUnits = buyer ? units.negated() : units;
  const lockedExact = signedUnits.times(new Decimal(used));
  const lockedValue = planMoney(lockedExact, dom);
  const open = new Decimal(q).minus(signedUnits); // foreign amount left at the spot rate
  const lockedNum = lockedExact.toNumber();
  const openNum = open.toNumber();
  const pair = `${dom} per ${t.symbol}`;
  return {
    kind: 'fx-forward',
    label: `${buyer ? 'Buy' : 'Sell'} ${labelNumber(u, 4)} ${t.symbol} forward at ${used.toFixed(6)} ${pair}`,
    axis: levelAxis('fx-rate', `Spot rate at the horizon (${pair})`, pair, t.price),
    legs: [{ instrument: `${t.symbol} forward, ${labelTenor(tenorYears)} (${pair})`, side: buyer ? 'buy' : 'sell', contracts: u, contractSize: 1, unitPrice: used, expiryYears: tenorYears }],
    targetQuantity: u,
    hedgedQuantity: u,
    unhedgedQuantity: 0,
    ledger,
    floor: open.isNegative() ? null : lockedValue,
    cap: open.isPositive() ? null : lockedValue,
    breakeven: null,
    residualRisk: {
      description: open.isZero()
        ? 'None on the rate: the forward fixes it. The bank must deliver (counterparty risk), and the date is fixed.'
        : `${labelNumber(Math.abs(openNum), 4)} ${t.symbol} stay at the spot rate of the day. The bank must deliver (counterparty risk), and the date is fixed.`,
      volAnnual: finiteOr0(Math.abs(openNum / q) * t.volAnnual),
    },
    payoff: { unhedged: (s) => q * s, hedged: (s) => lockedNum + openNum * s },
    extras: {
      parityForward: parity, forwardPoints: points, rateUsed: used, lockedValue,
      bankQuote: bankForward === undefined ? null : { bankForward, impliedMarkup: markup, impliedMarkupFraction: markup / parity, impliedMarkupAmount: markup * u },
    },
  };
}
