// The commercial lint rules: terms of a valid contract that hold together as data but not as a
// deal (a reply slower than the solution, a cap below a month's fee, a penalty of nothing). Each
// reads the validated contract; what validate already checks (the term's order, tiers in order,
// notice shorter than the term, a payment day every month has: dueDay is 1–28) is left to it.
import type { MessageRef } from '../errors/diagnostic.js';
import { type MessageId, said } from '../i18n/messages.js';
import { type Duration, minutesOf } from '../schema/primitives.js';
import type { LintRuleId } from './catalog.js';
import { type Check, type Finding, type LintContext, present } from './types.js';

type Money = number | { amount: number; inWords?: string };
type Maybe<T> = T | null | undefined;

/**
 * The blocks the rules read, as every type that has them shapes them (src/schema/blocks.ts): one
 * view over the five types' union, narrowed by what is present.
 */
interface SpecView {
  contract?: { signingDate?: Maybe<string> };
  parties?: Partial<Record<'provider' | 'client', { kind?: string; signingDate?: Maybe<string>; email?: Maybe<string> }>>;
  term?: Maybe<{ start?: Maybe<string>; end?: Maybe<string>; length?: Maybe<Duration>; renewal?: Maybe<Duration>; terminationNotice?: Maybe<Duration> }>;
  services?: { completionWithin?: Maybe<Duration>; replyWithin?: Maybe<Duration> };
  serviceLevels?: { replyWithin?: Maybe<Duration>; complaintResolutionWithin?: Maybe<Duration>; indicators?: Maybe<{ target?: Maybe<string> }[]> };
  communication?: {
    replyWithin?: Maybe<Duration>;
    dedicatedAgents?: Maybe<number>;
    outreachListPerAgent?: Maybe<number>;
    newCustomerContact?: Maybe<string>;
    existingCustomerContactsPerMonth?: Maybe<number>;
  };
  operations?: Maybe<{ agents?: Maybe<number>; monthlyVolume?: Maybe<number> }>;
  indicators?: Maybe<Record<string, Maybe<number>>>;
  tiers?: { level1?: Maybe<{ answerWithin?: Maybe<Duration> }> };
  fees?: { monthly?: Maybe<Money> };
  payment?: { cycle?: string; dueDay?: Maybe<number>; dueWithin?: Maybe<Duration>; latePaymentPercentPerDay?: Maybe<number> };
  invoice?: { kind?: string };
  confidentiality?: { period?: Maybe<Duration> };
  dataProtection?: { breachNoticeWithin?: Duration };
  liability?: {
    compensateLosses?: boolean;
    capPercentOfFees?: Maybe<number>;
    serviceFailurePenalty?: Maybe<Money>;
    serviceFailureBasis?: string;
    serviceFailureMonthlyCapPercent?: number | 'none';
    client?: Record<string, Maybe<Money>>;
    provider?: Record<string, Maybe<Money> | Maybe<Duration>>;
  };
  atWillTermination?: { mode?: string; notice?: Maybe<Duration>; providerCompensation?: Maybe<Money> };
  disputes?: { method?: string; commission?: Maybe<string> };
  notices?: { methods?: string[] };
  clauses?: Maybe<{ omit?: Maybe<string[]> }>;
}

const view = (ctx: LintContext) => ctx.contract.spec as SpecView;
const amountOf = (m: Money) => (typeof m === 'number' ? m : m.amount);
/** the path of a money value's figure: the field, or its `amount` when written with capitals */
const moneyPath = (path: (string | number)[], m: Money) => (typeof m === 'number' ? path : [...path, 'amount']);

/** "2 hours", "1 year", as a spec writes it */
export function show(d: Duration): string {
  const words: Record<Duration['unit'], [string, string]> = {
    minute: ['minute', 'minutes'],
    hour: ['hour', 'hours'],
    day: ['day', 'days'],
    workingDay: ['working day', 'working days'],
    week: ['week', 'weeks'],
    month: ['month', 'months'],
    year: ['year', 'years'],
  };
  return `${d.value} ${words[d.unit][d.value === 1 ? 0 : 1]}`;
}

