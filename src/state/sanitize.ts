/**
 * Untrusted data (a share link, localStorage written by anything) -> a Scenario the UI can render.
 * Only the known shape is read; every value is checked against its field's spec and copied into a
 * fresh object. A missing or unreadable field takes the worked example's value, with a warning
 * naming it. Prototype keys, or a structure too deep or too large, refuse the whole input.
 */
import { DEFAULT_SCENARIO } from './presets';
import type { Holding, PortfolioInput, Prefs, Scenario, SliceName } from './scenario';

export const MAX_TEXT_LENGTH = 64;
export const MAX_HOLDINGS = 50;
export const HOLDING_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const HEDGE_KIND_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 8;
const MAX_NODES = 5000;
// C0/C1 controls, and invisible bidi/format marks that can disguise text (not U+202F, a space).
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are stripped
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export type TextSpec = { readonly kind: 'text'; readonly pattern?: RegExp };
export type BoolSpec = { readonly kind: 'bool' };
export type EnumSpec<T extends string = string> = { readonly kind: 'enum'; readonly values: readonly T[] };
export type FieldSpec = TextSpec | BoolSpec | EnumSpec;
/** One spec per field of T, checked by the compiler: a new field in scenario.ts must be listed here. */
export type SpecFor<T> = {
  readonly [K in keyof T]-?: T[K] extends boolean ? BoolSpec : string extends T[K] ? TextSpec : T[K] extends string ? EnumSpec<T[K]> : never;
};

const text: TextSpec = { kind: 'text' };
const bool: BoolSpec = { kind: 'bool' };
const oneOf = <T extends string>(...values: T[]): EnumSpec<T> => ({ kind: 'enum', values });
const rounding = oneOf('down', 'nearest', 'up');

export const HOLDING_FIELDS: SpecFor<Omit<Holding, 'id'>> = {
  name: text, quantity: text, price: text, currency: text, vol: text, dividendYield: text, beta: text,
  proxyName: text, proxyPrice: text, proxyVol: text, proxyCorrelation: text, proxyContractSize: text, proxyMargin: text,
};

/** Values of a holding added by the user, and of a field missing from a saved holding. */
export const EMPTY_HOLDING: Omit<Holding, 'id'> = {
  name: '', quantity: '', price: '', currency: 'EUR', vol: '', dividendYield: '0', beta: '',
  proxyName: '', proxyPrice: '', proxyVol: '', proxyCorrelation: '', proxyContractSize: '', proxyMargin: '',
};

export const PORTFOLIO_FIELDS: SpecFor<Pick<PortfolioInput, 'correlation' | 'indexVol'>> = { correlation: text, indexVol: text };

export const PREFS_FIELDS: SpecFor<Prefs> = {
  mode: oneOf('stock', 'commodity', 'fx', 'rate'),
  selectedHedge: { kind: 'text', pattern: HEDGE_KIND_PATTERN },
  showPortfolio: bool,
};

/** The fields of each hedge slice and what each accepts (also used by the store's `setField`). */
export const SLICE_FIELDS: { readonly [K in SliceName]: SpecFor<Scenario[K]> } = {
  stock: {
    tenorDays: text, rate: text, exercise: oneOf('american', 'european'), rounding, hedgeRatio: text, contractSize: text,
    strikeMode: oneOf('percent', 'price'), expiryDays: text, putStrike: text, callStrike: text, zeroCostCollar: bool, spreadLowerStrike: text, putQuote: text, callQuote: text,
    commission: text, exchangeFee: text, borrowFee: text, shortMargin: text, stressMove: text, indexName: text,
    indexFuturesPrice: text, indexMultiplier: text, indexMargin: text, targetBeta: text,
  },
  commodity: {
    commodity: text, unit: text, currency: text, quantity: text, side: oneOf('buyer', 'holder'), spotPrice: text,
    futuresPrice: text, contractSize: text, tenorDays: text, rounding, commission: text, exchangeFee: text,
    initialMargin: text, stressMove: text, basis: text, tailing: bool,
  },
  fx: {
    domestic: text, foreign: text, amount: text, side: oneOf('payable', 'receivable'), spot: text, domesticRate: text,
    foreignRate: text, compounding: oneOf('continuous', 'simple'), tenorDays: text, bankForward: text, optionStrike: text,
    optionVol: text, optionFee: text,
  },
  rate: {
    currency: text, principal: text, resetMonths: text, loanMonths: text, futuresPrice: text, contractNotional: text,
    bpValue: text, commission: text, initialMargin: text, swapRate: text, spread: text,
  },
};

export type SanitizeResult =
  | { readonly ok: true; readonly value: Scenario; readonly warnings: string[] }
  | { readonly ok: false; readonly message: string };

export type PlainRecord = Readonly<Record<string, unknown>>;

