import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { create } from 'zustand';
import { CURRENT_VERSION } from '../../src/state/migrations';
import type { NoticesState, SessionNotice } from '../../src/state/notices';
import { DEFAULT_SCENARIO, PRESETS } from '../../src/state/presets';
import { createSaveState } from '../../src/state/save-state';
import type { Scenario } from '../../src/state/scenario';
import { createSessionFlow, FlowMessages, isExample, sameScenario } from '../../src/state/session-flow';
import { encodeScenario, scenarioToHash, ShareLinkMessages, ShownInstead } from '../../src/state/share-link';
import { createScenarioStore, selectScenario, STORAGE_KEY } from '../../src/state/store';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const mine: Scenario = { ...DEFAULT_SCENARIO, stock: { ...DEFAULT_SCENARIO.stock, putStrike: '50', indexName: 'Mine <&> 😀' } };
const theirs: Scenario = { ...PRESETS.importer.scenario, fx: { ...PRESETS.importer.scenario.fx, amount: '99' } };
const envelope = (s: unknown, version = CURRENT_VERSION) => JSON.stringify({ state: { scenario: s }, version });

function setup(saved?: Scenario) {
  const storage = memoryStorage(saved ? { [STORAGE_KEY]: envelope(saved) } : {});
  const save = createSaveState();
  const store = createScenarioStore({ storage, hooks: save.hooks });
  const notices = create<NoticesState>()((set) => ({
    notices: [],
    show: (n) => set((s) => ({ notices: [...s.notices.filter((x) => x.topic !== n.topic), n] })),
    dismiss: (t) => set((s) => ({ notices: s.notices.filter((x) => x.topic !== t) })),
  }));
  let exported = 0;
  const flow = createSessionFlow({ store, notices, save: save.store, exportFile: () => void exported++ });
  const current = () => selectScenario(store.getState());
  const notice = (topic: SessionNotice['topic']) => notices.getState().notices.find((n) => n.topic === topic);
  const act = (topic: SessionNotice['topic'], label: string) => notice(topic)!.actions.find((a) => a.label.startsWith(label))!.run();
  return { storage, save, store, flow, current, notice, act, exported: () => exported };
}

describe('sameScenario / isExample', () => {
  it('ignores key order, sees any changed field', () => {
    const { prefs, ...rest } = DEFAULT_SCENARIO;
    const reordered = JSON.parse(JSON.stringify({ prefs, ...rest })) as Scenario;
    expect(Object.keys(reordered)[0]).toBe('prefs');
    expect(sameScenario(reordered, DEFAULT_SCENARIO)).toBe(true);
    expect(sameScenario(mine, DEFAULT_SCENARIO)).toBe(false);
    expect(isExample(PRESETS.bakery.scenario)).toBe(true);
    expect(isExample(mine)).toBe(false);
  });
});

describe('a share link at start', () => {
  it('over saved inputs: opens, says so, and Undo goes back to the saved inputs', () => {
    const t = setup(mine);
    t.save.store.setState({ restored: 'saved' });
    t.flow.openStartupLink(scenarioToHash(theirs));
    expect(t.current()).toEqual(theirs);
    expect(t.notice('replaced')?.message).toBe(FlowMessages.linkReplacedSaved);
    t.act('replaced', 'Undo');
    expect(t.current()).toEqual(mine);
  });

  it('over the worked example: opens without a word', () => {
    const t = setup();
    t.flow.openStartupLink(scenarioToHash(theirs));
    expect(t.current()).toEqual(theirs);
    expect(t.notice('replaced')).toBeUndefined();
  });

  it.each([
    ['damaged', '#s=v3.@@', ShareLinkMessages.damaged],
    ['too long', `#s=v3.${'A'.repeat(100_001)}`, ShareLinkMessages.tooLong],
    ['newer', `#s=v${CURRENT_VERSION + 1}.${encodeScenario(theirs).split('.')[1]}`, ShareLinkMessages.newer],
  ])('%s: says why, and that the saved inputs (or the example) are shown', (_label, hash, reason) => {
    const withSaved = setup(mine);
    withSaved.save.store.setState({ restored: 'saved' });
    withSaved.flow.openStartupLink(hash);
    expect(withSaved.current()).toEqual(mine);
    expect(withSaved.notice('link')?.message).toBe(`${reason} ${ShownInstead.saved}`);
    const fresh = setup();
    fresh.flow.openStartupLink(hash);
    expect(fresh.current()).toEqual(DEFAULT_SCENARIO);
    expect(fresh.notice('link')?.message).toBe(`${reason} ${ShownInstead.example}`);
  });
});

describe('a link pasted into an open tab', () => {
  it('over the user’s own inputs: asks first; Keep changes nothing, Open loads it', () => {
    const t = setup();
    t.store.getState().loadScenario(mine);
    t.flow.openPastedLink(scenarioToHash(theirs));
    expect(t.current()).toEqual(mine);
    expect(t.notice('link')?.message).toBe(FlowMessages.askLink);
    t.act('link', 'Keep my inputs');
    expect(t.current()).toEqual(mine);
    t.act('link', 'Open the shared scenario');
    expect(t.current()).toEqual(theirs);
  });

  it('over an example: opens at once', () => {
    const t = setup();
    t.flow.openPastedLink(scenarioToHash(theirs));
    expect(t.current()).toEqual(theirs);
  });

  it('a refused link keeps the inputs and says so', () => {
    const t = setup();
    t.store.getState().loadScenario(mine);
    t.flow.openPastedLink('#s=v3.!!');
    expect(t.current()).toEqual(mine);
    expect(t.notice('link')?.message).toBe(`${ShareLinkMessages.damaged} ${ShownInstead.current}`);
  });

  it('an in-page anchor is not a link', () => {
    const t = setup();
    t.flow.openPastedLink('#results');
    expect(t.notice('link')).toBeUndefined();
  });
});

