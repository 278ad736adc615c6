import { useState } from 'react';
import { encodeScenario, MAX_SHARE_TEXT_LENGTH, scenarioToHash } from '../../../state/share-link';
import { selectScenario, useScenarioStore } from '../../../state/store';

/** Copies a link that reopens exactly this scenario; shows the link when the clipboard is unavailable. */
export function ShareControls() {
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const share = async () => {
    const scenario = selectScenario(useScenarioStore.getState());
    if (encodeScenario(scenario).length > MAX_SHARE_TEXT_LENGTH) {
      setStatus('This scenario is too large for a link; remove some holdings.');
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}${scenarioToHash(scenario)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied. Anyone who opens it sees exactly this scenario.');
    } catch {
      setStatus('Copy the link below.');
    }
  };
  return (
    <div className="share">
      <button type="button" className="primary" onClick={() => void share()}>
        Copy share link
      </button>
      <span role="status" className="hint">
        {status}
      </span>
      {link ? (
        <label className="share-link">
          <span className="visually-hidden">Share link</span>
          <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
    </div>
  );
}