/** A duration said by id: "2 hours", 2 小时 */
export function dur(d: Duration): MessageRef {
  return said(`dur.${d.unit}.${d.value === 1 ? 'one' : 'many'}` as MessageId, { n: d.value });
}

/** Names joined with "and", said in the reader's language */
function joined(names: string[]): string | MessageRef {
  if (names.length === 1) return names[0]!;
  return names.slice(1).reduce<string | MessageRef>((acc, n) => said('lint.join', { a: acc, b: n }), names[0]!);
}

/** The term's length in minutes: from start to end (both days counted), or `length`; undefined when neither is known. */
export function termMinutes(term: SpecView['term']): number | undefined {
  if (!term) return undefined;
  if (present(term.start) && present(term.end)) {
    return term.end > term.start ? ((Date.parse(term.end) - Date.parse(term.start)) / 86_400_000 + 1) * 1440 : undefined;
  }
  return present(term.length) ? minutesOf(term.length) : undefined;
}

/** Calendar days a duration takes at least: a working day is one of five in seven. */
function calendarDays(d: Duration): number {
  return d.unit === 'workingDay' ? (d.value * 7) / 5 : minutesOf(d) / 1440;
}

const reply: Check = (ctx) => {
  const s = view(ctx);
  const out: Finding[] = [];
  const pair = (fast: [string[], Maybe<Duration>, MessageId], slow: [string[], Maybe<Duration>, MessageId]) => {
    const [path, first, name] = fast;
    const [slowPath, then, slowName] = slow;
    if (present(first) && present(then) && minutesOf(first) > minutesOf(then)) {
      out.push({
        path,
        expected: said('lint.reply.expected', { slow: said(slowName), then: dur(then), path: slowPath.join('.') }),
        got: dur(first),
        hint: said('lint.reply.hint', { name: said(name), path: slowPath.join('.') }),
      });
    }
  };
  const reply = s.serviceLevels?.replyWithin;
  pair(
    [['serviceLevels', 'replyWithin'], reply, 'lint.name.reply'],
    [['serviceLevels', 'complaintResolutionWithin'], s.serviceLevels?.complaintResolutionWithin, 'lint.name.resolution'],
  );
  pair([['serviceLevels', 'replyWithin'], reply, 'lint.name.reply'], [['services', 'completionWithin'], s.services?.completionWithin, 'lint.name.completion']);
  pair(
    [['communication', 'replyWithin'], s.communication?.replyWithin, 'lint.name.first-reply'],
    [['tiers', 'level1', 'answerWithin'], s.tiers?.level1?.answerWithin, 'lint.name.level1'],
  );
  return out;
};

const noticeVsRenewal: Check = (ctx) => {
  const t = view(ctx).term;
  if (!t || !present(t.renewal) || !present(t.terminationNotice) || minutesOf(t.terminationNotice) < minutesOf(t.renewal)) return [];
  return [
    {
      path: ['term', 'terminationNotice'],
      expected: said('lint.renewal-notice.expected', { renewal: dur(t.renewal) }),
      got: dur(t.terminationNotice),
      hint: said('lint.renewal-notice.hint'),
    },
  ];
};

const renewalWithoutNotice: Check = (ctx) => {
  const t = view(ctx).term;
  // a draft may still fill the notice in
  if (ctx.draft || !t || !present(t.renewal) || present(t.terminationNotice)) return [];
  return [
    {
      path: ['term', 'renewal'],
      at: 'key',
      expected: said('lint.renewal-without.expected'),
      got: said('lint.renewal-without.got', { renewal: dur(t.renewal) }),
      hint: said('lint.renewal-without.hint'),
    },
  ];
};

function termText(term: SpecView['term']): MessageRef {
  if (term && present(term.start) && present(term.end)) return said('lint.term.dates', { start: term.start, end: term.end });
  return term && present(term.length) ? dur(term.length) : said('lint.term.unknown');
}

