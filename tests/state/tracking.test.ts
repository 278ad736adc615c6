import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/state/presets';
import { EMPTY_TRACKED, MAX_TEXT_LENGTH, MAX_TRACKED, sanitizeScenario } from '../../src/state/sanitize';
import type { Scenario, TrackedHedge } from '../../src/state/scenario';
import { decodeScenario, encodeScenario } from '../../src/state/share-link';
import { exportScenarioFile, importScenarioFile } from '../../src/state/scenario-file';
import { createScenarioStore, selectScenario } from '../../src/state/store';
import { bindTrackingActions } from '../../src/state/tracking-slice';

const record: TrackedHedge = {
  id: 't1', ...EMPTY_TRACKED, instrument: 'put', openedOn: '2026-06-01', expiry: '2026-12-01', strike: '56', contracts: '12', contractSize: '100',
  price: '3.10', fees: '1.80', itemPrice: '62.50', itemQuantity: '1,200', realized: '-12.5', rollExpiry: '2027-03-01',
};
const withRecords = (records: readonly unknown[]): unknown => ({ ...JSON.parse(JSON.stringify(DEFAULT_SCENARIO)), tracking: { today: '2026-09-01', records } });

describe('hedges followed over time in the saved scenario', () => {
  it('default: no record, today = this computer’s date', () => {
    expect(DEFAULT_SCENARIO.tracking).toEqual({ today: '', records: [] });
  });

  it('a record round-trips through a share link and a file, exactly as typed', () => {
    const s = { ...DEFAULT_SCENARIO, tracking: { today: '2026-09-01', records: [record] } } as Scenario;
    expect(decodeScenario(encodeScenario(s))).toEqual({ ok: true, value: s, warnings: [] });
    const file = importScenarioFile(exportScenarioFile(s));
    expect(file.ok && file.value).toEqual(s);
  });

  it('hostile records cannot inject anything: unknown keys dropped, bad choices and long text reset, bad ids refuse the list', () => {
    const r = sanitizeScenario(withRecords([{ ...record, instrument: 'script', side: 'both', strike: 'x'.repeat(MAX_TEXT_LENGTH + 1), onload: 'alert(1)' }]));
    expect(r.ok).toBe(true);
    const got = r.ok ? r.value.tracking.records[0]! : null;
    expect(got).toMatchObject({ id: 't1', instrument: 'put', side: 'long', strike: '' });
    expect(got && 'onload' in got).toBe(false);
    expect(r.ok && r.warnings.length).toBe(3);
    const badId = sanitizeScenario(withRecords([{ ...record, id: '<img>' }]));
    expect(badId.ok && badId.value.tracking.records).toEqual([]);
    const dup = sanitizeScenario(withRecords([record, record]));
    expect(dup.ok && dup.value.tracking.records).toEqual([]);
    expect(sanitizeScenario(JSON.parse(`{"tracking":{"records":[{"__proto__":{"x":1}}]}}`)).ok).toBe(false);
  });

  it(`the list is capped at ${MAX_TRACKED} records`, () => {
    const many = Array.from({ length: MAX_TRACKED + 1 }, (_, i) => ({ ...record, id: `t${i + 1}` }));
    const r = sanitizeScenario(withRecords(many));
    expect(r.ok && r.value.tracking.records).toEqual([]);
    expect(r.ok && r.warnings[0]).toMatch(/tracking\.records must be a list of 0 to 20 items/);
  });

  it('the store adds, edits, adjusts and removes records, and refuses past the cap', () => {
    const store = createScenarioStore();
    const actions = bindTrackingActions(store);
    const id = actions.addTrackedHedge({ instrument: 'futures', mode: 'commodity', contracts: '1', rollPrice: '230' });
    expect(id).toBe('t1');
    actions.setTrackedField('t1', 'contracts', '2 contracts, typed');
    actions.setTrackedField('t1', 'instrument', 'bond' as never);
    actions.updateTrackedHedge('t1', { realized: '-5', closed: true, side: 'sideways' as never });
    expect(selectScenario(store.getState()).tracking.records[0]).toMatchObject({ id: 't1', instrument: 'futures', contracts: '2 contracts, typed', realized: '-5', closed: true, side: 'long' });
    for (let i = 1; i < MAX_TRACKED; i++) actions.addTrackedHedge({});
    expect(actions.addTrackedHedge({})).toBeNull();
    actions.removeTrackedHedge('t1');
    expect(store.getState().tracking.records).toHaveLength(MAX_TRACKED - 1);
    actions.setTrackingToday('2026-10-01');
    expect(store.getState().tracking.today).toBe('2026-10-01');
  });
});
