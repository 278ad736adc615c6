/**
 * The page's one session flow (links, other tabs, examples, files, storage problems), shared by
 * the shell and the features that replace the whole scenario.
 */
import { useNotices } from '../../state/notices';
import { useSaveState } from '../../state/save-state';
import { exportScenarioFile, scenarioFileName } from '../../state/scenario-file';
import { createSessionFlow } from '../../state/session-flow';
import { selectScenario, useScenarioStore } from '../../state/store';
import { downloadText } from './download';

/** Downloads the current scenario as a JSON file. */
export function exportCurrentScenario(): void {
  downloadText(scenarioFileName(new Date()), exportScenarioFile(selectScenario(useScenarioStore.getState())));
}

export const sessionFlow = createSessionFlow({ store: useScenarioStore, notices: useNotices, save: useSaveState, exportFile: exportCurrentScenario });
