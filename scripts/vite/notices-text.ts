/**
 * Pure parts of the third-party notices: which npm package a bundled module belongs to, which
 * file holds a package's licence text, and the text of the notices file.
 */

export interface PackageNotice {
  readonly name: string;
  readonly version: string;
  /** SPDX expression from package.json, or "UNKNOWN". */
  readonly license: string;
  /** The licence file's text, or null when the package ships none. */
  readonly text: string | null;
}

// Vite's and Rolldown's own runtime helpers come in as virtual modules, not from node_modules.
const VIRTUAL_PACKAGES: readonly [prefix: string, pkg: string][] = [
  ['\0vite/', 'vite'],
  ['\0rolldown/', 'rolldown'],
];

/** The npm package a module id belongs to ("recharts", "@reduxjs/toolkit"), or null for the app's own code. */
export function packageNameFromId(id: string): string | null {
  for (const [prefix, pkg] of VIRTUAL_PACKAGES) if (id.startsWith(prefix)) return pkg;
  const path = id.replace(/^\0/, '').split('?')[0]!.replace(/\\/g, '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const parts = path.slice(at + '/node_modules/'.length).split('/');
  const first = parts[0] ?? '';
  if (first === '' || first.startsWith('.')) return null;
  if (first.startsWith('@')) return parts[1] ? `${first}/${parts[1]}` : null;
  return first;
}

/** True for the usual names of a licence file: LICENSE, LICENCE, LICENSE.md, LICENSE-MIT, COPYING. */
export function isLicenseFile(fileName: string): boolean {
  return /^(licen[cs]e|copying)([.-].*)?$/i.test(fileName);
}

/** The SPDX licence of a package.json: `license`, or the legacy `license: {type}` / `licenses: [{type}]`. */
export function licenseOf(pkg: Readonly<Record<string, unknown>>): string {
  const typeOf = (v: unknown): string | null =>
    typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { type?: unknown }).type === 'string' ? (v as { type: string }).type : null;
  const direct = typeOf(pkg.license);
  if (direct) return direct;
  if (Array.isArray(pkg.licenses)) {
    const types = pkg.licenses.map(typeOf).filter((t): t is string => t !== null);
    if (types.length > 0) return types.length === 1 ? types[0]! : `(${types.join(' OR ')})`;
  }
  return 'UNKNOWN';
}

const RULE = '='.repeat(78);

/** The notices file: a heading, then each package (sorted by name) with version, licence and licence text. */
export function formatNotices(appName: string, packages: readonly PackageNotice[]): string {
  const sorted = [...packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const head = [
    `Third-party software in ${appName}`,
    '',
    `${appName} includes the following ${sorted.length} open-source packages. Each is listed with its`,
    'version, its licence and the licence text it ships with.',
    '',
  ];
  const body = sorted.flatMap((p) => [
    RULE,
    `${p.name} ${p.version}`,
    `License: ${p.license}`,
    RULE,
    '',
    p.text === null ? `(The package ships no licence file; its package.json declares ${p.license}.)` : p.text.trim(),
    '',
  ]);
  return [...head, ...body].join('\n');
}
