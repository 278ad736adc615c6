/** What the browser knows about its connection, in words for messages about failed loads. */

/** True when the browser reports no network (navigator.onLine is false); unknown counts as online. */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * Why a piece of the app's code could not be fetched, in plain words: "Could not load the payoff
 * chart. This browser is offline: ..." (`part` is the thing, e.g. "the payoff chart").
 */
export function describeLoadFailure(part: string, offline: boolean = isOffline()): string {
  const why = offline
    ? 'This browser is offline; try again when the connection is back.'
    : 'The connection may have dropped, or a new version of Microhedge was published (reloading the page fetches it).';
  return `Could not load ${part}. ${why}`;
}

/**
 * Why a Web Worker stopped: a plain `error` Event means its script could not be fetched (said as
 * a load failure, offline or not); an ErrorEvent with a message means it failed while running.
 */
export function describeWorkerFailure(event: Event, part: string, whileRunning: string): string {
  const crashed = typeof ErrorEvent !== 'undefined' && event instanceof ErrorEvent && event.message !== '';
  return crashed ? whileRunning : describeLoadFailure(part);
}
