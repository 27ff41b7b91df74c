/** Builds the browser demo once and serves it on a free localhost port for the browser tests. */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { startStaticServer } from './staticServer';

export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const out = path.join(root, 'build', 'demo-e2e');
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'demo', '--output-path', out], {
    cwd: root,
    stdio: 'pipe',
  });
  const server = await startStaticServer(out);
  (globalThis as { __RIME_DEMO_SERVER__?: unknown }).__RIME_DEMO_SERVER__ = server;
  process.env.RIME_DEMO_URL = server.url;
}
