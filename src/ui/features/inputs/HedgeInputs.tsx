/**
 * The one input form of every mode: the mode's shared fields and each hedge kind's own fields, as
 * the calculation layer declares them (labels, units, hints, groups). Per-holding inputs (a proxy)
 * read and write the target holding, so they follow the target.
 */
import { memo, useCallback, useMemo, useState } from 'react';
import { fieldPath, resolve } from '../../../calc/fields';
import type { FieldSpec, FormValues } from '../../../calc/fields';
import { formFields, MODES } from '../../../calc/kind-fields';
import { homeCurrencyOf } from '../../../calc/fx-rates';
import { sideOfQuantity } from '../../../calc/side';
import { parseNumberField } from '../../../state/parse-input';
import type { HoldingField } from '../../../state/store';
import { useScenarioStore } from '../../../state/store';
import { SliceFields } from '../../shared/SliceFields';
import type { FieldGroup, FieldSpec as UiFieldSpec } from '../../shared/SliceFields';

/** Prefix of a target-holding field inside the form's flat values. */
const TARGET = '@';

function toUi(spec: FieldSpec, v: FormValues): UiFieldSpec {
  const field = spec.source === 'target' ? `${TARGET}${spec.field}` : spec.field;
  const label = resolve(spec.label, v);
  const hint = spec.hint === undefined ? undefined : resolve(spec.hint, v);
  if (spec.kind === 'checkbox') return { kind: 'checkbox', field, label, ...(hint ? { hint } : {}) };
  if (spec.kind === 'select') return { kind: 'select', field, label, options: spec.options, ...(hint ? { hint } : {}) };
  const unit = spec.unit === undefined ? undefined : resolve(spec.unit, v);
  return { field, label, ...(unit ? { unit } : {}), ...(hint ? { hint } : {}), ...(spec.rule.type === 'text' ? { inputMode: 'text' as const } : {}) };
}

/**
 * Groups in order of first appearance, each field once. A field whose label, unit and hint did not
 * change keeps its spec object (`previous`), so a keystroke re-renders that field only.
 */
function buildGroups(specs: readonly FieldSpec[], v: FormValues, previous: Map<string, UiFieldSpec>): FieldGroup[] {
  const groups = new Map<string, UiFieldSpec[]>();
  for (const spec of specs) {
    const legend = resolve(spec.group, v);
    const list = groups.get(legend) ?? [];
    const ui = toUi(spec, v);
    const key = JSON.stringify(ui);
    const kept = previous.get(key) ?? ui;
    previous.set(key, kept);
    list.push(kept);
    groups.set(legend, list);
  }
  return [...groups].map(([legend, fields]) => ({ legend, fields }));
}

/** The hedge inputs of the current mode, with each error next to its field. */
export const HedgeInputs = memo(function HedgeInputs({ errors, notes }: { readonly errors: Readonly<Record<string, string>>; readonly notes?: Readonly<Record<string, string>> }) {
  const mode = useScenarioStore((s) => s.prefs.mode);
  const m = MODES[mode];
  const slice = useScenarioStore((s) => s[m.slice]);
  const target = useScenarioStore((s) => s.portfolio.holdings.find((h) => h.id === s.portfolio.targetId) ?? null);
  const setField = useScenarioStore((s) => s.setField);
  const setHolding = useScenarioStore((s) => s.setHolding);
  const side = target !== null && mode === 'stock' ? sideOfQuantity(target.quantity) : 'long';
  const allSpecs = formFields(mode);
  // The inputs of a long-only or short-only hedge show only for a target held that way.
  const specs = useMemo(() => allSpecs.filter((f) => f.side === undefined || f.side === side), [allSpecs, side]);
  const targetId = target?.id ?? '';
  const hasTargetFields = specs.some((f) => f.source === 'target');
  const price = target ? parseNumberField(target.price, { gt: 0 }) : null;
  const home = useScenarioStore((s) => homeCurrencyOf(s.portfolio));
  const formValues: FormValues = useMemo(
    () => ({
      slice: slice as unknown as Readonly<Record<string, unknown>>, targetName: target?.name ?? '', targetPrice: price?.ok ? price.value : null,
      homeCurrency: home, targetShort: side === 'short', ...(target ? { targetCurrency: target.currency } : {}),
    }),
    [slice, target?.name, target?.currency, home, price?.ok, price?.ok ? price.value : null, side], // eslint-disable-line react-hooks/exhaustive-deps -- price is derived from target.price
  );
  const [specCache] = useState(() => new Map<string, UiFieldSpec>());
  const groups = useMemo(() => buildGroups(specs, formValues, specCache), [specs, formValues, specCache]);
  const values = useMemo(() => {
    if (!hasTargetFields || target === null) return slice;
    const own = Object.fromEntries(specs.filter((f) => f.source === 'target').map((f) => [`${TARGET}${f.field}`, (target as unknown as Record<string, unknown>)[f.field]]));
    return { ...slice, ...own };
  }, [slice, target, specs, hasTargetFields]);
  const formErrors = useMemo(() => {
    const out: Record<string, string> = { ...errors };
    for (const f of specs) if (f.source === 'target' && errors[fieldPath(m.slice, f, targetId)]) out[`${m.slice}.${TARGET}${f.field}`] = errors[fieldPath(m.slice, f, targetId)]!;
    return out;
  }, [errors, specs, m.slice, targetId]);
  const onChange = useCallback(
    (field: string, value: string | boolean) => {
      if (field.startsWith(TARGET)) {
        if (typeof value === 'string' && targetId) setHolding(targetId, field.slice(TARGET.length) as HoldingField, value);
      } else setField(m.slice, field, value);
    },
    [setField, setHolding, m.slice, targetId],
  );
  const titleId = `${mode}-inputs-title`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{m.title}</h2>
      <SliceFields slice={m.slice} groups={groups} values={values} errors={formErrors} {...(notes ? { notes } : {})} onChange={onChange} />
    </section>
  );
});
