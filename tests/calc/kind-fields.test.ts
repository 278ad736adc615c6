/**
 * The input form reads the kinds' inputs from one table (src/calc/kind-fields.ts) so that it can
 * render before the calculator has loaded. This checks that table against the registry the
 * calculation runs: every kind is listed once, in its mode, in the comparison's order, with the very
 * field list its module declares, so the form shows exactly the fields the calculation reads.
 */
import { describe, expect, it } from 'vitest';
import { formFields, KIND_FIELDS, KINDS_BY_MODE } from '../../src/calc/kind-fields';
import { HEDGE_KINDS, kindsOf, MODES } from '../../src/calc/registry';
import type { Mode } from '../../src/state/scenario';

const modes: readonly Mode[] = ['stock', 'commodity', 'fx', 'rate'];

describe('the form reads the same fields the calculation does', () => {
  it.each(modes)('%s: the same kinds, in the registry order', (mode) => {
    expect(KINDS_BY_MODE[mode]).toEqual(kindsOf(mode).map((k) => k.id));
  });

  it('every kind module declares its fields from the table (the same list, not a copy)', () => {
    expect(Object.keys(KIND_FIELDS).sort()).toEqual(HEDGE_KINDS.map((k) => k.id).sort());
    for (const k of HEDGE_KINDS) expect(k.fields, k.id).toBe(KIND_FIELDS[k.id as keyof typeof KIND_FIELDS]);
  });

  it.each(modes)('%s: the form lists each field once, the mode’s shared fields first', (mode) => {
    const specs = formFields(mode);
    const keys = specs.map((f) => `${f.source ?? 'slice'}:${f.field}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(specs.slice(0, MODES[mode].fields.length)).toEqual(MODES[mode].fields);
    for (const k of kindsOf(mode)) for (const f of k.fields) expect(keys).toContain(`${f.source ?? 'slice'}:${f.field}`);
  });
});
