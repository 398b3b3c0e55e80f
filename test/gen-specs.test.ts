// test/gen-specs.mjs, the generator of batch specs for the benchmark and the batch tests: the same
// specs from the same seed, a prefix for a smaller count, every valid one valid (up to the tree:
// the benchmark builds them all), every invalid one with exactly the mistake it says it has.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { TYPES } from '../src/index.js';
import { coupleFeeRows } from './fee-rows.mjs';
// @ts-expect-error: a plain ESM script without type declarations
import { generateSpecs, writeSpecs } from './gen-specs.mjs';
import { fieldKinds, omittableClauses, pathKey } from './schema-fields.mjs';

interface Generated {
  path: string;
  type: string;
  valid: boolean;
  text: string;
  defect?: { kind: string; path: string; ruleId: string };
}
const gen = (o: { count: number; invalid?: number; seed?: number }) => generateSpecs(o) as Generated[];

describe('gen-specs', () => {
  it('is deterministic from its seed, and a smaller count gives a prefix', () => {
    const a = gen({ count: 10, seed: 3 });
    expect(gen({ count: 10, seed: 3 })).toEqual(a);
    expect(gen({ count: 4, seed: 3 })).toEqual(a.slice(0, 4));
    expect(gen({ count: 10, seed: 4 }).map((s) => s.text)).not.toEqual(a.map((s) => s.text));
  });

  it('covers the five types in nested folders', () => {
    const specs = gen({ count: 10, invalid: 3 });
    expect(new Set(specs.map((s) => s.type)).size).toBe(5);
    for (const s of specs) expect(s.path).toMatch(/^[a-z-]+\/[a-z]+\/(deal|bad)-\d+\.yaml$/);
    expect(specs.filter((s) => !s.valid).map((s) => s.defect!.kind)).toEqual(['bad-date', 'misspelt-key', 'wrong-amount']);
  });

  it('writes valid specs that validate and invalid ones with their one mistake', async () => {
    const specs = gen({ count: 15, invalid: 3, seed: 11 });
    for (const s of specs) {
      const r = await convert(s.text, { file: s.path, formats: [] });
      if (s.valid)
        expect(
          r.diagnostics.filter((d) => d.severity === 'error'),
          s.path,
        ).toEqual([]);
      else
        expect(
          r.diagnostics.map((d) => [d.ruleId, d.path]),
          s.path,
        ).toEqual([[s.defect!.ruleId, s.defect!.path]]);
    }
  });

  it('writes them under the folder it is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-specs-'));
    try {
      const specs = writeSpecs(dir, { count: 5, invalid: 1 }) as Generated[];
      const s = specs[2]!;
      expect(readFileSync(join(dir, s.path), 'utf8')).toBe(s.text);
      expect(readdirSync(dir).sort()).toEqual([...new Set(specs.map((x) => x.type))].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// test/fee-rows.mjs: the one fee-row coupling the three spec generators share (issue 23)
describe('coupleFeeRows', () => {
  const capitals = (n: number) => `人民币${n}元`;
  it('makes the excess price the usage row 超量服务费, or adds the row', () => {
    const spec = { fees: { items: [{ name: '超量服务费', kind: 'usage', amount: 8, unit: '件' }] }, operations: { excessPrice: { amount: 6, inWords: 'x' } } };
    coupleFeeRows(spec, { type: 'service-standards', capitals });
    expect(spec.operations.excessPrice).toEqual({ amount: 8, inWords: '人民币8元' });
    const bare = { fees: { items: [{ name: '服务费', amount: 100, unit: '月', vatRate: 6 }] }, operations: { excessPrice: 6 } };
    coupleFeeRows(bare, { type: 'service-standards', capitals });
    expect(bare.fees.items[1]).toEqual({ name: '超量服务费', kind: 'usage', amount: 6, unit: '件', vatRate: 6 });
  });
  it('makes the on-call fee a fixed row and the monthly fee the sum of the fixed rows, in their forms', () => {
    const spec = {
      fees: {
        monthly: { amount: 1, inWords: 'x' },
        items: [
          { name: '服务费', amount: 16000 },
          { name: '值守费', kind: 'fixed', amount: 2000 },
          { name: '超范围', kind: 'usage', amount: 50 },
        ],
      },
      onCall: { monthlyFee: 1500 },
    };
    coupleFeeRows(spec, { type: 'maintenance-agreement', capitals });
    expect(spec.onCall.monthlyFee).toBe(2000);
    expect(spec.fees.monthly).toEqual({ amount: 18000, inWords: '人民币18000元' });
  });
  it('is what the three generators call', () => {
    for (const f of ['gen-specs.mjs', 'helpers/properties.ts', 'fuzz/spec-gen.ts']) {
      const src = readFileSync(join(import.meta.dirname, f), 'utf8');
      expect(src, f).toMatch(/coupleFeeRows\(spec/);
      expect(src, f).not.toMatch(/rowOf\(|rowLike\(/);
    }
  });
});

// test/schema-fields.mjs: what the generators read from the schemas instead of naming fields (issue 23)
describe('schema fields the generators vary', () => {
  const kindsOf = (id: string) => fieldKinds(TYPES.find((t) => t.id === id)!.schema);
  it('finds the amounts, durations and enum lists of a type', () => {
    const ma = kindsOf('maintenance-agreement');
    expect([ma.get('onCall.monthlyFee'), ma.get('fees.items[].amount'), ma.get('term.terminationNotice'), ma.get('payment.methods')]).toEqual([
      'money',
      'money',
      'duration',
      'enumList',
    ]);
    expect(kindsOf('work-contract').get('liability.client.confidentialityPenalty')).toBe('money');
    expect(pathKey(['fees', 'items', 0, 'amount'])).toBe('fees.items[].amount');
  });
  it('finds the optional clauses a spec may omit, not those whose block is required', () => {
    const omittable = (id: string) => omittableClauses(TYPES.find((t) => t.id === id)!).map(([c]) => c);
    expect(omittable('service-agreement').sort()).toEqual(['data-protection', 'force-majeure', 'notices']);
    // supervision, changes and training print blocks the service contract requires
    expect(omittable('service-contract')).toEqual(['data-protection']);
  });
});
