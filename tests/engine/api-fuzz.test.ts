/**
 * The engine's public promise, checked over every export of src/engine/index.ts: called with
 * arbitrary plain data (wrong types, null, NaN, ±Infinity, 1e-300, 1e308, huge arrays, odd
 * objects and strings, valid examples broken one field at a time, each field in turn, and random
 * mutations of them), no function throws, and a
 * returned value (an ok Result's value, or a helper's plain value) holds no NaN or ±Infinity,
 * also where it holds functions (payoff curves), called across their plotting range.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as engine from '../../src/engine';
import { argsFrom, singleFieldBreaks } from './api-fuzz/hostile';
import { GROUPS } from './api-fuzz/seeds';

const RUNS = 400;
const exported = engine as unknown as Record<string, unknown>;
const counts: Record<string, { calls: number; throws: number; nonFinite: number }> = {};

function isDecimal(v: object): v is { isFinite(): boolean } {
  return typeof (v as { isFinite?: unknown }).isFinite === 'function' && typeof (v as { toFixed?: unknown }).toFixed === 'function';
}

/** Points at which a function found in a result is called: its plan's range if any, else a few plain ones. */
function samplePoints(range: readonly number[] | null): number[] {
  if (!range || !Number.isFinite(range[0]) || !Number.isFinite(range[1])) return [0.5, 1, 100];
  const [lo, hi] = range as [number, number];
  return Array.from({ length: 9 }, (_, i) => lo + ((hi - lo) * i) / 8);
}

/** The first non-finite number (or throwing function) in `value`, as a path, or null. */
function findProblem(value: unknown, path: string, range: readonly number[] | null, seen: Set<object>, depth: number): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (typeof value === 'function') {
    if (depth > 8) return null;
    for (const x of samplePoints(range)) {
      for (const args of value.length >= 2 ? [[x, 0], [x, 0.01]] : [[x]]) {
        let out: unknown;
        try {
          out = (value as (...a: number[]) => unknown)(...args);
        } catch (e) {
          return `${path}(${args.join(', ')}) throws ${String(e)}`;
        }
        const p = findProblem(out, `${path}(${args.join(', ')})`, range, seen, depth + 1);
        if (p) return p;
      }
    }
    return null;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  if (isDecimal(value)) return value.isFinite() ? null : `${path} = ${String(value)}`;
  if (ArrayBuffer.isView(value)) {
    const a = value as unknown as ArrayLike<number>;
    for (let i = 0; i < a.length; i++) if (typeof a[i] === 'number' && !Number.isFinite(a[i])) return `${path}[${i}] = ${a[i]}`;
    return null;
  }
  const record = value as Record<string, unknown>;
  const own = (record.priceRange ?? (record.axis as { range?: unknown } | undefined)?.range ?? (record.payoff as { priceRange?: unknown } | undefined)?.priceRange) as readonly number[] | undefined;
  const here = Array.isArray(own) ? own : range;
  for (const key of Object.keys(record)) {
    const p = findProblem(record[key], `${path}.${key}`, here, seen, depth + 1);
    if (p) return p;
  }
  return null;
}

function isGenerator(v: unknown): v is Generator<unknown, unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { next?: unknown }).next === 'function' && typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** A step function's generator, run to its end: every step it yields and what it returns are checked. */
function drain(steps: Generator<unknown, unknown>): string | null {
  for (let i = 0; i < 1_000_000; i++) {
    const step = steps.next();
    if (step.done) return checkOutput(step.value);
    const p = findProblem(step.value, `step ${i}`, null, new Set(), 0);
    if (p) return p;
  }
  return 'the steps never end';
}

function checkOutput(out: unknown): string | null {
  if (isGenerator(out)) return drain(out);
  if (typeof out === 'object' && out !== null && typeof (out as { ok?: unknown }).ok === 'boolean') {
    const r = out as { ok: boolean; value?: unknown; errors?: unknown };
    if (r.ok) return findProblem(r.value, 'value', null, new Set(), 0);
    const errors = r.errors as { field?: unknown; message?: unknown }[];
    const wellFormed = Array.isArray(errors) && errors.length > 0 && errors.every((e) => typeof e.field === 'string' && typeof e.message === 'string');
    return wellFormed ? null : `malformed errors ${JSON.stringify(errors)}`;
  }
  return findProblem(out, 'return', null, new Set(), 0);
}

const show = (args: unknown[]) => {
  const text = JSON.stringify(args, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : Array.isArray(v) && v.length > 20 ? `[${v.length} items]` : v));
  return text && text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

describe('the engine API never throws and never returns a non-finite number', () => {
  it('every export of src/engine/index.ts has a generator entry (and every entry an export)', () => {
    const covered = Object.values(GROUPS).flatMap((g) => Object.keys(g));
    expect(Object.keys(exported).filter((name) => !covered.includes(name))).toEqual([]);
    expect(covered.filter((name) => !(name in exported))).toEqual([]);
  });

  for (const [group, seeds] of Object.entries(GROUPS)) {
    for (const [name, examples] of Object.entries(seeds)) {
      it(`${group}: ${name}`, () => {
        if (examples.length === 0) {
          // A constant (no examples): it must not be a function, and must hold only finite numbers.
          expect(typeof exported[name]).not.toBe('function');
          expect(findProblem(exported[name], name, null, new Set(), 0)).toBeNull();
          return;
        }
        const fn = exported[name] as (...a: unknown[]) => unknown;
        const tally = (counts[group] ??= { calls: 0, throws: 0, nonFinite: 0 });
        const failures: string[] = [];
        // Systematic: each example with one field broken at a time; then random mutations and junk.
        const systematic = examples.flatMap((e) => singleFieldBreaks([...e]).filter((a): a is unknown[] => Array.isArray(a)));
        for (const args of [...systematic, ...fc.sample(argsFrom(examples), { numRuns: RUNS, seed: 9 })]) {
          tally.calls++;
          let out: unknown;
          try {
            out = fn(...args);
          } catch (e) {
            tally.throws++;
            failures.push(`throws ${String(e)} on ${show(args)}`);
            continue;
          }
          let problem: string | null;
          try {
            problem = checkOutput(out);
          } catch (e) {
            tally.throws++;
            failures.push(`throws ${String(e)} while stepping on ${show(args)}`);
            continue;
          }
          if (problem) {
            tally.nonFinite++;
            failures.push(`${problem} on ${show(args)}`);
          }
        }
        expect(failures.slice(0, 5)).toEqual([]);
      }, 120_000);
    }
  }

  afterAll(() => {
    for (const [group, c] of Object.entries(counts)) console.log(`api fuzz ${group}: ${c.calls} calls, ${c.throws} threw, ${c.nonFinite} non-finite`);
  });
});
