import { useEffect, useMemo, useState } from 'react';
import { regressTrackedHedge } from '../../../engine';
import type { TrackingInput } from '../../../engine';
import { formatNumber } from '../../shared/format';
import { usePriceHistoryLink } from '../../shared/price-history-link';

const SOURCE = 'Thresholds: R² ≥ 0.80 and a slope between −0.80 and −1.25 (Finnerty & Grant, Accounting Horizons, 2002; usual ASC 815 / IAS 39 practice).';

type Series = { readonly key: string; readonly prices: readonly number[] | null; readonly message: string };

/**
 * The regression test of the hedge as it stands today over the loaded price history of the hedged
 * item (the portfolio risk panel's import): each past price, scaled to today's level, valued with
 * and without the hedge; the slope and R² of the hedge's changes on the item's.
 */
export function RegressionView({ input }: { readonly input: Pick<TrackingInput, 'hedge' | 'market'> }) {
  const link = usePriceHistoryLink();
  const key = `${link.historyId ?? ''}|${link.targetSymbol}`;
  const [series, setSeries] = useState<Series>({ key: '', prices: null, message: '' });
  useEffect(() => {
    if (link.historyId === null || link.fetchSeries === null || link.targetSymbol === '') return;
    let live = true;
    link.fetchSeries(link.targetSymbol).then(
      (prices) => live && setSeries({ key, prices, message: '' }),
      (e: unknown) => live && setSeries({ key, prices: null, message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [key, link]);
  const prices = series.key === key ? series.prices : null;
  const result = useMemo(() => (prices ? regressTrackedHedge({ ...input, itemPrices: prices }) : null), [input, prices]);
  if (link.historyId === null || link.targetSymbol === '') {
    return <p className="hint">Regression test: load price history in the portfolio risk panel (stock mode) to test this hedge over past prices.</p>;
  }
  if (series.key === key && series.message) return <p className="hint">{`Regression test: ${series.message}`}</p>;
  if (result === null) return <p className="hint" role="status">Regression test: reading the price history…</p>;
  if (!result.ok) return <p className="hint">{`Regression test: ${result.errors[0]?.message ?? ''}`}</p>;
  const reg = result.value.regression;
  return (
    <table className="tracking-table">
      <caption>{`Effectiveness over the price history of ${link.targetSymbol}: regression`}</caption>
      <tbody>
        <tr><th scope="row">Slope (Δhedge on Δitem)</th><td>{reg ? formatNumber(reg.slope, { maximumFractionDigits: 3 }) : '—'}</td></tr>
        <tr><th scope="row">R²</th><td>{reg ? formatNumber(reg.r2, { maximumFractionDigits: 3 }) : '—'}</td></tr>
        <tr><th scope="row">Periods</th><td>{reg ? reg.n : '—'}</td></tr>
        <tr>
          <th scope="row">Passes</th>
          <td><strong className={reg?.passes ? 'tracking-pass' : 'tracking-fail'}>{reg === null ? 'Not tested: the item never moved' : reg.passes ? 'Yes: highly effective' : 'No'}</strong></td>
        </tr>
        <tr><td colSpan={2} className="hint">{SOURCE}</td></tr>
      </tbody>
    </table>
  );
}