const PERIOD_DAYS: Record<string, number> = { monthly: 30, quarterly: 91, yearly: 365 };
const dueAfterPeriod: Check = (ctx) => {
  const p = view(ctx).payment;
  const days = p?.cycle ? PERIOD_DAYS[p.cycle] : undefined;
  if (!p || !present(p.dueWithin) || days === undefined || calendarDays(p.dueWithin) <= days) return [];
  return [
    {
      path: ['payment', 'dueWithin'],
      expected: said('lint.due-after.expected', { cycle: said(`lint.cycle.${p.cycle}` as MessageId), days }),
      got: dur(p.dueWithin),
      hint: said('lint.due-after.hint'),
    },
  ];
};

/** 日万分之五, the top of the range; the 民间借贷 ceiling is printed beside it (catalog.ts says why). */
export const LATE_RATE_MAX = 0.05;
/** the one-year LPR (贷款市场报价利率) in percent, and the day it was published */
export const LPR_ONE_YEAR = { percent: 3.0, since: '2025-05-20' } as const;
const lateRate: Check = (ctx) => {
  const r = view(ctx).payment?.latePaymentPercentPerDay;
  if (!present(r) || r <= LATE_RATE_MAX) return [];
  const ceiling = (LPR_ONE_YEAR.percent * 4) / 365;
  return [
    {
      path: ['payment', 'latePaymentPercentPerDay'],
      expected: said('lint.late-rate.expected', { max: LATE_RATE_MAX, year: (LATE_RATE_MAX * 365).toFixed(2) }),
      got: said('lint.late-rate.got', { r, year: (r * 365).toFixed(2) }),
      hint: said('lint.late-rate.hint', {
        cap: (LPR_ONE_YEAR.percent * 4).toFixed(1),
        day: ceiling.toFixed(3),
        lpr: LPR_ONE_YEAR.percent.toFixed(1),
        since: LPR_ONE_YEAR.since,
      }),
    },
  ];
};

const zeroPenalty: Check = (ctx) => {
  const s = view(ctx);
  const out: Finding[] = [];
  const money = (path: string[], m: Maybe<Money>) => {
    if (present(m) && amountOf(m) === 0)
      out.push({ path: moneyPath(path, m), expected: said('lint.zero-penalty.expected'), got: '0', hint: said('lint.zero-penalty.hint') });
  };
  const rate = (path: string[], v: unknown) => {
    if (v === 0) out.push({ path, expected: said('lint.zero-rate.expected'), got: '0', hint: said('lint.zero-rate.hint') });
  };
  money(['liability', 'serviceFailurePenalty'], s.liability?.serviceFailurePenalty);
  for (const [k, v] of Object.entries(s.liability?.client ?? {})) money(['liability', 'client', k], v);
  for (const [k, v] of Object.entries(s.liability?.provider ?? {})) {
    if (/Penalty$/.test(k)) money(['liability', 'provider', k], v as Maybe<Money>);
    else if (/Percent/.test(k)) rate(['liability', 'provider', k], v);
  }
  if (s.atWillTermination?.mode === 'priced') money(['atWillTermination', 'providerCompensation'], s.atWillTermination.providerCompensation);
  rate(['payment', 'latePaymentPercentPerDay'], s.payment?.latePaymentPercentPerDay);
  return out;
};

const feeWithoutDeadline: Check = (ctx) => {
  const p = view(ctx).payment;
  // a draft prints the deadline as a blank to fill
  if (ctx.draft || !p || present(p.dueDay) || present(p.dueWithin)) return [];
  return [
    { path: ['payment'], at: 'key', expected: said('lint.no-deadline.expected'), got: said('lint.no-deadline.got'), hint: said('lint.no-deadline.hint') },
  ];
};

/** Words that stand in for a commission without naming one. */
const GENERIC_COMMISSION =
  /^(?:当地|本地|有管辖权(?:的)?|合同(?:签订|履行)地|签订地|履行地|[甲乙]方(?:所在地|住所地)|(?:服务)?(?:提供方|接受方|委托方|受托方)(?:所在地|住所地)|被告(?:所在地|住所地)|原告(?:所在地|住所地)|双方(?:协商|同意|认可|选定)(?:的)?|任何|任一|一方)?(?:的)?(?:仲裁委员会|仲裁机构|仲裁院|仲裁中心|仲裁庭)$/;
