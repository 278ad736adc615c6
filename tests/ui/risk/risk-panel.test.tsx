import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc/calculate';
import { selectScenario, useScenarioStore } from '../../../src/state/store';
import RiskPanel from '../../../src/ui/features/risk/RiskPanel';
import { useHistoryStore } from '../../../src/ui/features/risk/history-store';

// The whole panel renders in jsdom and the history runs on the page (no Worker): slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

function Harness() {
  const scenario = useScenarioStore(selectScenario);
  return <RiskPanel result={calculate(scenario)} scenario={scenario} />;
}

const CSV = ['symbol,date,price', ...Array.from({ length: 30 }, (_, i) => {
  const d = `2024-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return [`AAA,${d},${(100 + 3 * Math.sin(i) + i).toFixed(2)}`, `BBB,${d},${(50 + 2 * Math.sin(i) + 0.4 * i).toFixed(2)}`, `IDX,${d},${(1000 + 10 * Math.cos(i)).toFixed(2)}`].join('\n');
})].join('\n');

describe('RiskPanel', () => {
  beforeEach(() => {
    useScenarioStore.getState().resetToExample();
    useHistoryStore.getState().clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows parametric risk before and after, and switches the micro hedge', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole('heading', { level: 2, name: 'Portfolio risk: micro vs macro' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Portfolio risk, parametric/ });
    expect(within(table).getByRole('columnheader', { name: 'Micro: Protective put' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Micro hedge'), 'short-sale');
    expect(useScenarioStore.getState().prefs.selectedHedge).toBe('short-sale');
    expect(within(screen.getByRole('table', { name: /Portfolio risk, parametric/ })).getByRole('columnheader', { name: 'Micro: Short sale' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /component value at risk/i })).toBeInTheDocument();
  });

  it('offers the nearest consistent matrix when the correlations are impossible', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const field = screen.getByLabelText('Average correlation between holdings');
    await user.clear(field);
    await user.type(field, '-0.9');
    expect(await screen.findByText(/not positive semi-definite/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use the nearest consistent correlations' }));
    expect(screen.getByText('Using the nearest consistent correlation matrix.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Portfolio risk, parametric/ })).toBeInTheDocument();
    // The choice is part of the scenario (saved and shared), and can be taken back.
    expect(useScenarioStore.getState().portfolio.nearestCorrelation).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Go back to the typed correlation' }));
    expect(useScenarioStore.getState().portfolio.nearestCorrelation).toBe(false);
    expect(await screen.findByText(/not positive semi-definite/)).toBeInTheDocument();
  });

  it('keeps the risk horizon and the simulation choices in the scenario', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(screen.getByLabelText('Risk horizon'), '63');
    await user.selectOptions(screen.getByLabelText('Paths'), '10000');
    await user.selectOptions(screen.getByLabelText('Price model'), 'normal');
    expect(useScenarioStore.getState().portfolio).toMatchObject({ riskHorizon: '63', mcPaths: '10000', mcModel: 'normal' });
    expect(screen.getByRole('table', { name: /Portfolio risk, parametric/ })).toHaveTextContent(/63 trading days/);
  });

  it('reads pasted prices, lists bad rows by line, and writes the estimates into the calculator', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByText('Paste CSV text instead'));
    const box = screen.getByLabelText('CSV prices');
    await user.click(box);
    await user.paste(`${CSV}\nAAA,2024-13-01,5\nBBB,2024-02-10,-3`);
    await user.click(screen.getByRole('button', { name: 'Read pasted prices' }));
    expect(await screen.findByText(/Pasted prices: 3 price series \(AAA, BBB, IDX\)/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/Line 92: unparseable date/)).toBeInTheDocument();
    expect(screen.getByText(/Line 93:/)).toBeInTheDocument();
    expect(await screen.findByLabelText('Index for betas')).toHaveValue('IDX');
    await user.selectOptions(screen.getByLabelText('Target (the position to hedge)'), 'AAA');
    await user.selectOptions(screen.getByLabelText('Hedge asset'), 'BBB');
    expect(await screen.findByRole('table', { name: /Effectiveness of a short h\* hedge/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use these estimates' }));
    const s = useScenarioStore.getState();
    const target = s.portfolio.holdings.find((h) => h.id === s.portfolio.targetId)!;
    expect(target.vol).toMatch(/^\d+\.\d$/);
    expect(target.vol).not.toBe('45');
    expect(target.proxyCorrelation).toMatch(/^-?\d\.\d\d$/);
    expect(screen.getByText(/Written for Nordlicht Robotics/)).toBeInTheDocument();
  });

  it('says clearly when pasted text is not CSV', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByText('Paste CSV text instead'));
    await user.click(screen.getByLabelText('CSV prices'));
    await user.paste('hello there, this is not a price file');
    await user.click(screen.getByRole('button', { name: 'Read pasted prices' }));
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => /^Pasted prices: .*(column|CSV)/i.test(a.textContent ?? ''))).toBe(true));
  });

  it('loads the sample prices with one button', async () => {
    const files: Record<string, string> = {
      './data/stocks.csv': 'symbol,date,price\nMSFT,Jan 1 2000,39.81\nMSFT,Feb 1 2000,36.35\nMSFT,Mar 1 2000,43.22\nAAPL,Jan 1 2000,25.94\nAAPL,Feb 1 2000,28.66\nAAPL,Mar 1 2000,33.95',
      './data/sp500.csv': 'date,price\nJan 1 2000,1394.46\nFeb 1 2000,1366.42\nMar 1 2000,1498.58',
    };
    vi.stubGlobal('fetch', vi.fn(async (url: string) => new Response(files[url] ?? '', { status: files[url] ? 200 : 404 })));
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByText(/Sample prices: vega-datasets \(BSD-3-Clause\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load sample prices' }));
    expect(await screen.findByText(/Sample prices: 3 price series \(MSFT, AAPL, S&P 500\) on 3 common dates/, {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('runs the Monte Carlo with progress and shows VaR next to the parametric figures and the histogram', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(screen.getByLabelText('Paths'), '10000');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(screen.getByLabelText('Simulation progress')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run Monte Carlo' }));
    await waitFor(() => expect(screen.getByText(/^Done: 10,000 paths per scenario/)).toBeInTheDocument(), { timeout: 10_000 });
    const table = screen.getByRole('table', { name: /Monte Carlo vs parametric/ });
    expect(within(table).getAllByText(/parametric €/).length).toBe(12);
    expect(screen.getByRole('img', { name: /Histogram of simulated portfolio profit and loss over 10,000 paths/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Share of paths by P/L bin' })).toBeInTheDocument();
  });

  it('cancels a running simulation', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(screen.getByLabelText('Paths'), '1000000');
    await user.click(screen.getByRole('button', { name: 'Run Monte Carlo' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('The simulation was cancelled.', {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});
