/**
 * Registers the service worker that the production build generates (dist/sw.js), so the app
 * works offline after its first visit. Relative URL: the app may be served from any path.
 */
export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const register = () => {
    // Without it the app still works online; nothing to tell the user.
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
