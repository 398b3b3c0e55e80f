// The value kinds a spec is written in: text, money, percentages, dates, times, durations, and the
// "blank" marker for the values a reference document leaves as ______.
import * as z from 'zod';
import { t } from '../i18n/messages.js';
import type { BlankSize } from '../tree/types.js';

/**
 * Fields that are blanks of the reference document. In final mode each must be filled; in draft
 * mode a missing one renders as ______. Kept in a registry of our own, not in the JSON Schema:
 * it is a rule of validation, not something an editor shows.
 */
export const blanks = new WeakSet<z.ZodType>();

/**
 * How long a draft's blank for a value is drawn (BlankSize, tree/types.ts), set on the kind of
 * value (a date, a credit code, an amount) or on a field (`sized`: a name, an address). A registry
 * of our own, out of the JSON Schema; a schema made from a sized one (`.describe()`, `.regex()`)
 * keeps its size. render/blank-size.ts reads it where a blank is made.
 */
export const blankSizes = z.registry<{ size: BlankSize }>();

/** A copy of `schema` whose blank is drawn `size` long. */
export function sized<T extends z.ZodType>(schema: T, size: BlankSize): T {
  const s = schema.clone() as T;
  blankSizes.add(s, { size });
  return s;
}

/**
 * The words of an enum (or a literal): the Chinese label of each value, and every other way a
 * person writes one (its label, a synonym such as 被告所在地 or RMB), mapped to the value.
 * Validation turns what was written into the value (walk.ts normaliseWritten) before zod sees
 * it, so the zod schema, the Contract and every output hold only the values; the JSON Schema
 * lists the other spellings too, so that an editor does not flag 电话.
 */
export interface EnumWords {
  labels: Readonly<Record<string, string>>;
  aliases: Readonly<Record<string, string>>;
  /**
   * Words naming a party as 甲方 or 乙方 (甲方住所地): which value they mean depends on which party
   * is 甲方 in the spec (parties.partyA, else the type's), so they are mapped when that is known.
   */
  party?: Readonly<Record<string, 'A' | 'B'>>;
}
export const enumWords = new WeakMap<z.ZodType, EnumWords>();

/**
 * Identity values (T-M1): who a party or a person is, as registered: names, addresses, ID and
 * registration numbers, e-mails, bank particulars. Places, institutions (courts, arbitration
 * commissions) and a person's job title are prose (issue 17; render/values.ts personWithTitle).
 * A Traditional build prints them exactly as typed and keeps them so inside converted prose (a
 * party's name in a custom clause); every other text value is prose and is converted with the
 * template text. The one list of them is the schema: each such field is wrapped in identity().
 */
export const identities = new WeakSet<z.ZodType>();

/** Mark a field as an identity value: never converted to Traditional characters. */
export function identity<T extends z.ZodType>(schema: T): T {
  identities.add(schema);
  return schema;
}

/** Register the words of an enum or literal: each label is an alias of its value, and so is each synonym. */
export function withWords<S extends z.ZodType>(
  schema: S,
  labels: Readonly<Record<string, string>>,
  synonyms: Readonly<Record<string, readonly string[]>> = {},
): S {
  const aliases: Record<string, string> = {};
  for (const [value, label] of Object.entries(labels)) if (label !== value) aliases[label] = value;
  for (const [value, words] of Object.entries(synonyms)) for (const w of words) aliases[w] = value;
  enumWords.set(schema, { labels, aliases });
  return schema;
}

/** Register words that name 甲方 or 乙方 (甲方所在地) for an enum whose values are the two roles' own (provider, client). */
export function withPartyWords<S extends z.ZodType>(schema: S, party: Readonly<Record<string, 'A' | 'B'>>): S {
  const words = enumWords.get(schema);
  if (!words) throw new Error('withPartyWords: register the labels first (withWords)');
  enumWords.set(schema, { ...words, party });
  return schema;
}

/** Description shown in editors and in error messages: the Chinese term, then what it means. */
export function d(term: string, en: string): string {
  return `${term} — ${en}`;
}

/** The Chinese term of a description made by d(). */
export function termOf(description: string | undefined): string | undefined {
  return description?.split(' — ')[0];
}

/** A value the contract needs: required in final mode, left as ______ in a draft. `~` or nothing also means "left blank". */
export function blank<T extends z.ZodType>(schema: T, term: string, en: string) {
  const s = schema.nullish().describe(d(term, en));
  blanks.add(s);
  return s;
}

/**
 * Blanks a sibling choice makes unnecessary: the blank is not required (and not printed) when the
 * predicate holds for the object that holds it, e.g. a term counted from the effective date needs
 * no start or end date.
 */
export const blankWaivers = new WeakMap<z.ZodType, (parent: Record<string, unknown>) => boolean>();

