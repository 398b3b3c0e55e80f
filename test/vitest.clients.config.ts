// The checks against real clients (LibreOffice, poppler, qpdf): `npm run test:clients`, which
// .ci/run runs after installing them from Debian. The project's own install never needs them.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/clients/**/*.test.ts'],
    globalSetup: ['test/helpers/build.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
