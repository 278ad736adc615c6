/**
 * The before-expiry view behind a disclosure: its code arrives in its own chunk when the user opens
 * it (or the page is printed); a failed load is retried, then replaces this part only with a
 * "Try again".
 */
import { Suspense, useState } from 'react';
import { LazyBoundary } from '../../../shared/LazyBoundary';
import { retryingLazy } from '../../../shared/lazy-retry';
import { usePrinting } from '../../../shared/use-printing';
import type { BeforeExpiryProps } from './BeforeExpiryPanel';
import './expiry-summary.css';

const panel = retryingLazy<BeforeExpiryProps>(() => import('./BeforeExpiryPanel'));
const Panel = panel.Component;

export function LazyBeforeExpiry(props: BeforeExpiryProps) {
  const [open, setOpen] = useState(false);
  const printing = usePrinting();
  const shown = open || printing;
  return (
    <details className="before-expiry-details" open={shown} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Before expiry: profit and loss by date and price, volatility and rate what-ifs, and the odds</summary>
      {shown ? (
        <LazyBoundary part="the before-expiry view" onRetry={panel.reset}>
          <Suspense
            fallback={
              <p role="status" className="hint">
                Loading the before-expiry view…
              </p>
            }
          >
            <Panel {...props} />
          </Suspense>
        </LazyBoundary>
      ) : null}
    </details>
  );
}
