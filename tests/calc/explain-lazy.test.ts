/** The investor's formula cards are text for the one hedge being viewed: none is built until read. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fmt } from '../../src/calc/explain';
import type * as ExplainModule from '../../src/calc/explain';
import { computeMode } from '../../src/calc/calculate';
import { DEFAULT_SCENARIO } from '../../src/state/presets';

vi.mock('../../src/calc/explain', async (importOriginal) => {
  const real = await importOriginal<typeof ExplainModule>();
  return { ...real, fmt: vi.fn(real.fmt), pct: vi.fn(real.pct) };
});

const calls = () => vi.mocked(fmt).mock.calls.length;

describe('stock explanations are lazy', () => {
  beforeEach(() => vi.mocked(fmt).mockClear());

  it('calculating formats no card; reading one hedge’s cards builds only those, once', () => {
    const r = computeMode(DEFAULT_SCENARIO);
    expect(r.hedges).toHaveLength(6);
    expect(calls()).toBe(0);

    const put = r.hedges[0]!.explanations;
    const afterPut = calls();
    expect(afterPut).toBeGreaterThan(0);
    expect(put.contracts?.substituted).toContain('1,200');

    // Read again: the same object, nothing rebuilt.
    expect(r.hedges[0]!.explanations).toBe(put);
    expect(calls()).toBe(afterPut);

    // The collar's cards were not built with the put's.
    const collar = r.hedges[1]!.explanations;
    expect(calls()).toBeGreaterThan(afterPut);
    expect(collar.callStrike).toBeDefined();
  });
});
