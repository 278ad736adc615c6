/**
 * Inputs of the micro-vs-macro risk report and their validation, plus the "universe" of risk
 * factors every scenario shares: the positions, the cross-hedge asset (if any) and the index.
 */
import type { FieldError } from '../result';
import { checkNumber, collectErrors, isRecord } from '../validate';
import type { Matrix } from './covariance';
import { checkCorrelationMatrix } from './covariance';
import { MAX_POSITIONS } from './check';
import { RiskMessages } from '../messages';

export interface RiskPosition {
  readonly label?: string;
  /** Signed market value, money. */
  readonly value: number;
  readonly volAnnual: number;
  /** Beta against the index of the macro hedge. */
  readonly beta: number;
}

/** The micro hedge as a linear change of exposure. */
export type MicroHedge =
  /** Removes `hedgedFraction` of the target's exposure (futures or short on the same asset, a put's delta). */
  | { readonly kind: 'reduce'; readonly hedgedFraction: number }
  /**
   * Adds −hedgedFraction·h*·V_target in a correlated hedge asset (h* in value per value). Its
   * correlations with the other positions default to ρ(H,T)·ρ(T,j): the hedge asset moves with the
   * rest of the portfolio only through the target, a one-factor assumption that keeps the matrix valid.
   */
  | {
    readonly kind: 'cross'; readonly hedgeRatio: number; readonly hedgeVolAnnual: number; readonly correlationWithTarget: number;
    readonly hedgedFraction?: number; readonly correlationsWithPositions?: readonly number[]; readonly hedgeBeta?: number; readonly label?: string;
  };

export interface RiskReportInput {
  readonly positions: readonly RiskPosition[];
  readonly correlation: Matrix;
  /** Index of the target position in `positions`. */
  readonly target: number;
  readonly horizonYears: number;
  readonly micro: MicroHedge;
  /** The index of the macro hedge (index futures): its annual volatility. */
  readonly index: { readonly volAnnual: number; readonly label?: string };
  /** Beta the macro hedge aims for; default 0 (fully beta-hedged). */
  readonly targetBeta?: number;
}

function checkPositions(value: unknown): FieldError[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_POSITIONS) {
    return [{ field: 'positions', message: RiskMessages.positionCount(MAX_POSITIONS) }];
  }
  const errors: FieldError[] = [];
  value.forEach((p: unknown, i) => {
    const f = `positions.${i}`;
    if (!isRecord(p)) {
      errors.push({ field: f, message: RiskMessages.positionFields });
      return;
    }
    errors.push(...collectErrors(
      checkNumber(`${f}.value`, p.value),
      checkNumber(`${f}.volAnnual`, p.volAnnual, { min: 0, max: 10 }),
      checkNumber(`${f}.beta`, p.beta, { min: -100, max: 100 }),
      p.label === undefined || typeof p.label === 'string' ? null : { field: `${f}.label`, message: RiskMessages.label },
    ));
  });
  return errors.slice(0, 20);
}

function checkMicro(value: unknown, n: number): FieldError[] {
  if (!isRecord(value)) return [{ field: 'micro', message: RiskMessages.micro }];
  if (value.kind === 'reduce') return collectErrors(checkNumber('micro.hedgedFraction', value.hedgedFraction, { min: 0, max: 2 }));
  if (value.kind !== 'cross') return [{ field: 'micro.kind', message: RiskMessages.microKind }];
  const others = value.correlationsWithPositions;
  const otherErrors: FieldError[] = [];
  if (others !== undefined) {
    if (!Array.isArray(others) || others.length !== n) otherErrors.push({ field: 'micro.correlationsWithPositions', message: RiskMessages.correlationsPerPosition(n) });
    else others.forEach((x, i) => {
      const e = checkNumber(`micro.correlationsWithPositions.${i}`, x, { min: -1, max: 1 });
      if (e) otherErrors.push(e);
    });
  }
  return collectErrors(
    checkNumber('micro.hedgeRatio', value.hedgeRatio, { min: -100, max: 100 }),
    checkNumber('micro.hedgeVolAnnual', value.hedgeVolAnnual, { gt: 0, max: 10 }),
    checkNumber('micro.correlationWithTarget', value.correlationWithTarget, { min: -1, max: 1 }),
    checkNumber('micro.hedgedFraction', value.hedgedFraction, { optional: true, min: 0, max: 2 }),
    checkNumber('micro.hedgeBeta', value.hedgeBeta, { optional: true, min: -100, max: 100 }),
    otherErrors,
  );
}

/** All field errors of an untrusted risk-report input (empty when valid, PSD aside). */
export function checkRiskReportInput(input: unknown): FieldError[] {
  if (!isRecord(input)) return [{ field: 'portfolio', message: RiskMessages.portfolio }];
  const posErrors = checkPositions(input.positions);
  if (posErrors.length > 0) return posErrors;
  const n = (input.positions as unknown[]).length;
  const index = isRecord(input.index) ? input.index : {};
  return collectErrors(
    checkCorrelationMatrix('correlation', input.correlation, n),
    checkNumber('target', input.target, { integer: true, min: 0, max: n - 1 }),
    checkNumber('horizonYears', input.horizonYears, { gt: 0, max: 50 }),
    checkMicro(input.micro, n),
    checkNumber('index.volAnnual', index.volAnnual, { gt: 0, max: 10 }),
    index.label === undefined || typeof index.label === 'string' ? null : { field: 'index.label', message: RiskMessages.label },
    isRecord(input.micro) && input.micro.label !== undefined && typeof input.micro.label !== 'string' ? { field: 'micro.label', message: RiskMessages.label } : null,
    checkNumber('targetBeta', input.targetBeta, { optional: true, min: -10, max: 10 }),
  );
}

/** Correlation of a position with the index implied by its beta: ρ = β·σ_I/σ_i, clipped to [−1, 1] (0 for a riskless position). */
export function impliedIndexCorrelation(beta: number, volAsset: number, volIndex: number): number {
  if (!(volAsset > 0)) return 0;
  return Math.max(-1, Math.min(1, (beta * volIndex) / volAsset));
}
