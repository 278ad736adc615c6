/** Numbers inside plan labels: readable, not raw floats (0.4986301369863014 y -> "182 days"). */

/**
 * A number with at most `digits` decimals, trailing zeros dropped: 73.845906 -> "73.85"; from
 * 10,000 on, thousands are grouped ("180,000", "5,000,000"; four-digit numbers stay as "1200").
 */
export function labelNumber(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return String(x);
  const text = String(Number(x.toFixed(digits)));
  if (Math.abs(x) < 10_000 || /e/i.test(text)) return text;
  const [whole = '', frac] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** A tenor for a label: whole calendar days when short ("182 days"), else years ("2.5 y"). */
export function labelTenor(years: number): string {
  if (!Number.isFinite(years)) return String(years);
  const days = Math.round(years * 365);
  return years < 2 && Math.abs(days / 365 - years) < 1e-9 ? `${days} day${days === 1 ? '' : 's'}` : `${labelNumber(years, 4)} y`;
}

/** "1 contract", "12 contracts": a count with its noun (given in the plural) in the right number. */
export function countText(n: number, plural: string): string {
  return `${n} ${n === 1 && plural.endsWith('s') ? plural.slice(0, -1) : plural}`;
}
