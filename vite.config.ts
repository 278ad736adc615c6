import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { noticesPlugins } from './scripts/vite/notices.ts';
import { offlinePlugin } from './scripts/vite/offline.ts';

// Third-party licence notices from the modules actually bundled (page and workers), then the
// service worker precaching every built file (it runs last, after everything is written).
const notices = noticesPlugins('Microhedge');

export default defineConfig({
  plugins: [react(), notices.page, offlinePlugin()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  worker: { format: 'es', plugins: notices.worker },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: ['tests/engine/**/*.test.ts', 'tests/state/**/*.test.ts', 'tests/calc/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/ui/setup.ts'],
          // Whole-app renders in jsdom take seconds on a busy two-core machine.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
