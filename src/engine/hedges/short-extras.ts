/** The figures of the hedges of a short holding (a rise is its risk), typed per kind like extras.ts. */
import type { Money } from '../money';
import type { OptionExtras, PremiumSource } from './extras';

export type ProtectiveCallExtras = OptionExtras & {
  readonly callStrike: number;
  readonly premiumPerUnit: number;
  readonly premiumSource: PremiumSource;
  readonly modelPremiumPerUnit: number;
};

export type CallSpreadExtras = OptionExtras & {
  readonly longCallStrike: number;
  readonly shortCallStrike: number;
  /** K2 − K1: the most the spread pays per unit. */
  readonly maxPayoffPerUnit: number;
  readonly longCallPremiumPerUnit: number;
  readonly shortCallPremiumPerUnit: number;
  readonly longCallPremiumSource: PremiumSource;
  readonly shortCallPremiumSource: PremiumSource;
};

export type ShortCollarExtras = OptionExtras & {
  readonly callStrike: number;
  readonly putStrike: number;
  readonly callPremiumPerUnit: number;
  readonly putPremiumPerUnit: number;
  readonly callPremiumSource: PremiumSource;
  readonly putPremiumSource: PremiumSource;
  readonly zeroCostSolved: boolean;
};

export type BuyBackExtras = {
  /** Shares bought back to close (part of) the short. */
  readonly unitsBoughtBack: number;
  /** Price paid per share. */
  readonly buyBackPrice: number;
  /** Shares × price + fees, exact: the cash the close takes. */
  readonly buyBackCost: Money;
  readonly hedgeRatio: number;
};
