/**
 * Untrusted data (a share link, localStorage written by anything, an imported file) -> a Scenario
 * the UI can render. The shape is read from the worked example (DEFAULT_SCENARIO): every field it
 * has is copied from the input into a fresh object after a check; anything else is dropped. A text
 * field takes any string up to MAX_TEXT_LENGTH, exactly as typed: React renders text, never markup,
 * so no character is dangerous and none is altered. A field with choices (or a pattern) says so
 * in the tables below; the compiler insists on it for every field typed as a set of choices. A
 * missing or unreadable field takes the example's value, with a warning naming it. Prototype keys,
 * or a structure too deep or too large, refuse the whole input.
 */
import { DEFAULT_SCENARIO } from './presets';
import type { CombinedLegRef, FxRateInput, Holding, PortfolioInput, Prefs, Scenario, SliceName, TrackedHedge } from './scenario';

/** Longest text of any field, in UTF-16 code units (what an input's maxLength counts). */
export const MAX_TEXT_LENGTH = 64;
export const MAX_HOLDINGS = 50;
/** Most hedges one combined hedge holds. */
export const MAX_COMBINED_LEGS = 8;
export const HOLDING_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
export const HEDGE_KIND_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 8;
const MAX_NODES = 5000;

export type TextSpec = { readonly kind: 'text'; readonly pattern?: RegExp };
export type BoolSpec = { readonly kind: 'bool' };
export type EnumSpec<T extends string = string> = { readonly kind: 'enum'; readonly values: readonly T[] };
export type FieldSpec = TextSpec | BoolSpec | EnumSpec;
type ChoiceKeys<T> = { [K in keyof T]-?: T[K] extends string ? (string extends T[K] ? never : K) : never }[keyof T];
/**
 * Specs of the fields of T: every field typed as a set of choices must list them (the compiler
 * checks); a text or true/false field needs a spec only for a pattern (its kind follows its default).
 */
export type SpecFor<T> = { readonly [K in ChoiceKeys<T>]-?: EnumSpec<T[K] & string> } & { readonly [K in keyof T]?: FieldSpec };

const text: TextSpec = { kind: 'text' };
const bool: BoolSpec = { kind: 'bool' };
const oneOf = <T extends string>(...values: T[]): EnumSpec<T> => ({ kind: 'enum', values });
const rounding = oneOf('down', 'nearest', 'up');
const modes = oneOf('stock', 'commodity', 'fx', 'rate');

export const HOLDING_FIELDS: SpecFor<Omit<Holding, 'id'>> = {};

/** Values of a holding added by the user, and of a field missing from a saved holding. */
export const EMPTY_HOLDING: Omit<Holding, 'id'> = {
  name: '', quantity: '', price: '', currency: 'EUR', vol: '', dividendYield: '0', beta: '',
  proxyName: '', proxyPrice: '', proxyVol: '', proxyCorrelation: '', proxyContractSize: '', proxyMargin: '',
};

/** An FX rate row as typed (the currency is set when the row is created; the rest is text). */
export const EMPTY_FX_RATE: FxRateInput = { currency: 'USD', spot: '', vol: '', rate: '', correlation: '' };
export const MAX_FX_RATES = MAX_HOLDINGS;

export const PORTFOLIO_FIELDS: SpecFor<Omit<PortfolioInput, 'holdings' | 'targetId' | 'fxRates'>> = {
  riskHorizon: oneOf('1', '10', '21', '63', 'tenor'),
  mcPaths: oneOf('10000', '100000', '1000000'),
  mcModel: oneOf('lognormal', 'normal'),
};

export const PREFS_FIELDS: SpecFor<Prefs> = {
  mode: modes,
  selectedHedge: { kind: 'text', pattern: HEDGE_KIND_PATTERN },
  showPortfolio: bool,
};

/** A leg of the combined hedge: a mode and a hedge kind's id (the template of a missing field). */
export const COMBINED_LEG_FIELDS: SpecFor<CombinedLegRef> = { mode: modes, kind: { kind: 'text', pattern: HEDGE_KIND_PATTERN } };
const COMBINED_LEG_TEMPLATE: CombinedLegRef = { mode: 'stock', kind: 'protective-put' };

/** The fields of each hedge slice that need a spec (choices); the others are text or true/false by their default. */
export const SLICE_FIELDS: { readonly [K in SliceName]: SpecFor<Scenario[K]> } = {
  stock: { exercise: oneOf('american', 'european'), rounding, strikeMode: oneOf('percent', 'price'), fxCompounding: oneOf('continuous', 'simple') },
  commodity: { side: oneOf('buyer', 'holder'), rounding },
  fx: { side: oneOf('payable', 'receivable'), compounding: oneOf('continuous', 'simple') },
  rate: {},
};

