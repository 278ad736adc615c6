/**
 * Registers the service worker that the production build generates (dist/sw.js), so the app
 * works offline after its first visit. Relative URL: the app may be served from any path. When a
 * newer build's worker takes over an open page, `isUpdateReady` turns true (the page offers a
 * reload: its not-yet-loaded parts belong to the older build).
 */
let updateReady = false;
const listeners = new Set<() => void>();

export function isUpdateReady(): boolean {
  return updateReady;
}

export function subscribeUpdateReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const container = navigator.serviceWorker;
  // The first visit's worker also takes control (clients.claim): that is not an update.
  const hadController = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (!hadController || updateReady) return;
    updateReady = true;
    for (const l of listeners) l();
  });
  const register = () => {
    // Without it the app still works online; nothing to tell the user.
    container.register('./sw.js').catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
