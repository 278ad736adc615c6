import type { ReactNode } from 'react';
import type { HedgeTracking, Money } from '../../../engine';
import { formatMoneyExact, formatNumber, formatPercent, formatPrice } from '../../shared/format';
import type { TrackedInstrument } from '../../../state/scenario';

const ASC_815 = 'The 80–125 % band of hedge-accounting practice under ASC 815 and IAS 39 (IFRS 9 keeps the test as evidence of an economic relationship).';

function Row({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

const fmt = (m: Money) => formatMoneyExact(m);
const signed = (m: Money) => (m.amount.isPositive() && !m.amount.isZero() ? `+${fmt(m)}` : fmt(m));

/** Mark-to-market, the dollar offset so far, and what is left of the protection. */
export function TrackingFigures({ t, instrument, itemName }: { readonly t: HedgeTracking; readonly instrument: TrackedInstrument; readonly itemName: string }) {
  const { mark, dollarOffset: d, protection: p } = t;
  const option = instrument === 'put' || instrument === 'call';
  const unitLabel = option ? 'Premium today (per unit)' : instrument === 'futures' ? 'Futures price today' : 'Value today per unit of notional';
  const level = p.kind === 'floor' ? 'Floor' : p.kind === 'cap' ? 'Cap' : instrument === 'swap' ? 'Locked rate' : 'Locked price';
  return (
    <div className="tracking-figures">
      <table className="tracking-table">
        <caption>Mark-to-market today</caption>
        <tbody>
          <Row label={unitLabel}>{instrument === 'swap' ? formatNumber(mark.unitPrice, { maximumFractionDigits: 6 }) : formatPrice(mark.unitPrice)}</Row>
          {option ? <Row label="Market value">{fmt(mark.marketValue)}</Row> : null}
          {option ? <Row label="Paid (cost basis)">{fmt(mark.costBasis)}</Row> : null}
          <Row label="Unrealized P/L">{signed(mark.unrealized)}</Row>
          <Row label="Realized by rolls and re-sizes">{signed(mark.realized)}</Row>
          <Row label="Hedge P/L since put on">{signed(mark.totalPnl)}</Row>
        </tbody>
      </table>
      <table className="tracking-table">
        <caption>Effectiveness so far: dollar offset</caption>
        <tbody>
          <Row label={`Change in ${itemName}`}>{signed(d.itemChange)}</Row>
          <Row label="Change in the hedge">{signed(d.hedgeChange)}</Row>
          <Row label="Dollar offset (−Δhedge ÷ Δitem)">
            {d.ratio === null ? 'Not yet (item unchanged)' : formatPercent(d.ratio, 1)}
          </Row>
          <Row label="Within 80–125 %">
            <strong className={d.passes ? 'tracking-pass' : 'tracking-fail'}>{d.ratio === null ? 'Not tested' : d.passes ? 'Yes: highly effective' : 'No: outside the band'}</strong>
          </Row>
        </tbody>
      </table>
      <p className="hint">{ASC_815}</p>
      <table className="tracking-table">
        <caption>What is left of the protection</caption>
        <tbody>
          <Row label={level}>{instrument === 'swap' ? formatPercent(p.level, 3) : formatPrice(p.level)}</Row>
          <Row label="Time left">{p.daysLeft > 0 ? `${p.daysLeft} days` : 'Expired'}</Row>
          <Row label="Contracts held / needed now">{`${formatNumber(p.contractsHeld, { maximumFractionDigits: 4 })} / ${formatNumber(p.contractsNeeded, { maximumFractionDigits: 4 })}`}</Row>
          <Row label="Position covered">{p.coverage === null ? '—' : formatPercent(p.coverage, 1)}</Row>
        </tbody>
      </table>
    </div>
  );
}
