import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/static-server.ts';
import { chromiumPath } from '../support/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built dist/ once for all browser tests. */
export default async function setup(project: TestProject) {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`) || !existsSync(`${dist}pagefind/pagefind.js`)) {
    throw new Error('dist/ has no built site with a search index: run npm run build first (npm test does it for you).');
  }
  chromiumPath();
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return server.close;
}
