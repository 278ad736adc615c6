/**
 * What the option hedges of a short holding share: their base inputs, the worst-case and best-case
 * cards read for a short (the worst case caps what buying the shares back can cost), and the
 * figures every one of them shows.
 */
import type { HedgePlan, TargetPosition } from '../../engine';
import { fmt } from '../explain';
import type { Explanation } from '../explain';
import type { KindFigure } from '../types';
import { commonOptionCards, HULL } from './option-explain';

/** Worst case (the plan's floor) and best case (its cap) of a short, as cards. */
export function shortFloorCapCards(plan: HedgePlan): Record<string, Explanation> {
  const c = plan.ledger.currency;
  const out: Record<string, Explanation> = {};
  if (plan.floor) {
    const v = plan.floor.amount.toNumber();
    out.floor = {
      title: 'Worst case: the most buying back can cost',
      formula: 'cap on the buy-back = −(lowest value over prices of short position + hedge payoff − costs), rounded once to the cent',
      substituted: `lowest value ${fmt(v, 2)} ${c} → buying back costs at most ${fmt(-v, 2)} ${c}, hedge costs included`,
      source: `${HULL}, ch. 12 (short stock + long call)`,
    };
  }
  if (plan.cap) {
    out.cap = {
      title: 'Best case (the price falls)',
      formula: 'highest value over prices of short position + hedge payoff − costs, rounded once to the cent',
      substituted: `= ${fmt(plan.cap.amount.toNumber(), 2)} ${c}`,
      source: `${HULL}, ch. 12`,
    };
  }
  return out;
}

/** The option cards of a short's hedge: contracts, cost, breakeven on a fall, worst and best case. */
export function shortOptionCards(plan: HedgePlan, target: TargetPosition, contractSize: number, rounding: string, hedgeRatio: number, contracts: number): Record<string, Explanation> {
  return { ...commonOptionCards(plan, target, contractSize, rounding, hedgeRatio, contracts), ...shortFloorCapCards(plan) };
}

/** "Gain kept on a fall": the share of the short's gain below the lowest strike that the hedge keeps. */
export function fallGainFigure(kept: number): KindFigure {
  return { key: 'upsideKept', label: 'Gain kept on a fall', value: kept, format: 'percent' };
}
