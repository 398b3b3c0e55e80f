// Values as a person types them (电话, 被告所在地, RMB, 9:00), the hints a mistake gets, and one
// error for one mistake: exact messages at file:line:col.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/errors/diagnostic.js';
import { plainNumber } from '../src/validate/validate.js';
import { checkText, root } from './helpers/check.js';
import { build } from './helpers/pipeline.js';

/** "file:line:col: message" and the hint, as the CLI prints them. */
const said = (ds: Diagnostic[]) => ds.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}${d.hint ? ` | hint: ${d.hint}` : ''}`);

function mistakes(text: string): string[] {
  const r = checkText(text);
  expect(r.ok, 'the spec should be rejected').toBe(false);
  return r.ok ? [] : said(r.diagnostics);
}

const example = (id: string) => readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8');
const wc = (body: string) => `type: work-contract\ndraft: true\n${body}`;

/** Replace each `from` once, failing when it is not there (the example changed). */
function rewrite(text: string, pairs: [string | RegExp, string][]): string {
  return pairs.reduce((t, [from, to]) => {
    const next = t.replace(from, to);
    expect(next, String(from)).not.toBe(t);
    return next;
  }, text);
}

describe('Chinese values where a person would type them', () => {
  // every enum of the service-agreement example written in Chinese, CNY as RMB, 08:00 as 8:00
  const chinese = () =>
    rewrite(example('service-agreement'), [
      [/^locale: zh-Hans$/m, 'locale: 简体中文'],
      [/^(\s+)kind: company$/m, '$1kind: 企业'],
      ['channels: [phone, online-chat, network, remote, on-site]', 'channels: [电话, 在线聊天, 网络, 远程协助, 现场服务]'],
      ['days: every-day', 'days: 每日'],
      ['from: "08:00"', 'from: 8:00'],
      ['satisfactionSurvey: monthly', 'satisfactionSurvey: 每月'],
      ['currency: CNY', 'currency: RMB'],
      [/^(\s+)kind: fixed$/m, '$1kind: 固定收费'],
      [/^(\s+)kind: usage$/m, '$1kind: 按量收费'],
      [/^(\s+)timing: in-arrears/m, '$1timing: 上期'],
      [/^(\s+)kind: vat-special$/m, '$1kind: 增值税专用发票'],
      ['method: litigation', 'method: 诉讼'],
      ['court: defendant', 'court: 被告所在地'],
    ]);

  it('are the values themselves: the Contract holds the canonical values, the Markdown is the same', async () => {
    const plain = checkText(example('service-agreement'));
    const written = checkText(chinese());
    expect(plain.ok, JSON.stringify(!plain.ok && plain.diagnostics)).toBe(true);
    expect(written.ok, JSON.stringify(!written.ok && written.diagnostics)).toBe(true);
    if (!plain.ok || !written.ok) throw new Error('asserted above');
    expect(written.contract.spec).toEqual(plain.contract.spec);
    expect((await build(chinese())).md).toBe((await build(example('service-agreement'))).md);
  });

  it('labels, synonyms and times: 电话, 每周, 被告所在地, 9:00, 仲裁, 自然人', () => {
    const r = checkText(
      wc(
        [
          'parties:\n  client:\n    kind: 自然人\n',
          'services:\n  channels: [电话, 邮件, 在线客服]\n  reportFrequency: 每周\n',
          'disputes:\n  method: 仲裁\n  commission: 上海仲裁委员会\n',
          'fees:\n  currency: 港币\n',
        ].join(''),
      ),
    );
    expect(r.ok, JSON.stringify(!r.ok && r.diagnostics)).toBe(true);
    if (!r.ok) return;
    const spec = r.contract.spec as Record<string, Record<string, unknown>>;
    expect(spec.parties!.client).toMatchObject({ kind: 'individual' });
    expect(spec.services).toMatchObject({ channels: ['phone', 'email', 'online-chat'], reportFrequency: 'weekly' });
    expect(spec.disputes).toMatchObject({ method: 'arbitration', commission: '上海仲裁委员会' });
    expect(spec.fees).toMatchObject({ currency: 'HKD' });
    const court = checkText(wc('disputes:\n  method: litigation\n  court: 被告所在地\n'));
    expect(court.ok && (court.contract.spec as { disputes: unknown }).disputes).toEqual({ method: 'litigation', court: 'defendant' });
  });

  it('a time is kept as HH:MM, so that 9:00 still comes before 18:00', () => {
    const text = 'type: maintenance-agreement\ndraft: true\ncommunication:\n  workingHours:\n    from: 9:00\n    to: "18:00"\n  afterHoursReplyBy: 9：30\n';
    const r = checkText(text);
    expect(r.ok, JSON.stringify(!r.ok && r.diagnostics)).toBe(true);
    if (r.ok)
      expect((r.contract.spec as { communication: unknown }).communication).toMatchObject({
        workingHours: { from: '09:00', to: '18:00' },
        afterHoursReplyBy: '09:30',
      });
    expect(mistakes(text.replace('"18:00"', '8:30'))).toEqual([
      'spec.yaml:6:9: communication.workingHours.to（结束时间）: expected a time after the start (09:00), got 08:30',
    ]);
  });

  it('a near miss of a label is told as the label and its value', () => {
    expect(mistakes(wc('services:\n  channels: [电活]\n'))).toEqual([
      'spec.yaml:4:14: services.channels[0]: expected one of `phone`, `email`, `online-chat`, `wechat`, `enterprise-wechat`, `sms`, `network`, `on-site`, `remote`, `client-system`, got the text "电活" | hint: did you mean `电话` (phone)? phone = 电话; email = 电子邮件、邮件; online-chat = 在线聊天、在线客服; wechat = 微信; enterprise-wechat = 企业微信; sms = 短信; network = 网络; on-site = 现场服务; remote = 远程协助; client-system = 客户方客服系统',
    ]);
  });

  it('an enum hint names the labels of its own field (每月 for a frequency, not 按月 of a payment cycle)', () => {
    expect(mistakes(wc('services:\n  reportFrequency: fortnightly\n'))).toEqual([
      'spec.yaml:4:20: services.reportFrequency（统计分析报告频率）: expected one of `daily`, `weekly`, `biweekly`, `monthly`, `quarterly`, `yearly`, got the text "fortnightly" | hint: daily = 每日、每天、按日; weekly = 每周、每星期、按周; biweekly = 每两周、隔周; monthly = 每月、每个月、按月; quarterly = 每季度、每季、按季、按季度; yearly = 每年、每年度、按年',
    ]);
  });
});

describe('the common Chinese words for enum values (issue 18)', () => {
  const sa = () => example('service-agreement');
  const withPayment = (timing: string, cycle = 'monthly') => sa().replace(/^ {2}timing: .*$/m, `  timing: ${timing}\n  cycle: ${cycle}`);

  it('timing: 预付 / 后付, cycle: 按季 / 按年 … read as the values they mean; the contract is the same', async () => {
    for (const [timing, cycle, want] of [
      ['预付', '按季', { timing: 'in-advance', cycle: 'quarterly' }],
      ['先付', '季付', { timing: 'in-advance', cycle: 'quarterly' }],
      ['后付', '按年', { timing: 'in-arrears', cycle: 'yearly' }],
      ['后付费', '月付', { timing: 'in-arrears', cycle: 'monthly' }],
      ['预付费', '一次性支付', { timing: 'in-advance', cycle: 'once' }],
    ] as const) {
      const r = checkText(withPayment(timing, cycle));
      expect(r.ok, `${timing} ${cycle}: ${JSON.stringify(!r.ok && r.diagnostics)}`).toBe(true);
      if (r.ok) expect((r.contract.spec as { payment: unknown }).payment).toMatchObject(want);
    }
    expect((await build(withPayment('后付', '按季'))).md).toBe((await build(withPayment('in-arrears', 'quarterly'))).md);
  });

  it('a word not known is refused with the Chinese words of each value in the hint, in both languages', async () => {
    const text = withPayment('先款');
    const line = text.split('\n').findIndex((l) => l.startsWith('  timing: ')) + 1;
    expect(mistakes(text)).toEqual([
      `spec.yaml:${line}:11: payment.timing（付款安排）: expected one of \`in-advance\`, \`in-arrears\`, got the text "先款" | hint: did you mean \`先付\` (in-advance)? in-advance = 当期、预付、先付、预付费、当期支付; in-arrears = 上期、后付、后付费、次期支付`,
    ]);
    const { localizeDiagnostic } = await import('../src/i18n/localize.js');
    const r = checkText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const zh = localizeDiagnostic(r.diagnostics[0]!, 'zh-CN');
    expect(zh.hint).toBe('是否应为 `先付`（in-advance）？in-advance = 当期、预付、先付、预付费、当期支付; in-arrears = 上期、后付、后付费、次期支付');
    expect([zh.line, zh.col, zh.ruleId]).toEqual([line, 11, 'schema/enum']);
  });
});

