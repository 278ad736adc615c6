/**
 * Versions of the saved scenario and one pure step per version. The store persists
 * `{ state: { scenario }, version }` (zustand's envelope); share links carry `v<version>.` in front.
 * Every step takes the scenario of one version and returns the next; its output is still untrusted
 * and goes through `sanitizeScenario`.
 *
 * Version 1 (the first release) differed from version 2 in three ways:
 * - `prefs.view` held what is now `prefs.mode`;
 * - a holding's `vol` was a fraction typed as text ('0.45'); version 2 stores percent ('45');
 * - `portfolio.indexVol` did not exist (the macro comparison came with version 2).
 *
 * Version 2 differed from version 3 in four ways:
 * - the proxy hedge's inputs (`proxyName`, `proxyPrice`, `proxyVol`, `proxyCorrelation`,
 *   `proxyContractSize`, `proxyMargin`) were one set in `stock`; version 3 keeps them per holding, so
 *   they follow the target: the old set goes to the holding that was the target, the others start empty;
 * - strikes were prices and the option expiry was the horizon: version 3 adds `stock.strikeMode`
 *   ('price' keeps the typed strikes' meaning) and `stock.expiryDays` (the old horizon);
 * - `commodity.rate` (used only to tail the hedge) is gone: tailing sizes on the value ratio
 *   spot/futures, which needs no rate;
 * - the portfolio risk choices are kept with the scenario (so a link and a reload carry them):
 *   `portfolio.riskHorizon`, `portfolio.mcPaths`, `portfolio.mcModel` and `portfolio.nearestCorrelation`,
 *   which version 2 kept on screen only, always starting from the values the step adds.
 *
 * Version 4 only added fields (several currencies, short holdings and quotes, the multi-period rate
 * hedges, the before-expiry odds, hedges followed over time, combined hedges): see migration-v4.ts.
 */
import { migrateV3ToV4 } from './migration-v4';
import { fractionTextToPercentText } from './parse-input';
import { DEFAULT_SCENARIO } from './presets';
import { findUnsafeStructure, isPlainRecord, sanitizeScenario } from './sanitize';
import type { PlainRecord, SanitizeResult } from './sanitize';
import type { Mode, Scenario } from './scenario';

export const CURRENT_VERSION = 4;

/** A holding as version 1 saved it: `vol` as a fraction ('0.45' = 45 %). */
export interface HoldingV1 {
  readonly id: string;
  readonly name: string;
  readonly quantity: string;
  readonly price: string;
  readonly currency: string;
  readonly vol: string;
  readonly dividendYield: string;
  readonly beta: string;
}

/** The stock inputs as version 2 saved them: one proxy for every target; strikes as prices; expiry = horizon. */
export interface StockV2 extends Omit<Scenario['stock'], 'strikeMode' | 'expiryDays'> {
  readonly proxyName: string;
  readonly proxyPrice: string;
  readonly proxyVol: string;
  readonly proxyCorrelation: string;
  readonly proxyContractSize: string;
  readonly proxyMargin: string;
}

/** The scenario as version 2 saved it (holdings as in version 1, vol in percent). */
export interface ScenarioV2 extends Omit<Scenario, 'portfolio' | 'stock' | 'commodity'> {
  readonly portfolio: { readonly holdings: readonly HoldingV1[]; readonly targetId: string; readonly correlation: string; readonly indexVol: string };
  readonly stock: StockV2;
  readonly commodity: Scenario['commodity'] & { readonly rate: string };
}

/** The scenario as version 1 saved it. The hedge slices were the same as in version 2. */
export interface ScenarioV1 extends Omit<ScenarioV2, 'portfolio' | 'prefs'> {
  readonly portfolio: { readonly holdings: readonly HoldingV1[]; readonly targetId: string; readonly correlation: string };
  readonly prefs: { readonly view: Mode; readonly selectedHedge: string; readonly showPortfolio: boolean };
}

export const MigrationMessages = {
  newer: 'Your saved inputs come from a newer version of Microhedge; the worked example is shown instead.',
  unreadable: 'Your saved inputs could not be read; the worked example is shown instead.',
} as const;

export type MigrationResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** '0.45' -> '45', exactly; text that is not a number is kept as typed (the user's entry is never lost). */
function fractionToPercentText(vol: unknown): unknown {
  if (typeof vol !== 'string') return vol;
  return fractionTextToPercentText(vol) ?? vol;
}

function pick(record: PlainRecord, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => Object.prototype.hasOwnProperty.call(record, k)).map((k) => [k, record[k]]));
}

const HOLDING_KEYS = ['id', 'name', 'quantity', 'price', 'currency', 'vol', 'dividendYield', 'beta'] as const;

