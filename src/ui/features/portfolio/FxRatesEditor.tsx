/**
 * The portfolio's home currency and one row of FX inputs per other currency its holdings use: the
 * spot rate (home per 1 unit of foreign) that converts their values, and the volatility, interest
 * rate and asset–currency correlation that their risk figures and FX hedges read.
 */
import { memo, useId } from 'react';
import { foreignCurrencies, fxPath, fxRowOf, homeCurrencyOf, readFxRates } from '../../../calc/fx-rates';
import type { FxRateInput, PortfolioInput } from '../../../state/scenario';
import type { FxRateField } from '../../../state/store';
import { useScenarioStore } from '../../../state/store';
import { MAX_TEXT_LENGTH } from '../../../state/sanitize';
import './portfolio.css';

const FX_COLUMNS: readonly { readonly field: FxRateField; readonly label: (home: string, foreign: string) => string; readonly head: (home: string) => string }[] = [
  { field: 'spot', label: (h, f) => `${h} per 1 ${f}`, head: (h) => `Spot rate (${h} per 1 unit)` },
  { field: 'vol', label: (_h, f) => `${f} volatility, %`, head: () => 'Volatility (%)' },
  { field: 'rate', label: (_h, f) => `${f} interest rate, %`, head: () => 'Interest rate (% per year)' },
  { field: 'correlation', label: (_h, f) => `Correlation of the ${f} rate with its holdings`, head: () => 'Correlation with its holdings (−1 to 1)' },
];

interface FxCellProps {
  readonly row: FxRateInput;
  readonly field: FxRateField;
  readonly label: string;
  readonly error: string | undefined;
  readonly note: string | undefined;
}

const FxCell = memo(function FxCell({ row, field, label, error, note }: FxCellProps) {
  const id = useId();
  const setFxRate = useScenarioStore((s) => s.setFxRate);
  const describedBy = [error ? `${id}-err` : '', note ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <td className={error ? 'field-invalid' : undefined} data-label={label}>
      <input
        type="text" inputMode="decimal" autoComplete="off" spellCheck={false} maxLength={MAX_TEXT_LENGTH} size={7}
        aria-label={label} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
        value={row[field]} onChange={(e) => setFxRate(row.currency, field, e.target.value)}
      />
      {error ? <small id={`${id}-err`} className="field-error">{error}</small> : null}
      {note ? <small id={`${id}-note`} className="field-note">{note}</small> : null}
    </td>
  );
});

/** The home (reporting) currency: every value, total and risk figure is converted to it. */
export const HomeCurrencyField = memo(function HomeCurrencyField({ portfolio, errors }: { readonly portfolio: PortfolioInput; readonly errors: Readonly<Record<string, string>> }) {
  const setPortfolioField = useScenarioStore((s) => s.setPortfolioField);
  const homeId = useId();
  // Read here too, so the message shows before the calculator has loaded.
  const homeError = errors['portfolio.homeCurrency'] ?? readFxRates(portfolio).errors['portfolio.homeCurrency'];
  return (
    <div className={`home-currency${homeError ? ' field-invalid' : ''}`}>
      <label htmlFor={homeId}>Home currency (totals and risk in it)</label>
      <input
        id={homeId} type="text" autoComplete="off" spellCheck={false} maxLength={MAX_TEXT_LENGTH} size={5}
        value={portfolio.homeCurrency} aria-invalid={homeError ? true : undefined} aria-describedby={homeError ? `${homeId}-err` : undefined}
        onChange={(e) => setPortfolioField('homeCurrency', e.target.value)}
      />
      {homeError ? <small id={`${homeId}-err`} className="field-error">{homeError}</small> : null}
    </div>
  );
});

interface FxRatesTableProps {
  readonly portfolio: PortfolioInput;
  readonly errors: Readonly<Record<string, string>>;
  /** Currencies of the combined hedge's other-tab legs that need a rate too (combinedLegCurrencies). */
  readonly extra?: readonly string[];
}

const NONE: readonly string[] = [];

/** One row of FX inputs per foreign currency the holdings (or the combined hedge's legs) use; nothing while all is at home. */
export const FxRatesTable = memo(function FxRatesTable({ portfolio, errors, extra = NONE }: FxRatesTableProps) {
  const home = homeCurrencyOf(portfolio);
  const held = foreignCurrencies(portfolio);
  const foreign = [...held, ...extra.filter((c) => !held.includes(c))];
  if (foreign.length === 0) return null;
  // Errors of the rows are read here too, so they show before the calculator has loaded.
  const read = readFxRates(portfolio, extra);
  const forCombined = foreign.filter((c) => !held.includes(c));
  return (
    <div className="fx-rates">
      <p className="hint">
        A holding of Q units at price S in another currency is worth Q × S × rate in {home}. The volatility and the correlation (one per
        currency; empty = 0) give its currency risk; the interest rate prices its FX hedge.
        {forCombined.length > 0 ? ` ${forCombined.join(', ')}: the rate converts the combined hedge's legs in that currency to ${home}.` : null}
      </p>
      <div className="table-scroll" role="region" aria-label="FX rates" tabIndex={0}>
        <table className="holdings fx-table">
          <caption>FX rates</caption>
          <thead>
            <tr>
              <th scope="col">Currency</th>
              {FX_COLUMNS.map((c) => <th scope="col" key={c.field}>{c.head(home)}</th>)}
            </tr>
          </thead>
          <tbody>
            {foreign.map((code) => {
              const row = fxRowOf(portfolio, code);
              return (
                <tr key={code}>
                  <th scope="row" data-label="Currency">{code}</th>
                  {FX_COLUMNS.map((c) => (
                    <FxCell key={c.field} row={row} field={c.field} label={c.label(home, code)} error={errors[fxPath(code, c.field)] ?? read.errors[fxPath(code, c.field)]} note={read.notes[fxPath(code, c.field)]} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
});
