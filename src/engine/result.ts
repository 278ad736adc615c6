import { Messages } from './messages';

/** One problem with one input field, in words a user can act on. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** What every engine entry point returns: a value, or the fields that stop it. Never throws. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(field: string, message: string): Result<T> {
  return { ok: false, errors: [{ field, message }] };
}

export function failAll<T = never>(errors: readonly FieldError[]): Result<T> {
  return { ok: false, errors };
}

/** Prefixes every error's field, so a nested input reports `collar.callStrike`, not `callStrike`. */
export function prefixErrors(prefix: string, errors: readonly FieldError[]): FieldError[] {
  return errors.map((e) => ({ field: `${prefix}.${e.field}`, message: e.message }));
}

/**
 * Runs `fn` and turns an unexpected exception (a bug, never a user's mistake) into a failed
 * result, so nothing thrown inside the engine crosses into the UI.
 */
export function guard<T>(field: string, fn: () => Result<T>): Result<T> {
  try {
    return fn();
  } catch {
    return fail(field, Messages.notComputable);
  }
}
