/**
 * The holdings as numbers, and which of them count. The portfolio's currency is the target's; a
 * holding in another currency is left out of the total, the risk figures and the macro hedge (there
 * is no currency conversion yet) and a plain note says so next to its currency. Pure: no engine, so
 * the portfolio editor can show the same total before the calculator is loaded.
 */
import { parseNumberField } from '../state/parse-input';
import type { PortfolioInput } from '../state/scenario';

export const HoldingMessages = {
  currencyCode: 'Enter a three-letter currency code, e.g. EUR.',
  otherCurrency: (portfolio: string) => `Not in ${portfolio}: left out of the total, the risk figures and the macro hedge (no currency conversion yet).`,
} as const;

const CODE = /^[A-Z]{3}$/;

/** The portfolio's currency: the target's (valid) code, else the first holding's, else EUR. */
export function portfolioCurrency(p: PortfolioInput): string {
  const target = p.holdings.find((h) => h.id === p.targetId)?.currency ?? p.holdings[0]?.currency ?? 'EUR';
  return CODE.test(target) ? target : 'EUR';
}

/** True when the holding is valued in the portfolio's currency (and so counts in the total, risk and macro hedge). */
export function countsInPortfolio(currency: string, portfolio: string): boolean {
  return currency === portfolio;
}

/** Plain note next to a holding's currency field when it is left out (by scenario path 'portfolio.<id>.currency'). */
export function currencyNotes(p: PortfolioInput): Record<string, string> {
  const currency = portfolioCurrency(p);
  const notes: Record<string, string> = {};
  for (const h of p.holdings) {
    if (CODE.test(h.currency) && !countsInPortfolio(h.currency, currency)) notes[`portfolio.${h.id}.currency`] = HoldingMessages.otherCurrency(currency);
  }
  return notes;
}

/** Value of one holding (quantity × price) when both parse, else null. */
export function holdingValue(quantity: string, price: string): number | null {
  const q = parseNumberField(quantity);
  const pr = parseNumberField(price);
  return q.ok && pr.ok && q.value !== null && pr.value !== null ? q.value * pr.value : null;
}

/** Total value of the holdings in the portfolio's currency (holdings in other currencies and unreadable rows left out). */
export function portfolioTotal(p: PortfolioInput): { readonly total: number; readonly currency: string; readonly excluded: number } {
  const currency = portfolioCurrency(p);
  let total = 0;
  let excluded = 0;
  for (const h of p.holdings) {
    if (!countsInPortfolio(h.currency, currency)) {
      excluded++;
      continue;
    }
    total += holdingValue(h.quantity, h.price) ?? 0;
  }
  return { total, currency, excluded };
}
