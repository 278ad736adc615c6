/**
 * Start-up: a share link in the address wins over saved inputs; a damaged link leaves a notice
 * and the saved inputs (or the worked example). The link is then removed from the address so a
 * reload keeps the user's later edits.
 */
import { initialScenarioFromLocation, selectScenario, useScenarioStore } from '../../state/store';

export function applyStartupLink(): void {
  const hash = window.location.hash;
  if (!hash) return;
  const state = useScenarioStore.getState();
  const init = initialScenarioFromLocation(hash, selectScenario(state));
  if (init.source === 'link') state.loadScenario(init.scenario);
  if (init.notice !== null) state.setNotice(init.notice);
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
