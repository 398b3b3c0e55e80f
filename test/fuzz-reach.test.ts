// Reachability of the schema-derived spec generator (issue 23; test/fuzz/spec-gen.ts): across a
// fixed-seed sample, every leaf of every type's schema — every field down to the leaves, every
// enum and literal value, both values of every boolean — is produced at least once, and the
// sampled specs validate. A field the generator cannot reach (a zod kind it does not know, a value
// a hand-written arbitrary or repair() never gives) fails here, named by its path. No builds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type * as z from 'zod';
import { TYPES } from '../src/index.js';
import { loadSpec } from '../src/load/load.js';
import { validateSpec } from '../src/validate/validate.js';
import { invalidLeaves, producedLeaves, schemaLeaves, specArb, unknownKinds } from './fuzz/spec-gen.js';

const SEED = 20261207;
const SAMPLES = 400;

describe('schema-derived spec generator', () => {
  TYPES.forEach((type, i) => {
    it(`reaches every field and value of ${type.id}`, () => {
      const schema = type.schema as z.ZodType;
      const produced = new Set<string>();
      for (const s of fc.sample(specArb([i]), { seed: SEED + i, numRuns: SAMPLES })) producedLeaves(schema, s.spec, '', produced);
      const invalid = invalidLeaves(i);
      const missing = schemaLeaves(schema).filter((leaf) => !produced.has(leaf) && !(leaf in invalid));
      expect({ missing, unknownKinds: [...unknownKinds] }).toEqual({ missing: [], unknownKinds: [] });
    });
  });

  it('gives specs that validate, with no error', () => {
    const problems: string[] = [];
    for (const s of fc.sample(specArb(), { seed: SEED, numRuns: 60 })) {
      const loaded = loadSpec(YAML.stringify(s.spec, { lineWidth: 0 }), 'gen.yaml');
      if (!loaded.ok) {
        problems.push(...loaded.diagnostics.map((d) => `${TYPES[s.typeIndex]!.id}: ${d.ruleId} ${d.path}`));
        continue;
      }
      const r = validateSpec(loaded.spec, {});
      if (!r.ok)
        problems.push(
          ...r.diagnostics
            .filter((d) => d.severity === 'error')
            .map((d) => `${TYPES[s.typeIndex]!.id}: ${d.ruleId} ${d.path}: expected ${d.expected}, got ${d.got}`),
        );
    }
    expect(problems).toEqual([]);
  });
});
