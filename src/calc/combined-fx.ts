/**
 * The legs of a combined hedge in the portfolio's home currency. A leg whose ledger is in another
 * currency (a foreign target's put, a loan in USD) is converted at the rate typed under the
 * portfolio's currencies (home per 1 foreign, `portfolio.fxRates`), line by line (engine
 * `convertPlan`: each line rounded to the home currency's minor units, the total their sum). A leg
 * whose currency has no valid rate is left out of the sums with a plain reason.
 *
 * Joint moves: a converted leg is read at the MOVED rate when the combined hedge also holds an FX
 * leg on that currency (a plan on the "HOME per FOREIGN" rate axis, in the home currency), so a
 * price hedge and an FX hedge of one foreign holding add up with their cross term; otherwise at
 * today's rate (engine `buildJointScenarios`, `fxLinks`).
 */
import * as engine from '../engine';
import type { HedgePlan } from '../engine';
import { parseNumberField } from '../state/parse-input';
import type { PortfolioInput } from '../state/scenario';
import { fxRowOf } from './fx-rates';

export const CombinedFxMessages = {
  missingRate: (home: string, foreign: string) =>
    `Enter the rate in ${home} per 1 ${foreign} under the portfolio's currencies to add this hedge's costs to the total.`,
} as const;

/** How a leg was brought into the home currency. */
export interface LegConversion {
  /** The leg's own currency. */
  readonly currency: string;
  /** Home per 1 unit of `currency`, as typed. */
  readonly rate: number;
}

export type HomeLeg = { readonly plan: HedgePlan; readonly conversion: LegConversion | null } | { readonly problem: string };

/** Home per 1 unit of `currency` as typed under the portfolio's currencies; null when empty or not a number above 0. */
export function typedRate(p: PortfolioInput, currency: string): number | null {
  const r = parseNumberField(fxRowOf(p, currency).spot, { gt: 0 });
  return r.ok ? r.value : null;
}

/** `plan` in the home currency: itself at home, converted at the typed rate abroad, or the reason it cannot be. */
export function planAtHome(plan: HedgePlan, home: string, p: PortfolioInput): HomeLeg {
  const currency = plan.ledger.currency;
  if (currency === home) return { plan, conversion: null };
  const rate = typedRate(p, currency);
  if (rate === null) return { problem: CombinedFxMessages.missingRate(home, currency) };
  const converted = engine.convertPlan(plan, home, rate);
  if (!converted.ok) return { problem: converted.errors.map((e) => e.message).join(' ') };
  return { plan: converted.value, conversion: { currency, rate } };
}

/** True when `plan` is an FX leg on `currency` against `home` (its axis is the rate in home per 1 of it). */
function isFxLegOn(plan: HedgePlan, home: string, currency: string): boolean {
  return plan.axis.kind === 'fx-rate' && plan.axis.unit === `${home} per ${currency}` && plan.ledger.currency === home;
}

/** For each plan: the index of the FX leg whose moved rate it is read at, or null (today's rate). */
export function fxLinksOf(plans: readonly HedgePlan[], conversions: readonly (LegConversion | null)[], home: string): (number | null)[] {
  return plans.map((_, i) => {
    const c = conversions[i];
    if (!c) return null;
    const j = plans.findIndex((q, k) => k !== i && conversions[k] === null && isFxLegOn(q, home, c.currency));
    return j < 0 ? null : j;
  });
}
