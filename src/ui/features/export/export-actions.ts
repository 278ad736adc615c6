/** What each export button does: build the file from the results and save it. */
import type { HedgePlan } from '../../../engine';
import { buildPayoffChart } from '../../charts/payoff-data';
import { payoffInputFromPlan } from '../../charts/plan-chart';
import { chartPng } from './chart-png';
import { combinedLedgerRows } from './combined-table';
import type { ExportableCombined } from './combined-table';
import { toCsv } from './csv';
import { downloadBlob, downloadCsv } from './download';
import { chartRows, comparisonRows, exportFileName, ledgerRows } from './export-tables';
import type { ExportableHedge, ExportableResult } from './types';

export interface ChartOptions {
  readonly showPortfolio: boolean;
}

export function exportComparison(result: ExportableResult): string {
  const name = `${exportFileName(result.mode, 'hedges compared')}.csv`;
  downloadCsv(name, toCsv(comparisonRows(result)));
  return name;
}

export function exportLedger(hedge: ExportableHedge & { readonly plan: HedgePlan }): string {
  const name = `${exportFileName(hedge.name, 'cost ledger')}.csv`;
  downloadCsv(name, toCsv(ledgerRows(hedge.plan.ledger)));
  return name;
}

/** The combined hedge's ledger; null when no leg could be summed. */
export function exportCombinedLedger(combined: ExportableCombined): string | null {
  const rows = combinedLedgerRows(combined);
  if (rows === null) return null;
  const name = `${exportFileName('combined hedge', 'cost ledger')}.csv`;
  downloadCsv(name, toCsv(rows));
  return name;
}

/** The chart's points as drawn at the horizon (the whole portfolio when that is shown). */
export function exportChartData(result: ExportableResult, hedge: ExportableHedge & { readonly plan: HedgePlan }, options: ChartOptions): string {
  const data = buildPayoffChart(
    payoffInputFromPlan(hedge.plan, { showPortfolio: options.showPortfolio, restOfPortfolioValue: result.restOfPortfolioValue }),
  );
  const name = `${exportFileName(hedge.name, 'payoff data')}.csv`;
  downloadCsv(name, toCsv(chartRows(data, hedge.plan.axis.label, result.currency)));
  return name;
}

const CHART_WAIT_MS = 8000;

/** Brings the chart into view (it is drawn when near the viewport), waits for it, and saves it as a PNG; null when it never appeared. */
export async function exportChartPng(hedge: ExportableHedge): Promise<string | null> {
  const section = document.querySelector('section.payoff-section');
  if (!section) return null;
  section.scrollIntoView({ block: 'center' });
  const deadline = Date.now() + CHART_WAIT_MS;
  let png: Blob | null = null;
  while (png === null && Date.now() < deadline) {
    png = await chartPng(section);
    if (png === null) await new Promise((r) => setTimeout(r, 150));
  }
  if (png === null) return null;
  const name = `${exportFileName(hedge.name, 'payoff chart')}.png`;
  downloadBlob(name, png);
  return name;
}