/** A blank, except where `waived` holds for the object holding it. */
export function blankUnless<T extends z.ZodType>(s: T, waived: (parent: Record<string, unknown>) => boolean): T {
  blankWaivers.set(s, waived);
  return s;
}

/** An optional value with no blank in the reference document. */
export function opt<T extends z.ZodType>(schema: T, term: string, en: string) {
  return schema.optional().describe(d(term, en));
}

/** An optional value with a default the templates use when it is left out. */
export function def<T extends z.ZodType>(schema: T, value: z.input<T> & z.output<T>, term: string, en: string) {
  return schema.default(value as never).describe(d(term, en));
}

/**
 * Control characters and invisible marks (zero-width spaces, soft hyphens, bidirectional
 * overrides, interlinear annotations) make two names that look the same differ, or reorder what a
 * reader sees; a lone surrogate (from a YAML escape such as "\ud800") is no character at all and
 * would print as U+FFFD: never in a contract.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uD800-\uDFFF\uFEFF\uFFF9-\uFFFB]/u;
const visible = (s: string) => !INVISIBLE.test(s);
const VISIBLE = 'text without control characters or invisible marks (zero-width spaces, soft hyphens, direction overrides, lone surrogates)';

/** One line of text: names, addresses, phone numbers. */
export const line = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .regex(/^[^\r\n]*$/, 'one line of text (no line breaks)')
  .refine(visible, VISIBLE);

/** Prose: may span lines; blank lines separate paragraphs. */
export const prose = z.string().trim().min(1).max(20000).refine(visible, VISIBLE);
blankSizes.add(prose, { size: 'long' });

/** A line that names someone or something (a party, its representative, a fee item): a name's blank. */
export const nameLine = sized(line, 'name');
/** A line that is an address, a place, a title or a body: a long blank, room to write in. */
export const longLine = sized(line, 'long');

export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{2,24}[0-9](\s*(转|ext\.?|x)\s*[0-9]{1,6})?$/, t('en', 'diag.phone'));

export const email = z
  .string()
  .trim()
  .max(254)
  // dots separate the labels of the domain, so this cannot backtrack
  .regex(/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/, 'an e-mail address such as legal@example.com');

/** Upper bound on any amount: ten billion yuan, far below where money-in-words libraries lose precision. */
export const MAX_AMOUNT = 10_000_000_000;

/** An amount in yuan with at most two decimals (fen). */
export const amount = z
  .number()
  .min(0)
  .max(MAX_AMOUNT)
  // as written: 10.05 yes, 10.005 and 0.30000000000000004 no
  .refine((n) => /^\d+(\.\d{1,2})?$/.test(String(n)), 'an amount with at most two decimals (fen)');
blankSizes.add(amount, { size: 'amount' });

/** An amount, optionally with the capitals a user wants to see checked (人民币壹万贰仟元整). */
export const money = z.union([
  amount,
  z.strictObject({
    amount: amount.describe(d('金额', 'Amount in yuan, at most two decimals')),
    inWords: opt(line, '大写金额', 'The amount in Chinese capitals, e.g. 人民币壹万贰仟元整; checked against the figure'),
  }),
]);
blankSizes.add(money, { size: 'amount' });
export type Money = z.output<typeof money>;

/** A percentage, written as a number of percent: 0.05 means 0.05 %. */
export const percent = z.number().min(0).max(100);

export const wholeNumber = z.number().int().min(0).max(1_000_000);
export const positiveWhole = z.number().int().min(1).max(1_000_000);

// patternErrorMessage: what an editor (yaml-language-server, VS Code) says when a value does not
// match `pattern`, instead of quoting the regular expression; the same words the CLI uses

const DATE_FORMAT = 'a date written YYYY-MM-DD, e.g. 2026-01-01';
/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
export const date = z
  .string()
  // a date in another shape is one mistake: the calendar is not checked as well
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_FORMAT, abort: true })
  .refine((s) => {
    const [y, m, dd] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, dd));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === dd && y >= 1900 && y <= 2200;
  }, 'a date that exists on the calendar')
  .meta({ patternErrorMessage: `Expected ${DATE_FORMAT} — 日期写作 年-月-日，如 2026-01-01` });

const TIME_FORMAT = 'a time of day written HH:MM, e.g. 09:00 (24:00 for the end of the day)';
/** A time of day, 24-hour clock: 09:00, 17:30; 9:00 (and 9：00) as a person types it is read as 09:00. */
export const timeOfDay = z
  .string()
  .regex(/^(([01]?\d|2[0-3])[:：][0-5]\d|24[:：]00)$/, TIME_FORMAT)
  .meta({ patternErrorMessage: `Expected ${TIME_FORMAT} — 时间写作 时:分，如 09:00` })
  // rules compare times as text, templates print them: always two digits and an ASCII colon
  .transform((s) => s.replace('：', ':').padStart(5, '0'));