const TWO_COMMISSIONS = /仲裁(?:委员会|机构|院|中心).*(?:或者?|和|及|与|、|\/).*仲裁(?:委员会|机构|院|中心)/;
/** Words that describe where a commission is instead of naming it. */
const LOOSE_COMMISSION = /的|当地|本地|有关|相关|所在地|住所地|签订地|履行地|管辖/;
const INSTITUTION = /仲裁委员会|仲裁院|国际仲裁中心|仲裁中心/;
/** No place before the institution's words: 国际仲裁院, 经济贸易仲裁委员会. */
const unplaced = (c: string): boolean => {
  const before = c.slice(0, c.search(INSTITUTION)).replace(/(?:国际|经济贸易|经贸|商事|海事|金融|知识产权)+$/, '');
  return [...before].length < 2;
};
const commission: Check = (ctx) => {
  const d = view(ctx).disputes;
  if (d?.method !== 'arbitration' || !present(d.commission)) return [];
  const c = d.commission.replace(/\s+/g, '');
  const named = /仲裁|arbitrat/i.test(c) || /^[A-Z]{2,8}$/.test(c);
  const chinese = /[\u4e00-\u9fff]/.test(c);
  let why: MessageId | undefined;
  if (GENERIC_COMMISSION.test(c)) why = 'lint.commission.generic';
  else if (TWO_COMMISSIONS.test(c)) why = 'lint.commission.two';
  else if (!named) why = 'lint.commission.not-name';
  // a description of a commission, not its name: 上海的仲裁委员会, 有关仲裁委员会, 合同签订地仲裁委员会
  else if (LOOSE_COMMISSION.test(c)) why = 'lint.commission.loose';
  // a Chinese name is of a 仲裁委员会, a 仲裁院 or a 国际仲裁中心 (not a 仲裁机构, a 仲裁庭)
  else if (chinese && !INSTITUTION.test(c)) why = 'lint.commission.not-name';
  // and says its city (or 中国 for the national ones) before the institution's words
  else if (chinese && unplaced(c)) why = 'lint.commission.no-place';
  if (!why) return [];
  return [
    {
      path: ['disputes', 'commission'],
      expected: said('lint.commission.expected', { example: '上海国际经济贸易仲裁委员会' }),
      got: said(why, { value: d.commission }),
      hint: said('lint.commission.hint'),
    },
  ];
};

/** e-mail among the ways of service, with no mailbox to serve to (a draft fills its blanks later) */
const emailService: Check = (ctx) => {
  if (ctx.draft) return [];
  const v = view(ctx);
  const i = (v.notices?.methods ?? []).indexOf('email');
  if (i === -1 || (v.clauses?.omit ?? []).includes('notices')) return [];
  const lacking = (['provider', 'client'] as const).filter((role) => !present(v.parties?.[role]?.email));
  if (!lacking.length) return [];
  return [
    {
      path: ['notices', 'methods', i],
      expected: said('lint.email.expected'),
      got: said(lacking.length === 1 ? 'lint.email.got-one' : 'lint.email.got-many', { who: joined(lacking.map((r) => `parties.${r}`)) }),
      hint: said('lint.email.hint', { fields: joined(lacking.map((r) => `parties.${r}.email`)) }),
    },
  ];
};

/** one month of twelve, in percent, as a contract would round it */
const MONTH_PERCENT = 8.33;
const capBelowMonth: Check = (ctx) => {
  const cap = view(ctx).liability?.capPercentOfFees;
  if (!present(cap) || cap >= MONTH_PERCENT) return [];
  return [
    {
      path: ['liability', 'capPercentOfFees'],
      expected: said('lint.cap.expected', { month: MONTH_PERCENT }),
      got: said('lint.percent', { n: cap }),
      hint: said('lint.cap.hint'),
    },
  ];
};

const personalData: Check = (ctx) => {
  const omit = view(ctx).clauses?.omit ?? [];
  const i = omit.indexOf('data-protection');
  if (i === -1) return [];
  return [
    { path: ['clauses', 'omit', i], expected: said('lint.data-clause.expected'), got: said('lint.data-clause.got'), hint: said('lint.data-clause.hint') },
  ];
};

