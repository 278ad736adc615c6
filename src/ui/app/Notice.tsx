import { useScenarioStore } from '../../state/store';

/** A plain message about a damaged link or saved state, with a dismiss button. */
export function Notice() {
  const notice = useScenarioStore((s) => s.notice);
  const dismiss = useScenarioStore((s) => s.dismissNotice);
  if (notice === null) return null;
  return (
    <div className="notice" role="alert">
      <p>{notice}</p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