describe('hints match the field', () => {
  it('a bare number in a duration gets the unit of that field: 1 year, 2 hours, 15 days', () => {
    expect(mistakes('type: service-contract\ndraft: true\nterm:\n  length: 1\n')).toEqual([
      'spec.yaml:4:11: term.length（服务期限长度）: expected a number and a unit (months, years), e.g. "3 months" or "1 year", got the number 1 | hint: add the unit, e.g. "1 year"',
    ]);
    expect(mistakes(wc('term:\n  renewal: 2\nservices:\n  replyWithin: "2"\ndisputes:\n  method: litigation\n  negotiationPeriod: 15\n'))).toEqual([
      'spec.yaml:4:12: term.renewal（自动续期期限）: expected a number and a unit (months, years), e.g. "3 months" or "1 year", got the number 2 | hint: add the unit, e.g. "2 years"',
      'spec.yaml:6:16: services.replyWithin（响应时限）: expected a number and a unit (minutes, hours), e.g. "15 minutes" or "24 hours", got the text "2" | hint: add the unit, e.g. "2 hours"',
      'spec.yaml:9:22: disputes.negotiationPeriod（协商期限）: expected a number and a unit (days, working days), e.g. "30 days" or "5 working days", got the number 15 | hint: add the unit, e.g. "15 days"',
    ]);
  });

  it('an amount written as people write it (12,000 / 1.2万 / 12,000元) suggests the plain number', () => {
    expect(mistakes(wc('fees:\n  monthly: 12,000\n'))).toEqual([
      'spec.yaml:4:12: fees.monthly（月服务费）: expected an amount such as 12000 or 12000.50, or a map with `amount:` and `inWords:`, got the text "12,000" | hint: write 12000: the amount in yuan as a plain number, without thousands separators, 万 or 元',
    ]);
    expect(mistakes(wc('fees:\n  monthly: 1.2万\n'))).toEqual([
      'spec.yaml:4:12: fees.monthly（月服务费）: expected an amount such as 12000 or 12000.50, or a map with `amount:` and `inWords:`, got the text "1.2万" | hint: write 12000: the amount in yuan as a plain number, without thousands separators, 万 or 元',
    ]);
    expect(mistakes(wc('fees:\n  monthly:\n    amount: 12,000元\n'))).toEqual([
      'spec.yaml:5:13: fees.monthly.amount（金额）: expected a number, got the text "12,000元" | hint: write 12000: a plain number, without quotes, units or thousands separators',
    ]);
  });

  it.each([
    ['12,000', 12000],
    ['1.2万', 12000],
    ['1.15万元', 11500],
    ['¥12,000.50', 12000.5],
    ['人民币3亿元', 300000000],
    ['0.05%', 0.05],
    ['twelve', undefined],
    ['12,000美元', undefined],
  ])('plainNumber(%s) is %s', (text, n) => {
    expect(plainNumber(text)).toBe(n);
  });

  it('a date in another shape suggests it as YYYY-MM-DD', () => {
    expect(mistakes(wc('term:\n  start: 2027/1/1\n  end: 2027年12月31日\n'))).toEqual([
      'spec.yaml:4:10: term.start（服务期限起始日）: expected a date written YYYY-MM-DD, e.g. 2026-01-01, got the text "2027/1/1" | hint: write 2027-01-01: months and days take two digits',
      'spec.yaml:5:8: term.end（服务期限届满日）: expected a date written YYYY-MM-DD, e.g. 2026-01-01, got the text "2027年12月31日" | hint: write 2027-12-31: months and days take two digits',
    ]);
    expect(mistakes(wc('term:\n  start: 20270101\n'))).toEqual([
      'spec.yaml:4:10: term.start（服务期限起始日）: expected a date written YYYY-MM-DD, e.g. 2026-01-01, got the number 20270101 | hint: write 2027-01-01: months and days take two digits',
    ]);
  });
});

