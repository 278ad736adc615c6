import { useNotices } from '../../state/notices';
import type { SessionNotice } from '../../state/notices';
import { useScenarioStore } from '../../state/store';

function SessionMessage({ notice }: { readonly notice: SessionNotice }) {
  const dismiss = useNotices((s) => s.dismiss);
  const isStatus = notice.urgency === 'status';
  return (
    <div className={isStatus ? 'notice notice--info' : 'notice'} role={isStatus ? 'status' : 'alert'}>
      <p>{notice.message}</p>
      <div className="toolbar">
        {notice.actions.map((a) => (
          <button
            type="button"
            key={a.label}
            className={a.primary ? 'primary' : undefined}
            onClick={() => {
              dismiss(notice.topic);
              a.run();
            }}
          >
            {a.label}
          </button>
        ))}
        {notice.dismissible === false ? null : (
          <button type="button" onClick={() => dismiss(notice.topic)}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * Plain messages about the inputs: a damaged link or saved state, a storage that cannot save,
 * another tab's save, a replaced scenario (with Undo). Each has its choices and a dismiss button.
 */
export function Notice() {
  const notice = useScenarioStore((s) => s.notice);
  const dismiss = useScenarioStore((s) => s.dismissNotice);
  const notices = useNotices((s) => s.notices);
  if (notice === null && notices.length === 0) return null;
  // Kept in view while the page scrolls: a message about the inputs can arrive while the user is
  // far down the page (another tab saves, the storage fills up).
  return (
    <div className="notices">
      {notice !== null ? (
        <div className="notice" role="alert">
          <p>{notice}</p>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
      {notices.map((n) => (
        <SessionMessage key={n.topic} notice={n} />
      ))}
    </div>
  );
}
