// Lint: TypeScript rules plus the import direction of the code style
// (ui/app -> ui/features -> ui/charts, ui/shared, state -> engine; never back).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noDecimal = { name: 'decimal.js', message: 'Only src/engine/money.ts imports decimal.js; use its Money helpers.' };
const uiPackages = ['react', 'react-dom', 'react-dom/client', 'zustand', 'zustand/middleware', 'zustand/shallow', 'zustand/react/shallow', 'recharts'].map(
  (name) => ({ name, message: 'The engine is framework-free: no React, zustand or Recharts.' }),
);

// Outside the engine, everything comes from its one public entry, src/engine/index.ts.
const engineInternals = { regex: '(^|/)engine/', message: 'Import the engine from its public entry (src/engine/index.ts) only.' };
// Hedge kinds, modes and field declarations are read by the input form on the first screen: the
// engine is handed to them at run time, so they import its types only.
const firstScreenCalc = ['src/calc/kinds/**/*.ts', 'src/calc/modes/**/*.ts', 'src/calc/registry.ts', 'src/calc/kind.ts', 'src/calc/fields.ts', 'src/calc/holdings.ts', 'src/calc/explain.ts', 'src/calc/greeks.ts', 'src/calc/risk-mapping.ts', 'src/calc/portfolio.ts', 'src/calc/types.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noDecimal] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/engine/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noDecimal], patterns: [engineInternals] }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-console': 'error',
      'no-restricted-globals': ['error', 'window', 'document', 'alert', 'localStorage', 'navigator'],
      'no-restricted-imports': [
        'error',
        {
          paths: [noDecimal, ...uiPackages],
          patterns: [{ group: ['**/state/**', '**/ui/**', '**/workers/**'], message: 'The engine imports nothing above it.' }],
        },
      ],
    },
  },
  { files: ['src/engine/money.ts'], rules: { 'no-restricted-imports': ['error', { paths: uiPackages }] } },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noDecimal, { name: 'recharts', message: 'State holds no chart code.' }], patterns: [engineInternals, { group: ['**/ui/**', '**/calc/**'], message: 'State never imports the calculation layer or the UI.' }] },
      ],
    },
  },
  {
    files: ['src/ui/charts/**/*.{ts,tsx}', 'src/ui/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noDecimal], patterns: [engineInternals, { group: ['**/features/**', '**/app/**'], message: 'Shared UI and charts never import features or the app shell.' }] }],
    },
  },
  {
    files: ['src/ui/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noDecimal],
          patterns: [
            engineInternals,
            { group: ['**/app/**'], message: 'Features never import the app shell.' },
            { regex: '^\\.\\./(?!\\.\\.)', message: 'A feature never imports another feature; move shared code to ui/shared.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/calc/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noDecimal, ...uiPackages], patterns: [engineInternals, { group: ['**/ui/**', '**/workers/**'], message: 'The calculation layer never imports the UI or workers.' }] },
      ],
    },
  },
  {
    files: firstScreenCalc,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)engine$', allowTypeImports: true, message: 'Kinds and modes take the engine as an argument (EngineApi): import its types only.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['tests/**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
