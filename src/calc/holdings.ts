/**
 * The holdings as numbers, and which of them count. Every value is converted to the portfolio's
 * home currency with the FX rate typed for the holding's currency (home per one unit of foreign,
 * see fx-rates.ts). A holding whose rate is not typed yet is left out of the total, the risk
 * figures and the macro hedge, and a plain note says so next to its currency. Pure: no engine, so
 * the portfolio editor can show the same total before the calculator is loaded.
 */
import { parseNumberField } from '../state/parse-input';
import type { PortfolioInput } from '../state/scenario';
import { CURRENCY_CODE, fxRateOf, homeCurrencyOf, readFxRates } from './fx-rates';

export const HoldingMessages = {
  currencyCode: 'Enter a three-letter currency code, e.g. EUR.',
  otherCurrency: (home: string, foreign: string) => `No ${home} per ${foreign} rate yet: left out of the total, the risk figures and the macro hedge until you type it under “FX rates”.`,
} as const;

/** The portfolio's (home) currency: the typed home currency, else the target's code, else EUR. */
export function portfolioCurrency(p: PortfolioInput): string {
  return homeCurrencyOf(p);
}

/** Plain note next to a holding's currency field when it is left out (by scenario path 'portfolio.<id>.currency'). */
export function currencyNotes(p: PortfolioInput): Record<string, string> {
  const fx = readFxRates(p);
  const notes: Record<string, string> = {};
  for (const h of p.holdings) {
    if (CURRENCY_CODE.test(h.currency) && fxRateOf(fx, h.currency) === null) notes[`portfolio.${h.id}.currency`] = HoldingMessages.otherCurrency(fx.home, h.currency);
  }
  return notes;
}

/** Value of one holding (quantity × price) in its own currency when both parse, else null. */
export function holdingValue(quantity: string, price: string): number | null {
  const q = parseNumberField(quantity);
  const pr = parseNumberField(price);
  return q.ok && pr.ok && q.value !== null && pr.value !== null ? q.value * pr.value : null;
}

/**
 * Total value of the holdings in the home currency, Σ Qᵢ·Sᵢ·Xᵢ (holdings without a rate and
 * unreadable rows left out; `excluded` counts the holdings without a rate).
 */
export function portfolioTotal(p: PortfolioInput): { readonly total: number; readonly currency: string; readonly excluded: number } {
  const fx = readFxRates(p);
  let total = 0;
  let excluded = 0;
  for (const h of p.holdings) {
    const rate = fxRateOf(fx, h.currency);
    if (rate === null) {
      excluded++;
      continue;
    }
    total += (holdingValue(h.quantity, h.price) ?? 0) * rate;
  }
  return { total, currency: fx.home, excluded };
}
