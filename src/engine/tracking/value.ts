/**
 * How a recorded hedge is valued at an item price and a time left (how it is valued, apart from
 * what is traded): an option repriced with Black–Scholes–Merton at the remaining time, futures
 * marked to their price, a forward discounted, a swap as rate difference × annuity.
 */
import { priceOption } from '../pricing/price-option';
import { daysBetween } from '../market/dates';
import type { TrackedHedgeInput, TrackingMarket } from './track-input';

const DAYS_PER_YEAR = 365;

/** Calendar days from `today` to `expiry` (negative once past). */
export function daysLeft(today: string, expiry: string): number {
  return daysBetween(today, expiry);
}

/** Years left (calendar days / 365), never below 0. */
export function yearsLeft(today: string, expiry: string): number {
  return Math.max(0, daysLeft(today, expiry)) / DAYS_PER_YEAR;
}

/** +1 for a hedge bought (long), −1 for one sold. */
export function sideSign(h: TrackedHedgeInput): 1 | -1 {
  return h.side === 'long' ? 1 : -1;
}

/** Units the hedge covers: contracts × contract size. */
export function unitsOf(h: TrackedHedgeInput, contracts = h.contracts): number {
  return contracts * h.contractSize;
}

/**
 * Annuity of a swap's remaining fixed payments, Σ τ·e^{−s·tᵢ}, payments every τ years back from
 * maturity while tᵢ > 0, discounted flat at the par rate s (continuous). Hull, OFOD 9th ed., §29.2:
 * a swap is worth (s − K) × notional × annuity.
 */
export function swapAnnuity(rate: number, years: number, period: number): number {
  let a = 0;
  for (let t = years, i = 0; t > 1e-9 && i < 10_000; t -= period, i++) a += period * Math.exp(-rate * t);
  return a;
}

/**
 * Today's value per unit of the instrument at item price `spot` with `t` years left, or null when
 * the option cannot be priced: option premium (BSM, Haug §1.1.6; t = 0 is the payoff), futures
 * price (moves with the item, today's basis ratio kept), a long forward's value S·e^{−qT} − K·e^{−rT}
 * (Hull, OFOD 9th ed., eq. 5.4 with a yield), a payer swap's (s − K) × annuity per unit notional.
 */
export function unitValue(h: TrackedHedgeInput, m: TrackingMarket, spot: number, t: number): number | null {
  switch (h.kind) {
    case 'put':
    case 'call': {
      const r = priceOption({ type: h.kind, spot, strike: h.strike as number, r: m.r, q: m.q ?? 0, t, vol: m.vol as number });
      return r.ok ? r.value.price : null;
    }
    case 'futures':
      return (m.futuresPrice as number) * (spot / m.itemPrice);
    case 'forward':
      return spot * Math.exp(-(m.q ?? 0) * t) - (h.strike as number) * Math.exp(-m.r * t);
    case 'swap': {
      const s = m.swapRate as number;
      return (s - (h.strike as number)) * swapAnnuity(s, t, h.periodYears as number);
    }
  }
}

/** What the position was put on at, per unit: the premium or futures price; 0 for a forward or swap (no cost to enter). */
export function basisPerUnit(h: TrackedHedgeInput): number {
  return h.kind === 'forward' || h.kind === 'swap' ? 0 : (h.entryPrice as number);
}

/** Unrealized P/L of the position when one unit is worth `unit`: sign × units × (unit − basis). */
export function unrealizedAt(h: TrackedHedgeInput, unit: number, contracts = h.contracts): number {
  return sideSign(h) * unitsOf(h, contracts) * (unit - basisPerUnit(h));
}
