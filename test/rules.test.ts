// Value kinds and cross-field rules, on small specs written inline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest } from '../src/errors/diagnostic.js';
import { SpecError } from '../src/index.js';
import { loadSpec } from '../src/load/load.js';
import { capitals } from '../src/text/money.js';
import { validateSpec } from '../src/validate/validate.js';
import { brief, checkText, root } from './helpers/check.js';

/** Load and validate in one step, throwing one SpecError with every mistake (what compile() reports as diagnostics). */
function parseSpec(input: string, file = '<spec>') {
  const loaded = loadSpec(input, file);
  if (!loaded.ok) throw new SpecError(loaded.diagnostics);
  const result = validateSpec(loaded.spec);
  if (!result.ok) throw new SpecError(result.diagnostics);
  return result.contract;
}

const wc = (body: string) => `type: work-contract\ndraft: true\n${body}`;

describe('money', () => {
  it.each([
    [0, '人民币零元整'],
    [10.05, '人民币壹拾元零伍分'],
    [12000, '人民币壹万贰仟元整'],
    [100000, '人民币壹拾万元整'],
    [12345.67, '人民币壹万贰仟叁佰肆拾伍元陆角柒分'],
    [100000000.01, '人民币壹亿元零壹分'],
  ])('%s in capitals is %s', (n, words) => {
    expect(capitals(n)).toBe(words);
  });

  it('accepts capitals that match, written with 圆 or a 大写 prefix', () => {
    for (const w of ['人民币壹万贰仟元整', '壹万贰仟元整', '人民币壹万贰仟圆整', '大写：人民币壹万贰仟元整']) {
      expect(checkText(wc(`fees:\n  monthly:\n    amount: 12000\n    inWords: ${w}\n`)).ok, w).toBe(true);
    }
  });

  it('rejects capitals that do not match the figure', () => {
    const r = checkText(wc('fees:\n  monthly:\n    amount: 12000.5\n    inWords: 人民币壹万贰仟元整\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.expected).toContain('人民币壹万贰仟元伍角');
  });

  it('rejects fractions of a fen, negative amounts and amounts past the bound', () => {
    for (const [v, exp] of [
      ['10.005', /two decimals/],
      ['-1', /at least 0/],
      ['100000000000', /at most 10000000000/],
    ] as const) {
      const r = checkText(wc(`fees:\n  monthly: ${v}\n`));
      expect(r.ok, v).toBe(false);
      if (!r.ok) expect(r.diagnostics[0]!.expected).toMatch(exp);
    }
  });
});

describe('dates, times and durations', () => {
  it.each(['2026-02-29', '2026-04-31', '2026-00-10'])('%s does not exist', (date) => {
    const r = checkText(wc(`term:\n  start: ${date}\n`));
    expect(r.ok).toBe(false);
  });
  it('2028-02-29 does exist', () => {
    expect(checkText(wc('term:\n  start: 2028-02-29\n  end: 2028-12-31\n')).ok).toBe(true);
  });
  it('durations take English or Chinese units, and only the units a field allows', () => {
    expect(checkText(wc('services:\n  replyWithin: 2 hours\n')).ok).toBe(true);
    expect(checkText(wc('services:\n  replyWithin: 2小时\n')).ok).toBe(true);
    expect(checkText(wc('services:\n  replyWithin: 30 minutes\n')).ok).toBe(true);
    const r = checkText(wc('services:\n  replyWithin: 2 weeks\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.expected).toMatch(/a number and a unit \(minutes, hours\)/);
  });
  it('durations are normalised to a value and a unit', () => {
    const c = parseSpec(wc('invoice:\n  issueWithin: 5 个工作日\n'));
    expect((c.spec as { invoice: { issueWithin: unknown } }).invoice.issueWithin).toEqual({ value: 5, unit: 'workingDay' });
  });
});

describe('cross-field rules', () => {
  it('end after start; the same day is not after', () => {
    const r = checkText(wc('term:\n  start: 2026-01-01\n  end: 2026-01-01\n'));
    expect(!r.ok && brief(r.diagnostics)).toEqual(['5:8 term.end']);
  });
  it('notice shorter than the term (start/end or length)', () => {
    expect(checkText(wc('term:\n  start: 2026-01-01\n  end: 2026-12-31\n  terminationNotice: 1 month\n')).ok).toBe(true);
    const r = checkText(wc('term:\n  start: 2026-01-01\n  end: 2026-01-31\n  terminationNotice: 2 months\n'));
    expect(!r.ok && brief(r.diagnostics)).toEqual(['6:22 term.terminationNotice']);
    const r2 = checkText('type: service-contract\ndraft: true\nterm:\n  length: 1 year\n  terminationNotice: 12 months\n');
    expect(!r2.ok && brief(r2.diagnostics)).toEqual(['5:22 term.terminationNotice']);
  });
  it('tiers in order, level 1 ≤ 2 ≤ 3, and escalate ≤ first solution ≤ closure', () => {
    const ok = checkText(
      'type: maintenance-agreement\ndraft: true\ntiers:\n  level1:\n    answerWithin: 30 minutes\n  level2:\n    coordinateWithin: 2 hours\n  level3:\n    escalateWithin: 10 minutes\n    initialSolutionWithin: 30 minutes\n    closeWithin: 24 hours\n',
    );
    expect(ok.ok).toBe(true);
    const bad = checkText(
      'type: maintenance-agreement\ndraft: true\ntiers:\n  level2:\n    coordinateWithin: 2 hours\n  level3:\n    escalateWithin: 40 minutes\n    initialSolutionWithin: 30 minutes\n    closeWithin: 1 hours\n',
    );
    expect(!bad.ok && brief(bad.diagnostics)).toEqual(['8:28 tiers.level3.initialSolutionWithin', '9:18 tiers.level3.closeWithin']);
  });
  it('percentages stay within 0–100 (and late fees within 1 % a day)', () => {
    const r = checkText(wc('payment:\n  latePaymentPercentPerDay: 5\n'));
    expect(!r.ok && r.diagnostics[0]!.expected).toBe('a number at most 1');
  });
  it('a company needs a legal representative or an authorised agent in final mode', () => {
    const example = readFileSync(join(root, 'examples', 'service-contract.yaml'), 'utf8');
    const without = example.replace(/^\s+legalRepresentative: 高建国\n/m, '');
    const r = checkText(without);
    expect(!r.ok && r.diagnostics.map((d) => d.path)).toEqual(['parties.provider']);
    expect(!r.ok && r.diagnostics[0]!.expected).toMatch(/legalRepresentative.*or an `authorisedAgent`/);
    expect(checkText(without.replace('    name: ', '    authorisedAgent: 张三\n    authorisedAgentIdNumber: "330105199108231519"\n    name: ')).ok).toBe(true);
    // the agent's 授权委托书 names the agent's ID number (cold review MA-S2)
    const r2 = checkText(without.replace('    name: ', '    authorisedAgent: 张三\n    name: '));
    expect(!r2.ok && r2.diagnostics.map((d) => d.path)).toEqual(['parties.provider.authorisedAgent']);
  });
  it('one way to say a thing: end or length, dueDay or dueWithin', () => {
    const r = checkText(wc('term:\n  start: 2026-01-01\n  end: 2026-12-31\n  length: 1 year\npayment:\n  dueDay: 10\n  dueWithin: 5 working days\n'));
    expect(!r.ok && brief(r.diagnostics)).toEqual(['6:3 term.length', '9:3 payment.dueWithin']);
  });
  it('a fee item priced from a list needs no single amount', () => {
    const base = readFileSync(join(root, 'examples', 'service-agreement.yaml'), 'utf8');
    const priced = base.replace(/^(\s+)- name: (.*)\n(\s+)kind: (\w+)\n\s+amount: .*\n/m, '$1- name: $2\n$3kind: $4\n$3priceList: 附件二《收费标准》\n');
    expect(priced).not.toBe(base);
    expect(checkText(priced.replace(/\n\s+priceList: .*\n/, '\n')).ok).toBe(false); // without either: missing amount
    const r = checkText(priced);
    expect(r.ok, JSON.stringify(!r.ok && r.diagnostics)).toBe(true);
  });
  it('a number where text belongs: the hint quotes what was written, leading zero and all', () => {
    const r = checkText(wc('parties:\n  provider:\n    phone: 057188236610\n'));
    expect(!r.ok && r.diagnostics[0]!.hint).toBe('quote it ("057188236610") so that YAML keeps it as text; unquoted, YAML reads it as the number 57188236610');
  });
  it('capitals that do not match carry the Chinese term of the field', () => {
    const r = checkText(wc('fees:\n  monthly:\n    amount: 12000\n    inWords: 人民币壹万贰千元整\n'));
    expect(!r.ok && r.diagnostics[0]!.term).toBe('大写金额');
  });
  it('an omitted appendix whose content is given is an error', () => {
    const r = checkText('type: service-standards\ndraft: true\nappendices:\n  scenarios: [客户咨询]\nclauses:\n  omit: [scenarios]\n');
    expect(!r.ok && brief(r.diagnostics)).toEqual(['6:10 clauses.omit[0]']);
  });
  it('rules skip values a draft leaves blank', () => {
    expect(checkText(wc('term:\n  start: 2026-01-01\n  end:\n')).ok).toBe(true);
  });
  it('working hours that end before they start are one mistake: the reply time is not also outside them', () => {
    const r = checkText(
      'type: maintenance-agreement\ndraft: true\ncommunication:\n  workingHours:\n    from: "09:00"\n    to: "08:30"\n  afterHoursReplyBy: "09:30"\n',
    );
    expect(!r.ok && brief(r.diagnostics)).toEqual(['6:9 communication.workingHours.to']);
  });
});

describe('did you mean', () => {
  it('two neighbouring letters swapped are one slip, not two (darft → draft)', () => {
    expect(closest('darft', ['type', 'draft', 'locale'])).toBe('draft');
    expect(closest('contarct', ['contract', 'parties'])).toBe('contract');
    expect(closest('phoen', ['phone', 'email'])).toBe('phone');
    expect(closest('xyz', ['phone', 'email'])).toBeUndefined();
  });
});

describe('library entry', () => {
  it('parseSpec returns the typed contract, defaults applied, type normalised', () => {
    const c = parseSpec('type: 客服工作合同\ndraft: true\n');
    expect(c.type.id).toBe('work-contract');
    expect(c.draft).toBe(true);
    expect((c.spec as { fees: { currency: string } }).fees.currency).toBe('CNY');
    expect((c.spec as { payment: { timing: string } }).payment.timing).toBe('in-arrears');
  });
  it('parseSpec throws one SpecError carrying every mistake', () => {
    try {
      parseSpec('type: work-contract\ndraft: true\nfoo: 1\nbar: 2\n', 'deal.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SpecError);
      expect((e as SpecError).diagnostics.map((d) => `${d.file}:${d.line}:${d.col}`)).toEqual(['deal.yaml:3:1', 'deal.yaml:4:1']);
      expect((e as SpecError).message).toContain('deal.yaml:3:1: foo: expected a field of the spec, got unknown field `foo`');
    }
  });
  it('the package name resolves to the built library: its doors, and not the stages behind them', async () => {
    const lib: Record<string, unknown> = await import('svc-contract');
    for (const door of ['compile', 'write', 'convert', 'redline', 'compareSpecs', 'formatDiagnostic']) expect(typeof lib[door], door).toBe('function');
    for (const stage of ['loadSpec', 'validateSpec', 'parseSpec', 'buildDocument', 'renderMarkdown', 'typeset', 'writeMarkdown', 'FORMATS'])
      expect(lib[stage], stage).toBeUndefined();
    expect(lib.TYPES).toHaveLength(5);
  });
});

describe('characters no document can carry', () => {
  it.each([
    ['a soft hyphen', '南京华康\u00ad健康科技有限公司'],
    ['a lone surrogate', '南京华康\ud800健康科技有限公司'],
    ['a right-to-left override', '南京华康\u202e健康科技有限公司'],
    ['an interlinear annotation', '南京华康\ufff9健康科技有限公司'],
  ])('%s in a party name is an error at its line', (_what, name) => {
    const spec = readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8').replace(
      /^(\s+name: )南京华康健康科技有限公司$/m,
      `$1"${[...name].map((c) => (c.codePointAt(0)! > 0x7e ? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}` : c)).join('')}"`,
    );
    const r = checkText(spec);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = spec.split('\n').findIndex((l) => l.includes('\\u5357')) + 1;
    expect(r.diagnostics.map((d) => [d.line, d.path, d.expected])).toContainEqual([
      line,
      expect.stringMatching(/\.name$/),
      expect.stringMatching(/control characters or invisible marks/),
    ]);
  });
});
