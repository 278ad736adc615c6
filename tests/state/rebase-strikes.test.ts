/** Strikes typed as prices follow the target: each keeps its distance from today's price in percent. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO as D } from '../../src/state/presets';
import { rebaseStrikes } from '../../src/state/rebase-strikes';
import { useScenarioStore } from '../../src/state/store';

describe('rebaseStrikes', () => {
  it('56 / 72 / 48 on a 62.50 stock become 71.68 / 92.16 / 61.44 on an 80 stock (56 × 80 / 62.5 = 71.68 by hand)', () => {
    const out = rebaseStrikes(D.stock, '62.50', '80.00');
    expect([out.putStrike, out.callStrike, out.spreadLowerStrike]).toEqual(['71.68', '92.16', '61.44']);
  });

  it('strikes typed as % of the price are left as typed', () => {
    const pct = { ...D.stock, strikeMode: 'percent' as const, putStrike: '90' };
    expect(rebaseStrikes(pct, '62.50', '80')).toBe(pct);
  });

  it('keeps a strike that does not parse, and changes nothing when a price does not parse', () => {
    const bad = { ...D.stock, putStrike: '5x' };
    expect(rebaseStrikes(bad, '62.50', '80').putStrike).toBe('5x');
    expect(rebaseStrikes(D.stock, 'abc', '80')).toBe(D.stock);
    expect(rebaseStrikes(D.stock, '62.50', '')).toBe(D.stock);
  });
});

describe('picking another holding in the store', () => {
  it('re-bases price strikes and keeps per-holding proxy inputs with their holding', () => {
    const s = useScenarioStore.getState();
    s.resetToExample();
    s.setTarget('h3');
    const after = useScenarioStore.getState();
    expect(after.portfolio.targetId).toBe('h3');
    expect(after.stock.putStrike).toBe('71.68');
    expect(after.portfolio.holdings.find((h) => h.id === 'h3')!.proxyName).toBe(D.portfolio.holdings.find((h) => h.id === 'h3')!.proxyName);
    s.setTarget('h1');
    expect(useScenarioStore.getState().stock.putStrike).toBe('56');
  });
});
