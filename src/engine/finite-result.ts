/**
 * The public entry's last line of defence for "never NaN or ±Infinity in an ok result": wraps an
 * entry point so that an ok value holding a non-finite number (also in a decimal amount, or from
 * a payoff curve sampled across its plotting range) becomes a field error instead, and so that
 * nothing thrown inside crosses the boundary. The entry points validate their input first; this
 * catches what validation cannot see, such as 1e-300 in a denominator.
 */
import { fail } from './result';
import type { Result } from './result';
import { Messages, NOT_FINITE_MESSAGE } from './messages';


function isDecimalLike(v: object): v is { isFinite(): boolean } {
  return typeof (v as { isFinite?: unknown }).isFinite === 'function' && typeof (v as { toFixed?: unknown }).toFixed === 'function';
}

/** The plotting range a plan carries (payoff.priceRange, or axis.range), if any. */
function rangeOf(record: Record<string, unknown>): readonly [number, number] | null {
  const payoff = record.payoff as { priceRange?: unknown } | undefined;
  const axis = record.axis as { range?: unknown } | undefined;
  const r = (payoff?.priceRange ?? axis?.range ?? record.priceRange) as unknown;
  return Array.isArray(r) && typeof r[0] === 'number' && typeof r[1] === 'number' && Number.isFinite(r[0]) && Number.isFinite(r[1]) ? [r[0], r[1]] : null;
}

/** True when `value` holds no NaN or ±Infinity: numbers, decimals, arrays, plain objects, and one-argument curves on `range`. */
export function isFiniteDeep(value: unknown, range: readonly [number, number] | null = null, seen: Set<object> = new Set()): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'function') {
    if (range === null || value.length !== 1) return true;
    for (let i = 0; i <= 8; i++) {
      const y: unknown = (value as (x: number) => unknown)(range[0] + ((range[1] - range[0]) * i) / 8);
      if (typeof y === 'number' && !Number.isFinite(y)) return false;
    }
    return true;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  if (isDecimalLike(value)) return value.isFinite();
  if (ArrayBuffer.isView(value)) return Array.prototype.every.call(value, (x: unknown) => typeof x !== 'number' || Number.isFinite(x));
  const record = value as Record<string, unknown>;
  const here = rangeOf(record) ?? range;
  for (const key of Object.keys(record)) if (!isFiniteDeep(record[key], here, seen)) return false;
  return true;
}

/** `fn` as a total entry point: a throw or a non-finite ok value becomes a failed Result on `field`. */
export function finiteEntry<A extends unknown[], R extends Result<unknown>>(fn: (...args: A) => R, field = 'input'): (...args: A) => R | Result<never> {
  return (...args: A) => {
    try {
      const out = fn(...args);
      if (out.ok && !isFiniteDeep(out.value)) return fail(field, NOT_FINITE_MESSAGE);
      return out;
    } catch {
      return fail(field, Messages.notComputable);
    }
  };
}
