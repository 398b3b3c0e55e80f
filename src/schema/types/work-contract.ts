// 客服工作合同: reference 004, 甲方 is the client (委托方); sections 一、 with (一) and 1.
import * as z from 'zod';
import {
  channel,
  confidentiality,
  dataProtection,
  fees,
  frequency,
  indicator,
  invoice,
  liabilityCap,
  payment,
  staffing,
  term,
  workingHours,
} from '../blocks.js';
import { type AgreementType, header, tail } from '../common.js';
import { blank, d, def, duration, line, money, opt, percent, positiveWhole, withWords } from '../primitives.js';

const id = 'work-contract';
const names = ['客服工作合同', '客服工作合同（协议）', '客服工作合同协议', '客服工作協議'] as const;

const penaltyPercent = percent.max(100);

/** What the client may claim back when it ends the contract for the provider's breach (review WC-S13). */
const REFUND = {
  nonconforming: '返还未提供或者不合格服务部分的费用',
  'all-paid': '返还已支付的服务费用',
  'since-breach': '返还违约期间已支付的服务费用',
  unperformed: '退还尚未提供服务部分的费用',
} as const;

/** How 民法典 第九百三十三条 (either party of a 委托合同 may end it at any time) applies. */
const AT_WILL = { excluded: '排除任意解除', priced: '约定解除补偿' } as const;

const atWillTermination = z.strictObject({
  mode: def(
    withWords(z.enum(['excluded', 'priced']), AT_WILL),
    'excluded',
    '任意解除权',
    'excluded (排除任意解除): neither party ends the contract at will during the term, and one that does is in breach (the client pays liability.client.unilateralTerminationPenalty); priced (约定解除补偿): either may, with notice, paying the agreed compensation',
  ),
  notice: opt(
    duration('day', 'workingDay', 'month'),
    '任意解除提前通知期限',
    'priced: the written notice a party gives before it ends the contract at will; term.terminationNotice when left out',
  ),
  providerCompensation: opt(
    money,
    '乙方任意解除补偿',
    "priced: what the provider pays when it ends the contract at will; the client's reasonable costs of changing provider and its direct losses when left out (the client pays liability.client.unilateralTerminationPenalty)",
  ),
});

/** 违约责任: each party's penalties, the refund on termination and the cap. */
const liability = () =>
  z
    .strictObject({
      client: z
        .strictObject({
          confidentialityPenalty: blank(money, '甲方泄密违约金', 'Penalty the client pays for breaching confidentiality'),
          unilateralTerminationPenalty: blank(money, '甲方擅自变更或解除违约金', 'Penalty the client pays for changing or ending the contract on its own'),
        })
        .describe(d('甲方违约责任', "The client's liability")),
      provider: z
        .strictObject({
          poorServicePenaltyPercent: blank(
            penaltyPercent,
            '服务不达标违约金比例',
            'Percent of the total fees due when service stays below standard after rectification',
          ),
          confidentialityPenalty: blank(money, '乙方泄密违约金', 'Penalty the provider pays for breaching confidentiality'),
          subcontractingPenaltyPercent: blank(penaltyPercent, '擅自转包违约金比例', 'Percent of the total fees due for subcontracting without consent'),
          delayPenaltyPercentPerDay: blank(percent.max(1), '逾期服务日违约金比例', 'Percent of the total fees per day of delay'),
          delayTerminateAfter: blank(duration('day', 'workingDay'), '逾期解除期限', 'Delay after which the client may terminate, e.g. "15 days"'),
          delayTerminationPenaltyPercent: blank(penaltyPercent, '逾期解除违约金比例', 'Percent of the total fees due on such termination'),
          refundOnTermination: def(
            withWords(z.enum(['nonconforming', 'all-paid', 'since-breach', 'unperformed']), REFUND),
            'nonconforming',
            '解除后的费用返还',
            "What the client may claim back when it ends the contract for poor service, subcontracting or delay: nonconforming (the default: fees paid for service not given or not up to standard, 民法典 第五百六十六条), all-paid (返还已支付的服务费用, the reference's remedy, which with the penalty a court may cut, 第五百八十五条), since-breach (the fees paid for the period from the breach), unperformed (prepaid fees for service not yet given; nothing when fees are paid in arrears)",
          ),
        })
        .describe(d('乙方违约责任', "The provider's liability")),
      ...liabilityCap,
    })
    .describe(d('违约责任', 'Liability of each party'));

