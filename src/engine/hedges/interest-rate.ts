/**
 * Interest-rate futures hedge of a bond portfolio (Hull, "Options, Futures, and Other
 * Derivatives", 11th ed., §6.4): duration-based N* = P·DP/(VF·DF) (eq. 6.3; Example 6.6: 79
 * T-bond contracts), or the DV01 form N = DV01_P/DV01_F. The payoff's x-axis is NOT a price:
 * `s` is a parallel shift of yields Δy (decimal, 0.01 = +100 bp) and payoff.priceRange is a range
 * of shifts; values use the duration (first-order) approximation ΔP = −P·D·Δy.
 * Swaps: ./rate-swap.ts; a loan's rate lock with rate futures: ./rate-lock.ts.
 */
import { failAll, guard, ok } from '../result';
import type { Result } from '../result';
import { checkCurrency, checkNumber, collectErrors, isRecord } from '../validate';
import { checkRounding, sizeWholeContracts } from './contracts';
import type { ContractRounding } from './contracts';
import type { ContractFees } from './inputs';
import { checkFees, checkOptionalDecimalText, contractFeeLines, costAsNumber, finiteMetrics, marginLines, protectedValue } from './linear-legs';
import { buildLedger } from './plan';
import type { HedgePlan } from './plan';

export type RateSizing =
  /** futuresQuote per 100 of face (93-02 = 93.0625); contractFaceValue e.g. 100,000; durations in years. */
  | { readonly method: 'duration'; readonly portfolioDuration: number; readonly futuresQuote: number; readonly contractFaceValue: number; readonly futuresDuration: number }
  /** Value change per 1 bp fall in yields: the whole portfolio's, one contract's; contractValue (optional) for margin stress. */
  | { readonly method: 'dv01'; readonly portfolioDv01: number; readonly futuresDv01: number; readonly contractValue?: number };

export interface RateFuturesInput {
  /** Value of the bond portfolio (P); negative for a liability (hedged by buying futures). */
  readonly portfolioValue: number;
  readonly currency: string;
  readonly sizing: RateSizing;
  readonly rounding?: ContractRounding;
  readonly fees?: ContractFees;
  readonly initialMarginPerContract?: string;
  /** Fractional adverse move of the futures price for the variation-margin stress line. */
  readonly stressMove?: number;
  readonly instrument?: string;
}

/** Duration-based contract count N* = P·DP/(VF·DF), VF = quote/100 × face (Hull eq. 6.3). */
export function durationHedgeContracts(portfolioValue: number, portfolioDuration: number, futuresQuote: number, contractFaceValue: number, futuresDuration: number): number {
  const vf = (futuresQuote / 100) * contractFaceValue;
  return (Math.abs(portfolioValue) * portfolioDuration) / (vf * futuresDuration);
}

function checkSizing(value: unknown): ReturnType<typeof collectErrors> {
  if (!isRecord(value)) return [{ field: 'sizing', message: "Choose 'duration' or 'dv01' sizing." }];
  if (value.method === 'duration') {
    return collectErrors(
      checkNumber('sizing.portfolioDuration', value.portfolioDuration, { gt: 0, max: 100 }),
      checkNumber('sizing.futuresQuote', value.futuresQuote, { gt: 0 }),
      checkNumber('sizing.contractFaceValue', value.contractFaceValue, { gt: 0 }),
      checkNumber('sizing.futuresDuration', value.futuresDuration, { gt: 0, max: 100 }),
    );
  }
  if (value.method === 'dv01') {
    return collectErrors(
      checkNumber('sizing.portfolioDv01', value.portfolioDv01, { gt: 0 }),
      checkNumber('sizing.futuresDv01', value.futuresDv01, { gt: 0 }),
      checkNumber('sizing.contractValue', value.contractValue, { gt: 0, optional: true }),
    );
  }
  return [{ field: 'sizing.method', message: "Choose 'duration' or 'dv01'." }];
}

/** Sizes a duration or DV01 hedge with interest-rate futures; field errors for bad input. */
export function planRateFutures(input: RateFuturesInput): Result<HedgePlan> {
  if (!isRecord(input)) return failAll([{ field: 'input', message: 'Enter the bond portfolio and futures details.' }]);
  const errors = collectErrors(
    checkNumber('portfolioValue', input.portfolioValue),
    checkCurrency('currency', input.currency),
    checkSizing(input.sizing),
    checkRounding('rounding', input.rounding),
    checkFees('fees', input.fees),
    checkOptionalDecimalText('initialMarginPerContract', input.initialMarginPerContract),
    checkNumber('stressMove', input.stressMove, { min: 0, max: 1, optional: true }),
  );
  if (errors.length === 0 && input.portfolioValue === 0) errors.push({ field: 'portfolioValue', message: 'Enter a value other than zero.' });
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => ok(buildPlan(input)));
}

function buildPlan(input: RateFuturesInput): HedgePlan {
  const { sizing, currency: ccy } = input;
  const p = input.portfolioValue;
  // Sensitivities per unit Δy (value change when yields rise by 1.00): portfolio and one contract.
  const dv01P = sizing.method === 'duration' ? p * sizing.portfolioDuration : Math.sign(p) * sizing.portfolioDv01 * 1e4;
  const vf = sizing.method === 'duration' ? (sizing.futuresQuote / 100) * sizing.contractFaceValue : sizing.contractValue;
  const perContract = sizing.method === 'duration' ? (vf as number) * sizing.futuresDuration : sizing.futuresDv01 * 1e4;
  const exact = Math.abs(dv01P) / perContract;
  const n = sizeWholeContracts(exact, 1, input.rounding ?? 'nearest').contracts;
  const sell = p > 0; // long bonds lose when yields rise: short futures gain then
  const futContracts = (sell ? -1 : 1) * n;
  const lines = [
    ...contractFeeLines(input.fees, n, ccy, 'contracts'),
    ...marginLines({ initialMarginPerContract: input.initialMarginPerContract, stressMove: vf === undefined ? undefined : input.stressMove, contracts: n, notionalPerContract: vf ?? 0 }, ccy),
  ];
  const ledger = buildLedger(ccy, lines, protectedValue(p, 1, ccy));
  const cost = costAsNumber(lines);
  const unhedged = (dy: number) => p - dv01P * dy;
  const hedged = (dy: number) => unhedged(dy) - futContracts * perContract * dy - cost;
  const netSensitivity = dv01P + futContracts * perContract;
  return {
    kind: 'rate-futures',
    label: `${sell ? 'Short' : 'Long'} ${n} interest-rate futures (${sizing.method === 'duration' ? 'duration' : 'DV01'} hedge)`,
    legs: [{ instrument: input.instrument ?? 'Interest-rate futures', side: sell ? 'sell' : 'buy', contracts: n, contractSize: 1, unitPrice: vf ?? 0 }],
    hedgedQuantity: n,
    unhedgedQuantity: exact - n,
    targetQuantity: exact,
    ledger,
    floor: null,
    cap: null,
    breakeven: null,
    residualRisk: { description: 'Only parallel shifts of the yield curve are hedged, to first order; curve twists, convexity and a change of cheapest-to-deliver bond are not.' },
    payoff: { priceRange: [-0.02, 0.02], unhedged, hedged },
    metrics: finiteMetrics({ contracts: n, exactContracts: exact, contractValue: vf ?? Number.NaN, valueChangePerBpUnhedged: -dv01P * 1e-4, valueChangePerBpHedged: -netSensitivity * 1e-4 }),
  };
}
