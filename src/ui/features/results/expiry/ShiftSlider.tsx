/**
 * A labelled range input for a shift (volatility points, rate percent): arrows move one step,
 * Page keys five, Home/End to the ends; its spoken value says what the shift means.
 */
import { useId, useRef, type KeyboardEvent } from 'react';

export interface ShiftSliderProps {
  readonly label: string;
  /** Current shift in the slider's unit (points or percent). */
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Spoken and shown value, e.g. "+5 points: 50 % a year". */
  readonly describe: (value: number) => string;
  readonly onChange: (value: number) => void;
}

const round = (x: number, step: number) => Math.round(x / step) * step;

export function ShiftSlider({ label, value, min, max, step, describe, onChange }: ShiftSliderProps) {
  const id = useId();
  const text = describe(value);
  // Keys pressed faster than the parent re-renders step from the last value set, not a stale prop.
  const latest = useRef(value);
  latest.current = value;
  const set = (next: number) => {
    const clamped = Math.min(max, Math.max(min, round(next, step)));
    const clean = Number(clamped.toFixed(6));
    if (clean === latest.current) return;
    latest.current = clean;
    onChange(clean);
  };
  // Handled here so every browser (and the tests) moves by whole steps.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const v = latest.current;
    const moves: Record<string, number> = {
      ArrowRight: v + step, ArrowUp: v + step, ArrowLeft: v - step, ArrowDown: v - step,
      PageUp: v + 5 * step, PageDown: v - 5 * step, Home: min, End: max,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    set(next);
  };
  return (
    <div className="shift-slider">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" min={min} max={max} step={step} value={value} aria-valuetext={text} onChange={(e) => set(Number(e.currentTarget.value))} onKeyDown={onKeyDown} />
      <span className="shift-slider-value" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
