// The production build ships the licence notices of the third-party code it bundles, linked from
// the footer: every runtime dependency is listed with its version (read from its package.json)
// and its licence text.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const version = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

describe('third-party notices', () => {
  it('are in the build and list each bundled dependency with version, licence and text', () => {
    const text = readFileSync('dist/third-party-notices.txt', 'utf8');
    for (const [name, license] of [
      ['react', 'MIT'],
      ['react-dom', 'MIT'],
      ['recharts', 'MIT'],
      ['decimal.js', 'MIT'],
      ['zustand', 'MIT'],
    ] as const) {
      expect(text, name).toContain(`\n${name} ${version(name)}\nLicense: ${license}\n`);
    }
    // The licence text itself, not only the name (React's and decimal.js's copyright lines).
    expect(text).toContain('Copyright (c) Meta Platforms, Inc. and affiliates.');
    expect(text).toMatch(/Copyright \(c\) \d{4}(-\d{4})? Michael Mclaughlin/);
    // Development-only packages are not in the bundle, so not in the notices.
    expect(text).not.toMatch(/\n(vitest|eslint|typescript|jsdom) \d/);
  });

  it('are linked from the footer and served', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'Third-party licences' });
    const href = await link.getAttribute('href');
    const res = await page.request.get(new URL(href!, page.url()).href);
    expect(res.ok()).toBe(true);
    expect(await res.text()).toMatch(/^Third-party software in Microhedge/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
