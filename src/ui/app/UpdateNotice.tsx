import { useSyncExternalStore } from 'react';
import { isUpdateReady, subscribeUpdateReady } from './register-sw';

const never = () => false;

/** Offers a reload once a newer version of the app has been installed (inputs are kept: they are saved). */
export function UpdateNotice() {
  const ready = useSyncExternalStore(subscribeUpdateReady, isUpdateReady, never);
  if (!ready) return null;
  return (
    <div className="update-notice" role="status">
      <p>A new version of Microhedge is installed. Reload to use it; your inputs are kept.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
