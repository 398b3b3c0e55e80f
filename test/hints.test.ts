// Issue 18, the smaller traps of the first hour (docs: /work/shared/reviews/2026-12-07-newcomer.md,
// "Mistakes and the messages"): each case repeats the newcomer's step on the shipped example and
// asserts what `validate` tells them (position, rule, hint), as the CLI prints it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/errors/diagnostic.js';
import { plainNumber } from '../src/validate/validate.js';
import { checkText, root } from './helpers/check.js';
import { build } from './helpers/pipeline.js';

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

describe('a colloquial Chinese amount gets the figure people mean, or no figure (issue 18, newcomer-3)', () => {
  // 七万五 is 75000 (a last digit straight after 万/千/百 is the next lower place), never 70005
  it.each([
    ['七万五', 75000],
    ['一万二', 12000],
    ['三千五', 3500],
    ['两万', 20000],
    ['一万零五', 10005],
    ['两百五', 250],
    ['一万二千五', 12500],
    ['二十万五', 205000],
    ['十二万五千', 125000],
    ['一千零五十', 1050],
    ['一万零五百', 10500],
    ['十五', 15],
    ['二十五', 25],
    ['一亿二', 120000000],
    ['一亿二千万', 120000000],
    ['三万五千五', 35500],
    ['人民币七万五千元整', 75000],
    ['壹拾贰万元整', 120000],
    ['伍万元', 50000],
    ['七万五元', undefined],
    ['三百五千', undefined],
    ['一二', undefined],
    ['万五', undefined],
    ['一万零', undefined],
    ['一万万', undefined],
    ['零五', undefined],
    ['一百十', undefined],
    ['大约十万', undefined],
  ])('plainNumber(%s) is %s', (text, n) => {
    expect(plainNumber(text)).toBe(n);
  });

  it.each([
    ['七万五', 75000],
    ['一万二', 12000],
    ['三千五', 3500],
  ])("amount: %s → hint: write %s (the newcomer's preview step)", (written, want) => {
    const spec = edit('work-contract', /amount: 68000\n/, `amount: ${written}\n`);
    const ds = rejected(spec);
    const d = ds.find((x) => x.path === 'fees.monthly.amount');
    expect(d, JSON.stringify(ds.map((x) => x.message))).toBeDefined();
    expect(d!.hint).toMatch(new RegExp(`^write ${want}:`));
  });

  it('七万五元 (a short form with 元) gets no figure rather than a guessed one', () => {
    const spec = edit('work-contract', /amount: 68000\n/, 'amount: 七万五元\n');
    const d = rejected(spec).find((x) => x.path === 'fees.monthly.amount');
    expect(d?.hint ?? '').not.toMatch(/write \d/);
  });
});

