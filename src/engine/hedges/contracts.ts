/**
 * Whole-contract sizing shared by every hedge that trades in lots (option contracts, futures,
 * round lots of shares): how many contracts cover the units asked for, and what is left over.
 * Counting is done in Decimal so 0.3 × 1,000 units is exactly 300, never 299.99999999999997.
 */
import { Decimal } from '../money';
import type { FieldError } from '../result';

/** How a fractional contract count becomes whole: toward zero, half-up to nearest, or away from zero. */
export type ContractRounding = 'down' | 'nearest' | 'up';

export const CONTRACT_ROUNDINGS: readonly ContractRounding[] = ['down', 'nearest', 'up'];

export interface ContractSizing {
  /** Whole contracts (>= 0). */
  readonly contracts: number;
  /** Units covered: contracts × contractSize. */
  readonly hedgedUnits: number;
  /** Units asked for minus units covered: > 0 under-hedged, < 0 over-hedged (rounded up). */
  readonly remainderUnits: number;
  /** Units asked for (the input). */
  readonly targetUnits: number;
}

const MODE = { down: Decimal.ROUND_DOWN, nearest: Decimal.ROUND_HALF_UP, up: Decimal.ROUND_UP } as const;

/**
 * Whole contracts covering `targetUnits` (underlying units, >= 0) with `contractSize` units per
 * contract (> 0): contracts = round(targetUnits / contractSize) by `mode`; remainder = target − covered.
 * Example: 1,250 shares, size 100 -> down 12 (remainder 50), nearest/up 13 (remainder −50).
 */
export function sizeWholeContracts(targetUnits: number, contractSize: number, mode: ContractRounding): ContractSizing {
  const target = new Decimal(targetUnits);
  const size = new Decimal(contractSize);
  const contracts = target.dividedBy(size).toDecimalPlaces(0, MODE[mode]);
  const hedged = contracts.times(size);
  return {
    contracts: contracts.toNumber(),
    hedgedUnits: hedged.toNumber(),
    remainderUnits: target.minus(hedged).toNumber(),
    targetUnits,
  };
}

/** Checks an optional rounding mode from untrusted data; undefined is allowed (caller defaults it). */
export function checkRounding(field: string, value: unknown): FieldError | null {
  if (value === undefined) return null;
  return CONTRACT_ROUNDINGS.includes(value as ContractRounding)
    ? null
    : { field, message: 'Choose how to round to whole contracts: down, nearest or up.' };
}
