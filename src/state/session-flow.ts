/**
 * What happens when a whole scenario arrives or the saved inputs are at risk: a share link at
 * start or pasted into an open tab, another tab's save, an example, an imported file, a storage
 * that cannot save. Each says plainly what happened and offers the way back (Undo) or asks first,
 * so no one's inputs are replaced or written over without a word.
 */
import { MigrationMessages } from './migrations';
import type { NoticesState } from './notices';
import { readSavedText } from './persistence';
import type { StorageProblem } from './persistence';
import { PRESETS } from './presets';
import type { SaveState } from './save-state';
import type { Scenario } from './scenario';
import { ShownInstead, scenarioFromLocation } from './share-link';
import { selectScenario, STORAGE_KEY } from './store';
import type { ScenarioStore } from './store';

export const FlowMessages = {
  full: 'This browser’s storage for Microhedge is full, so your edits will not survive a reload. Export them to a file to keep them.',
  blocked: 'This browser blocks storage for Microhedge (a private window or a site setting), so your edits will not survive a reload. Export them to a file to keep them.',
  otherTab: 'Another Microhedge tab saved different inputs. This tab has stopped saving until you choose, so neither is lost.',
  otherTabUnreadable: 'Another Microhedge tab saved inputs this page cannot read (from a newer version?). This tab has stopped saving so they are not overwritten; reload to see them.',
  newerSaved: 'Your saved inputs come from a newer version of Microhedge, so the worked example is shown. To keep them, this page saves nothing until you choose; reload the page to get the newer version.',
  linkReplacedSaved: 'You opened a shared scenario; it replaced the inputs saved in this browser.',
  askLink: 'Open the shared scenario from the address bar? It replaces the inputs on this page.',
  linkOpened: 'The shared scenario is open.',
  replaced: (what: string) => `${what} replaced your inputs.`,
} as const;

type Store = { getState: () => ScenarioStore; setState: (partial: Partial<ScenarioStore>) => void };
type Save = { getState: () => SaveState };

export interface FlowDeps {
  readonly store: Store;
  readonly notices: { getState: () => NoticesState };
  readonly save: Save;
  /** Downloads the current scenario as a file (the way out when nothing can be saved). */
  readonly exportFile: () => void;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
}

/** True when two scenarios hold the same inputs (key order aside). */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return a === b || JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

/** True when the scenario is one of the examples as shipped: nothing of the user's would be lost. */
export function isExample(s: Scenario): boolean {
  return Object.values(PRESETS).some((p) => sameScenario(p.scenario, s));
}

export function createSessionFlow(deps: FlowDeps) {
  const { store, notices } = deps;
  const current = () => selectScenario(store.getState());
  let lastOpened: Scenario | null = null;

  /** Loads `next` and offers to go back to what was there, in one notice. */
  const replaceWithUndo = (next: Scenario, message: string, undoLabel = 'Undo') => {
    const before = current();
    if (sameScenario(before, next)) return;
    store.getState().loadScenario(next);
    if (isExample(before)) return notices.getState().dismiss('replaced'); // nothing of the user's was lost
    const undo = { label: undoLabel, run: () => store.getState().loadScenario(before) };
    notices.getState().show({ topic: 'replaced', message, actions: [undo], urgency: 'status' });
  };

  const tellSaveProblem = (problem: StorageProblem | null) => {
    if (problem === null) return notices.getState().dismiss('saving');
    notices.getState().show({
      topic: 'saving', message: FlowMessages[problem], urgency: 'alert',
      actions: [{ label: 'Export to a file', run: deps.exportFile, primary: true }],
    });
  };

  const resume = () => deps.save.getState().setPaused(null);

  return {
    replaceWithUndo,
    tellSaveProblem,

    /** At start: a valid link replaces the inputs (Undo goes back); a refused one says what is shown instead. */
    openStartupLink(hash: string): void {
      const link = scenarioFromLocation(hash);
      if (link === null) return;
      const restored = deps.save.getState().restored;
      const hadSaved = restored === 'saved' || restored === 'repaired';
      if (!link.ok) {
        notices.getState().show({ topic: 'link', message: `${link.message} ${hadSaved ? ShownInstead.saved : ShownInstead.example}`, actions: [], urgency: 'alert' });
        return;
      }
      lastOpened = link.value;
      replaceWithUndo(link.value, FlowMessages.linkReplacedSaved, 'Undo: back to my saved inputs');
    },

    /** A link pasted into this open tab: opened at once over an example, asked first over the user's inputs. */
    openPastedLink(hash: string): void {
      const link = scenarioFromLocation(hash);
      if (link === null) return;
      if (!link.ok) {
        notices.getState().show({ topic: 'link', message: `${link.message} ${ShownInstead.current}`, actions: [], urgency: 'alert' });
        return;
      }
      const open = () => {
        lastOpened = link.value;
        replaceWithUndo(link.value, FlowMessages.linkOpened);
      };
      const now = current();
      if (sameScenario(now, link.value)) return;
      if (isExample(now) || (lastOpened !== null && sameScenario(now, lastOpened))) return open();
      notices.getState().show({
        topic: 'link', message: FlowMessages.askLink, urgency: 'alert', dismissible: false,
        actions: [
          { label: 'Open the shared scenario', run: open, primary: true },
          { label: 'Keep my inputs', run: () => undefined },
        ],
      });
    },

    /** Another tab wrote the saved inputs: stop saving here and ask whose to keep. */
    otherTabSaved(key: string | null, newValue: string | null): void {
      if (key !== STORAGE_KEY || newValue === null) return;
      const theirs = readSavedText(newValue);
      if (theirs.ok && sameScenario(theirs.value, current())) return;
      deps.save.getState().setPaused('other-tab');
      const keepMine = { label: 'Keep this tab’s inputs (saves over the other tab’s)', run: () => (resume(), store.setState({})) };
      const actions = theirs.ok ? [{ label: 'Load the other tab’s inputs', primary: true, run: () => (resume(), store.getState().loadScenario(theirs.value)) }, keepMine] : [keepMine];
      notices.getState().show({ topic: 'other-tab', message: theirs.ok ? FlowMessages.otherTab : FlowMessages.otherTabUnreadable, actions, urgency: 'alert', dismissible: !theirs.ok });
    },

    /** At start, saved inputs from a newer version: keep them (saving paused) until the user chooses. */
    guardNewerSaved(): void {
      if (deps.save.getState().paused !== 'newer-saved') return;
      if (store.getState().notice === MigrationMessages.newer) store.getState().dismissNotice();
      notices.getState().show({
        topic: 'saving', message: FlowMessages.newerSaved, urgency: 'alert',
        actions: [{ label: 'Save my edits here (replaces them)', run: () => (resume(), store.setState({})) }],
      });
    },
  };
}

export type SessionFlow = ReturnType<typeof createSessionFlow>;
