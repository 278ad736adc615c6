import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DateSlider, describeValueDate, yearsToDays } from '../../../src/ui/charts/DateSlider';

function Harness({ expiryYears = 90 / 365, start = 0, onChange }: { expiryYears?: number; start?: number; onChange?: (y: number) => void }) {
  const [years, setYears] = useState(start);
  return (
    <DateSlider
      expiryYears={expiryYears}
      yearsFromNow={years}
      onChange={(y) => {
        setYears(y);
        onChange?.(y);
      }}
    />
  );
}

describe('DateSlider', () => {
  it('is a labelled range from today to expiry with a spoken value', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'Value date' });
    expect(slider).toHaveAttribute('min', '0');
    expect(slider).toHaveAttribute('max', '90');
    expect(slider).toHaveValue('0');
    expect(slider).toHaveAttribute('aria-valuetext', 'Today, 90 days before expiry');
  });

  it('moves by a day with the arrow keys, a week with Page keys, to the ends with Home/End', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const slider = screen.getByRole('slider', { name: 'Value date' });
    await user.tab();
    expect(slider).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuetext', '89 days before expiry');
    expect(onChange).toHaveBeenLastCalledWith(1 / 365);

    await user.keyboard('{PageUp}{ArrowUp}');
    expect(slider).toHaveValue('9');
    expect(slider).toHaveAttribute('aria-valuetext', '81 days before expiry');

    await user.keyboard('{ArrowLeft}{ArrowDown}');
    expect(slider).toHaveValue('7');

    await user.keyboard('{End}');
    expect(slider).toHaveAttribute('aria-valuetext', 'At expiry');
    expect(onChange).toHaveBeenLastCalledWith(90 / 365);

    const calls = onChange.mock.calls.length;
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenCalledTimes(calls); // already at expiry: no change
    await user.keyboard('{Home}');
    expect(slider).toHaveValue('0');
    await user.keyboard('{PageDown}');
    expect(slider).toHaveValue('0');
  });

  it('shows 1 day in the singular and clamps a value date beyond expiry', () => {
    render(<Harness start={89 / 365} />);
    expect(screen.getByRole('slider', { name: 'Value date' })).toHaveAttribute('aria-valuetext', '1 day before expiry');
  });

  it('is disabled when the option expires today', () => {
    render(<DateSlider expiryYears={0} yearsFromNow={0} onChange={() => {}} />);
    expect(screen.getByRole('slider', { name: 'Value date' })).toBeDisabled();
  });

  it('converts years to whole days and describes them', () => {
    expect(yearsToDays(0.5)).toBe(183);
    expect(yearsToDays(Number.NaN)).toBe(0);
    expect(yearsToDays(-1)).toBe(0);
    expect(describeValueDate(0, 45)).toBe('Today, 45 days before expiry');
    expect(describeValueDate(45, 45)).toBe('At expiry');
  });
});
