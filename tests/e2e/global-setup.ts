/**
 * Starts `astro preview` on a free loopback port for the browser tests, building the site first when `dist/` is
 * missing, and hands the base URL to the tests through vitest's provide/inject.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import type {TestProject} from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, attempts = 150): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url}`);
}

let preview: ChildProcess | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    const build = spawnSync('npm', ['run', 'build'], {
      stdio: 'inherit',
      env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1'}
    });
    if (build.status !== 0) throw new Error('astro build failed');
  }
  const port = await freePort();
  preview = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1'},
    detached: true
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(baseUrl + '/', preview);
  project.provide('baseUrl', baseUrl);
}

export async function teardown() {
  // The preview runs in its own process group so npx and astro both stop.
  if (preview?.pid) {
    try {
      process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