/** Version 1 -> 2: `prefs.view` becomes `prefs.mode`, holding vol fraction -> percent, `indexVol` added. Pure. */
export function migrateV1ToV2(v1: unknown): unknown {
  if (!isPlainRecord(v1)) return v1;
  const { portfolio, prefs } = v1;
  const holdings = isPlainRecord(portfolio) ? portfolio.holdings : undefined;
  return {
    ...pick(v1, ['stock', 'commodity', 'fx', 'rate']),
    portfolio: isPlainRecord(portfolio)
      ? {
          ...pick(portfolio, ['targetId', 'correlation']),
          holdings: Array.isArray(holdings)
            ? holdings.map((h: unknown) => (isPlainRecord(h) ? { ...pick(h, HOLDING_KEYS), vol: fractionToPercentText(h.vol) } : h))
            : holdings,
          indexVol: DEFAULT_SCENARIO.portfolio.indexVol,
        }
      : portfolio,
    prefs: isPlainRecord(prefs) ? { ...pick(prefs, ['selectedHedge', 'showPortfolio']), mode: prefs.view } : prefs,
  };
}

/** The portfolio risk choices version 2 always started from (it did not save them). */
const RISK_CHOICES_V2 = { riskHorizon: '10', mcPaths: '100000', mcModel: 'lognormal', nearestCorrelation: false } as const;

export const PROXY_KEYS = ['proxyName', 'proxyPrice', 'proxyVol', 'proxyCorrelation', 'proxyContractSize', 'proxyMargin'] as const;

/**
 * Version 2 -> 3: the proxy inputs move from `stock` to the target holding; strikes stay prices;
 * expiry = horizon; the risk choices are added with the values version 2 always used. Pure.
 */
export function migrateV2ToV3(v2: unknown): unknown {
  if (!isPlainRecord(v2)) return v2;
  const { portfolio, stock, commodity } = v2;
  if (!isPlainRecord(stock)) return isPlainRecord(portfolio) ? { ...v2, portfolio: { ...portfolio, ...RISK_CHOICES_V2 } } : v2;
  const proxy = pick(stock, PROXY_KEYS);
  const rest = Object.fromEntries(Object.entries(stock).filter(([k]) => !(PROXY_KEYS as readonly string[]).includes(k)));
  const empty = Object.fromEntries(PROXY_KEYS.map((k) => [k, '']));
  const targetId = isPlainRecord(portfolio) ? portfolio.targetId : undefined;
  const holdings = isPlainRecord(portfolio) ? portfolio.holdings : undefined;
  return {
    ...v2,
    portfolio: isPlainRecord(portfolio)
      ? {
          ...portfolio,
          holdings: Array.isArray(holdings) ? holdings.map((h: unknown) => (isPlainRecord(h) ? { ...h, ...empty, ...(h.id === targetId ? proxy : {}) } : h)) : holdings,
          ...RISK_CHOICES_V2,
        }
      : portfolio,
    stock: { ...rest, strikeMode: 'price', expiryDays: stock.tenorDays },
    ...(isPlainRecord(commodity) ? { commodity: Object.fromEntries(Object.entries(commodity).filter(([k]) => k !== 'rate')) } : {}),
  };
}

/** Step `n` turns a version-n scenario into version n+1. */
const STEPS: Readonly<Record<number, (scenario: unknown) => unknown>> = { 1: migrateV1ToV2, 2: migrateV2ToV3, 3: migrateV3ToV4 };

/**
 * Brings a saved scenario of `fromVersion` up to CURRENT_VERSION, one step per version. Pure; the
 * result is still untrusted (sanitize it). A future, unknown or unsafe version -> ok: false.
 */
export function migrate(persisted: unknown, fromVersion: number): MigrationResult {
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion)) return { ok: false, message: MigrationMessages.unreadable };
  if (fromVersion > CURRENT_VERSION) return { ok: false, message: MigrationMessages.newer };
  if (findUnsafeStructure(persisted) !== null) return { ok: false, message: MigrationMessages.unreadable };
  let scenario = persisted;
  for (let v = fromVersion; v < CURRENT_VERSION; v++) {
    const step = STEPS[v];
    if (step === undefined) return { ok: false, message: MigrationMessages.unreadable };
    scenario = step(scenario);
  }
  return { ok: true, value: scenario };
}

export type RestoreResult =
  | { readonly ok: true; readonly value: Scenario; readonly warnings: string[] }
  | { readonly ok: false; readonly message: string; readonly value: Scenario };

/** Saved data of `fromVersion` -> a safe current Scenario, or the default scenario and why. Never throws. */
export function restoreScenario(persisted: unknown, fromVersion: number): RestoreResult {
  const migrated = migrate(persisted, fromVersion);
  if (!migrated.ok) return { ok: false, message: migrated.message, value: DEFAULT_SCENARIO };
  const sanitized: SanitizeResult = sanitizeScenario(migrated.value);
  if (!sanitized.ok) return { ok: false, message: MigrationMessages.unreadable, value: DEFAULT_SCENARIO };
  return sanitized;
}