describe('one mistake, one error', () => {
  const final = example('work-contract');

  it('a misspelt key is unknown, not also missing', () => {
    expect(mistakes(final.replace('    phone: 025', '    phonee: 025'))).toEqual([
      'spec.yaml:26:5: parties.client.phonee: expected a field of `parties.client`, got unknown field `phonee` | hint: did you mean `phone`?',
    ]);
    expect(mistakes(final.replace(/^contract:$/m, 'contarct:'))).toEqual([
      'spec.yaml:8:1: contarct: expected a field of the spec, got unknown field `contarct` | hint: did you mean `contract`?',
    ]);
  });

  it('a key written as its Chinese term is told its name, and is not also missing', () => {
    expect(mistakes(final.replace('    phone: 025', '    联系电话: 025'))).toEqual([
      'spec.yaml:26:5: parties.client.联系电话: expected a field of `parties.client`, got unknown field `联系电话` | hint: did you mean `phone`? (联系电话 is its Chinese term; keys are written in English)',
    ]);
  });

  it('a key indented one level too little is told where it belongs', () => {
    // the provider's phone written under parties: the provider's phone is not also missing
    const text = final.replace(/^ {4}phone: 027-8771 0350\n/m, '').replace(/^ {2}partyA: client/m, '  phone: 027-8771 0350\n  partyA: client');
    expect(mistakes(text)).toEqual([
      'spec.yaml:18:3: parties.phone: expected a field of `parties`, got unknown field `phone` | hint: `phone` is a field of `parties.provider`: indent it under that block',
    ]);
  });

  it('a bad date is one error, not one for its shape and one for the calendar', () => {
    expect(mistakes(final.replace('signingDate: 2026-11-20', 'signingDate: 2026/11/20'))).toEqual([
      'spec.yaml:11:16: contract.signingDate（签订日期）: expected a date written YYYY-MM-DD, e.g. 2026-01-01, got the text "2026/11/20" | hint: write 2026-11-20: months and days take two digits',
    ]);
    expect(mistakes(final.replace('signingDate: 2026-11-20', 'signingDate: 2026-11-31'))).toEqual([
      'spec.yaml:11:16: contract.signingDate（签订日期）: expected a date that exists on the calendar, got the text "2026-11-31"',
    ]);
  });

  it('`draft: yes` (or a misspelt `draft`) is one error, not also every blank a final contract must fill', () => {
    expect(mistakes('type: work-contract\ndraft: yes\n')).toEqual([
      'spec.yaml:2:8: draft（草稿）: expected true or false, got the text "yes" | hint: write true, unquoted (YAML reads yes, on and "true" as text)',
    ]);
    expect(mistakes('type: work-contract\ndarft: true\n')).toEqual([
      'spec.yaml:2:1: darft: expected a field of the spec, got unknown field `darft` | hint: did you mean `draft`?',
    ]);
    expect(mistakes('type: work-contract\n草稿: true\n')).toEqual([
      'spec.yaml:2:1: 草稿: expected a field of the spec, got unknown field `草稿` | hint: did you mean `draft`? (草稿 is its Chinese term; keys are written in English)',
    ]);
  });
});
