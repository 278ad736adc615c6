import { PRESETS } from '../../../state/presets';
import type { PresetName } from '../../../state/presets';
import { FlowMessages } from '../../../state/session-flow';
import { sessionFlow } from '../../shared/session';

const NAMES = Object.keys(PRESETS) as PresetName[];

/** Worked examples one click away; choosing one over the user's own inputs offers Undo right after. */
export function PresetBar() {
  const choose = (n: PresetName) => sessionFlow.replaceWithUndo(PRESETS[n].scenario, FlowMessages.replaced(`The example “${PRESETS[n].label}”`));
  return (
    <nav aria-label="Worked examples" className="toolbar presets">
      <span className="hint">Examples:</span>
      {NAMES.map((n) => (
        <button type="button" key={n} onClick={() => choose(n)}>
          {PRESETS[n].label}
        </button>
      ))}
    </nav>
  );
}
