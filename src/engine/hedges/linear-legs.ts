/**
 * Ledger pieces shared by the hedges that trade contracts: per-contract fee lines, margin lines,
 * the protected value, and the cost as a float for the payoff curves (a display boundary).
 * Whole-contract rounding lives in ../instruments/contracts.
 */
import { Decimal, money, multiply, zero } from '../money';
import type { Money } from '../money';
import { decimalFromText } from '../validate';
import type { ContractFees, MarginInput } from './inputs';
import { isBlank } from './input-check';
import { countText } from './label';
import type { LedgerLine } from './plan';

/** Commission and exchange-fee lines for `contracts` whole contracts (exact decimal; none if no fees). */
export function contractFeeLines(fees: ContractFees | undefined, contracts: number, currency: string, what: string): LedgerLine[] {
  if (fees === undefined || contracts === 0) return [];
  const lines: LedgerLine[] = [];
  const commission = decimalFromText(fees.commissionPerContract);
  const exchange = decimalFromText(fees.exchangeFeePerContract);
  if (!commission.isZero()) {
    lines.push({ kind: 'commission', nature: 'cost', label: `Commission: ${countText(contracts, what)} × ${commission.toFixed()}`, amount: multiply(money(commission, currency), contracts) });
  }
  if (!exchange.isZero()) {
    lines.push({ kind: 'exchange-fee', nature: 'cost', label: `Exchange fees: ${countText(contracts, what)} × ${exchange.toFixed()}`, amount: multiply(money(exchange, currency), contracts) });
  }
  return lines;
}

/**
 * Margin lines, both `held`: initial margin = contracts × margin per contract; stress variation
 * margin = contracts × notional per contract × stress move (the mark-to-market a move of that
 * size against the hedge would call, Hull 11th ed. §2.4). `notionalPerContract` is exact.
 */
export function marginLines(margin: MarginInput | undefined, contracts: number, notionalPerContract: Decimal | null, currency: string): LedgerLine[] {
  const lines: LedgerLine[] = [];
  if (margin === undefined || contracts === 0) return lines;
  if (!isBlank(margin.initialPerContract)) {
    const perContract = decimalFromText(margin.initialPerContract as string);
    if (!perContract.isZero()) {
      lines.push({ kind: 'initial-margin', nature: 'held', label: `Initial margin: ${countText(contracts, 'contracts')} × ${perContract.toFixed()}`, amount: multiply(money(perContract, currency), contracts) });
    }
  }
  const stress = margin.stressMove;
  if (stress !== undefined && stress > 0 && notionalPerContract !== null) {
    const amount = notionalPerContract.times(new Decimal(stress)).times(contracts);
    lines.push({ kind: 'variation-margin', nature: 'held', label: `Variation margin if the price moves ${percentText(stress)} against the hedge: ${countText(contracts, 'contracts')}`, amount: money(amount, currency) });
  }
  return lines;
}

/** A fraction as percent text from its decimal digits: 0.011 -> "1.1 %", 0.2 -> "20 %" (no float noise). */
export function percentText(fraction: number | Decimal): string {
  return `${new Decimal(fraction).times(100).toSignificantDigits(12).toFixed()} %`;
}

/** Protected value as exact Money: |units × price|, zero when not finite. */
export function protectedValue(units: Decimal | number, price: Decimal | number, currency: string): Money {
  const v = new Decimal(units).times(new Decimal(price)).abs();
  return v.isFinite() ? money(v, currency) : zero(currency);
}

/** Total of `cost` lines as a float, for subtracting from chart values (display boundary). */
export function costAsNumber(lines: readonly LedgerLine[]): number {
  let total = new Decimal(0);
  for (const l of lines) if (l.nature === 'cost') total = total.plus(l.amount.amount);
  return total.toNumber();
}

/** A finite number or null (an ok plan carries no NaN or ±Infinity). */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** A finite number or 0, for figures that are defined but can underflow/overflow at the input limits. */
export function finiteOr0(x: number): number {
  return Number.isFinite(x) ? x : 0;
}
