import { useRef } from 'react';

/**
 * The previous object while the new one has the same keys and values: each calculation builds a
 * fresh errors object, and memoised forms should re-render only when an error really changed.
 */
export function useStableRecord<T extends Readonly<Record<string, unknown>>>(next: T): T {
  const last = useRef(next);
  const prev = last.current;
  const keys = Object.keys(next);
  const same = prev === next || (keys.length === Object.keys(prev).length && keys.every((k) => prev[k] === next[k]));
  if (!same) last.current = next;
  return same ? prev : next;
}
