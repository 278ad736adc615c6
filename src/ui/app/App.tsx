import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import type { ReactNode } from 'react';
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
import { useCalculator } from './use-calculator';
import type { CalculatorState } from './use-calculator';

const NO_ERRORS: Readonly<Record<string, string>> = {};

// Portfolio risk (micro vs macro): its own chunk, loaded once stock-mode results exist.
const RiskPanel = lazy(() => import('../features/risk/RiskPanel'));
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
        <p role="alert">The calculator could not be loaded. Check the connection and reload the page; your inputs are kept.</p>
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
  return (
    <div className="app">
      <a className="skip-link" href="#results">
        Skip to the results
      </a>
      <header className="app-header">
        <div>
          <h1>Microhedge</h1>
          <p className="tagline">Protect one position. See what it does to the whole portfolio.</p>
        </div>
        <ShareControls />
      </header>
      <main id="main" className="app-main">
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
              <HedgeInputs errors={errors} />
            </ErrorBoundary>
          </div>
          <div id="results" tabIndex={-1}>
            <ErrorBoundary>
              <Results calculator={calculator} result={result} />
            </ErrorBoundary>
          </div>
        </div>
        {result !== null && result.mode === 'stock' ? (
          <ErrorBoundary>
            <WhenNearViewport placeholder={RISK_PLACEHOLDER}>
              <Suspense fallback={RISK_PLACEHOLDER}>
                <DeferredRiskPanel result={result} scenario={scenario} />
              </Suspense>
            </WhenNearViewport>
          </ErrorBoundary>
        ) : null}
      </main>
      <footer className="app-footer">
        <p>Everything you type stays in this browser. Figures are model estimates for education and planning, not advice.</p>
      </footer>
    </div>
  );
}
