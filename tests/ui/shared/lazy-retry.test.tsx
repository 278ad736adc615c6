/** Retrying lazy loads: backoff, giving up, and a "Try again" that really imports again. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyBoundary } from '../../../src/ui/shared/LazyBoundary';
import { ChunkLoadError, retryImport, retryingLazy } from '../../../src/ui/shared/lazy-retry';
import { describeLoadFailure, describeWorkerFailure } from '../../../src/ui/shared/network-status';

const fetchFailed = () => new TypeError('Failed to fetch dynamically imported module: http://x/assets/Chart.js');

/** A loader that fails `failures` times, then resolves with `value`. */
function flaky<T>(failures: number, value: T) {
  let calls = 0;
  const load = vi.fn(async () => {
    calls += 1;
    if (calls <= failures) throw fetchFailed();
    return value;
  });
  return load;
}

describe('retryImport', () => {
  it('retries with doubling waits until the load succeeds', async () => {
    const waits: number[] = [];
    const load = flaky(2, 'module');
    await expect(retryImport(load, { wait: async (ms) => void waits.push(ms) })).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([400, 800]);
  });

  it('gives up after the given number of tries with the last error', async () => {
    const load = flaky(5, 'module');
    await expect(retryImport(load, { attempts: 3, wait: async () => undefined })).rejects.toThrow('Failed to fetch dynamically imported module');
    expect(load).toHaveBeenCalledTimes(3);
  });
});

function Widget({ label }: { readonly label: string }) {
  return <p>{label}</p>;
}

describe('retryingLazy inside a LazyBoundary', () => {
  beforeEach(() => {
    // React logs every error a boundary catches; these are expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows a load failure for that part only, and "Try again" imports afresh', async () => {
    const load = flaky(3, { default: Widget });
    const lazyWidget = retryingLazy(load, { attempts: 3, wait: async () => undefined });
    const user = userEvent.setup();
    render(
      <>
        <p>figures stay</p>
        <LazyBoundary part="the widget" onRetry={lazyWidget.reset}>
          <Suspense fallback={<p>Loading…</p>}>
            <lazyWidget.Component label="widget drawn" />
          </Suspense>
        </LazyBoundary>
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the widget. The connection may have dropped');
    expect(screen.getByText('figures stay')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
    // React.lazy alone would rethrow its cached rejection here; the retrying one loads again.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('widget drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('says the browser is offline when it is, and loads again when it comes back online', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const load = flaky(1, { default: Widget });
    const lazyWidget = retryingLazy(load, { attempts: 1 });
    render(
      <LazyBoundary part="the widget" onRetry={lazyWidget.reset}>
        <Suspense fallback={<p>Loading…</p>}>
          <lazyWidget.Component label="widget drawn" />
        </Suspense>
      </LazyBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the widget. This browser is offline; try again when the connection is back.');
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByText('widget drawn')).toBeInTheDocument();
  });

  it('reports a bug while rendering as a problem, not as a failed load', async () => {
    function Broken(): never {
      throw new Error('bug');
    }
    const lazyBroken = retryingLazy(async () => ({ default: Broken }), { attempts: 1 });
    render(
      <LazyBoundary part="the widget" onRetry={lazyBroken.reset}>
        <Suspense fallback={<p>Loading…</p>}>
          <lazyBroken.Component />
        </Suspense>
      </LazyBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Showing the widget hit an unexpected problem.');
  });
});

describe('failure messages', () => {
  it('name the part and the browser state', () => {
    expect(describeLoadFailure('the chart', true)).toBe('Could not load the chart. This browser is offline; try again when the connection is back.');
    expect(describeLoadFailure('the chart', false)).toMatch(/^Could not load the chart\. The connection may have dropped/);
    expect(new ChunkLoadError(fetchFailed()).message).toContain('Failed to fetch');
  });

  it('tell a worker that could not be fetched from one that failed while running', () => {
    const running = 'The simulation stopped unexpectedly; try fewer paths.';
    expect(describeWorkerFailure(new ErrorEvent('error', { message: 'out of memory' }), 'the simulation', running)).toBe(running);
    expect(describeWorkerFailure(new Event('error'), 'the simulation', running)).toMatch(/^Could not load the simulation\./);
  });
});
