import { PRESETS } from '../../../state/presets';
import type { PresetName } from '../../../state/presets';
import { useScenarioStore } from '../../../state/store';

const NAMES = Object.keys(PRESETS) as PresetName[];

/** Worked examples one click away. */
export function PresetBar() {
  const loadPreset = useScenarioStore((s) => s.loadPreset);
  return (
    <nav aria-label="Worked examples" className="toolbar presets">
      <span className="hint">Examples:</span>
      {NAMES.map((n) => (
        <button type="button" key={n} onClick={() => loadPreset(n)}>
          {PRESETS[n].label}
        </button>
      ))}
    </nav>
  );
}
