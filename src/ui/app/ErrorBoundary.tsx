import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** Shown instead of the children after an unexpected error; the rest of the page stays. */
  readonly fallback?: ReactNode;
}
interface State {
  readonly failed: boolean;
}

/** Keeps one region's unexpected error (a bug) from blanking the whole page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Nothing to report to: the app has no server. The fallback tells the user what to do.
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        this.props.fallback ?? (
          <div role="alert" className="panel error-panel">
            <p>This part of the page hit an unexpected problem. Your inputs are kept.</p>
            <button type="button" onClick={() => this.setState({ failed: false })}>
              Try again
            </button>
          </div>
        )
      );
    }
    return this.props.children;
  }
}
