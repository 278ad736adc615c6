// Serves the production build with `vite preview` on a free port for the browser journeys,
// and stops it afterwards (killing its pid stops the server: no npm wrapper in between).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No production build: run `npm run test:e2e` (it builds first).');
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--strictPort', '--port', String(port), '--host', '127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const baseURL = `http://127.0.0.1:${port}/`;
  await waitFor(baseURL, server);
  project.provide('baseURL', baseURL);
  return () => {
    server.kill('SIGTERM');
  };
}
