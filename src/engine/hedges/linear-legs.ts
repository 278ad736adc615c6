/**
 * Shared pieces of the linear hedges (futures, cross, beta, rate futures): validation of the
 * common fields, per-contract fee and margin ledger lines, and the ±move scenario table. Whole-
 * contract rounding itself lives in ./contracts (shared with the option hedges).
 */
import { Decimal, fromModel, money, multiply, zero } from '../money';
import type { Money } from '../money';
import type { FieldError } from '../result';
import { checkCurrency, checkDecimalText, checkNumber, collectErrors, decimalFromText, isRecord } from '../validate';
import type { ContractFees, TargetPosition } from './inputs';
import type { LedgerLine, Payoff } from './plan';

/** Checks optional per-contract fees (decimal text >= 0); undefined means no fees. */
export function checkFees(field: string, fees: unknown): FieldError[] {
  if (fees === undefined) return [];
  if (!isRecord(fees)) return [{ field, message: 'Enter the fees per contract.' }];
  return collectErrors(
    checkDecimalText(`${field}.commissionPerContract`, fees.commissionPerContract),
    checkDecimalText(`${field}.exchangeFeePerContract`, fees.exchangeFeePerContract),
  );
}

/** Checks an optional amount typed as decimal text (>= 0); undefined is allowed. */
export function checkOptionalDecimalText(field: string, value: unknown): FieldError | null {
  return value === undefined ? null : checkDecimalText(field, value);
}

/** Checks an optional boolean. */
export function checkOptionalBoolean(field: string, value: unknown): FieldError | null {
  return value === undefined || typeof value === 'boolean' ? null : { field, message: 'Choose yes or no.' };
}

/**
 * Checks the target fields a linear hedge reads: quantity (non-zero, signed), price (> 0),
 * currency; volatility, dividend yield and beta only when present.
 */
export function checkTarget(field: string, target: unknown): FieldError[] {
  if (!isRecord(target)) return [{ field, message: 'Describe the position to hedge.' }];
  const errors = collectErrors(
    checkNumber(`${field}.quantity`, target.quantity),
    checkNumber(`${field}.price`, target.price, { gt: 0 }),
    checkCurrency(`${field}.currency`, target.currency),
    checkNumber(`${field}.volAnnual`, target.volAnnual, { min: 0, max: 10, optional: true }),
    checkNumber(`${field}.dividendYield`, target.dividendYield, { min: -1, max: 1, optional: true }),
    checkNumber(`${field}.beta`, target.beta, { min: -20, max: 20, optional: true }),
  );
  if (target.symbol !== undefined && typeof target.symbol !== 'string') errors.push({ field: `${field}.symbol`, message: 'Enter a name for the position.' });
  if (errors.length === 0 && target.quantity === 0) errors.push({ field: `${field}.quantity`, message: 'Enter a quantity other than zero.' });
  return errors;
}

/** Validated target, narrowed after `checkTarget` returned no errors. */
export function asTarget(target: unknown): TargetPosition {
  return target as TargetPosition;
}

/** Commission and exchange-fee lines for `contracts` whole contracts (exact decimal; empty if no fees). */
export function contractFeeLines(fees: ContractFees | undefined, contracts: number, currency: string, what: string): LedgerLine[] {
  if (fees === undefined || contracts === 0) return [];
  const lines: LedgerLine[] = [];
  const commission = decimalFromText(fees.commissionPerContract);
  const exchange = decimalFromText(fees.exchangeFeePerContract);
  if (!commission.isZero()) {
    lines.push({ kind: 'commission', nature: 'cost', label: `Commission: ${contracts} ${what} × ${commission.toFixed()}`, amount: multiply(money(commission, currency), contracts) });
  }
  if (!exchange.isZero()) {
    lines.push({ kind: 'exchange-fee', nature: 'cost', label: `Exchange fees: ${contracts} ${what} × ${exchange.toFixed()}`, amount: multiply(money(exchange, currency), contracts) });
  }
  return lines;
}

