/**
 * The hedges followed over time: record one, edit what was typed, apply an adjustment's new terms,
 * remove one. Every value is checked with the sanitizer's own rules, so the store holds only what a
 * saved scenario or a share link could hold; the list is capped at MAX_TRACKED. The store holds the
 * list from the start (it is saved and shared with the scenario); these actions are bound to it by
 * the feature that uses them, so they load with that feature, not with the first screen.
 */
import { acceptsValue, EMPTY_TRACKED, HOLDING_ID_PATTERN, MAX_TRACKED, specOfField, TRACKED_FIELDS } from './sanitize';
import type { TrackedHedge, TrackingInput } from './scenario';

/** The part of a zustand store these actions read and write. */
export interface TrackingStoreApi {
  readonly getState: () => { readonly tracking: TrackingInput };
  readonly setState: (partial: { readonly tracking: TrackingInput }) => void;
}

export type TrackedField = Exclude<keyof TrackedHedge, 'id'>;
export type TrackedValues = Omit<TrackedHedge, 'id'>;

export interface TrackingActions {
  setTrackingToday: (today: string) => void;
  /** Adds a record (fields checked; a refused field takes its empty value); returns its id, or null when the list is full. */
  addTrackedHedge: (values: Partial<TrackedValues>) => string | null;
  setTrackedField: (id: string, field: TrackedField, value: string | boolean) => void;
  /** Several fields at once (an adjustment's new terms); a refused field is left as it was. */
  updateTrackedHedge: (id: string, values: Partial<TrackedValues>) => void;
  removeTrackedHedge: (id: string) => void;
}

function accepted(field: string, value: unknown): boolean {
  return acceptsValue(specOfField(TRACKED_FIELDS, EMPTY_TRACKED, field), value);
}

function nextId(records: readonly TrackedHedge[]): string {
  const used = new Set(records.map((r) => r.id));
  let n = records.reduce((max, r) => Math.max(max, Number(/^t(\d{1,6})$/.exec(r.id)?.[1] ?? 0)), 0) + 1;
  while (used.has(`t${n}`)) n++;
  return `t${n}`;
}

function checked(values: Partial<TrackedValues>): Partial<TrackedValues> {
  return Object.fromEntries(Object.entries(values).filter(([k, v]) => Object.hasOwn(EMPTY_TRACKED, k) && accepted(k, v)));
}

/** The actions on `store`'s list of followed hedges. */
export function bindTrackingActions(store: TrackingStoreApi): TrackingActions {
  const get = store.getState;
  const set = store.setState;
  const update = (records: readonly TrackedHedge[]) => set({ tracking: { ...get().tracking, records } });
  return {
    setTrackingToday: (today) => {
      if (accepted('openedOn', today) && get().tracking.today !== today) set({ tracking: { ...get().tracking, today } });
    },
    addTrackedHedge: (values) => {
      const records = get().tracking.records;
      if (records.length >= MAX_TRACKED) return null;
      const id = nextId(records);
      if (!HOLDING_ID_PATTERN.test(id)) return null;
      update([...records, { id, ...EMPTY_TRACKED, ...checked(values) }]);
      return id;
    },
    setTrackedField: (id, field, value) => {
      if (!accepted(field, value)) return;
      const records = get().tracking.records;
      if (!records.some((r) => r.id === id && r[field] !== value)) return;
      update(records.map((r) => (r.id === id ? { ...r, [field]: value } : r)));
    },
    updateTrackedHedge: (id, values) => {
      const records = get().tracking.records;
      if (!records.some((r) => r.id === id)) return;
      update(records.map((r) => (r.id === id ? { ...r, ...checked(values) } : r)));
    },
    removeTrackedHedge: (id) => {
      const records = get().tracking.records;
      if (records.some((r) => r.id === id)) update(records.filter((r) => r.id !== id));
    },
  };
}
