import { memo, useCallback } from 'react';
import { useScenarioStore } from '../../../state/store';
import { ROUNDING_OPTIONS, SliceFields } from '../../shared/SliceFields';
import type { FieldGroup } from '../../shared/SliceFields';

const GROUPS: readonly FieldGroup[] = [
  {
    legend: 'What you buy or hold',
    fields: [
      { field: 'commodity', label: 'Commodity', inputMode: 'text' },
      { kind: 'select', field: 'side', label: 'Your risk', options: [{ value: 'buyer', label: 'I must buy it (a rise hurts): long hedge' }, { value: 'holder', label: 'I hold or produce it (a fall hurts): short hedge' }] },
      { field: 'quantity', label: 'Quantity', unit: 'units, e.g. t' },
      { field: 'unit', label: 'Unit', inputMode: 'text' },
      { field: 'currency', label: 'Currency', inputMode: 'text', hint: 'ISO code, e.g. EUR' },
      { field: 'spotPrice', label: 'Spot price today', unit: 'per unit' },
      { field: 'tenorDays', label: 'Needed in', unit: 'calendar days' },
    ],
  },
  {
    legend: 'Futures contract',
    fields: [
      { field: 'futuresPrice', label: 'Futures price', unit: 'per unit' },
      { field: 'contractSize', label: 'Contract size', unit: 'units per contract' },
      { kind: 'select', field: 'rounding', label: 'Contract rounding', options: ROUNDING_OPTIONS },
      { field: 'basis', label: 'Expected basis at close-out', unit: 'spot − futures, per unit' },
      { kind: 'checkbox', field: 'tailing', label: 'Tail the hedge (daily settlement)' },
      { field: 'rate', label: 'Interest rate (for tailing)', unit: '% per year' },
    ],
  },
  {
    legend: 'Costs and margin',
    fields: [
      { field: 'commission', label: 'Commission', unit: 'per contract' },
      { field: 'exchangeFee', label: 'Exchange fee', unit: 'per contract' },
      { field: 'initialMargin', label: 'Initial margin', unit: 'per contract' },
      { field: 'stressMove', label: 'Stress move for variation margin', unit: '%' },
    ],
  },
];

/** The bakery's futures lock-in inputs. */
export const CommodityInputs = memo(function CommodityInputs({ errors }: { readonly errors: Readonly<Record<string, string>> }) {
  const values = useScenarioStore((s) => s.commodity);
  const setField = useScenarioStore((s) => s.setField);
  const onChange = useCallback((field: string, value: string | boolean) => setField('commodity', field, value), [setField]);
  return (
    <section className="panel" aria-labelledby="commodity-inputs-title">
      <h2 id="commodity-inputs-title">Commodity purchase</h2>
      <SliceFields slice="commodity" groups={GROUPS} values={values} errors={errors} onChange={onChange} />
    </section>
  );
});
