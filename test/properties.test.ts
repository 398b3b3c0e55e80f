// Property-based tests (issue 9) with a FIXED seed and few runs, so `npm test` sees the same cases
// every time; `npm run fuzz` runs the same properties with random seeds for minutes (test/fuzz.test.ts).
// The properties and their generators are in test/helpers/properties.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { EXAMPLES, mutatedProperty, validProperty } from './helpers/properties.js';

const SEED = 20260901;

/** Cases excluded from the fixed-seed runs until the bug they hit is fixed (see the report of issue 9). */
const KNOWN_BUGS: [string, RegExp][] = [];
const skip = (yaml: string) => KNOWN_BUGS.find(([, re]) => re.test(yaml))?.[0];

describe('properties (fixed seed)', () => {
  EXAMPLES.forEach(({ type }, i) => {
    it(`varied valid ${type} specs build in md, docx and pdf, the Markdown holding each varied value`, async () => {
      await fc.assert(validProperty({ formats: ['md', 'docx', 'pdf'], types: [i] }), { seed: SEED + i, numRuns: 1 });
      await fc.assert(validProperty({ formats: ['md'], types: [i] }), { seed: SEED + 10 + i, numRuns: 2 });
    });
  });

  it('mutated specs never throw: ok with each inserted value in the Markdown, or diagnostics with file, line, col, rule, severity, message', async () => {
    await fc.assert(mutatedProperty({ formats: ['md'] }, skip), { seed: SEED, numRuns: 40 });
  });

  it('mutated specs, all three formats', async () => {
    await fc.assert(mutatedProperty({ formats: ['md', 'docx', 'pdf'] }, skip), { seed: SEED + 1, numRuns: 3 });
  });
});
