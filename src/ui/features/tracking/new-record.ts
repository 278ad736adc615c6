/**
 * What a new record starts with, from the current scenario: the mode's usual hedge direction, the
 * strike or rate typed above, contracts for the position at the hedge ratio, the item's price and
 * size today, and today's date. The user then types what was actually traded (the price paid).
 */
import type { Mode, Scenario, TrackedHedge, TrackedInstrument } from '../../../state/scenario';
import { readModeMarket } from './today-market';
import { addDays, fairFutures } from './read-record';

type Values = Omit<TrackedHedge, 'id'>;

/** Text of a number without float noise (at most 6 decimals). */
function text(x: number): string {
  return Number.isFinite(x) ? String(Math.round(x * 1e6) / 1e6) : '';
}

/** The direction that offsets the position: a put or a payer swap is bought; futures, forwards and calls go against the position. */
export function defaultSide(instrument: TrackedInstrument, positionQuantity: number): 'long' | 'short' {
  if (instrument === 'put' || instrument === 'swap') return 'long';
  return positionQuantity < 0 ? 'long' : 'short';
}

/** The starting values of a record of `instrument` in `mode`, dated `today`. */
export function newRecordValues(s: Scenario, mode: Mode, instrument: TrackedInstrument, today: string): Values {
  const m = readModeMarket(s, mode, instrument);
  const base: Values = {
    mode, instrument, side: 'long', openedOn: today, expiry: '', strike: '', contracts: '', contractSize: '', price: '', fees: '0',
    itemPrice: '', itemQuantity: '', realized: '0', rollExpiry: '', rollPrice: '', closed: false,
  };
  if (!m.ok) return base;
  const v = m.value;
  const position = v.positionQuantity(instrument);
  const size = v.contractSize(instrument);
  const contracts = instrument === 'forward' || instrument === 'swap' ? 1 : Math.max(1, Math.round((Math.abs(position) * v.hedgeRatio) / size));
  const tenor = Number.isFinite(v.tenorDays) && v.tenorDays > 0 ? v.tenorDays : 90;
  const expiry = addDays(today, tenor);
  // A call against a long position is sold (a collar's short leg); bought against a short one.
  const side = instrument === 'call' ? (position < 0 ? 'long' : 'short') : defaultSide(instrument, position);
  return {
    ...base, side, expiry, fees: v.fees, strike: v.strike(instrument), contracts: text(contracts), contractSize: text(size),
    price: instrument === 'futures' ? text(mode === 'stock' ? fairFutures(v.itemPrice(instrument), v.r - v.q, today, expiry) : v.futuresPrice) : '', itemPrice: text(v.itemPrice(instrument)), itemQuantity: text(v.itemQuantity(instrument)),
    rollExpiry: addDays(expiry, 91),
  };
}