const breachNotice: Check = (ctx) => {
  const s = view(ctx);
  const n = s.dataProtection?.breachNoticeWithin;
  if (!n || (s.clauses?.omit ?? []).includes('data-protection') || minutesOf(n) <= 72 * 60) return [];
  return [{ path: ['dataProtection', 'breachNoticeWithin'], expected: said('lint.breach.expected'), got: dur(n), hint: said('lint.breach.hint') }];
};

const partySignsAfter: Check = (ctx) => {
  const s = view(ctx);
  const signed = s.contract?.signingDate;
  if (!present(signed)) return [];
  const out: Finding[] = [];
  for (const role of ['provider', 'client'] as const) {
    const d = s.parties?.[role]?.signingDate;
    if (present(d) && d > signed)
      out.push({
        path: ['parties', role, 'signingDate'],
        expected: said('lint.party-signs.expected', { signed }),
        got: d,
        hint: said('lint.party-signs.hint'),
      });
  }
  return out;
};

const termBeforeSigning: Check = (ctx) => {
  const s = view(ctx);
  const start = s.term?.start;
  const signed = s.contract?.signingDate;
  if (!present(start) || !present(signed) || start >= signed) return [];
  return [{ path: ['term', 'start'], expected: said('lint.term-start.expected', { signed }), got: start, hint: said('lint.term-start.hint') }];
};

const specialInvoice: Check = (ctx) => {
  const s = view(ctx);
  if (s.invoice?.kind !== 'vat-special' || s.parties?.client?.kind !== 'individual') return [];
  return [{ path: ['invoice', 'kind'], expected: said('lint.invoice.expected'), got: 'vat-special', hint: said('lint.invoice.hint') }];
};

const noRemedy: Check = (ctx) => {
  const l = view(ctx).liability;
  if (l?.compensateLosses !== false || present(l.serviceFailurePenalty) || 'provider' in l) return [];
  return [
    { path: ['liability', 'compensateLosses'], expected: said('lint.no-remedy.expected'), got: said('lint.no-remedy.got'), hint: said('lint.no-remedy.hint') },
  ];
};

export const PENALTY_PERCENT_MAX = 30;
const penaltyPercent: Check = (ctx) => {
  const p = view(ctx).liability?.provider;
  if (!p) return [];
  const out: Finding[] = [];
  for (const key of ['poorServicePenaltyPercent', 'subcontractingPenaltyPercent', 'delayTerminationPenaltyPercent']) {
    const v = p[key];
    if (typeof v === 'number' && v > PENALTY_PERCENT_MAX)
      out.push({
        path: ['liability', 'provider', key],
        expected: said('lint.penalty-percent.expected', { max: PENALTY_PERCENT_MAX }),
        got: said('lint.percent', { n: v }),
        hint: said('lint.penalty-percent.hint'),
      });
  }
  return out;
};

const atWillNotice: Check = (ctx) => {
  const s = view(ctx);
  const a = s.atWillTermination;
  const term = termMinutes(s.term);
  if (a?.mode !== 'priced' || !present(a.notice) || term === undefined || minutesOf(a.notice) < term) return [];
  return [
    {
      path: ['atWillTermination', 'notice'],
      expected: said('lint.at-will.expected', { term: termText(s.term) }),
      got: dur(a.notice),
      hint: said('lint.at-will.hint'),
    },
  ];
};

const penaltyVsMonthlyFee: Check = (ctx) => {
  const s = view(ctx);
  const penalty = s.liability?.serviceFailurePenalty;
  const fee = s.fees?.monthly;
  if (!present(penalty) || !present(fee) || amountOf(penalty) <= amountOf(fee)) return [];
  return [
    {
      path: moneyPath(['liability', 'serviceFailurePenalty'], penalty),
      expected: said('lint.penalty-fee.expected', { fee: amountOf(fee) }),
      got: String(amountOf(penalty)),
      hint: said('lint.penalty-fee.hint'),
    },
  ];
};