// built the first time it is asked for: a command reads one type's schema, and building all five
// at start-up costs a cold `validate` about a third of its time
const makeSchema = () =>
  z.strictObject({
    ...header(id, names, { partyBlanks: ['legalRepresentative', 'registeredAddress', 'contactPerson', 'phone'] }),
    law: def(line, '《中华人民共和国民法典》', '依据法律', 'The law the recital cites'),
    services: z
      .strictObject({
        channels: def(z.array(channel).min(1), ['phone', 'email', 'online-chat'], '服务方式', 'Channels through which customers are served'),
        tasks: opt(
          z.array(line).min(1).max(30),
          '服务事项',
          'Tasks beyond answering enquiries, handling complaints and suggestions, recording feedback and reporting',
        ),
        replyWithin: blank(
          duration('minute', 'hour'),
          '响应时限',
          'Response time after an enquiry or complaint is received, counted in the service hours, e.g. "2 hours"',
        ),
        hours: opt(
          workingHours(),
          '服务时段',
          'Hours in which enquiries and complaints are handled (服务时段); the response time counts only these hours. Left out, the contract says the response time runs round the clock',
        ),
        hoursNote: opt(line, '服务时段说明', 'Shorter hours of a channel, printed after the hours, e.g. 其中电话渠道为每日08:00至20:00'),
        reportFrequency: def(frequency, 'monthly', '统计分析报告频率', 'How often statistics and analysis reports are delivered'),
        indicators: opt(
          z.array(indicator).min(1).max(30),
          '考核指标',
          "Monthly indicators of the service (电话接通率, 响应达标率, 质检平均分, 投诉办结率 …), printed as a table in 服务标准. Given, the provider's service is 经整改仍未达到要求 for an indicator only when the same indicator is missed in 2 consecutive months after the client's written notice: the trigger of the poor-service penalty and termination (review WC S1). Left out, the contract's content and requirements are the measure",
        ),
        goLiveWithin: opt(
          duration('day', 'workingDay'),
          '上线准备期',
          'Time after the effective date within which the provider starts the service (上线日); fees and the late-start penalty run from then. Left out, the service starts on the first day of the term',
        ),
        volume: opt(
          z.strictObject({
            lower: positiveWhole.describe(
              d('约定服务量下限', 'Enquiries, complaints and call-backs a month below which either party may ask to renegotiate the fee'),
            ),
            upper: positiveWhole.describe(d('约定服务量上限', 'Enquiries, complaints and call-backs a month the fixed fee covers')),
            excessPrice: opt(money, '超量单价', 'Price per item beyond the upper bound; agreed case by case when left out'),
          }),
          '约定服务量区间',
          'The monthly volume band the fixed fee assumes, and what happens outside it',
        ),
      })
      .describe(d('服务内容及要求', 'What the provider does and to what standard')),
    staffing: staffing.prefault({}).describe('项目团队 — The minimum full-time team and the notice before a change; the provider manages its staff'),
    term: term(['start', 'end', 'renewal', 'terminationNotice']).describe('服务期限 — Dates, automatic renewal and notice to end'),
    fees: fees(['monthly']).describe('服务费用 — Fixed monthly fee, in figures and in capitals'),
    payment: payment(['dueDay', 'latePaymentPercentPerDay', 'suspendAfter'])
      .prefault({ timing: 'in-arrears' })
      .describe('支付方式 — Paid by day ___ of each month for the previous month'),
    invoice: invoice(['issueWithin']).describe('发票 — Invoice within ___ working days of payment'),
    medicalDevices: opt(
      z.strictObject({
        escalateWithin: duration('minute', 'hour').describe(
          d('疑似不良事件报告时限', 'How soon the provider reports to the client a complaint suggesting injury or a device malfunction, e.g. "2 hours"'),
        ),
      }),
      '医疗器械',
      "The client's products include medical devices (医疗器械): complaints suggesting injury or malfunction go to the client at once for its adverse-event duties (医疗器械监督管理条例, 医疗器械不良事件监测和再评价管理办法), and agents give no medical or diagnostic advice",
    ),
    atWillTermination: atWillTermination
      .prefault({})
      .describe('任意解除 — How 民法典 第九百三十三条 applies: the at-will exit excluded, or allowed at an agreed price'),
    confidentiality: confidentiality(['period']).describe('保密条款 — throughout the contract and ___ years after it ends'),
    dataProtection: dataProtection
      .prefault({})
      .describe('个人信息保护 — How the provider handles the personal information of end customers it processes for the client'),
    liability: liability(),
    ...tail(),
  });
type Schema = ReturnType<typeof makeSchema>;
let built: Schema | undefined;

export const workContract: AgreementType<Schema> = {
  id,
  names: [...names],
  reference: '004_39c07919c2951605.txt',
  summary: 'A client (委托方, 甲方) engages a provider (受托方, 乙方) to run its customer service; detailed penalties.',
  partyA: 'client',
  roleNames: { provider: '受托方', client: '委托方' },
  clauses: [
    {
      id: 'service',
      title: '服务内容及要求',
      children: [
        { id: 'service-content', title: '服务内容' },
        { id: 'service-requirements', title: '服务要求' },
      ],
    },
    { id: 'term', title: '服务期限' },
    {
      id: 'rights-duties',
      title: '双方权利与义务',
      children: [
        { id: 'client-rights-duties', title: '甲方权利与义务' },
        { id: 'provider-rights-duties', title: '乙方权利与义务' },
      ],
    },
    {
      id: 'fees',
      title: '服务费用及支付方式',
      children: [
        { id: 'service-fee', title: '服务费用' },
        { id: 'payment', title: '支付方式' },
      ],
    },
    { id: 'confidentiality', title: '保密条款' },
    { id: 'data-protection', title: '个人信息保护', optional: true, block: 'dataProtection' },
    {
      id: 'liability',
      title: '违约责任',
      children: [
        { id: 'client-breach', title: '甲方违约责任' },
        { id: 'provider-breach', title: '乙方违约责任' },
      ],
    },
    { id: 'disputes', title: '争议解决' },
    {
      id: 'other',
      title: '其他条款',
      children: [
        { id: 'amendments', title: '协议变更与补充' },
        { id: 'termination', title: '协议解除' },
        { id: 'effect', title: '协议生效与终止' },
        { id: 'notices', title: '通知与送达' },
        { id: 'copies', title: '协议份数' },
      ],
    },
  ],
  numbering: 'section-paren',
  get schema() {
    return (built ??= makeSchema());
  },
};
