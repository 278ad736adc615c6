import { ErrorBoundary } from './ErrorBoundary';

/** The application shell: header, main region, footer. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Microhedge</h1>
        <p className="tagline">Protect one position. See what it does to the whole portfolio.</p>
      </header>
      <main id="main" className="app-main">
        <ErrorBoundary>
          <p>Loading the calculator…</p>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>Everything you type stays in this browser. Figures are estimates, not advice.</p>
      </footer>
    </div>
  );
}
