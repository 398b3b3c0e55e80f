// Issue 18, the smaller traps of the first hour (docs: /work/shared/reviews/2026-12-07-newcomer.md,
// "Mistakes and the messages"): each case repeats the newcomer's step on the shipped example and
// asserts what `validate` tells them (position, rule, hint), as the CLI prints it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/errors/diagnostic.js';
import { checkText, root } from './helpers/check.js';

const example = (type: string) => readFileSync(join(root, 'examples', `${type}.yaml`), 'utf8');
/** The example with `from` replaced once, failing when it is not there (the example changed). */
function edit(type: string, from: string | RegExp, to: string): string {
  const spec = example(type);
  const next = spec.replace(from, to);
  expect(next, String(from)).not.toBe(spec);
  return next;
}
function rejected(text: string): Diagnostic[] {
  const r = checkText(text);
  expect(r.ok, 'the spec should be rejected').toBe(false);
  return r.ok ? [] : r.diagnostics;
}
const lineOf = (text: string, s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;

describe('an amount written in Chinese numerals gets the hint 12万元 gets (issue 18)', () => {
  it.each([
    ['12万元', 68000],
    ['十二万', 120000],
    ['十二万元', 120000],
    ['人民币十二万元整', 120000],
    ['一万二千', 12000],
    ['壹拾贰万元整', 120000],
  ])('monthly: %s → hint: write the plain number', (written) => {
    const spec = edit('work-contract', /monthly:\n    amount: 68000\n    inWords: 人民币陆万捌仟元整/, `monthly: ${written}`);
    const ds = rejected(spec);
    expect(ds).toHaveLength(1);
    const want = written === '12万元' ? 120000 : written === '一万二千' ? 12000 : 120000;
    expect(ds[0]).toMatchObject({ line: lineOf(spec, `monthly: ${written}`), path: 'fees.monthly' });
    expect(ds[0]!.hint).toBe(`write ${want}: the amount in yuan as a plain number, without thousands separators, 万 or 元`);
  });

  it('inWords 人民币十二万元整 for 120000: the example shown is the capitals of 120,000, not of 12,000', () => {
    const spec = edit('work-contract', /amount: 68000\n    inWords: 人民币陆万捌仟元整/, 'amount: 120000\n    inWords: 人民币十二万元整');
    const ds = rejected(spec);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.path).toBe('fees.monthly.inWords');
    expect(ds[0]!.message).toContain('人民币壹拾贰万元整');
    expect(ds[0]!.message).not.toContain('壹万贰仟');
  });
});
