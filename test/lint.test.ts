// svc-contract lint: each rule found in its fixture (test/fixtures/lint/<rule>.yaml) at the line and
// column of the field it names, and nowhere else; nothing in the examples or in init's drafts;
// severities from the spec and from the settings file; the reporters; the exit codes.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import type { Diagnostic } from '../src/errors/diagnostic.js';
import { similarity } from '../src/lint/drafting.js';
import { CATALOG, LINT_RULE_IDS, type LintRuleId, RULES } from '../src/lint/lint.js';
import { TYPES } from '../src/schema/types/index.js';
import { root } from './helpers/check.js';
import { run, STACK } from './helpers/cli.js';

const fixtures = join(root, 'test', 'fixtures', 'lint');
const fixture = (id: string) => join(fixtures, `${id}.yaml`);

interface SpecJson {
  file: string;
  status: string;
  type?: string;
  diagnostics: Diagnostic[];
}
interface ReportJson {
  command: string;
  summary: { total: number; failed: number; byStatus: Record<string, number> };
  specs: SpecJson[];
}

async function lintJson(args: string[], cwd = root): Promise<{ code: number | null; report: ReportJson; stderr: string }> {
  const r = await run(['lint', ...args, '--reporter', 'json'], { cwd });
  expect(r.stderr).not.toMatch(STACK);
  return { code: r.code, report: JSON.parse(r.stdout) as ReportJson, stderr: r.stderr };
}

/** Lint a spec's text in memory, as the command does: compile() with every rule. */
async function lintText(text: string, draft = false): Promise<Diagnostic[]> {
  const r = await compile(text, { file: 'spec.yaml', draft, lint: { all: true } });
  if (!r.ok || !r.findings) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return r.findings;
}

const example = (type: string) => readFileSync(join(root, 'examples', `${type}.yaml`), 'utf8');
const ids = (ds: Diagnostic[]) => ds.map((d) => d.ruleId);

/**
 * Each rule's finding in its fixture: the line and column, and what the file has there (the key
 * or the value the finding names, or the words it is about inside a clause's text).
 */
const EXPECTED: Record<LintRuleId, [line: number, col: number, there: string]> = {
  'reply-after-resolution': [48, 16, '72 hours'],
  'notice-longer-than-renewal': [65, 22, '1 month'],
  'renewal-without-notice': [190, 3, 'renewal:'],
  'payment-due-after-period': [134, 14, '45 days'],
  'late-payment-rate': [144, 29, '0.1'],
  'zero-penalty': [183, 26, '0'],
  'fee-without-deadline': [119, 1, 'payment:'],
  'arbitration-commission-unclear': [188, 15, '当地仲裁委员会'],
  'cap-below-monthly-fee': [133, 21, '5'],
  'email-service-without-address': [152, 50, 'email'],
  'personal-data-without-clause': [189, 10, 'data-protection'],
  'breach-notice-too-long': [113, 23, '96 hours'],
  'data-use-forbids-service': [181, 13, 'none'],
  'data-categories-missing': [143, 5, '- 姓名或者称呼'],
  'sensitive-data-implied': [119, 14, 'false'],
  'party-signs-after-contract': [53, 18, '2026-11-22'],
  'term-starts-before-signing': [130, 10, '2026-11-01'],
  'special-invoice-to-individual': [147, 9, 'vat-special'],
  'no-remedy-for-poor-service': [124, 21, 'false'],
  'penalty-percent-high': [125, 32, '50'],
  'at-will-notice-exceeds-term': [98, 11, '12 months'],
  'service-penalty-exceeds-monthly-fee': [183, 26, '20000'],
  'agent-capacity': [69, 25, '60000'],
  'per-incident-penalty-uncapped': [128, 36, 'none'],
  'staff-fee-below-floor': [77, 13, '12000'],
  'labour-dispatch-markers': [41, 45, '劳务派遣'],
  'dispatch-marker': [105, 13, '人·天'],
  'term-undefined': [167, 76, '“关键岗位人员”'],
  'term-unused': [52, 11, '服务窗口'],
  'reference-to-omitted': [252, 40, '关于不可抗力的约定'],
  'blank-in-final': [249, 81, '____'],
  'repeats-standard-clause': [166, 13, '|'],
  'identity-simplified': [22, 13, '华康健康'],
};

