import type { StaticServer } from './staticServer';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __RIME_DEMO_SERVER__?: StaticServer }).__RIME_DEMO_SERVER__;
  await server?.close();
}
