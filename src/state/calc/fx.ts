/** The importer's (or exporter's) FX hedges: parity forward vs the bank's quote, and an FX option. */
import { planFxForward, planFxOption } from '../../engine';
import type { FxHedgeInput } from '../scenario';
import { fmt, pct } from './explain';
import type { Explanation } from './explain';
import { positionGreeks } from './greeks';
import type { PositionGreeks } from './greeks';
import { createReader, daysToYears, placeEngineErrors } from './reader';
import type { HedgeResult, ModeResult } from './types';

const FIELD_MAP: Readonly<Record<string, string>> = {
  'target.quantity': 'fx.amount',
  'target.price': 'fx.spot',
  'target.currency': 'fx.domestic',
  'target.volAnnual': 'fx.optionVol',
  'market.r': 'fx.domesticRate',
  'market.rForeign': 'fx.foreignRate',
  'market.tenorYears': 'fx.tenorDays',
  'market.bankForward': 'fx.bankForward',
  strike: 'fx.optionStrike',
  'fees.commissionPerContract': 'fx.optionFee',
};

/** The engine's 50-year limit, in the field's unit (calendar days). */
const MAX_DAYS_FX = 50 * 365;

const HULL_FX = 'Hull, Options, Futures, and Other Derivatives, ch. 5 (covered interest parity, eq. 5.9)';
const GK = 'Garman & Kohlhagen (1983); Hull, Options, Futures, and Other Derivatives, ch. 17 (options on currencies)';

export function calculateFx(f: FxHedgeInput): ModeResult {
  const read = createReader('fx');
  const amount = read.num('amount', f.amount, { gt: 0 });
  const spot = read.num('spot', f.spot, { gt: 0 });
  const rd = read.num('domesticRate', f.domesticRate, { percent: true, gt: -100, max: 100 });
  const rf = read.num('foreignRate', f.foreignRate, { percent: true, gt: -100, max: 100 });
  const days = read.num('tenorDays', f.tenorDays, { gt: 0, max: MAX_DAYS_FX });
  const bank = read.optionalNum('bankForward', f.bankForward, { gt: 0 });
  const strike = read.num('optionStrike', f.optionStrike, { gt: 0 });
  const vol = read.num('optionVol', f.optionVol, { percent: true, gt: 0, max: 1000 });
  const fee = read.money('optionFee', f.optionFee);
  const pair = `${f.domestic} per ${f.foreign}`;
  const base = {
    mode: 'fx' as const,
    currency: f.domestic,
    spot: Number.isFinite(spot) ? spot : null,
    xLabel: `Spot rate at the horizon (${pair})`,
    xName: 'Spot rate',
    xIsRate: false,
    restOfPortfolioValue: 0,
    horizonYears: Number.isFinite(days) ? daysToYears(days) : null,
  };
  if (read.hasErrors()) return { ...base, hedges: [], fieldErrors: read.errors };

  const t = daysToYears(days);
  const target = { symbol: f.foreign, quantity: f.side === 'payable' ? -amount : amount, price: spot, currency: f.domestic, volAnnual: vol, dividendYield: 0 };
  const fieldErrors = { ...read.errors };
  const hedges: HedgeResult[] = [];

  const fwd = planFxForward({ target, market: { r: rd, rForeign: rf, tenorYears: t, compounding: f.compounding, ...(bank !== null ? { bankForward: bank } : {}) } });
  if (fwd.ok) {
    const x = fwd.value.extras;
    const m = { parityForward: x.parityForward, ...x.bankQuote };
    const explanations: Record<string, Explanation> = {
      parityForward: {
        title: `Parity forward (${pair})`,
        formula: f.compounding === 'continuous' ? 'F = S·e^{(r_d − r_f)·T}' : 'F = S·(1 + r_d·T)/(1 + r_f·T)',
        substituted: `F = ${fmt(spot, 6)} × ${f.compounding === 'continuous' ? `e^{(${pct(rd)} − ${pct(rf)}) × ${fmt(t, 6)}}` : `(1 + ${pct(rd)} × ${fmt(t, 6)}) / (1 + ${pct(rf)} × ${fmt(t, 6)})`} = ${fmt(m.parityForward ?? Number.NaN, 6)}`,
        source: HULL_FX,
      },
      ...(bank !== null
        ? {
            markup: {
              title: "The bank's markup over parity",
              formula: f.side === 'payable' ? 'markup = bank forward − parity forward (you buy the foreign currency)' : 'markup = parity forward − bank forward (you sell the foreign currency)',
              substituted: `${fmt(bank, 6)} vs ${fmt(m.parityForward ?? Number.NaN, 6)}: ${fmt(m.impliedMarkup ?? Number.NaN, 6)} ${pair} = ${pct(m.impliedMarkupFraction ?? Number.NaN, 3)} × ${fmt(amount, 2)} ${f.foreign} = ${fmt(m.impliedMarkupAmount ?? Number.NaN, 2)} ${f.domestic}`,
              source: HULL_FX,
            },
          }
        : {}),
    };
    hedges.push({ id: 'fx-forward', name: 'FX forward', plan: fwd.value, errors: [], explanations });
  } else {
    hedges.push({ id: 'fx-forward', name: 'FX forward', plan: null, errors: placeEngineErrors(fwd.errors, FIELD_MAP, fieldErrors), explanations: {} });
  }

  const opt = planFxOption({ target, strike, market: { r: rd, rForeign: rf, tenorYears: t }, fees: { commissionPerContract: fee, exchangeFeePerContract: '0' } });
  if (opt.ok) {
    const type = f.side === 'payable' ? 'call' : 'put';
    const explanations: Record<string, Explanation> = {
      premium: {
        title: `FX ${type} premium per ${f.foreign}`,
        formula: type === 'call' ? 'c = S·e^{−r_f T}·N(d₁) − K·e^{−r_d T}·N(d₂)' : 'p = K·e^{−r_d T}·N(−d₂) − S·e^{−r_f T}·N(−d₁)',
        substituted: `S = ${fmt(spot, 6)}, K = ${fmt(strike, 6)}, r_d = ${pct(rd)}, r_f = ${pct(rf)}, σ = ${pct(vol)}, T = ${fmt(t, 6)} → ${fmt(opt.value.extras.premiumPerUnit, 6)} ${f.domestic}`,
        source: GK,
      },
      breakeven: {
        title: 'Break-even rate',
        formula: type === 'call' ? 'strike + (premium + fees) per unit' : 'strike − (premium + fees) per unit',
        substituted: `${fmt(strike, 6)} → ${fmt(opt.value.breakeven ?? Number.NaN, 6)} ${pair}`,
        source: GK,
      },
    };
    const plan = opt.value;
    let greeks: PositionGreeks | null | undefined;
    hedges.push({
      id: 'fx-option',
      name: `FX ${type} option`,
      plan,
      errors: [],
      explanations,
      get greeks() {
        if (greeks === undefined) greeks = positionGreeks(plan, target.quantity, { spot, r: rd, q: rf, vol, exercise: 'european' });
        return greeks;
      },
    });
  } else {
    hedges.push({ id: 'fx-option', name: 'FX option', plan: null, errors: placeEngineErrors(opt.errors, FIELD_MAP, fieldErrors), explanations: {} });
  }
  return { ...base, fieldErrors, hedges };
}
