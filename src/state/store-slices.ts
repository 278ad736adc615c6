/**
 * The store's slices (ZS slices pattern): portfolio, the four hedge modes, prefs and the session.
 * Every setter keeps the user's text exactly as typed and ignores fields the scenario does not have.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_SCENARIO, PRESETS } from './presets';
import type { QuoteHooks } from './quote-notice';
import { rebaseStrikes } from './rebase-strikes';
import { acceptsValue, COMBINED_LEG_FIELDS, EMPTY_FX_RATE, EMPTY_HOLDING, HOLDING_FIELDS, MAX_COMBINED_LEGS, MAX_FX_RATES, MAX_HOLDINGS, PORTFOLIO_FIELDS, PREFS_FIELDS, SLICE_FIELDS, specOfField } from './sanitize';
import type { Holding, PortfolioInput, Prefs, Scenario, StockHedgeInput } from './scenario';
import { clearStaleQuotes, keepQuotes } from './stale-quotes';
import type { HedgeSlices, PortfolioSlice, PrefsSlice, ScenarioStore, SessionSlice } from './store';

type Mutators = [['zustand/persist', unknown]];
type Slice<T> = StateCreator<ScenarioStore, Mutators, [], T>;

/** True when `field` of a record shaped like `defaults` may take `value` (the sanitizer's own rules). */
function accepts(specs: object, defaults: object, field: string, value: unknown): boolean {
  return acceptsValue(specOfField(specs, defaults, field), value);
}

const ID_FIELDS: ReadonlySet<string> = new Set(['id', 'holdings', 'targetId']);

function nextHoldingId(holdings: readonly Holding[]): string {
  const used = new Set(holdings.map((h) => h.id));
  let n = holdings.reduce((max, h) => Math.max(max, Number(/^h(\d{1,6})$/.exec(h.id)?.[1] ?? 0)), 0) + 1;
  while (used.has(`h${n}`)) n++;
  return `h${n}`;
}

type SetStore = Parameters<Slice<unknown>>[0];

/**
 * Sets the stock inputs `after` (and `other` parts of the state) with the quotes of every option whose
 * contract changed emptied, then tells `quotes` what was cleared and how to put it back.
 */
function setStock(quotes: QuoteHooks, set: SetStore, get: () => ScenarioStore, before: StockHedgeInput, after: StockHedgeInput, other: Partial<ScenarioStore> = {}, previousTarget?: string): void {
  const clearing = clearStaleQuotes(before, after, previousTarget);
  set({ ...other, stock: clearing?.stock ?? after });
  if (clearing !== null) quotes.cleared?.(clearing, () => set({ stock: keepQuotes(get().stock, clearing.cleared) }));
}

export const createPortfolioSlice =
  (initial: PortfolioInput, quotes: QuoteHooks = {}): Slice<PortfolioSlice> =>
  (set, get) => {
    const update = (portfolio: PortfolioInput) => set({ portfolio });
    return {
      portfolio: initial,
      setHolding: (id, field, value) => {
        const p = get().portfolio;
        const holding = p.holdings.find((h) => h.id === id);
        if (holding === undefined || ID_FIELDS.has(field) || !accepts(HOLDING_FIELDS, EMPTY_HOLDING, field, value) || holding[field] === value) return;
        update({ ...p, holdings: p.holdings.map((h) => (h.id === id ? { ...h, [field]: value } : h)) });
      },
      addHolding: () => {
        const p = get().portfolio;
        if (p.holdings.length >= MAX_HOLDINGS) return;
        const target = p.holdings.find((h) => h.id === p.targetId);
        const added: Holding = { id: nextHoldingId(p.holdings), ...EMPTY_HOLDING, currency: target?.currency ?? EMPTY_HOLDING.currency };
        update({ ...p, holdings: [...p.holdings, added] });
      },
      removeHolding: (id) => {
        const p = get().portfolio;
        const holdings = p.holdings.filter((h) => h.id !== id);
        if (holdings.length === 0 || holdings.length === p.holdings.length) return;
        if (p.targetId !== id) return update({ ...p, holdings });
        // The options were on the removed holding: their quotes go with it.
        const removed = p.holdings.find((h) => h.id === id)!;
        setStock(quotes, set, get, get().stock, get().stock, { portfolio: { ...p, holdings, targetId: holdings[0]!.id } }, removed.name);
      },
      setTarget: (id) => {
        const p = get().portfolio;
        const from = p.holdings.find((h) => h.id === p.targetId);
        const to = p.holdings.find((h) => h.id === id);
        if (p.targetId === id || to === undefined) return;
        // Strikes typed as prices are re-based to the new target's price (see rebase-strikes.ts).
        // Quotes were for options on the old target: emptied, with the way back.
        const stock = get().stock;
        setStock(quotes, set, get, stock, rebaseStrikes(stock, from?.price ?? '', to.price), { portfolio: { ...p, targetId: id } }, from?.name ?? '');
      },
      setPortfolioField: (field, value) => {
        const p = get().portfolio;
        if (!ID_FIELDS.has(field) && accepts(PORTFOLIO_FIELDS, DEFAULT_SCENARIO.portfolio, field, value) && p[field] !== value) update({ ...p, [field]: value });
      },
      setFxRate: (currency, field, value) => {
        const p = get().portfolio;
        if (!/^[A-Z]{3}$/.test(currency) || field === ('currency' as string) || !accepts({}, EMPTY_FX_RATE, field, value)) return;
        const row = p.fxRates.find((r) => r.currency === currency);
        if (row === undefined) {
          if (p.fxRates.length < MAX_FX_RATES) update({ ...p, fxRates: [...p.fxRates, { ...EMPTY_FX_RATE, currency, [field]: value }] });
        } else if (row[field] !== value) update({ ...p, fxRates: p.fxRates.map((r) => (r === row ? { ...r, [field]: value } : r)) });
      },
    };
  };

