/**
 * What the export reads of the calculator's result: only these fields, so the export follows
 * the results' shape without depending on how they are computed.
 */
import type { HedgePlan } from '../../../engine';

export interface ExportableHedge {
  readonly id: string;
  readonly name: string;
  readonly plan: HedgePlan | null;
  readonly errors: readonly string[];
}

export interface ExportableResult {
  readonly mode: string;
  readonly currency: string;
  readonly hedges: readonly ExportableHedge[];
  readonly restOfPortfolioValue: number;
}
