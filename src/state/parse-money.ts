/**
 * Typed money text (a fee, a margin) -> exact canonical decimal text. Separate from
 * parse-input.ts so the first screen does not load decimal.js.
 */
import { MAX_MAGNITUDE, parseDecimal } from '../engine';
import { formatBound, InputMessages, normalizeNumberText as normalize } from './parse-input';
import type { MoneyTextResult } from './parse-input';

/**
 * Parses a typed money amount (a fee, a margin) into canonical decimal text without separators
 * ('1,250.50' -> '1250.5'), exact, for `money()` in the engine. Same rules as `parseNumberField`;
 * with `allowEmpty`, empty text returns ''.
 */
export function parseMoneyText(text: string, opts: { readonly allowEmpty?: boolean; readonly min?: number } = {}): MoneyTextResult {
  const n = normalize(typeof text === 'string' ? text : '', false);
  if (n.kind === 'empty') return opts.allowEmpty === true ? { ok: true, value: '' } : { ok: false, message: InputMessages.notNumber };
  if (n.kind === 'error') return { ok: false, message: n.message };
  const d = parseDecimal(n.canonical);
  if (d === null) return { ok: false, message: InputMessages.notNumber };
  if (d.abs().greaterThan(MAX_MAGNITUDE)) return { ok: false, message: InputMessages.tooLarge };
  if (opts.min !== undefined && d.lessThan(opts.min)) return { ok: false, message: InputMessages.atLeast(formatBound(opts.min, false)) };
  return { ok: true, value: d.isZero() ? '0' : d.toFixed() };
}
