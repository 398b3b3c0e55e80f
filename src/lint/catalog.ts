// The lint rules as data: id, default severity, what each finds and why it matters (the statute
// where one applies). The schema's `lint:` key and the settings file take these ids; the checks
// themselves are in commercial.ts and drafting.ts. Imports nothing, so that the schema can read it.

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
}

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
  'confidentiality-shorter-than-term': {
    severity: 'warning',
    group: 'commercial',
    finds: 'a confidentiality duty that ends before the term does',
    why: 'The duty runs from the effective date: shorter than the term, it ends while the parties still exchange confidential information under the contract.',
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
    finds: 'arbitration with a commission that names no particular commission (仲裁委员会, 当地仲裁机构, 有管辖权的仲裁委员会)',
    why: 'An arbitration agreement must name the commission chosen (仲裁法 第十六条); one that does not, and is not supplemented, is void (仲裁法 第十八条), and the dispute goes to court after all. Naming the place only works where that place has a single commission (最高人民法院关于适用《中华人民共和国仲裁法》若干问题的解释 第六条).',
  },
  'email-service-without-address': {
    severity: 'error',
    group: 'commercial',
    finds: 'notices served by e-mail (notices.methods) while a party gives no e-mail address',
    why: 'The notices clause makes the e-mail addresses stated at the head of the contract addresses for service, and a notice by e-mail served when it enters the addressee\'s designated mailbox (民法典 第一百三十七条第二款). With no address printed there is no mailbox: a notice sent by e-mail can be denied, and e-mail service of court papers needs an address the party agreed to (民事诉讼法 第九十条).',
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
    finds: "a penalty per service failure above the monthly fee",
    why: 'One missed service level would cost more than a month of the service; such a penalty is likely to be reduced as excessive (民法典 第五百八十五条第二款), and the provider may refuse to sign it.',
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
    finds: 'your own text referring to a clause the spec omits (依照本协议关于个人信息保护的约定, with data-protection omitted)',
    why: 'The reference points at nothing: the obligation it imports is not in the contract, and a reader cannot tell what was meant.',
  },
  'blank-in-final': {
    severity: 'error',
    group: 'drafting',
    finds: 'a placeholder left in a final contract: ____, ＿＿, XX, ××, 【 】, 某某, 待定, TBD',
    why: 'A final contract with a hole in it is either signed incomplete or completed by hand, neither of which the parties agreed in the spec. Drafts (draft: true, --draft) may hold them.',
  },
  'repeats-standard-clause': {
    severity: 'warning',
    group: 'drafting',
    finds: 'an added clause that repeats a standard clause of the contract (the same title, or mostly the same text)',
    why: 'Two clauses on one subject invite the question which one governs; where they differ, the contract contradicts itself. Replace the standard clause (clauses.replace) instead.',
  },
} as const satisfies Record<string, RuleInfo>;

export type LintRuleId = keyof typeof CATALOG;
export const LINT_RULE_IDS = Object.keys(CATALOG) as LintRuleId[];
