import { memo, useId } from 'react';
import type { Holding } from '../../../state/scenario';
import type { HoldingField } from '../../../state/store';
import { useShallow } from 'zustand/react/shallow';
import { useScenarioStore } from '../../../state/store';
import { formatMoney } from '../../shared/format';
import { MAX_HOLDINGS, MAX_TEXT_LENGTH } from '../../../state/sanitize';
import { currencyNotes, holdingValue as valueOf, portfolioTotal } from '../../../calc/holdings';
import { combinedLegCurrencies, fxRateOf, readFxRates } from '../../../calc/fx-rates';
import { FxRatesTable, HomeCurrencyField } from './FxRatesEditor';

export const PortfolioMessages = {
  atLimit: `A portfolio holds at most ${MAX_HOLDINGS} holdings; remove one to add another.`,
} as const;

const COLUMNS: readonly { readonly field: HoldingField; readonly label: string; readonly unit?: string; readonly text?: boolean }[] = [
  { field: 'name', label: 'Name', text: true },
  { field: 'quantity', label: 'Quantity' },
  { field: 'price', label: 'Price' },
  { field: 'currency', label: 'Currency', text: true },
  { field: 'vol', label: 'Volatility', unit: '%' },
  { field: 'dividendYield', label: 'Dividend yield', unit: '%' },
  { field: 'beta', label: 'Beta', unit: 'optional' },
];

interface CellProps {
  readonly holding: Holding;
  readonly field: HoldingField;
  readonly label: string;
  readonly text: boolean;
  readonly error: string | undefined;
  /** A plain note that is not an error (e.g. the holding is left out of the total). */
  readonly note?: string | undefined;
  readonly onChange: (id: string, field: HoldingField, value: string) => void;
}

const Cell = memo(function Cell({ holding, field, label, text, error, note, onChange }: CellProps) {
  const id = useId();
  const describedBy = [error ? `${id}-err` : '', note ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <td className={error ? 'field-invalid' : undefined} data-label={label}>
      <input
        type="text"
        inputMode={text ? 'text' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_TEXT_LENGTH}
        aria-label={`${label} of ${holding.name || 'this holding'}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={holding[field]}
        size={field === 'name' ? 16 : 7}
        onChange={(e) => onChange(holding.id, field, e.target.value)}
      />
      {error ? (
        <small id={`${id}-err`} className="field-error">
          {error}
        </small>
      ) : null}
      {note ? (
        <small id={`${id}-note`} className="field-note">
          {note}
        </small>
      ) : null}
    </td>
  );
});

function holdingValue(h: Holding): number | null {
  return valueOf(h.quantity, h.price);
}

/** The portfolio: holdings, the one to protect (the target), add and remove. */
export const PortfolioEditor = memo(function PortfolioEditor({ errors }: { readonly errors: Readonly<Record<string, string>> }) {
  const portfolio = useScenarioStore((s) => s.portfolio);
  // Legs of other tabs in the combined hedge whose currency needs a rate here.
  const combinedCurrencies = useScenarioStore(useShallow(combinedLegCurrencies));
  const setHolding = useScenarioStore((s) => s.setHolding);
  const setTarget = useScenarioStore((s) => s.setTarget);
  const addHolding = useScenarioStore((s) => s.addHolding);
  const removeHolding = useScenarioStore((s) => s.removeHolding);
  const limitId = useId();
  const atLimit = portfolio.holdings.length >= MAX_HOLDINGS;
  // The same rule as every figure: values converted to the home currency; a holding without a rate is left out, and says so.
  const { total, currency, excluded } = portfolioTotal(portfolio);
  const notes = currencyNotes(portfolio);
  const fx = readFxRates(portfolio);
  return (
    <section className="panel" aria-labelledby="portfolio-title">
      <h2 id="portfolio-title">Portfolio</h2>
      <p className="hint">Pick the position to protect with “Protect”. Quantities: positive = long, negative = short.</p>
      <HomeCurrencyField portfolio={portfolio} errors={errors} />
      <div className="table-scroll" role="region" aria-label="Holdings" tabIndex={0}>
        <table className="holdings">
          <caption className="visually-hidden">Holdings of the portfolio</caption>
          <thead>
            <tr>
              <th scope="col">Protect</th>
              {COLUMNS.map((c) => (
                <th scope="col" key={c.field}>
                  {c.label}
                  {c.unit ? <span className="unit"> ({c.unit})</span> : null}
                </th>
              ))}
              <th scope="col">Value</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {portfolio.holdings.map((h) => {
              const value = holdingValue(h);
              const rate = h.currency === currency ? null : fxRateOf(fx, h.currency);
              const isTarget = h.id === portfolio.targetId;
              return (
                <tr key={h.id} className={isTarget ? 'selected' : undefined}>
                  <td data-label="Protect">
                    <input type="radio" name="target" checked={isTarget} onChange={() => setTarget(h.id)} aria-label={`Protect ${h.name || 'this holding'}`} />
                  </td>
                  {COLUMNS.map((c) => (
                    <Cell key={c.field} holding={h} field={c.field} label={c.label} text={c.text === true} error={errors[`portfolio.${h.id}.${c.field}`]} note={notes[`portfolio.${h.id}.${c.field}`]} onChange={setHolding} />
                  ))}
                  <td data-label="Value">
                    {value === null ? '—' : formatMoney(value, /^[A-Z]{3}$/.test(h.currency) ? h.currency : currency)}
                    {value !== null && rate !== null ? <span className="converted"> = {formatMoney(value * rate, currency)}</span> : null}
                  </td>
                  <td>
                    <button type="button" onClick={() => removeHolding(h.id)} disabled={portfolio.holdings.length <= 1} aria-label={`Remove ${h.name || 'this holding'}`}>
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={COLUMNS.length + 1}>
                Total{excluded > 0 ? ` (in ${currency}; ${excluded === 1 ? 'one holding' : `${excluded} holdings`} without an FX rate left out)` : ''}
              </th>
              <td>{formatMoney(total, currency)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="toolbar">
        <button type="button" onClick={addHolding} disabled={atLimit} aria-describedby={atLimit ? limitId : undefined}>
          Add a holding
        </button>
        {atLimit ? (
          <span id={limitId} className="hint" role="status">
            {PortfolioMessages.atLimit}
          </span>
        ) : null}
      </div>
      <FxRatesTable portfolio={portfolio} errors={errors} extra={combinedCurrencies} />
    </section>
  );
});
