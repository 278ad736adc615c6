// The CSV worker's service, driven the way the worker drives it: imports keep the history and
// return a summary (no price arrays cross to the page), estimates come from the kept history with
// progress, and a cancel message stops a run between steps.
import { describe, expect, it } from 'vitest';
import { createHistoryService, ServiceMessages } from '../../../src/workers/history-service';
import type { HistoryResponse } from '../../../src/workers/protocol';

function service(options: { sliceMs?: number; progressMs?: number } = {}) {
  const posted: HistoryResponse[] = [];
  let onPost: ((m: HistoryResponse) => void) | null = null;
  const s = createHistoryService({
    post: (m) => {
      posted.push(m);
      onPost?.(m);
    },
    pause: () => new Promise((r) => setTimeout(r, 0)),
    now: () => performance.now(),
    sliceMs: options.sliceMs ?? 0,
    progressMs: options.progressMs ?? 0,
  });
  return { s, posted, watch: (f: (m: HistoryResponse) => void) => (onPost = f) };
}

/** n assets on d weekdays-ish dates, long format. */
function longCsv(n: number, d: number): string {
  const rows = ['symbol,date,price'];
  for (let k = 0; k < n; k++) {
    let p = 100 + k;
    for (let t = 0; t < d; t++) {
      p *= 1 + 0.01 * Math.sin(t * (k + 1));
      const day = new Date(Date.UTC(2000, 0, 3 + t)).toISOString().slice(0, 10);
      rows.push(`A${k},${day},${p.toFixed(4)}`);
    }
  }
  return rows.join('\n');
}

describe('history service', () => {
  it('reads a Blob, reports progress, and returns a summary of the history it keeps', async () => {
    const { s, posted } = service();
    await s.handle({ type: 'import', id: 1, files: [{ name: 'prices.csv', blob: new Blob([longCsv(3, 40)]) }] });
    expect(posted[0]).toEqual({ type: 'progress', id: 1, phase: 'reading', done: 0, total: 1 });
    const done = posted.at(-1)!;
    expect(done.type).toBe('imported');
    if (done.type !== 'imported') return;
    expect(done.result.history).toEqual({ id: 1, symbols: ['A0', 'A1', 'A2'], dateCount: 40, first: '2000-01-03', last: '2000-02-11' });
    expect(JSON.stringify(done.result)).not.toContain('"prices"');
    await s.handle({ type: 'estimate', id: 2, historyId: 1, choices: { returns: 'log', index: 'A2', target: 'A0', hedge: 'A1' } });
    const progress = posted.filter((m) => m.id === 2 && m.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    const est = posted.at(-1)!;
    expect(est.type === 'estimated' && est.estimates.market?.assets.map((a) => a.symbol)).toEqual(['A0', 'A1', 'A2']);
    expect(est.type === 'estimated' && est.estimates.hedgeRatio?.n).toBe(39);
  });

  it('a cancel message stops an estimate between steps', async () => {
    const { s, posted, watch } = service();
    await s.handle({ type: 'import', id: 1, files: [{ name: 'p.csv', text: longCsv(40, 60) }] });
    watch((m) => {
      if (m.type === 'progress' && m.id === 2) void s.handle({ type: 'cancel', id: 2 });
    });
    await s.handle({ type: 'estimate', id: 2, historyId: 1, choices: { returns: 'log', index: '', target: 'A0', hedge: 'A1' } });
    expect(posted.at(-1)).toEqual({ type: 'cancelled', id: 2 });
    expect(posted.some((m) => m.type === 'estimated')).toBe(false);
  });

  it('a cancel message stops an import; the history loaded before stays', async () => {
    const { s, posted, watch } = service();
    await s.handle({ type: 'import', id: 1, files: [{ name: 'p.csv', text: longCsv(2, 30) }] });
    watch((m) => {
      if (m.type === 'progress' && m.id === 3 && m.phase === 'parsing') void s.handle({ type: 'cancel', id: 3 });
    });
    await s.handle({ type: 'import', id: 3, files: [{ name: 'big.csv', text: longCsv(30, 1000) }] });
    expect(posted.at(-1)).toEqual({ type: 'cancelled', id: 3 });
    await s.handle({ type: 'estimate', id: 4, historyId: 1, choices: { returns: 'log', index: '', target: 'A0', hedge: 'A1' } });
    expect(posted.at(-1)!.type).toBe('estimated');
  });

  it('estimating a history that is no longer loaded says so', async () => {
    const { s, posted } = service();
    await s.handle({ type: 'estimate', id: 9, historyId: 5, choices: { returns: 'log', index: '', target: '', hedge: '' } });
    expect(posted).toEqual([{ type: 'error', id: 9, message: ServiceMessages.gone }]);
  });
});

describe('one series for a followed hedge', () => {
  it('returns the prices of one symbol of the kept history, or says it is not there', async () => {
    const { s, posted } = service();
    await s.handle({ type: 'import', id: 1, files: [{ name: 'prices.csv', text: 'symbol,date,price\nX,2024-01-02,100\nX,2024-01-03,102\nX,2024-01-04,101\nY,2024-01-02,5\nY,2024-01-03,6\nY,2024-01-04,7' }] });
    await s.handle({ type: 'series', id: 2, historyId: 1, symbol: 'X' });
    expect(posted.at(-1)).toEqual({ type: 'series', id: 2, dates: ['2024-01-02', '2024-01-03', '2024-01-04'], prices: [100, 102, 101] });
    await s.handle({ type: 'series', id: 3, historyId: 1, symbol: 'Z' });
    expect(posted.at(-1)).toEqual({ type: 'error', id: 3, message: ServiceMessages.noSeries });
    await s.handle({ type: 'series', id: 4, historyId: 9, symbol: 'X' });
    expect(posted.at(-1)).toEqual({ type: 'error', id: 4, message: ServiceMessages.gone });
  });
});
