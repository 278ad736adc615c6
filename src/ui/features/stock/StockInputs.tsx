import { memo, useCallback } from 'react';
import { useScenarioStore } from '../../../state/store';
import { ROUNDING_OPTIONS, SliceFields } from '../../shared/SliceFields';
import type { FieldGroup } from '../../shared/SliceFields';

const GROUPS: readonly FieldGroup[] = [
  {
    legend: 'Horizon and market',
    fields: [
      { field: 'tenorDays', label: 'Protect for', unit: 'calendar days', hint: 'Years = days / 365' },
      { field: 'rate', label: 'Risk-free rate', unit: '% per year, continuous' },
      { field: 'hedgeRatio', label: 'Share of the position to hedge', unit: '%' },
      { kind: 'select', field: 'rounding', label: 'Contract rounding', options: ROUNDING_OPTIONS },
    ],
  },
  {
    legend: 'Options (put, collar, put spread)',
    fields: [
      { field: 'putStrike', label: 'Put strike (floor)', unit: 'per share' },
      { kind: 'checkbox', field: 'zeroCostCollar', label: 'Zero-cost collar: solve the call strike' },
      { field: 'callStrike', label: 'Call strike (cap)', unit: 'per share', hint: 'Used when the collar is not solved for zero cost' },
      { field: 'spreadLowerStrike', label: 'Put spread: lower strike (sold)', unit: 'per share' },
      { field: 'contractSize', label: 'Shares per option contract', unit: 'multiplier' },
      { kind: 'select', field: 'exercise', label: 'Exercise style', options: [{ value: 'american', label: 'American (single stocks)' }, { value: 'european', label: 'European' }] },
      { field: 'putQuote', label: 'Broker put quote (optional)', unit: 'per share', hint: 'Empty: priced by the model' },
      { field: 'callQuote', label: 'Broker call quote (optional)', unit: 'per share', hint: 'Ignored when the collar is solved' },
      { field: 'commission', label: 'Commission', unit: 'per contract' },
      { field: 'exchangeFee', label: 'Exchange fee', unit: 'per contract' },
    ],
  },
  {
    legend: 'Short sale',
    fields: [
      { field: 'borrowFee', label: 'Borrow fee', unit: '% per year' },
      { field: 'shortMargin', label: 'Initial margin', unit: '% of short value' },
      { field: 'stressMove', label: 'Stress move for margin calls', unit: '%' },
    ],
  },
  {
    legend: 'Proxy (correlated futures)',
    fields: [
      { field: 'proxyName', label: 'Proxy futures', inputMode: 'text' },
      { field: 'proxyPrice', label: 'Proxy futures price' },
      { field: 'proxyVol', label: 'Proxy volatility', unit: '% per year' },
      { field: 'proxyCorrelation', label: 'Correlation ρ with the target', unit: '−1 to 1' },
      { field: 'proxyContractSize', label: 'Proxy contract multiplier' },
      { field: 'proxyMargin', label: 'Proxy initial margin', unit: 'per contract' },
    ],
  },
  {
    legend: 'Macro alternative (index futures on the whole portfolio)',
    fields: [
      { field: 'indexName', label: 'Index futures', inputMode: 'text' },
      { field: 'indexFuturesPrice', label: 'Index futures price', unit: 'points' },
      { field: 'indexMultiplier', label: 'Index multiplier', unit: 'per point' },
      { field: 'indexMargin', label: 'Index initial margin', unit: 'per contract' },
      { field: 'targetBeta', label: 'Target portfolio beta β*' },
    ],
  },
];

/** The investor's hedge parameters. */
export const StockInputs = memo(function StockInputs({ errors }: { readonly errors: Readonly<Record<string, string>> }) {
  const values = useScenarioStore((s) => s.stock);
  const setField = useScenarioStore((s) => s.setField);
  const onChange = useCallback((field: string, value: string | boolean) => setField('stock', field, value), [setField]);
  return (
    <section className="panel" aria-labelledby="stock-inputs-title">
      <h2 id="stock-inputs-title">Hedge parameters</h2>
      <SliceFields slice="stock" groups={GROUPS} values={values} errors={errors} onChange={onChange} />
    </section>
  );
});
