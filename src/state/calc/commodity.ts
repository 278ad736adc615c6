/** The bakery's (or a producer's) futures lock-in, from the commodity slice. */
import { planFutures, toNumber } from '../../engine';
import type { CommodityHedgeInput } from '../scenario';
import { fmt, pct } from './explain';
import type { Explanation } from './explain';
import { createReader, daysToYears, placeEngineErrors } from './reader';
import type { ModeResult } from './types';

const FIELD_MAP: Readonly<Record<string, string>> = {
  'target.quantity': 'commodity.quantity',
  'target.price': 'commodity.spotPrice',
  'target.currency': 'commodity.currency',
  'market.futuresPrice': 'commodity.futuresPrice',
  'sizing.contractSize': 'commodity.contractSize',
  'fees.commissionPerContract': 'commodity.commission',
  'fees.exchangeFeePerContract': 'commodity.exchangeFee',
  'margin.initialPerContract': 'commodity.initialMargin',
  'margin.stressMove': 'commodity.stressMove',
  'market.expectedBasis': 'commodity.basis',
};

const HULL_FUTURES = 'Hull, Options, Futures, and Other Derivatives, ch. 3 (hedging strategies using futures)';

export function calculateCommodity(c: CommodityHedgeInput): ModeResult {
  const read = createReader('commodity');
  const quantity = read.num('quantity', c.quantity, { gt: 0 });
  const spot = read.num('spotPrice', c.spotPrice, { gt: 0 });
  const futuresPrice = read.num('futuresPrice', c.futuresPrice, { gt: 0 });
  const contractSize = read.num('contractSize', c.contractSize, { gt: 0 });
  const days = read.num('tenorDays', c.tenorDays, { gt: 0, max: 36500 });
  // The rate is still checked as typed; the tailed count (Hull eq. 3.3, N* = h·V_A/V_F) does not use it.
  read.num('rate', c.rate, { percent: true, min: -100, max: 100 });
  const stress = read.num('stressMove', c.stressMove, { percent: true, min: 0, max: 100 });
  const basis = read.optionalNum('basis', c.basis) ?? 0;
  const fees = { commissionPerContract: read.money('commission', c.commission), exchangeFeePerContract: read.money('exchangeFee', c.exchangeFee) };
  const initialMargin = read.money('initialMargin', c.initialMargin);
  const base = {
    mode: 'commodity' as const,
    currency: c.currency,
    spot: Number.isFinite(spot) ? spot : null,
    xLabel: `${c.commodity} price at the horizon (${c.currency} per ${c.unit})`,
    xName: 'Price',
    xIsRate: false,
    restOfPortfolioValue: 0,
    horizonYears: Number.isFinite(days) ? daysToYears(days) : null,
  };
  if (read.hasErrors()) return { ...base, hedges: [], fieldErrors: read.errors };

  const signedQuantity = c.side === 'buyer' ? -quantity : quantity;
  const result = planFutures({
    target: { symbol: c.commodity, quantity: signedQuantity, price: spot, currency: c.currency, volAnnual: 0, dividendYield: 0 },
    market: { futuresPrice, expectedBasis: basis },
    sizing: { contractSize, rounding: c.rounding },
    fees,
    margin: { initialPerContract: initialMargin, stressMove: stress },
    tailing: c.tailing,
    instrument: `${c.commodity} futures`,
  });
  const fieldErrors = { ...read.errors };
  if (!result.ok) {
    const general = placeEngineErrors(result.errors, FIELD_MAP, fieldErrors);
    return { ...base, fieldErrors, hedges: [{ id: 'futures', name: 'Futures lock-in', plan: null, errors: general, explanations: {} }] };
  }
  const plan = result.value;
  const exact = plan.extras.exactContracts;
  const explanations: Record<string, Explanation> = {
    contracts: {
      title: 'Number of futures contracts',
      formula: c.tailing ? 'N* = h·V_A/V_F = h·(Q·S)/(F·size), rounded to whole contracts' : 'N* = h·Q / contract size, rounded to whole contracts',
      substituted: c.tailing
        ? `N* = (${fmt(quantity)} × ${fmt(spot)}) / (${fmt(futuresPrice)} × ${fmt(contractSize)}) = ${fmt(exact)} → ${plan.legs[0]?.contracts ?? 0} (${c.rounding}); unhedged ${fmt(plan.unhedgedQuantity)} ${c.unit} of futures`
        : `N* = ${fmt(quantity)} ${c.unit} / ${fmt(contractSize)} ${c.unit} = ${fmt(exact)} → ${plan.legs[0]?.contracts ?? 0} (${c.rounding}); unhedged ${fmt(plan.unhedgedQuantity)} ${c.unit}`,
      source: `${HULL_FUTURES}, §3.4 (optimal number of contracts, eq. 3.2; tailing the hedge, eq. 3.3)`,
    },
    lockedPrice: {
      title: 'Locked-in price',
      formula: 'Effective price = F₁ + b₂, where b₂ = spot − futures at close-out (the basis)',
      substituted: `${fmt(futuresPrice)} + ${fmt(basis)} = ${fmt(plan.extras.lockedPrice)} ${c.currency} per ${c.unit}`,
      source: `${HULL_FUTURES}, §3.3 (basis risk)`,
    },
    margin: {
      title: 'Margin cash needed',
      formula: 'Initial margin × contracts + variation margin for a stress move = contracts × size × F × move',
      substituted: `held in total: ${fmt(toNumber(plan.ledger.totalHeld), 2)} ${c.currency} (stress move ${pct(stress, 0)})`,
      source: `${HULL_FUTURES.replace('ch. 3 (hedging strategies using futures)', 'ch. 2 (margin accounts)')}`,
    },
  };
  return { ...base, fieldErrors, hedges: [{ id: 'futures', name: 'Futures lock-in', plan, errors: [], explanations }] };
}
