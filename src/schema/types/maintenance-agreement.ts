// 客户维护服务协议: reference 003, sections 一、 with clauses 1.1 and 2.1.1; concrete service levels.
import * as z from 'zod';
import { channel, confidentiality, dataProtectionFor, fees, frequency, invoice, liability, payment, term, termination, tiers, weekday } from '../blocks.js';
import { type AgreementType, header, tail } from '../common.js';
import { blank, d, def, duration, email, line, money, opt, percent, positiveWhole, prose, sized, timeOfDay } from '../primitives.js';

const id = 'maintenance-agreement';
const names = ['客户维护服务协议'] as const;

/** 日常客户沟通服务: the channels, the dedicated agents, the outreach list and the reply times. */
const communication = () =>
  z
    .strictObject({
      channels: def(z.array(channel).min(1), ['phone', 'enterprise-wechat', 'email', 'client-system'], '沟通渠道', 'Channels used with end customers'),
      dedicatedAgents: blank(positiveWhole.max(1000), '专属客服人数', 'Number of dedicated agents, e.g. 2'),
      account: blank(sized(line, 'code'), '指定沟通账号', 'The account supplied by the client that agents must use, e.g. 企业微信账号 kefu01'),
      privateAccountsForbidden: def(z.boolean(), true, '禁止使用私人账号', 'Agents may not use private social accounts without written consent'),
      newCustomerContact: blank(frequency, '新客户主动沟通频率', 'Proactive contact with new customers during their first month, e.g. weekly'),
      existingCustomerContactsPerMonth: blank(positiveWhole.max(31), '老客户每月主动沟通次数', 'Proactive contacts per month with existing customers, e.g. 2'),
      outreachListPerAgent: def(
        positiveWhole.max(100_000),
        300,
        '每名专属客服每月沟通名单上限',
        "Proactive contact covers only the customers on the list the client designates each month, at most this many per dedicated agent; 300 unless set (at weekly contact, about 1,300 contacts an agent a month); lint's agent-capacity rule checks what the number makes per agent",
      ),
      outreachListDueDay: def(
        z.number().int().min(1).max(28),
        3,
        '沟通名单提交日',
        "The client gives the month's outreach list by this day of the month, e.g. 3",
      ),
      workingHours: z
        .strictObject({ from: blank(timeOfDay, '开始时间', 'e.g. 09:00'), to: blank(timeOfDay, '结束时间', 'e.g. 18:00') })
        .describe(d('工作时间', 'Working hours on working days')),
      replyWithin: blank(
        duration('minute', 'hour'),
        '工作时间首次人工回复时限',
        'Time in working hours for the first reply by a person (an acknowledgement; the answer follows the tier times), e.g. "15 minutes"',
      ),
      afterHoursReplyBy: blank(
        timeOfDay,
        '非工作时间首次回复时点',
        'Messages left outside hours get a first reply by this time on the next working day, e.g. 09:30',
      ),
    })
    .describe(d('日常客户沟通服务', 'Daily communication with customers'));

