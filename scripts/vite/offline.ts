/**
 * Vite plugin: after the production build is written, lists every file in the output (every JS
 * chunk, lazy and worker ones included, CSS, index.html, icons, manifest, sample data) and writes
 * `sw.js`, a service worker that precaches exactly those files under a cache named by a hash of
 * their contents. A new build therefore installs a new cache and the old one is deleted.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { buildServiceWorker } from './sw-source.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Relative URLs of the files to precache: './' for the start page, every other file by path, sorted; the worker itself and source maps left out. */
export function precacheUrls(files: readonly string[]): string[] {
  const urls = files
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f !== SERVICE_WORKER_FILE && !f.endsWith('.map'))
    .sort();
  return ['./', ...urls];
}

/** A short hash over the files' names and contents: equal builds share it, any change makes a new one. */
export function contentVersion(entries: readonly { readonly path: string; readonly content: Uint8Array | string }[]): string {
  const hash = createHash('sha256');
  for (const e of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(e.path);
    hash.update('\0');
    hash.update(e.content);
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path)];
  });
}

/** Writes dist/sw.js precaching every built file (production builds only). */
export function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'microhedge-offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const outDir = join(config.root, config.build.outDir);
      const files = listFiles(outDir).filter((f) => f !== SERVICE_WORKER_FILE);
      const version = contentVersion(files.map((path) => ({ path, content: readFileSync(join(outDir, path)) })));
      writeFileSync(join(outDir, SERVICE_WORKER_FILE), buildServiceWorker(version, precacheUrls(files)));
    },
  };
}
