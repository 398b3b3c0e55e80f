// 客户服务准则 (printed as 《客户服务合同》, the 准则 its annex): reference 002, sections 一、 with items (1); every binding term before the signature
// block (the reference's appendices on breach, glossary and remedies become clauses), annexes after it.
import * as z from 'zod';
import { annex, channel, confidentiality, dataProtection, fees, invoice, liability, payment, serviceLevels, staffing, term, workingHours } from '../blocks.js';
import { type AgreementType, header, tail } from '../common.js';
import { d, def, line, money, opt, positiveWhole, prose } from '../primitives.js';

const id = 'service-standards';

/** The annexes reference 002 lists after its signatures, each with its body, when a spec lists none. */
const DEFAULT_ANNEXES = [
  { title: '客户服务准则', content: 'service-standards' },
  { title: '服务提供方主体资格及资质证明文件', content: 'provider-documents' },
  { title: '服务接受方主体资格及资质证明文件', content: 'client-documents' },
  { title: '满意度调查表', content: 'satisfaction-survey' },
  { title: '服务费用明细表', content: 'fee-schedule' },
  { title: '损失赔偿金的计算公式', content: 'damages-formula' },
] as const;
const names = ['客户服务准则'] as const;

/** 附录: the breach acts, glossary, remedies, scenarios and damages formula, each the standard text when left out. */
const appendices = () =>
  z
    .strictObject({
      breachActs: opt(z.array(line).min(1).max(30), '违约行为及认定', 'Acts that count as breach; the reference list when left out'),
      glossary: opt(
        z
          .array(z.strictObject({ term: line.describe('术语 — Term'), meaning: prose.describe('解释 — Meaning') }))
          .min(1)
          .max(30),
        '法律名词及解释',
        'Glossary of terms; the standard glossary when left out',
      ),
      remedies: opt(
        z
          .array(
            z.strictObject({
              problem: line.describe('问题 — A problem met in performance'),
              remedy: prose.describe('解决办法 — What the other party may do'),
            }),
          )
          .min(1)
          .max(30),
        '执行中遇到的问题及解决办法',
        'Problems and remedies; the standard list when left out',
      ),
      scenarios: opt(z.array(line).min(1).max(30), '适用场景', 'Situations the standards apply to; the standard list when left out'),
      damagesFormula: opt(
        prose,
        '损失赔偿金计算公式',
        'How damages (损失赔偿金) are calculated; a standard formula that deducts penalties already paid when left out',
      ),
    })
    .prefault({})
    .describe(d('附录', 'Breach acts, glossary, problems and remedies, scenarios and the damages formula: clauses of the contract, before the signatures'));

// built the first time it is asked for: a command reads one type's schema, and building all five
// at start-up costs a cold `validate` about a third of its time
const makeSchema = () =>
  z.strictObject({
    ...header(id, names),
    serviceLevels: serviceLevels(['replyWithin', 'complaintResolutionWithin', 'satisfactionSurvey']).describe(
      '服务内容 — Reply to enquiries, solutions to complaints, satisfaction surveys',
    ),
    operations: opt(
      z.strictObject({
        hours: workingHours().describe(d('服务时间', 'Hours in which enquiries and complaints are handled; reply and resolution times count only these hours')),
        channels: def(z.array(channel).min(1), ['phone', 'online-chat'], '服务渠道', 'Channels through which customers reach the provider'),
        agents: opt(positiveWhole.max(10_000), '专职客服人数', 'Dedicated agents the provider keeps on the service, at least'),
        monthlyVolume: opt(
          positiveWhole.max(10_000_000),
          '约定服务量',
          "Enquiries and complaints a month the fee covers; lint's agent-capacity rule checks it against the agents",
        ),
        excessPrice: opt(money, '超量单价', 'Price per enquiry or complaint beyond the monthly volume'),
      }),
      '服务时间、渠道和服务量',
      'Service hours, channels, staffing and the monthly volume the fee covers',
    ),
    standards: opt(
      z.array(line).min(1).max(30),
      '服务标准',
      "The standards the provider's staff meet; the four of the reference (knowledge, problem solving, manner, confidentiality) when left out",
    ),
    staffing: staffing.prefault({}).describe('项目团队 — The minimum full-time team and the notice before a change; the provider manages its staff'),
    fees: fees(['monthly']).describe('服务费用 — RMB ___ per month'),
    payment: payment(['dueWithin']).describe('支付 — Within the first five working days of each month'),
    invoice: invoice([]).prefault({}).describe('发票 — The provider issues an invoice (增值税普通发票 unless the spec says otherwise) for each payment'),
    confidentiality: confidentiality([])
      .prefault({})
      .describe(
        '保密条款 — Survives the end of the contract; a separate confidentiality agreement only when separateAgreement says one is signed, and then listed as an annex',
      ),
    dataProtection: dataProtection
      .prefault({})
      .describe('个人信息保护 — How the provider handles the personal information of end customers it processes for the client'),
    liability: liability.prefault({}).describe('违约责任 — The party in breach compensates the losses'),
    term: opt(term([]), '服务期限', 'Start and end of the service, if the contract has a fixed term'),
    appendices: appendices(),
    ...tail(),
    annexes: def(
      z.array(annex).max(50),
      DEFAULT_ANNEXES.map((a) => ({ ...a })),
      '附件',
      "Annexes listed before the signatures and printed after them; six of the reference (the 客户服务准则, both parties' documents, survey form, fee schedule, damages formula) when left out; the reference's confidentiality agreement only when one is signed (confidentiality.separateAgreement, the agreement listed with separate:)",
    ),
  });
type Schema = ReturnType<typeof makeSchema>;
let built: Schema | undefined;

export const serviceStandards: AgreementType<Schema> = {
  id,
  names: [...names],
  // a bilateral contract, not a set of rules: titled 客户服务合同 (本合同), the 准则 its 附件一 (review SS-S1)
  title: '客户服务合同',
  reference: '002_8684c616c67946ac.txt',
  summary: 'Service standards an outsourced provider meets: reply and complaint times, monthly fee, appendices on breach, glossary and remedies.',
  partyA: 'provider',
  roleNames: { provider: '服务提供方', client: '服务接受方' },
  clauses: [
    { id: 'service-content', title: '服务内容' },
    { id: 'service-standards', title: '服务标准' },
    { id: 'scenarios', title: '适用场景', optional: true, block: 'appendices.scenarios' },
    { id: 'remedies', title: '履行中问题的解决办法', optional: true, block: 'appendices.remedies' },
    { id: 'fees', title: '服务费用' },
    { id: 'confidentiality', title: '保密条款' },
    { id: 'data-protection', title: '个人信息保护', optional: true, block: 'dataProtection' },
    { id: 'liability', title: '违约责任', children: [{ id: 'breach-acts', title: '违约行为的认定', optional: true, block: 'appendices.breachActs' }] },
    { id: 'force-majeure', title: '不可抗力', optional: true },
    { id: 'disputes', title: '争议解决' },
    { id: 'notices', title: '通知与送达', optional: true, block: 'notices' },
    { id: 'effect', title: '合同的生效、变更和终止' },
    { id: 'glossary', title: '法律名词及解释', optional: true, block: 'appendices.glossary' },
    { id: 'annex-list', title: '附件', optional: true, block: 'annexes' },
  ],
  numbering: 'section',
  get schema() {
    return (built ??= makeSchema());
  },
};
