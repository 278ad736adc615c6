import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROXY_KEYS } from '../../src/state/migrations';
import type { ScenarioV1 } from '../../src/state/migrations';
import { DEFAULT_SCENARIO, PRESETS } from '../../src/state/presets';
import { EMPTY_HOLDING, MAX_TEXT_LENGTH, PORTFOLIO_FIELDS, SLICE_FIELDS, specOfField } from '../../src/state/sanitize';
import { CURRENT_VERSION } from '../../src/state/migrations';
import { scenarioArb } from './scenario-arb';
import type { Scenario } from '../../src/state/scenario';
import {
  MAX_SHARE_TEXT_LENGTH,
  ShareLinkMessages,
  decodeScenario,
  encodeScenario,
  scenarioFromLocation,
  scenarioToHash,
} from '../../src/state/share-link';

// base64url as defined by RFC 4648 §5 (alphabet A-Z a-z 0-9 - _, padding omitted), via Node's encoder.
const b64url = (text: string | Uint8Array): string => Buffer.from(text).toString('base64url');
const link = (json: unknown, version = CURRENT_VERSION): string => `v${version}.${b64url(JSON.stringify(json))}`;
const damaged = { ok: false, message: ShareLinkMessages.damaged };

describe('encodeScenario', () => {
  it('is v4. + base64url (RFC 4648 §5) of the UTF-8 JSON', () => {
    const s = { ...DEFAULT_SCENARIO, stock: { ...DEFAULT_SCENARIO.stock, indexName: 'Ünïcødé 株式 €' } };
    const text = encodeScenario(s);
    expect(text).toBe(link(s));
    expect(text).toMatch(/^v4\.[A-Za-z0-9_-]+$/);
  });

  it('every byte-length remainder encodes like the reference encoder', () => {
    for (const tail of ['', 'a', 'ab', 'abc', '€', '😀']) {
      const s = { ...DEFAULT_SCENARIO, fx: { ...DEFAULT_SCENARIO.fx, optionFee: tail } };
      expect(encodeScenario(s)).toBe(link(s));
    }
  });

  it('a scenario with 50 holdings and every text field full still fits in a link', () => {
    const full = 'x'.repeat(MAX_TEXT_LENGTH);
    // Every free-text field at its longest; choices keep their values.
    const fill = <T extends object>(o: T, specs: object = {}): T =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k, specOfField(specs, o, k)?.kind === 'text' && !(k in specs) ? full : v])) as T;
    const holdings = Array.from({ length: 50 }, (_, i) => ({ ...fill(EMPTY_HOLDING), id: `h${i}` }));
    const s: Scenario = {
      ...DEFAULT_SCENARIO,
      portfolio: { ...fill(DEFAULT_SCENARIO.portfolio, PORTFOLIO_FIELDS), holdings, targetId: 'h0' },
      stock: fill(DEFAULT_SCENARIO.stock, SLICE_FIELDS.stock),
      commodity: fill(DEFAULT_SCENARIO.commodity, SLICE_FIELDS.commodity),
      fx: fill(DEFAULT_SCENARIO.fx, SLICE_FIELDS.fx),
      rate: fill(DEFAULT_SCENARIO.rate, SLICE_FIELDS.rate),
    };
    const text = encodeScenario(s);
    expect(text.length).toBeLessThanOrEqual(MAX_SHARE_TEXT_LENGTH);
    expect(decodeScenario(text)).toEqual({ ok: true, value: s, warnings: [] });
  });
});

