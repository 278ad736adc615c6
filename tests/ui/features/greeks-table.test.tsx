import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GreeksTable } from '../../../src/ui/features/results/GreeksTable';

describe('GreeksTable', () => {
  it('shows each sensitivity without and with the hedge, in the units it states', () => {
    render(<GreeksTable currency="EUR" greeks={{ quantity: 1200, delta: 612.4, gamma: 3.25, vegaPerVolPoint: 180.5, thetaPerDay: -12.34, rhoPerPercent: -95.1 }} />);
    const table = screen.getByRole('table', { name: /Greeks of the position/ });
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    expect(within(row(/^Delta/)).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1,200', '612.4']);
    expect(within(row(/^Vega \(per 1 volatility point\)/)).getAllByRole('cell')[1]).toHaveTextContent('€180.50');
    expect(within(row(/^Theta \(per calendar day\)/)).getAllByRole('cell')[1]).toHaveTextContent('-€12.34');
    expect(within(row(/^Rho \(per 1 % of rate\)/)).getAllByRole('cell')[1]).toHaveTextContent('-€95.10');
  });
});
