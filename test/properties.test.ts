// Property-based tests (issues 9 and 23) with a FIXED seed and few runs, so `npm test` sees the same
// cases every time; `npm run fuzz` runs the same properties with random seeds for minutes
// (test/fuzz.test.ts). The properties over variations of the examples are in
// test/helpers/properties.ts; those over specs generated from the schemas in test/fuzz/properties.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { diffProperty, generatedProperty, mutatedGenProperty, templateProperty } from './fuzz/properties.js';
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

  it('specs generated from the schemas build in md and html in a sampled locale, the same bytes twice', async () => {
    await fc.assert(generatedProperty(undefined, ['md', 'html']), { seed: SEED + 2, numRuns: 5 });
  }, 180_000);

  it('mutated generated specs build or give positioned diagnostics', async () => {
    await fc.assert(mutatedGenProperty(undefined, ['md']), { seed: SEED + 3, numRuns: 20 });
  }, 180_000);

  it('template overrides with random Handlebars build or give template diagnostics', async () => {
    await fc.assert(templateProperty(), { seed: SEED + 4, numRuns: 10 });
  }, 180_000);

  it('textconv and diff of two generated versions never crash', async () => {
    await fc.assert(diffProperty(), { seed: SEED + 5, numRuns: 2 });
  }, 180_000);
});
