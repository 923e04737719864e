/**
 * Serves another checkout's built app (its dist/, with its own vite config) the way the e2e
 * harness serves this one, so browser-bench --against can load both in one browser, alternately.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'vite';

export async function serveDist(root: string): Promise<{ url: string; assetsDir: string; close(): Promise<void> }> {
  const dir = resolve(root);
  if (!existsSync(join(dir, 'dist/index.html'))) throw new Error(`${dir}/dist is missing: build that checkout first (npx vite build there)`);
  const server = await preview({ root: dir, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  return { url, assetsDir: join(dir, 'dist/assets'), close: () => server.close() };
}
