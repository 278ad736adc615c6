/** The investor's mode: one holding of the portfolio is the target; the horizon, rate and share to hedge are shared. */
import type { TargetPosition } from '../../engine';
import type { Rounding, Scenario } from '../../state/scenario';
import { num, ROUNDING_OPTIONS } from '../fields';
import type { FieldSpec } from '../fields';
import type { ModeModule } from '../kind';
import { readPortfolio } from '../portfolio';
import type { HoldingValue, PortfolioValues } from '../portfolio';
import { daysToYears } from '../fields';

export interface StockPosition {
  readonly pf: PortfolioValues;
  readonly holding: HoldingValue;
  /** The engine's view of the target holding. */
  readonly target: TargetPosition;
  readonly targetId: string;
  /** Years the position is protected for (the risk horizon; option expiry is its own field). */
  readonly horizonYears: number;
  readonly r: number;
  /** Share of the position to hedge, decimal. */
  readonly hedgeRatio: number;
  readonly rounding: Rounding;
}

const HORIZON = 'Horizon and market';

const FIELDS: readonly FieldSpec[] = [
  // The macro hedge's engine limit is 50 years: the field says so in days.
  num('tenorDays', 'Protect for', HORIZON, { gt: 0, max: 50 * 365 }, { unit: 'calendar days', hint: 'Years = days / 365' }),
  num('rate', 'Risk-free rate', HORIZON, { percent: true, min: -100, max: 100 }, { unit: '% per year, continuous' }),
  num('hedgeRatio', 'Share of the position to hedge', HORIZON, { percent: true, gt: 0, max: 500 }, { unit: '%' }),
  { kind: 'select', field: 'rounding', label: 'Contract rounding', group: HORIZON, options: ROUNDING_OPTIONS },
];

function holdingFieldMap(targetId: string): Record<string, string> {
  const t = `portfolio.${targetId}`;
  return {
    'target.quantity': `${t}.quantity`,
    'target.price': `${t}.price`,
    'target.volAnnual': `${t}.vol`,
    'target.dividendYield': `${t}.dividendYield`,
    'target.currency': `${t}.currency`,
    'target.beta': `${t}.beta`,
    'market.r': 'stock.rate',
    'sizing.hedgeRatio': 'stock.hedgeRatio',
  };
}

export const stockMode: ModeModule<StockPosition> = {
  mode: 'stock',
  slice: 'stock',
  title: 'Hedge parameters',
  fields: FIELDS,
  fieldMap: (p) => (p ? holdingFieldMap(p.targetId) : {}),
  position(s: Scenario, v, engine) {
    const pf = readPortfolio(s.portfolio, engine);
    const days = v.n('tenorDays');
    const horizonYears = Number.isFinite(days) ? daysToYears(days) : null;
    const h = pf.target;
    // The target's price hedges trade in its own currency; the rest of the portfolio is shown in it at today's rate.
    const currency = h !== null && /^[A-Z]{3}$/.test(h.currency) ? h.currency : pf.currency;
    const rest = h !== null && h.fxRate !== null ? pf.restValue / h.fxRate : Number.NaN;
    const base = { currency, restOfPortfolioValue: Number.isFinite(rest) ? rest : 0, horizonYears, portfolio: pf };
    const errors = { ...pf.reader.errors };
    if (pf.reader.hasErrors() || h === null || horizonYears === null) return { position: null, base, errors, notes: pf.notes };
    const target: TargetPosition = {
      symbol: h.name || 'Target', quantity: h.quantity, price: h.price, currency, volAnnual: h.vol, dividendYield: h.dividendYield,
      ...(h.beta !== null ? { beta: h.beta } : {}),
    };
    const position: StockPosition = {
      pf, holding: h, target, targetId: h.id, horizonYears, r: v.n('rate'), hedgeRatio: v.n('hedgeRatio'), rounding: v.s('rounding') as Rounding,
    };
    return { position, base, errors, notes: pf.notes };
  },
};

