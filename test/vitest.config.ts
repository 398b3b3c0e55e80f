// Vitest settings, kept under test/ so the top level stays as the design card has it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/*.test.ts'],
    // the CLI tests run bin/svc-contract.js, which runs the compiled dist/: compile first
    globalSetup: ['test/helpers/build.ts'],
    testTimeout: 30_000,
  },
});
