/**
 * Interest-rate futures hedge of a bond portfolio (Hull, "Options, Futures, and Other
 * Derivatives", 11th ed., §6.4): duration-based N* = P·DP/(VF·DF) (eq. 6.3; Example 6.6: 79
 * T-bond contracts), VF = quote/100 × face, or the DV01 form N = DV01_P/DV01_F. The payoff's x-axis
 * is a parallel shift of yields Δy (decimal, 0.01 = +100 bp); values use the duration (first-order)
 * approximation ΔP = −P·D·Δy. Swaps: ./rate-swap.ts; a loan's rate lock: ./rate-lock.ts.
 */
import { Decimal } from '../money';
import { fail, failAll, guard } from '../result';
import type { Result } from '../result';
import { checkNumber, collectErrors, isRecord, MAX_MAGNITUDE } from '../validate';
import { sizeWholeContracts } from '../instruments/contracts';
import type { AmountTarget, ContractFees, MarginInput, SizingInput } from './inputs';
import { asRecord, checkAmountTarget, checkFees, checkMargin, checkMarket, checkSizing, group } from './input-check';
import { contractFeeLines, costAsNumber, finiteOr0, finiteOrNull, marginLines, protectedValue } from './linear-legs';
import { rateAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger } from './plan';
import type { PlanOf } from './plan';
import { Messages } from '../messages';

export type RateSensitivity =
  /** Durations in years. */
  | { readonly method: 'duration'; readonly portfolioDuration: number; readonly futuresDuration: number }
  /** Value change per 1 bp fall in yields: the whole portfolio's, one contract's. */
  | { readonly method: 'dv01'; readonly portfolioDv01: number; readonly futuresDv01: number };

export interface RateFuturesInput {
  /** amount = value of the bond portfolio (P); negative for a liability (hedged by buying futures). */
  readonly target: AmountTarget;
  /** futuresQuote per 100 of face (93-02 = 93.0625): required for 'duration', optional for 'dv01' (margin stress). */
  readonly market: { readonly futuresQuote?: number };
  /** contractSize = face value per contract (e.g. 100,000), required; rounding default 'nearest'. */
  readonly sizing: SizingInput;
  readonly sensitivity: RateSensitivity;
  readonly fees?: ContractFees;
  readonly margin?: MarginInput;
  readonly instrument?: string;
}

/** Duration-based contract count N* = P·DP/(VF·DF), VF = quote/100 × face (Hull eq. 6.3). */
export function durationHedgeContracts(portfolioValue: number, portfolioDuration: number, futuresQuote: number, contractFaceValue: number, futuresDuration: number): number {
  const vf = (futuresQuote / 100) * contractFaceValue;
  return (Math.abs(portfolioValue) * portfolioDuration) / (vf * futuresDuration);
}

function checkSensitivity(value: unknown) {
  if (!isRecord(value)) return [{ field: 'sensitivity', message: Messages.sensitivity }];
  if (value.method === 'duration') {
    return collectErrors(
      checkNumber('sensitivity.portfolioDuration', value.portfolioDuration, { gt: 0, max: 100 }),
      checkNumber('sensitivity.futuresDuration', value.futuresDuration, { gt: 0, max: 100 }),
    );
  }
  if (value.method === 'dv01') {
    return collectErrors(
      checkNumber('sensitivity.portfolioDv01', value.portfolioDv01, { gt: 0 }),
      checkNumber('sensitivity.futuresDv01', value.futuresDv01, { gt: 0 }),
    );
  }
  return [{ field: 'sensitivity.method', message: Messages.sensitivity }];
}

/** Sizes a duration or DV01 hedge with interest-rate futures; field errors for bad input. */
export function planRateFutures(input: RateFuturesInput): Result<PlanOf<'rate-futures'>> {
  const raw = asRecord(input);
  const duration = isRecord(raw.sensitivity) && raw.sensitivity.method === 'duration';
  const errors = collectErrors(
    checkAmountTarget(raw.target, false),
    checkMarket(raw, { futuresQuote: { gt: 0, max: 1000, optional: !duration } }),
    checkSizing(raw, { contractSize: 'required', hedgeRatio: false }),
    checkSensitivity(raw.sensitivity),
    checkFees(raw),
    checkMargin(raw),
  );
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => {
    const plan = buildPlan(input, group(raw, 'market').futuresQuote as number | undefined);
    return plan.extras.contracts <= MAX_MAGNITUDE ? finishPlan(plan, 'input') : fail('sizing.contractSize', Messages.tooMany);
  });
}

function buildPlan(input: RateFuturesInput, quote: number | undefined): PlanOf<'rate-futures'> {
  const { sensitivity: sens, target } = input;
  const ccy = target.currency;
  const p = target.amount;
  const face = input.sizing.contractSize as number;
  // Sensitivities per unit Δy (value change when yields rise by 1.00): portfolio and one contract.
  const vf = quote === undefined ? null : new Decimal(quote).dividedBy(100).times(face);
  const dv01P = sens.method === 'duration' ? p * sens.portfolioDuration : Math.sign(p) * sens.portfolioDv01 * 1e4;
  const perContract = sens.method === 'duration' ? (vf as Decimal).toNumber() * sens.futuresDuration : sens.futuresDv01 * 1e4;
  const exact = sens.method === 'duration'
    ? new Decimal(p).abs().times(sens.portfolioDuration).dividedBy((vf as Decimal).times(sens.futuresDuration))
    : new Decimal(sens.portfolioDv01).dividedBy(sens.futuresDv01);
  const sizing = sizeWholeContracts(exact.times(face), face, input.sizing.rounding ?? 'nearest');
  const n = sizing.contracts;
  const sell = p > 0; // long bonds lose when yields rise: short futures gain then
  const futContracts = (sell ? -1 : 1) * n;
  const lines = [...contractFeeLines(input.fees, n, ccy, 'contracts'), ...marginLines(input.margin, n, vf, ccy)];
  const ledger = buildLedger(ccy, lines, protectedValue(p, 1, ccy));
  const cost = costAsNumber(lines);
  const unhedged = (dy: number) => p - dv01P * dy;
  const hedged = (dy: number) => unhedged(dy) - futContracts * perContract * dy - cost;
  const netSensitivity = dv01P + futContracts * perContract;
  return {
    kind: 'rate-futures',
    label: `${sell ? 'Short' : 'Long'} ${n} interest-rate futures (${sens.method === 'duration' ? 'duration' : 'DV01'} hedge)`,
    axis: rateAxis('yield-shift', 'Parallel shift of yields', 0, 0.02),
    legs: [{ instrument: input.instrument ?? 'Interest-rate futures', side: sell ? 'sell' : 'buy', contracts: n, contractSize: face, unitPrice: quote ?? 0 }],
    targetQuantity: sizing.targetUnits,
    hedgedQuantity: sizing.hedgedUnits,
    unhedgedQuantity: sizing.remainderUnits,
    ledger,
    floor: null,
    cap: null,
    breakeven: null,
    residualRisk: { description: 'Only parallel shifts of the yield curve are hedged, to first order; curve twists, convexity and a change of cheapest-to-deliver bond are not.' },
    payoff: { unhedged, hedged },
    extras: {
      contracts: n, exactContracts: sizing.exactContracts, contractValue: vf === null ? null : finiteOrNull(vf.toNumber()),
      valueChangePerBpUnhedged: finiteOr0(-dv01P * 1e-4), valueChangePerBpHedged: finiteOr0(-netSensitivity * 1e-4),
    },
  };
}
