/**
 * Share links: the whole scenario in the URL hash, as `#s=v2.<base64url of UTF-8 JSON>`.
 * Decoding treats the text as hostile: bounded length, strict base64url, fatal UTF-8, JSON.parse
 * (never eval), migration by the version prefix, then sanitizing. A link that needs any repair is
 * refused whole: links are written only by `encodeScenario`, so a missing or odd field means damage.
 */
import { CURRENT_VERSION, migrate } from './migrations';
import { sanitizeScenario } from './sanitize';
import type { Scenario } from './scenario';

/** Longest encoded scenario accepted (characters after `s=`): room for 10 holdings with every field, proxy inputs included, at its longest. */
export const MAX_SHARE_TEXT_LENGTH = 24_000;

export const ShareLinkMessages = {
  damaged: 'This share link is damaged or not from Microhedge; the worked example is shown instead.',
  tooLong: 'This share link is too long to be from Microhedge; the worked example is shown instead.',
  newer: 'This share link comes from a newer version of Microhedge; the worked example is shown instead.',
} as const;

export type ShareLinkResult =
  | { readonly ok: true; readonly value: Scenario; readonly warnings: string[] }
  | { readonly ok: false; readonly message: string };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, i) => [c, i]));

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Strict base64url (no padding) -> bytes, or null for any character outside the alphabet. */
function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (const c of text) {
    const v = INDEX.get(c);
    if (v === undefined) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (acc >> bits) & 0xff;
    }
  }
  return bytes;
}

/** A scenario -> compact URL-safe text: 'v2.' + base64url(UTF-8(JSON)). */
export function encodeScenario(s: Scenario): string {
  return `v${CURRENT_VERSION}.${toBase64Url(new TextEncoder().encode(JSON.stringify(s)))}`;
}

function decodeUnsafe(text: string): ShareLinkResult {
  if (text.length > MAX_SHARE_TEXT_LENGTH) return { ok: false, message: ShareLinkMessages.tooLong };
  const m = /^v(\d{1,3})\.([A-Za-z0-9_-]+)$/.exec(text);
  if (m === null) return { ok: false, message: ShareLinkMessages.damaged };
  const version = Number(m[1]);
  if (version > CURRENT_VERSION) return { ok: false, message: ShareLinkMessages.newer };
  const bytes = fromBase64Url(m[2]!);
  if (bytes === null) return { ok: false, message: ShareLinkMessages.damaged };
  const raw: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  const migrated = migrate(raw, version);
  if (!migrated.ok) return { ok: false, message: ShareLinkMessages.damaged };
  const sanitized = sanitizeScenario(migrated.value);
  if (!sanitized.ok || sanitized.warnings.length > 0) return { ok: false, message: ShareLinkMessages.damaged };
  return sanitized;
}

/** Text from a share link -> a safe Scenario, or a plain message. Never throws, never evaluates. */
export function decodeScenario(text: string): ShareLinkResult {
  if (typeof text !== 'string') return { ok: false, message: ShareLinkMessages.damaged };
  try {
    return decodeUnsafe(text);
  } catch {
    // Invalid UTF-8 or JSON.
    return { ok: false, message: ShareLinkMessages.damaged };
  }
}

/** A scenario -> the URL hash that reopens it: '#s=v2.…'. */
export function scenarioToHash(s: Scenario): string {
  return `#s=${encodeScenario(s)}`;
}

/**
 * A URL hash ('#s=…', as in `location.hash`) -> the scenario it carries; null when the hash holds
 * no share link at all (then storage or the worked example applies). Never throws.
 */
export function scenarioFromLocation(hash: string): ShareLinkResult | null {
  if (typeof hash !== 'string') return null;
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return null;
  if (body.length > MAX_SHARE_TEXT_LENGTH + 1000) return { ok: false, message: ShareLinkMessages.tooLong };
  try {
    const s = new URLSearchParams(body).get('s');
    return s === null ? null : decodeScenario(s);
  } catch {
    return { ok: false, message: ShareLinkMessages.damaged };
  }
}