describe('another tab saves', () => {
  it('different inputs: this tab stops saving and asks; loading theirs resumes saving', () => {
    const t = setup();
    t.store.getState().loadScenario(mine);
    t.storage.data.set(STORAGE_KEY, envelope(theirs));
    t.flow.otherTabSaved(STORAGE_KEY, envelope(theirs));
    expect(t.notice('other-tab')?.message).toBe(FlowMessages.otherTab);
    expect(t.notice('other-tab')?.dismissible).toBe(false); // a choice is needed: saving waits for it
    t.store.getState().setField('stock', 'rate', '9');
    expect(t.storage.data.get(STORAGE_KEY)).toBe(envelope(theirs)); // not written over
    t.act('other-tab', 'Load the other tab');
    expect(t.current()).toEqual(theirs);
    expect(t.save.store.getState().paused).toBeNull();
  });

  it('Keep this tab’s inputs writes them, after saying it replaces the other tab’s', () => {
    const t = setup();
    t.store.getState().loadScenario(mine);
    t.flow.otherTabSaved(STORAGE_KEY, envelope(theirs));
    t.act('other-tab', 'Keep this tab');
    expect(JSON.parse(t.storage.data.get(STORAGE_KEY)!).state.scenario).toEqual(mine);
  });

  it('inputs this page cannot read (a newer version): still paused, only Keep offered', () => {
    const t = setup();
    const newer = JSON.stringify({ state: { scenario: { x: 1 } }, version: 99 });
    t.storage.data.set(STORAGE_KEY, newer);
    t.flow.otherTabSaved(STORAGE_KEY, newer);
    expect(t.notice('other-tab')?.message).toBe(FlowMessages.otherTabUnreadable);
    expect(t.notice('other-tab')?.actions.map((a) => a.label)).toEqual(['Keep this tab’s inputs (saves over the other tab’s)']);
    t.store.getState().setField('stock', 'rate', '9');
    expect(t.storage.data.get(STORAGE_KEY)).toBe(newer);
  });

  it('the same inputs, another key, or a clear: nothing to ask', () => {
    const t = setup();
    t.flow.otherTabSaved(STORAGE_KEY, envelope(DEFAULT_SCENARIO));
    t.flow.otherTabSaved('other-key', envelope(theirs));
    t.flow.otherTabSaved(STORAGE_KEY, null);
    expect(t.notice('other-tab')).toBeUndefined();
    expect(t.save.store.getState().paused).toBeNull();
  });
});

describe('storage problems', () => {
  it.each([['full', FlowMessages.full], ['blocked', FlowMessages.blocked]] as const)('%s: told plainly, with Export', (problem, message) => {
    const t = setup();
    t.flow.tellSaveProblem(problem);
    expect(t.notice('saving')?.message).toBe(message);
    expect(message).toMatch(/will not survive a reload/);
    t.act('saving', 'Export to a file');
    expect(t.exported()).toBe(1);
    t.flow.tellSaveProblem(null);
    expect(t.notice('saving')).toBeUndefined();
  });

  it('saved inputs of a newer version: the example is shown, they are not written over until chosen', () => {
    const newer = JSON.stringify({ state: { scenario: {} }, version: 99 });
    const storage = memoryStorage({ [STORAGE_KEY]: newer });
    const save = createSaveState();
    const store = createScenarioStore({ storage, hooks: save.hooks });
    const notices = create<NoticesState>()((set) => ({ notices: [], show: (n) => set({ notices: [n] }), dismiss: () => set({ notices: [] }) }));
    const flow = createSessionFlow({ store, notices, save: save.store, exportFile: () => undefined });
    flow.guardNewerSaved();
    expect(notices.getState().notices[0]?.message).toBe(FlowMessages.newerSaved);
    expect(store.getState().notice).toBeNull();
    store.getState().setField('fx', 'spot', '2');
    expect(storage.data.get(STORAGE_KEY)).toBe(newer);
    notices.getState().notices[0]!.actions[0]!.run();
    expect(storage.data.get(STORAGE_KEY)).toContain('"spot":"2"');
  });
});

describe('examples and files replace with Undo', () => {
  it('an example over the user’s inputs offers Undo; over an example it just loads', () => {
    const t = setup();
    t.flow.replaceWithUndo(PRESETS.bakery.scenario, 'x');
    expect(t.notice('replaced')).toBeUndefined();
    t.store.getState().loadScenario(mine);
    t.flow.replaceWithUndo(PRESETS.borrower.scenario, FlowMessages.replaced('The example “Borrower”'));
    expect(t.current()).toEqual(PRESETS.borrower.scenario);
    t.act('replaced', 'Undo');
    expect(t.current()).toEqual(mine);
  });
});
