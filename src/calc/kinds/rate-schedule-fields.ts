/**
 * The loan's resets to maturity, read once for the multi-period rate hedges (futures strip, swap
 * to maturity, cap): the maturity in months, the futures prices of the later resets (the first
 * reset's price is the mode's "Futures price"), and the engine's schedule built from them.
 */
import type { FieldError, ScheduleInput } from '../../engine';
import { num, textField } from '../fields';
import type { FieldSpec } from '../fields';
import type { KindContext } from '../kind';
import type { RatePosition } from '../modes/rate';

export const SCHEDULE_GROUP = 'Every reset to maturity';

export const SCHEDULE_FIELDS: readonly FieldSpec[] = [
  num('maturityMonths', 'Loan ends in', SCHEDULE_GROUP, { gt: 0, max: 600 }, { unit: 'months from today' }),
  textField('stripPrices', 'Futures prices of the later resets', SCHEDULE_GROUP, {
    hint: 'One per reset after the first, in order, separated by spaces or semicolons (e.g. 97.55; 97.50). A reset without a price takes the last one.',
  }),
];

/** Where a schedule error goes in the form. */
export const SCHEDULE_FIELD_MAP: Readonly<Record<string, string>> = {
  'schedule.periods': 'rate.maturityMonths',
  'schedule.forwardRates': 'rate.stripPrices',
  'schedule.firstResetYears': 'rate.resetMonths',
  'schedule.accrualYears': 'rate.loanMonths',
};

export const ScheduleMessages = {
  notWhole: 'The loan must end a whole number of interest periods after the first reset (e.g. 12 months, first reset in 3, periods of 3).',
  afterReset: 'The loan must end after the first reset plus one interest period.',
  prices: 'Enter futures prices as numbers between 50 and 150, separated by spaces or semicolons, e.g. 97.55; 97.50.',
} as const;

/** Futures prices from the text: numbers (a decimal comma is read as a point) separated by spaces or semicolons. */
export function parseStripPrices(text: string): number[] | null {
  const parts = text.split(/[;\s]+/).filter((p) => p !== '');
  const out: number[] = [];
  for (const p of parts) {
    const t = /^\d+,\d+$/.test(p) ? p.replace(',', '.') : p;
    if (!/^\d+(\.\d+)?$/.test(t)) return null;
    const q = Number(t);
    if (!(q > 50 && q < 150)) return null;
    out.push(q);
  }
  return out;
}

/** The engine schedule of the loan, or the field errors that stop it (engine field names). */
export function readSchedule(c: KindContext<RatePosition>): { readonly schedule: ScheduleInput } | { readonly errors: FieldError[] } {
  const reset = c.v.n('resetMonths');
  const period = c.v.n('loanMonths');
  const count = (c.v.n('maturityMonths') - reset) / period;
  if (!(count >= 1 - 1e-9)) return { errors: [{ field: 'schedule.periods', message: ScheduleMessages.afterReset }] };
  const periods = Math.round(count);
  if (Math.abs(count - periods) > 1e-9) return { errors: [{ field: 'schedule.periods', message: ScheduleMessages.notWhole }] };
  const later = parseStripPrices(c.v.s('stripPrices'));
  if (later === null) return { errors: [{ field: 'schedule.forwardRates', message: ScheduleMessages.prices }] };
  const quotes = [c.position.futuresQuote, ...later].slice(0, Math.max(1, periods));
  return { schedule: { firstResetYears: reset / 12, accrualYears: period / 12, periods, forwardRates: quotes.map((q) => (100 - q) / 100) } };
}

/** "in 3 months" for a reset time in years. */
export function resetLabel(years: number): string {
  const m = Math.round(years * 12 * 1000) / 1000;
  return `${m} month${m === 1 ? '' : 's'}`;
}