export interface MarginSpec {
  /** Initial margin per contract, decimal text; undefined = none entered. */
  readonly initialMarginPerContract?: string;
  /** Fractional adverse move used for the variation-margin stress line (0.2 = 20 %); undefined/0 = none. */
  readonly stressMove?: number;
  readonly contracts: number;
  /** Units per contract × the futures price: one contract's notional, a model float. */
  readonly notionalPerContract: number;
}

/**
 * Margin lines, both `held` (cash tied up, returned later): initial margin = contracts × margin
 * per contract; stress variation margin = contracts × notional per contract × stress move
 * (the mark-to-market a move of that size against the hedge would call, Hull 11th ed. §2.4).
 */
export function marginLines(spec: MarginSpec, currency: string): LedgerLine[] {
  const lines: LedgerLine[] = [];
  if (spec.contracts === 0) return lines;
  if (spec.initialMarginPerContract !== undefined) {
    const perContract = decimalFromText(spec.initialMarginPerContract);
    if (!perContract.isZero()) {
      lines.push({ kind: 'initial-margin', nature: 'held', label: `Initial margin: ${spec.contracts} contracts × ${perContract.toFixed()}`, amount: multiply(money(perContract, currency), spec.contracts) });
    }
  }
  if (spec.stressMove !== undefined && spec.stressMove > 0) {
    const perContract = fromModel(spec.notionalPerContract * spec.stressMove, currency);
    lines.push({ kind: 'variation-margin', nature: 'held', label: `Variation margin if the price moves ${(spec.stressMove * 100).toFixed(1)} % against the hedge: ${spec.contracts} contracts`, amount: multiply(perContract, spec.contracts) });
  }
  return lines;
}

/** Protected value as Money: |units| × price (a model float crossing into money once). */
export function protectedValue(units: number, price: number, currency: string): Money {
  const v = Math.abs(units * price);
  return Number.isFinite(v) ? fromModel(v, currency) : zero(currency);
}

export interface ScenarioRow {
  /** Fractional price move (−0.2 = −20 %). */
  readonly move: number;
  readonly price: number;
  readonly unhedged: number;
  readonly hedged: number;
}

/** Value with and without the hedge after each fractional move of `basePrice` (default ±20 %). */
export function buildScenarioTable(payoff: Payoff, basePrice: number, moves: readonly number[] = [-0.2, 0, 0.2]): ScenarioRow[] {
  return moves.map((move) => {
    const price = basePrice * (1 + move);
    return { move, price, unhedged: payoff.unhedged(price), hedged: payoff.hedged(price) };
  });
}

/** The ±20 % scenario rows as named metrics, e.g. `scenarioDown20Hedged`. */
export function scenarioMetrics(payoff: Payoff, basePrice: number): Record<string, number> {
  const [down, , up] = buildScenarioTable(payoff, basePrice);
  if (down === undefined || up === undefined) return {};
  return { scenarioDown20Unhedged: down.unhedged, scenarioDown20Hedged: down.hedged, scenarioUp20Unhedged: up.unhedged, scenarioUp20Hedged: up.hedged };
}

/** Total of `cost` lines as a float, for subtracting from chart values (display boundary). */
export function costAsNumber(lines: readonly LedgerLine[]): number {
  let total = new Decimal(0);
  for (const l of lines) if (l.nature === 'cost') total = total.plus(l.amount.amount);
  return total.toNumber();
}

/** Drops non-finite metric values so an ok plan never carries NaN or ±Infinity. */
export function finiteMetrics(metrics: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(metrics)) if (Number.isFinite(v)) out[k] = v;
  return out;
}

/** A sensible plotting range around `price`: ±50 %, never below zero. */
export function priceRangeAround(price: number): readonly [number, number] {
  return [Math.max(0, price * 0.5), price * 1.5];
}
