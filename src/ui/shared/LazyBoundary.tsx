/**
 * The boundary around one lazily loaded part (a chart, a panel): when its code cannot be fetched,
 * only that part is replaced by a message saying so (and whether the browser is offline) with a
 * "Try again" that really loads again; everything around it stays on the page.
 */
import { Component } from 'react';
import type { ReactNode } from 'react';
import { ChunkLoadError } from './lazy-retry';
import { describeLoadFailure } from './network-status';

interface Props {
  /** What is loaded, for the message: "the payoff chart". */
  readonly part: string;
  /** Forgets the failed load (RetryingLazy.reset) before the children render again. */
  readonly onRetry: () => void;
  readonly children: ReactNode;
  /** Keeps the space of the part, so nothing below moves. */
  readonly minHeight?: number;
}
interface State {
  readonly error: unknown;
}

export class LazyBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('unknown') };
  }

  override componentDidMount(): void {
    window.addEventListener('online', this.retryWhenOnline);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('online', this.retryWhenOnline);
  }

  // Back online after a failed load: try once more without waiting for a click.
  private readonly retryWhenOnline = () => {
    if (this.state.error !== null) this.retry();
  };

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const message =
      error instanceof ChunkLoadError ? describeLoadFailure(this.props.part) : `Showing ${this.props.part} hit an unexpected problem.`;
    return (
      <div role="alert" className="load-failed" style={this.props.minHeight ? { minHeight: this.props.minHeight } : undefined}>
        <p>{message} The rest of the page is not affected.</p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}