describe('lint rules', () => {
  it('has at least 15 commercial rules and the drafting rules, each documented, with a fixture and an expected finding', () => {
    expect(RULES.filter((r) => r.group === 'commercial').length).toBeGreaterThanOrEqual(15);
    expect(RULES.filter((r) => r.group === 'drafting').map((r) => r.id)).toEqual([
      'term-undefined',
      'term-unused',
      'reference-to-omitted',
      'blank-in-final',
      'repeats-standard-clause',
      'identity-simplified',
    ]);
    const files = readdirSync(fixtures)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    expect(files).toEqual([...LINT_RULE_IDS].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...LINT_RULE_IDS].sort());
    for (const r of RULES) {
      expect(r.why.length, r.id).toBeGreaterThan(40);
      expect(['error', 'warning', 'info']).toContain(r.severity);
    }
  });

  it('finds each seeded inconsistency in its fixture, at the field it names, and nothing else there', async () => {
    const { code, report } = await lintJson([fixtures]);
    expect(code).toBe(1); // three rules are errors by default
    expect(report.command).toBe('lint');
    expect(report.specs).toHaveLength(LINT_RULE_IDS.length);
    for (const spec of report.specs) {
      const id = spec.file.replace(/^.*\//, '').replace(/\.yaml$/, '') as LintRuleId;
      const [line, col, there] = EXPECTED[id];
      expect(
        spec.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.col}`),
        id,
      ).toEqual([`lint/${id} ${line}:${col}`]);
      const d = spec.diagnostics[0]!;
      expect(d.severity, id).toBe(CATALOG[id].severity);
      expect(spec.status, id).toBe(CATALOG[id].severity === 'error' ? 'lint-errors' : 'linted');
      const source = readFileSync(fixture(id), 'utf8').split('\n')[line - 1]!;
      expect([...source].slice(col - 1).join(''), id).toMatch(new RegExp(`^${there.replace(/[|.*+?()[\]]/g, '\\$&')}`));
    }
  }, 120_000);

  it('finds nothing in the five examples', async () => {
    const { code, report } = await lintJson(TYPES.map((t) => `examples/${t.id}.yaml`));
    expect(code).toBe(0);
    expect(report.specs.map((s) => [s.file, s.status, s.diagnostics.map((d) => d.message)])).toEqual(TYPES.map((t) => [`examples/${t.id}.yaml`, 'linted', []]));
  });

  it("finds nothing in init's drafts of every type, built as drafts; the blank rules stay quiet in a draft", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svc-lint-'));
    for (const t of TYPES) expect((await run(['init', '--type', t.id, `${t.id}.yaml`], { cwd: dir })).code).toBe(0);
    const { code, report } = await lintJson(['.', '--draft'], dir);
    expect(code).toBe(0);
    expect(report.specs.map((s) => [s.status, s.diagnostics.length])).toEqual(TYPES.map(() => ['linted', 0]));
    // a placeholder in a draft is what a draft is for; the same text in a final contract is an error
    const seeded = readFileSync(fixture('blank-in-final'), 'utf8');
    expect(ids(await lintText(seeded))).toEqual(['lint/blank-in-final']);
    expect(ids(await lintText(seeded, true))).toEqual([]);
    expect(ids(await lintText(seeded.replace(/^type: /m, 'draft: true\ntype: ')))).toEqual([]);
  });
});

describe('lint rules, one by one', () => {
  it("identity-simplified: only in a Traditional spec, once per value, a region's own forms allowed (T-M1)", async () => {
    const wc = example('work-contract');
    // a Simplified spec prints Simplified names among Simplified text: nothing to say
    expect(ids(await lintText(wc))).toEqual([]);
    // the same spec in Traditional: each distinct Simplified identity value once (the provider's
    // name is also the bank's account name), each at its first character found only in Simplified
    const tw = await lintText(wc.replace(/^locale: zh-Hans$/m, 'locale: zh-Hant-TW'));
    expect(new Set(ids(tw))).toEqual(new Set(['lint/identity-simplified']));
    expect(tw.map((d) => d.path)).toContain('parties.provider.name');
    expect(tw.map((d) => d.path)).not.toContain('parties.provider.bank.accountName');
    expect(tw.find((d) => d.path === 'parties.provider.name')!.message).toContain('武汉联信客户服务外包有限公司 (汉、联、户、务: Simplified only)');
    // 客户 is Hong Kong's own form: 户 alone is no finding there, in Taiwan it is
    const seeded = readFileSync(fixture('identity-simplified'), 'utf8').replace('南京华康健康科技有限公司', '南京華康客户服務有限公司');
    expect((await lintText(seeded.replace(/^locale: .*$/m, 'locale: zh-Hant-HK'))).map((d) => d.path)).not.toContain('parties.client.name');
    expect((await lintText(seeded)).map((d) => `${d.ruleId} ${d.path}`)).toEqual(['lint/identity-simplified parties.client.name']);
  });

  it('staff-fee-below-floor: the fee before VAT per dedicated staff member against the floor, which the settings file can move', async () => {
    const wc = example('work-contract');
    // 68,000 tax included for 10: about 6,415 a person before VAT, clear of 3,600
    expect(ids(await lintText(wc))).toEqual([]);
    const thin = wc.replace('  dedicatedStaff: 10', '  dedicatedStaff: 18');
    const ds = await lintText(thin);
    expect(ds.map((d) => `${d.ruleId} ${d.path} ${d.got}`)).toEqual(['lint/staff-fee-below-floor fees.monthly.amount 3564 yuan per person']);
    expect(ds[0]!.hint).toContain('上海市 2740 yuan from 2025-07-01');
    // a lower floor set for a repository lets it pass; a higher one catches the example
    const r = await compile(thin, { file: 'spec.yaml', lint: { all: true, settings: { 'staff-fee-below-floor': { level: 'warning', staffFeeFloor: 3000 } } } });
    expect(r.findings).toEqual([]);
    // the maintenance agreement counts its dedicated agents: 16,000 for 2
    expect(ids(await lintText(example('maintenance-agreement').replace('  dedicatedAgents: 2', '  dedicatedAgents: 5')))).toEqual([
      'lint/staff-fee-below-floor',
    ]);
  });

  it("labour-dispatch-markers: 派驻, the client approving staff, a roster of names; the example's wording passes", async () => {
    const wc = example('work-contract');
    const posted = await lintText(wc.replace('雇用对方参与本项目的人员', '雇用对方派驻本项目的人员'));
    expect(posted.map((d) => `${d.ruleId} ${d.path}`)).toEqual(['lint/labour-dispatch-markers clauses.add[0].text']);
    const approved = await lintText(wc.replace('人员更换依照本合同关于项目团队的约定办理。', '人员更换应当事先征得甲方书面同意。'));
    expect(approved.map((d) => `${d.ruleId} ${d.path}`)).toEqual(['lint/labour-dispatch-markers annexes[1].description']);
    expect(approved[0]!.got).toMatch(/^the client approving individual staff: .*征得甲方书面同意$/);
    const roster = await lintText(wc.replace('header: [序号, 岗位, 最低人数, 主要职责, 在岗要求]', 'header: [序号, 岗位, 姓名, 主要职责, 在岗要求]'));
    expect(roster.map((d) => `${d.ruleId} ${d.path}`)).toEqual(['lint/labour-dispatch-markers annexes[1].table.header[2]']);
  });

  it("dispatch-marker: a per-head price, the client replacing staff or the team, the client's exam; the examples' wording passes", async () => {
    for (const id of ['service-standards', 'maintenance-agreement', 'work-contract']) {
      expect(
        (await lintText(example(id))).map((d) => d.ruleId),
        id,
      ).toEqual([]);
    }
    const ss = example('service-standards');
    const perHead = await lintText(ss.replace('      amount: 800\n      unit: 日\n', '      amount: 800\n      unit: 人·天\n'));
    expect(perHead.map((d) => `${d.ruleId} ${d.path}`)).toEqual(['lint/dispatch-marker fees.items[2].unit']);
    expect(perHead[0]!.got).toBe('a price per head or per person-time: 人·天');
    const exam = await lintText(ss.replace('上岗前通过甲方组织的产品知识考核', '上岗前通过乙方组织的产品知识考核'));
    expect(exam.map((d) => `${d.ruleId} ${d.path}`)).toEqual(['lint/dispatch-marker standards[4]']);
    const ma = example('maintenance-agreement');
    const team = await lintText(ma.replace('提出整改要求；', '提出整改要求和更换服务人员的要求；'));
    expect(team.map((d) => `${d.ruleId} ${d.path}`)).toEqual(['lint/dispatch-marker parties.client.contactAuthority']);
    expect(team[0]!.got).toBe('the client replacing individual staff or the team: 更换服务人员');
    // the other types are not outsourcing of a team: a 人·天 rate there is not this rule's business
    const sa = example('service-contract');
    expect((await lintText(sa)).map((d) => d.ruleId)).not.toContain('lint/dispatch-marker');
  });

  it("reply-after-resolution: the maintenance agreement's first reply against the level-1 answer, and the completion time", async () => {
    const m = example('maintenance-agreement').replace('  replyWithin: 15 minutes', '  replyWithin: 45 minutes');
    expect((await lintText(m)).map((d) => `${d.ruleId} ${d.path} ${d.got}`)).toEqual(['lint/reply-after-resolution communication.replyWithin 45 minutes']);
    const s = example('service-agreement')
      .replace('  completionWithin: 3 working days', '  completionWithin: 2 hours')
      .replace('  replyWithin: 30 minutes', '  replyWithin: 3 hours');
    expect((await lintText(s)).map((d) => `${d.ruleId} ${d.path} ${d.expected}`)).toEqual([
      'lint/reply-after-resolution serviceLevels.replyWithin no longer than the completion time of a service request (2 hours, at services.completionWithin)',
    ]);
  });

  it("arbitration-commission-unclear: a named commission passes; a generic one, a party's place, or two commissions do not", async () => {
    const withCommission = (c: string) => example('service-contract').replace('  commission: 苏州仲裁委员会', `  commission: ${c}`);
    for (const ok of [
      '上海国际仲裁中心',
      '中国国际经济贸易仲裁委员会',
      '深圳国际仲裁院',
      'CIETAC',
      '中国海事仲裁委员会',
      '华南国际经济贸易仲裁委员会',
      '中国国际经济贸易仲裁委员会上海分会',
    ])
      expect(ids(await lintText(withCommission(ok))), ok).toEqual([]);
    for (const bad of [
      '仲裁委员会',
      '有管辖权的仲裁机构',
      '甲方所在地仲裁委员会',
      '上海仲裁委员会或北京仲裁委员会',
      '苏州市中级人民法院',
      '上海的仲裁委员会',
      '有关仲裁委员会',
      '所在地仲裁委员会',
      '北京仲裁机构',
      '国际仲裁院',
      '经济贸易仲裁委员会',
    ]) {
      expect(ids(await lintText(withCommission(bad))), bad).toEqual(['lint/arbitration-commission-unclear']);
    }
  });

  it('agent-capacity: outreach list × contacts each, and the volume over the agents, against the bound', async () => {
    const m = example('maintenance-agreement').replace('  outreachListPerAgent: 250', '  outreachListPerAgent: 400');
    expect((await lintText(m)).map((d) => `${d.ruleId} ${d.path} ${d.got}`)).toEqual([
      'lint/agent-capacity communication.outreachListPerAgent 400 customers × 4.33 contacts each = 1733 contacts per agent a month',
    ]);
    const s = example('service-standards').replace('  agents: 5', '  agents: 2');
    expect((await lintText(s)).map((d) => `${d.ruleId} ${d.path} ${d.got}`)).toEqual([
      'lint/agent-capacity operations.monthlyVolume 5000 a month over 2 agents = 2500 each',
    ]);
  });

  it('agent-capacity: the bound is a rule option, in the spec (over the settings file) or the settings file', async () => {
    const s = example('service-standards');
    expect(ids(await lintText(`${s}\nlint:\n  agent-capacity: { contactsPerAgentMonth: 800 }\n`))).toEqual(['lint/agent-capacity']);
    expect(
      ids(await lintText(`${s.replace('  agents: 5', '  agents: 2')}\nlint:\n  agent-capacity: { level: warning, contactsPerAgentMonth: 3000 }\n`)),
    ).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'svc-lint-'));
    writeFileSync(join(dir, 'deal.yaml'), s);
    writeFileSync(join(dir, 'svc-contract.config.yaml'), 'lint:\n  agent-capacity: { level: error, contactsPerAgentMonth: 800 }\n');
    const r = await lintJson(['deal.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.report.specs[0]!.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual(['lint/agent-capacity error']);
    writeFileSync(join(dir, 'svc-contract.config.yaml'), 'lint:\n  agent-capacity: { contactsPerMonth: 1000 }\n');
    const bad = await run(['lint', 'deal.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('contactsPerAgentMonth');
  });

  it('per-incident-penalty-uncapped: only each-incident, beside a tolerating KPI, with no ceiling', async () => {
    const s = example('service-standards').replace('serviceFailureBasis: monthly-indicator', 'serviceFailureBasis: each-incident');
    expect(ids(await lintText(s))).toEqual([]);
    expect(ids(await lintText(s.replace(/serviceFailureMonthlyCapPercent: 20.*/, 'serviceFailureMonthlyCapPercent: none')))).toEqual([
      'lint/per-incident-penalty-uncapped',
    ]);
    const perKpi = example('service-standards').replace(/serviceFailureMonthlyCapPercent: 20.*/, 'serviceFailureMonthlyCapPercent: none');
    expect(ids(await lintText(perKpi))).toEqual([]);
  });

  it("zero-penalty: a work contract's penalty of 0 written with its capitals points at the figure", async () => {
    const w = example('work-contract').replace(
      '    confidentialityPenalty:\n      amount: 50000\n      inWords: 人民币伍万元整',
      '    confidentialityPenalty:\n      amount: 0\n      inWords: 零元整',
    );
    expect((await lintText(w)).map((d) => `${d.ruleId} ${d.path}`)).toEqual(['lint/zero-penalty liability.client.confidentialityPenalty.amount']);
  });

  it('term-undefined: a term defined in the same clause, a quoted example and a contract term are not findings', async () => {
    const text = (body: string) =>
      example('work-contract').replace('该人员主动应聘公开招聘岗位的，不受本条限制。', `该人员主动应聘公开招聘岗位的，不受本条限制。${body}`);
    expect(ids(await lintText(text('本条所称“核心人员”，是指项目经理。甲方不得招聘核心人员。')))).toEqual([]);
    expect(ids(await lintText(text('不得使用如“挖角”等字样的宣传。')))).toEqual([]);
    expect(ids(await lintText(text('“服务费用”依照本合同的约定支付。')))).toEqual([]); // the template defines it
    expect(ids(await lintText(text('“骨干员工”不得被招聘。')))).toEqual(['lint/term-undefined']);
  });

  it('term-unused: a term an added clause defines and nothing uses', async () => {
    const w = example('work-contract').replace(
      '该人员主动应聘公开招聘岗位的，不受本条限制。',
      '该人员主动应聘公开招聘岗位的，不受本条限制。本条所称“人员分摊额”，是指月服务费用除以项目团队人数所得的金额。',
    );
    const ds = await lintText(w);
    // 人员分摊额 defined but never used
    expect(ds.map((d) => `${d.ruleId} ${d.got}`)).toEqual(['lint/term-unused “人员分摊额”, defined but never used']);
  });

  it('repeats-standard-clause: an added clause titled as a standard one', async () => {
    const m = example('maintenance-agreement').replace('      title: 禁止招揽', '      title: 保密');
    const ds = await lintText(m);
    expect(ds.map((d) => `${d.ruleId} ${d.path}`)).toEqual(['lint/repeats-standard-clause clauses.add[0].title']);
    expect(ds[0]!.hint).toContain('clauses.replace.confidentiality');
  });

  it('similarity: the same text 1, unrelated clauses far below the threshold', () => {
    expect(similarity('因不可抗力致使一方不能履行的，部分或者全部免除责任。', '因不可抗力致使一方不能履行的，部分或者全部免除责任。')).toBe(1);
    expect(similarity('甲方应当按月支付服务费用。', '乙方应当对客户信息保密。')).toBeLessThan(0.3);
  });

  it('data rules: each finding names what the contract says; excluded covers implied sensitive data; a prohibition requires nothing', async () => {
    const ma = example('maintenance-agreement');
    // reports for 选品 with no analysis allowed, quoting the background that asks for them
    const noAnalytics = await lintText(ma.replace('  analytics: aggregate # 报告以汇总、去标识化的方式呈现', '  analytics: none'));
    expect(noAnalytics.map((d) => `${d.ruleId} ${d.path}`)).toEqual(['lint/data-use-forbids-service dataProtection.analytics']);
    expect(noAnalytics[0]!.got).toContain('选品');
    // pregnancy data barred from collection instead of handled as sensitive: nothing to find
    const barred = ma
      .replace(
        '  sensitiveCategories: [孕产期状态, 婴幼儿（不满14周岁）的月龄和喂养过敏情况]',
        '  sensitiveCategories: [婴幼儿（不满14周岁）的月龄和喂养过敏情况]',
      )
      .replace('    - 孕产期状态\n', '')
      .replace('  excluded: [孕产妇和婴幼儿的病历、诊断和用药信息]', '  excluded: [孕产期状态和孕产妇的病历、诊断和用药信息]');
    expect(ids(await lintText(barred))).toEqual([]);
    expect(ids(await lintText(barred.replace('  excluded: [孕产期状态和孕产妇的病历、诊断和用药信息]\n', '')))).toEqual(['lint/sensitive-data-implied']);
    // the non-solicitation clause's 推销竞争产品 forbids promotion: it asks for no marketing outreach
    expect(ma).toContain('推销竞争产品');
    expect(ids(await lintText(ma))).toEqual([]);
    // the terminal data a remote session shows (远程协助, 数据导出 in the services), once the categories drop it;
    // the 录屏 the clause's own measures mention is the clause talking about itself, not the service
    const sa = example('service-agreement')
      .replace('    - 远程协助录屏\n', '')
      .replace('  recordsRetention: 6 months # 远程协助录屏自形成之日起保存6个月\n', '');
    expect(ids(await lintText(sa))).toEqual([]);
    const noDevices = await lintText(sa.replace('    - 点餐终端和收银一体机中存储的会员信息和订单数据\n', ''));
    expect(noDevices.map((d) => `${d.ruleId} ${d.path}`)).toEqual(['lint/data-categories-missing dataProtection.categories']);
    expect(noDevices[0]!.expected).toContain('data held on the devices worked on');
  });
});

describe('lint severities', () => {
  const seeded = () => readFileSync(fixture('zero-penalty'), 'utf8');
  const inDir = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'svc-lint-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  it("from the spec's lint: key: error fails the run, off silences the rule", async () => {
    const asError = await lintJson(['deal.yaml'], inDir({ 'deal.yaml': `${seeded()}\nlint:\n  zero-penalty: error\n` }));
    expect(asError.code).toBe(1);
    expect(asError.report.specs[0]!.status).toBe('lint-errors');
    expect(asError.report.specs[0]!.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual(['lint/zero-penalty error']);
    const off = await lintJson(['deal.yaml'], inDir({ 'deal.yaml': `${seeded()}\nlint:\n  zero-penalty: off\n` }));
    expect(off.code).toBe(0);
    expect(off.report.specs[0]!.diagnostics).toEqual([]);
  });

  it("from the settings file, under the spec's own", async () => {
    const config = 'lint:\n  zero-penalty: info\n';
    const fromConfig = await lintJson(['deal.yaml'], inDir({ 'deal.yaml': seeded(), 'svc-contract.config.yaml': config }));
    expect(fromConfig.report.specs[0]!.diagnostics.map((d) => d.severity)).toEqual(['info']);
    const specWins = await lintJson(['deal.yaml'], inDir({ 'deal.yaml': `${seeded()}\nlint:\n  zero-penalty: error\n`, 'svc-contract.config.yaml': config }));
    expect(specWins.code).toBe(1);
    expect(specWins.report.specs[0]!.diagnostics.map((d) => d.severity)).toEqual(['error']);
    const ignored = await lintJson(['deal.yaml', '--no-config'], inDir({ 'deal.yaml': seeded(), 'svc-contract.config.yaml': 'lint:\n  zero-penalty: off\n' }));
    expect(ignored.report.specs[0]!.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });

  it('the staffFeeFloor option in the settings file moves the staff-fee floor; a bad value is a usage error', async () => {
    const wc = example('work-contract');
    const raised = await lintJson(
      ['deal.yaml'],
      inDir({ 'deal.yaml': wc, 'svc-contract.config.yaml': 'lint:\n  staff-fee-below-floor:\n    level: warning\n    staffFeeFloor: 7000\n' }),
    );
    expect(raised.report.specs[0]!.diagnostics.map((d) => `${d.ruleId} ${d.got}`)).toEqual(['lint/staff-fee-below-floor 6415 yuan per person']);
    const bad = await run(['lint', 'deal.yaml'], {
      cwd: inDir({ 'deal.yaml': wc, 'svc-contract.config.yaml': 'lint:\n  staff-fee-below-floor:\n    level: warning\n    staffFeeFloor: lots\n' }),
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('svc-contract.config.yaml:4:20: lint.staff-fee-below-floor.staffFeeFloor: expected a number above zero');
  });

  it('an unknown rule id or severity in the spec is a positioned error, with the nearest id', async () => {
    const text = `${seeded()}\nlint:\n  zero-penalti: off\n  late-payment-rate: loud\n`;
    const lines = text.split('\n');
    const { code, report } = await lintJson(['deal.yaml'], inDir({ 'deal.yaml': text }));
    expect(code).toBe(1);
    expect(report.specs[0]!.status).toBe('invalid');
    const ds = report.specs[0]!.diagnostics;
    expect(ds.map((d) => `${d.line}:${d.col} ${d.ruleId}`)).toEqual([
      `${lines.indexOf('  zero-penalti: off') + 1}:3 schema/unknown-field`,
      `${lines.indexOf('  late-payment-rate: loud') + 1}:22 schema/enum`,
    ]);
    expect(ds[0]!.hint).toBe('did you mean `zero-penalty`?');
    expect(ds[1]!.expected).toMatch(/off.*info.*warning.*error/);
  });

  it('an unknown rule id or severity in the settings file is a usage error at its file:line:col', async () => {
    const badId = await run(['lint', 'deal.yaml'], {
      cwd: inDir({ 'deal.yaml': seeded(), 'svc-contract.config.yaml': 'draft: false\nlint:\n  zero-penalti: off\n' }),
    });
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('svc-contract.config.yaml:3:3: lint.zero-penalti: expected a lint rule id (did you mean zero-penalty?)');
    expect(badId.stdout).toBe('');
    const badLevel = await run(['lint', 'deal.yaml'], {
      cwd: inDir({ 'deal.yaml': seeded(), 'svc-contract.config.json': '{\n  "lint": { "zero-penalty": "fatal" }\n}\n' }),
    });
    expect(badLevel.code).toBe(2);
    expect(badLevel.stderr).toContain('svc-contract.config.json:2:29: lint.zero-penalty: expected one of off, info, warning, error, got "fatal"');
    for (const r of [badId, badLevel]) expect(r.stderr).not.toMatch(STACK);
  });
});

describe('lint on the command line', () => {
  it('human: findings on standard error with the line quoted, a line per spec, the summary; exit 0 for warnings', async () => {
    const r = await run(['lint', 'test/fixtures/lint/zero-penalty.yaml', 'examples/work-contract.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'test/fixtures/lint/zero-penalty.yaml:183:26: warning: liability.serviceFailurePenalty（服务违约金）: expected a penalty above zero, or none written, got 0\n183 |   serviceFailurePenalty: 0\n',
    );
    expect(r.stdout).toBe(
      '✓ test/fixtures/lint/zero-penalty.yaml: 客户维护服务协议 (maintenance-agreement), 1 warning\n✓ examples/work-contract.yaml: 客服工作合同 (work-contract), no findings\n' +
        r.stdout.split('\n')[2] +
        '\n',
    );
    expect(r.stdout.split('\n')[2]).toMatch(/^2 specs: 2 linted, in \d+\.\d s$/);
  });

  it('exit 1 for an error-severity finding and for an invalid spec; 2 for a missing file or no spec at all', async () => {
    expect((await run(['lint', 'test/fixtures/lint/reply-after-resolution.yaml'])).code).toBe(1);
    const invalid = await run(['lint', 'test/fixtures/bad/cross-field.yaml']);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/^✗ test\/fixtures\/bad\/cross-field\.yaml: invalid \(\d+ errors?\), not linted$/m);
    const missing = await run(['lint', 'nowhere.yaml', 'examples/work-contract.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('svc-contract: nowhere.yaml: no such file');
    expect(missing.stdout).toContain('✓ examples/work-contract.yaml');
    const none = await run(['lint']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('name the specs to lint');
    for (const x of [invalid, missing, none]) expect(x.stderr).not.toMatch(STACK);
  });

  it('json: valid against schemas/report.schema.json, with info, warning and error findings and both statuses', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validateReport = ajv.compile(JSON.parse(readFileSync(join(root, 'schemas', 'report.schema.json'), 'utf8')));
    const r = await run([
      'lint',
      'test/fixtures/lint/term-unused.yaml',
      'test/fixtures/lint/zero-penalty.yaml',
      'test/fixtures/lint/blank-in-final.yaml',
      'test/fixtures/bad/cross-field.yaml',
      '--json',
    ]);
    const report = JSON.parse(r.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.summary).toMatchObject({ command: 'lint', total: 4, failed: 2, byStatus: { linted: 2, 'lint-errors': 1, invalid: 1 } });
    expect(report.specs.map((s: SpecJson) => s.diagnostics[0]?.severity)).toEqual(['info', 'warning', 'error', 'error']);
    expect(r.stderr).toMatch(/^4 specs: 2 linted, 1 with lint errors, 1 invalid; 2 failed, in /m);
  });

  it('github: ::notice, ::warning and ::error annotations at the file, line and column, titled with the rule', async () => {
    const r = await run([
      'lint',
      'test/fixtures/lint/term-unused.yaml',
      'test/fixtures/lint/zero-penalty.yaml',
      'test/fixtures/lint/blank-in-final.yaml',
      '--reporter',
      'github',
    ]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(lines.map((l) => l.slice(0, l.indexOf('::', 2)))).toEqual([
      '::notice file=test/fixtures/lint/term-unused.yaml,line=52,col=11,title=svc-contract lint/term-unused',
      '::warning file=test/fixtures/lint/zero-penalty.yaml,line=183,col=26,title=svc-contract lint/zero-penalty',
      '::error file=test/fixtures/lint/blank-in-final.yaml,line=249,col=81,title=svc-contract lint/blank-in-final',
    ]);
  });

  it('junit into --report-file: a failure for the spec with an error, a passing case with its findings for the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svc-lint-'));
    const r = await run(
      [
        'lint',
        join(root, 'test/fixtures/lint/zero-penalty.yaml'),
        join(root, 'test/fixtures/lint/blank-in-final.yaml'),
        '--reporter',
        'junit',
        '--report-file',
        'reports/lint.xml',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    const xml = readFileSync(join(dir, 'reports', 'lint.xml'), 'utf8');
    expect(xml).toContain('<testsuites name="svc-contract lint" tests="2" failures="1" errors="0" skipped="0"');
    expect(xml).toMatch(
      /<testcase classname="svc-contract\.lint\.service-agreement" name="[^"]*blank-in-final\.yaml"[^>]*>\n {6}<failure message="[^"]*blank-in-final\.yaml:249:81: clauses\.add\[0\]\.text（条款内容）: expected the value itself: a final contract has no blanks, got the placeholder ____" type="lint\/blank-in-final">/,
    );
    expect(xml).toMatch(/zero-penalty\.yaml"[^>]*>\n {6}<system-out>[^<]*zero-penalty\.yaml:183:26: warning: [^<]*\[lint\/zero-penalty\]<\/system-out>/);
    // the terminal keeps the human lines
    expect(r.stdout).toContain('✗ ');
  });

  it('--rules lists every rule with its default severity; --rules --json as data', async () => {
    const r = await run(['lint', '--rules']);
    expect(r.code).toBe(0);
    for (const id of LINT_RULE_IDS) expect(r.stdout).toMatch(new RegExp(`^  ${id} +${CATALOG[id].severity} `, 'm'));
    expect(r.stdout).toContain('option contactsPerAgentMonth: contacts or requests one dedicated agent handles in a month (default 1500)');
    const j = JSON.parse((await run(['lint', '--rules', '--json'])).stdout) as { id: string; severity: string; why: string }[];
    expect(j.map((x) => x.id)).toEqual(LINT_RULE_IDS);
  });

  it('README documents every rule with its default severity', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const id of LINT_RULE_IDS) expect(readme, id).toContain(`| \`${id}\` | ${CATALOG[id].severity} |`);
  });
});