/** how many times a frequency comes round in a month (a week is 52/12 of one) */
const PER_MONTH: Record<string, number> = { daily: 30, weekly: 52 / 12, biweekly: 26 / 12, monthly: 1, quarterly: 1 / 3, yearly: 1 / 12 };
const agentCapacity: Check = (ctx) => {
  const s = view(ctx);
  const bound = ctx.options?.contactsPerAgentMonth ?? 1500;
  const out: Finding[] = [];
  const c = s.communication;
  if (c && present(c.outreachListPerAgent)) {
    const each = Math.max(
      present(c.existingCustomerContactsPerMonth) ? c.existingCustomerContactsPerMonth : 0,
      c.newCustomerContact ? (PER_MONTH[c.newCustomerContact] ?? 0) : 0,
    );
    const perAgent = Math.round(c.outreachListPerAgent * each);
    if (perAgent > bound)
      out.push({
        path: ['communication', 'outreachListPerAgent'],
        expected: said('lint.capacity.contacts.expected', { bound }),
        got: said('lint.capacity.contacts.got', { list: c.outreachListPerAgent, each: Number(each.toFixed(2)), per: perAgent }),
        hint: said('lint.capacity.contacts.hint'),
      });
  }
  const o = s.operations;
  if (o && present(o.monthlyVolume) && present(o.agents)) {
    const perAgent = Math.round(o.monthlyVolume / o.agents);
    if (perAgent > bound)
      out.push({
        path: ['operations', 'monthlyVolume'],
        expected: said('lint.capacity.requests.expected', { bound }),
        got: said('lint.capacity.requests.got', { volume: o.monthlyVolume, agents: o.agents, per: perAgent }),
        hint: said('lint.capacity.requests.hint'),
      });
  }
  return out;
};

/** Whether the contract measures service by a share that tolerates misses (≥ 95 %, 不低于 90 %). */
function toleratesMisses(s: SpecView): boolean {
  const shares = (s.serviceLevels?.indicators ?? []).flatMap((i) => [...(i.target ?? '').matchAll(/(\d+(?:\.\d+)?)\s*%/g)].map((m) => Number(m[1])));
  const ma = Object.values(s.indicators ?? {}).filter((v): v is number => typeof v === 'number');
  return [...shares, ...ma].some((p) => p < 100);
}
const perIncidentUncapped: Check = (ctx) => {
  const s = view(ctx);
  const l = s.liability;
  if (
    !l ||
    !present(l.serviceFailurePenalty) ||
    l.serviceFailureBasis !== 'each-incident' ||
    l.serviceFailureMonthlyCapPercent !== 'none' ||
    !toleratesMisses(s)
  )
    return [];
  return [
    {
      path: ['liability', 'serviceFailureMonthlyCapPercent'],
      expected: said('lint.uncapped.expected'),
      got: said('lint.uncapped.got'),
      hint: said('lint.uncapped.hint'),
    },
  ];
};

export const COMMERCIAL: Partial<Record<LintRuleId, Check>> = {
  'agent-capacity': agentCapacity,
  'per-incident-penalty-uncapped': perIncidentUncapped,
  'reply-after-resolution': reply,
  'notice-longer-than-renewal': noticeVsRenewal,
  'renewal-without-notice': renewalWithoutNotice,
  'payment-due-after-period': dueAfterPeriod,
  'late-payment-rate': lateRate,
  'zero-penalty': zeroPenalty,
  'fee-without-deadline': feeWithoutDeadline,
  'arbitration-commission-unclear': commission,
  'email-service-without-address': emailService,
  'cap-below-monthly-fee': capBelowMonth,
  'personal-data-without-clause': personalData,
  'breach-notice-too-long': breachNotice,
  'party-signs-after-contract': partySignsAfter,
  'term-starts-before-signing': termBeforeSigning,
  'special-invoice-to-individual': specialInvoice,
  'no-remedy-for-poor-service': noRemedy,
  'penalty-percent-high': penaltyPercent,
  'at-will-notice-exceeds-term': atWillNotice,
  'service-penalty-exceeds-monthly-fee': penaltyVsMonthlyFee,
};
