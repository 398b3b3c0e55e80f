// The checks against real clients (LibreOffice, poppler, qpdf) and of the packed package as a user
// installs it (its library example, the CI workflows in examples/ci/): `npm run test:clients`,
// which .ci/run runs after installing those programs from Debian. The project's own install never
// needs them.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/clients/**/*.test.ts'],
    // dist/ built, then packed once for the tests that install the package (pack.ts)
    globalSetup: ['test/helpers/build.ts', 'test/helpers/pack.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
