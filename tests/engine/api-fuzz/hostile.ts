/**
 * Hostile plain data for the engine's public functions: values of every wrong type, extreme and
 * non-finite numbers, odd strings, huge arrays, odd objects, and mutations of a valid example
 * that break one field at a time (so the calls reach past the first check).
 */
import fc from 'fast-check';

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1e-300, -1e-300, 5e-324, 1e308, -1e308, Number.MAX_VALUE, 1e15, -1e15, 1, -1, 0.5, 2 ** 53, 1e-12),
  fc.double(),
  fc.integer(),
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', 'abc', '1e400', '-1e400', 'NaN', 'Infinity', '-0', '0x10', '1,000.95', '1.000,95', '١٢٣', '<b>&"\'', '\u0000', '🦄', 'EUR', 'eur', '2024-02-30', '9999-12-31', '\n\n', '"', ',,,'),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const hugeArray = fc.constantFrom(new Array(100_000).fill(1), new Array(20_000).fill(Number.NaN), Array.from({ length: 50_000 }, (_, i) => i));

/** Anything a JSON document (or a careless caller) could hand over. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, [[]], [null], { length: 3 }, { __proto__: null }, Object.create(null)), weight: 3 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: hostileString, weight: 2 },
  { arbitrary: fc.array(hostileNumber, { maxLength: 8 }), weight: 2 },
  { arbitrary: hugeArray, weight: 1 },
  { arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false, withTypedArray: true, withSparseArray: true }), weight: 2 },
);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * A valid `seed` kept whole, or with some parts broken: each field or element is kept, replaced by a
 * hostile value or mutated further; fields may also disappear or new ones appear. Class instances
 * (decimals, typed arrays) and functions are kept or replaced whole.
 */
export function mutate(seed: unknown, depth = 0): fc.Arbitrary<unknown> {
  const keep = fc.constant(seed);
  if (depth > 6) return fc.oneof(keep, hostileValue);
  if (typeof seed === 'number') return fc.oneof({ arbitrary: keep, weight: 3 }, { arbitrary: hostileNumber, weight: 2 }, { arbitrary: hostileValue, weight: 1 }, { arbitrary: fc.constant(-seed), weight: 1 });
  if (typeof seed === 'string') return fc.oneof({ arbitrary: keep, weight: 3 }, { arbitrary: hostileString, weight: 2 }, { arbitrary: hostileValue, weight: 1 });
  if (ArrayBuffer.isView(seed)) {
    const copy = fc.constant(null).map(() => Float64Array.from(seed as Float64Array));
    return fc.oneof({ arbitrary: copy, weight: 3 }, fc.array(hostileNumber, { maxLength: 50 }).map((a) => Float64Array.from(a)), hostileValue, fc.constant(null).map(() => new Float64Array(0)));
  }
  if (Array.isArray(seed)) {
    const elements = seed.map((e) => fc.oneof({ arbitrary: fc.constant(e), weight: 4 }, { arbitrary: mutate(e, depth + 1), weight: 1 }));
    const mutated = elements.length === 0 ? keep : fc.tuple(...elements);
    return fc.oneof(
      { arbitrary: keep, weight: 2 },
      { arbitrary: mutated, weight: 4 },
      { arbitrary: fc.nat({ max: seed.length }).map((n) => seed.slice(0, n)), weight: 1 },
      { arbitrary: fc.constant(null).map(() => [...seed, ...seed, ...seed]), weight: 1 },
      { arbitrary: hostileValue, weight: 1 },
    );
  }
  if (isPlainObject(seed)) {
    const keys = Object.keys(seed);
    const fields = Object.fromEntries(keys.map((k) => [k, fc.oneof({ arbitrary: fc.constant(seed[k]), weight: 4 }, { arbitrary: mutate(seed[k], depth + 1), weight: 1 })]));
    const mutated = fc.record(fields).chain((obj) => fc.tuple(fc.subarray(keys, { maxLength: Math.min(2, keys.length) }), fc.option(fc.tuple(hostileString, hostileValue), { nil: undefined })).map(([drop, extra]) => {
      const out: Record<string, unknown> = { ...obj };
      for (const k of drop) delete out[k];
      if (extra) out[extra[0]] = extra[1];
      return out;
    }));
    return fc.oneof({ arbitrary: keep, weight: 2 }, { arbitrary: mutated, weight: 5 }, { arbitrary: hostileValue, weight: 1 });
  }
  return fc.oneof({ arbitrary: keep, weight: 3 }, { arbitrary: hostileValue, weight: 1 });
}

/** Argument lists: a mutated valid example (most runs), or wholly arbitrary arguments. */
export function argsFrom(seeds: readonly (readonly unknown[])[]): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    { arbitrary: fc.oneof(...seeds.map((s) => mutate([...s]))).map((a) => (Array.isArray(a) ? a : [a])), weight: 5 },
    { arbitrary: fc.array(hostileValue, { maxLength: 4 }), weight: 1 },
  );
}

/** The values every single field is replaced by, one at a time, in the systematic part of the test. */
export const HOSTILE_CONSTANTS: readonly unknown[] = [
  undefined, null, Number.NaN, Infinity, -Infinity, 0, -0, 1e-300, -1e-300, 1e308, -1e308, -1, 1e15,
  '', 'abc', '1e400', true, [], {}, [Number.NaN], new Array(100_000).fill(1),
];

function isLeafContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return Array.isArray(v) || isPlainObject(v);
}

/** Every copy of `seed` with exactly one field or element (at any depth) replaced by one of HOSTILE_CONSTANTS. */
export function singleFieldBreaks(seed: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (node: unknown, rebuild: (replacement: unknown) => unknown) => {
    for (const c of HOSTILE_CONSTANTS) out.push(rebuild(c));
    if (!isLeafContainer(node)) return;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (Array.isArray(node) && node.length > 12) return; // long lists (price series) are broken whole
    for (const key of keys) {
      visit((node as Record<string | number, unknown>)[key], (replacement) => {
        const copy: Record<string | number, unknown> | unknown[] = Array.isArray(node) ? [...node] : { ...node };
        (copy as Record<string | number, unknown>)[key] = replacement;
        return rebuild(copy);
      });
    }
  };
  visit(seed, (r) => r);
  return out;
}
