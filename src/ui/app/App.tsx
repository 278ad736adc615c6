import { Suspense, useDeferredValue, useMemo } from 'react';
import type { ReactNode } from 'react';
import { LazyBoundary } from '../shared/LazyBoundary';
import { retryingLazy } from '../shared/lazy-retry';
import { describeLoadFailure } from '../shared/network-status';
import { useNearViewport } from '../shared/use-near-viewport';
import { useStableRecord } from '../shared/use-stable-record';
import { useDebouncedValue } from '../shared/use-debounced-value';

const RISK_PANEL_DELAY_MS = 300;
import type { ModeResult } from '../../calc/types';
import type { Scenario } from '../../state/scenario';
import { selectScenario, useScenarioStore } from '../../state/store';
import { HedgeInputs } from '../features/inputs/HedgeInputs';
import { PortfolioEditor } from '../features/portfolio/PortfolioEditor';
import { PresetBar } from '../features/presets/PresetBar';
import { ShareControls } from '../features/share/ShareControls';
import { ErrorBoundary } from './ErrorBoundary';
import { ModeTabs } from './ModeTabs';
import { Notice } from './Notice';
import { UpdateNotice } from './UpdateNotice';
import { useCalculator } from './use-calculator';
import type { CalculatorState } from './use-calculator';

const NO_ERRORS: Readonly<Record<string, string>> = {};

// Portfolio risk (micro vs macro): its own chunk, loaded once stock-mode results exist; a failed
// load is retried and then replaces this panel only.
const riskPanel = retryingLazy(() => import('../features/risk/RiskPanel'));
const RiskPanel = riskPanel.Component;
// Export and print: its own chunk, loaded once results exist.
const exportPanel = retryingLazy(() => import('../features/export/ExportPanel'));
const ExportPanel = exportPanel.Component;
// Hedges followed over time: its own chunk, loaded once results exist.
const trackingPanel = retryingLazy(() => import('../features/tracking/TrackingPanel'));
const TrackingPanel = trackingPanel.Component;
const RISK_PLACEHOLDER = (
  <section className="panel" style={{ minHeight: 480 }} aria-busy="true">
    <h2>Portfolio risk: micro vs macro</h2>
    <p role="status">Loading…</p>
  </section>
);

function Results({ calculator, result }: { readonly calculator: CalculatorState; readonly result: ModeResult | null }) {
  if (calculator.status === 'ready' && result !== null) return <calculator.module.ResultsPanel result={result} />;
  return (
    <section className="panel results-placeholder" aria-busy={calculator.status === 'loading'}>
      <h2>Results</h2>
      {calculator.status === 'failed' ? (
        <div role="alert">
          <p>{describeLoadFailure('the calculator')} Your inputs are kept.</p>
          <button type="button" onClick={calculator.retry}>
            Try again
          </button>
        </div>
      ) : (
        <p role="status">Calculating…</p>
      )}
    </section>
  );
}

/** Mounts `children` once the spot comes near the viewport; the placeholder holds the space until then. */
function WhenNearViewport({ placeholder, children }: { readonly placeholder: ReactNode; readonly children: ReactNode }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return <div ref={ref}>{near ? children : placeholder}</div>;
}

/**
 * The risk panel (whole-portfolio tables and charts) follows the inputs once typing pauses, at low
 * priority: keystrokes, the hedge figures and the payoff chart never wait for it.
 */
function DeferredRiskPanel({ result, scenario }: { readonly result: ModeResult; readonly scenario: Scenario }) {
  const inputs = useMemo(() => ({ result, scenario }), [result, scenario]);
  const settled = useDeferredValue(useDebouncedValue(inputs, RISK_PANEL_DELAY_MS));
  return <RiskPanel result={settled.result} scenario={settled.scenario} />;
}

/** The application shell: header, examples, mode, inputs beside results. The result is derived, never stored. */
export function App() {
  const scenario = useScenarioStore(selectScenario);
  const mode = scenario.prefs.mode;
  const calculator = useCalculator();
  const result = calculator.status === 'ready' ? calculator.module.calculate(scenario) : null;
  const errors = useStableRecord(result?.fieldErrors ?? NO_ERRORS);
  const notes = useStableRecord(result?.fieldNotes ?? NO_ERRORS);
  return (
    <div className="app">
      <a className="skip-link" href="#results">
        Skip to the results
      </a>
      <header className="app-header">
        <div>
          <h1>Microhedge</h1>
          <p className="tagline">Protect one position. See what it does to the whole portfolio.</p>
          <p className="print-only">Scenario report: the inputs as entered, the hedges compared, the chosen hedge in full.</p>
        </div>
        <ShareControls />
      </header>
      <main id="main" className="app-main">
        <UpdateNotice />
        <Notice />
        <PresetBar />
        <ModeTabs />
        {mode === 'stock' ? (
          <ErrorBoundary>
            <PortfolioEditor errors={errors} />
          </ErrorBoundary>
        ) : null}
        <div className="layout">
          <div className="inputs">
            <ErrorBoundary>
              <HedgeInputs errors={errors} notes={notes} />
            </ErrorBoundary>
          </div>
          <div id="results" tabIndex={-1}>
            <ErrorBoundary>
              <Results calculator={calculator} result={result} />
            </ErrorBoundary>
            {result !== null ? (
              <LazyBoundary part="the export buttons" onRetry={exportPanel.reset}>
                <Suspense fallback={null}>
                  <ExportPanel result={result} />
                </Suspense>
              </LazyBoundary>
            ) : null}
          </div>
        </div>
        {result !== null ? (
          <ErrorBoundary>
            <LazyBoundary part="the hedges followed over time" onRetry={trackingPanel.reset}>
              <Suspense fallback={null}>
                <TrackingPanel />
              </Suspense>
            </LazyBoundary>
          </ErrorBoundary>
        ) : null}
        {result !== null && result.mode === 'stock' ? (
          <ErrorBoundary>
            <WhenNearViewport placeholder={RISK_PLACEHOLDER}>
              <LazyBoundary part="the portfolio risk panel" onRetry={riskPanel.reset}>
                <Suspense fallback={RISK_PLACEHOLDER}>
                  <DeferredRiskPanel result={result} scenario={scenario} />
                </Suspense>
              </LazyBoundary>
            </WhenNearViewport>
          </ErrorBoundary>
        ) : null}
      </main>
      <footer className="app-footer">
        <p>Everything you type stays in this browser. Figures are model estimates for education and planning, not advice.</p>
        <p>
          <a href="./third-party-notices.txt">Third-party licences</a> of the open-source software inside Microhedge.
        </p>
      </footer>
    </div>
  );
}