/** Top-level sections whose absence is no damage: they start empty (hedges followed over time). */
const SILENT_WHEN_ABSENT: ReadonlySet<string> = new Set(['tracking']);

/** Most hedges followed over time in one scenario. */
export const MAX_TRACKED = 20;

export const TRACKED_FIELDS: SpecFor<Omit<TrackedHedge, 'id'>> = {
  mode: oneOf('stock', 'commodity', 'fx', 'rate'),
  instrument: oneOf('put', 'call', 'futures', 'forward', 'swap'),
  side: oneOf('long', 'short'),
};

/** Values of a field missing from a saved hedge record. */
export const EMPTY_TRACKED: Omit<TrackedHedge, 'id'> = {
  mode: 'stock', instrument: 'put', side: 'long', openedOn: '', expiry: '', strike: '', contracts: '', contractSize: '', price: '',
  fees: '0', itemPrice: '', itemQuantity: '', realized: '0', rollExpiry: '', rollPrice: '', closed: false,
};

/** Specs by the path of the record they describe ('stock', 'portfolio.holdings[]', ...). */
const SPECS: Readonly<Record<string, object>> = {
  ...SLICE_FIELDS,
  prefs: PREFS_FIELDS,
  portfolio: PORTFOLIO_FIELDS,
  'portfolio.holdings[]': HOLDING_FIELDS,
  'portfolio.fxRates[]': { currency: { kind: 'text', pattern: /^[A-Z]{3}$/ } },
  'tracking.records[]': TRACKED_FIELDS,
  'prefs.combined[]': COMBINED_LEG_FIELDS,
};

/**
 * Lists of records by path: the template of an item (its fields' kinds and the value of a missing
 * field) and how many items may be held. A list not named here takes its default's first item as
 * the template; a list whose default is empty must be named here, or only an empty list is accepted.
 */
interface ListSpec {
  readonly item?: object;
  readonly min: number;
  readonly max: number;
  /** Items carry a unique `id` matching HOLDING_ID_PATTERN (default: when the item template has one). */
  readonly ids?: boolean;
  /** An absent list means "none": empty, without a warning (a scenario saved before the list existed). */
  readonly absentIsEmpty?: boolean;
}
const LISTS: Readonly<Record<string, ListSpec>> = {
  'portfolio.holdings': { item: EMPTY_HOLDING, min: 1, max: MAX_HOLDINGS, ids: true },
  'portfolio.fxRates': { item: EMPTY_FX_RATE, min: 0, max: MAX_FX_RATES, ids: false },
  'tracking.records': { item: EMPTY_TRACKED, min: 0, max: MAX_TRACKED, ids: true },
  'prefs.combined': { item: COMBINED_LEG_TEMPLATE, min: 0, max: MAX_COMBINED_LEGS, absentIsEmpty: true },
};
const DEFAULT_LIST: ListSpec = { min: 0, max: 100 };

/**
 * The spec a field's value must meet: its listed spec, or the kind of its default value (text or
 * true/false); undefined when the field is not a plain value (a list, a record) or not known.
 */
export function specOfField(specs: object, defaults: object, field: string): FieldSpec | undefined {
  if (Object.hasOwn(specs, field)) return (specs as Readonly<Record<string, FieldSpec>>)[field];
  if (!Object.hasOwn(defaults, field)) return undefined;
  const d: unknown = (defaults as PlainRecord)[field];
  return typeof d === 'string' ? text : typeof d === 'boolean' ? bool : undefined;
}

/** True when `value` meets `spec` as a value the user can set (text within the length limit, a choice, true/false). */
export function acceptsValue(spec: FieldSpec | undefined, value: unknown): boolean {
  if (spec === undefined) return false;
  if (spec.kind === 'bool') return typeof value === 'boolean';
  if (typeof value !== 'string') return false;
  if (spec.kind === 'enum') return spec.values.includes(value);
  return value.length <= MAX_TEXT_LENGTH && (spec.pattern === undefined || spec.pattern.test(value));
}

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

function problemOf(raw: unknown, spec: FieldSpec): string | null {
  if (acceptsValue(spec, raw)) return null;
  if (spec.kind === 'bool') return 'is not true or false';
  if (spec.kind === 'enum') return 'is not one of its choices';
  if (typeof raw !== 'string') return 'is not text';
  return raw.length > MAX_TEXT_LENGTH ? `is longer than ${MAX_TEXT_LENGTH} characters` : 'is not a valid choice';
}

