/**
 * The macro alternative that costs what the micro hedge costs: index puts bought with the same
 * budget. Portfolio insurance with index puts (Hull, "Options, Futures, and Other Derivatives",
 * 10th ed., §17.3): insuring a portfolio worth P with beta β takes β·P / (index level × multiplier)
 * puts, at the strike where the CAPM-expected portfolio value is the floor wanted. With the micro
 * hedge's budget the investor can buy only so many: this reports how many, the share of the
 * portfolio's index exposure they cover, and the portfolio level below which they pay.
 * The puts are European on an index with dividend yield q (generalized BSM, Hull §17.4).
 */
import { priceOption } from '../pricing/price-option';
import { MAX_RATE, MAX_VOL, MAX_YEARS } from '../pricing/option-input';
import { fail, failAll, guard, ok, prefixErrors } from '../result';
import type { Result } from '../result';
import { checkNumber, collectErrors, isRecord } from '../validate';
import { Messages } from '../messages';

export interface SameCostMacroInput {
  /** What the micro hedge costs today (premiums and fees), currency, > 0. */
  readonly budget: number;
  /** The whole portfolio: value (> 0), beta, and its own dividend yield (default 0). */
  readonly portfolio: { readonly value: number; readonly beta: number; readonly dividendYield?: number };
  /** The index: level today, annual volatility and dividend yield (decimals), currency per index point per contract. */
  readonly index: { readonly level: number; readonly volAnnual: number; readonly dividendYield: number; readonly multiplier: number };
  readonly r: number;
  readonly tenorYears: number;
  /** Put strike as a fraction of today's index level (0.9 = 10 % below). */
  readonly strikeFraction: number;
  /** Commission and exchange fee per contract (currency); default 0. */
  readonly feePerContract?: number;
}

export interface SameCostMacro {
  readonly strike: number;
  /** Put price per index point (European, BSM with the index yield). */
  readonly premiumPerPoint: number;
  /** premium × multiplier + fee. */
  readonly costPerContract: number;
  /** Whole contracts the budget buys (rounded down). */
  readonly contracts: number;
  readonly exactContracts: number;
  /** contracts × cost per contract (≤ budget). */
  readonly cost: number;
  /** Puts that would insure the whole portfolio: β·P / (level × multiplier), Hull §17.3. */
  readonly fullCoverContracts: number;
  /** contracts / fullCoverContracts: the share of the portfolio's index exposure protected. */
  readonly coveredFraction: number;
  /** Expected portfolio value at the horizon (CAPM, excluding its dividends) when the index ends at the strike. */
  readonly protectedValue: number;
  /** Portfolio value at the horizon and the puts' payoff if the index falls by `move` (e.g. −0.2). */
  readonly stress: (move: number) => { readonly portfolio: number; readonly puts: number };
}

/**
 * Expected portfolio value at the horizon (excluding its own dividends) for an index ending at
 * `indexAt`, by the CAPM as in Hull §17.3's table: R_M = indexAt/I0 − 1 + q·T,
 * R_P = r·T + β(R_M − r·T), value = P·(1 + R_P − q_P·T) (simple returns over the horizon).
 */
export function capmPortfolioValue(p: SameCostMacroInput, indexAt: number): number {
  const T = p.tenorYears;
  const marketReturn = indexAt / p.index.level - 1 + p.index.dividendYield * T;
  const portfolioReturn = p.r * T + p.portfolio.beta * (marketReturn - p.r * T);
  return p.portfolio.value * (1 + portfolioReturn - (p.portfolio.dividendYield ?? 0) * T);
}

function validate(raw: Record<string, unknown>) {
  const pf = isRecord(raw.portfolio) ? raw.portfolio : {};
  const ix = isRecord(raw.index) ? raw.index : {};
  return collectErrors(
    checkNumber('budget', raw.budget, { min: 0 }),
    checkNumber('portfolio.value', pf.value, { gt: 0 }),
    checkNumber('portfolio.beta', pf.beta, { gt: 0, max: 10 }),
    checkNumber('portfolio.dividendYield', pf.dividendYield, { optional: true, min: -MAX_RATE, max: MAX_RATE }),
    checkNumber('index.level', ix.level, { gt: 0 }),
    checkNumber('index.volAnnual', ix.volAnnual, { gt: 0, max: MAX_VOL }),
    checkNumber('index.dividendYield', ix.dividendYield, { min: -MAX_RATE, max: MAX_RATE }),
    checkNumber('index.multiplier', ix.multiplier, { gt: 0 }),
    checkNumber('r', raw.r, { min: -MAX_RATE, max: MAX_RATE }),
    checkNumber('tenorYears', raw.tenorYears, { gt: 0, max: MAX_YEARS }),
    checkNumber('strikeFraction', raw.strikeFraction, { gt: 0, max: 10 }),
    checkNumber('feePerContract', raw.feePerContract, { optional: true, min: 0 }),
  );
}

/** Sizes the index puts the micro hedge's budget buys; errors by field. Never throws. */
export function sizeSameCostMacro(input: SameCostMacroInput): Result<SameCostMacro> {
  return guard('input', () => {
    const errors = validate(isRecord(input) ? input : {});
    if (errors.length > 0) return failAll(errors);
    if (!(input.budget > 0)) return fail('budget', Messages.sameCostBudget);
    const { index } = input;
    const strike = index.level * input.strikeFraction;
    const priced = priceOption({ type: 'put', spot: index.level, strike, r: input.r, q: index.dividendYield, t: input.tenorYears, vol: index.volAnnual });
    if (!priced.ok) return failAll(prefixErrors('index', priced.errors));
    const premium = priced.value.price;
    const costPerContract = premium * index.multiplier + (input.feePerContract ?? 0);
    if (!(costPerContract > 0)) return fail('strikeFraction', Messages.optionNotPriced);
    const exact = input.budget / costPerContract;
    const contracts = Math.floor(exact + 1e-9);
    const full = (input.portfolio.beta * input.portfolio.value) / (index.level * index.multiplier);
    const stress = (move: number) => {
      const at = index.level * (1 + move);
      return { portfolio: capmPortfolioValue(input, at), puts: contracts * index.multiplier * Math.max(strike - at, 0) };
    };
    return ok({
      strike, premiumPerPoint: premium, costPerContract, contracts, exactContracts: exact, cost: contracts * costPerContract,
      fullCoverContracts: full, coveredFraction: contracts / full, protectedValue: capmPortfolioValue(input, strike), stress,
    });
  });
}
