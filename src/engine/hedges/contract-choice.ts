/**
 * When a need is not a whole number of futures contracts, the three ways to trade it side by side
 * (Hull, "Options, Futures, and Other Derivatives", 11th ed., §3.4: contracts are whole, the rest
 * stays exposed): round DOWN (part of the need stays unhedged), round UP (more than the need is
 * hedged: the extra contracts are a bet the other way), or MINI contracts (whole full-size
 * contracts, the rest in a smaller contract, e.g. CBOT wheat 5,000 bu with mini-sized wheat
 * 1,000 bu). Each with its fees, its initial margin, the quantity left open (> 0 unhedged, < 0
 * over-hedged) and the extra cost (a buyer) or lost value (a holder) if the price moves by the
 * stated fraction the wrong way for that open quantity: |open| × (F + b) × move.
 */
import { Decimal, money } from '../money';
import type { Money } from '../money';
import { failAll, guard, ok } from '../result';
import type { Result } from '../result';
import { checkDecimalText, checkNumber, collectErrors, decimalFromText, isRecord } from '../validate';
import { isTradable, sizeWholeContracts } from '../instruments/contracts';
import type { ContractFees, TargetPosition } from './inputs';
import { asRecord, checkFees, checkMarket, checkSizing, checkTarget, isBlank } from './input-check';
import { futuresUnits } from './futures';
import { Messages } from '../messages';

export type ContractChoiceName = 'down' | 'up' | 'mini';

export interface ContractChoiceInput {
  /** quantity < 0: a buyer's need; > 0: a holding. */
  readonly target: TargetPosition;
  readonly market: { readonly futuresPrice: number; readonly expectedBasis?: number };
  /** contractSize: the full contract (required); hedgeRatio default 1. */
  readonly sizing: { readonly contractSize: number; readonly hedgeRatio?: number };
  /** Fees per contract, full or mini alike. */
  readonly fees?: ContractFees;
  /** Initial margin per full contract, decimal text. */
  readonly initialMargin?: string;
  /** The mini contract: its size (< the full size) and its initial margin (default: pro rata). */
  readonly mini?: { readonly contractSize: number; readonly initialMargin?: string };
  /** The stated price move, a fraction (0.1 = 10 %). */
  readonly priceMove: number;
}

export interface ContractChoice {
  readonly choice: ContractChoiceName;
  readonly fullContracts: number;
  readonly miniContracts: number;
  readonly hedgedUnits: number;
  /** Need − hedged units: > 0 left unhedged, < 0 over-hedged. */
  readonly openUnits: number;
  readonly fees: Money;
  readonly initialMargin: Money;
  /** What the open quantity costs (a buyer) or loses (a holder) if the price moves the wrong way by the stated move. */
  readonly moveCost: Money;
  /** 'rise' or 'fall': the move that hurts the open quantity; null when nothing is open. */
  readonly hurtBy: 'rise' | 'fall' | null;
  /** The whole need at F + b, plus fees and the move cost (a buyer's worst total cost; a holder's: proceeds less both). */
  readonly worstTotal: Money;
}

export interface ContractChoices {
  /** The need in contracts before rounding. */
  readonly exactContracts: number;
  readonly isWhole: boolean;
  /** F + b per unit. */
  readonly lockedPrice: number;
  readonly choices: readonly ContractChoice[];
}

function validate(raw: Record<string, unknown>) {
  const mini = raw.mini;
  const errors = collectErrors(
    checkTarget(raw.target, { quantity: 'nonzero' }),
    checkMarket(raw, { futuresPrice: { gt: 0 }, expectedBasis: { optional: true } }),
    checkSizing(raw, { contractSize: 'required', hedgeRatioMax: 10, rounding: false }),
    checkFees(raw),
    isBlank(raw.initialMargin) ? null : checkDecimalText('initialMargin', raw.initialMargin),
    checkNumber('priceMove', raw.priceMove, { min: 0, max: 1 }),
    mini === undefined ? null : !isRecord(mini) ? { field: 'mini', message: Messages.miniSize } : [
      checkNumber('mini.contractSize', mini.contractSize, { gt: 0 }),
      isBlank(mini.initialMargin) ? null : checkDecimalText('mini.initialMargin', mini.initialMargin),
    ].filter((e) => e !== null),
  );
  const full = isRecord(raw.sizing) ? raw.sizing.contractSize : undefined;
  if (errors.length === 0 && isRecord(mini) && !((mini.contractSize as number) < (full as number))) errors.push({ field: 'mini.contractSize', message: Messages.miniSize });
  return errors;
}

