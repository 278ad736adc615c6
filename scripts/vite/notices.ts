/**
 * Vite plugin: writes `third-party-notices.txt` into the build, listing every npm package whose
 * code is in a bundled chunk (the page's chunks and the Web Workers' alike), with its version,
 * licence and licence text read from node_modules.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatNotices, isLicenseFile, licenseOf, packageNameFromId } from './notices-text.ts';
import type { PackageNotice } from './notices-text.ts';

export const NOTICES_FILE = 'third-party-notices.txt';

interface BundleLike {
  readonly [file: string]: { readonly type: string; readonly modules?: Readonly<Record<string, { readonly renderedLength: number }>> };
}

function collect(bundle: BundleLike, into: Set<string>): void {
  for (const out of Object.values(bundle)) {
    if (out.type !== 'chunk' || !out.modules) continue;
    for (const [id, m] of Object.entries(out.modules)) {
      const name = m.renderedLength > 0 ? packageNameFromId(id) : null;
      if (name) into.add(name);
    }
  }
}

function readNotice(root: string, name: string): PackageNotice {
  const dir = join(root, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const file = existsSync(dir) ? readdirSync(dir).filter(isLicenseFile).sort()[0] : undefined;
  return {
    name,
    version: typeof pkg.version === 'string' ? pkg.version : 'unknown',
    license: licenseOf(pkg),
    text: file ? readFileSync(join(dir, file), 'utf8') : null,
  };
}

/**
 * The plugin for the page build, and one for the worker builds (add it to `worker.plugins`). The
 * workers are bundled before the page's chunks are written, so the page's plugin sees both.
 */
export function noticesPlugins(appName: string): { readonly page: Plugin; readonly worker: () => Plugin[] } {
  const packages = new Set<string>();
  let root = process.cwd();
  const worker: Plugin = {
    name: 'microhedge-notices-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      collect(bundle as unknown as BundleLike, packages);
    },
  };
  const page: Plugin = {
    name: 'microhedge-notices',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      collect(bundle as unknown as BundleLike, packages);
      const notices = [...packages].map((name) => readNotice(root, name));
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: formatNotices(appName, notices) });
    },
  };
  return { page, worker: () => [worker] };
}
