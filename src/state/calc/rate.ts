/** The borrower's rate hedges: a futures strip locking the next reset, and a payer swap. */
import { planRateLock, planRateSwap } from '../../engine';
import type { RateHedgeInput } from '../scenario';
import { fmt, pct } from './explain';
import type { Explanation } from './explain';
import { createReader, placeEngineErrors } from './reader';
import type { HedgeResult, ModeResult } from './types';

const FIELD_MAP: Readonly<Record<string, string>> = {
  'target.amount': 'rate.principal',
  'target.currency': 'rate.currency',
  spread: 'rate.spread',
  loanSpread: 'rate.spread',
  accrualYears: 'rate.loanMonths',
  'market.tenorYears': 'rate.loanMonths',
  'market.futuresQuote': 'rate.futuresPrice',
  'market.floatingRate': 'rate.futuresPrice',
  valuePerBasisPoint: 'rate.bpValue',
  'fees.commissionPerContract': 'rate.commission',
  'margin.initialPerContract': 'rate.initialMargin',
  swapFixedRate: 'rate.swapRate',
};

const HULL_RATES = 'Hull, Options, Futures, and Other Derivatives, ch. 6 (interest rate futures: locking a rate with a strip)';
const HULL_SWAPS = 'Hull, Options, Futures, and Other Derivatives, ch. 7 (using a swap to transform a liability)';

export function calculateRate(x: RateHedgeInput): ModeResult {
  const read = createReader('rate');
  const principal = read.num('principal', x.principal, { gt: 0 });
  const resetMonths = read.num('resetMonths', x.resetMonths, { gt: 0, max: 600 });
  const loanMonths = read.num('loanMonths', x.loanMonths, { gt: 0, max: 120 });
  const quote = read.num('futuresPrice', x.futuresPrice, { gt: 50, max: 150 });
  const notional = read.optionalNum('contractNotional', x.contractNotional, { gt: 0 });
  const bpValue = read.money('bpValue', x.bpValue);
  const commission = read.money('commission', x.commission);
  const margin = read.money('initialMargin', x.initialMargin);
  const swapRate = read.num('swapRate', x.swapRate, { percent: true, min: -100, max: 100 });
  const spread = read.num('spread', x.spread, { percent: true, min: -100, max: 100 });
  const futuresRate = (100 - quote) / 100;
  const base = {
    mode: 'rate' as const,
    currency: x.currency,
    spot: Number.isFinite(quote) ? futuresRate : null,
    xLabel: 'Reference rate at the reset (%)',
    xName: 'Rate',
    xIsRate: true,
    restOfPortfolioValue: 0,
    horizonYears: Number.isFinite(resetMonths) ? resetMonths / 12 : null,
  };
  if (read.hasErrors()) return { ...base, hedges: [], fieldErrors: read.errors };

  const accrual = loanMonths / 12;
  const fieldErrors = { ...read.errors };
  const hedges: HedgeResult[] = [];
  const fees = { commissionPerContract: commission, exchangeFeePerContract: '0' };
  const loan = { symbol: 'Loan', amount: principal, currency: x.currency };
  const lock = planRateLock({ target: loan, market: { futuresQuote: quote }, sizing: { rounding: 'nearest' }, spread, accrualYears: accrual, valuePerBasisPoint: bpValue, fees, margin: { initialPerContract: margin } });
  if (lock.ok) {
    const explanations: Record<string, Explanation> = {
      contracts: {
        title: 'Rate futures contracts',
        formula: 'N = principal × accrual × 0.0001 / (value of 1 bp per contract)',
        substituted: `N = ${fmt(principal, 0)} × ${fmt(accrual, 4)} × 0.0001 / ${bpValue} = ${fmt(lock.value.extras.exactContracts, 2)} → ${lock.value.extras.contracts}${notional !== null ? ` (a 3-month contract on ${fmt(notional, 0)} moves ${fmt(notional * 0.0001 * 0.25, 2)} per bp)` : ''}`,
        source: HULL_RATES,
      },
      lockedRate: {
        title: 'Locked loan rate',
        formula: 'locked rate = (100 − futures price)/100 + loan spread',
        substituted: `(100 − ${fmt(quote, 3)})/100 + ${pct(spread)} = ${pct(lock.value.extras.lockedRate, 3)}`,
        source: HULL_RATES,
      },
    };
    hedges.push({ id: 'rate-lock', name: 'Rate futures lock', plan: lock.value, errors: [], explanations });
  } else {
    hedges.push({ id: 'rate-lock', name: 'Rate futures lock', plan: null, errors: placeEngineErrors(lock.errors, FIELD_MAP, fieldErrors), explanations: {} });
  }
  const swap = planRateSwap({ target: loan, market: { floatingRate: futuresRate, tenorYears: accrual }, loanSpread: spread, swapFixedRate: swapRate, accrualYears: accrual });
  if (swap.ok) {
    const explanations: Record<string, Explanation> = {
      allIn: {
        title: 'All-in fixed rate with the swap',
        formula: 'loan pays floating + spread; swap pays fixed, receives floating → fixed + spread',
        substituted: `${pct(swapRate, 3)} + ${pct(spread, 3)} = ${pct(swap.value.extras.allInFixedRate, 3)} on ${fmt(principal, 0)} ${x.currency}`,
        source: HULL_SWAPS,
      },
    };
    hedges.push({ id: 'rate-swap', name: 'Payer swap', plan: swap.value, errors: [], explanations });
  } else {
    hedges.push({ id: 'rate-swap', name: 'Payer swap', plan: null, errors: placeEngineErrors(swap.errors, FIELD_MAP, fieldErrors), explanations: {} });
  }
  return { ...base, fieldErrors, hedges };
}
