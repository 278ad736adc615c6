/**
 * FX forward by covered interest parity (Hull, "Options, Futures, and Other Derivatives", 11th
 * ed., §5.10, eq. 5.9): F = S·e^{(rd−rf)T}; with simple (money-market) rates F = S·(1+rd·T)/(1+rf·T).
 * Quotes are domestic per one unit of foreign. The target is the foreign amount: quantity < 0 a
 * payable (an importer owing USD), > 0 a receivable; price = spot; currency = domestic; symbol =
 * the foreign currency's code.
 */
import { fromModel, multiply, roundMoney } from '../money';
import type { Money } from '../money';
import { failAll, guard, ok } from '../result';
import type { Result } from '../result';
import { checkCurrency, checkNumber, collectErrors, isRecord } from '../validate';
import type { TargetPosition } from './inputs';
import { asTarget, checkTarget, finiteMetrics, priceRangeAround, protectedValue } from './linear-legs';
import { buildLedger } from './plan';
import type { HedgePlan, LedgerLine } from './plan';
import { labelTenor } from './label';

export type Compounding = 'continuous' | 'simple';

export interface FxForwardInput {
  readonly target: TargetPosition;
  /** Domestic rate for the tenor, annual, decimal. */
  readonly rDomestic: number;
  /** Foreign rate for the tenor, annual, decimal. */
  readonly rForeign: number;
  readonly tenorYears: number;
  /** How rDomestic and rForeign compound; default 'continuous'. */
  readonly compounding?: Compounding;
  /** The bank's forward quote, domestic per foreign, when the user has one. */
  readonly bankForward?: number;
}

export interface FxForwardPlan extends HedgePlan {
  /** Foreign amount × the rate used (bank quote, else parity), signed like the target: a payable is negative. */
  readonly lockedValue: Money;
}

/**
 * Forward rate by covered interest parity, domestic per foreign (Hull eq. 5.9 / its simple-rate
 * form). Total on plain data: arguments that are not finite numbers, or that give no finite
 * positive forward (e.g. 1 + r·t ≤ 0 with simple interest), give 0.
 */
export function parityForward(spot: number, rDomestic: number, rForeign: number, tenorYears: number, compounding: Compounding = 'continuous'): number {
  if (![spot, rDomestic, rForeign, tenorYears].every((x) => typeof x === 'number' && Number.isFinite(x))) return 0;
  const forward = compounding === 'simple'
    ? (spot * (1 + rDomestic * tenorYears)) / (1 + rForeign * tenorYears)
    : spot * Math.exp((rDomestic - rForeign) * tenorYears);
  return Number.isFinite(forward) && forward > 0 ? forward : 0;
}

function validate(input: unknown): ReturnType<typeof collectErrors> {
  if (!isRecord(input)) return [{ field: 'input', message: 'Enter the FX forward details.' }];
  const errors = collectErrors(
    checkTarget('target', input.target),
    isRecord(input.target) ? checkCurrency('target.symbol', input.target.symbol) : null,
    checkNumber('rDomestic', input.rDomestic, { gt: -1, max: 10 }),
    checkNumber('rForeign', input.rForeign, { gt: -1, max: 10 }),
    checkNumber('tenorYears', input.tenorYears, { min: 0, max: 50 }),
    checkNumber('bankForward', input.bankForward, { gt: 0, optional: true }),
  );
  if (input.compounding !== undefined && input.compounding !== 'continuous' && input.compounding !== 'simple') {
    errors.push({ field: 'compounding', message: "Choose 'continuous' or 'simple'." });
  }
  if (errors.length === 0 && input.compounding === 'simple') {
    const t = input.tenorYears as number;
    if (1 + (input.rForeign as number) * t <= 0) errors.push({ field: 'rForeign', message: 'With simple interest, 1 + rate × years must be positive.' });
    if (1 + (input.rDomestic as number) * t <= 0) errors.push({ field: 'rDomestic', message: 'With simple interest, 1 + rate × years must be positive.' });
  }
  return errors;
}

/**
 * Locks a foreign payable's cost (or a receivable's value) with a forward: parity rate, forward
 * points F − S, the bank's markup over parity (for a buyer of foreign: bank − parity; for a
 * seller: parity − bank; positive = the bank's margin), ledger lines explaining the difference
 * from today's spot. The hedged payoff is flat: foreign amount × rate used; the ledger is not
 * subtracted again because the forward points are inside that rate.
 */
export function planFxForward(input: FxForwardInput): Result<FxForwardPlan> {
  const errors = validate(input);
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => ok(buildPlan(input)));
}

function buildPlan(input: FxForwardInput): FxForwardPlan {
  const t = asTarget(input.target);
  const dom = t.currency;
  const q = t.quantity;
  const units = Math.abs(q);
  const buyer = q < 0;
  const parity = parityForward(t.price, input.rDomestic, input.rForeign, input.tenorYears, input.compounding ?? 'continuous');
  const used = input.bankForward ?? parity;
  const markup = input.bankForward === undefined ? 0 : buyer ? input.bankForward - parity : parity - input.bankForward;
  const points = parity - t.price;
  // Cost relative to converting at today's spot: a buyer pays the points, a seller receives them.
  const lines: LedgerLine[] = [
    { kind: 'forward-points', nature: 'cost', label: `Forward points at parity: ${units} ${t.symbol} × ${points.toFixed(6)}`, amount: multiply(fromModel(buyer ? points : -points, dom), units) },
  ];
  if (input.bankForward !== undefined) {
    lines.push({ kind: 'financing', nature: 'cost', label: `Bank markup over parity: ${units} ${t.symbol} × ${markup.toFixed(6)}`, amount: multiply(fromModel(markup, dom), units) });
  }
  const ledger = buildLedger(dom, lines, protectedValue(units, t.price, dom));
  const lockedValue = roundMoney(multiply(fromModel(used, dom), q));
  return {
    kind: 'fx-forward',
    label: `${buyer ? 'Buy' : 'Sell'} ${units} ${t.symbol} forward at ${used.toFixed(6)} ${dom} per ${t.symbol}`,
    legs: [{ instrument: `${t.symbol} forward, ${labelTenor(input.tenorYears)} (${dom} per ${t.symbol})`, side: buyer ? 'buy' : 'sell', contracts: units, contractSize: 1, unitPrice: used, expiryYears: input.tenorYears }],
    hedgedQuantity: units,
    unhedgedQuantity: 0,
    targetQuantity: units,
    ledger,
    floor: lockedValue,
    cap: lockedValue,
    breakeven: null,
    residualRisk: { description: 'None on the rate: the forward fixes it. The bank must deliver (counterparty risk), and the date is fixed.', volAnnual: 0 },
    payoff: { priceRange: priceRangeAround(t.price), unhedged: (s: number) => q * s, hedged: () => q * used },
    metrics: finiteMetrics({
      parityForward: parity, forwardPoints: points, rateUsed: used,
      ...(input.bankForward !== undefined ? { bankForward: input.bankForward, impliedMarkup: markup, impliedMarkupFraction: markup / parity, impliedMarkupAmount: markup * units } : {}),
    }),
    lockedValue,
  };
}
