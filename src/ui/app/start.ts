/**
 * Start-up and the page's life: a share link in the address opens (Undo goes back to the saved
 * inputs) or says what is shown instead; the link is then removed from the address so a reload
 * keeps later edits. Afterwards: a link pasted into the address bar, another tab's save, and a
 * storage that cannot save are each told to the user (see session-flow.ts).
 */
import { useSaveState } from '../../state/save-state';
import { scenarioFromLocation } from '../../state/share-link';
import { sessionFlow } from '../shared/session';

function clearLinkFromAddress(): void {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

export function applyStartupLink(): void {
  sessionFlow.guardNewerSaved();
  sessionFlow.tellSaveProblem(useSaveState.getState().problem);
  const hash = window.location.hash;
  if (!hash || scenarioFromLocation(hash) === null) return;
  sessionFlow.openStartupLink(hash);
  clearLinkFromAddress();
}

let listening = false;

/** Follows the address bar, other tabs and the storage for the life of the page (once). */
export function followSession(): void {
  if (listening) return;
  listening = true;
  useSaveState.subscribe((s, before) => {
    if (s.problem !== before.problem) sessionFlow.tellSaveProblem(s.problem);
  });
  window.addEventListener('storage', (e) => {
    if (e.storageArea === null || e.storageArea === safeLocalStorage()) sessionFlow.otherTabSaved(e.key, e.newValue);
  });
  window.addEventListener('hashchange', () => {
    const hash = window.location.hash;
    if (scenarioFromLocation(hash) === null) return; // '#results' and other in-page anchors
    clearLinkFromAddress();
    sessionFlow.openPastedLink(hash);
  });
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
