// The lint findings' texts, by id, in English and Chinese: what each rule says it expected, what it
// got and what to do. The checks (src/lint/) hand these on by id with their parameters; the CLI
// edge says them in the reader's language. Parameters quoted from the spec (values, field paths,
// clause titles) stay as written.
export const LINT_MESSAGES = {
  // ── durations, as a spec writes them and as a reader says them ───────────────────────────
  'dur.minute.one': { en: '{n} minute', 'zh-CN': '{n} 分钟' },
  'dur.minute.many': { en: '{n} minutes', 'zh-CN': '{n} 分钟' },
  'dur.hour.one': { en: '{n} hour', 'zh-CN': '{n} 小时' },
  'dur.hour.many': { en: '{n} hours', 'zh-CN': '{n} 小时' },
  'dur.day.one': { en: '{n} day', 'zh-CN': '{n} 天' },
  'dur.day.many': { en: '{n} days', 'zh-CN': '{n} 天' },
  'dur.workingDay.one': { en: '{n} working day', 'zh-CN': '{n} 个工作日' },
  'dur.workingDay.many': { en: '{n} working days', 'zh-CN': '{n} 个工作日' },
  'dur.week.one': { en: '{n} week', 'zh-CN': '{n} 周' },
  'dur.week.many': { en: '{n} weeks', 'zh-CN': '{n} 周' },
  'dur.month.one': { en: '{n} month', 'zh-CN': '{n} 个月' },
  'dur.month.many': { en: '{n} months', 'zh-CN': '{n} 个月' },
  'dur.year.one': { en: '{n} year', 'zh-CN': '{n} 年' },
  'dur.year.many': { en: '{n} years', 'zh-CN': '{n} 年' },
  'lint.term.dates': { en: '{start} to {end}', 'zh-CN': '{start} 至 {end}' },
  'lint.term.unknown': { en: 'unknown length', 'zh-CN': '期限不明' },
  'lint.join': { en: '{a} and {b}', 'zh-CN': '{a}和{b}' },
  // ── commercial rules ──────────────────────────────────────────────────────────────────────
  'lint.name.reply': { en: 'reply', 'zh-CN': '答复' },
  'lint.name.first-reply': { en: 'first reply', 'zh-CN': '首次答复' },
  'lint.name.resolution': { en: 'complaint resolution time', 'zh-CN': '投诉处理时限' },
  'lint.name.completion': { en: 'completion time of a service request', 'zh-CN': '服务请求的完成时限' },
  'lint.name.level1': { en: 'standard answer to a level-1 problem', 'zh-CN': '一级问题的标准答复时限' },
  'lint.reply.expected': { en: 'no longer than the {slow} ({then}, at {path})', 'zh-CN': '不长于{slow}（{then}，见 {path}）' },
  'lint.reply.hint': { en: 'a {name} comes first: shorten it, or lengthen {path}', 'zh-CN': '{name}应在前：请缩短该时限，或者延长 {path}' },
  'lint.renewal-notice.expected': { en: 'a notice shorter than the renewal period ({renewal})', 'zh-CN': '短于续期期间（{renewal}）的通知期' },
  'lint.renewal-notice.hint': { en: 'a renewed contract could not be stopped before it renews again', 'zh-CN': '续期后的合同在再次续期之前无法终止' },
  'lint.renewal-without.expected': { en: 'a `terminationNotice` saying how to stop the renewal', 'zh-CN': '写明如何阻止续期的 `terminationNotice`' },
  'lint.renewal-without.got': { en: 'a renewal of {renewal} with no notice period', 'zh-CN': '续期 {renewal}，但没有通知期' },
  'lint.renewal-without.hint': { en: 'add term.terminationNotice, e.g. "1 month"', 'zh-CN': '请添加 term.terminationNotice，例如 "1 month"' },
  'lint.due-after.expected': {
    en: 'a deadline within the {cycle} period it pays for ({days} days)',
    'zh-CN': '在其所付费用的{cycle}周期（{days} 天）之内的付款期限',
  },
  'lint.due-after.hint': {
    en: 'each period would fall due after the next began; shorten the deadline or lengthen payment.cycle',
    'zh-CN': '每期费用都将在下一期开始之后才到期；请缩短付款期限，或者延长 payment.cycle',
  },
  'lint.cycle.monthly': { en: 'monthly', 'zh-CN': '月度' },
  'lint.cycle.quarterly': { en: 'quarterly', 'zh-CN': '季度' },
  'lint.cycle.yearly': { en: 'yearly', 'zh-CN': '年度' },
  'lint.late-rate.expected': { en: 'at most {max} % a day (日万分之五, {year} % a year)', 'zh-CN': '每日不超过 {max}%（日万分之五，年 {year}%）' },
  'lint.late-rate.got': { en: '{r} % a day ({year} % a year)', 'zh-CN': '每日 {r}%（年 {year}%）' },
  'lint.late-rate.hint': {
    en: 'a court may reduce it as excessive (民法典 第五百八十五条); 民间借贷 interest stops at four times the one-year LPR, {cap} % a year ({day} % a day) at the one-year LPR of {lpr} % published {since}',
    'zh-CN':
      '约定的违约金过分高于造成的损失的，人民法院可以予以适当减少（民法典 第五百八十五条）；民间借贷利率以一年期 LPR 的四倍为限，按 {since} 公布的一年期 LPR {lpr}% 计为年 {cap}%（每日 {day}%）',
  },
  'lint.zero-penalty.expected': { en: 'a penalty above zero, or none written', 'zh-CN': '大于零的违约金，或者不写' },
  'lint.zero-penalty.hint': {
    en: 'a penalty of nothing binds nobody: state the sum meant, or leave the field out (losses are then compensated as they are proven)',
    'zh-CN': '零元违约金约束不了任何一方：请写明实际约定的金额，或者删除该字段（损失按实际证明的数额赔偿）',
  },
  'lint.zero-rate.expected': { en: 'a rate above zero, or none written', 'zh-CN': '大于零的比例，或者不写' },
  'lint.zero-rate.hint': { en: 'a penalty of 0 % binds nobody: state the rate meant', 'zh-CN': '0% 的违约金约束不了任何一方：请写明实际约定的比例' },
  'lint.no-deadline.expected': {
    en: 'a payment deadline: `dueDay` (by day N of the period) or `dueWithin` (within N days)',
    'zh-CN': '付款期限：`dueDay`（每期第 N 日前）或者 `dueWithin`（N 日内）',
  },
  'lint.no-deadline.got': { en: 'neither', 'zh-CN': '两者均未填写' },
  'lint.no-deadline.hint': {
    en: "without one the contract says the fee is paid as the provider's payment notice says, and late payment has no date to run from",
    'zh-CN': '没有付款期限时，合同只能约定按服务方的付款通知付款，逾期付款也就没有起算日',
  },
  'lint.commission.expected': { en: 'the full name of one arbitration commission, e.g. {example}', 'zh-CN': '一家仲裁委员会的全称，例如 {example}' },
  'lint.commission.generic': { en: '{value} (it names no particular commission)', 'zh-CN': '{value}（未指明具体的仲裁委员会）' },
  'lint.commission.two': {
    en: '{value} (it names two commissions: the agreement is void unless the parties later agree on one)',
    'zh-CN': '{value}（写了两家仲裁委员会：除非双方事后就其中一家达成一致，仲裁协议无效）',
  },
  'lint.commission.loose': {
    en: '{value} (it describes a commission, by a place or a relation, instead of naming one)',
    'zh-CN': '{value}（只是对仲裁委员会的描述，没有写明具体的名称）',
  },
  'lint.commission.no-place': {
    en: '{value} (it names no city: a commission is known by its city, e.g. 上海仲裁委员会)',
    'zh-CN': '{value}（没有写明所在城市：仲裁委员会以其所在城市命名，例如上海仲裁委员会）',
  },
  'lint.commission.not-name': { en: '{value} (it does not read as the name of an arbitration commission)', 'zh-CN': '{value}（看不出是仲裁委员会的名称）' },
  'lint.commission.hint': {
    en: 'an arbitration agreement naming no commission is void (仲裁法 第十六条, 第十八条); name it, or choose litigation',
    'zh-CN': '仲裁协议对仲裁委员会没有约定或者约定不明确，又达不成补充协议的，仲裁协议无效（仲裁法 第十六条、第十八条）；请写明仲裁委员会，或者选择诉讼',
  },
  'lint.email.expected': {
    en: 'an e-mail address (email) for each party when notices may be served by e-mail',
    'zh-CN': '约定可以通过电子邮件送达通知时，各方的电子邮箱（email）',
  },
  'lint.email.got-one': { en: 'email, while {who} gives no email', 'zh-CN': 'email，但 {who} 未提供电子邮箱' },
  'lint.email.got-many': { en: 'email, while {who} give no email', 'zh-CN': 'email，但 {who} 未提供电子邮箱' },
  'lint.email.hint': { en: 'give {fields}, or remove email from notices.methods', 'zh-CN': '请填写 {fields}，或者从 notices.methods 中删除 email' },
  'lint.cap.expected': {
    en: "a cap of at least one month's fee ({month} % of twelve months' fees)",
    'zh-CN': '至少一个月服务费的责任上限（十二个月服务费的 {month}%）',
  },
  'lint.percent': { en: '{n} %', 'zh-CN': '{n}%' },
  'lint.cap.hint': {
    en: "the cap is a percentage of twelve months' fees: 100 is a year's fees, 8.33 a month's",
    'zh-CN': '上限按十二个月服务费的百分比计：100 为一年的服务费，8.33 为一个月的服务费',
  },
  'lint.data-clause.expected': {
    en: "a data-protection clause: the provider handles the end customers' personal information",
    'zh-CN': '个人信息保护条款：服务方处理终端客户的个人信息',
  },
  'lint.data-clause.got': { en: 'data-protection omitted', 'zh-CN': '删除了 data-protection 条款' },
  'lint.data-clause.hint': {
    en: '个人信息保护法 第二十一条 requires the terms of entrusted processing, and 第五十七条 a notice of any leak; keep the clause and set dataProtection (breachNoticeWithin, categories)',
    'zh-CN':
      '个人信息保护法 第二十一条要求约定委托处理的事项，第五十七条要求发生泄露时通知；请保留该条款，并填写 dataProtection（breachNoticeWithin、categories）',
  },
  'lint.breach.expected': { en: 'a breach notice within 72 hours at most (24 by default)', 'zh-CN': '最迟 72 小时内的泄露通知（默认 24 小时）' },
  'lint.breach.hint': {
    en: 'the client must act and notify immediately on a leak (个人信息保护法 第五十七条)',
    'zh-CN': '发生泄露时，委托方须立即采取补救措施并通知（个人信息保护法 第五十七条）',
  },
  'lint.party-signs.expected': {
    en: "a date on or before the contract's signing date ({signed}, contract.signingDate)",
    'zh-CN': '不晚于合同签订日期（{signed}，contract.signingDate）的日期',
  },
  'lint.party-signs.hint': {
    en: 'the contract is signed when the last party signs: make contract.signingDate that day',
    'zh-CN': '合同自最后一方签署时成立：请将 contract.signingDate 定为该日',
  },
  'lint.term-start.expected': { en: 'a start on or after the signing date ({signed})', 'zh-CN': '不早于签订日期（{signed}）的开始日期' },
  'lint.term-start.hint': {
    en: 'services before signing have no contract in force: start the term later, or say in a clause that the contract covers them',
    'zh-CN': '签订之前的服务没有生效的合同可依：请推迟期限开始日，或者以条款写明本合同涵盖这些服务',
  },
  'lint.invoice.expected': {
    en: 'vat-ordinary (增值税普通发票) for a client that is an individual',
    'zh-CN': '委托方为个人时应为 vat-ordinary（增值税普通发票）',
  },
  'lint.invoice.hint': {
    en: 'no special VAT invoice is issued to an individual consumer (增值税暂行条例 第二十一条)',
    'zh-CN': '向消费者个人销售的，不得开具增值税专用发票（增值税暂行条例 第二十一条）',
  },
  'lint.no-remedy.expected': {
    en: 'a remedy for poor service: compensateLosses true, or a serviceFailurePenalty',
    'zh-CN': '服务不达标的救济：compensateLosses 为 true，或者约定 serviceFailurePenalty',
  },
  'lint.no-remedy.got': { en: 'false, and no penalty', 'zh-CN': 'false，且没有违约金' },
  'lint.no-remedy.hint': { en: 'the service levels then carry no consequence the contract states', 'zh-CN': '服务标准因此没有合同约定的后果' },
  'lint.penalty-percent.expected': { en: 'at most {max} % of the total fees', 'zh-CN': '不超过服务费总额的 {max}%' },
  'lint.penalty-percent.hint': {
    en: 'a penalty excessively above the loss may be reduced (民法典 第五百八十五条; more than 30 % above the loss, 合同编通则解释 第六十五条)',
    'zh-CN': '违约金过分高于损失的，可以请求适当减少（民法典 第五百八十五条；超过损失 30% 的，见合同编通则解释 第六十五条）',
  },
  'lint.at-will.expected': { en: 'a notice shorter than the term ({term})', 'zh-CN': '短于合同期限（{term}）的通知期' },
  'lint.at-will.hint': {
    en: 'the at-will exit (民法典 第九百三十三条) could never be used before the term ends',
    'zh-CN': '任意解除权（民法典 第九百三十三条）在期限届满之前永远无法行使',
  },
  'lint.penalty-fee.expected': { en: 'a penalty per failure of at most the monthly fee ({fee})', 'zh-CN': '每次违约的违约金不超过月服务费（{fee}）' },
  'lint.penalty-fee.hint': {
    en: 'one missed service level would cost more than a month of the service',
    'zh-CN': '一次未达到服务标准的代价将超过一个月的服务费',
  },
  'lint.capacity.contacts.expected': {
    en: 'at most {bound} contacts per dedicated agent a month (lint option contactsPerAgentMonth)',
    'zh-CN': '每名专职坐席每月不超过 {bound} 次联络（lint 选项 contactsPerAgentMonth）',
  },
  'lint.capacity.contacts.got': {
    en: '{list} customers × {each} contacts each = {per} contacts per agent a month',
    'zh-CN': '{list} 名客户 × 每人 {each} 次联络 = 每名坐席每月 {per} 次联络',
  },
  'lint.capacity.contacts.hint': {
    en: 'shorten the monthly outreach list, contact each customer less often, or add agents',
    'zh-CN': '请缩短每月的外呼名单、降低每位客户的联络频次，或者增加坐席',
  },
  'lint.capacity.requests.expected': {
    en: 'at most {bound} requests per dedicated agent a month (lint option contactsPerAgentMonth)',
    'zh-CN': '每名专职坐席每月不超过 {bound} 件请求（lint 选项 contactsPerAgentMonth）',
  },
  'lint.capacity.requests.got': {
    en: '{volume} a month over {agents} agents = {per} each',
    'zh-CN': '每月 {volume} 件，由 {agents} 名坐席分担 = 每人 {per} 件',
  },
  'lint.capacity.requests.hint': { en: 'lower the volume the fee covers, or staff more agents', 'zh-CN': '请降低服务费覆盖的业务量，或者增加坐席' },
  'lint.uncapped.expected': {
    en: 'a monthly ceiling on a penalty charged for every failed request, or a penalty per KPI missed (serviceFailureBasis: monthly-indicator or beyond-tolerance)',
    'zh-CN': '按每次失败计收的违约金的月度上限，或者按未达成的 KPI 计收违约金（serviceFailureBasis：monthly-indicator 或者 beyond-tolerance）',
  },
  'lint.uncapped.got': {
    en: 'none, with serviceFailureBasis: each-incident and a KPI that tolerates misses',
    'zh-CN': '没有上限，而 serviceFailureBasis 为 each-incident，且 KPI 允许一定的失败',
  },
  'lint.uncapped.hint': {
    en: 'each miss inside the KPI tolerance would be a breach, without limit: set serviceFailureMonthlyCapPercent (e.g. 20) or change serviceFailureBasis',
    'zh-CN': 'KPI 容许范围内的每次失败都将构成违约，且没有上限：请设置 serviceFailureMonthlyCapPercent（例如 20），或者更改 serviceFailureBasis',
  },
  // ── the data-protection rules ────────────────────────────────────────────────────────────
  /** a short text of a check's own data given in both languages (a category, a kind of information) */
  'lint.both': { en: '{en}', 'zh-CN': '{zh}' },
  // ── locale rules ──────────────────────────────────────────────────────────────────────────
  'lint.identity-simplified.expected': {
    en: "a value in the contract's script ({locale}), or one kept as registered",
    'zh-CN': '与合同文字（{locale}）一致的写法，或者登记的写法',
  },
  'lint.identity-simplified.got': { en: '{value} ({chars}: Simplified only)', 'zh-CN': '{value}（{chars}：仅见于简体）' },
  'lint.identity-simplified.hint': {
    en: 'it prints exactly as typed, in Simplified, in the Traditional contract; type the registered Traditional form if there is one, else leave it as registered',
    'zh-CN': '繁体合同中按原样以简体印出；如有登记的繁体写法，请照登记写法填写，否则保留登记写法',
  },
  'lint.outreach-marketing.expected': {
    en: 'outreach: marketing, as the contract asks the provider to promote goods or campaigns',
    'zh-CN': 'outreach: marketing，因为合同要求服务方推广商品或者活动',
  },
  'lint.outreach-marketing.got': { en: 'outreach: {value}, while the contract says {quote}', 'zh-CN': 'outreach: {value}，而合同写明{quote}' },
  'lint.outreach-marketing.hint': {
    en: 'the provider may not go beyond the agreed method (个人信息保护法 第二十一条); marketing reaches only those with a legal basis who have not refused (第十三条, 第二十四条; 广告法 第四十三条)',
    'zh-CN':
      '受托人不得超出约定的处理方式处理个人信息（个人信息保护法 第二十一条）；营销只能面向有合法性基础且未拒绝的个人（第十三条、第二十四条；广告法 第四十三条）',
  },
  'lint.outreach-care.expected': {
    en: 'outreach: care (or marketing), as the contract asks the provider to contact individuals proactively',
    'zh-CN': 'outreach: care（或者 marketing），因为合同要求服务方主动联系个人',
  },
  'lint.outreach-care.got': { en: 'outreach: none, while the contract says {quote}', 'zh-CN': 'outreach: none，而合同写明{quote}' },
  'lint.outreach-care.hint': {
    en: 'every proactive contact is then outside the agreed method (个人信息保护法 第二十一条); care limits it to the individuals the client designates with a legal basis (第十三条), and a refusal stops it',
    'zh-CN': '每一次主动联系都将超出约定的处理方式（个人信息保护法 第二十一条）；care 将其限于委托方指定且有合法性基础的个人（第十三条），个人拒绝即停止',
  },
  'lint.profiling.expected': {
    en: 'analytics: profiling, as the contract asks for analysis of individuals',
    'zh-CN': 'analytics: profiling，因为合同要求对个人进行分析',
  },
  'lint.analytics.got': { en: 'analytics: {value}, while the contract says {quote}', 'zh-CN': 'analytics: {value}，而合同写明{quote}' },
  'lint.profiling.hint': {
    en: 'profiling needs an impact assessment (个人信息保护法 第五十五条) and the transparency and refusal of 第二十四条',
    'zh-CN': '用户画像须事前进行个人信息保护影响评估（个人信息保护法 第五十五条），并满足第二十四条的透明度和拒绝权要求',
  },
  'lint.aggregate.expected': {
    en: 'analytics: aggregate, as the contract asks for reports used for 选品 or 运营',
    'zh-CN': 'analytics: aggregate，因为合同要求提供用于选品或者运营的报告',
  },
  'lint.aggregate.hint': {
    en: 'the clause then forbids the analysis the reports need; aggregate keeps them aggregated and de-identified (个人信息保护法 第七十三条), which is all 选品 and 运营 need',
    'zh-CN': '该条款将禁止报告所需的分析；aggregate 使其保持汇总和去标识化（个人信息保护法 第七十三条），这已能满足选品和运营的需要',
  },
  'lint.category.expected': { en: 'a category for the {what} the contract mentions', 'zh-CN': '合同提到的{what}所属的类别' },
  'lint.category.got': { en: 'none among the categories, while the contract says {quote}', 'zh-CN': '类别中没有，而合同写明{quote}' },
  'lint.category.hint': {
    en: 'the provider may process only the categories agreed (个人信息保护法 第二十一条): list what the service produces',
    'zh-CN': '受托人只能处理约定的类别（个人信息保护法 第二十一条）：请列出服务产生的信息',
  },
  'lint.sensitive.expected': {
    en: 'terms for the {what} the business implies: sensitive: true naming it in sensitiveCategories{minors}, or excluded (not to be collected)',
    'zh-CN': '业务涉及的{what}的约定：sensitive: true 并在 sensitiveCategories 中列明{minors}，或者列入 excluded（不收集）',
  },
  'lint.sensitive.minors': { en: ' with minors: true', 'zh-CN': '，同时 minors: true' },
  'lint.sensitive.got-without': { en: 'sensitive: true without it, while the contract says {quote}', 'zh-CN': 'sensitive: true 但未列明，而合同写明{quote}' },
  'lint.sensitive.got-none': { en: 'no sensitive personal information, while the contract says {quote}', 'zh-CN': '没有敏感个人信息，而合同写明{quote}' },
  'lint.sensitive.hint': {
    en: "sensitive information needs a specific purpose, necessity and separate consent (个人信息保护法 第二十八条, 第二十九条) and an impact assessment (第五十五条); a minor's, the guardian's consent (第三十一条)",
    'zh-CN':
      '处理敏感个人信息须具有特定的目的和充分的必要性，并取得个人的单独同意（个人信息保护法 第二十八条、第二十九条），事前进行影响评估（第五十五条）；不满十四周岁未成年人的，须取得其监护人的同意（第三十一条）',
  },
  // ── drafting rules ────────────────────────────────────────────────────────────────────────
  'lint.undefined-term.expected': {
    en: 'a term the contract defines (“{term}”是指…, or 以下简称“{term}”)',
    'zh-CN': '合同定义的术语（“{term}”是指……，或者以下简称“{term}”）',
  },
  'lint.undefined-term.got': { en: '“{term}”, defined nowhere in the contract', 'zh-CN': '“{term}”，合同中没有定义' },
  'lint.undefined-term.hint': {
    en: 'define it where it is first used, e.g. …（以下简称“…”）, or drop the quotation marks if it is not a defined term',
    'zh-CN': '请在首次使用处定义，例如……（以下简称“……”）；如果不是定义术语，请去掉引号',
  },
  'lint.unused-term.expected': { en: 'a defined term the contract uses', 'zh-CN': '合同中使用的定义术语' },
  'lint.unused-term.got': { en: '“{term}”, defined but never used', 'zh-CN': '“{term}”，已定义但从未使用' },
  'lint.unused-term.hint': { en: 'remove the definition, or use the term where the contract means it', 'zh-CN': '请删除该定义，或者在合同指称之处使用该术语' },
  'lint.omitted-ref.expected': { en: 'a reference to a clause the contract has', 'zh-CN': '对合同中存在的条款的引用' },
  'lint.omitted-ref.got': { en: '{text}, while `{id}` ({title}) is omitted (clauses.omit)', 'zh-CN': '{text}，但 `{id}`（{title}）已被删除（clauses.omit）' },
  'lint.omitted-ref.tree-hint': {
    en: 'the contract text (a template) names the omitted clause in words: keep the clause, or guard that text with {{#if (hasClause "id")}} in the template',
    'zh-CN': '合同正文（模板）以文字提及已删除的条款：请保留该条款，或者在模板中以 {{#if (hasClause "id")}} 限定该文字',
  },
  'lint.omitted-ref.hint': { en: 'keep the clause, or say here what the reference was to import', 'zh-CN': '请保留该条款，或者在此处写明所引用的内容' },
  'lint.placeholder.expected': { en: 'the value itself: a final contract has no blanks', 'zh-CN': '值本身：正式合同不得留有空白' },
  'lint.placeholder.got': { en: 'the placeholder {text}', 'zh-CN': '占位符 {text}' },
  'lint.placeholder.hint': {
    en: 'write what goes here, or mark the spec `draft: true` while it is still to be settled (rule lint/blank-in-final). If it is real text: put a name that contains XX in quotation marks (“XX家居旗舰店”), reword (尚未确认的 for 待确认的), or, for this spec only, set `lint: {blank-in-final: off}`',
    'zh-CN':
      '请写明此处的内容；尚未商定时，将规格文件标为 `draft: true`（规则 lint/blank-in-final）。若确为正文：含 XX 的名称请加引号（“XX家居旗舰店”），或者改写（如将“待确认的”改为“尚未确认的”），或者仅对本规格文件设置 `lint: {blank-in-final: off}`',
  },
  'lint.duplicate-title.expected': { en: 'a clause on a subject the contract does not cover yet', 'zh-CN': '关于合同尚未涉及的事项的条款' },
  'lint.duplicate-title.got': { en: '{title}, the title of {clause}', 'zh-CN': '{title}，与{clause}的标题相同' },
  'lint.instead.replace': { en: "replace that clause's text instead (clauses.replace.{id})", 'zh-CN': '请改为替换该条款的文本（clauses.replace.{id}）' },
  'lint.instead.templates': {
    en: 'change that clause with your own templates instead, or keep only what is new',
    'zh-CN': '请改用自己的模板修改该条款，或者只保留新增的内容',
  },
  'lint.duplicate-text.expected': { en: 'a clause saying what no standard clause says', 'zh-CN': '标准条款未涉及的内容' },
  'lint.duplicate-text.got': { en: 'text {percent} % like {clause}', 'zh-CN': '文字与{clause}的相似度为 {percent}%' },
  // ── staffing rules ────────────────────────────────────────────────────────────────────────
  'lint.staff-fee.expected': {
    en: 'at least {floor} yuan a month per dedicated staff member before VAT ({count} at {path}: {total} yuan{tax})',
    'zh-CN': '每名专职人员每月不含增值税不少于 {floor} 元（{path} 为 {count} 人：共 {total} 元{tax}）',
  },
  'lint.staff-fee.tax': { en: ' tax included', 'zh-CN': '，含税' },
  'lint.staff-fee.hint': {
    en: "below the minimum wage plus the employer's social insurance ({province} {wage} yuan from {since}, +{insurance} %); raise the fee or correct the headcount; set the rule's staffFeeFloor option (lint: { staff-fee-below-floor: { level: warning, staffFeeFloor: n } }) for another floor",
    'zh-CN':
      '低于最低工资加用人单位社会保险费（{province} 自 {since} 起 {wage} 元，另加 {insurance}%）；请提高服务费或者更正人数；如需采用其他标准，请设置该规则的 staffFeeFloor 选项（lint: { staff-fee-below-floor: { level: warning, staffFeeFloor: n } }）',
  },
  'lint.staff-fee.got': { en: '{fee} yuan per person', 'zh-CN': '每人 {fee} 元' },
  'lint.outsourcing.expected': {
    en: 'outsourcing wording: a team the provider manages, the client judging results',
    'zh-CN': '外包的措辞：由服务方管理团队，委托方评价结果',
  },
  'lint.dispatch.hint': {
    en: 'these are markers of disguised dispatch (劳务派遣暂行规定 第二十七条; the client would be a 用工单位 under 劳动合同法 第六十六条 and jointly liable under 第九十二条): drop the dispatch licence, say 项目团队 not 派驻, give notice of changes and let the client require corrective measures the provider chooses, list roles and headcount',
    'zh-CN':
      '这些是变相劳务派遣的标志（劳务派遣暂行规定 第二十七条；委托方将被视为劳动合同法 第六十六条所称的用工单位，并依第九十二条承担连带责任）：请删除劳务派遣资质的表述，写“项目团队”而不是“派驻”，人员变更改为通知，委托方只能要求采取纠正措施、由服务方选择具体措施，只列明岗位和人数',
  },
  'lint.dispatch.licence': { en: 'a labour-dispatch licence or wording (劳务派遣)', 'zh-CN': '劳务派遣资质或者措辞（劳务派遣）' },
  'lint.dispatch.posted': { en: 'staff "派驻" (posted) to the client', 'zh-CN': '人员“派驻”到委托方' },
  'lint.dispatch.approving': { en: 'the client approving individual staff', 'zh-CN': '委托方审批具体人员' },
  'lint.dispatch.got': { en: '{what}: {text}', 'zh-CN': '{what}：{text}' },
  'lint.roster.got': { en: 'a roster of names as a contract term ({title})', 'zh-CN': '作为合同条款的人员名单（{title}）' },
  'lint.annex-n': { en: 'annex {n}', 'zh-CN': '附件 {n}' },
  'lint.roster.expected': { en: 'a list of roles and headcount', 'zh-CN': '岗位和人数的列表' },
  'lint.dispatch-marker.expected': {
    en: 'a result bought: fees per contact, ticket or hour of coverage; the client requires a remedy of performance, the provider decides staffing',
    'zh-CN': '购买服务结果：按咨询量、工单量或者服务时段计费；委托方只能要求纠正服务，具体人员安排由服务方决定',
  },
  'lint.dispatch-marker.hint': {
    en: 'markers a court reads as labour dispatch (劳务派遣暂行规定 第二十七条; 劳动合同法 第五十七条 to 第六十七条, joint liability under 第九十二条): price per contact, ticket or day of coverage with a volume band; let the client require corrective measures and the provider choose them; let the provider run any exam on the product material the client supplies',
    'zh-CN':
      '法院会据此认定为劳务派遣的标志（劳务派遣暂行规定 第二十七条；劳动合同法 第五十七条至第六十七条，第九十二条的连带责任）：请按咨询量、工单量或者服务日数计费并约定服务量区间；委托方只能要求采取纠正措施，由服务方决定具体措施；考核由服务方依据委托方提供的产品资料组织',
  },
  'lint.dispatch-marker.per-head': { en: 'a price per head or per person-time', 'zh-CN': '按人头或者按人·时间计价' },
  'lint.dispatch-marker.replace': { en: 'the client replacing individual staff or the team', 'zh-CN': '委托方更换具体人员或者整个团队' },
  'lint.dispatch-marker.exam': { en: "staff passing the client's exam", 'zh-CN': '服务人员须通过委托方的考核' },
  // ── lint --rules: what each rule finds, in Chinese (the English is the catalogue's own `finds`) ──
  'rules.finds.reply-after-resolution': { en: '{finds}', 'zh-CN': '首次答复时限长于其所导向的处理、完成或者标准答复时限' },
  'rules.finds.notice-longer-than-renewal': { en: '{finds}', 'zh-CN': '阻止续期的通知期等于或者长于续期期间' },
  'rules.finds.renewal-without-notice': { en: '{finds}', 'zh-CN': '自动续期的期限没有约定阻止续期的通知期' },
  'rules.finds.payment-due-after-period': { en: '{finds}', 'zh-CN': '付款期限长于付款周期（按月付款而 dueWithin 为 40 天）' },
  'rules.finds.late-payment-rate': { en: '{finds}', 'zh-CN': '逾期付款违约金高于每日 0.05%（日万分之五，年 18.25%）' },
  'rules.finds.zero-penalty': { en: '{finds}', 'zh-CN': '违约金或者赔偿金为零' },
  'rules.finds.fee-without-deadline': { en: '{finds}', 'zh-CN': '服务费没有付款期限（既无 payment.dueDay，也无 payment.dueWithin）' },
  'rules.finds.arbitration-commission-unclear': {
    en: '{finds}',
    'zh-CN': '仲裁条款没有指明具体的仲裁委员会（仲裁委员会、当地仲裁机构、有管辖权的仲裁委员会）',
  },
  'rules.finds.email-service-without-address': { en: '{finds}', 'zh-CN': '约定以电子邮件送达通知（notices.methods），但有一方未提供电子邮箱' },
  'rules.finds.cap-below-monthly-fee': { en: '{finds}', 'zh-CN': '责任上限低于一个月的服务费（低于十二个月服务费的 100/12%）' },
  'rules.finds.personal-data-without-clause': { en: '{finds}', 'zh-CN': '服务方处理终端客户的个人信息，却删除了个人信息保护条款' },
  'rules.finds.breach-notice-too-long': { en: '{finds}', 'zh-CN': '个人信息泄露的通知期限超过 72 小时' },
  'rules.finds.data-use-forbids-service': {
    en: '{finds}',
    'zh-CN':
      '个人信息保护条款约定的处理方式禁止服务所需的处理：主动联系（客户关怀、回访、营销）而 outreach 为 none，用于选品或者运营的报告而 analytics 为 none，用户画像而 analytics 不是 profiling',
  },
  'rules.finds.data-categories-missing': {
    en: '{finds}',
    'zh-CN': '服务产生但类别中未列明的个人信息：通话录音、聊天记录、订单或者购买记录、远程协助录屏、所处理设备中的信息',
  },
  'rules.finds.sensitive-data-implied': {
    en: '{finds}',
    'zh-CN': '合同文字本身表明涉及敏感个人信息（母婴 → 孕产和儿童信息；医疗器械、健康 → 健康信息），却没有敏感个人信息的约定，也未列为不收集',
  },
  'rules.finds.party-signs-after-contract': { en: '{finds}', 'zh-CN': '一方的签署日期晚于合同签订日期' },
  'rules.finds.term-starts-before-signing': { en: '{finds}', 'zh-CN': '服务期限的开始日早于合同签订日期' },
  'rules.finds.special-invoice-to-individual': { en: '{finds}', 'zh-CN': '向个人委托方承诺开具增值税专用发票' },
  'rules.finds.no-remedy-for-poor-service': { en: '{finds}', 'zh-CN': '违约责任既不赔偿损失，也没有服务不达标的违约金' },
  'rules.finds.penalty-percent-high': { en: '{finds}', 'zh-CN': '违约金比例高于服务费总额的 30%' },
  'rules.finds.at-will-notice-exceeds-term': { en: '{finds}', 'zh-CN': '任意解除的通知期等于或者长于合同期限' },
  'rules.finds.service-penalty-exceeds-monthly-fee': { en: '{finds}', 'zh-CN': '每次服务不达标的违约金高于月服务费' },
  'rules.finds.agent-capacity': {
    en: '{finds}',
    'zh-CN': '每名专职坐席每月的联络或者请求量超过一人所能处理（外呼名单 × 每人联络次数，或者月业务量，除以坐席人数）',
  },
  'rules.finds.per-incident-penalty-uncapped': {
    en: '{finds}',
    'zh-CN': '按每次失败计收违约金（serviceFailureBasis: each-incident），同时 KPI 按百分比容许一定失败，且没有月度上限',
  },
  'rules.finds.staff-fee-below-floor': {
    en: '{finds}',
    'zh-CN': '每名专职人员每月的不含增值税服务费低于下限（默认 3,600 元，可以用该规则的 staffFeeFloor 选项另行设定）',
  },
  'rules.finds.labour-dispatch-markers': {
    en: '{finds}',
    'zh-CN': '外包文字中带有劳务派遣的标志：劳务派遣资质或者措辞、人员派驻到委托方、委托方审批具体人员、以人员名单作为合同条款',
  },
  'rules.finds.dispatch-marker': {
    en: '{finds}',
    'zh-CN':
      '客户服务准则、客户维护服务协议和客服工作合同中：按人头或者按人·时间计价（fees.items 的 unit 为人·天、人·小时、人、名；文字中的每人·天），委托方更换具体人员或者团队，服务人员须通过委托方设定的考核',
  },
  'rules.finds.term-undefined': { en: '{finds}', 'zh-CN': '自写条款中加引号、但合同从未定义的术语' },
  'rules.finds.term-unused': { en: '{finds}', 'zh-CN': '规格文件定义、但合同从未使用的术语' },
  'rules.finds.reference-to-omitted': {
    en: '{finds}',
    'zh-CN': '自写文字或者模板印出的合同正文引用了规格文件已删除的条款（例如删除了 data-protection，却写“依照本协议关于个人信息保护的约定”）',
  },
  'rules.finds.blank-in-final': {
    en: '{finds}',
    'zh-CN': '正式合同中留有占位符：__、＿、XX/xx/X元、××、***、？？、○○、[ ]、【 】、某某、待定、待确认、待补充、TBD/TBC/TBA、{{…}}、<…>、xxx@xxx.com',
  },
  'rules.finds.repeats-standard-clause': { en: '{finds}', 'zh-CN': '新增条款与合同的标准条款重复（标题相同，或者文字大致相同）' },
  'rules.option.contactsPerAgentMonth': { en: '{describe}', 'zh-CN': '一名专职坐席一个月处理的联络或者请求数' },
  'rules.option.staffFeeFloor': { en: '{describe}', 'zh-CN': '每名专职人员每月不含增值税的服务费（元）' },
  'rules.group.commercial': { en: 'Commercial consistency', 'zh-CN': '商业条款的一致性' },
  'rules.group.drafting': { en: 'Drafting', 'zh-CN': '起草措辞' },
  'rules.option': { en: 'option {key}: {describe} (default {n})', 'zh-CN': '选项 {key}：{describe}（默认 {n}）' },
  'rules.footer': {
    en: "Set a rule's severity (off, info, warning, error) under `lint:` in a spec or in the settings file; a rule with options takes { level, <option>: n }.",
    'zh-CN': '在规格文件或者设置文件的 `lint:` 下设定规则的严重程度（off、info、warning、error）；带选项的规则写作 { level, <option>: n }。',
  },
} as const;
