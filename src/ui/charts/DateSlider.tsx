/**
 * "Value date" slider for option hedges: from today to expiry, in whole days. The parent keeps
 * the value (years from now) and rebuilds the chart data with it.
 */
import { useId, type KeyboardEvent } from 'react';
import './charts.css';

export interface DateSliderProps {
  /** Years from today to the option's expiry (> 0). */
  readonly expiryYears: number;
  /** Chosen value date, in years from today (0 = today). */
  readonly yearsFromNow: number;
  readonly onChange: (yearsFromNow: number) => void;
  /** Days moved by PageUp/PageDown (7 unless told). */
  readonly pageDays?: number;
  readonly disabled?: boolean;
}

export const DAYS_PER_YEAR = 365;

/** Whole days from today to expiry for a time in years (at least 0). */
export function yearsToDays(years: number): number {
  return Number.isFinite(years) ? Math.max(0, Math.round(years * DAYS_PER_YEAR)) : 0;
}

/** Spoken value of the slider, e.g. "45 days before expiry". */
export function describeValueDate(daysFromNow: number, expiryDays: number): string {
  const left = expiryDays - daysFromNow;
  if (left <= 0) return 'At expiry';
  const before = `${left} ${left === 1 ? 'day' : 'days'} before expiry`;
  return daysFromNow === 0 ? `Today, ${before}` : before;
}

/** Labelled range input "Value date" (today … expiry) with arrow, Page and Home/End keys. */
export function DateSlider({ expiryYears, yearsFromNow, onChange, pageDays = 7, disabled = false }: DateSliderProps) {
  const id = useId();
  const expiryDays = yearsToDays(expiryYears);
  const days = Math.min(expiryDays, yearsToDays(yearsFromNow));
  const text = describeValueDate(days, expiryDays);
  const isDisabled = disabled || expiryDays === 0;

  const set = (next: number) => {
    const clamped = Math.min(expiryDays, Math.max(0, Math.round(next)));
    if (clamped !== days) onChange(clamped / DAYS_PER_YEAR);
  };

  // Handled here rather than left to the browser so every engine (and the tests) moves by whole days.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: days + 1,
      ArrowUp: days + 1,
      ArrowLeft: days - 1,
      ArrowDown: days - 1,
      PageUp: days + pageDays,
      PageDown: days - pageDays,
      Home: 0,
      End: expiryDays,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    set(next);
  };

  return (
    <div className="date-slider">
      <label htmlFor={id}>Value date</label>
      <input
        id={id}
        type="range"
        min={0}
        max={expiryDays}
        step={1}
        value={days}
        disabled={isDisabled}
        aria-valuetext={text}
        onChange={(e) => set(Number(e.currentTarget.value))}
        onKeyDown={onKeyDown}
      />
      <div className="date-slider-ends" aria-hidden="true">
        <span>Today</span>
        <span>Expiry</span>
      </div>
      {/* Visible echo of the value; screen readers hear aria-valuetext instead of a second announcement. */}
      <span className="date-slider-value" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
