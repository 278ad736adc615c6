import type { Mode } from '../../state/scenario';
import { useScenarioStore } from '../../state/store';

const MODES: readonly { readonly mode: Mode; readonly label: string }[] = [
  { mode: 'stock', label: 'A stock in my portfolio' },
  { mode: 'commodity', label: 'A commodity I buy or sell' },
  { mode: 'fx', label: 'A foreign-currency payment' },
  { mode: 'rate', label: 'A loan rate' },
];

/** What the user wants to protect; each mode has its own inputs and hedges. */
export function ModeTabs() {
  const mode = useScenarioStore((s) => s.prefs.mode);
  const setMode = useScenarioStore((s) => s.setMode);
  return (
    <nav aria-label="What to protect" className="tabs">
      {MODES.map((m) => (
        <button type="button" key={m.mode} aria-pressed={mode === m.mode} onClick={() => setMode(m.mode)}>
          {m.label}
        </button>
      ))}
    </nav>
  );
}