describe('the common Chinese words for enum values are accepted where they are unambiguous (issue 18)', () => {
  const court = (spec: string) => {
    const r = checkText(spec);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.diagnostics.map((d) => d.message))).toBe(true);
    return r.ok ? (r.contract.spec as { disputes: { court?: string } }).disputes.court : undefined;
  };

  it('kind: 公司 is company; kind: 个人 is individual', () => {
    const r = checkText(edit('work-contract', /(provider:\n    name: [^\n]+\n    kind:) company/, '$1 公司'));
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.contract.spec as { parties: { provider: { kind: string } } }).parties.provider.kind).toBe('company');
    const ds = checkText(edit('work-contract', /(client:\n    name: [^\n]+\n    kind:) company/, '$1 个人'));
    if (!ds.ok) expect(ds.diagnostics.filter((d) => d.path === 'parties.client.kind')).toEqual([]);
  });

  it.each([
    // work-contract: 甲方 is the client (委托方)
    ['work-contract', '甲方所在地', 'client', '甲方住所地'],
    ['work-contract', '乙方住所地', 'provider', '乙方住所地'],
    ['work-contract', '委托方所在地', 'client', '甲方住所地'],
    ['work-contract', '受托方住所地', 'provider', '乙方住所地'],
    // service-standards: 甲方 is the provider
    ['service-standards', '甲方所在地', 'provider', '甲方住所地'],
    ['service-standards', '乙方所在地', 'client', '乙方住所地'],
    ['service-standards', '服务方所在地', 'provider', '甲方住所地'],
  ])('%s: court: %s is %s, and the contract says %s', async (type, written, value, printed) => {
    const spec = edit(type, /\n  court: \w[\w-]*/, `\n  court: ${written}`);
    expect(court(spec)).toBe(value);
    const { md } = await build(spec);
    expect(md).toContain(`任何一方均可将争议提交${printed}有管辖权的人民法院`);
  });

  it('甲方所在地 follows parties.partyA when the spec sets it (written 服务方)', () => {
    const spec = edit('work-contract', 'partyA: client', 'partyA: 服务方').replace(/\n  court: client[^\n]*/, '\n  court: 甲方所在地');
    expect(court(spec)).toBe('provider');
  });

  it('the court hint of a work contract names 甲方（委托方）, not 服务接受方', () => {
    const spec = edit('work-contract', /\n  court: client[^\n]*/, '\n  court: 甲方法院');
    const ds = rejected(spec);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ path: 'disputes.court', line: lineOf(spec, 'court: 甲方法院') });
    expect(ds[0]!.hint).toContain('client = 甲方（委托方）住所地');
    expect(ds[0]!.hint).toContain('provider = 乙方（受托方）住所地');
    expect(ds[0]!.hint).not.toContain('服务接受方');
  });
});

describe('a missing block is reported once, where it belongs (issue 18)', () => {
  it('payment: deleted from a final work contract: one error at the key it belongs before, not three at type:', () => {
    const spec = edit('work-contract', /\npayment:\n(  .*\n)+/, '\n');
    const ds = rejected(spec);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ path: 'payment', ruleId: 'schema/required', line: lineOf(spec, 'invoice:'), col: 1 });
    expect(ds[0]!.line).not.toBe(lineOf(spec, 'type: work-contract'));
    expect(ds[0]!.message).toContain('`dueDay`');
    expect(ds[0]!.hint).toMatch(/^add `payment:` between `fees:` and `invoice:`/);
  });

  it('blocks missing at the end, or with no neighbour, go after the block they follow, named, never 1:1 (issue 18)', () => {
    // only `type:`: every block goes after it, on the line below, and the hint names the block
    const ds = rejected('type: work-contract\n');
    const blocks = ds.filter((d) => d.ruleId === 'schema/required' && !d.path.includes('.'));
    expect(blocks.map((d) => d.path)).toEqual(expect.arrayContaining(['contract', 'parties', 'payment']));
    for (const d of blocks) {
      expect([d.line, d.col], d.path).toEqual([2, 1]);
      expect(d.hint, d.path).toMatch(new RegExp(`^add \`${d.path}:\` after \`type:\``));
    }
    // the spec cut before `liability:`: liability (required) goes after the block before it, on the
    // line below that block's end, not at 1:1 nor at the top of the file
    const spec = example('work-contract');
    const cut = spec.slice(0, spec.indexOf('\nliability:') + 1);
    const tail = rejected(cut).find((d) => d.path === 'liability');
    expect(tail).toMatchObject({ line: lineOf(spec, 'liability:') - 1, col: 1, ruleId: 'schema/required' });
    expect(tail!.hint).toMatch(/^add `liability:` after `dataProtection:`/);
  });

  it('a block inside a mapping (fees.monthly) is reported at the line of that mapping', () => {
    const spec = edit('work-contract', /  monthly:\n    amount: 68000\n    inWords: 人民币陆万捌仟元整\n/, '');
    const ds = rejected(spec);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ path: 'fees.monthly', line: lineOf(spec, 'fees:'), col: 1 });
  });
});
