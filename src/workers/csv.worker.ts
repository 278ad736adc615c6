/**
 * Price history off the main thread: reads and parses uploaded files, keeps the aligned history,
 * and computes the estimates from it (10 years × 200 assets must not freeze the page). See
 * history-service.ts for the messages.
 */
import { createHistoryService } from './history-service';
import { createPause } from './pause';
import type { HistoryRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const pause = createPause();

const service = createHistoryService({ post: (m) => scope.postMessage(m), pause, now: () => performance.now() });

scope.onmessage = (event: MessageEvent<HistoryRequest>) => {
  void service.handle(event.data);
};