/** True for `{...}` objects (JSON objects), not arrays, class instances or null. */
export function isPlainRecord(value: unknown): value is PlainRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function own(record: PlainRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * Walks arrays and plain objects (bounded: depth and node count) and returns why the structure is
 * refused, or null: a prototype-pollution key anywhere, nesting too deep, or too many values.
 */
export function findUnsafeStructure(raw: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: raw, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (++nodes > MAX_NODES) return 'The data is too large.';
    if (depth > MAX_DEPTH) return 'The data is nested too deeply.';
    const keys = Array.isArray(value) ? [] : Object.getOwnPropertyNames(value);
    if (keys.some((k) => FORBIDDEN_KEYS.has(k))) return 'The data contains a forbidden key.';
    const children: readonly unknown[] = Array.isArray(value) ? value : keys.map((k) => (value as PlainRecord)[k]);
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

type Warn = (path: string, problem: string) => void;

function sanitizeText(raw: unknown, spec: TextSpec, fallback: string, path: string, warn: Warn): string {
  if (typeof raw !== 'string') {
    warn(path, 'is not text');
    return fallback;
  }
  const cleaned = raw.replace(CONTROL_CHARS, '');
  if (cleaned.length > MAX_TEXT_LENGTH) warn(path, `is longer than ${MAX_TEXT_LENGTH} characters`);
  else if (/[<>]/.test(cleaned)) warn(path, 'contains < or >');
  else if (spec.pattern !== undefined && !spec.pattern.test(cleaned)) warn(path, 'is not a valid choice');
  else return cleaned;
  return fallback;
}

function sanitizeValue(raw: unknown, spec: FieldSpec, fallback: unknown, path: string, warn: Warn): unknown {
  if (raw === undefined) {
    warn(path, 'is missing');
    return fallback;
  }
  if (spec.kind === 'text') return sanitizeText(raw, spec, fallback as string, path, warn);
  if (spec.kind === 'bool') {
    if (typeof raw === 'boolean') return raw;
    warn(path, 'is not true or false');
    return fallback;
  }
  if (typeof raw === 'string' && spec.values.includes(raw)) return raw;
  warn(path, 'is not one of its choices');
  return fallback;
}

/** Copies the fields listed in `spec` from `raw` into a fresh object; anything else is dropped. */
function sanitizeRecord<T>(raw: unknown, spec: SpecFor<T>, defaults: T, path: string, warn: Warn): T {
  if (raw === undefined) {
    warn(path, 'is missing');
    return defaults;
  }
  if (!isPlainRecord(raw)) {
    warn(path, 'is not readable');
    return defaults;
  }
  const out: Record<string, unknown> = {};
  const specs = spec as Readonly<Record<string, FieldSpec>>;
  const fallbacks = defaults as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(specs)) out[key] = sanitizeValue(own(raw, key), specs[key]!, fallbacks[key], `${path}.${key}`, warn);
  return out as T;
}

function sanitizeHoldings(raw: unknown, warn: Warn): Holding[] | null {
  const path = 'portfolio.holdings';
  if (raw === undefined) return (warn(path, 'is missing'), null);
  if (!Array.isArray(raw) || raw.length < 1 || raw.length > MAX_HOLDINGS) return (warn(path, `must be a list of 1 to ${MAX_HOLDINGS} holdings`), null);
  const ids = new Set<string>();
  for (const item of raw) {
    const id = isPlainRecord(item) ? own(item, 'id') : undefined;
    if (typeof id !== 'string' || !HOLDING_ID_PATTERN.test(id) || ids.has(id)) return (warn(path, 'has a holding without a valid, unique id'), null);
    ids.add(id);
  }
  return raw.map((item: PlainRecord, i) => ({
    id: item.id as string,
    ...sanitizeRecord(item, HOLDING_FIELDS, EMPTY_HOLDING, `${path}[${i}]`, warn),
  }));
}

function sanitizePortfolio(raw: unknown, warn: Warn): PortfolioInput {
  const fallback = DEFAULT_SCENARIO.portfolio;
  if (raw === undefined || !isPlainRecord(raw)) {
    warn('portfolio', raw === undefined ? 'is missing' : 'is not readable');
    return fallback;
  }
  const holdings = sanitizeHoldings(own(raw, 'holdings'), warn) ?? fallback.holdings;
  const first = holdings[0]!.id; // sanitizeHoldings guarantees at least one holding
  const target = own(raw, 'targetId');
  let targetId = first;
  if (typeof target === 'string' && holdings.some((h) => h.id === target)) targetId = target;
  else warn('portfolio.targetId', target === undefined ? 'is missing' : 'does not name a holding');
  const fields = sanitizeRecord(raw, PORTFOLIO_FIELDS, fallback, 'portfolio', warn);
  return { holdings, targetId, correlation: fields.correlation, indexVol: fields.indexVol };
}

function describe(path: string, problem: string): string {
  return `${path} ${problem}; the default value is used.`;
}

/**
 * Untrusted data -> a Scenario built from fresh objects, with a warning for every field that was
 * missing or refused (it takes DEFAULT_SCENARIO's value, or EMPTY_HOLDING's in a holding). ok: false when the input is not an
 * object, or contains a prototype key, or is nested too deeply or too large. Never throws.
 */
export function sanitizeScenario(raw: unknown): SanitizeResult {
  try {
    if (!isPlainRecord(raw)) return { ok: false, message: 'This is not a Microhedge scenario.' };
    const unsafe = findUnsafeStructure(raw);
    if (unsafe !== null) return { ok: false, message: unsafe };
    const warnings: string[] = [];
    const warn: Warn = (path, problem) => void warnings.push(describe(path, problem));
    const d = DEFAULT_SCENARIO;
    const value: Scenario = {
      portfolio: sanitizePortfolio(own(raw, 'portfolio'), warn),
      stock: sanitizeRecord(own(raw, 'stock'), SLICE_FIELDS.stock, d.stock, 'stock', warn),
      commodity: sanitizeRecord(own(raw, 'commodity'), SLICE_FIELDS.commodity, d.commodity, 'commodity', warn),
      fx: sanitizeRecord(own(raw, 'fx'), SLICE_FIELDS.fx, d.fx, 'fx', warn),
      rate: sanitizeRecord(own(raw, 'rate'), SLICE_FIELDS.rate, d.rate, 'rate', warn),
      prefs: sanitizeRecord(own(raw, 'prefs'), PREFS_FIELDS, d.prefs, 'prefs', warn),
    };
    return { ok: true, value, warnings };
  } catch {
    // A getter or proxy in data handed over from code, never JSON: refuse rather than throw.
    return { ok: false, message: 'This is not a Microhedge scenario.' };
  }
}
