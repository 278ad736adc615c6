import { Fragment } from 'react';
import type { HedgeResult } from '../../../calc/types';
import { isCombinable } from '../../../calc/combined';
import { formatMoneyExact, formatPercent, formatPrice } from '../../shared/format';
import { describeSize, upsideKept } from './figures';
import { isShortHedge, shortWorstCaseText } from './short-labels';
import './results-combined.css';

interface Props {
  readonly hedges: readonly HedgeResult[];
  readonly selectedId: string;
  readonly onSelect: (id: string) => void;
  /** Ids of this mode's hedges that are in the combined hedge. */
  readonly combined: ReadonlySet<string>;
  readonly onToggleCombined: (id: string) => void;
}

/** Every applicable hedge side by side; choosing a row opens its detail. */
export function ComparisonTable({ hedges, selectedId, onSelect, combined, onToggleCombined }: Props) {
  const xIsRate = hedges.some((h) => h.plan?.axis.kind === 'rate');
  const short = hedges.some(isShortHedge);
  const worstHeader = xIsRate || short ? 'Worst case' : 'Floor';
  const upsideHeader = short ? 'Gain kept on a fall' : 'Upside kept';
  return (
    <div className="table-scroll" role="region" aria-label="Hedges compared" tabIndex={0}>
      <table className="comparison">
        <caption>Hedges side by side</caption>
        <thead>
          <tr>
            <th scope="col">Hedge</th>
            <th scope="col">Size</th>
            <th scope="col">Cost (% of position)</th>
            <th scope="col">{worstHeader}</th>
            <th scope="col">Breakeven</th>
            <th scope="col">{upsideHeader}</th>
          </tr>
        </thead>
        <tbody>
          {hedges.map((h) => {
            const selected = h.id === selectedId;
            const p = h.plan;
            return (
              <Fragment key={h.id}>
              <tr className={selected ? 'selected hedge-row' : 'hedge-row'}>
                <th scope="row">
                  <button type="button" aria-pressed={selected} onClick={() => onSelect(h.id)}>
                    {h.name}
                  </button>
                </th>
                {p === null ? (
                  <td colSpan={5} className={h.notApplicable ? 'not-applicable' : 'field-error'}>
                    {h.errors.join(' ') || 'Not available for these inputs.'}
                  </td>
                ) : (
                  <>
                    <td data-label="Size" className="size">{describeSize(p)}</td>
                    <td data-label="Cost">
                      {formatMoneyExact(p.ledger.totalCost)}
                      <span className="cost-share"> {p.ledger.costFractionOfProtected === null ? '' : `(${formatPercent(p.ledger.costFractionOfProtected)})`}</span>
                    </td>
                    <td data-label={worstHeader}>{isShortHedge(h) ? shortWorstCaseText(p) : h.wording?.floor === null ? '—' : p.floor ? formatMoneyExact(p.floor) : 'none'}</td>
                    <td data-label="Breakeven">{p.breakeven === null || h.wording?.breakeven === null ? '—' : formatPrice(p.breakeven)}</td>
                    <td data-label={upsideHeader}>{upsideKept(h) === null ? '—' : formatPercent(upsideKept(h) ?? 0, 0)}</td>
                  </>
                )}
              </tr>
              {p !== null ? (
                <tr className={selected ? 'selected residual-row' : 'residual-row'}>
                  <td colSpan={6}>
                    <span className="hint">Residual risk: </span>
                    {p.residualRisk.description}
                    {h.warnings.map((w) => (
                      <span key={w} className="hedge-warning"> {w}</span>
                    ))}
                    {isCombinable(h) ? (
                      <button type="button" className="combine-toggle" onClick={() => onToggleCombined(h.id)}>
                        {combined.has(h.id) ? `✓ In the combined hedge: remove ${h.name}` : `Add ${h.name} to the combined hedge`}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
