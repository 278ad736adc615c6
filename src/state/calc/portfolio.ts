/** The portfolio as numbers: each holding's value, the target, the rest, and the portfolio beta. */
import { portfolioBeta } from '../../engine';
import type { PortfolioInput } from '../scenario';
import { createReader } from './reader';
import type { FieldReader } from './reader';

export interface HoldingValue {
  readonly id: string;
  readonly name: string;
  readonly quantity: number;
  readonly price: number;
  readonly currency: string;
  readonly vol: number;
  readonly dividendYield: number;
  /** Typed beta, or null when left empty (treated as 1 for the portfolio beta, and said so). */
  readonly beta: number | null;
  readonly value: number;
}

export interface PortfolioValues {
  readonly holdings: readonly HoldingValue[];
  readonly target: HoldingValue | null;
  readonly currency: string;
  readonly totalValue: number;
  readonly restValue: number;
  /** Σ wᵢ βᵢ by value weights (empty betas count as 1). */
  readonly beta: number;
  readonly betasAssumed: number;
  readonly reader: FieldReader;
}

/** Parses every holding (errors at 'portfolio.<id>.<field>'); holdings in another currency than the target's are refused. */
export function readPortfolio(p: PortfolioInput): PortfolioValues {
  const read = createReader('portfolio');
  const targetCurrency = p.holdings.find((h) => h.id === p.targetId)?.currency ?? p.holdings[0]?.currency ?? 'EUR';
  const holdings: HoldingValue[] = p.holdings.map((h) => {
    const f = (field: string) => `${h.id}.${field}`;
    const quantity = read.num(f('quantity'), h.quantity);
    const price = read.num(f('price'), h.price, { gt: 0 });
    const vol = read.num(f('vol'), h.vol, { percent: true, min: 0, max: 1000 });
    const dividendYield = read.num(f('dividendYield'), h.dividendYield, { percent: true, min: -100, max: 100 });
    const beta = read.optionalNum(f('beta'), h.beta, { min: -20, max: 20 });
    if (!/^[A-Z]{3}$/.test(h.currency)) read.errors[`portfolio.${f('currency')}`] = 'Enter a three-letter currency code, e.g. EUR.';
    else if (h.currency !== targetCurrency) read.errors[`portfolio.${f('currency')}`] = `Use one currency for the whole portfolio (${targetCurrency}).`;
    return { id: h.id, name: h.name, quantity, price, currency: h.currency, vol, dividendYield, beta, value: quantity * price };
  });
  const finite = holdings.filter((h) => Number.isFinite(h.value));
  const totalValue = finite.reduce((s, h) => s + h.value, 0);
  const target = holdings.find((h) => h.id === p.targetId) ?? null;
  const restValue = totalValue - (target && Number.isFinite(target.value) ? target.value : 0);
  // An empty beta counts as the market's (1), and the UI says how many were assumed.
  const betas = finite.map((h) => (h.beta !== null && Number.isFinite(h.beta) ? h.beta : 1));
  const { beta } = portfolioBeta(finite.map((h) => h.value), betas);
  const assumed = finite.filter((h) => h.beta === null).length;
  return { holdings, target, currency: targetCurrency, totalValue, restValue, beta: beta ?? 0, betasAssumed: assumed, reader: read };
}
