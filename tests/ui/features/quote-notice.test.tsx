/** On the page: a new put strike empties the put's typed quotes, says so, and "Keep the old quotes" puts them back. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useNotices } from '../../../src/state/notices';
import { useScenarioStore } from '../../../src/state/store';
import { Notice } from '../../../src/ui/app/Notice';
import { HedgeInputs } from '../../../src/ui/features/inputs/HedgeInputs';
import { resetStore } from './harness';

function Page() {
  return (
    <>
      <Notice />
      <HedgeInputs errors={{}} />
    </>
  );
}

beforeEach(() => {
  resetStore('stock');
  for (const n of useNotices.getState().notices) useNotices.getState().dismiss(n.topic);
});

describe('quotes that no longer fit their contract', () => {
  it('a new put strike empties the put’s bid and ask and says so; Keep the old quotes puts them back', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const bid = screen.getByLabelText('Put: bid (per share)');
    const ask = screen.getByLabelText('Put: ask (per share)');
    const callLast = screen.getByLabelText('Call: last price (per share)');
    await user.type(bid, '2.10');
    await user.type(ask, '2.30');
    await user.type(callLast, '1.20');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    const strike = screen.getByLabelText('Put strike (floor) (per share)');
    await user.type(strike, '60', { initialSelectionStart: 0, initialSelectionEnd: strike.getAttribute('value')?.length ?? 2 });
    expect(strike).toHaveValue('60');
    expect(bid).toHaveValue('');
    expect(ask).toHaveValue('');
    expect(callLast).toHaveValue('1.20'); // the call's contract did not change
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Cleared the put’s quote (bid 2.10, ask 2.30): it was for the 56 strike.');

    await user.click(within(notice).getByRole('button', { name: 'Keep the old quotes' }));
    expect(bid).toHaveValue('2.10');
    expect(ask).toHaveValue('2.30');
    expect(strike).toHaveValue('60');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('Dismiss leaves the quotes of a new expiry empty', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const bid = screen.getByLabelText('Put: bid (per share)');
    await user.type(bid, '2.10');
    await user.type(screen.getByLabelText('Option expiry (calendar days)'), '0');
    expect(bid).toHaveValue('');
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('it was for the 182-day expiry');
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(bid).toHaveValue('');
    expect(useScenarioStore.getState().stock.expiryDays).toBe('1820');
  });
});
