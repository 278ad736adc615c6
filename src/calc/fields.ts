/**
 * Input fields as data: label, unit, hint, validation, the form group they appear in, and where the
 * text is stored (the mode's slice, or the target holding for per-holding inputs such as a proxy).
 * Pure: no engine, so the form renders before the calculator is loaded.
 */
import type { NumberFieldOptions } from '../state/parse-input';

/** What the form knows when it renders a label: the slice's text and the target holding's name and price text. */
export interface FormValues {
  readonly slice: Readonly<Record<string, unknown>>;
  readonly targetName: string;
  /** Today's price of the target, when it parses. */
  readonly targetPrice: number | null;
  /** The target's currency code and the portfolio's home currency, when the form knows them (stock mode). */
  readonly targetCurrency?: string;
  readonly homeCurrency?: string;
  /** True when the target is held short (quantity below 0): labels read for a short. */
  readonly targetShort?: boolean;
}

/** A fixed text, or one that follows the form's values (a currency pair, a strike's unit). */
export type Dyn<T> = T | ((v: FormValues) => T);

/** How the text is read: a number (with bounds in typed units), an optional number, exact money text, or free text. */
export type FieldRule =
  | ({ readonly type: 'number' } & NumberFieldOptions)
  | ({ readonly type: 'optional' } & NumberFieldOptions)
  | { readonly type: 'money' }
  | { readonly type: 'text' };

interface Common {
  readonly field: string;
  readonly label: Dyn<string>;
  readonly hint?: Dyn<string | undefined>;
  /** Legend of the fieldset the field appears in; fields of one group render together, in order. */
  readonly group: Dyn<string>;
  /** 'target': the text lives on the target holding (per-holding inputs follow the target). */
  readonly source?: 'slice' | 'target';
  /** Read (and required) only when this holds for the slice's values, e.g. the call strike of a collar not solved for zero cost. */
  readonly when?: (slice: Readonly<Record<string, unknown>>) => boolean;
  /** Shown only when the target is held on this side (the inputs of a long-only or short-only hedge). */
  readonly side?: 'long' | 'short';
}

export type FieldSpec =
  | (Common & { readonly kind?: 'text'; readonly unit?: Dyn<string | undefined>; readonly rule: FieldRule })
  | (Common & { readonly kind: 'select'; readonly options: readonly { readonly value: string; readonly label: string }[] })
  | (Common & { readonly kind: 'checkbox' });

/** Resolves a `Dyn` value. */
export function resolve<T>(d: Dyn<T>, v: FormValues): T {
  return typeof d === 'function' ? (d as (v: FormValues) => T)(v) : d;
}

/** Scenario path of a field's error: 'stock.putStrike', or 'portfolio.h1.proxyPrice' for a target field. */
export function fieldPath(slice: string, spec: Pick<FieldSpec, 'field' | 'source'>, targetId: string): string {
  return spec.source === 'target' ? `portfolio.${targetId}.${spec.field}` : `${slice}.${spec.field}`;
}

export const ROUNDING_OPTIONS = [
  { value: 'nearest', label: 'Nearest whole contract' },
  { value: 'down', label: 'Round down (never over-hedge)' },
  { value: 'up', label: 'Round up (cover everything)' },
] as const;

/** Builders that keep the declarations short. */
export const num = (field: string, label: Dyn<string>, group: Dyn<string>, rule: NumberFieldOptions, extra: Partial<Pick<Common, 'hint' | 'source' | 'when' | 'side'>> & { unit?: Dyn<string | undefined> } = {}): FieldSpec => ({
  field, label, group, rule: { type: 'number', ...rule }, ...extra,
});
export const optional = (field: string, label: Dyn<string>, group: Dyn<string>, rule: NumberFieldOptions, extra: Partial<Pick<Common, 'hint' | 'source' | 'when' | 'side'>> & { unit?: Dyn<string | undefined> } = {}): FieldSpec => ({
  field, label, group, rule: { type: 'optional', ...rule }, ...extra,
});
export const moneyField = (field: string, label: Dyn<string>, group: Dyn<string>, extra: Partial<Pick<Common, 'hint' | 'source' | 'when' | 'side'>> & { unit?: Dyn<string | undefined> } = {}): FieldSpec => ({
  field, label, group, rule: { type: 'money' }, ...extra,
});
export const textField = (field: string, label: Dyn<string>, group: Dyn<string>, extra: Partial<Pick<Common, 'hint' | 'source'>> = {}): FieldSpec => ({
  field, label, group, rule: { type: 'text' }, ...extra,
});

/** Calendar days -> years (calendar days / 365, the convention the UI states). */
export function daysToYears(days: number): number {
  return days / 365;
}
