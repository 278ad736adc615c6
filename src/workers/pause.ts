/**
 * A pause that yields a worker to its event loop (so a cancel message can arrive between chunks)
 * by a MessageChannel round trip, without setTimeout's 4 ms clamping.
 */
export function createPause(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
