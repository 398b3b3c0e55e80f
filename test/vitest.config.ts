// Vitest settings for `npm test`; the vitest.config.ts at the top re-exports them, so that a plain
// `npx vitest run` runs this suite too (never test/clients/, which needs its own setup).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/*.test.ts'],
    // the end-to-end tests (e2e.test.ts) run bin/svc-contract.js, which runs the compiled dist/: compile first
    globalSetup: ['test/helpers/build.ts'],
    // one worker per core: the tests run in-process, the main process only waits (the default
    // leaves a core for it, which on a 2-core machine means one test file at a time)
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
  },
});
