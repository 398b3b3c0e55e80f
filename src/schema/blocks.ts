// Shared clause blocks: each agreement type composes its spec from these, marking which fields
// are blanks (required in final mode) for that type. Field descriptions carry the Chinese term.
import * as z from 'zod';
import { CURRENCIES } from '../text/currency.js';
import {
  blank,
  blankUnless,
  creditCode,
  d,
  date,
  def,
  duration,
  email,
  enumWords,
  identity,
  idNumber,
  line,
  longLine,
  money,
  nameLine,
  opt,
  percent,
  phone,
  positiveWhole,
  prose,
  sized,
  timeOfDay,
  withPartyWords,
  withWords,
} from './primitives.js';

/** Chinese wording of every enum value: printed by the templates, shown by editors, accepted as the value when a spec writes it. */
export const LABELS = {
  channel: {
    phone: '电话',
    email: '电子邮件',
    'online-chat': '在线聊天',
    wechat: '微信',
    'enterprise-wechat': '企业微信',
    sms: '短信',
    network: '网络',
    'on-site': '现场服务',
    remote: '远程协助',
    'client-system': '客户方客服系统',
  },
  paymentMethod: { 'bank-transfer': '银行转账', 'online-payment': '在线支付', cash: '现金', cheque: '支票' },
  frequency: { daily: '每日', weekly: '每周', biweekly: '每两周', monthly: '每月', quarterly: '每季度', yearly: '每年' },
  currency: { CNY: CURRENCIES.CNY.name, HKD: CURRENCIES.HKD.name, USD: CURRENCIES.USD.name },
  partyKind: { company: '企业', individual: '自然人' },
  role: { provider: '服务提供方', client: '服务接受方' },
  feeKind: { fixed: '固定收费', usage: '按量收费' },
  invoiceKind: { 'vat-special': '增值税专用发票', 'vat-ordinary': '增值税普通发票', receipt: '收据' },
  paymentTiming: { 'in-advance': '当期', 'in-arrears': '上期' },
  paymentCycle: { monthly: '按月', quarterly: '按季度', yearly: '按年', once: '一次性' },
  terminationGround: {
    'mutual-agreement': '双方协商一致',
    'material-breach': '一方严重违约',
    'force-majeure': '不可抗力致使合同目的无法实现',
    insolvency: '一方破产、解散或被吊销营业执照',
  },
  noticeMethod: { 'in-person': '专人送达', 'registered-mail': '挂号信', courier: '快递', email: '电子邮件' },
  court: {
    defendant: '被告住所地',
    plaintiff: '原告住所地',
    provider: '服务提供方住所地',
    client: '服务接受方住所地',
    'signing-place': '本合同签订地',
  },
  signingRule: { 'sign-or-seal': '签字或盖章', 'sign-and-seal': '签字并盖章' },
  capBasis: { aggregate: '累计限额', 'per-year': '按服务年度' },
  weekday: { monday: '周一', tuesday: '周二', wednesday: '周三', thursday: '周四', friday: '周五', saturday: '周六', sunday: '周日' },
  locale: { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', 'zh-Hant-TW': '繁體中文（台灣用語）', 'zh-Hant-HK': '繁體中文（香港字形）' },
  serviceDays: { 'working-days': '工作日', 'every-day': '每日' },
  penaltyBasis: { 'monthly-indicator': '考核指标当月未达标', 'beyond-tolerance': '超出考核指标允许比例的未达标服务', 'each-incident': '每一项未达标服务' },
  disputeMethod: { litigation: '诉讼', arbitration: '仲裁' },
  dataRole: { handler: '个人信息处理者', entrusted: '受托人', both: '个人信息处理者兼受托人' },
  dataSubject: { 'end-customers': '终端客户', 'client-staff': '员工', 'handler-staff': '个人信息处理者的员工', signatories: '服务单据签字人' },
  outreach: { none: '不主动联系', care: '售后回访和客户关怀', marketing: '商品和活动推介' },
  analytics: { none: '不作统计分析', aggregate: '汇总统计', profiling: '用户画像' },
  annexContent: {
    'service-standards': '服务项目及服务标准明细',
    'fee-schedule': '服务费用明细及价目表',
    'power-of-attorney': '授权委托书',
    'satisfaction-survey': '满意度调查表',
    'damages-formula': '损失赔偿金的计算公式',
    'provider-documents': '服务提供方主体资格及资质证明文件',
    'client-documents': '服务接受方主体资格及资质证明文件',
    'training-plan': '培训计划',
    'report-templates': '需求汇总表及问题分析报告模板',
    'service-report-template': '服务执行报告模板',
  },
} as const;

/** Other ways people write a value, beside its label (which is accepted too). */
const SYNONYMS: { [G in keyof typeof LABELS]?: { [V in keyof (typeof LABELS)[G]]?: readonly string[] } } = {
  channel: { email: ['邮件'], 'online-chat': ['在线客服'] },
  paymentMethod: { 'bank-transfer': ['银行汇款', '转账'] },
  frequency: {
    daily: ['每天', '按日'],
    weekly: ['每星期', '按周'],
    biweekly: ['隔周'],
    monthly: ['每个月', '按月'],
    quarterly: ['每季', '按季', '按季度'],
    yearly: ['每年度', '按年'],
  },
  feeKind: { fixed: ['固定费用', '固定'], usage: ['按量计费', '按量'] },
  invoiceKind: { 'vat-special': ['专票', '增值税专票'], 'vat-ordinary': ['普票', '增值税普票'] },
  // 预付: each period paid in (or before) it; 后付: paid after it, in the next
  paymentTiming: { 'in-advance': ['预付', '先付', '预付费', '当期支付'], 'in-arrears': ['后付', '后付费', '次期支付'] },
  paymentCycle: {
    monthly: ['月付', '按月支付', '每月'],
    quarterly: ['按季', '季付', '按季度支付', '每季度'],
    yearly: ['年付', '按年支付', '按年度', '每年'],
    once: ['一次性支付', '一次付清'],
  },
  capBasis: { aggregate: ['累计'], 'per-year': ['按年', '每个服务年度'] },
  signingRule: { 'sign-or-seal': ['签字或者盖章'], 'sign-and-seal': ['签字并且盖章'] },
  noticeMethod: { 'in-person': ['专人递送', '当面送达'], 'registered-mail': ['挂号邮件'], courier: ['快递送达', '特快专递'], email: ['邮件', '电子邮件送达'] },
  currency: { CNY: ['RMB', '人民币元'], HKD: ['港币'], USD: ['美金'] },
  partyKind: { company: ['公司'], individual: ['个人'] },
  // the names the five types give the two parties (roleNames): each names one role in every type
  role: { provider: ['服务方', '受托方', '服务平台'], client: ['委托方', '客户'] },
  court: {
    defendant: ['被告所在地'],
    plaintiff: ['原告所在地'],
    provider: ['服务提供方所在地', '服务方住所地', '服务方所在地', '受托方住所地', '受托方所在地', '服务平台住所地', '服务平台所在地'],
    client: ['服务接受方所在地', '委托方住所地', '委托方所在地', '客户住所地', '客户所在地'],
    'signing-place': ['合同签订地', '签订地'],
  },
  locale: { 'zh-Hans': ['简体'], 'zh-Hant': ['繁体', '繁體'] },
  serviceDays: { 'working-days': ['周一至周五'], 'every-day': ['每天', '全年无休'] },
};

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** An enum of a LABELS group's values, which also accepts each value's label and synonyms as written. */
export function labelled<G extends keyof typeof LABELS>(group: G) {
  return withWords(z.enum(keys(LABELS[group])), LABELS[group], (SYNONYMS[group] ?? {}) as Record<string, readonly string[]>);
}
/** Which party a spec makes 甲方, as written (client, 委托方 …): the role, or undefined when it names none. */
export const role = labelled('role');
export function roleOf(written: unknown): 'provider' | 'client' | undefined {
  if (written === 'provider' || written === 'client') return written;
  const v = typeof written === 'string' ? enumWords.get(role)?.aliases[written] : undefined;
  return v === 'provider' || v === 'client' ? v : undefined;
}
/** The court: 甲方住所地 (所在地) and 乙方住所地 name provider or client as the spec's 甲方 is. */
const court = withPartyWords(labelled('court'), { 甲方住所地: 'A', 甲方所在地: 'A', 乙方住所地: 'B', 乙方所在地: 'B' });
export const channel = labelled('channel');
export const paymentMethod = labelled('paymentMethod');
export const frequency = labelled('frequency');
export const weekday = labelled('weekday');

/**
 * A field factory for one block of one type: keys listed in `blanks` become blanks (required in
 * final mode), the others optional. Lets each type say which blanks its reference document has.
 */
export function fieldsFor<K extends string>(blankKeys: readonly K[]) {
  const set = new Set<string>(blankKeys);
  return <T extends z.ZodType>(key: K | (string & {}), schema: T, term: string, en: string) =>
    set.has(key) ? blank(schema, term, en) : (opt(schema, term, en) as unknown as ReturnType<typeof blank<T>>);
}

// ── parties ─────────────────────────────────────────────────────────────────────────────────────

const bankAccount = z.strictObject({
  bankName: identity(blank(longLine, '开户银行', 'Bank and branch, e.g. 招商银行上海分行营业部')),
  accountName: identity(blank(nameLine, '户名', 'Account holder, normally the party itself')),
  accountNumber: identity(
    blank(sized(z.string().regex(/^[0-9 ]{6,40}$/, 'digits (spaces allowed)'), 'code'), '账号', 'Account number; quote it so YAML keeps it as text'),
  ),
});

// defaultSnippets: what an editor offers to insert for a whole party or fee item ($1 … are the
// stops the cursor jumps between; a "^" value is inserted unquoted, as a number)
const PARTY_SNIPPETS = [
  {
    label: '企业 company',
    description: '当事人（企业）: name, credit code, legal representative, address, contact',
    body: { name: '$1', kind: 'company', creditCode: '$2', legalRepresentative: '$3', registeredAddress: '$4', contactPerson: '$5', phone: '$6', email: '$7' },
  },
  {
    label: '自然人 individual',
    description: '当事人（自然人）: name, ID number, residence, phone',
    body: { name: '$1', kind: 'individual', idNumber: '$2', registeredAddress: '$3', phone: '$4' },
  },
];

export function party(blankKeys: readonly PartyField[] = ['registeredAddress', 'contactPerson', 'phone']) {
  const f = fieldsFor(blankKeys);
  return z
    .strictObject({
      name: identity(blank(nameLine, '名称', 'Full registered name of the company, or the name of the individual')),
      kind: def(labelled('partyKind'), 'company', '主体类型', 'company (企业) or individual (自然人); an individual signs in person'),
      creditCode: identity(opt(creditCode, '统一社会信用代码', 'Unified social credit code of a company; its check character is verified')),
      idNumber: identity(opt(idNumber, '身份证号码', 'ID card number of an individual; its check digit is verified')),
      legalRepresentative: identity(f('legalRepresentative', nameLine, '法定代表人', 'Legal representative of a company')),
      authorisedAgent: identity(opt(line, '授权代表', 'Authorised agent who signs instead of the legal representative')),
      authorisedAgentIdNumber: identity(
        opt(
          idNumber,
          '授权代表身份证件号码',
          'ID card number of the authorised agent, printed in the signing 授权委托书; required in a final build when an agent signs',
        ),
      ),
      registeredAddress: identity(f('registeredAddress', longLine, '住所', 'Registered address (注册地址) of a company, or the residence of an individual')),
      mailingAddress: identity(opt(longLine, '通讯地址', 'Address for notices, if it differs from the registered address')),
      contactPerson: identity(f('contactPerson', nameLine, '联系人', 'Person who handles this contract day to day')),
      contactAuthority: opt(prose, '对接人权限', 'What the contact person may decide, as stated in the sealed power of attorney (授权委托书)'),
      contactIdNumber: identity(
        opt(
          idNumber,
          '对接人身份证件号码',
          "ID card number of the contact person, printed in the contact's 授权委托书 (power-of-attorney annex); required in a final build when that annex is listed",
        ),
      ),
      phone: identity(f('phone', phone, '联系电话', 'Phone number for this contract')),
      email: identity(f('email', email, '电子邮箱', 'E-mail address for this contract and for notices')),
      qualification: opt(prose, '主体资格', 'Licences and qualifications the party holds, e.g. 营业执照、增值电信业务经营许可证'),
      bank: opt(bankAccount, '收款账户', 'Bank account that receives payments under this contract'),
      signingDate: opt(date, '签署日期', "Date this party signs, if it differs from the contract's signing date"),
    })
    .meta({ defaultSnippets: PARTY_SNIPPETS });
}

export type PartyField = 'legalRepresentative' | 'registeredAddress' | 'contactPerson' | 'phone' | 'email';

export function parties(partyBlanks?: readonly PartyField[]) {
  return z.strictObject({
    provider: party(partyBlanks).describe('服务提供方 — The party that provides the customer service'),
    client: party(partyBlanks).describe('服务接受方 — The party that receives the service (委托方 in a work contract)'),
    partyA: opt(role, '甲方', 'Which party is 甲方 (the other is 乙方); the agreement type decides when left out'),
  });
}

// ── the contract as a whole ─────────────────────────────────────────────────────────────────────

export function contractInfo(signingRule: 'sign-or-seal' | 'sign-and-seal') {
  return z.strictObject({
    number: identity(blank(sized(line, 'code'), '合同编号', 'Contract number, e.g. KF-2026-0001')),
    title: opt(longLine, '合同名称', "Title printed on the contract; the type's own title when left out"),
    signingDate: blank(date, '签订日期', 'Date the contract is signed, YYYY-MM-DD'),
    signed: def(
      z.boolean(),
      false,
      '已签署',
      'The contract has already been signed on the dates given (a record of an executed contract): only then does the signature page print the signing dates; otherwise each party writes its date by hand on ____年__月__日',
    ),
    signingPlace: opt(longLine, '签订地点', 'Place of signing, e.g. 上海市浦东新区'),
    version: opt(line, '版本', "A draft's version label, printed in its mark on every page, e.g. 第2稿"),
    versionDate: opt(date, '版本日期', 'The date of this version of a draft, printed in its mark on every page, YYYY-MM-DD'),
    signingRule: def(
      labelled('signingRule'),
      signingRule,
      '生效方式',
      'The contract takes effect when both parties sign or seal it (sign-or-seal), or only when both sign and seal it (sign-and-seal)',
    ),
    originals: def(positiveWhole.max(20), 2, '正本份数', 'Number of originals'),
    originalsPerParty: def(positiveWhole.max(10), 1, '各方持有份数', 'Originals each party keeps'),
  });
}

// ── term and renewal ────────────────────────────────────────────────────────────────────────────

export function term(blankKeys: readonly ('start' | 'end' | 'length' | 'renewal' | 'terminationNotice')[]) {
  const f = fieldsFor(blankKeys);
  const onEffect = (t: Record<string, unknown>) => t.startsOnEffect === true;
  return z.strictObject({
    startsOnEffect: def(
      z.boolean(),
      false,
      '自生效之日起算',
      'true: the term starts on the day the contract takes effect (服务期限自本合同生效之日起算) and runs for `length`, so no start or end date is written (nor goes stale before signing); false: as the dates or length say',
    ),
    start: blankUnless(f('start', date, '服务期限起始日', 'First day of the service term; left out with startsOnEffect'), onEffect),
    end: blankUnless(f('end', date, '服务期限届满日', 'Last day of the service term; left out with startsOnEffect'), onEffect),
    length: f(
      'length',
      duration('month', 'year'),
      '服务期限长度',
      'Length of the term (服务期限) from its start, or from the effective date when it has no start, e.g. "1 year"',
    ),
    renewal: f('renewal', duration('month', 'year'), '自动续期期限', 'If set, the term renews by this period unless a party objects, e.g. "1 year"'),
    terminationNotice: f(
      'terminationNotice',
      duration('day', 'workingDay', 'month'),
      '提前书面通知期限',
      'Written notice a party must give to end the contract or stop renewal, e.g. "1 month"',
    ),
  });
}

// ── services and channels ───────────────────────────────────────────────────────────────────────

export const serviceItem = z.strictObject({
  name: blank(nameLine, '服务项目', 'Name of the service item, e.g. 咨询服务'),
  description: blank(prose, '服务内容', 'What the item covers'),
  process: opt(prose, '服务流程', 'How the item is delivered, step by step'),
  standard: opt(prose, '服务标准', 'The standard this item must meet'),
});

export function services(blankKeys: readonly ('items' | 'channels' | 'hours' | 'standard')[]) {
  const f = fieldsFor(blankKeys);
  return z.strictObject({
    items: f('items', z.array(serviceItem).min(1).max(50), '服务项目清单', 'The services, one item each'),
    channels: f('channels', z.array(channel).min(1), '服务方式', 'How the service reaches customers'),
    hours: f('hours', workingHours(), '服务时间', 'Hours in which the service is staffed'),
    hoursByAgreement: opt(z.boolean(), '服务时间另行商定', 'true when the schedule is to be agreed between the parties case by case'),
    completionWithin: opt(duration('hour', 'day', 'workingDay'), '服务完成时限', 'Time within which a service request is completed'),
    onSite: opt(
      z
        .array(
          z.strictObject({
            area: line.describe(d('地区', 'The stores or area, e.g. 苏州市姑苏区、吴中区门店')),
            within: duration('hour', 'day', 'workingDay').describe(d('上门时限', 'Time to arrive, counted in clock hours from the request, e.g. "24 hours"')),
          }),
        )
        .min(1)
        .max(30),
      '上门时限',
      'On-site arrival time per area or store group, counted in clock hours from the request',
    ),
    standard: f('standard', line, '服务标准', 'Standard the service meets, e.g. 行业通行标准'),
    tailoredPlan: def(z.boolean(), true, '个性化服务方案', "Whether the provider draws up a service plan for the client's needs"),
  });
}

export function workingHours() {
  return z.strictObject({
    days: def(labelled('serviceDays'), 'working-days', '服务日', 'working-days (工作日) or every-day (每日)'),
    from: blank(timeOfDay, '开始时间', 'Start of the day, e.g. 09:00'),
    to: blank(timeOfDay, '结束时间', 'End of the day, e.g. 18:00'),
  });
}

// ── service levels ──────────────────────────────────────────────────────────────────────────────

const anyDuration = duration('minute', 'hour', 'day', 'workingDay');

export const indicator = z.strictObject({
  name: blank(nameLine, '考核指标', 'Name of the indicator, e.g. 首次响应时间'),
  target: blank(line, '指标要求', 'The target, e.g. ≤ 30 分钟 or ≥ 90%'),
  assessment: opt(line, '考核方式', 'How it is measured, e.g. 系统记录按月统计'),
});

export function serviceLevels(blankKeys: readonly ('replyWithin' | 'complaintResolutionWithin' | 'satisfactionSurvey' | 'indicators')[]) {
  const f = fieldsFor(blankKeys);
  return z.strictObject({
    replyWithin: f('replyWithin', anyDuration, '咨询响应时限', 'Time within which an enquiry gets its answer, e.g. "24 hours"'),
    complaintResolutionWithin: f('complaintResolutionWithin', anyDuration, '投诉处理时限', 'Time within which a complaint gets a solution, e.g. "48 hours"'),
    satisfactionSurvey: f('satisfactionSurvey', frequency, '满意度调查频率', 'How often customer satisfaction is surveyed, e.g. monthly'),
    satisfactionTargetPercent: opt(percent, '满意度目标', 'Minimum satisfaction in percent, e.g. 90'),
    indicators: f('indicators', z.array(indicator).min(1).max(30), '考核指标', 'Measurable indicators and how they are assessed'),
  });
}

/** 003's tiered problem handling: level 1 ≤ level 2 ≤ level 3 (a rule checks the order). */
export const tiers = z.strictObject({
  level1: blank(
    z.strictObject({
      description: def(line, '简单咨询', '问题类型', 'What counts as a level-1 problem'),
      answerWithin: blank(anyDuration, '答复时限', 'Time to give the standard answer, e.g. "30 minutes"'),
    }),
    '一级问题',
    'Simple enquiries',
  ),
  level2: blank(
    z.strictObject({
      description: def(line, '需协调资源的问题', '问题类型', 'What counts as a level-2 problem'),
      coordinateWithin: blank(anyDuration, '对接时限', 'Time to reach the client\'s department in charge, e.g. "2 hours"'),
    }),
    '二级问题',
    'Problems that need the client to coordinate',
  ),
  level3: blank(
    z.strictObject({
      description: def(line, '重大投诉', '问题类型', 'What counts as a level-3 problem'),
      escalateWithin: blank(anyDuration, '联系负责人时限', 'Time to reach the client\'s person in charge, e.g. "10 minutes"'),
      initialSolutionWithin: blank(anyDuration, '初步方案时限', 'Time to propose a first solution, e.g. "30 minutes"'),
      closeWithin: blank(anyDuration, '闭环时限', 'Time to close the matter and report back, e.g. "24 hours"'),
    }),
    '三级问题',
    'Major complaints: the emergency procedure',
  ),
});

// ── fees, payment, invoices, late payment ───────────────────────────────────────────────────────

/**
 * A VAT rate (税率) or levy rate (征收率) in percent, as 《中华人民共和国增值税法》 sets them: 13, 9,
 * 6 or 0; 3 under the simple method, 1 or 5 where a preferential or special levy rate applies.
 * validate checks the value is one of these (src/validate/vat.ts).
 */
export const VAT_RATES = [13, 9, 6, 5, 3, 1, 0] as const;
const vatRate = percent.max(17);

export const feeItem = z
  .strictObject({
    name: blank(nameLine, '费用项目', 'e.g. 咨询费用'),
    kind: def(labelled('feeKind'), 'fixed', '收费方式', 'fixed (固定收费) or usage (按量收费)'),
    amount: blank(money, '金额', 'Amount in yuan; for a usage fee, the price of one unit'),
    priceList: opt(line, '价目表', 'Instead of one amount: where the prices are listed, e.g. 附件二《配件价目表》'),
    unit: opt(line, '计费单位', 'For a usage fee: what one unit is, e.g. 次, 小时, 人·月'),
    vatRate: def(
      vatRate,
      6,
      '增值税税率',
      'VAT rate of this item in percent: 6 for 现代服务 (consulting, support, call-centre work), 13 for 修理修配 (on-site repair) and 销售货物 (parts), 9, or a 征收率 of 3 (or 1, 5); 6 when left out',
    ),
    note: opt(line, '说明', 'How the fee is calculated or what it covers'),
  })
  .meta({
    defaultSnippets: [
      { label: '固定收费 fixed fee', description: '费用项目: a fixed amount in yuan', body: { name: '${1:服务费}', kind: 'fixed', amount: '^${2:1000}' } },
      {
        label: '按量收费 usage fee',
        description: '费用项目: a price per unit',
        body: { name: '${1:话务费}', kind: 'usage', amount: '^${2:1}', unit: '${3:分钟}' },
      },
    ],
  });

/** One line of a price list (价目表): spare parts and the like, charged by the piece. */
export const unitPrice = z.strictObject({
  name: blank(nameLine, '项目', 'What is priced, e.g. 触摸屏总成'),
  unit: opt(line, '单位', 'e.g. 件, 套, 次'),
  price: blank(money, '单价', 'Price of one unit, in yuan'),
  vatRate: def(vatRate, 13, '增值税税率', 'VAT rate in percent: 13 for parts sold (销售货物) and repair (修理修配), the default; 6 for a service'),
  note: opt(line, '说明', 'e.g. 含安装, 保修90日'),
});

export function fees(blankKeys: readonly ('monthly' | 'items')[]) {
  const f = fieldsFor(blankKeys);
  return z.strictObject({
    currency: def(labelled('currency'), 'CNY', '币种', 'CNY (人民币), HKD or USD'),
    monthly: f('monthly', money, '月服务费', 'Fee per month, in yuan'),
    items: f('items', z.array(feeItem).min(1).max(50), '费用明细', 'Fee items: fixed or usage-based'),
    fixed: def(z.boolean(), true, '固定费用', 'true: the fee is not adjusted during the term unless the contract says so'),
    taxIncluded: def(
      z.boolean(),
      true,
      '含税',
      'true: every amount is a tax-inclusive price (含税价) at the rate printed beside it; false: a price before VAT (不含税价), VAT charged on top',
    ),
    vatRate: def(vatRate, 6, '增值税税率', 'VAT rate of the monthly fee in percent: 6 for 现代服务, the default'),
    calculation: opt(prose, '计费方式', 'How usage-based fees are counted and settled'),
    unitPrices: opt(
      z.array(unitPrice).min(1).max(500),
      '价目表',
      'Unit prices of what is charged by the piece (spare parts, on-site visits), printed in the fee schedule annex',
    ),
  });
}

export function payment(blankKeys: readonly ('dueDay' | 'dueWithin' | 'latePaymentPercentPerDay' | 'suspendAfter')[]) {
  const f = fieldsFor(blankKeys);
  return z.strictObject({
    methods: def(z.array(paymentMethod).min(1), ['bank-transfer'], '支付方式', 'bank-transfer, online-payment, cash or cheque'),
    onlineChannel: opt(
      line,
      '在线支付渠道',
      'With online-payment: where the client pays online, e.g. 甲方平台"费用中心"的对公在线支付; a final contract that lists online-payment names it',
    ),
    cycle: def(labelled('paymentCycle'), 'monthly', '结算周期', 'monthly, quarterly, yearly or once (一次性支付)'),
    timing: def(
      labelled('paymentTiming'),
      'in-advance',
      '付款安排',
      "in-advance: each period's fee is paid in that period (当期); in-arrears: paid in the following one (上期)",
    ),
    dueDay: f('dueDay', z.number().int().min(1).max(28), '付款日', 'Pay by this day of the month (of the period), 1-28; give this or dueWithin'),
    dueWithin: f(
      'dueWithin',
      duration('day', 'workingDay'),
      '付款期限',
      'Pay within this time from the start of the period, e.g. "5 working days"; give this or dueDay',
    ),
    latePaymentPercentPerDay: f(
      'latePaymentPercentPerDay',
      percent.max(1),
      '逾期付款违约金日比例',
      'Late fee per day, in percent of the unpaid sum, e.g. 0.05',
    ),
    suspendAfter: f(
      'suspendAfter',
      duration('day', 'workingDay'),
      '暂停服务期限',
      'The provider may suspend the service once payment is this late, e.g. "15 days"',
    ),
  });
}

/**
 * The team an outsourcing provider commits to the service (项目团队): a minimum headcount and the
 * notice before a change. The client gets notice and may ask for a replacement for objective
 * cause, never a consent over each person: consent over individual staff is a marker of labour
 * dispatch (劳务派遣暂行规定 第二十七条).
 */
export const staffing = z.strictObject({
  dedicatedStaff: opt(
    positiveWhole.max(10000),
    '专职服务人员人数',
    'The minimum number of full-time staff dedicated to the service, managers included (最低人员配置), e.g. 10; lint compares the monthly fee per person with a floor',
  ),
  changeNotice: opt(
    duration('day', 'workingDay'),
    '人员更换提前通知期限',
    'Notice the provider gives before changing a team member, e.g. "5 working days" (the default)',
  ),
});

export function invoice(blankKeys: readonly 'issueWithin'[]) {
  const f = fieldsFor(blankKeys);
  return z.strictObject({
    kind: def(labelled('invoiceKind'), 'vat-ordinary', '发票类型', 'vat-special (增值税专用发票), vat-ordinary (增值税普通发票) or receipt (收据)'),
    issueWithin: f('issueWithin', duration('day', 'workingDay'), '开票时限', 'Invoice issued within this time after payment, e.g. "5 working days"'),
    onRequest: def(
      z.boolean(),
      false,
      '应要求开具',
      'true: the payer gives its invoicing particulars (开票信息) in writing before its first payment; the invoice is owed either way, asked for or not',
    ),
  });
}

// ── confidentiality, data protection ────────────────────────────────────────────────────────────

export function confidentiality(blankKeys: readonly 'period'[]) {
  return z.strictObject({
    // 保密期限 runs after the end of the contract, so a renewed contract never outlives it (X2)
    period: blankKeys.includes('period')
      ? blank(duration('month', 'year'), '保密期限', 'How long the duty lasts after the contract ends (it binds throughout the contract too), e.g. "3 years"')
      : duration('month', 'year')
          .prefault('3 years')
          .describe(
            d('保密期限', 'How long the duty lasts after the contract ends (it binds throughout the contract too), e.g. "3 years"; 3 years when left out'),
          ),
    survivesTermination: def(z.boolean(), true, '终止后继续有效', 'The duty survives the end of the contract for `period`; false: it ends with the contract'),
    scope: opt(prose, '保密信息范围', 'What counts as confidential, if more than the standard wording'),
    separateAgreement: def(z.boolean(), false, '另行签署保密协议', 'A separate confidentiality agreement is signed as an annex'),
  });
}

/**
 * 个人信息保护: the provider processes personal information for the client under 个人信息保护法
 * 第二十一条. The model follows the deal: who decides the purpose (the client as 个人信息处理者, or the
 * client itself a 受托人 of its business customers, so that the provider is a 转委托 sub-processor
 * needing the 处理者's consent), whose information it is, what the service does with it (outreach
 * to individuals, analysis; 第十三条, 第二十四条), the categories, the sensitive ones (第二十八条,
 * minors under 14: 第三十一条) or those the provider must not collect, how long records are kept.
 * The defaults are the narrowest processing: the client the 处理者, its end customers, no outreach,
 * no analysis.
 */
export function dataProtectionFor(defaults: { outreach?: keyof typeof LABELS.outreach; analytics?: keyof typeof LABELS.analytics } = {}) {
  return z.strictObject({ ...dataRoles(), ...dataProcessing(defaults), ...dataSafeguards(), ...dataRecords() });
}

/** Who decides, whose information it is. */
const dataRoles = () => ({
  clientRole: def(
    labelled('dataRole'),
    'handler',
    '委托方的地位',
    "The client's role for the information the provider handles: handler (个人信息处理者: it decides purpose and method), entrusted (受托人: the information belongs to the client's business customers, who are the 处理者; the provider is a 转委托 sub-processor and the client warrants each 处理者's written consent, 第二十一条), or both (its own staff and customers as 处理者, its business customers' data as 受托人)",
  ),
  handlers: opt(
    line,
    '个人信息处理者',
    'Who the 个人信息处理者 are when clientRole is entrusted or both, e.g. 乙方的企业客户（附件二所列门店和营业厅的经营者）; required then',
  ),
  individuals: def(
    z.array(labelled('dataSubject')).min(1),
    ['end-customers'],
    '个人的范围',
    "Whose information it is (one defined term, 个人, covers them all): end-customers (终端客户), client-staff (the client's 员工, e.g. store staff accounts), handler-staff (the business customers' staff, with clientRole entrusted or both), signatories (服务单据签字人: who sign repair tickets or inspection reports)",
  ),
  providerAccounts: def(
    z.boolean(),
    false,
    '平台账号信息由受托方自行处理',
    "true: the account data of the client's staff on the provider's own platform or system (names, mobile numbers, log-in and operation records) is processed by the provider as an independent 个人信息处理者 under its own processing rules (个人信息保护法 第七十三条, 第十七条), not as entrusted processing; list only the entrusted information in categories",
  ),
});

/** What the provider does with it, and why. */
const dataProcessing = (defaults: Parameters<typeof dataProtectionFor>[0] & {}) => ({
  purpose: opt(prose, '处理目的', "Why the provider processes the information; only to provide this contract's services when left out"),
  categories: opt(
    z.array(line).min(1).max(30),
    '个人信息的种类',
    'Kinds of personal information processed, e.g. 姓名, 联系电话, 通话录音, 聊天记录, 订单和消费记录; names, contact details, addresses and the records of enquiries, complaints and orders when left out. List what the service produces: recordings, chat logs, order history, screen recordings of remote sessions, data on devices',
  ),
  method: opt(
    prose,
    '处理方式',
    'How it is processed, e.g. 收集、存储、查询、使用; generated from outreach and analytics when left out (what the service needs, no disclosure, no marketing or profiling unless chosen)',
  ),
  outreach: def(
    labelled('outreach'),
    defaults.outreach ?? 'none',
    '主动联系个人',
    'none: the provider contacts individuals only to answer or follow up their own requests; care (售后回访和客户关怀): it contacts them proactively about their purchases and use; marketing (商品和活动推介): it also promotes goods and campaigns. care and marketing reach only individuals the client designates and has a legal basis for (第十三条), marketing by electronic means only those who agreed (广告法 第四十三条); a refusal stops further contact',
  ),
  analytics: def(
    labelled('analytics'),
    defaults.analytics ?? 'none',
    '统计分析',
    "none: no analysis beyond the service records; aggregate (汇总统计): reports to the client are aggregated and de-identified (去标识化, 第七十三条), e.g. for 选品 and 运营; profiling (用户画像): individual preferences analysed on the client's instructions, with an impact assessment (第五十五条) and the transparency and refusal of 第二十四条",
  ),
});

/** Sensitive information, minors and what must not be collected. */
const dataSafeguards = () => ({
  measures: opt(prose, '安全措施', 'Technical and organisational measures beyond the standard ones'),
  sensitive: def(
    z.boolean(),
    false,
    '敏感个人信息',
    'true: the information includes sensitive personal information (个人信息保护法 第二十八条: health, biometrics, financial accounts, whereabouts, minors under 14 …); adds necessity, separate consent, an impact assessment and stricter measures',
  ),
  sensitiveCategories: opt(
    z.array(line).min(1).max(30),
    '敏感个人信息的种类',
    'Which of the categories are sensitive, e.g. 健康监测数据; required when sensitive is true',
  ),
  minors: def(
    z.boolean(),
    false,
    '不满十四周岁未成年人的个人信息',
    "true: the provider processes information of minors under 14 (e.g. a child's age and feeding for a 母婴 retailer), sensitive under 第二十八条: adds the guardian's consent and separate rules of 第三十一条; needs sensitive: true",
  ),
  excluded: opt(
    z.array(line).min(1).max(30),
    '不得收集的个人信息',
    'Information the provider must not collect or record (e.g. 孕产期健康状况, 婴幼儿的健康状况): the alternative to handling it as sensitive; what an individual volunteers is used for that answer only',
  ),
});

/** Records, sub-processors, audits, breaches and the end of processing. */
const dataRecords = () => ({
  recordsRetention: opt(
    duration('day', 'month', 'year'),
    '服务记录保存期限',
    'How long call recordings, chat logs and screen recordings of remote sessions are kept from when they are made, e.g. "6 months"; deleted then, or returned or deleted at the end of the contract if sooner; kept until the processing period ends when left out',
  ),
  subProcessors: opt(
    z
      .array(identity(line.describe(d('转委托方', 'A sub-processor, by its registered name'))))
      .min(1)
      .max(30),
    '经同意的转委托方',
    "Third parties the client allows the provider to engage as sub-processors; none without its prior written consent otherwise (and, with clientRole entrusted or both, the 处理者's, which the client warrants it holds)",
  ),
  auditNotice: opt(
    duration('day', 'workingDay'),
    '检查审计通知期限',
    'Notice the client gives before it inspects or audits the provider\'s processing, e.g. "5 working days"',
  ),
  breachNoticeWithin: duration('hour')
    .prefault('24 hours')
    .describe(d('泄露通知时限', 'Hours within which the provider tells the client of a leak, alteration or loss of personal information, e.g. "24 hours"')),
  deleteOnEnd: def(
    z.boolean(),
    true,
    '终止后返还或删除',
    "true: at the end the client chooses return or deletion; false: the data is returned and the provider's copies deleted",
  ),
});
export const dataProtection = dataProtectionFor();

// ── reporting, training, supervision ───────────────────────────────────────────────────────────

export const training = z.strictObject({
  content: blank(prose, '培训内容', 'What the training covers'),
  schedule: blank(line, '培训时间', 'When, e.g. 合同生效后十个工作日内'),
  place: blank(longLine, '培训地点', 'Where, e.g. 乙方办公场所或线上'),
  supportChannels: def(z.array(channel).min(1), ['phone', 'remote'], '技术支持方式', 'How technical support is given'),
});

// ── liability, termination ──────────────────────────────────────────────────────────────────────

/**
 * The liability cap (责任限额), shared by every type's liability block: one base two readers compute
 * the same way (the fees payable, paid or not, in the twelve months before the breach; in the first
 * twelve months the fixed fees of those months plus the usage fees incurred so far), and whether it
 * is one cap for the whole contract or one per contract year.
 */
export const liabilityCap = {
  capPercentOfFees: opt(
    percent.max(1000),
    '赔偿上限',
    "Cap on a party's liability (penalties and damages), in percent of the fees payable (paid or not) in the twelve months before the breach; a breach in the first twelve months of the term counts the fixed fees of those twelve months plus the usage fees incurred up to the breach. Personal injury, intent or gross negligence, confidentiality and personal information, and the client's payments are not capped. No cap when left out",
  ),
  capBasis: def(
    labelled('capBasis'),
    'aggregate',
    '责任限额计算方式',
    'aggregate (累计限额): one cap for all liability over the whole term, renewals included, measured at the last breach; per-year (按服务年度): a cap for each contract year (服务年度, twelve months from the start of the term), unused amounts not carried over',
  ),
};

export const liability = z.strictObject({
  compensateLosses: def(z.boolean(), true, '赔偿损失', 'The party in breach compensates the losses it causes'),
  ...liabilityCap,
  serviceFailurePenalty: opt(money, '服务违约金', 'Penalty per 未达标事件 (one proven failure to meet the service levels, as serviceFailureBasis defines it)'),
  serviceFailureBasis: def(
    labelled('penaltyBasis'),
    'monthly-indicator',
    '未达标事件',
    'What one 未达标事件 is, the unit the service penalty is charged per: monthly-indicator (an indicator missed in a month; a single late request inside the tolerance is no breach), beyond-tolerance (each failed request beyond the share the indicator tolerates that month) or each-incident (every failed request, even inside the tolerance)',
  ),
  serviceFailureMonthlyCapPercent: def(
    z.union([percent, z.literal('none')]),
    20,
    '当月违约金上限',
    "Ceiling on the service penalties of one month, in percent of that month's service fee (当月违约金合计不超过当月服务费用的 y%); 20 unless set, 'none' for no ceiling",
  ),
  remedyWithin: opt(duration('day', 'workingDay'), '补救期限', 'Time the provider has to remedy service below standard'),
});

export function termination() {
  return z.strictObject({
    grounds: def(
      z.array(labelled('terminationGround')).min(1),
      ['mutual-agreement', 'material-breach', 'force-majeure'],
      '解除事由',
      'Grounds on which the contract may be ended early',
    ),
    cureWithin: opt(duration('day', 'workingDay'), '违约纠正期限', 'Time a party in breach has to cure before the other may terminate'),
    settlement: opt(prose, '善后安排', 'How fees and unfinished work are settled after termination, if beyond the standard wording'),
  });
}

// ── disputes, notices ───────────────────────────────────────────────────────────────────────────

export const disputes = z
  .discriminatedUnion('method', [
    z.strictObject({
      method: withWords(z.literal('litigation').describe('解决方式 — litigation (诉讼) or arbitration (仲裁)'), {
        litigation: LABELS.disputeMethod.litigation,
      }),
      court: def(
        court,
        'defendant',
        '管辖法院',
        'Which court: defendant, plaintiff, provider, client or signing-place (甲方住所地 and 乙方住所地 are read as the party that is 甲方 or 乙方)',
      ),
      mediation: opt(line, '调解机构', 'Mediation tried after negotiation and before going to court, e.g. 上海经贸商事调解中心'),
      negotiationPeriod: opt(duration('day', 'workingDay'), '协商期限', 'How long the parties negotiate before either may sue, e.g. "30 days"'),
    }),
    z.strictObject({
      method: withWords(z.literal('arbitration').describe('解决方式 — litigation (诉讼) or arbitration (仲裁)'), {
        arbitration: LABELS.disputeMethod.arbitration,
      }),
      commission: blank(longLine, '仲裁委员会', 'e.g. 上海国际经济贸易仲裁委员会'),
      seat: opt(line, '仲裁地', 'Place of arbitration'),
      mediation: opt(line, '调解机构', 'Mediation tried after negotiation and before arbitration'),
      negotiationPeriod: opt(duration('day', 'workingDay'), '协商期限', 'How long the parties negotiate before either may start arbitration'),
    }),
  ])
  .prefault({ method: 'litigation' })
  .describe('争议解决 — Negotiation first, then litigation in a court or arbitration; PRC law applies');

export const notices = z.strictObject({
  methods: def(
    z.array(labelled('noticeMethod')).min(1),
    ['in-person', 'courier', 'email'],
    '送达方式',
    'How notices are delivered: in-person, registered-mail, courier, email',
  ),
  changeNoticeWithin: opt(duration('day', 'workingDay'), '变更通知期限', 'A party tells the other of a new address within this time, e.g. "3 working days"'),
});

// ── annexes and custom clauses ──────────────────────────────────────────────────────────────────

/** A table an annex prints: a header row and its rows (a cell may be empty). */
const annexTable = z.strictObject({
  header: z.array(line).min(1).max(12).describe(d('表头', 'The column headings')),
  rows: z
    .array(
      z
        .array(z.union([line, z.literal(''), z.number()]))
        .min(1)
        .max(12),
    )
    .min(1)
    .max(500)
    .describe(d('表格行', 'The rows, one list of cells each, as many cells as the header has')),
  names: opt(
    z.array(line).min(1).max(12),
    '专名列',
    'Headings of the columns whose cells are names (persons, stores, products), addresses or numbers: a Traditional build prints them as typed. When left out, the columns whose heading says 姓名, 名称, 地址, 住所, 地点, 职务, 电话, 邮箱, 证件, 编号 or 型号',
  ),
});

/** The columns of an annex table whose cells are identity values (T-M1): its `names`, else those a heading shows. */
export const IDENTITY_COLUMN = /姓名|名称|地址|住所|地点|职务|电话|邮箱|证件|编号|型号/;
export function identityColumns(table: { header: readonly string[]; names?: readonly string[] | null }): Set<number> {
  const named = table.names;
  return new Set(table.header.flatMap((h, i) => ((named ? named.includes(h) : IDENTITY_COLUMN.test(h)) ? [i] : [])));
}

/**
 * An annex (附件): listed before the signatures, printed after them, each on a page of its own.
 * Its body is generated from the spec (`content`), given (`text`, `table`, a Markdown `file`), or
 * it is attached or signed separately (`separate`, saying what it is).
 */
export { annexTable };
export const annex = z.strictObject({
  title: blank(longLine, '附件名称', 'e.g. 服务费用明细表'),
  description: opt(prose, '附件说明', 'What the annex is, printed under its heading; alone, the annex is attached separately as described'),
  content: opt(
    labelled('annexContent'),
    '生成内容',
    'A body the contract generates from the spec: service-standards, fee-schedule, power-of-attorney, satisfaction-survey, damages-formula, provider-documents, client-documents, training-plan (service-contract), report-templates and service-report-template (maintenance-agreement)',
  ),
  text: opt(prose, '附件正文', 'The body as text; blank lines separate paragraphs'),
  table: opt(annexTable, '附件表格', 'The body as a table (a list of stores, equipment, staff)'),
  file: opt(line, '附件文件', 'A Markdown file, relative to the spec, holding the body: paragraphs, lists, tables, bold and italic'),
  separate: opt(prose, '另附', 'Not printed here: what is attached or signed separately, e.g. 双方另行签署的《保密协议》'),
  pages: opt(
    positiveWhole.max(9999),
    '页数',
    'An annex attached separately (另附): its number of pages, printed (另附，共12页) in the annex list and on its page, so that the pack signed can be checked complete (review SA S3, WC S3)',
  ),
});

const clauseId = z.string().regex(/^[a-z][a-zA-Z0-9-]{0,60}$/, 'a clause id such as confidentiality or non-solicitation');

export const customClauses = z.strictObject({
  omit: opt(z.array(clauseId).max(50), '删除条款', 'Ids of optional clauses to leave out; numbering closes the gap'),
  replace: opt(z.record(z.string(), prose), '替换条款', "Clause id → your own text for that clause's body; its heading and number stay"),
  add: opt(
    z
      .array(
        z.strictObject({
          id: clauseId.describe('条款标识 — Id of the new clause, for cross-references'),
          title: blank(longLine, '条款标题', 'Heading of the new clause'),
          text: blank(prose, '条款内容', 'Body of the clause; blank lines separate paragraphs, lines starting "- " are list items'),
          after: opt(
            clauseId,
            '插入位置（之后）',
            'Id of the clause it follows; when neither after nor before is given, before the closing clauses (disputes, notices, miscellaneous …)',
          ),
          before: opt(clauseId, '插入位置（之前）', 'Id of the clause it precedes'),
        }),
      )
      .max(50),
    '新增条款',
    'Clauses of your own, placed by clause id and numbered with the rest',
  ),
});
