/** The before-expiry and same-cost inputs are part of the scenario: a link and a file carry them back exactly. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/state/presets';
import { decodeScenario, encodeScenario } from '../../src/state/share-link';
import { exportScenarioFile, importScenarioFile } from '../../src/state/scenario-file';

const typed = {
  ...DEFAULT_SCENARIO,
  stock: { ...DEFAULT_SCENARIO.stock, expectedReturn: '7,5', indexDividendYield: '2.8' },
  fx: { ...DEFAULT_SCENARIO.fx, expectedReturn: '-1' },
};

describe('scenario fields of the before-expiry view and the same-cost macro', () => {
  it('default to empty (risk-neutral drift) and 0 % index yield', () => {
    expect(DEFAULT_SCENARIO.stock.expectedReturn).toBe('');
    expect(DEFAULT_SCENARIO.fx.expectedReturn).toBe('');
    expect(DEFAULT_SCENARIO.stock.indexDividendYield).toBe('0');
  });

  it('round-trip through a share link and a file, as typed', () => {
    const link = decodeScenario(encodeScenario(typed));
    expect(link.ok && link.value.stock.expectedReturn).toBe('7,5');
    expect(link.ok && link.value.stock.indexDividendYield).toBe('2.8');
    expect(link.ok && link.value.fx.expectedReturn).toBe('-1');
    const file = importScenarioFile(exportScenarioFile(typed));
    expect(file.ok && file.value.stock).toEqual(typed.stock);
  });
});
