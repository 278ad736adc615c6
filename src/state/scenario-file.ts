/**
 * The scenario as a file: export writes `{ app, kind, version, scenario }` as JSON; import treats
 * the file as hostile, like a share link: bounded size, JSON.parse (never eval), the version,
 * migration, then the same sanitizer; a file that needs any repair is refused whole, with a reason.
 */
import { CURRENT_VERSION, migrate } from './migrations';
import { isPlainRecord, sanitizeScenario } from './sanitize';
import type { Scenario } from './scenario';

/** Largest file read (characters); a scenario with 50 full holdings is far below it. */
export const MAX_FILE_LENGTH = 1_000_000;
const APP = 'microhedge';
const KIND = 'scenario';

export const FileMessages = {
  tooLarge: 'This file is too large to be a Microhedge scenario.',
  notJson: 'This file is not a Microhedge scenario (it is not JSON text).',
  notScenario: 'This file is not a Microhedge scenario.',
  newer: 'This file was saved by a newer version of Microhedge; reload the page to update it, then import the file again.',
  damaged: (fields: readonly string[]) => `This file is damaged: ${fields.slice(0, 3).join(', ')}${fields.length > 3 ? ` and ${fields.length - 3} more` : ''} could not be read.`,
} as const;

export type FileResult = { readonly ok: true; readonly value: Scenario } | { readonly ok: false; readonly message: string };

/** The scenario -> the text of its file (pretty JSON, so a person can read it). */
export function exportScenarioFile(s: Scenario): string {
  return `${JSON.stringify({ app: APP, kind: KIND, version: CURRENT_VERSION, scenario: s }, null, 2)}\n`;
}

/** A file name for the scenario, from the date: microhedge-2026-12-01.json. */
export function scenarioFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `microhedge-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** The text of an imported file -> a safe Scenario, or a plain reason. Never throws, never evaluates. */
export function importScenarioFile(text: unknown): FileResult {
  if (typeof text !== 'string') return { ok: false, message: FileMessages.notScenario };
  if (text.length > MAX_FILE_LENGTH) return { ok: false, message: FileMessages.tooLarge };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: FileMessages.notJson };
  }
  if (!isPlainRecord(raw) || raw.app !== APP || raw.kind !== KIND) return { ok: false, message: FileMessages.notScenario };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, message: FileMessages.notScenario };
  if (version > CURRENT_VERSION) return { ok: false, message: FileMessages.newer };
  const migrated = migrate(raw.scenario, version);
  if (!migrated.ok) return { ok: false, message: FileMessages.notScenario };
  const sanitized = sanitizeScenario(migrated.value);
  if (!sanitized.ok) return { ok: false, message: FileMessages.notScenario };
  if (sanitized.warnings.length > 0) return { ok: false, message: FileMessages.damaged(sanitized.warnings.map((w) => w.split(' ')[0]!)) };
  return { ok: true, value: sanitized.value };
}
