/** Before expiry: the date × price grid, the shift sliders, the odds and the expected-return field. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeMode } from '../../../src/calc/calculate';
import type { HedgePlan } from '../../../src/engine';
import { useScenarioStore } from '../../../src/state/store';
import { selectScenario } from '../../../src/state/store';
import BeforeExpiryPanel from '../../../src/ui/features/results/expiry/BeforeExpiryPanel';
import { cellTone, columnHeading, largestAbs, minVolShiftPoints } from '../../../src/ui/features/results/expiry/expiry-data';
import { formatPrice } from '../../../src/ui/shared/format';
import { resetStore } from './harness';

function planOf(id: string): HedgePlan {
  const r = computeMode(selectScenario(useScenarioStore.getState()));
  const plan = r.hedges.find((h) => h.id === id)?.plan;
  if (!plan) throw new Error(`no ${id} plan`);
  return plan;
}

const renderPanel = (id = 'protective-put') => render(<BeforeExpiryPanel plan={planOf(id)} currency="EUR" xLabel="Nordlicht Robotics price at the horizon" formatX={(x) => formatPrice(x)} />);
const grid = () => screen.getByRole('table', { name: 'Profit or loss in EUR by price and date' });
/** The text of the cell in today's price row, today's column. */
const spotToday = () => within(grid()).getAllByRole('row').find((r) => r.textContent?.includes('today'))!.querySelectorAll('td')[0]!.textContent;

describe('before-expiry view', () => {
  beforeEach(() => resetStore('stock'));

  it('shows prices down the side (today and the strike marked) and dates from today to expiry across', () => {
    renderPanel();
    const headers = within(grid()).getAllByRole('columnheader').map((h) => h.textContent ?? '');
    expect(headers[0]).toBe('Price');
    expect(headers[1]).toMatch(/^Today/);
    expect(headers.at(-1)).toMatch(/^Expiry \(day 182\)/);
    const rowHeads = within(grid()).getAllByRole('rowheader').map((h) => h.textContent ?? '');
    expect(rowHeads).toContain('62.5 today');
    expect(rowHeads).toContain('56 strike');
    // Prices highest first.
    const prices = rowHeads.map((t) => Number(t.replace(/[^0-9.]/g, '')));
    expect([...prices].sort((a, b) => b - a)).toEqual(prices);
    // At today's price today the hedged position has lost only the fees (the premium is the model's value).
    expect(Number(spotToday()!.replace(/[^0-9.]/g, ''))).toBeLessThan(100);
  });

  it('the volatility slider moves by whole points from the keyboard and reprices the cells and the odds', async () => {
    const user = userEvent.setup();
    renderPanel();
    const slider = screen.getByRole('slider', { name: 'Volatility shift' });
    expect(slider).toHaveAttribute('aria-valuetext', '±0 points: 45% a year');
    const before = spotToday();
    const paysBefore = screen.getByTestId('odds-pays').textContent;
    slider.focus();
    for (let i = 0; i < 5; i++) await user.keyboard('{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuetext', '+5 points: 50% a year');
    await act(async () => {});
    expect(spotToday()).not.toBe(before);
    expect(screen.getByTestId('odds-pays').textContent).not.toBe(paysBefore);
    expect(screen.getByText(/volatility 50% a year/)).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(slider).toHaveAttribute('aria-valuetext', '−20 points: 25% a year');
  });

  it('the rate slider moves in quarter points and shows the rate used', async () => {
    const user = userEvent.setup();
    renderPanel();
    const slider = screen.getByRole('slider', { name: 'Rate shift' });
    slider.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuetext', '+0.5 %: 3.5% a year');
    await user.keyboard('{End}');
    expect(slider).toHaveAttribute('aria-valuetext', '+5 %: 8% a year');
  });

  it('says which drift it uses: risk-neutral r − q, or the expected return typed (kept as typed when wrong)', async () => {
    const user = userEvent.setup();
    renderPanel();
    expect(screen.getByText(/risk-neutral: r − q = 3% − 0%/)).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: /Expected return/ });
    await user.type(field, '12');
    expect(useScenarioStore.getState().stock.expectedReturn).toBe('12');
    expect(screen.getByText(/12% a year, the expected return you typed/)).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '12x');
    expect(field).toHaveValue('12x');
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('a collar: the odds count the put paying, not the written call', () => {
    renderPanel('collar');
    expect(screen.getByTestId('odds-pays').textContent).toMatch(/%$/);
    expect(screen.getByText('Chance of ending below the floor')).toBeInTheDocument();
  });
});

describe('before-expiry helpers', () => {
  it('colours by sign and size, with a flat band around zero', () => {
    expect(cellTone(100, 100)).toBe('gain-4');
    expect(cellTone(-30, 100)).toBe('loss-2');
    expect(cellTone(0.2, 100)).toBe('flat');
    expect(cellTone(Number.NaN, 100)).toBe('flat');
    expect(largestAbs([[1, -7], [3, Number.NaN]])).toBe(7);
  });

  it('names the columns and keeps the volatility above zero', () => {
    expect(columnHeading(0, false)).toBe('Today');
    expect(columnHeading(30 / 365, false)).toBe('Day 30');
    expect(columnHeading(0.5, true)).toBe('Expiry (day 183)');
    expect(minVolShiftPoints(0.45, 20)).toBe(-20);
    expect(minVolShiftPoints(0.08, 20)).toBe(-7);
  });
});
