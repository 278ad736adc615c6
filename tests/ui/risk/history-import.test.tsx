// The import reports hostile rows by their true line, asks for the decimal mark when a file cannot
// tell, and every estimate from a file with rejected rows says so (tables, h*, the fields written).
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { calculate } from '../../../src/calc/calculate';
import { selectScenario, useScenarioStore } from '../../../src/state/store';
import RiskPanel from '../../../src/ui/features/risk/RiskPanel';
import { useHistoryStore } from '../../../src/ui/features/risk/history-store';

// The whole risk panel renders in jsdom; on a busy machine that takes seconds.
configure({ asyncUtilTimeout: 10_000 });
const SLOW = 30_000;

function Harness() {
  const scenario = useScenarioStore(selectScenario);
  return <RiskPanel result={calculate(scenario)} scenario={scenario} />;
}

const GOOD = Array.from({ length: 30 }, (_, i) => {
  const d = `2024-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return [`AAA,${d},${(100 + 3 * Math.sin(i) + i).toFixed(2)}`, `BBB,${d},${(50 + 2 * Math.sin(i) + 0.4 * i).toFixed(2)}`, `IDX,${d},${(1000 + 10 * Math.cos(i)).toFixed(2)}`].join('\n');
}).join('\n').split('\n');

// Line 1 header, lines 2–10 good, line 11 an unquoted thousands separator, line 12 a stray quote,
// then the remaining good rows (which must all still be read).
const HOSTILE = ['symbol,date,price', ...GOOD.slice(0, 9), 'AAA,2024-03-01,1,000.95', 'BBB,2024-03-02,"12.5', ...GOOD.slice(9)].join('\n');

async function paste(text: string, symbol = '') {
  const user = userEvent.setup();
  render(<Harness />);
  await user.click(screen.getByText('Paste CSV text instead'));
  await user.click(screen.getByLabelText('CSV prices'));
  await user.paste(text);
  if (symbol) await user.type(screen.getByLabelText('Symbol for a one-asset paste'), symbol);
  await user.click(screen.getByRole('button', { name: 'Read pasted prices' }));
  return user;
}

describe('price history import with hostile rows', () => {
  beforeEach(() => {
    useScenarioStore.getState().resetToExample();
    useHistoryStore.getState().clear();
  });

  it('lists the rejected rows by true line and keeps every row after a stray quote', async () => {
    await paste(HOSTILE);
    expect(await screen.findByText(/Pasted prices: 3 price series \(AAA, BBB, IDX\) on 30 common dates/)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Rejected rows of Pasted prices' });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^Line 11: extra field\(s\): 4 fields where the header has 3/),
      'Line 12: a quote opened on this line is never closed; the line is not used',
    ]);
    expect(screen.getByText(/2 rows rejected \(not used\)/)).toBeInTheDocument();
  }, SLOW);

  it('says next to every estimate and in the fields written that rows were rejected', async () => {
    const user = await paste(HOSTILE);
    // Every estimate says rows were rejected, where it is shown and where it is used.
    expect(await screen.findByRole('table', { name: /Volatility and beta against IDX \(2 rows rejected\)/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Correlation of returns (2 rows rejected)' })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: '' }).textContent ?? '').toMatch(/Estimated from price history with 2 rows rejected: the rejected rows are left out/);
    await user.selectOptions(screen.getByLabelText('Target (the position to hedge)'), 'AAA');
    await user.selectOptions(screen.getByLabelText('Hedge asset'), 'BBB');
    const hStar = (await screen.findByText(/^h\* \(units of BBB/)).closest('div')!;
    expect(within(hStar).getByText('(2 rows rejected)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use these estimates' }));
    expect(screen.getByText(/^Written for Nordlicht Robotics: .*Estimated from price history with 2 rows rejected/)).toBeInTheDocument();
  }, SLOW);

  it('asks for the decimal mark when the file cannot tell, showing what each choice reads, and re-reads on a choice', async () => {
    const user = await paste('date;price\n2024-01-02;12,345\n2024-01-03;12,400\n2024-01-04;12,511\n2024-01-05;12,498\n', 'XYZ');
    const group = await screen.findByRole('group', { name: 'Decimal mark in Pasted prices' });
    const comma = within(group).getByRole('radio', { name: /^Decimal comma \(1\.234,5\): line 2, “12,345” reads 12\.345 \(default\)$/ });
    const point = within(group).getByRole('radio', { name: /^Decimal point \(1,234\.5\): line 2, “12,345” reads 12,345$/ });
    expect(comma).toBeChecked();
    expect(await screen.findByRole('table', { name: /Volatility and beta \(decimal mark unconfirmed\)/ })).toBeInTheDocument();
    await user.click(point);
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'Decimal mark in Pasted prices' })).getByRole('radio', { name: /^Decimal point/ })).toBeChecked());
    expect(screen.getByText('Read with the mark you chose.')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /^Volatility and beta$/ })).toBeInTheDocument();
  }, SLOW);

  it('shows suspicious rows (a ×10 jump) as used but suspicious, and the estimates say so', async () => {
    await paste('date,price\n2024-01-02,100\n2024-01-03,101\n2024-01-04,1030\n2024-01-05,102\n2024-01-08,103\n', 'XYZ');
    const list = await screen.findByRole('list', { name: 'Suspicious rows of Pasted prices' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.slice(0, 8))).toEqual(['Line 4: ', 'Line 5: ']);
    expect(await screen.findByRole('table', { name: /Volatility and beta \(2 rows suspicious\)/ })).toBeInTheDocument();
  }, SLOW);

  it('draws the first 15 assets of a large history and a 10×10 matrix, the chosen ones first; all on request', async () => {
    const rows = ['symbol,date,price'];
    for (let k = 0; k < 20; k++) {
      for (let t = 0; t < 25; t++) rows.push(`S${String(k).padStart(2, '0')},2024-01-${String(1 + t).padStart(2, '0')},${(100 + k + 2 * Math.sin(t * (k + 1))).toFixed(2)}`);
    }
    const user = await paste(rows.join('\n'));
    const table = await screen.findByRole('table', { name: /^Volatility and beta/ });
    expect(within(table).getAllByRole('row')).toHaveLength(16);
    const matrix = screen.getByRole('table', { name: /^Correlation of returns/ });
    expect(within(matrix).getAllByRole('row')).toHaveLength(11);
    expect(screen.getByText(/Showing 10 of 20 assets/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all 20' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: /^Volatility and beta/ })).getAllByRole('row')).toHaveLength(21));
  }, SLOW);

  it('cancels a long read; nothing is loaded', async () => {
    const rows = ['symbol,date,price'];
    for (let k = 0; k < 40; k++) {
      for (let t = 0; t < 4000; t++) rows.push(`S${k},${new Date(Date.UTC(2000, 0, 3 + t)).toISOString().slice(0, 10)},${(100 + k + Math.sin(t)).toFixed(4)}`);
    }
    const user = await paste(rows.join('\n'));
    await user.click(await screen.findByRole('button', { name: 'Cancel reading' }));
    expect(await screen.findByText('Reading was cancelled; nothing was changed.')).toBeInTheDocument();
    expect(useHistoryStore.getState().result).toBeNull();
  }, SLOW);
});
