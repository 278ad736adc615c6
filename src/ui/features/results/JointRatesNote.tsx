import type { CombinedLeg } from '../../../calc/combined';
import { formatNumber } from '../../shared/format';

/**
 * Which exchange rate the joint moves use for each leg in another currency: the moved rate when the
 * combined hedge holds a currency leg on it (the rate then has its own row in the table), else
 * today's rate, said plainly.
 */
export function JointRatesNote({ legs, home }: { readonly legs: readonly CombinedLeg[]; readonly home: string }) {
  const converted = legs.filter((l) => l.conversion !== null);
  if (converted.length === 0) return null;
  return (
    <ul className="hint joint-rates" aria-label="Exchange rates used in the joint moves">
      {converted.map((l) => {
        const c = l.conversion!;
        const pair = `${home} per ${c.currency}`;
        const today = formatNumber(c.rate, { maximumFractionDigits: 8 });
        return (
          <li key={`${l.mode}-${l.kind}`}>
            {l.name} ({c.currency}):{' '}
            {l.atMovedRate
              ? `read at the moved rate (${pair}, its own row below; today ${today}), since a currency hedge of ${c.currency} is in the combined hedge.`
              : `read at today's rate, ${today} ${pair}: the rate does not move here (add a currency hedge of ${c.currency} to move it).`}
          </li>
        );
      })}
    </ul>
  );
}
