import { memo, useCallback } from 'react';
import { CheckboxField, SelectField, TextField } from './fields';

/** One input of a form, described as data so forms are lists, not repeated markup. */
export type FieldSpec =
  | { readonly kind?: 'text'; readonly field: string; readonly label: string; readonly unit?: string; readonly hint?: string; readonly inputMode?: 'decimal' | 'text' }
  | { readonly kind: 'select'; readonly field: string; readonly label: string; readonly options: readonly { readonly value: string; readonly label: string }[]; readonly hint?: string }
  | { readonly kind: 'checkbox'; readonly field: string; readonly label: string; readonly hint?: string };

export interface FieldGroup {
  readonly legend: string;
  readonly fields: readonly FieldSpec[];
}

export interface SliceFieldsProps {
  /** Error keys are `${slice}.${field}`. */
  readonly slice: string;
  readonly groups: readonly FieldGroup[];
  /** The slice's values (text fields, choices, booleans), read by `field`. */
  readonly values: object;
  readonly errors: Readonly<Record<string, string>>;
  /** Plain notes (not errors) by `${slice}.${field}`. */
  readonly notes?: Readonly<Record<string, string>>;
  readonly onChange: (field: string, value: string | boolean) => void;
}

interface FieldRowProps {
  readonly spec: FieldSpec;
  readonly value: unknown;
  readonly error: string | undefined;
  readonly note?: string | undefined;
  readonly onChange: (field: string, value: string | boolean) => void;
}

/** One field; memoised on its own value and error, so a keystroke re-renders one field, not the form. */
const FieldRow = memo(function FieldRow({ spec, value, error, note, onChange }: FieldRowProps) {
  const { field } = spec;
  const change = useCallback((v: string | boolean) => onChange(field, v), [onChange, field]);
  if (spec.kind === 'checkbox') return <CheckboxField label={spec.label} hint={spec.hint} checked={value === true} onChange={change} />;
  if (spec.kind === 'select') return <SelectField label={spec.label} hint={spec.hint} value={String(value ?? '')} options={spec.options} onChange={change} />;
  return <TextField label={spec.label} unit={spec.unit} hint={spec.hint} inputMode={spec.inputMode} value={typeof value === 'string' ? value : ''} error={error} note={note} onChange={change} />;
});

/** Renders groups of labelled fields (fieldset + legend each), errors next to their fields. */
export function SliceFields({ slice, groups, values, errors, notes, onChange }: SliceFieldsProps) {
  const read = values as Readonly<Record<string, unknown>>;
  return (
    <>
      {groups.map((g) => (
        <fieldset key={g.legend} className="field-group">
          <legend>{g.legend}</legend>
          <div className="field-grid">
            {g.fields.map((spec) => (
              <FieldRow key={spec.field} spec={spec} value={read[spec.field]} error={errors[`${slice}.${spec.field}`]} note={notes?.[`${slice}.${spec.field}`]} onChange={onChange} />
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

export const ROUNDING_OPTIONS = [
  { value: 'nearest', label: 'Nearest whole contract' },
  { value: 'down', label: 'Round down (never over-hedge)' },
  { value: 'up', label: 'Round up (cover everything)' },
] as const;
