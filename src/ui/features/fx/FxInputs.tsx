import { memo, useCallback, useMemo } from 'react';
import { useScenarioStore } from '../../../state/store';
import { SliceFields } from '../../shared/SliceFields';
import type { FieldGroup } from '../../shared/SliceFields';

/** The importer's inputs; quotes are domestic per one unit of foreign, with the pair written out. */
export const FxInputs = memo(function FxInputs({ errors }: { readonly errors: Readonly<Record<string, string>> }) {
  const values = useScenarioStore((s) => s.fx);
  const setField = useScenarioStore((s) => s.setField);
  const onChange = useCallback((field: string, value: string | boolean) => setField('fx', field, value), [setField]);
  const groups = useMemo(() => buildGroups(values.domestic, values.foreign), [values.domestic, values.foreign]);
  return (
    <section className="panel" aria-labelledby="fx-inputs-title">
      <h2 id="fx-inputs-title">Currency payment</h2>
      <SliceFields slice="fx" groups={groups} values={values} errors={errors} onChange={onChange} />
    </section>
  );
});

function buildGroups(domestic: string, foreign: string): readonly FieldGroup[] {
  const pair = `${domestic || 'domestic'} per ${foreign || 'foreign'}`;
  return [
    {
      legend: 'The payment',
      fields: [
        { kind: 'select', field: 'side', label: 'Direction', options: [{ value: 'payable', label: 'I must pay foreign currency' }, { value: 'receivable', label: 'I will receive foreign currency' }] },
        { field: 'amount', label: 'Amount', unit: foreign || 'foreign' },
        { field: 'foreign', label: 'Foreign currency', inputMode: 'text', hint: 'ISO code, e.g. USD' },
        { field: 'domestic', label: 'Home currency', inputMode: 'text', hint: 'ISO code, e.g. EUR' },
        { field: 'tenorDays', label: 'Due in', unit: 'calendar days' },
      ],
    },
    {
      legend: 'Market',
      fields: [
        { field: 'spot', label: 'Spot rate', unit: pair },
        { field: 'domesticRate', label: `${domestic || 'Home'} interest rate`, unit: '% per year' },
        { field: 'foreignRate', label: `${foreign || 'Foreign'} interest rate`, unit: '% per year' },
        { kind: 'select', field: 'compounding', label: 'Rates compound', options: [{ value: 'continuous', label: 'Continuously' }, { value: 'simple', label: 'Simple (money-market)' }] },
        { field: 'bankForward', label: "Bank's forward quote (optional)", unit: pair },
      ],
    },
    {
      legend: 'FX option alternative',
      fields: [
        { field: 'optionStrike', label: 'Option strike', unit: pair },
        { field: 'optionVol', label: 'Volatility', unit: '% per year' },
        { field: 'optionFee', label: 'Fee', unit: `${domestic || 'home'} per trade` },
      ],
    },
  ];
}