export const UNITS = {
  minute: { zh: '分钟', words: ['minute', 'minutes', 'min', 'mins', '分钟'] },
  hour: { zh: '小时', words: ['hour', 'hours', 'h', '小时', '个小时'] },
  day: { zh: '日', words: ['day', 'days', 'calendar day', 'calendar days', '日', '天', '自然日'] },
  workingDay: { zh: '个工作日', words: ['working day', 'working days', 'business day', 'business days', '个工作日', '工作日'] },
  week: { zh: '周', words: ['week', 'weeks', '周', '个星期', '星期'] },
  month: { zh: '个月', words: ['month', 'months', '个月', '月'] },
  year: { zh: '年', words: ['year', 'years', '年'] },
} as const;
export type Unit = keyof typeof UNITS;

/** The units a duration field allows, by its schema as written (before the transform): for hints. */
export const durationUnits = new WeakMap<z.ZodType, readonly Unit[]>();

/** "1 year", "3 working days": a duration in the words a spec may use. */
export function durationText(value: number, unit: Unit): string {
  return `${value} ${UNITS[unit].words[value === 1 ? 0 : 1]}`;
}

export interface Duration {
  value: number;
  unit: Unit;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A duration with its unit spelt out: "24 hours", "15 minutes", "5 working days", "3 个月". */
export function duration(...allowed: Unit[]) {
  const words = allowed.flatMap((u) => UNITS[u].words.map((w) => ({ w, u })));
  words.sort((a, b) => b.w.length - a.w.length);
  const alternatives = words.map((x) => escapeRe(x.w)).join('|');
  const samples: Record<Unit, number> = { minute: 15, hour: 24, day: 30, workingDay: 5, week: 2, month: 3, year: 1 };
  const examples = allowed.slice(0, 2).map((u) => `"${durationText(samples[u], u)}"`);
  const pattern = new RegExp(`^(\\d{1,6}(?:\\.\\d{1,2})?)\\s*(${alternatives})$`);
  // the English from the catalogue, so that the CLI edge always finds its Chinese
  const format = t('en', examples.length > 1 ? 'diag.duration-units' : 'diag.duration-unit', {
    units: allowed.map((u) => UNITS[u].words[1]).join(', '),
    a: examples[0]!,
    b: examples[1] ?? '',
  });
  const written = z
    .string()
    .regex(pattern, format)
    .refine((s) => Number(pattern.exec(s)?.[1] ?? 1) > 0, 'a duration longer than zero')
    .meta({ patternErrorMessage: `Expected ${format} — 期限写作 数字和单位，如 ${samples[allowed[0]!]} ${UNITS[allowed[0]!].zh}` });
  durationUnits.set(written, allowed);
  return written.transform((s): Duration => {
    const m = pattern.exec(s)!;
    const unit = words.find((x) => x.w === m[2])!.u;
    return { value: Number(m[1]), unit };
  });
}

/** Duration in one common base, to compare durations of different units (a month is a twelfth of a year). */
export function minutesOf(x: Duration): number {
  const per: Record<Unit, number> = { minute: 1, hour: 60, day: 1440, workingDay: 1440, week: 10080, month: 43800, year: 525600 };
  return x.value * per[x.unit];
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check character of a unified social credit code (GB 32100-2015), from its first 17. */
export function creditCodeCheck(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + USCC_CHARS.indexOf(c) * USCC_WEIGHTS[i]!, 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}

/** 统一社会信用代码: 18 characters whose last is a check character, so a typo is caught. */
export const creditCode = z
  .string()
  .trim()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '18 characters: digits and capital letters other than I, O, S, V, Z')
  .refine((s) => creditCodeCheck(s.slice(0, 17)) === s[17], 'a credit code whose last character checks (a character is mistyped)');

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export function idNumberCheck(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * ID_WEIGHTS[i]!, 0);
  return '10X98765432'[sum % 11]!;
}

/** 居民身份证号码: 18 characters, the last a check digit or X. */
export const idNumber = z
  .string()
  .trim()
  .regex(/^\d{17}[\dX]$/, '18 characters: 17 digits and a final digit or X')
  .refine((s) => idNumberCheck(s.slice(0, 17)) === s[17], 'an ID number whose last character checks (a digit is mistyped)');

// the blanks of the kinds of value (blankSizes): a date its 年月日, a code 20 places, an amount or
// a percentage ten, a phone number or an e-mail address a name's length
for (const [kind, size] of [
  [date, 'date'],
  [creditCode, 'code'],
  [idNumber, 'code'],
  [phone, 'name'],
  [email, 'name'],
  [percent, 'amount'],
] as const)
  blankSizes.add(kind, { size });
