/**
 * The shared UI pieces: labelled fields with their error next to them, field groups, the Explain
 * disclosure, and formatMoneyExact (one half-even rounding of decimal text, no floats).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { money } from '../../../src/engine';
import type { Explanation } from '../../../src/calc/explain';
import { Explain } from '../../../src/ui/shared/Explain';
import { CheckboxField, SelectField, TextField } from '../../../src/ui/shared/fields';
import { formatMoneyExact } from '../../../src/ui/shared/format';
import { SliceFields } from '../../../src/ui/shared/SliceFields';
import type { FieldGroup } from '../../../src/ui/shared/SliceFields';

function ControlledText({ error }: { readonly error?: string }) {
  const [v, setV] = useState('10');
  return <TextField label="Spot price" unit="EUR" hint="Per unit" value={v} onChange={setV} error={error} />;
}

describe('TextField', () => {
  it('is labelled with its unit and described by its hint', () => {
    render(<ControlledText />);
    const input = screen.getByLabelText('Spot price (EUR)');
    expect(input).toHaveValue('10');
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAccessibleDescription('Per unit');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('keeps exactly what is typed', async () => {
    const user = userEvent.setup();
    render(<ControlledText />);
    const input = screen.getByLabelText('Spot price (EUR)');
    await user.clear(input);
    await user.type(input, '1,2x');
    expect(input).toHaveValue('1,2x');
    await user.clear(input);
    await user.type(input, ' −5 % ');
    expect(input).toHaveValue(' −5 % ');
  });

  it('shows the error next to the field, marked invalid and described by the message', () => {
    render(<ControlledText error="Enter a number, e.g. 1,250.50." />);
    const input = screen.getByLabelText('Spot price (EUR)');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    expect(ids).toHaveLength(2);
    const message = document.getElementById(ids[1]!);
    expect(message).toHaveTextContent('Enter a number, e.g. 1,250.50.');
    // Next to its field: in the same field wrapper.
    expect(message!.closest('.field')).toBe(input.closest('.field'));
    expect(input).toHaveAccessibleDescription('Per unit Enter a number, e.g. 1,250.50.');
  });

  it('calls onChange with the raw text', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<TextField label="Name" value="" onChange={onChange} inputMode="text" maxLength={5} />);
    const input = screen.getByLabelText('Name');
    expect(input).toHaveAttribute('inputmode', 'text');
    expect(input).toHaveAttribute('maxlength', '5');
    expect(input).not.toHaveAttribute('aria-describedby');
    await user.type(input, 'a');
    expect(onChange).toHaveBeenCalledWith('a');
  });
});

describe('SelectField and CheckboxField', () => {
  it('selects by label and reports the value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <SelectField
        label="Rounding"
        value="nearest"
        hint="How contracts round"
        options={[
          { value: 'nearest', label: 'Nearest' },
          { value: 'down', label: 'Down' },
        ]}
        onChange={onChange}
      />,
    );
    const select = screen.getByLabelText('Rounding');
    expect(select).toHaveValue('nearest');
    expect(select).toHaveAccessibleDescription('How contracts round');
    await user.selectOptions(select, 'Down');
    expect(onChange).toHaveBeenCalledWith('down');
  });

  it('toggles a checkbox by its label', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CheckboxField label="Tail the hedge" checked={false} onChange={onChange} hint="Daily settlement" />);
    const box = screen.getByRole('checkbox', { name: 'Tail the hedge' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription('Daily settlement');
    await user.click(screen.getByText('Tail the hedge'));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('SliceFields', () => {
  const groups: readonly FieldGroup[] = [
    { legend: 'First', fields: [{ field: 'a', label: 'Field A', unit: '%' }, { kind: 'checkbox', field: 'flag', label: 'A flag' }] },
    { legend: 'Second', fields: [{ kind: 'select', field: 'pick', label: 'Pick one', options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }] }, { field: 'b', label: 'Field B' }] },
  ];

  it('renders one fieldset per group, each field labelled, errors by slice path', () => {
    render(<SliceFields slice="demo" groups={groups} values={{ a: '1', flag: true, pick: 'y', b: 'zz' }} errors={{ 'demo.b': 'Bad B.', 'other.a': 'Not mine.' }} onChange={() => {}} />);
    const first = screen.getByRole('group', { name: 'First' });
    expect(within(first).getByLabelText('Field A (%)')).toHaveValue('1');
    expect(within(first).getByRole('checkbox', { name: 'A flag' })).toBeChecked();
    const second = screen.getByRole('group', { name: 'Second' });
    expect(within(second).getByLabelText('Pick one')).toHaveValue('y');
    expect(within(second).getByLabelText('Field B')).toHaveAttribute('aria-invalid', 'true');
    expect(within(second).getByLabelText('Field B')).toHaveAccessibleDescription('Bad B.');
    expect(within(first).getByLabelText('Field A (%)')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Not mine.')).not.toBeInTheDocument();
  });

  it('reports changes by field name', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<SliceFields slice="demo" groups={groups} values={{ a: '', flag: false, pick: 'x', b: '' }} errors={{}} onChange={onChange} />);
    await user.type(screen.getByLabelText('Field A (%)'), '7');
    await user.click(screen.getByRole('checkbox', { name: 'A flag' }));
    await user.selectOptions(screen.getByLabelText('Pick one'), 'y');
    expect(onChange.mock.calls).toEqual([
      ['a', '7'],
      ['flag', true],
      ['pick', 'y'],
    ]);
  });
});

describe('Explain', () => {
  const e: Explanation = { title: 'Contracts', formula: 'N = Q / size', substituted: '1,200 / 100 → 12', source: 'Hull, ch. 10' };

  it('is a disclosure button: aria-expanded toggles a note with formula, inputs and source', async () => {
    const user = userEvent.setup();
    render(<Explain explanation={e} />);
    const button = screen.getByRole('button', { name: 'Explain: Contracts' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const note = screen.getByRole('note');
    expect(button.getAttribute('aria-controls')).toBe(note.id);
    expect(note).toHaveTextContent('Contracts');
    expect(note).toHaveTextContent('N = Q / size');
    expect(note).toHaveTextContent('1,200 / 100 → 12');
    expect(note).toHaveTextContent('Source: Hull, ch. 10');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('opens with the keyboard', async () => {
    const user = userEvent.setup();
    render(<Explain explanation={e} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Explain: Contracts' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('note')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});

const fx = (amount: string, currency = 'EUR') => formatMoneyExact(money(amount, currency), { locale: 'en-US' });

describe('formatMoneyExact', () => {
  it.each([
    ['2.345', '€2.34'], // tie, kept digit 4 is even: down
    ['2.355', '€2.36'], // tie, kept digit 5 is odd: up
    ['2.3451', '€2.35'], // above the tie: up
    ['2.3449999', '€2.34'],
    ['-2.345', '-€2.34'],
    ['-2.355', '-€2.36'],
    ['2.5', '€2.50'],
    ['0', '€0.00'],
    ['999.995', '€1,000.00'], // the carry runs into the whole part
    ['0.005', '€0.00'],
    ['0.015', '€0.02'],
    ['1234567.891', '€1,234,567.89'],
  ])('%s EUR -> %s', (amount, shown) => {
    expect(fx(amount)).toBe(shown);
  });

  it('a negative amount that rounds to zero shows no minus sign (Intl would print "-€0.00")', () => {
    expect(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(-0.004)).toBe('-€0.00');
    expect(fx('-0.004')).toBe('€0.00');
    expect(fx('-0.005')).toBe('€0.00'); // tie to the even 0
    expect(fx('-0.015')).toBe('-€0.02');
  });

  it('JPY has no minor digits: rounds half-even to whole yen', () => {
    expect(fx('1234.5', 'JPY')).toBe('¥1,234');
    expect(fx('1235.5', 'JPY')).toBe('¥1,236');
    expect(fx('1234.51', 'JPY')).toBe('¥1,235');
    expect(fx('-0.5', 'JPY')).toBe('¥0');
    expect(fx('1500', 'JPY')).toBe('¥1,500');
  });

  it('three-digit currencies keep three decimals', () => {
    expect(fx('1.2345', 'BHD')).toBe('BHD\u00a01.234');
    expect(fx('1.2355', 'BHD')).toBe('BHD\u00a01.236');
  });

  it('formats a 20-digit amount exactly, without float loss', () => {
    const big = '12345678901234567890.125';
    // A float would lose the last digits.
    expect(Number(big).toFixed(2)).not.toBe('12345678901234567890.12');
    expect(fx(big)).toBe('€12,345,678,901,234,567,890.12');
    expect(fx('12345678901234567890.135')).toBe('€12,345,678,901,234,567,890.14');
    expect(fx('99999999999999999999.995', 'USD')).toBe('$100,000,000,000,000,000,000.00');
    expect(fx('-98765432109876543210.005')).toBe('-€98,765,432,109,876,543,210.00');
  });

  it('accepts any amount with toFixed() (decimal text)', () => {
    expect(formatMoneyExact({ amount: { toFixed: () => '7.125' }, currency: 'EUR' }, { locale: 'en-US' })).toBe('€7.12');
  });

  it('follows the locale', () => {
    expect(formatMoneyExact(money('1234.565', 'EUR'), { locale: 'de-DE' })).toBe('1.234,56\u00a0€');
  });

  it('falls back to "<amount> <code>" for a code Intl refuses', () => {
    expect(formatMoneyExact({ amount: { toFixed: () => '2.345' }, currency: 'euro' }, { locale: 'en-US' })).toBe('2.34 euro');
  });
});
