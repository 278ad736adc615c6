/** The store empties quotes whose contract changed, tells the user, and puts them back on request. */
import { create } from 'zustand';
import { describe, expect, it } from 'vitest';
import type { NoticesState } from '../../src/state/notices';
import { useNotices } from '../../src/state/notices';
import { PRESETS } from '../../src/state/presets';
import { KEEP_QUOTES, quoteNotices } from '../../src/state/quote-notice';
import { createScenarioStore, useScenarioStore } from '../../src/state/store';

function setup() {
  const notices = create<NoticesState>()((set) => ({
    notices: [],
    show: (n) => set((s) => ({ notices: [...s.notices.filter((x) => x.topic !== n.topic), n] })),
    dismiss: (t) => set((s) => ({ notices: s.notices.filter((x) => x.topic !== t) })),
  }));
  const store = createScenarioStore({ quotes: quoteNotices(notices) });
  const type = (field: string, value: string) => store.getState().setField('stock', field, value);
  const notice = () => notices.getState().notices.find((n) => n.topic === 'quotes');
  const keep = () => {
    const n = notice()!;
    notices.getState().dismiss('quotes'); // as the page does before running a choice
    n.actions.find((a) => a.label === KEEP_QUOTES)!.run();
  };
  const quote = () => {
    for (const [f, v] of Object.entries({ putBid: '2.10', putAsk: '2.30', callQuote: '1.20', lowerPutLast: '0.90', upperCallBid: '0.40' })) type(f, v);
  };
  return { store, notices, type, notice, keep, quote };
}

describe('setField: a new strike empties only its own leg’s quotes', () => {
  it('putStrike: the put’s bid and ask are emptied, the other legs keep theirs; Keep puts them back', () => {
    const { store, type, notice, keep, quote } = setup();
    quote();
    expect(notice()).toBeUndefined(); // typing quotes clears nothing
    type('putStrike', '50');
    expect(store.getState().stock).toMatchObject({ putStrike: '50', putBid: '', putAsk: '', callQuote: '1.20', lowerPutLast: '0.90', upperCallBid: '0.40' });
    expect(notice()).toMatchObject({ urgency: 'status', message: expect.stringMatching(/^Cleared the put’s quote \(bid 2\.10, ask 2\.30\): it was for the 56 strike\./) });
    expect(notice()!.actions.map((a) => a.label)).toEqual([KEEP_QUOTES]);
    keep();
    expect(store.getState().stock).toMatchObject({ putStrike: '50', putBid: '2.10', putAsk: '2.30' });
  });

  it('typing a strike key by key clears once, and the notice names the strike the quotes were for', () => {
    const { store, type, notice, quote } = setup();
    quote();
    for (const text of ['', '6', '60']) type('putStrike', text);
    expect(store.getState().stock.putBid).toBe('');
    expect(notice()!.message).toContain('it was for the 56 strike');
  });

  it('fees, rate, horizon and quotes clear nothing and raise nothing', () => {
    const { store, type, notice, quote } = setup();
    quote();
    for (const [f, v] of [['commission', '3'], ['rate', '4'], ['tenorDays', '90'], ['contractSize', '10'], ['putAsk', '2.40']] as const) type(f, v);
    expect(store.getState().stock).toMatchObject({ putBid: '2.10', putAsk: '2.40', callQuote: '1.20' });
    expect(notice()).toBeUndefined();
  });

  it('a second clearing replaces the notice (one at a time)', () => {
    const { store, notices, type, notice, quote } = setup();
    quote();
    type('putStrike', '50');
    type('callStrike', '80');
    expect(notices.getState().notices.filter((n) => n.topic === 'quotes')).toHaveLength(1);
    expect(notice()!.message).toMatch(/^Cleared the call’s quote \(last 1\.20\): it was for the 72 strike\./);
    expect(store.getState().stock).toMatchObject({ putBid: '', callQuote: '', lowerPutLast: '0.90' });
  });

  it('expiry and strike mode empty every leg', () => {
    const { store, type, notice, keep, quote } = setup();
    quote();
    type('expiryDays', '91');
    expect(store.getState().stock).toMatchObject({ putBid: '', putAsk: '', callQuote: '', lowerPutLast: '', upperCallBid: '' });
    expect(notice()!.message).toContain('they were for the 182-day expiry');
    keep();
    type('strikeMode', 'percent');
    expect(store.getState().stock).toMatchObject({ putBid: '', callQuote: '', upperCallBid: '' });
    expect(notice()!.message).toContain('they were for strikes typed as prices');
  });
});

describe('picking another target empties every leg’s quotes', () => {
  it('setTarget: all quotes emptied, strikes re-based; Keep puts the quotes back and keeps the new target', () => {
    const { store, notice, keep, quote } = setup();
    quote();
    store.getState().setTarget('h3');
    expect(store.getState().stock).toMatchObject({ putStrike: '71.68', putBid: '', putAsk: '', callQuote: '', lowerPutLast: '', upperCallBid: '' });
    expect(notice()!.message).toContain('they were for options on Nordlicht Robotics');
    keep();
    expect(store.getState().portfolio.targetId).toBe('h3');
    expect(store.getState().stock).toMatchObject({ putStrike: '71.68', putBid: '2.10', putAsk: '2.30', callQuote: '1.20', lowerPutLast: '0.90', upperCallBid: '0.40' });
  });

  it('removing the target holding empties them too; removing another holding does not', () => {
    const { store, notice, quote } = setup();
    quote();
    store.getState().removeHolding('h2');
    expect(notice()).toBeUndefined();
    expect(store.getState().stock.putBid).toBe('2.10');
    store.getState().removeHolding('h1');
    expect(store.getState().portfolio.targetId).not.toBe('h1');
    expect(store.getState().stock.putBid).toBe('');
    expect(notice()!.message).toContain('options on Nordlicht Robotics');
  });
});

describe('a whole scenario arriving never raises the notice, and withdraws one shown', () => {
  it.each([
    ['an example', (s: ReturnType<typeof setup>['store']) => s.getState().loadPreset('bakery')],
    ['a file or link', (s: ReturnType<typeof setup>['store']) => s.getState().loadScenario(PRESETS.importer.scenario)],
    ['a reset', (s: ReturnType<typeof setup>['store']) => s.getState().resetToExample()],
  ])('%s', (_name, load) => {
    const { store, type, notice, quote } = setup();
    quote();
    load(store);
    expect(notice()).toBeUndefined();
    quote();
    type('putStrike', '50');
    expect(notice()).toBeDefined();
    load(store);
    expect(notice()).toBeUndefined();
  });
});

describe('the app’s store', () => {
  it('raises the notice in the page’s notices', () => {
    const s = useScenarioStore.getState();
    s.resetToExample();
    s.setField('stock', 'putBid', '2.10');
    s.setField('stock', 'putStrike', '50');
    expect(useNotices.getState().notices.find((n) => n.topic === 'quotes')?.message).toMatch(/^Cleared the put’s quote \(bid 2\.10\)/);
    s.resetToExample();
    expect(useNotices.getState().notices.find((n) => n.topic === 'quotes')).toBeUndefined();
  });
});
