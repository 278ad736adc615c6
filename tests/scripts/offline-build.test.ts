/** The pure parts of the build's service-worker generator: the precache list and the cache version. */
import { describe, expect, it } from 'vitest';
import { contentVersion, precacheUrls } from '../../scripts/vite/offline';
import { buildServiceWorker } from '../../scripts/vite/sw-source';

describe('precacheUrls', () => {
  it('lists the start page and every file by relative path, sorted, without the worker itself or source maps', () => {
    expect(precacheUrls(['index.html', 'assets/b.js', 'sw.js', 'assets/a.js', 'assets/a.js.map', 'data/x.csv'])).toEqual([
      './',
      'assets/a.js',
      'assets/b.js',
      'data/x.csv',
      'index.html',
    ]);
  });
});

describe('contentVersion', () => {
  const files = [
    { path: 'index.html', content: '<html>' },
    { path: 'assets/a.js', content: 'a' },
  ];
  it('is the same for the same files in any order', () => {
    expect(contentVersion(files)).toBe(contentVersion([...files].reverse()));
    expect(contentVersion(files)).toMatch(/^[0-9a-f]{16}$/);
  });
  it('changes when one byte or one name changes', () => {
    const v = contentVersion(files);
    expect(contentVersion([files[0]!, { path: 'assets/a.js', content: 'b' }])).not.toBe(v);
    expect(contentVersion([files[0]!, { path: 'assets/c.js', content: 'a' }])).not.toBe(v);
  });
});

describe('buildServiceWorker', () => {
  it('names its cache by the version and precaches exactly the given URLs', () => {
    const source = buildServiceWorker('abc123', ['./', 'assets/a.js']);
    expect(source).toContain('const CACHE = "microhedge-abc123";');
    expect(source).toContain('const URLS = ["./","assets/a.js"];');
    // Old caches of the app are deleted on activation.
    expect(source).toMatch(/k\.startsWith\(PREFIX\) && k !== CACHE/);
    expect(() => new Function(source)).not.toThrow();
  });
});
