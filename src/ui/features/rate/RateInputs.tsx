import { memo, useCallback } from 'react';
import { useScenarioStore } from '../../../state/store';
import { SliceFields } from '../../shared/SliceFields';
import type { FieldGroup } from '../../shared/SliceFields';

const GROUPS: readonly FieldGroup[] = [
  {
    legend: 'The loan',
    fields: [
      { field: 'principal', label: 'Principal' },
      { field: 'currency', label: 'Currency', inputMode: 'text', hint: 'ISO code, e.g. EUR' },
      { field: 'resetMonths', label: 'Rate resets in', unit: 'months' },
      { field: 'loanMonths', label: 'Interest period after the reset', unit: 'months' },
      { field: 'spread', label: 'Loan margin over the reference rate', unit: '% per year' },
    ],
  },
  {
    legend: 'Rate futures',
    fields: [
      { field: 'futuresPrice', label: 'Futures price', unit: '100 − rate' },
      { field: 'contractNotional', label: 'Contract notional' },
      { field: 'bpValue', label: 'Value of 1 basis point', unit: 'per contract' },
      { field: 'commission', label: 'Commission', unit: 'per contract' },
      { field: 'initialMargin', label: 'Initial margin', unit: 'per contract' },
    ],
  },
  { legend: 'Swap', fields: [{ field: 'swapRate', label: 'Swap fixed rate', unit: '% per year' }] },
];

/** The borrower's inputs. */
export const RateInputs = memo(function RateInputs({ errors }: { readonly errors: Readonly<Record<string, string>> }) {
  const values = useScenarioStore((s) => s.rate);
  const setField = useScenarioStore((s) => s.setField);
  const onChange = useCallback((field: string, value: string | boolean) => setField('rate', field, value), [setField]);
  return (
    <section className="panel" aria-labelledby="rate-inputs-title">
      <h2 id="rate-inputs-title">Loan rate</h2>
      <SliceFields slice="rate" groups={GROUPS} values={values} errors={errors} onChange={onChange} />
    </section>
  );
});
