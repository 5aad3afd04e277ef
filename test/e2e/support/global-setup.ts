import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app's URL under its sub-path, served with the production CSP. */
    appUrl: string;
    /** Where test/e2e/fixtures/ is served, same origin and CSP as the app. */
    fixturesUrl: string;
  }
}

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const FIXTURES_PATH = '/__e2e-fixtures/';

/** Serves the built site once for every e2e file; `npm run test:e2e` builds it first. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${DIST}index.html`)) {
    throw new Error(
      'dist/index.html is missing: run `npm run test:e2e` (it builds first) or `npx vite build`.',
    );
  }
  const server = await startServer({
    root: DIST,
    port: 0,
    mounts: [{ root: FIXTURES, basePath: FIXTURES_PATH }],
  });
  project.provide('appUrl', server.url);
  project.provide('fixturesUrl', new URL(FIXTURES_PATH, server.url).href);
  return server.close;
}
