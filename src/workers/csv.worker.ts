/** Parses uploaded price files off the main thread (10 years × 50 assets must not freeze the page). */
import { parseHistoryFiles } from './csv-job';
import type { CsvRequest, CsvResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CsvRequest>) => {
  const { id, files } = event.data;
  let response: CsvResponse;
  try {
    response = { id, ok: true, result: parseHistoryFiles(files) };
  } catch {
    response = { id, ok: false, message: 'These files could not be read.' };
  }
  scope.postMessage(response);
};
