/**
 * Typed messages between the page and the two Web Workers (price history and estimates, Monte Carlo). Only plain
 * data crosses: functions cannot be posted, so an option hedge travels as a table of its value at
 * the horizon by the underlying's price (see `PayoffTable`), interpolated in the worker.
 */
import type { CsvFormat, CsvIssue, DecimalMark, PnlSummary } from '../engine';
import type { EstimateChoices, HistoryEstimates } from './estimates-job';

// ---- CSV and estimates ----------------------------------------------------------------------

export interface CsvFileInput {
  /** File name (or "Pasted prices"); a one-asset file's symbol is its name without the extension. */
  readonly name: string;
  /** Pasted or fetched text; or `blob`, an uploaded file read in the worker (its text never lands on the page). */
  readonly text?: string;
  readonly blob?: Blob;
  /** Symbol for a one-asset file; default from the name. */
  readonly symbol?: string;
  /** Decimal mark chosen by the user for this file; default: detected. */
  readonly decimal?: DecimalMark;
}

export type CsvFileReport =
  | {
      readonly name: string;
      readonly ok: true;
      readonly symbols: readonly string[];
      readonly rows: number;
      /** Rows not used. */
      readonly issues: readonly CsvIssue[];
      /** Rows used but worth a look. */
      readonly suspicious: readonly CsvIssue[];
      readonly format: CsvFormat;
    }
  | { readonly name: string; readonly ok: false; readonly message: string };

/** The page's view of the aligned history, which stays in the worker under `id`. */
export interface HistorySummary {
  readonly id: number;
  readonly symbols: readonly string[];
  readonly dateCount: number;
  readonly first: string;
  readonly last: string;
}

export interface CsvResult {
  readonly files: readonly CsvFileReport[];
  /** Every usable series on their common dates; null when nothing could be aligned. */
  readonly history: HistorySummary | null;
  /** Why no aligned history (no usable file, fewer than 3 common dates); null when there is one. */
  readonly alignMessage: string | null;
  /** Symbols renamed because two files used the same one. */
  readonly renamed: readonly string[];
}

export type HistoryPhase = 'reading' | 'parsing' | 'aligning' | 'estimating';

export type HistoryRequest =
  | { readonly type: 'import'; readonly id: number; readonly files: readonly CsvFileInput[] }
  | { readonly type: 'estimate'; readonly id: number; readonly historyId: number; readonly choices: EstimateChoices }
  /** One series of the history kept in the worker (a followed hedge's regression test runs on the page). */
  | { readonly type: 'series'; readonly id: number; readonly historyId: number; readonly symbol: string }
  | { readonly type: 'cancel'; readonly id: number };

export type HistoryResponse =
  | { readonly type: 'progress'; readonly id: number; readonly phase: HistoryPhase; readonly done: number; readonly total: number }
  | { readonly type: 'imported'; readonly id: number; readonly result: CsvResult }
  | { readonly type: 'estimated'; readonly id: number; readonly estimates: HistoryEstimates }
  | { readonly type: 'series'; readonly id: number; readonly dates: readonly string[]; readonly prices: readonly number[] }
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

// ---- Monte Carlo ------------------------------------------------------------------------------

/** Value at the horizon of a position (target + option hedge) at underlying prices `xs` (ascending). */
export interface PayoffTable {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

export type McPosition =
  | { readonly kind: 'linear'; readonly asset: number; readonly value: number }
  /** P/L = interpolate(table, S_T of `asset`) − value. */
  | { readonly kind: 'table'; readonly asset: number; readonly value: number; readonly table: PayoffTable };

export interface McScenario {
  readonly name: string;
  readonly positions: readonly McPosition[];
}

export interface McRunRequest {
  readonly type: 'run';
  readonly id: number;
  readonly volsAnnual: readonly number[];
  readonly correlation: readonly (readonly number[])[];
  readonly horizonYears: number;
  /** Today's price per asset (the payoff tables are in these units). */
  readonly spots: readonly number[];
  readonly paths: number;
  readonly seed: number;
  readonly model: 'lognormal' | 'normal';
  /** Every scenario uses the same random shocks (common random numbers), so differences are the hedge's. */
  readonly scenarios: readonly McScenario[];
  /** Histogram bins shared by all scenarios. */
  readonly bins: number;
}

export interface McCancelRequest {
  readonly type: 'cancel';
  readonly id: number;
}

export type McRequest = McRunRequest | McCancelRequest;

export interface McScenarioResult {
  readonly name: string;
  readonly summary: PnlSummary;
}

/** Equal-width bins over the P/L of every scenario: `counts[s][b]` paths of scenario s in bin b. */
export interface SharedHistogram {
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly counts: readonly (readonly number[])[];
}

export interface McDone {
  readonly type: 'done';
  readonly id: number;
  readonly results: readonly McScenarioResult[];
  readonly histogram: SharedHistogram;
  /** Wall time of the simulation inside the worker, ms. */
  readonly elapsedMs: number;
}

export type McResponse =
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  | McDone
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string; readonly nearest?: number[][] };
