/** The pure parts of the third-party notices generator. */
import { describe, expect, it } from 'vitest';
import { formatNotices, isLicenseFile, licenseOf, packageNameFromId } from '../../scripts/vite/notices-text';

describe('packageNameFromId', () => {
  it('finds the package of a bundled module, scoped or not, nested or not', () => {
    expect(packageNameFromId('/app/node_modules/recharts/es6/chart/LineChart.js')).toBe('recharts');
    expect(packageNameFromId('/app/node_modules/@reduxjs/toolkit/dist/index.mjs')).toBe('@reduxjs/toolkit');
    expect(packageNameFromId('/app/node_modules/a/node_modules/b/index.js')).toBe('b');
    expect(packageNameFromId('\0/app/node_modules/react/index.js?commonjs-exports')).toBe('react');
    expect(packageNameFromId('C:\\app\\node_modules\\decimal.js\\decimal.mjs')).toBe('decimal.js');
  });
  it('gives Vite and Rolldown runtime helpers to their packages, and the app code to none', () => {
    expect(packageNameFromId('\0vite/preload-helper.js')).toBe('vite');
    expect(packageNameFromId('\0rolldown/runtime.js')).toBe('rolldown');
    expect(packageNameFromId('/app/src/engine/money.ts')).toBeNull();
    expect(packageNameFromId('/app/node_modules/.vite/deps/x.js')).toBeNull();
  });
});

describe('isLicenseFile', () => {
  it('knows the usual names', () => {
    for (const name of ['LICENSE', 'LICENCE', 'license.md', 'LICENSE.txt', 'LICENSE-MIT', 'COPYING']) expect(isLicenseFile(name), name).toBe(true);
    for (const name of ['package.json', 'README.md', 'licensed.js']) expect(isLicenseFile(name), name).toBe(false);
  });
});

describe('licenseOf', () => {
  it('reads the SPDX field and the legacy forms (npm package.json docs: "license")', () => {
    expect(licenseOf({ license: 'MIT' })).toBe('MIT');
    expect(licenseOf({ license: { type: 'BSD-3-Clause' } })).toBe('BSD-3-Clause');
    expect(licenseOf({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('(MIT OR Apache-2.0)');
    expect(licenseOf({})).toBe('UNKNOWN');
  });
});

describe('formatNotices', () => {
  it('lists each package by name with version, licence and its text; says when a package ships no text', () => {
    const text = formatNotices('App', [
      { name: 'zeta', version: '1.0.0', license: 'ISC', text: null },
      { name: 'alpha', version: '2.1.0', license: 'MIT', text: 'MIT License\n\nCopyright (c) Alpha\n' },
    ]);
    expect(text).toContain('App includes the following 2 open-source packages.');
    expect(text.indexOf('alpha 2.1.0')).toBeLessThan(text.indexOf('zeta 1.0.0'));
    expect(text).toContain('alpha 2.1.0\nLicense: MIT');
    expect(text).toContain('Copyright (c) Alpha');
    expect(text).toContain('(The package ships no licence file; its package.json declares ISC.)');
  });
});
