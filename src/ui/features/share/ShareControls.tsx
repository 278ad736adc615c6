import { useId, useRef, useState } from 'react';
import { importScenarioFile, MAX_FILE_LENGTH, FileMessages } from '../../../state/scenario-file';
import { FlowMessages } from '../../../state/session-flow';
import { encodeScenario, MAX_SHARE_TEXT_LENGTH, scenarioToHash } from '../../../state/share-link';
import { selectScenario, useScenarioStore } from '../../../state/store';
import { exportCurrentScenario, sessionFlow } from '../../shared/session';

export const ShareMessages = {
  tooLong: 'This scenario is too long for a link. Use “Export to a file” and send the file instead.',
  copied: 'Link copied. Anyone who opens it sees exactly this scenario.',
  copyBelow: 'Copy the link below.',
  exported: 'The scenario was saved as a file in your downloads.',
  unreadableFile: 'This file could not be read.',
  refused: (reason: string) => `${reason} Your inputs are unchanged.`,
} as const;

/** Reads a chosen file as text, refusing one too large before reading it. */
async function readFile(file: File): Promise<string | null> {
  if (file.size > MAX_FILE_LENGTH * 4) return null;
  try {
    return await file.text();
  } catch {
    return null;
  }
}

/**
 * Copies a link that reopens exactly this scenario (shows it when the clipboard is unavailable);
 * exports the scenario as a file and imports one (checked like a link; Undo goes back).
 */
export function ShareControls() {
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [fileError, setFileError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const share = async () => {
    const scenario = selectScenario(useScenarioStore.getState());
    if (encodeScenario(scenario).length > MAX_SHARE_TEXT_LENGTH) {
      setLink(null);
      setStatus(ShareMessages.tooLong);
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}${scenarioToHash(scenario)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(ShareMessages.copied);
    } catch {
      setStatus(ShareMessages.copyBelow);
    }
  };
  const exportFile = () => {
    exportCurrentScenario();
    setFileError('');
    setStatus(ShareMessages.exported);
  };
  const importFile = async (file: File | undefined) => {
    if (file === undefined) return;
    const text = await readFile(file);
    const result = text === null ? { ok: false as const, message: file.size > MAX_FILE_LENGTH * 4 ? FileMessages.tooLarge : ShareMessages.unreadableFile } : importScenarioFile(text);
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setFileError(ShareMessages.refused(result.message));
      return;
    }
    setFileError('');
    setStatus('');
    sessionFlow.replaceWithUndo(result.value, FlowMessages.replaced(`The file “${file.name.slice(0, 80)}”`));
  };
  return (
    <div className="share">
      <button type="button" className="primary" onClick={() => void share()}>
        Copy share link
      </button>
      <button type="button" onClick={exportFile}>
        Export to a file
      </button>
      <label className="button file-button">
        Import a file
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          aria-describedby={fileError ? errorId : undefined}
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
      </label>
      <span role="status" className="hint">
        {status}
      </span>
      {fileError ? (
        <p id={errorId} role="alert" className="field-error share-error">
          {fileError}
        </p>
      ) : null}
      {link ? (
        <label className="share-link">
          <span className="visually-hidden">Share link</span>
          <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
    </div>
  );
}