/** One value against its default's shape: a spec'd plain value, a finite number, a list or a record. */
function sanitizeNode(raw: unknown, fallback: unknown, spec: FieldSpec | undefined, path: string, warn: Warn): unknown {
  if (raw === undefined) return LISTS[path]?.absentIsEmpty === true ? [] : (warn(path, 'is missing'), fallback);
  if (spec !== undefined) {
    const problem = problemOf(raw, spec);
    return problem === null ? raw : (warn(path, problem), fallback);
  }
  if (typeof fallback === 'number') return typeof raw === 'number' && Number.isFinite(raw) ? raw : (warn(path, 'is not a number'), fallback);
  if (fallback === null) return raw === null ? null : (warn(path, 'is not empty'), fallback);
  if (Array.isArray(fallback)) return sanitizeList(raw, fallback, path, warn);
  if (isPlainRecord(fallback)) return sanitizeRecord(raw, fallback, path, warn);
  return (warn(path, 'is not readable'), fallback);
}

/** Copies the fields of `defaults` from `raw` into a fresh object; anything else is dropped. */
function sanitizeRecord<T extends object>(raw: unknown, defaults: T, path: string, warn: Warn): T {
  if (!isPlainRecord(raw)) return (warn(path, 'is not readable'), defaults);
  const specs = SPECS[path] ?? {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) {
    const fallback = (defaults as PlainRecord)[key];
    out[key] = sanitizeNode(own(raw, key), fallback, specOfField(specs, defaults, key), `${path}.${key}`, warn);
  }
  return out as T;
}

/**
 * A list: each item shaped like the list's item template (or the default's first item). Items
 * with an `id` need a valid, unique one, since other fields refer to them; otherwise the whole
 * list takes its default.
 */
function sanitizeList(raw: unknown, fallback: readonly unknown[], path: string, warn: Warn): unknown {
  const list = LISTS[path] ?? DEFAULT_LIST;
  const item: unknown = list.item ?? fallback[0];
  if (!Array.isArray(raw) || raw.length < list.min || raw.length > list.max) return (warn(path, `must be a list of ${list.min} to ${list.max} items`), fallback);
  if (item === undefined) return raw.length === 0 ? [] : (warn(path, 'is not readable'), fallback);
  if (!isPlainRecord(item)) return raw.map((x, i) => sanitizeNode(x, item, specOfField({}, { v: item }, 'v'), `${path}[${i}]`, warn));
  const ids = new Set<string>();
  const needsId = list.ids ?? 'id' in item;
  for (const x of raw) {
    const id = isPlainRecord(x) ? own(x, 'id') : undefined;
    if (!needsId) continue;
    if (typeof id !== 'string' || !HOLDING_ID_PATTERN.test(id) || ids.has(id)) return (warn(path, 'has an item without a valid, unique id'), fallback);
    ids.add(id);
  }
  return raw.map((x: unknown, i) => {
    const fields = sanitizeRecord(x, item, `${path}[]`, (p, problem) => warn(p.replace(`${path}[]`, `${path}[${i}]`), problem));
    return needsId ? { id: (x as PlainRecord).id, ...fields } : fields;
  });
}

function describe(path: string, problem: string): string {
  return `${path} ${problem}; the default value is used.`;
}

/**
 * Untrusted data -> a Scenario built from fresh objects, with a warning for every field that was
 * missing or refused (it takes DEFAULT_SCENARIO's value, or EMPTY_HOLDING's in a holding). ok:
 * false when the input is not an object, or contains a prototype key, or is nested too deeply or
 * too large. Never throws.
 */
export function sanitizeScenario(raw: unknown): SanitizeResult {
  try {
    if (!isPlainRecord(raw)) return { ok: false, message: 'This is not a Microhedge scenario.' };
    const unsafe = findUnsafeStructure(raw);
    if (unsafe !== null) return { ok: false, message: unsafe };
    const warnings: string[] = [];
    const warn: Warn = (path, problem) => void warnings.push(describe(path, problem));
    const value: Record<string, unknown> = {};
    for (const key of Object.keys(DEFAULT_SCENARIO)) {
      const fallback = (DEFAULT_SCENARIO as unknown as PlainRecord)[key];
      // A section scenarios saved before it existed do not have: absent means empty, not damaged.
      value[key] = own(raw, key) === undefined && SILENT_WHEN_ABSENT.has(key) ? fallback : sanitizeNode(own(raw, key), fallback, undefined, key, warn);
    }
    const portfolio = value.portfolio as PortfolioInput;
    if (!portfolio.holdings.some((h) => h.id === portfolio.targetId)) {
      warn('portfolio.targetId', 'does not name a holding');
      value.portfolio = { ...portfolio, targetId: portfolio.holdings[0]!.id };
    }
    return { ok: true, value: value as unknown as Scenario, warnings };
  } catch {
    // A getter or proxy in data handed over from code, never JSON: refuse rather than throw.
    return { ok: false, message: 'This is not a Microhedge scenario.' };
  }
}
