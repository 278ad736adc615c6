/**
 * Estimates from the loaded history, computed in the CSV worker (progress, cancel): volatilities,
 * correlations and betas; the minimum-variance hedge ratio with its uncertainty and effectiveness
 * tests; one button that writes them into the calculator's fields. Figures from files with rejected
 * or suspicious rows say so next to each of them.
 */
import { startTransition, useDeferredValue, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ReturnKind } from '../../../engine';
import type { HistorySummary } from '../../../workers/protocol';
import { useScenarioStore } from '../../../state/store';
import { SelectField } from '../../shared/fields';
import { formatNumber, formatPercent } from '../../shared/format';
import type { EstimateChoices, HistoryCaveat, HistoryEstimates } from './estimates-data';
import { estimatesToFields, historyCaveat } from './estimates-data';
import { HedgeRatioView } from './HedgeRatioView';
import { useHistoryStore } from './history-store';
import { useHistoryEstimates } from './use-history-estimates';

const RETURN_OPTIONS = [
  { value: 'log', label: 'Log returns' },
  { value: 'simple', label: 'Simple returns' },
] as const;

/** Largest correlation matrix drawn; the chosen assets come first. */
const MAX_MATRIX = 10;

const num = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : formatNumber(x, { maximumFractionDigits: digits, minimumFractionDigits: digits }));

/** The estimates of the loaded history, if any (its own subscription: a new import does not redraw the whole panel). */
export function LoadedEstimates() {
  // Deferred: the import's summary commits first, the form of up to 200 series in a later task.
  // History, choices and the note on rejected rows come from one (deferred) snapshot, so they always match.
  const { result, choices } = useDeferredValue(useHistoryStore(useShallow((s) => ({ result: s.result, choices: s.choices }))));
  const caveat = useMemo(() => historyCaveat(result), [result]);
  const setChoices = useHistoryStore((s) => s.setChoices);
  const history = result?.history ?? null;
  return history !== null && choices !== null ? <EstimatesView history={history} caveat={caveat} choices={choices} onChoices={setChoices} /> : null;
}

export function EstimatesView({ history, caveat, choices, onChoices }: { readonly history: HistorySummary; readonly caveat: HistoryCaveat; readonly choices: EstimateChoices; readonly onChoices: (c: EstimateChoices) => void }) {
  const { state, cancel, retry } = useHistoryEstimates(history.id, choices);
  const symbolOptions = useMemo(() => history.symbols.map((s) => ({ value: s, label: s })), [history]);
  const indexOptions = useMemo(() => [{ value: '', label: 'None' }, ...symbolOptions], [symbolOptions]);
  const set = (patch: Partial<EstimateChoices>) => onChoices({ ...choices, ...patch });
  const est = state.kind === 'done' ? state.estimates : null;
  return (
    <section className="risk-section" aria-labelledby="risk-estimates-h">
      <h3 id="risk-estimates-h">Estimates from the history</h3>
      <div className="field-grid">
        <SelectField<ReturnKind> label="Returns" value={choices.returns} options={RETURN_OPTIONS} onChange={(returns) => set({ returns })} />
        <SelectField label="Index for betas" value={choices.index} options={indexOptions} onChange={(index) => set({ index })} />
        <SelectField label="Target (the position to hedge)" value={choices.target} options={symbolOptions} onChange={(target) => set({ target })} />
        <SelectField label="Hedge asset" value={choices.hedge} options={symbolOptions} onChange={(hedge) => set({ hedge })} />
      </div>
      {caveat.sentence ? (
        <p className="warning" role="note" id="risk-caveat">
          {caveat.sentence}
        </p>
      ) : null}
      <EstimatesStatus state={state} cancel={cancel} retry={retry} />
      {est ? <EstimatesFigures est={est} choices={choices} symbols={history.symbols} caveat={caveat} /> : null}
    </section>
  );
}

function EstimatesStatus({ state, cancel, retry }: { readonly state: ReturnType<typeof useHistoryEstimates>['state']; readonly cancel: () => void; readonly retry: () => void }) {
  if (state.kind === 'done') return null;
  if (state.kind === 'error') {
    return (
      <p role="alert" className="field-error">
        {state.message}
      </p>
    );
  }
  return (
    <div className="risk-import-progress">
      <p role="status" aria-live="polite" className="risk-status">
        {state.kind === 'running' ? `Estimating… ${Math.round(state.fraction * 100)} %` : 'Estimating was cancelled.'}
      </p>
      {state.kind === 'running' ? (
        <>
          <progress aria-label="Estimating progress" max={100} value={Math.round(state.fraction * 100)} />
          <button type="button" onClick={cancel}>
            Cancel estimating
          </button>
        </>
      ) : (
        <button type="button" onClick={retry}>
          Estimate again
        </button>
      )}
    </div>
  );
}

