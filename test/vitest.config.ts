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
    // the files of a worker share its module cache: src/ (fontkit, docx, OpenCC, the faces, the
    // precompiled templates) is imported once per worker, not once per file, which was a quarter of
    // the suite's CPU on 2 cores (issue 21). This is safe because no test mocks a module or changes
    // module state: src/ keeps only caches at module level, and the helpers restore what they set
    // on the process (TZ). A file that needs a module of its own state would set `isolate` back.
    isolate: false,
    // a test that starts processes (git's textconv, the installed command) takes ten times its CPU
    // in wall time on a shared 2-core machine at load 20: 30 s timed out there (issue 21)
    testTimeout: 60_000,
  },
});
