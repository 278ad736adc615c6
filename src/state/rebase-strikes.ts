/**
 * Strikes typed as prices follow the target: when another holding is picked, each strike keeps its
 * distance from today's price in percent (a 56 put on a 62.50 stock becomes a 71.68 put on an 80
 * stock). Strikes typed as % of the price need nothing. Pure.
 */
import { parseNumberField } from './parse-input';
import type { StockHedgeInput } from './scenario';

const STRIKES = ['putStrike', 'callStrike', 'spreadLowerStrike', 'upperCallStrike'] as const;

/** A price as short text: at most 4 decimals, no trailing zeros, no grouping ('71.68'). */
function priceText(x: number): string {
  return String(Number(x.toFixed(4)));
}

/** The stock inputs with price strikes re-based from a target priced `fromPrice` to one priced `toPrice` (texts as typed). */
export function rebaseStrikes(stock: StockHedgeInput, fromPrice: string, toPrice: string): StockHedgeInput {
  if (stock.strikeMode !== 'price') return stock;
  const from = parseNumberField(fromPrice, { gt: 0 });
  const to = parseNumberField(toPrice, { gt: 0 });
  if (!from.ok || !to.ok || from.value === null || to.value === null || from.value === to.value) return stock;
  const ratio = to.value / from.value;
  const next: Record<string, string> = {};
  for (const field of STRIKES) {
    const k = parseNumberField(stock[field], { gt: 0 });
    // A strike that does not parse is kept as typed: the user's entry is never lost.
    if (k.ok && k.value !== null) next[field] = priceText(k.value * ratio);
  }
  return { ...stock, ...next };
}
