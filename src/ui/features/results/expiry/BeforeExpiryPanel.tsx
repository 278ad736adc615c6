/**
 * Before expiry (loaded on demand): the chosen option hedge's P/L on a date × price grid, with
 * volatility and rate shifts that reprice its option legs, and its lognormal odds at expiry. The
 * grid and odds are the engine's (revalueGrid, hedgeOdds); the shifts are a what-if of this view
 * (not saved); the expected return is an input of the scenario.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { hedgeOdds, revalueGrid } from '../../../../engine';
import type { HedgePlan } from '../../../../engine';
import { parseNumberField } from '../../../../state/parse-input';
import { useScenarioStore } from '../../../../state/store';
import { TextField } from '../../../shared/fields';
import { formatPercent } from '../../../shared/format';
import { ExpiryGrid } from './ExpiryGrid';
import { minVolShiftPoints } from './expiry-data';
import { OddsView } from './OddsView';
import { ShiftSlider } from './ShiftSlider';
import './expiry.css';

export interface BeforeExpiryProps {
  readonly plan: HedgePlan;
  readonly currency: string;
  readonly xLabel: string;
  readonly formatX: (x: number) => string;
}

const VOL_SPAN = 20; // points either way
const RATE_SPAN = 5; // percent either way

const signed = (x: number, digits = 2) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Number(Math.abs(x).toFixed(digits))}`;

export default function BeforeExpiryPanel({ plan, currency, xLabel, formatX }: BeforeExpiryProps) {
  const [volPoints, setVolPoints] = useState(0);
  const [ratePercent, setRatePercent] = useState(0);
  const slice = useScenarioStore((s) => (s.prefs.mode === 'fx' ? 'fx' : 'stock'));
  const returnText = useScenarioStore((s) => s[slice].expectedReturn);
  const setField = useScenarioStore((s) => s.setField);
  const setReturn = useCallback((text: string) => setField(slice, 'expectedReturn', text), [setField, slice]);
  const [today] = useState(() => new Date());
  const valuation = plan.valuation;
  const vol = valuation?.volAnnual ?? 0;
  const r = valuation?.r ?? 0;
  // Keystrokes on the sliders commit first; the grid follows at low priority.
  const shifts = useDeferredValue(useMemo(() => ({ volShift: volPoints / 100, rateShift: ratePercent / 100 }), [volPoints, ratePercent]));
  const grid = useMemo(() => revalueGrid({ plan, ...shifts }), [plan, shifts]);
  const typed = parseNumberField(returnText, { percent: true, min: -100, max: 100, allowEmpty: true });
  const expectedReturn = typed.ok && typed.value !== null ? typed.value : undefined;
  const odds = useMemo(() => hedgeOdds({ plan, ...shifts, ...(expectedReturn !== undefined ? { expectedReturn } : {}) }), [plan, shifts, expectedReturn]);
  const strikes = useMemo(() => plan.legs.map((l) => l.strike).filter((k): k is number => k !== undefined), [plan]);
  if (valuation === undefined) return null;
  const yieldName = slice === 'fx' ? 'r_f' : 'q';
  return (
    <section className="before-expiry" aria-labelledby="before-expiry-h">
      <h3 id="before-expiry-h">Before expiry: profit and loss by date and price</h3>
      <p className="hint">
        Each cell is what the position and its hedge would be worth at that price on that date, less their value today without the hedge; the options are
        revalued by the pricing model with the time left, and the premium and fees already paid are counted.
      </p>
      <div className="expiry-controls">
        <ShiftSlider
          label="Volatility shift"
          value={volPoints}
          min={minVolShiftPoints(vol, VOL_SPAN)}
          max={VOL_SPAN}
          step={1}
          describe={(v) => `${signed(v, 0)} points: ${formatPercent(vol + v / 100, 1)} a year`}
          onChange={setVolPoints}
        />
        <ShiftSlider
          label="Rate shift"
          value={ratePercent}
          min={-RATE_SPAN}
          max={RATE_SPAN}
          step={0.25}
          describe={(v) => `${signed(v)} %: ${formatPercent(r + v / 100, 2)} a year`}
          onChange={setRatePercent}
        />
      </div>
      {grid.ok ? (
        <ExpiryGrid grid={grid.value} currency={currency} strikes={strikes} xLabel={xLabel} formatX={formatX} today={today} />
      ) : (
        <p role="alert" className="field-error">
          {grid.errors[0]?.message}
        </p>
      )}
      <h4>Odds at expiry</h4>
      <div className="field-grid">
        <TextField
          label="Expected return"
          unit="% a year"
          value={returnText}
          onChange={setReturn}
          hint="Leave empty for the risk-neutral drift r − q (the world option prices assume)."
          error={typed.ok ? undefined : typed.message}
        />
      </div>
      {odds.ok ? (
        <OddsView odds={odds.value} currency={currency} formatX={formatX} yieldName={yieldName} q={valuation.q} />
      ) : (
        <p role="alert" className="field-error">
          {odds.errors[0]?.message}
        </p>
      )}
    </section>
  );
}
