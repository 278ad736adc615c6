/**
 * Loading code chunks over a flaky network: retry with backoff, and a lazy component whose failed
 * load can be retried for real (React.lazy keeps a rejected promise forever, so "Try again" must
 * build a fresh one).
 */
import { createElement, lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

export interface RetryOptions {
  /** Tries in all, the first included. */
  readonly attempts?: number;
  /** Wait before the second try; doubled before each further try. */
  readonly firstDelayMs?: number;
  /** How to wait (tests pass an instant one). */
  readonly wait?: (ms: number) => Promise<void>;
}

/** A chunk that could not be fetched after every retry (offline, dropped connection, replaced deploy). */
export class ChunkLoadError extends Error {
  override readonly name = 'ChunkLoadError';
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

const DEFAULT_ATTEMPTS = 3;
const DEFAULT_FIRST_DELAY_MS = 400;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `load` until it resolves, up to `attempts` times, waiting 400 ms, 800 ms, ... in between; rejects with the last error. */
export async function retryImport<T>(load: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);
  const wait = options.wait ?? sleep;
  let delay = options.firstDelayMs ?? DEFAULT_FIRST_DELAY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await wait(delay);
      delay *= 2;
    }
  }
}

export interface RetryingLazy<P extends object> {
  /** Renders the loaded component; suspends while loading; throws (to a boundary) when the load failed. */
  readonly Component: ComponentType<P>;
  /** Forgets a failed load, so the next render imports again. */
  readonly reset: () => void;
}

/** A lazily loaded component that retries with backoff, and loads afresh after `reset()`. */
export function retryingLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, options: RetryOptions = {}): RetryingLazy<P> {
  let failed = false;
  const track = () =>
    retryImport(load, options).catch((error: unknown) => {
      failed = true;
      throw new ChunkLoadError(error);
    });
  let current: LazyExoticComponent<ComponentType<P>> = lazy(track);
  function RetryingLazyComponent(props: P) {
    return createElement(current as ComponentType<P>, props);
  }
  return {
    Component: RetryingLazyComponent,
    reset: () => {
      if (!failed) return;
      failed = false;
      current = lazy(track);
    },
  };
}
