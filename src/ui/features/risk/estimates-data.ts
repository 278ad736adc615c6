/**
 * The estimates view's pure parts: default choices for a loaded history, what the loaded files
 * held back (so every figure from them can say so), and the text written into the calculator's
 * fields by "Use these estimates". The estimates themselves are computed in the CSV worker
 * (src/workers/estimates-job.ts).
 */
import type { CsvResult } from '../../../workers/protocol';
import type { EstimateChoices, HistoryEstimates } from '../../../workers/estimates-job';

export type { EstimateChoices, HistoryEstimates } from '../../../workers/estimates-job';
export { buildHistoryEstimates } from '../../../workers/estimates-job';

/** Default choices for a freshly loaded history: an index-like symbol as index, the first other two as target and hedge. */
export function defaultChoices(symbols: readonly string[], targetName = ''): EstimateChoices {
  const index = symbols.find((s) => /S&?P|SPX|500|INDEX|IDX|STOXX|DAX|FTSE|NIKKEI|MSCI/i.test(s)) ?? '';
  const others = symbols.filter((s) => s !== index);
  const byName = others.find((s) => targetName !== '' && targetName.toUpperCase().includes(s.toUpperCase()));
  const target = byName ?? others[0] ?? symbols[0] ?? '';
  const hedge = others.find((s) => s !== target) ?? (index !== target ? index : '');
  return { returns: 'log', index, target, hedge };
}

export interface HistoryCaveat {
  readonly rejected: number;
  readonly suspicious: number;
  /** Files whose decimal mark the file itself could not settle (read with the default until the user chooses). */
  readonly unsureDecimal: readonly string[];
  /** Short form next to each figure, e.g. "3 rows rejected, 1 suspicious"; null when the files were clean. */
  readonly short: string | null;
  /** One sentence for the estimates and the fields they fill. */
  readonly sentence: string | null;
}

const rows = (n: number) => `${n.toLocaleString('en-US')} row${n === 1 ? '' : 's'}`;

/** What the loaded files held back or left in doubt, in words for the figures estimated from them. */
export function historyCaveat(result: CsvResult | null): HistoryCaveat {
  let rejected = 0;
  let suspicious = 0;
  const unsureDecimal: string[] = [];
  for (const f of result?.files ?? []) {
    if (!f.ok) continue;
    rejected += f.issues.length;
    suspicious += f.suspicious.length;
    if (f.format.decimalSource === 'ambiguous') unsureDecimal.push(f.name);
  }
  const parts: string[] = [];
  if (rejected > 0) parts.push(`${rows(rejected)} rejected`);
  if (suspicious > 0) parts.push(`${rows(suspicious)} suspicious`);
  if (unsureDecimal.length > 0) parts.push(`the decimal mark unconfirmed in ${unsureDecimal.join(', ')}`);
  const short = parts.length > 0 ? parts.map((p) => p.replace(/^the (decimal mark unconfirmed) in .*$/, '$1')).join(', ') : null;
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  const sentence =
    short === null
      ? null
      : `Estimated from price history with ${listed}` +
        `${rejected > 0 ? ': the rejected rows are left out' : ''}${suspicious > 0 ? `${rejected > 0 ? ';' : ':'} the suspicious rows are used as read` : ''}. See the list under Price history.`;
  return { rejected, suspicious, unsureDecimal, short, sentence };
}

export interface FieldWrite {
  /** Where it goes: the target holding's field, a stock-hedge field, or a portfolio field. */
  readonly place: 'holding' | 'stock' | 'portfolio';
  readonly field: 'vol' | 'beta' | 'proxyCorrelation' | 'proxyVol' | 'indexVol';
  readonly text: string;
  /** Plain words for the confirmation, e.g. "target volatility 31.2 %". */
  readonly label: string;
}

const pct = (x: number) => (x * 100).toFixed(1);

/**
 * The calculator fields the estimates fill, as the text a user would type: target volatility and
 * beta, the proxy's correlation with the target and its volatility, the index volatility.
 */
export function estimatesToFields(est: HistoryEstimates, choices: EstimateChoices): FieldWrite[] {
  const market = est.market;
  if (market === null) return [];
  const bySymbol = (s: string) => market.assets.find((a) => a.symbol === s);
  const out: FieldWrite[] = [];
  const target = bySymbol(choices.target);
  if (target && Number.isFinite(target.volAnnual) && target.volAnnual > 0) out.push({ place: 'holding', field: 'vol', text: pct(target.volAnnual), label: `target volatility ${pct(target.volAnnual)} %` });
  if (target && target.beta !== null && Number.isFinite(target.beta)) out.push({ place: 'holding', field: 'beta', text: target.beta.toFixed(2), label: `target beta ${target.beta.toFixed(2)}` });
  const hedge = bySymbol(choices.hedge);
  if (est.hedgeRatio !== null && choices.hedge !== '') {
    const i = market.assets.findIndex((a) => a.symbol === choices.target);
    const j = market.assets.findIndex((a) => a.symbol === choices.hedge);
    const rho = i >= 0 && j >= 0 ? (market.correlation[i] as number[])[j] as number : est.hedgeRatio.correlation;
    out.push({ place: 'holding', field: 'proxyCorrelation', text: rho.toFixed(2), label: `proxy correlation ${rho.toFixed(2)}` });
  }
  if (hedge && hedge.volAnnual > 0) out.push({ place: 'holding', field: 'proxyVol', text: pct(hedge.volAnnual), label: `proxy volatility ${pct(hedge.volAnnual)} %` });
  const index = bySymbol(choices.index);
  if (index && index.volAnnual > 0) out.push({ place: 'portfolio', field: 'indexVol', text: pct(index.volAnnual), label: `index volatility ${pct(index.volAnnual)} %` });
  return out;
}
