/**
 * Reads one slice's typed text into numbers, collecting a plain message per scenario field
 * (e.g. 'commodity.futuresPrice'), so the UI can show each error next to its field.
 */
import type { FieldError } from '../engine';
import { parseNumberField } from '../state/parse-input';
import { parseMoneyText } from '../state/parse-money';
import type { NumberFieldOptions } from '../state/parse-input';
export { daysToYears } from './fields';

export interface FieldReader {
  /** Parsed number, or NaN after recording the field's error (callers check `hasErrors`). */
  readonly num: (field: string, text: string, opts?: NumberFieldOptions) => number;
  /** Optional number: null when empty. */
  readonly optionalNum: (field: string, text: string, opts?: NumberFieldOptions) => number | null;
  /** Exact decimal text of a money amount (a fee, a margin), '0' when empty. */
  readonly money: (field: string, text: string) => string;
  readonly errors: Record<string, string>;
  readonly hasErrors: () => boolean;
}

export function createReader(slice: string): FieldReader {
  const errors: Record<string, string> = {};
  const path = (field: string) => `${slice}.${field}`;
  const optionalNum = (field: string, text: string, opts: NumberFieldOptions = {}): number | null => {
    const r = parseNumberField(text, { ...opts, allowEmpty: true });
    if (!r.ok) {
      errors[path(field)] = r.message;
      return Number.NaN;
    }
    return r.value;
  };
  return {
    num(field, text, opts = {}) {
      const r = parseNumberField(text, opts);
      if (!r.ok) {
        errors[path(field)] = r.message;
        return Number.NaN;
      }
      return r.value ?? Number.NaN;
    },
    optionalNum,
    money(field, text) {
      const r = parseMoneyText(text, { allowEmpty: true, min: 0 });
      if (!r.ok) {
        errors[path(field)] = r.message;
        return '0';
      }
      return r.value === '' ? '0' : r.value;
    },
    errors,
    hasErrors: () => Object.keys(errors).length > 0,
  };
}

/**
 * Places engine errors next to the scenario fields they concern (via `fieldMap`, engine field ->
 * scenario path); errors of fields the user does not type directly are returned as plain messages.
 */
export function placeEngineErrors(
  errors: readonly FieldError[],
  fieldMap: Readonly<Record<string, string>>,
  fieldErrors: Record<string, string>,
): string[] {
  const general: string[] = [];
  for (const e of errors) {
    const target = fieldMap[e.field];
    if (target !== undefined) {
      fieldErrors[target] ??= e.message;
    } else {
      general.push(e.message);
    }
  }
  return general;
}