// built the first time it is asked for: a command reads one type's schema, and building all five
// at start-up costs a cold `validate` about a third of its time
const makeSchema = () =>
  z.strictObject({
    ...header(id, names, { partyBlanks: ['legalRepresentative', 'registeredAddress', 'contactPerson', 'phone', 'email'] }),
    background: z
      .strictObject({
        clientIndustry: blank(line, '乙方所属行业', "The client's line of business, e.g. 电商运营"),
        clientNeeds: blank(prose, '乙方需求', 'What the client needs from the service'),
        providerCapabilities: blank(prose, '甲方服务能力', "The provider's means: CRM system, experienced team"),
      })
      .describe(d('合作背景', 'Why the parties work together')),
    communication: communication(),
    feedback: z
      .strictObject({
        weeklyReport: def(z.boolean(), true, '周度需求汇总表', 'Send a weekly summary of customer needs'),
        monthlyReport: def(z.boolean(), true, '月度痛点分析报告', 'Send a monthly analysis of pain points'),
        dueWeekday: def(weekday, 'friday', '报送日', 'Weekday the weekly report is due'),
        dueTime: blank(timeOfDay, '报送时点', 'Time it is due, e.g. 17:00'),
        recipient: blank(email, '报送邮箱', "Mailbox of the client's contact that receives the reports"),
      })
      .describe(d('客户需求挖掘与反馈', 'Collecting customer needs and reporting them')),
    tiers: tiers.describe(d('分级处理机制', 'Tiered problem handling; level 1 ≤ level 2 ≤ level 3')),
    onCall: opt(
      z.strictObject({
        from: blank(timeOfDay, '值守开始时间', 'e.g. 18:00'),
        to: blank(timeOfDay, '值守结束时间', 'e.g. 09:00 (the next day)'),
        monthlyFee: opt(money, '值守费', 'Monthly fee for the on-call cover, if not included in the service fee'),
      }),
      '三级问题值守安排',
      'On-call cover for level-3 problems outside working hours; left out, level-3 times run in working hours only',
    ),
    indicators: z
      .strictObject({
        outreachPercent: def(percent, 95, '主动沟通完成率', 'Share of listed customers contacted as often as agreed in the month'),
        replyPercent: def(percent, 95, '回复及时率', 'Share of enquiries given a first reply by a person in time'),
        tierPercent: def(percent, 95, '分级处理及时率', 'Share of level-1 and level-2 problems handled in time'),
      })
      .prefault({})
      .describe(d('考核指标', 'The monthly indicators a 未达标事件 is counted against')),
    serviceReport: z
      .strictObject({
        dueDayOfMonth: blank(z.number().int().min(1).max(28), '服务执行报告提交日', 'The monthly service report is due by this day of the month, e.g. 5'),
        metrics: def(z.array(line).min(1), ['沟通量', '问题解决率', '客户满意度'], '报告指标', 'What the report contains'),
      })
      .describe(d('服务执行报告', 'Monthly service report')),
    rectification: z
      .strictObject({
        resolutionRateBelowPercent: blank(percent, '问题解决率下限', 'If the resolution rate stays below this…, e.g. 85'),
        consecutiveWeeks: blank(
          positiveWhole.max(52),
          '连续周数',
          '…for this many weeks running, the client may demand a written remediation plan (the provider decides staffing), e.g. 2',
        ),
      })
      .describe(d('整改方案', 'When the client may demand a remediation plan')),
    clientSupport: opt(
      prose,
      '乙方业务支持',
      'Business support the client supplies beyond the standard list (product material, policy updates, system access)',
    ),
    fees: fees(['monthly']).describe('服务费用 — Monthly fee'),
    payment: payment(['dueWithin']).describe('支付 — When and how the fee is paid'),
    invoice: invoice(['issueWithin']).describe('发票 — Invoice after payment'),
    term: term(['start', 'end']).describe('服务期限 — Start and end of the service'),
    confidentiality: confidentiality(['period']).describe('保密 — Trade secrets of the client and privacy of end customers'),
    // the type always has proactive care (主动沟通) and needs reports: the data clause allows both by default
    dataProtection: dataProtectionFor({ outreach: 'care', analytics: 'aggregate' })
      .prefault({})
      .describe('个人信息保护 — How the provider handles the personal information of end customers it processes for the client'),
    liability: liability.prefault({}).describe('违约责任'),
    termination: termination().prefault({}).describe('协议的变更与解除'),
    ...tail(),
  });
type Schema = ReturnType<typeof makeSchema>;
let built: Schema | undefined;

export const maintenanceAgreement: AgreementType<Schema> = {
  id,
  names: [...names],
  reference: '003_8429de4c8de9b4a2.txt',
  summary: 'Customer maintenance by a dedicated team: measurable communication, reporting and tiered problem handling.',
  partyA: 'provider',
  roleNames: { provider: '服务提供方', client: '委托方' },
  clauses: [
    {
      id: 'basis',
      title: '协议主体与合作背景',
      children: [
        { id: 'parties-clause', title: '协议主体' },
        { id: 'background', title: '合作背景' },
      ],
    },
    {
      id: 'services',
      title: '服务内容',
      children: [
        { id: 'daily-communication', title: '日常客户沟通服务' },
        { id: 'needs-feedback', title: '客户需求挖掘与反馈' },
        { id: 'problem-handling', title: '客户问题处理服务' },
      ],
    },
    {
      id: 'rights-duties',
      title: '双方权利与义务',
      children: [
        { id: 'provider-rights-duties', title: '甲方权利与义务' },
        { id: 'client-rights-duties', title: '乙方权利与义务' },
      ],
    },
    { id: 'fees', title: '服务费用及支付' },
    { id: 'term', title: '服务期限' },
    { id: 'confidentiality', title: '保密' },
    { id: 'data-protection', title: '个人信息保护', optional: true, block: 'dataProtection' },
    { id: 'liability', title: '违约责任' },
    { id: 'termination', title: '协议的变更与解除' },
    { id: 'disputes', title: '争议解决' },
    { id: 'notices', title: '通知与送达', optional: true, block: 'notices' },
    { id: 'miscellaneous', title: '其他' },
  ],
  numbering: 'section-decimal',
  get schema() {
    return (built ??= makeSchema());
  },
};