/** The round-down / round-up / mini-contract choices for a need; field errors for bad input, never throws. */
export function compareContractChoices(input: ContractChoiceInput): Result<ContractChoices> {
  const errors = validate(asRecord(input));
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => {
    const t = input.target;
    const need = futuresUnits(input.sizing.hedgeRatio ?? 1, t.quantity, t.price, input.market.futuresPrice, false);
    const size = input.sizing.contractSize;
    const down = sizeWholeContracts(need, size, 'down');
    const up = sizeWholeContracts(need, size, 'up');
    if (!isTradable(up)) return failAll([{ field: 'sizing.contractSize', message: Messages.tooMany }]);
    const locked = new Decimal(input.market.futuresPrice).plus(new Decimal(input.market.expectedBasis ?? 0));
    const row = rowBuilder(input, need, locked);
    const choices = [row('down', down.contracts, 0), row('up', up.contracts, 0)];
    if (input.mini !== undefined) {
      const rest = need.minus(new Decimal(down.contracts).times(size));
      const minis = sizeWholeContracts(rest, input.mini.contractSize, 'nearest');
      if (!isTradable(minis)) return failAll([{ field: 'mini.contractSize', message: Messages.tooMany }]);
      choices.push(row('mini', down.contracts, minis.contracts));
    }
    return ok({ exactContracts: down.exactContracts, isWhole: down.remainderUnits === 0, lockedPrice: locked.toNumber(), choices });
  });
}

function rowBuilder(input: ContractChoiceInput, need: Decimal, locked: Decimal) {
  const t = input.target;
  const ccy = t.currency;
  const buyer = t.quantity < 0;
  const feePer = input.fees ? decimalFromText(input.fees.commissionPerContract).plus(decimalFromText(input.fees.exchangeFeePerContract)) : new Decimal(0);
  const marginFull = isBlank(input.initialMargin) ? new Decimal(0) : decimalFromText(input.initialMargin as string);
  const mini = input.mini;
  const marginMini = mini === undefined ? new Decimal(0) : isBlank(mini.initialMargin) ? marginFull.times(mini.contractSize).dividedBy(input.sizing.contractSize) : decimalFromText(mini.initialMargin as string);
  const move = new Decimal(input.priceMove);
  const needValue = need.times(locked);
  return (choice: ContractChoiceName, full: number, minis: number): ContractChoice => {
    const hedged = new Decimal(full).times(input.sizing.contractSize).plus(new Decimal(minis).times(mini?.contractSize ?? 0));
    const open = need.minus(hedged);
    const fees = money(feePer.times(full + minis), ccy);
    const margin = money(marginFull.times(full).plus(marginMini.times(minis)), ccy);
    const moveCost = open.abs().times(locked).times(move);
    // An open need (buyer) or holding left unsold is hurt by the price move against it; an over-hedge by the opposite move.
    const hurtBy = open.isZero() ? null : (open.isPositive() === buyer ? 'rise' : 'fall');
    const worst = buyer ? needValue.plus(fees.amount).plus(moveCost) : needValue.minus(fees.amount).minus(moveCost);
    return {
      choice, fullContracts: full, miniContracts: minis, hedgedUnits: hedged.toNumber(), openUnits: open.toNumber(),
      fees, initialMargin: margin, moveCost: money(moveCost, ccy), hurtBy, worstTotal: money(worst, ccy),
    };
  };
}
