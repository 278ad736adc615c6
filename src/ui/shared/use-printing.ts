/**
 * True while the page is printed (or shown as print): explanation cards open and charts mount, so
 * the printed report holds them. Follows the `print` media query and before/afterprint events.
 */
import { useSyncExternalStore } from 'react';

let printing = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (next === printing) return;
  printing = next;
  for (const l of listeners) l();
}

let watching = false;
function watch(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  printing = query?.matches ?? false;
  query?.addEventListener('change', (e) => set(e.matches));
  window.addEventListener('beforeprint', () => set(true));
  window.addEventListener('afterprint', () => set(query?.matches ?? false));
}

function subscribe(listener: () => void): () => void {
  watch();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => printing;
const serverSnapshot = () => false;

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}
