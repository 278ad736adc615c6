/**
 * The before-expiry view loaded on demand: its code arrives in its own chunk when it comes near
 * the viewport; a failed load is retried, then replaces this part only with a "Try again".
 */
import { Suspense } from 'react';
import { LazyBoundary } from '../../../shared/LazyBoundary';
import { retryingLazy } from '../../../shared/lazy-retry';
import { useNearViewport } from '../../../shared/use-near-viewport';
import { usePrinting } from '../../../shared/use-printing';
import type { BeforeExpiryProps } from './BeforeExpiryPanel';

const panel = retryingLazy<BeforeExpiryProps>(() => import('./BeforeExpiryPanel'));
const Panel = panel.Component;
const MIN_HEIGHT = 420;

const PLACEHOLDER = (
  <p role="status" className="hint">
    Loading the before-expiry view…
  </p>
);

export function LazyBeforeExpiry(props: BeforeExpiryProps) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const printing = usePrinting();
  return (
    <div ref={ref} style={{ minHeight: MIN_HEIGHT }}>
      {near || printing ? (
        <LazyBoundary part="the before-expiry view" onRetry={panel.reset} minHeight={MIN_HEIGHT}>
          <Suspense fallback={PLACEHOLDER}>
            <Panel {...props} />
          </Suspense>
        </LazyBoundary>
      ) : (
        PLACEHOLDER
      )}
    </div>
  );
}
