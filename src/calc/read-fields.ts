/** Reads a list of declared fields from the scenario's text into values, with a plain message per bad field. */
import type { Holding } from '../state/scenario';
import type { FieldSpec } from './fields';
import { fieldPath } from './fields';
import { createReader } from './reader';

/** Parsed values of declared fields, by field name. Only read after the fields parsed without error. */
export interface Parsed {
  /** A required number (NaN if absent). */
  readonly n: (field: string) => number;
  /** An optional number: null when left empty. */
  readonly opt: (field: string) => number | null;
  /** Text as typed (names, codes, choices) or exact money text ('0' when empty). */
  readonly s: (field: string) => string;
  readonly b: (field: string) => boolean;
}

export interface ReadFieldsResult {
  readonly values: Parsed;
  /** Field errors by scenario path. */
  readonly errors: Readonly<Record<string, string>>;
}

/**
 * Reads `specs` from `slice` (the mode's slice values) and `target` (the target holding, for fields
 * with source 'target'). Errors are keyed by scenario path ('stock.putStrike', 'portfolio.h1.proxyPrice').
 */
export function readFields(specs: readonly FieldSpec[], sliceName: string, slice: object, target: Holding | null): ReadFieldsResult {
  const read = createReader('');
  const out: Record<string, number | string | boolean | null> = {};
  const errors: Record<string, string> = {};
  const sliceValues = slice as Readonly<Record<string, unknown>>;
  const targetValues = (target ?? {}) as Readonly<Record<string, unknown>>;
  for (const spec of specs) {
    if (spec.when !== undefined && !spec.when(sliceValues)) continue;
    const raw = spec.source === 'target' ? targetValues[spec.field] : sliceValues[spec.field];
    if (spec.kind === 'checkbox') {
      out[spec.field] = raw === true;
      continue;
    }
    const text = typeof raw === 'string' ? raw : '';
    if (spec.kind === 'select') {
      out[spec.field] = text;
      continue;
    }
    const rule = spec.rule;
    const key = fieldPath(sliceName, spec, target?.id ?? '');
    if (rule.type === 'text') out[spec.field] = text;
    else if (rule.type === 'money') out[spec.field] = read.money(key, text);
    else if (rule.type === 'optional') out[spec.field] = read.optionalNum(key, text, rule);
    else out[spec.field] = read.num(key, text, rule);
  }
  // The reader prefixes paths with its slice ('' here): strip the leading dot.
  for (const [k, v] of Object.entries(read.errors)) errors[k.replace(/^\./, '')] = v;
  const get = (f: string) => out[f];
  return {
    values: {
      n: (f) => (typeof get(f) === 'number' ? (get(f) as number) : Number.NaN),
      opt: (f) => (typeof get(f) === 'number' ? (get(f) as number) : null),
      s: (f) => (typeof get(f) === 'string' ? (get(f) as string) : ''),
      b: (f) => get(f) === true,
    },
    errors,
  };
}

/** Parsed values from a plain record (tests, and values computed rather than typed). */
export function parsedOf(values: Readonly<Record<string, number | string | boolean | null>>): Parsed {
  return {
    n: (f) => (typeof values[f] === 'number' ? (values[f] as number) : Number.NaN),
    opt: (f) => (typeof values[f] === 'number' ? (values[f] as number) : null),
    s: (f) => (typeof values[f] === 'string' ? (values[f] as string) : ''),
    b: (f) => values[f] === true,
  };
}
