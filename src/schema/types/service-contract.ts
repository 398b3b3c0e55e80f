// 客户服务协议合同书: reference 001, chapters 第一章 with clauses 1.1, 1.1.1 and items a).
import * as z from 'zod';
import { confidentiality, dataProtection, fees, frequency, invoice, liability, payment, services, term, termination, training } from '../blocks.js';
import { type AgreementType, header, tail } from '../common.js';
import { blank, d, def, duration, line, opt, positiveWhole, prose } from '../primitives.js';

const id = 'service-contract';
const names = ['客户服务协议合同书', '客户服务合同书'] as const;

const definition = z.strictObject({
  term: blank(line, '术语', 'The defined term, e.g. 工作日'),
  meaning: blank(prose, '含义', 'What it means in this contract'),
});

// built the first time it is asked for: a command reads one type's schema, and building all five
// at start-up costs a cold `validate` about a third of its time
const makeSchema = () =>
  z.strictObject({
    ...header(id, names),
    definitions: opt(z.array(definition).max(30), '补充定义', 'Terms defined beyond 服务, 客户, 服务期限 and 服务费用'),
    term: term(['length']).describe('协议效力 — The term: 服务期限为___年'),
    services: services(['items', 'channels'])
      .extend({
        responseWithin: opt(
          duration('minute', 'hour', 'workingDay'),
          '响应时限',
          'Time to respond to a service request (contact the requester and confirm the need), counted in service hours, e.g. "2 hours"',
        ),
      })
      .describe('服务内容 — Scope (consulting, technical support, maintenance, training), standard, hours and channels'),
    fees: fees(['items']).describe('服务费用 — Consulting, support, maintenance and training fees'),
    partsWarrantyDays: def(
      positiveWhole.max(3650),
      90,
      '更换配件保修天数',
      'Warranty in days from replacement for a part of the price list (fees.unitPrices) whose 说明 gives no warranty of its own; 90 when left out, so every replaced part has one',
    ),
    payment: payment([]).prefault({}).describe('支付方式 — Bank transfer unless the spec lists other means (cash only when listed)'),
    invoice: invoice([]).prefault({}).describe('发票 — The provider issues an invoice (增值税普通发票 unless the spec says otherwise) for each payment'),
    liability: liability.omit({ serviceFailureBasis: true }).prefault({}).describe('服务保障 — Quality guarantee, remedy and liability for losses'),
    confidentiality: confidentiality([]).prefault({}).describe('保密义务 — Both parties keep the contract and trade secrets confidential'),
    supervision: z
      .strictObject({
        inspectionFrequency: def(frequency, 'monthly', '服务质量检查频率', 'How often the client checks service quality'),
        feedbackSummary: blank(frequency, '反馈汇总频率', 'How often the provider summarises and analyses customer feedback'),
      })
      .describe(d('服务监督与反馈', 'Inspection by the client and the feedback loop')),
    dataProtection: dataProtection.prefault({}).describe('数据安全与隐私保护 — Security of customer data and privacy'),
    changes: z
      .strictObject({
        changeNotice: blank(
          duration('day', 'workingDay', 'month'),
          '变更提前通知期限',
          'Advance notice before the provider changes the service, e.g. "15 days"',
        ),
        updateFrequency: opt(frequency, '服务更新频率', 'How often the service is updated'),
      })
      .describe(d('服务变更与更新', 'Changes to and updates of the service')),
    training: training.describe('培训与支持 — Training plan (content, time, place) and technical support'),
    termination: termination().prefault({}).describe('协议终止与解除 — Expiry, early termination and settlement'),
    ...tail(),
  });
type Schema = ReturnType<typeof makeSchema>;
let built: Schema | undefined;

export const serviceContract: AgreementType<Schema> = {
  id,
  names: [...names],
  reference: '001_9043c4a999e92180.txt',
  summary: 'A full service contract in chapters: scope, delivery, fees, assurance, supervision, data, changes, training, termination.',
  partyA: 'provider',
  roleNames: { provider: '服务提供方', client: '服务接受方' },
  clauses: [
    {
      id: 'general',
      title: '总则',
      children: [
        { id: 'definitions', title: '定义' },
        { id: 'purpose', title: '目的' },
        { id: 'effect', title: '协议效力' },
      ],
    },
    {
      id: 'scope',
      title: '服务内容',
      children: [
        { id: 'service-items', title: '服务范围' },
        { id: 'service-standards', title: '服务标准' },
      ],
    },
    {
      id: 'delivery',
      title: '服务提供',
      children: [
        { id: 'service-hours', title: '服务时间' },
        { id: 'service-channels', title: '服务方式' },
      ],
    },
    {
      id: 'fees',
      title: '费用及支付',
      children: [
        { id: 'service-fees', title: '服务费用' },
        { id: 'payment', title: '支付方式' },
      ],
    },
    {
      id: 'assurance',
      title: '服务保障',
      children: [
        { id: 'quality', title: '质量保证' },
        { id: 'confidentiality', title: '保密义务' },
        { id: 'liability', title: '法律责任' },
      ],
    },
    {
      id: 'supervision',
      title: '服务监督与反馈',
      optional: true,
      block: 'supervision',
      children: [
        { id: 'inspection', title: '服务监督' },
        { id: 'feedback', title: '客户反馈' },
      ],
    },
    {
      id: 'data-protection',
      title: '数据安全与隐私保护',
      optional: true,
      block: 'dataProtection',
      children: [
        { id: 'data-security', title: '数据安全' },
        { id: 'privacy', title: '隐私保护' },
      ],
    },
    {
      id: 'changes',
      title: '服务变更与更新',
      optional: true,
      block: 'changes',
      children: [
        { id: 'service-change', title: '服务变更' },
        { id: 'service-update', title: '服务更新' },
      ],
    },
    {
      id: 'training',
      title: '培训与支持',
      optional: true,
      block: 'training',
      children: [
        { id: 'training-plan', title: '培训计划' },
        { id: 'technical-support', title: '技术支持' },
      ],
    },
    {
      id: 'termination',
      title: '协议终止与解除',
      children: [
        { id: 'expiry', title: '协议终止' },
        { id: 'early-termination', title: '协议解除' },
        { id: 'after-termination', title: '解除后的责任' },
      ],
    },
    { id: 'notices', title: '通知与送达' },
    { id: 'disputes', title: '争议解决' },
    { id: 'miscellaneous', title: '其他约定' },
  ],
  numbering: 'chapter',
  get schema() {
    return (built ??= makeSchema());
  },
};
