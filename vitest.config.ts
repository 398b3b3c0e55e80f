// `npx vitest run` at the top runs what `npm test` runs: the suite in test/vitest.config.ts
// (test/*.test.ts, with its global setup). The checks against real clients (test/clients/) run
// only through their own config: `npm run test:clients`.
export { default } from './test/vitest.config.ts';