function EstimatesFigures({ est, choices, symbols, caveat }: { readonly est: HistoryEstimates; readonly choices: EstimateChoices; readonly symbols: readonly string[]; readonly caveat: HistoryCaveat }) {
  // The chosen assets first, in the tables and the matrix.
  const ordered = useMemo(() => {
    const first = [choices.target, choices.hedge, choices.index].filter((s, i, xs) => s !== '' && xs.indexOf(s) === i && symbols.includes(s));
    return [...first, ...symbols.filter((s) => !first.includes(s))];
  }, [choices, symbols]);
  const shown = useMemo(() => ordered.slice(0, MAX_MATRIX), [ordered]);
  const matrix = useMemo(() => {
    const at = shown.map((s) => symbols.indexOf(s));
    return at.map((i) => at.map((j) => est.market?.correlation[i]?.[j] ?? 0));
  }, [est, shown, symbols]);
  const tag = caveat.short ? ` (${caveat.short})` : '';
  return (
    <>
      {est.messages.map((m) => (
        <p key={m} role="alert" className="field-error">
          {m}
        </p>
      ))}
      {est.market ? (
        <>
          <p className="hint">
            {formatNumber(est.market.observations, { maximumFractionDigits: 0 })} {est.market.frequency.name} returns ({est.market.returnKind}), annualized with {est.market.frequency.periodsPerYear} periods a year.
          </p>
          {est.market.warnings.map((w) => (
            <p key={w} className="warning">
              {w}
            </p>
          ))}
          <div className="risk-two">
            <AssetTable est={est} tag={tag} order={ordered} />
            <div>
              <CorrelationTable symbols={shown} matrix={matrix} caption={`Correlation of returns${tag}`} />
              {shown.length < symbols.length ? (
                <p className="hint">
                  Showing {shown.length} of {symbols.length} assets (the target, the hedge asset and the index first); all are estimated.
                </p>
              ) : null}
            </div>
          </div>
        </>
      ) : null}
      <HedgeRatioView est={est} choices={choices} caveat={caveat.short} />
      <UseEstimates est={est} choices={choices} caveat={caveat.sentence} />
    </>
  );
}

/** Rows of the asset table drawn at first; the rest on request (200 rows at once would hold up the page). */
const FIRST_ROWS = 15;

function AssetTable({ est, tag, order }: { readonly est: HistoryEstimates; readonly tag: string; readonly order: readonly string[] }) {
  const [all, setAll] = useState(false);
  const market = est.market;
  if (!market) return null;
  const bySymbol = new Map(market.assets.map((a) => [a.symbol, a]));
  const rows = (all ? order : order.slice(0, FIRST_ROWS)).map((s) => bySymbol.get(s)).filter((a) => a !== undefined);
  return (
    <div>
      <div className="table-scroll" role="region" aria-label="Volatility and beta table" tabIndex={0}>
        <table>
          <caption>
            Volatility and beta{market.indexSymbol ? ` against ${market.indexSymbol}` : ''}
            {tag}
          </caption>
          <thead>
            <tr>
              <th scope="col">Asset</th>
              <th scope="col">Volatility (annual)</th>
              <th scope="col">Beta</th>
              <th scope="col">Mean return (annual)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.symbol}>
                <th scope="row">{a.symbol}</th>
                <td>{formatPercent(a.volAnnual, 1)}</td>
                <td>{num(a.beta)}</td>
                <td>{formatPercent(a.meanAnnual, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {market.assets.length > FIRST_ROWS ? (
        <p className="hint">
          {all ? `All ${market.assets.length} assets.` : `Showing ${FIRST_ROWS} of ${market.assets.length} assets (the target, the hedge asset and the index first).`}{' '}
          <button type="button" onClick={() => startTransition(() => setAll(!all))}>
            {all ? `Show ${FIRST_ROWS}` : `Show all ${market.assets.length}`}
          </button>
        </p>
      ) : null}
    </div>
  );
}

export function CorrelationTable({ symbols, matrix, caption }: { readonly symbols: readonly string[]; readonly matrix: readonly (readonly number[])[]; readonly caption: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="risk-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {symbols.map((s) => (
              <th key={s} scope="col">
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {symbols.map((s, i) => (
            <tr key={s}>
              <th scope="row">{s}</th>
              {symbols.map((t, j) => (
                <td key={t}>{num(matrix[i]?.[j])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UseEstimates({ est, choices, caveat }: { readonly est: HistoryEstimates; readonly choices: EstimateChoices; readonly caveat: string | null }) {
  const targetId = useScenarioStore((s) => s.portfolio.targetId);
  const targetName = useScenarioStore((s) => s.portfolio.holdings.find((h) => h.id === s.portfolio.targetId)?.name ?? 'the target');
  const setHolding = useScenarioStore((s) => s.setHolding);
  const setField = useScenarioStore((s) => s.setField);
  const setPortfolioField = useScenarioStore((s) => s.setPortfolioField);
  const [done, setDone] = useState('');
  const writes = estimatesToFields(est, choices);
  const apply = () => {
    for (const w of writes) {
      if (w.place === 'holding' && w.field !== 'indexVol') setHolding(targetId, w.field, w.text);
      else if (w.place === 'stock') setField('stock', w.field, w.text);
      else if (w.field === 'indexVol') setPortfolioField('indexVol', w.text);
    }
    setDone(`Written for ${targetName}: ${writes.map((w) => w.label).join(', ')}.${caveat ? ` ${caveat}` : ''}`);
  };
  return (
    <div className="risk-use">
      <button type="button" className="primary" onClick={apply} disabled={writes.length === 0} aria-describedby="risk-use-hint">
        Use these estimates
      </button>
      <p id="risk-use-hint" className="hint">
        Writes {choices.target || 'the target'}&apos;s volatility and beta into {targetName}, {choices.hedge || 'the hedge asset'}&apos;s correlation and volatility into the proxy hedge, and the index volatility.
        {caveat ? ` ${caveat}` : ''}
      </p>
      <p role="status" aria-live="polite" className="risk-status">
        {done}
      </p>
    </div>
  );
}
