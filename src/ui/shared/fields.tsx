import { memo, useId } from 'react';
import type { ChangeEvent, ReactNode } from 'react';

interface FieldFrameProps {
  readonly label: string;
  readonly unit?: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  /** A plain warning that is not an error (a quote that looks wrong), shown under the field. */
  readonly note?: string | undefined;
  readonly children: (ids: { inputId: string; describedBy: string | undefined }) => ReactNode;
}

/** Label, control, unit and the plain-words error right next to it. */
function FieldFrame({ label, unit, hint, error, note, children }: FieldFrameProps) {
  const base = useId();
  const inputId = `${base}-input`;
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const noteId = note ? `${base}-note` : undefined;
  const describedBy = [hintId, errorId, noteId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={inputId}>
        {label}
        {unit ? <span className="unit"> ({unit})</span> : null}
      </label>
      {children({ inputId, describedBy })}
      {hint ? (
        <small id={hintId} className="hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={errorId} className="field-error">
          {error}
        </small>
      ) : null}
      {note && !error ? (
        <small id={noteId} className="field-note warning" role="note">
          {note}
        </small>
      ) : null}
    </div>
  );
}

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly unit?: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly note?: string | undefined;
  /** 'decimal' brings up the numeric keyboard on phones; 'text' for names and codes. */
  readonly inputMode?: 'decimal' | 'text';
  readonly maxLength?: number;
}

/** A text input that keeps exactly what the user typed; validation happens elsewhere. */
export const TextField = memo(function TextField({ label, value, onChange, unit, hint, error, note, inputMode = 'decimal', maxLength = 64 }: TextFieldProps) {
  return (
    <FieldFrame label={label} unit={unit} hint={hint} error={error} note={note}>
      {({ inputId, describedBy }) => (
        <input
          id={inputId}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          maxLength={maxLength}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        />
      )}
    </FieldFrame>
  );
});

export interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly hint?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, hint }: SelectFieldProps<T>) {
  return (
    <FieldFrame label={label} hint={hint}>
      {({ inputId, describedBy }) => (
        <select id={inputId} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: string;
}

export function CheckboxField({ label, checked, onChange, hint }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      ) : null}
    </div>
  );
}