export const createHedgeSlices =
  (initial: Scenario, quotes: QuoteHooks = {}): Slice<HedgeSlices> =>
  (set, get) => ({
    stock: initial.stock,
    commodity: initial.commodity,
    fx: initial.fx,
    rate: initial.rate,
    setField: (slice, field, value) => {
      if (!Object.hasOwn(SLICE_FIELDS, slice) || !accepts(SLICE_FIELDS[slice], DEFAULT_SCENARIO[slice], field, value)) return;
      const current = get()[slice] as unknown as Readonly<Record<string, unknown>>;
      if (current[field] === value) return;
      const next = { ...current, [field]: value };
      // A new strike, expiry or strike mode prices another contract: its old quotes are emptied.
      if (slice === 'stock') setStock(quotes, set, get, get().stock, next as unknown as StockHedgeInput);
      else set({ [slice]: next } as Partial<ScenarioStore>);
    },
  });

export const createPrefsSlice =
  (initial: Prefs): Slice<PrefsSlice> =>
  (set, get) => {
    const setPref = <K extends keyof Prefs>(key: K, value: Prefs[K]) => {
      const prefs = get().prefs;
      if (accepts(PREFS_FIELDS, DEFAULT_SCENARIO.prefs, key, value) && prefs[key] !== value) set({ prefs: { ...prefs, [key]: value } });
    };
    return {
      prefs: initial,
      setMode: (mode) => setPref('mode', mode),
      selectHedge: (kind) => setPref('selectedHedge', kind),
      setShowPortfolio: (show) => setPref('showPortfolio', show),
      toggleCombinedLeg: (mode, kind) => {
        if (!accepts(COMBINED_LEG_FIELDS, {}, 'mode', mode) || !accepts(COMBINED_LEG_FIELDS, {}, 'kind', kind)) return;
        const prefs = get().prefs;
        const has = prefs.combined.some((l) => l.mode === mode && l.kind === kind);
        if (!has && prefs.combined.length >= MAX_COMBINED_LEGS) return;
        const combined = has ? prefs.combined.filter((l) => l.mode !== mode || l.kind !== kind) : [...prefs.combined, { mode, kind }];
        set({ prefs: { ...prefs, combined } });
      },
    };
  };

/** The parts of the store that make up a scenario: every top-level field of the worked example. */
export const SCENARIO_KEYS = Object.keys(DEFAULT_SCENARIO) as readonly (keyof Scenario)[];

export function slicesOf(s: Scenario): Pick<ScenarioStore, keyof Scenario> {
  return Object.fromEntries(SCENARIO_KEYS.map((k) => [k, s[k]])) as unknown as Pick<ScenarioStore, keyof Scenario>;
}

/** A whole scenario arrives (nothing cleared, nothing to tell): an offer to keep old quotes is withdrawn. */
export const createSessionSlice =
  (quotes: QuoteHooks = {}): Slice<SessionSlice> =>
  (set) => {
    const load = (s: Scenario) => {
      set(slicesOf(s));
      quotes.replaced?.();
    };
    return {
      notice: null,
      loadPreset: (name) => {
        if (Object.hasOwn(PRESETS, name)) load(PRESETS[name].scenario);
      },
      loadScenario: load,
      resetToExample: () => load(DEFAULT_SCENARIO),
      dismissNotice: () => set({ notice: null }),
      setNotice: (message) => set({ notice: message }),
    };
  };
