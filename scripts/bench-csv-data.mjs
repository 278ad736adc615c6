// A synthetic long-format price file for the import benchmark: `symbol,date,price`, `series`
// symbols over consecutive weekdays from 1990-01-01, a seeded random walk with four decimals,
// generated until the text reaches `targetBytes` (≈ 46 MB by default). Never committed.

/** Weekday ISO dates from 1990-01-01. */
function weekdays(count) {
  const out = [];
  const t = new Date(Date.UTC(1990, 0, 1));
  while (out.length < count) {
    const d = t.getUTCDay();
    if (d !== 0 && d !== 6) out.push(t.toISOString().slice(0, 10));
    t.setUTCDate(t.getUTCDate() + 1);
  }
  return out;
}

/** The CSV text: every series on every date (long format, grouped by symbol). */
export function buildLongCsv(series = 200, targetBytes = 46 * 1024 * 1024) {
  // "S001,1990-01-01,123.4567\n" is about 25 bytes.
  const days = Math.floor(targetBytes / series / 25);
  const dates = weekdays(days);
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const parts = ['symbol,date,price\n'];
  for (let s = 0; s < series; s++) {
    const sym = `S${String(s + 1).padStart(3, '0')}`;
    let p = 50 + 100 * rand();
    const lines = new Array(days);
    for (let i = 0; i < days; i++) {
      p *= Math.exp(0.015 * (rand() + rand() + rand() - 1.5));
      lines[i] = `${sym},${dates[i]},${p.toFixed(4)}`;
    }
    parts.push(lines.join('\n'), '\n');
  }
  return parts.join('');
}
