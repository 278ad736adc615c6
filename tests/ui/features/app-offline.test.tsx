/** When the calculator chunk cannot be fetched, the inputs stay usable and a plain message says what to do. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useScenarioStore } from '../../../src/state/store';
import { App } from '../../../src/ui/app/App';
import { resetStore } from './harness';

vi.mock('../../../src/ui/app/calculator', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('App without the calculator chunk', () => {
  it('says the calculator could not be loaded and keeps the inputs', async () => {
    resetStore('fx');
    const user = userEvent.setup({ delay: null });
    render(<App />);
    expect(screen.getByText('Calculating…')).toHaveAttribute('role', 'status');
    // Three tries with backoff (0.4 s, 0.8 s) before the message.
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(/^Could not load the calculator\. The connection may have dropped.*Your inputs are kept\./);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText('Calculating…')).not.toBeInTheDocument();
    const spot = screen.getByLabelText('Spot rate (EUR per USD)');
    await user.clear(spot);
    await user.type(spot, '1,2x');
    expect(spot).toHaveValue('1,2x');
    expect(useScenarioStore.getState().fx.spot).toBe('1,2x');
    // No calculation, so no error is claimed for the field.
    expect(spot).not.toHaveAttribute('aria-invalid');
  });
});
