/**
 * What is traded, as contract terms: how many underlying units one contract covers, what it costs
 * per contract, and how a fractional count becomes whole. Counting is done in Decimal from the
 * exact inputs (2,500 × 0.28 = 700 exactly, never 700.0000000000001), and rounded once.
 */
import { Decimal } from '../money';
import type { FieldError } from '../result';
import { Messages } from '../messages';
import { MAX_MAGNITUDE } from '../limits';

/** How a fractional contract count becomes whole: toward zero, half-up to nearest, or away from zero. */
export type ContractRounding = 'down' | 'nearest' | 'up';

export const CONTRACT_ROUNDINGS: readonly ContractRounding[] = ['down', 'nearest', 'up'];

/** Per-contract trading costs, as exact decimal text in the ledger currency (e.g. "0.65"). */
export interface ContractFees {
  readonly commissionPerContract: string;
  readonly exchangeFeePerContract: string;
}

export interface ContractSizing {
  /** Whole contracts (>= 0). */
  readonly contracts: number;
  /** The fractional count before rounding. */
  readonly exactContracts: number;
  /** Units covered: contracts × contractSize. */
  readonly hedgedUnits: number;
  /** Units asked for minus units covered: > 0 under-hedged, < 0 over-hedged (rounded up). */
  readonly remainderUnits: number;
  /** Units asked for (the input). */
  readonly targetUnits: number;
}

const MODE = { down: Decimal.ROUND_DOWN, nearest: Decimal.ROUND_HALF_UP, up: Decimal.ROUND_UP } as const;

/**
 * Whole contracts covering `targetUnits` (underlying units, >= 0; pass a Decimal built from the
 * exact inputs) with `contractSize` units per contract (> 0): contracts = round(target / size) by
 * `mode`; remainder = target − covered, all in Decimal.
 * Example: 1,250 shares, size 100 -> down 12 (remainder 50), nearest/up 13 (remainder −50).
 */
export function sizeWholeContracts(targetUnits: Decimal | number, contractSize: number, mode: ContractRounding): ContractSizing {
  // Total on plain data: an unreadable target, size or mode sizes nothing; a count beyond the
  // double range reads as ±Number.MAX_VALUE (so isTradable still refuses it), never ±Infinity.
  const target = targetUnits instanceof Decimal ? targetUnits : typeof targetUnits === 'number' ? new Decimal(targetUnits) : null;
  if (target === null || !target.isFinite() || typeof contractSize !== 'number' || !(contractSize > 0 && contractSize < Infinity) || !Object.hasOwn(MODE, mode)) {
    const units = target !== null && target.isFinite() ? bounded(target.toNumber()) : 0;
    return { contracts: 0, exactContracts: 0, hedgedUnits: 0, remainderUnits: units, targetUnits: units };
  }
  const size = new Decimal(contractSize);
  const exact = target.dividedBy(size);
  const contracts = exact.toDecimalPlaces(0, MODE[mode]);
  const hedged = contracts.times(size);
  return {
    contracts: bounded(contracts.toNumber()),
    exactContracts: bounded(exact.toNumber()),
    hedgedUnits: bounded(hedged.toNumber()),
    remainderUnits: bounded(target.minus(hedged).toNumber()),
    targetUnits: bounded(target.toNumber()),
  };
}

function bounded(x: number): number {
  return Number.isFinite(x) ? x : x > 0 ? Number.MAX_VALUE : x < 0 ? -Number.MAX_VALUE : 0;
}

/** Checks an optional rounding mode from untrusted data; undefined is allowed (caller defaults it). */
export function checkRounding(field: string, value: unknown): FieldError | null {
  if (value === undefined) return null;
  return CONTRACT_ROUNDINGS.includes(value as ContractRounding) ? null : { field, message: Messages.rounding };
}

/** True when the whole-contract count and the units it covers are numbers a market could trade. */
export function isTradable(sizing: ContractSizing): boolean {
  if (typeof sizing !== 'object' || sizing === null) return false;
  const { contracts, hedgedUnits, targetUnits } = sizing;
  // NaN fails every comparison: only numbers inside the limits pass.
  return contracts <= MAX_MAGNITUDE && Math.abs(hedgedUnits) <= MAX_MAGNITUDE && Math.abs(targetUnits) <= MAX_MAGNITUDE;
}

/** Terms of a listed futures contract, as the exchange publishes them. */
export interface ContractTerms {
  readonly name: string;
  /** Underlying units per contract. */
  readonly contractSize: number;
  readonly unit: string;
  /** Smallest price step, per unit, in the quote currency's major unit. */
  readonly tick: number;
}

/** CBOT Chicago SRW wheat (ZW): 5,000 bushels, tick 1/4 cent per bushel (CME Group contract specs). */
export const CBOT_WHEAT: ContractTerms = { name: 'CBOT Chicago SRW wheat', contractSize: 5000, unit: 'bushels', tick: 0.0025 };

/** CBOT mini-sized Chicago SRW wheat (XW/YW): 1,000 bushels, tick 1/8 cent per bushel (CME Group contract specs). */
export const CBOT_MINI_WHEAT: ContractTerms = { name: 'CBOT mini-sized Chicago SRW wheat', contractSize: 1000, unit: 'bushels', tick: 0.00125 };
