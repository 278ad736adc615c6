/**
 * The lognormal odds of the hedge at expiry with every input shown: spot, drift (risk-neutral
 * r − q or the typed expected return), volatility, horizon; then the chance of ending below the
 * floor, the chance the hedge pays off, and the expected cost of carrying it.
 */
import type { HedgeOdds } from '../../../../engine';
import { formatMoney, formatNumber, formatPercent } from '../../../shared/format';
import { toDays } from './expiry-data';

interface Props {
  readonly odds: HedgeOdds;
  readonly currency: string;
  readonly formatX: (x: number) => string;
  /** The yield's name in r − q: "q (dividend yield)" or "r_f (foreign rate)". */
  readonly yieldName: string;
  readonly q: number;
}

const pct = (x: number) => formatPercent(x, 1);

export function OddsView({ odds, currency, formatX, yieldName, q }: Props) {
  const money = (x: number) => formatMoney(x, currency);
  const rising = odds.floorSide === 'above';
  const drift =
    odds.driftSource === 'risk-neutral'
      ? `${formatPercent(odds.drift, 2)} a year, risk-neutral: r − ${yieldName} = ${formatPercent(odds.r, 2)} − ${formatPercent(q, 2)}`
      : `${formatPercent(odds.drift, 2)} a year, the expected return you typed`;
  return (
    <div className="expiry-odds">
      <p className="hint">
        Lognormal model at expiry (Hull, ch. 15): spot {formatX(odds.spot)}; drift {drift}; volatility {formatPercent(odds.volAnnual, 1)} a year; horizon{' '}
        {toDays(odds.years)} days ({formatNumber(odds.years, { maximumFractionDigits: 3 })} years).
      </p>
      <dl className="figures">
        <div className="figure">
          <dt>{rising ? 'Chance of ending above the floor' : 'Chance of ending below the floor'}</dt>
          <dd data-testid="odds-floor">{odds.probBeyondFloor === null ? 'No floor' : pct(odds.probBeyondFloor)}</dd>
          {odds.floorPrice !== null ? (
            <dd className="figure-note">
              The price {rising ? 'rises above' : 'falls below'} {formatX(odds.floorPrice)}, where the position alone would be worth less than the hedge&apos;s floor
            </dd>
          ) : null}
        </div>
        <div className="figure">
          <dt>Chance the hedge pays off</dt>
          <dd data-testid="odds-pays">{pct(odds.probPaysOff)}</dd>
          <dd className="figure-note">The options finish in the money (net of any option written)</dd>
        </div>
        <div className="figure">
          <dt>Price range at expiry, 95 %</dt>
          <dd>
            {formatX(odds.range95[0])} – {formatX(odds.range95[1])}
          </dd>
        </div>
        <div className="figure">
          <dt>Expected cost of carrying the hedge</dt>
          <dd data-testid="odds-cost">{money(odds.expectedCost)}</dd>
          <dd className="figure-note">
            Premium and fees {money(odds.cost)} − expected payoff {money(odds.expectedPayoffToday)} (that is {money(odds.expectedPayoff)} at expiry, discounted to today at r)
          </dd>
        </div>
      </dl>
    </div>
  );
}
