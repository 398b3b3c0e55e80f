// The lint rules as data: id, default severity, what each finds and why it matters (the statute
// where one applies). The schema's `lint:` key and the settings file take these ids; the checks
// themselves are in commercial.ts, data.ts and drafting.ts. Imports nothing, so that the schema can read it.

export const LINT_LEVELS = ['off', 'info', 'warning', 'error'] as const;
/** What a rule reports as, or `off`. */
export type LintLevel = (typeof LINT_LEVELS)[number];

export interface RuleInfo {
  severity: Exclude<LintLevel, 'off'>;
  /** kind of rule: the contract's terms against each other, or its wording */
  group: 'commercial' | 'drafting';
  /** one line: what the rule finds */
  finds: string;
  /** why it matters, with the statute where one applies */
  why: string;
  /** numbers the rule reads, each with its default; set as `lint: { <rule>: { level, <option>: n } }` */
  options?: Readonly<Record<string, { default: number; describe: string }>>;
}

/** A rule's setting in `lint:`: a level, or a level with the rule's options. */
export type LintSetting = LintLevel | ({ level?: LintLevel } & Record<string, number | LintLevel | undefined>);

export const CATALOG = {
  'reply-after-resolution': {
    severity: 'error',
    group: 'commercial',
    finds: 'a first reply slower than the resolution, the completion or the standard answer it leads to',
    why: 'A customer cannot get a solution before an answer; one of the two times is mistyped, and the provider meets neither as written.',
  },
  'notice-longer-than-renewal': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a notice to stop the renewal that is as long as the renewal period or longer',
    why: 'Once renewed, the contract could never be stopped before the next renewal: the notice would have to be given before the renewed period began.',
  },
  'renewal-without-notice': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a term that renews itself with no notice period to stop it',
    why: 'An automatic renewal with no stated way out invites a dispute about whether and when a party may end it (民法典 第五百六十三条第二款 lets either party end an indefinite contract with reasonable notice, which then has to be argued).',
  },
  'payment-due-after-period': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a payment deadline longer than the payment period (dueWithin of 40 days on a monthly cycle)',
    why: "Each period's fee would fall due after the next period began, so arrears build up by design and the late-payment and suspension terms never bite on time.",
  },
  'late-payment-rate': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a late-payment penalty above 0.05 % a day (日万分之五, 18.25 % a year)',
    why: 'A penalty excessively higher than the loss may be reduced by a court (民法典 第五百八十五条第二款; more than 30 % above the loss is generally excessive, 最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释 第六十五条). The loss of late payment is interest, and courts measure it against the one-year LPR: the ceiling of 民间借贷 interest is four times the one-year LPR (《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条), 12 % a year (about 0.033 % a day) at the LPR of 3.0 % published on 2025-05-20. 0.05 % a day is the rate statute itself charges for late tax (税收征收管理法 第三十二条) and a rate courts commonly uphold; above it, expect a reduction.',
  },
  'zero-penalty': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a penalty (违约金) or compensation of zero',
    why: 'The contract prints a penalty clause that costs the party in breach nothing: leave the field out (the loss is then compensated under 民法典 第五百八十四条) or state the sum meant.',
  },
  'fee-without-deadline': {
    severity: 'warning',
    group: 'commercial',
    finds: 'fees with no payment deadline (neither payment.dueDay nor payment.dueWithin)',
    why: "The contract can then only say the fee is paid within the time the provider's payment notice states: the client has no date to keep and the provider no date from which the late-payment penalty runs (民法典 第五百一十一条第四项 lets the creditor demand at any time, with reasonable time to prepare).",
  },
  'arbitration-commission-unclear': {
    severity: 'error',
    group: 'commercial',
    finds: 'arbitration with a commission that names no particular commission (仲裁委员会, 当地仲裁机构, 有管辖权的仲裁委员会, 上海的仲裁委员会, 国际仲裁院)',
    why: 'An arbitration agreement must name the commission chosen (仲裁法 第十六条); one that does not, and is not supplemented, is void (仲裁法 第十八条), and the dispute goes to court after all. Naming the place only works where that place has a single commission (最高人民法院关于适用《中华人民共和国仲裁法》若干问题的解释 第六条).',
  },
  'email-service-without-address': {
    severity: 'error',
    group: 'commercial',
    finds: 'notices served by e-mail (notices.methods) while a party gives no e-mail address',
    why: "The notices clause makes the e-mail addresses stated at the head of the contract addresses for service, and a notice by e-mail served when it enters the addressee's designated mailbox (民法典 第一百三十七条第二款). With no address printed there is no mailbox: a notice sent by e-mail can be denied, and e-mail service of court papers needs an address the party agreed to (民事诉讼法 第九十条).",
  },
  'cap-below-monthly-fee': {
    severity: 'warning',
    group: 'commercial',
    finds: "a liability cap below one month's fee (under 100/12 % of twelve months' fees)",
    why: "Every penalty and loss above a month's fee goes uncompensated: the remedies the contract lists cost the party in breach less than one month of the service. A cap that empties the remedies may also be attacked as an unfair standard term (民法典 第四百九十七条).",
  },
  'personal-data-without-clause': {
    severity: 'warning',
    group: 'commercial',
    finds: "the data-protection clause omitted, while the provider handles the end customers' personal information",
    why: 'A customer-service provider processes names, phone numbers and complaint records for the client; entrusted processing needs an agreement on purpose, period, method, categories, protection measures and duties (个人信息保护法 第二十一条), and a leak must be notified at once (第五十七条). Without the clause the contract has none of this, not even a breach-notice period.',
  },
  'breach-notice-too-long': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a personal-information breach notice period longer than 72 hours',
    why: 'On a leak the client, as the personal information processor, must take remedial measures and notify the authorities and the individuals immediately (个人信息保护法 第五十七条); a provider that may wait three days or more leaves it unable to.',
  },
  'data-use-forbids-service': {
    severity: 'warning',
    group: 'commercial',
    finds:
      'a data-protection clause whose method forbids what the services require: proactive outreach (客户关怀, 回访, 营销) with outreach none, reports for 选品 or 运营 with analytics none, profiling without analytics profiling',
    why: 'The entrusted party may process only for the agreed purpose and by the agreed method (个人信息保护法 第二十一条): every proactive call or report for 选品 the services require would then be outside the entrustment, and the provider in breach of the data clause by performing the service clause. Outreach also needs a legal basis for each individual (第十三条) and a way to refuse (第二十四条; 广告法 第四十三条), and profiling an impact assessment (第五十五条).',
  },
  'data-categories-missing': {
    severity: 'warning',
    group: 'commercial',
    finds:
      'personal information the services produce that the categories do not list: call recordings, chat logs, order or purchase history, screen recordings of remote sessions, data on the devices worked on',
    why: 'The entrustment must fix the categories of personal information (个人信息保护法 第二十一条), and the entrusted party may not go beyond them: recordings and chat logs a call centre keeps, or the member and order data a remote session shows, would be processed with no agreement covering them.',
  },
  'sensitive-data-implied': {
    severity: 'warning',
    group: 'commercial',
    finds:
      "sensitive personal information the contract's own text implies (母婴 → pregnancy and children's data; 医疗器械, 健康 → health) with no sensitive-data terms and not excluded",
    why: "Health information and any information of a minor under 14 are sensitive (个人信息保护法 第二十八条): processing them needs a specific purpose and necessity, separate consent (第二十九条), a guardian's consent for a minor (第三十一条) and an impact assessment (第五十五条). A customer-service team for such a business will hear them; the clause must either govern them or bar their collection.",
  },
  'party-signs-after-contract': {
    severity: 'warning',
    group: 'commercial',
    finds: "a party's signing date after the contract's signing date",
    why: 'The contract is formed when the last party signs or seals (民法典 第四百九十条), so the signing date printed on its head would be wrong, and with it every period counted from it.',
  },
  'term-starts-before-signing': {
    severity: 'warning',
    group: 'commercial',
    finds: "a service term that starts before the contract's signing date",
    why: 'Services before the contract is formed (民法典 第四百九十条) are provided with no contract in force: say expressly that the contract covers them, or start the term on or after signing.',
  },
  'special-invoice-to-individual': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a special VAT invoice (增值税专用发票) promised to a client that is an individual',
    why: 'No special VAT invoice may be issued where the buyer is an individual consumer (《中华人民共和国增值税暂行条例》第二十一条), and an individual has no input VAT to deduct with one: the provider could not perform the invoicing clause as written.',
  },
  'no-remedy-for-poor-service': {
    severity: 'warning',
    group: 'commercial',
    finds: 'liability with neither compensation of losses nor a service-failure penalty',
    why: 'The contract then states no remedy for service below standard: 民法典 第五百七十七条 still applies, but the client must prove every loss, and the service levels carry no consequence on paper.',
  },
  'penalty-percent-high': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a penalty set above 30 % of the total fees',
    why: 'A penalty excessively higher than the loss may be reduced on request (民法典 第五百八十五条第二款); more than 30 % above the loss is generally excessive (合同编通则解释 第六十五条). A penalty of a third of the fees or more is rarely matched by a proven loss of the client.',
  },
  'at-will-notice-exceeds-term': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a notice for ending the contract at will that is as long as the term or longer',
    why: 'The at-will exit of 民法典 第九百三十三条, priced in the contract, could then never be used before the term ends by itself.',
  },
  'service-penalty-exceeds-monthly-fee': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a penalty per service failure above the monthly fee',
    why: 'One missed service level would cost more than a month of the service; such a penalty is likely to be reduced as excessive (民法典 第五百八十五条第二款), and the provider may refuse to sign it.',
  },
  'agent-capacity': {
    severity: 'warning',
    group: 'commercial',
    finds:
      'more contacts or requests per dedicated agent per month than one person can handle (outreach list × contacts each, or the monthly volume, over the agents)',
    why: 'A duty no team of that size can perform is breached from the first day: every miss is a 未达标事件 up to the cap, and a court may find the duty impossible (民法典 第五百八十条) or cut the penalty (第五百八十五条). The bound starts from 21.75 working days a month (原劳动和社会保障部 月计薪天数) × 8 hours × 75 % of the time on customers ÷ about 5 minutes a contact with its notes, about 1,500.',
    options: { contactsPerAgentMonth: { default: 1500, describe: 'contacts or requests one dedicated agent handles in a month' } },
  },
  'per-incident-penalty-uncapped': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a penalty for every failed request (serviceFailureBasis: each-incident) beside a percentage KPI that tolerates some, with no monthly ceiling',
    why: 'The KPI says a month with 95 % on time is a good month; the penalty says each of the 5 % is a breach. Nobody can tell whether a miss inside the tolerance is a breach, and with no ceiling a busy month can cost more than its fee: a penalty excessively above the loss may be reduced (民法典 第五百八十五条第二款; more than 30 % above the loss is excessive, 合同编通则解释 第六十五条). Charge per KPI missed, or only beyond the tolerance, or set serviceFailureMonthlyCapPercent.',
  },
  'staff-fee-below-floor': {
    severity: 'warning',
    group: 'commercial',
    finds: "a monthly fee per dedicated staff member, before VAT, below a floor (3,600 yuan unless the rule's staffFeeFloor option sets another)",
    why: "A provider must pay each full-time employee at least the local 月最低工资标准 (劳动合同法 第二十条, 《最低工资规定》) and the employer's social insurance (社会保险法 第十条); a fee below that cannot pay the team it buys, so either the figure or the headcount is wrong, and a price below labour cost is itself a compliance red flag. The floor starts from the highest provincial monthly minimum wage in force (上海市 2,740 yuan from 2025-07-01) plus about 30 % for social insurance.",
    options: { staffFeeFloor: { default: 3600, describe: 'yuan per dedicated staff member a month, before VAT' } },
  },
  'labour-dispatch-markers': {
    severity: 'warning',
    group: 'commercial',
    finds:
      'outsourcing text with the markers of labour dispatch: a 劳务派遣 licence or wording, staff 派驻 to the client, the client approving individual staff, a named roster as a contract term',
    why: "An outsourcing that is dispatch in substance is treated as dispatch (劳务派遣暂行规定 第二十七条): the client becomes a 用工单位, limited to temporary, auxiliary or substitute posts within the 10 % ceiling (劳动合同法 第六十六条, 暂行规定 第四条), and jointly liable for the workers' losses (劳动合同法 第九十二条). A clause declaring no labour relationship does not outweigh the markers.",
  },
  'dispatch-marker': {
    severity: 'warning',
    group: 'commercial',
    finds:
      'in service-standards, maintenance-agreement and work-contract: a fee priced per head or per person-time (fees.items unit 人·天, 人·小时, 人, 名; 每人·天 in the text), the client replacing individual staff or the team, staff passing an exam the client sets',
    why: 'Buying hours of named people and managing them (replacing, testing) is what a 用工单位 does, so a court reads the outsourcing as dispatch (劳务派遣暂行规定 第二十七条; 劳动合同法 第五十七条 to 第六十七条), whatever the independence clause says: the client is then jointly liable (第九十二条). Price the result (contacts, tickets, hours of coverage, with a volume band), let the client require a remedy of performance and the provider decide the staffing, and supply product knowledge as information.',
  },
  'term-undefined': {
    severity: 'warning',
    group: 'drafting',
    finds: 'a term in quotation marks in your own clause text that the contract never defines',
    why: 'In a Chinese contract “…” marks a defined term: a reader looks for its definition (“X”是指…, 以下简称“X”) and, finding none, the meaning is open to dispute (民法典 第四百六十六条: disputed wording is read by the words, the related clauses, the purpose, custom and good faith).',
  },
  'term-unused': {
    severity: 'info',
    group: 'drafting',
    finds: 'a term the spec defines that the contract never uses',
    why: 'A definition nothing refers to is noise at best; at worst it shows that the clause that used it was changed or left out.',
  },
  'reference-to-omitted': {
    severity: 'warning',
    group: 'drafting',
    finds:
      'text referring to a clause the spec omits (依照本协议关于个人信息保护的约定, with data-protection omitted): your own, or the contract text a template prints',
    why: 'The reference points at nothing: the obligation it imports is not in the contract, and a reader cannot tell what was meant.',
  },
  'blank-in-final': {
    severity: 'error',
    group: 'drafting',
    finds:
      'a placeholder left in a final contract: __, ＿, XX/xx/X元, ××, ***, ？？, ○○, [ ], 【 】, 某某, 待定, 待确认, 待补充, TBD/TBC/TBA, {{…}}, <…>, xxx@xxx.com',
    why: 'A final contract with a hole in it is either signed incomplete or completed by hand, neither of which the parties agreed in the spec. Drafts (draft: true, --draft) may hold them.',
  },
  'repeats-standard-clause': {
    severity: 'warning',
    group: 'drafting',
    finds: 'an added clause that repeats a standard clause of the contract (the same title, or mostly the same text)',
    why: 'Two clauses on one subject invite the question which one governs; where they differ, the contract contradicts itself. Replace the standard clause (clauses.replace) instead.',
  },
  'identity-simplified': {
    severity: 'warning',
    group: 'drafting',
    finds:
      'in a Traditional contract (locale zh-Hant, zh-Hant-TW, zh-Hant-HK), a name, an address or another identity value with characters that exist only in Simplified',
    why: "A Traditional build converts the text but prints names, addresses, numbers and the spec's `names` exactly as typed, so that a party is named as registered and one person is spelt one way on every page (T-M1). A value in Simplified then prints in Simplified inside Traditional text: type the registered Traditional form where there is one (a Hong Kong or Taiwan company's name), or keep the mainland registration as it is.",
  },
} as const satisfies Record<string, RuleInfo>;

export type LintRuleId = keyof typeof CATALOG;
export const LINT_RULE_IDS = Object.keys(CATALOG) as LintRuleId[];