describe('decodeScenario: round trip', () => {
  it.each(Object.entries(PRESETS))('preset %s', (_name, preset) => {
    expect(decodeScenario(encodeScenario(preset.scenario))).toEqual({ ok: true, value: preset.scenario, warnings: [] });
  });

  it('keeps invalid typed numbers exactly', () => {
    const s = { ...DEFAULT_SCENARIO, stock: { ...DEFAULT_SCENARIO.stock, rate: '1,2x', putQuote: ' 5 ' } };
    expect(decodeScenario(encodeScenario(s))).toEqual({ ok: true, value: s, warnings: [] });
  });

  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['angle brackets and ampersands', 'A<B & C>D'],
    ['quotes', `"double" 'single' \\`],
    ['emoji', '👩‍👩‍👧 🇪🇺'],
    ['right-to-left text and marks', 'שלום \u202eabc\u202c مرحبا'],
    ['lone surrogates', '\ud800a\udfff'],
  ])('keeps %s typed in a name exactly', (_label, name) => {
    const s: Scenario = { ...DEFAULT_SCENARIO, portfolio: { ...DEFAULT_SCENARIO.portfolio, holdings: [{ ...DEFAULT_SCENARIO.portfolio.holdings[0]!, name }] } };
    expect(decodeScenario(encodeScenario(s))).toEqual({ ok: true, value: s, warnings: [] });
  });

  it('any scenario of any typed text encodes and decodes to an equal scenario (property)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const text = encodeScenario(s);
        expect(text.length).toBeLessThanOrEqual(MAX_SHARE_TEXT_LENGTH);
        expect(decodeScenario(text)).toEqual({ ok: true, value: s, warnings: [] });
        expect(scenarioFromLocation(scenarioToHash(s))).toEqual({ ok: true, value: s, warnings: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('a v1 link is migrated (its one proxy goes to the target holding)', () => {
    const { holdings, targetId, correlation } = DEFAULT_SCENARIO.portfolio;
    const { strikeMode: _m, expiryDays: _e, ...stock } = DEFAULT_SCENARIO.stock;
    const target = holdings.find((h) => h.id === targetId)!;
    const proxy = Object.fromEntries(PROXY_KEYS.map((k) => [k, target[k]])) as Pick<typeof target, (typeof PROXY_KEYS)[number]>;
    const plain = (h: (typeof holdings)[number]) => ({ id: h.id, name: h.name, quantity: h.quantity, price: h.price, currency: h.currency, vol: String(Number(h.vol) / 100), dividendYield: h.dividendYield, beta: h.beta });
    const v1: ScenarioV1 = {
      ...DEFAULT_SCENARIO,
      stock: { ...stock, ...proxy },
      commodity: { ...DEFAULT_SCENARIO.commodity, rate: '3' },
      portfolio: { holdings: holdings.map(plain), targetId, correlation },
      prefs: { view: 'stock', selectedHedge: 'protective-put', showPortfolio: false },
    };
    const empty = Object.fromEntries(PROXY_KEYS.map((k) => [k, '']));
    const expected = { ...DEFAULT_SCENARIO, portfolio: { ...DEFAULT_SCENARIO.portfolio, holdings: holdings.map((h) => (h.id === targetId ? h : { ...h, ...empty })) } };
    expect(decodeScenario(link(v1, 1))).toEqual({ ok: true, value: expected, warnings: [] });
  });
});

describe('decodeScenario: hostile or garbled links', () => {
  const withStock = (field: string, value: unknown) => ({ ...DEFAULT_SCENARIO, stock: { ...DEFAULT_SCENARIO.stock, [field]: value } });

  it.each([
    ['empty', ''],
    ['no version prefix', b64url(JSON.stringify(DEFAULT_SCENARIO))],
    ['bad base64', 'v3.@@@@'],
    ['base64 with padding', `${link(DEFAULT_SCENARIO)}==`],
    ['impossible base64 length', 'v3.A'],
    ['not JSON', `v3.${b64url('not json {')}`],
    ['invalid UTF-8', `v3.${b64url(new Uint8Array([0xff, 0xfe, 0x7b]))}`],
    ['JSON but not an object', link([1, 2, 3])],
    ['JSON null', link(null)],
    ['deep nesting', `v3.${b64url(`{"stock":${'['.repeat(3000)}${']'.repeat(3000)}}`)}`],
    ['a wrong type', link(withStock('rate', 3))],
    ['a missing field', link({ ...DEFAULT_SCENARIO, fx: undefined })],
    ['an unknown enum value', link(withStock('exercise', 'bermudan'))],
    ['a __proto__ key', `v2.${b64url('{"__proto__":{"polluted":true}}')}`],
    ['a constructor key', `v2.${b64url('{"portfolio":{"constructor":{"prototype":{"x":1}}}}')}`],
    ['a risk horizon not offered', link({ ...DEFAULT_SCENARIO, portfolio: { ...DEFAULT_SCENARIO.portfolio, riskHorizon: '7' } })],
    ['a holding list of 51', link({ ...DEFAULT_SCENARIO, portfolio: { ...DEFAULT_SCENARIO.portfolio, holdings: Array.from({ length: 51 }, (_, i) => ({ ...EMPTY_HOLDING, id: `h${i}` })) } })],
    ['a target naming no holding', link({ ...DEFAULT_SCENARIO, portfolio: { ...DEFAULT_SCENARIO.portfolio, targetId: 'nope' } })],
    ['a field longer than 64 characters', link(withStock('indexName', 'x'.repeat(65)))],
  ])('%s -> damaged', (_label, text) => {
    expect(decodeScenario(text)).toEqual(damaged);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a link longer than 100,000 characters is refused before decoding', () => {
    expect(decodeScenario(`v2.${'A'.repeat(MAX_SHARE_TEXT_LENGTH)}`)).toEqual({ ok: false, message: ShareLinkMessages.tooLong });
  });

  it('a link from a newer version says so', () => {
    expect(decodeScenario(link(DEFAULT_SCENARIO, CURRENT_VERSION + 1))).toEqual({ ok: false, message: ShareLinkMessages.newer });
    expect(decodeScenario(link(DEFAULT_SCENARIO, 999))).toEqual({ ok: false, message: ShareLinkMessages.newer });
  });

  it('non-string input is refused, not thrown', () => {
    expect(decodeScenario(42 as unknown as string)).toEqual(damaged);
  });

  it('arbitrary text never throws and is refused (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120, unit: 'binary' }), (text) => {
        const r = decodeScenario(text);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary base64url after the prefix never throws (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{0,300}$/), (body) => {
        const r = decodeScenario(`v3.${body}`);
        if (r.ok) expect(r.warnings).toEqual([]);
        else expect(r.message).toBe(ShareLinkMessages.damaged);
      }),
      { numRuns: 500 },
    );
  });

  it('a valid link with characters changed never throws; what decodes is a clean scenario (property)', () => {
    const good = encodeScenario(DEFAULT_SCENARIO);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.constantFrom(...'Aa0-_Zz9')), { minLength: 1, maxLength: 5 }), (edits) => {
        const chars = [...good];
        for (const [i, c] of edits) chars[i] = c;
        const r = decodeScenario(chars.join(''));
        if (r.ok) expect(decodeScenario(encodeScenario(r.value))).toEqual({ ok: true, value: r.value, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('scenarioToHash / scenarioFromLocation', () => {
  it('writes #s=v3.…', () => {
    expect(scenarioToHash(DEFAULT_SCENARIO)).toBe(`#s=${encodeScenario(DEFAULT_SCENARIO)}`);
  });

  it.each(['', '#', '#foo=bar', 'foo=bar'])('%j holds no share link -> null', (hash) => {
    expect(scenarioFromLocation(hash)).toBeNull();
  });

  it('reads s= among other parameters, with or without #', () => {
    const value = PRESETS.bakery.scenario;
    const expected = { ok: true, value, warnings: [] };
    expect(scenarioFromLocation(`#x=1&s=${encodeScenario(value)}`)).toEqual(expected);
    expect(scenarioFromLocation(`s=${encodeScenario(value)}`)).toEqual(expected);
  });

  it('a damaged or huge hash gives a message, never throws', () => {
    expect(scenarioFromLocation('#s=v3.%%%')).toEqual(damaged);
    expect(scenarioFromLocation('#s=')).toEqual(damaged);
    expect(scenarioFromLocation(`#s=${'A'.repeat(200_000)}`)).toEqual({ ok: false, message: ShareLinkMessages.tooLong });
  });

  it('arbitrary hashes never throw (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (tail) => {
        expect(() => scenarioFromLocation(`#s=${tail}`)).not.toThrow();
        expect(() => scenarioFromLocation(`#${tail}`)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
