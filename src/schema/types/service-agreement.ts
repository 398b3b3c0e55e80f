// 客户服务协议（样本）: reference 000, a platform's agreement with its customer, drafted as 第X条.
import * as z from 'zod';
import { confidentiality, dataProtection, fees, invoice, liability, payment, serviceLevels, services, term, termination } from '../blocks.js';
import { type AgreementType, header, tail } from '../common.js';
import { blank, line, opt, positiveWhole } from '../primitives.js';

const id = 'service-agreement';
const names = ['客户服务协议', '客户服务协议（样本）', '客户服务协议样本'] as const;

// built the first time it is asked for: a command reads one type's schema, and building all five
// at start-up costs a cold `validate` about a third of its time
const makeSchema = () =>
  z.strictObject({
    ...header(id, names),
    services: services(['items']).describe('服务内容 — Each service item with its content and process'),
    serviceLevels: serviceLevels(['replyWithin', 'complaintResolutionWithin', 'indicators']).describe(
      '服务标准 — Measurable indicators and how they are assessed',
    ),
    fees: fees(['items']).describe('服务费用 — Fixed and usage-based charges and how they are calculated'),
    warranty: opt(
      z.strictObject({
        purchaseContract: opt(
          line,
          '设备购销合同',
          'The contract under which the client bought the devices, whose warranty terms apply, e.g. 乙方与甲方于2025年3月10日签订的《智能餐饮设备购销合同》（合同编号：YF-XS-2025-031）',
        ),
        months: opt(
          positiveWhole,
          '保修月数',
          'Warranty in months from delivery of each device: the whole definition, or the fallback where the purchase contract sets none',
        ),
        partsDays: opt(
          positiveWhole.max(3650),
          '更换配件保修天数',
          'Warranty in days from replacement for a part the price list (fees.unitPrices) gives no warranty of its own, e.g. 90: every replaced part then has one',
        ),
      }),
      '保修期',
      'What 保修期 means where repairs or parts are charged outside it: the warranty of the device purchase contract, or months from delivery; needed when a service or fee mentions 保修期',
    ),
    payment: payment(['dueWithin']).describe('支付 — Payment methods and deadline'),
    invoice: invoice([]).prefault({ onRequest: true }).describe('发票 — Invoice or receipt, on request'),
    platformRules: blank(line, '平台规则', "The platform's rules the customer must follow, e.g. 《XX平台用户服务规则》"),
    confidentiality: confidentiality([]).prefault({}).describe('保密 — Both parties keep confidential what they learn; the customer gives true information'),
    dataProtection: dataProtection.prefault({}).describe('个人信息保护 — How the platform protects customer information'),
    liability: liability.prefault({}).describe('违约责任 — Late or poor service, late payment; proportionate'),
    term: term(['length']).describe('服务期限 — How long the service runs'),
    termination: termination().prefault({}).describe('解除 — Grounds for ending the agreement early'),
    mediationFirst: opt(z.boolean(), '先行调解', 'true: after negotiation the parties try mediation before arbitration or litigation'),
    ...tail(),
  });
type Schema = ReturnType<typeof makeSchema>;
let built: Schema | undefined;

export const serviceAgreement: AgreementType<Schema> = {
  id,
  names: [...names],
  reference: '000_ce476b3b133d7a23.txt',
  summary: 'A platform and its customer: services item by item, measurable standards, fees, confidentiality, liability, disputes.',
  partyA: 'provider',
  roleNames: { provider: '服务平台', client: '客户' },
  clauses: [
    { id: 'qualification', title: '主体资格' },
    { id: 'services', title: '服务内容' },
    { id: 'service-standards', title: '服务标准与考核' },
    { id: 'fees', title: '服务费用及支付' },
    { id: 'client-rights-duties', title: '客户的权利与义务' },
    { id: 'provider-rights-duties', title: '服务平台的权利与义务' },
    { id: 'confidentiality', title: '保密' },
    { id: 'data-protection', title: '个人信息保护', optional: true, block: 'dataProtection' },
    { id: 'liability', title: '违约责任' },
    { id: 'term', title: '服务期限' },
    { id: 'termination', title: '协议的变更与解除' },
    { id: 'force-majeure', title: '不可抗力', optional: true },
    { id: 'disputes', title: '争议解决' },
    { id: 'notices', title: '通知与送达', optional: true, block: 'notices' },
    { id: 'miscellaneous', title: '其他' },
  ],
  numbering: 'article',
  get schema() {
    return (built ??= makeSchema());
  },
};
