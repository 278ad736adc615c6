/**
 * fast-check arbitraries for whole scenarios, built from the worked example's shape (so a field
 * added to the scenario is covered without touching this file): any text a user can type in a
 * field (any UTF-16 unit, lone surrogates, emoji, right-to-left marks, markup), every choice.
 */
import fc from 'fast-check';
import { DEFAULT_SCENARIO } from '../../src/state/presets';
import { COMBINED_LEG_FIELDS, HEDGE_KIND_PATTERN, HOLDING_FIELDS, MAX_COMBINED_LEGS, MAX_TEXT_LENGTH, PORTFOLIO_FIELDS, PREFS_FIELDS, SLICE_FIELDS } from '../../src/state/sanitize';
import type { FieldSpec } from '../../src/state/sanitize';
import type { Scenario } from '../../src/state/scenario';

const special = fc.constantFrom('<', '>', '&', '"', "'", '\\', '/', '😀', '👩‍👧', '\u202e', '\u200f', 'ש', 'م', '\u0000', '\t', '\ud800', '\udfff', '\u2028', '%', '#', '&amp;', '</script>');
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

/** Any text up to the field limit in UTF-16 units, as a user could type or paste it. */
export const typedText: fc.Arbitrary<string> = fc
  .array(fc.oneof(special, anyUnit, anyCodePoint, fc.string({ maxLength: 3 })), { maxLength: 40 })
  .map((parts) => parts.join('').slice(0, MAX_TEXT_LENGTH));

const SPECS: Record<string, object> = { ...SLICE_FIELDS, prefs: PREFS_FIELDS, portfolio: PORTFOLIO_FIELDS };

function valueArb(fallback: unknown, spec: FieldSpec | undefined): fc.Arbitrary<unknown> {
  if (spec?.kind === 'enum') return fc.constantFrom(...spec.values);
  if (spec?.kind === 'text' && spec.pattern !== undefined) return fc.stringMatching(spec.pattern);
  if (typeof fallback === 'boolean') return fc.boolean();
  if (typeof fallback === 'string') return typedText;
  return fc.constant(fallback);
}

function recordArb(defaults: object, specs: object): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(defaults).map(([k, v]) => [k, valueArb(v, (specs as Record<string, FieldSpec>)[k])] as const);
  return fc.record(Object.fromEntries(entries));
}

const holdingsArb = fc
  .uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/), { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.tuple(
      fc.tuple(...ids.map((id) => recordArb(DEFAULT_SCENARIO.portfolio.holdings[0]!, HOLDING_FIELDS).map((h) => ({ ...h, id })))),
      fc.constantFrom(...ids),
    ),
  );

/** Any list of combined-hedge legs the sanitizer accepts. */
const combinedArb = fc.array(fc.record({ mode: fc.constantFrom(...COMBINED_LEG_FIELDS.mode.values), kind: fc.stringMatching(HEDGE_KIND_PATTERN) }), { maxLength: MAX_COMBINED_LEGS });

/** Any scenario: every text field any typed text, every choice any of its values. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    rest: fc.record(Object.fromEntries(Object.entries(DEFAULT_SCENARIO).filter(([k]) => k !== 'portfolio').map(([k, v]) => [k, recordArb(v as object, SPECS[k] ?? {})]))),
    portfolio: recordArb(DEFAULT_SCENARIO.portfolio, PORTFOLIO_FIELDS),
    holdings: holdingsArb,
    combined: combinedArb,
  })
  .map(({ rest, portfolio, holdings: [holdings, targetId], combined }) => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(DEFAULT_SCENARIO)) out[key] = key === 'portfolio' ? { ...portfolio, holdings, targetId } : rest[key];
    out.prefs = { ...(out.prefs as object), combined };
    return out as unknown as Scenario;
  });
