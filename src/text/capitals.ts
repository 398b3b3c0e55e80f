// Capital amounts (大写金额) read back into their value and checked for the form that 《支付结算办法》
// 附一《正确填写票据和结算凭证的基本规定》 gives, and found inside free text. The forms the rules
// allow are generated here from the rules themselves, not taken from the formatter (money.ts):
// the tests hold the two against each other and against a table worked out by hand.
//
// The rules, as applied:
// - 第一条: only 壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分零整(正); never 一二(两)三…十, 念, 毛, 另, 0.
//   Traditional forms (貳 陸 億 萬 圓) are accepted, as the rule says.
// - 第二条: 整 (or 正) after 元 when the amount stops at 元; after 角 it may be left out (伍角 or
//   伍角整: the rule's own example writes 壹仟肆佰零玖元伍角); never 整 after 分.
// - 第三条: the currency's name comes right before the capitals (人民币伍万元整).
// - 第四条: a 0 between digits writes 零 (壹仟肆佰零玖元伍角); a run of 0s writes one 零
//   (陆仟零柒元壹角肆分); a 0 at 元 followed by 角, or at 万 followed by 仟 (and so at 亿,
//   the same kind of boundary), may write 零 or not (壹仟陆佰捌拾元[零]叁角贰分,
//   壹拾万[零]柒仟元[零]伍角叁分); 角 0 and 分 not: 零 after 元 (叁佰贰拾伍元零肆分).
//   That choice exists only where the 万 or 亿 is itself written: in 壹亿零壹仟元整 the 万 section is
//   all 0s and nothing but 零 separates 亿 from 仟.
// - 拾 is always written with its digit, 壹拾 at the start as well (壹拾万柒仟元 in the rules'
//   example; 拾万 alone could be altered to 叁拾万), and so 壹仟零壹拾, not 壹仟零拾.
// - An amount under one yuan starts at 角 or 分 (伍角, 肆分); zero is 零元整.
import { t } from '../i18n/messages.js';
import { CURRENCIES, type Currency, capitalWords, figures } from './money.js';

export type CapitalsCheck =
  | { ok: true /** the amount in fen */; fen: number /** the currency the capitals name, if they name one */; currency?: Currency }
  | {
      ok: false;
      /** form: not as the rules write capitals; mismatch: another amount (or currency) than the figure's */
      kind: 'form' | 'mismatch';
      /** the capitals as they should be written (or, unreadable, what capitals look like) */
      expected: string;
      /** the text as given */
      got: string;
      /** which rule, in words */
      why: string;
      /** the currency the capitals name, when it is not the figure's */
      currency?: Currency;
    };

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACE = ['', '拾', '佰', '仟'];
/** Traditional characters the rules accept, and the second spellings of 元 and 整 */
const VARIANTS: Record<string, string> = { 貳: '贰', 參: '叁', 叄: '叁', 陸: '陆', 萬: '万', 億: '亿', 圓: '元', 圆: '元', 正: '整', 幣: '币', 寫: '写' };
const NAMES: [string, Currency][] = [
  ['人民币', 'CNY'],
  ['美元', 'USD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
];
const LOWER = /[〇一二三四五六七八九十两念毛另0-9０-９]/u;
const RULES = '《支付结算办法》附一';

/** The capitals of an amount (in fen) in every form the rules allow; the first is the one money.ts prints. */
export function capitalForms(fen: number): string[] {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen >= 1e14) throw new RangeError(`no capitals for ${fen} fen`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const f = fen % 10;
  const digit = (p: number) => (p >= 0 ? Math.floor(yuan / 10 ** p) % 10 : p === -1 ? jiao : f);
  const sectionWritten = (p: number) => Math.floor(yuan / 10 ** p) % 10_000 !== 0;
  // each piece is the alternatives for one stretch of the text; the forms are their product
  const pieces: string[][] = [];
  if (yuan === 0) {
    if (fen === 0) return ['零元整'];
    if (jiao) pieces.push([`${DIGITS[jiao]}角`]);
    if (f) pieces.push([`${DIGITS[f]}分`]);
  } else {
    const top = String(yuan).length - 1;
    let run = false; // inside a run of 0s that has a non-zero digit above it
    for (let p = top; p >= -2; p--) {
      const d = digit(p);
      if (d === 0) run = true;
      else {
        if (run) {
          const low = p + 1; // the lowest 0 of the run
          const optional = low === 0 || ((low === 4 || low === 8) && sectionWritten(low));
          pieces.push(low === -1 || !optional ? ['零'] : ['', '零']);
          run = false;
        }
        pieces.push([`${DIGITS[d]}${p >= 0 ? PLACE[p % 4] : p === -1 ? '角' : '分'}`]);
      }
      if (p === 4 || p === 8) {
        if (sectionWritten(p)) pieces.push([p === 4 ? '万' : '亿']);
      } else if (p === 0) pieces.push(['元']);
    }
    // a run of 0s with nothing non-zero below it writes nothing
  }
  pieces.push(f ? [''] : jiao ? ['', '整'] : ['整']);
  return pieces.reduce<string[]>((forms, alts) => forms.flatMap((s) => alts.map((a) => s + a)), ['']);
}

/** 圆 → 元, 正 → 整, Traditional → Simplified, no spaces, no 大写 label: the text the forms are compared with */
function normalise(text: string): string {
  return text
    .replace(/\s+/gu, '')
    .replace(/[貳參叄陸萬億圓圆正幣寫]/gu, (c) => VARIANTS[c]!)
    .replace(/^[（(]?大写[）)]?[:：]?/u, '');
}

/** The amount in fen that capitals say, read leniently (零 anywhere, 拾 without its digit); undefined when unreadable. */
function readFen(s: string): number | undefined {
  const yuanAt = s.indexOf('元');
  const whole = yuanAt === -1 ? '' : s.slice(0, yuanAt);
  const rest = yuanAt === -1 ? s : s.slice(yuanAt + 1);
  const m = /^零?(?:([壹贰叁肆伍陆柒捌玖])角)?零?(?:([壹贰叁肆伍陆柒捌玖])分)?整?$/u.exec(rest);
  if (!m || (yuanAt === -1 && !m[1] && !m[2])) return undefined;
  const yuan = whole === '' ? 0 : readWhole(whole);
  if (yuan === undefined) return undefined;
  return yuan * 100 + (m[1] ? DIGITS.indexOf(m[1]) * 10 : 0) + (m[2] ? DIGITS.indexOf(m[2]) : 0);
}

function readWhole(s: string): number | undefined {
  const yi = s.split('亿');
  if (yi.length > 2) return undefined;
  const wan = yi[yi.length - 1]!.split('万');
  if (wan.length > 2) return undefined;
  const parts = [...(yi.length === 2 ? [yi[0]!] : []), ...wan];
  // every written 亿 or 万 has digits before it
  const values = parts.map((p, i) => (i < parts.length - 1 && p.replace(/零/g, '') === '' ? undefined : readSection(p)));
  if (values.some((v) => v === undefined)) return undefined;
  const [hi, mid, lo] = [yi.length === 2 ? values[0]! : 0, wan.length === 2 ? values[values.length - 2]! : 0, values[values.length - 1]!];
  return hi * 1e8 + mid * 1e4 + lo;
}

/** 壹仟零伍拾 → 1050; units in falling order, each digit used once */
function readSection(s: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let last = 4;
  for (const ch of s) {
    if (ch === '零') {
      if (digit !== undefined) return undefined; // 伍零…: a digit with no place
      continue;
    }
    const d = DIGITS.indexOf(ch);
    if (d > 0) {
      if (digit !== undefined) return undefined;
      digit = d;
      continue;
    }
    const place = PLACE.indexOf(ch);
    if (place <= 0 || place >= last) return undefined;
    total += (digit ?? (place === 1 ? 1 : NaN)) * 10 ** place;
    digit = undefined;
    last = place;
  }
  if (digit !== undefined) total += digit;
  return Number.isNaN(total) ? undefined : total;
}

/**
 * Capitals checked for their form and, given a figure, for its amount and currency.
 * `amount` in yuan; `currency` the one the figure is in (the capitals may leave out its name).
 */
export function checkCapitals(text: string, figure: { amount?: number; currency?: Currency } = {}): CapitalsCheck {
  const got = text.trim();
  let s = normalise(text);
  const named = NAMES.find(([n]) => s.startsWith(n));
  if (named) s = s.slice(named[0].length);
  const currency = named?.[1];
  const nameOf = (c: Currency | undefined) => (c ? CURRENCIES[c].name : '');
  const shown = (fen: number) => `${nameOf(currency ?? figure.currency)}${capitalWords(fen / 100)}`;
  const form = (expected: string, why: string): CapitalsCheck => ({ ok: false, kind: 'form', expected, got, why });
  const want = figure.amount === undefined ? undefined : Math.round(figure.amount * 100);
  // with a figure, the example is its own capitals (人民币壹拾贰万元整 for 120000), not another amount's
  const example =
    want !== undefined && Number.isSafeInteger(want) && want >= 0 && want < 1e14
      ? shown(want)
      : `capitals such as ${nameOf(currency ?? figure.currency ?? 'CNY')}壹万贰仟元整`;

  if (figure.currency && currency && currency !== figure.currency) {
    return {
      ok: false,
      kind: 'mismatch',
      expected: `capitals in ${nameOf(figure.currency)}`,
      got,
      why: `the figure is in ${nameOf(figure.currency)}, the capitals in ${nameOf(currency)}`,
      currency,
    };
  }
  const lower = LOWER.exec(s);
  if (lower) return form(example, t('en', 'diag.capitals-lower', { char: lower[0] }));
  const stray = /[^零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]/u.exec(s);
  if (stray || s === '')
    return form(
      example,
      // the English from the catalogue, so that the CLI edge always finds its Chinese
      stray ? t('en', named ? 'diag.capitals-stray' : 'diag.capitals-stray-currency', { char: stray[0] }) : t('en', 'diag.capitals-none'),
    );
  const mismatch = (fen: number): CapitalsCheck => ({
    ok: false,
    kind: 'mismatch',
    expected: shown(want!),
    got,
    why: `these capitals say ${figures(fen / 100)}, the figure ${figures(want! / 100)}`,
  });
  // 壹万贰仟整, 壹万贰仟: the yuan without their 元
  if (!/[元角分]/u.test(s)) {
    const yuan = readWhole(s.replace(/整$/u, ''));
    if (yuan !== undefined && want !== undefined && yuan * 100 !== want) return mismatch(yuan * 100);
    if (yuan !== undefined) return form(shown(yuan * 100), `${RULES} 第二条: 元 (or 圆) after the yuan, then 整`);
  }
  const fen = readFen(s);
  if (fen === undefined || fen >= 1e14)
    return form(example, 'these capitals cannot be read as an amount: digits each with its place (拾佰仟), 万 and 亿 after their digits, then 元, 角, 分');
  if (want !== undefined && fen !== want) return mismatch(fen);
  const forms = capitalForms(fen);
  if (forms.includes(s)) return { ok: true, fen, ...(currency ? { currency } : {}) };
  return form(shown(fen), whyNot(s, fen, forms));
}

/** Which rule capitals of the right amount break. */
function whyNot(s: string, fen: number, forms: string[]): string {
  if (/分整$/u.test(s)) return `${RULES} 第二条: no 整 (正) after 分`;
  if (/元$/u.test(s)) return `${RULES} 第二条: 整 (or 正) after 元 when no 角 or 分 follows`;
  if (/^零元./u.test(s)) return 'an amount under one yuan starts at 角 or 分 (伍角, 肆分)';
  if (/(^|[^壹贰叁肆伍陆柒捌玖])拾/u.test(s))
    return '拾 is written with its digit, 壹拾 also at the start (壹拾万柒仟元, as the rules write it): 拾 alone could be altered';
  if (/零零/u.test(s)) return `${RULES} 第四条: a run of 0s is written as one 零 (陆仟零柒元壹角肆分)`;
  const bare = s.replace(/零/gu, '');
  const like = forms.filter((f) => f.replace(/零/gu, '') === bare);
  if (like.length) {
    const zeros = (x: string) => (x.match(/零/gu) ?? []).length;
    if (zeros(s) < Math.min(...like.map(zeros))) {
      return Math.floor(fen / 10) % 10 === 0 && fen % 10 !== 0 && !/元零/u.test(s)
        ? `${RULES} 第四条: 零 after 元 when 角 is 0 and 分 is not (叁佰贰拾伍元零肆分)`
        : `${RULES} 第四条: a 0 between digits is written 零 (壹仟肆佰零玖元伍角)`;
    }
    return `${RULES} 第四条: 零 stands where the figure has 0s, once for each run of them`;
  }
  return `the form ${RULES} gives capitals`;
}

// ---- inside free text ----

export interface AmountProblem {
  /** where in the text the capitals start (UTF-16 index), and how long they are */
  index: number;
  length: number;
  kind: 'form' | 'mismatch';
  expected: string;
  got: string;
  why: string;
}

const FIGURE_CURRENCY: [RegExp, Currency][] = [
  [/^(人民币|人民幣|RMB|CNY|[¥￥])$/iu, 'CNY'],
  [/^(美元|USD|US\$|\$)$/iu, 'USD'],
  [/^(港元|港币|港幣|HKD|HK\$)$/iu, 'HKD'],
];
const CAPITAL_CHARS = '零壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟万萬亿億元圆圓角分整正';
// at most one space at each spot (人民币 50,000.00 元), never \s*: runs of \s* side by side would
// backtrack without bound on a long run of spaces
const SP = '[ \u3000]?';
/** a figure, its currency and unit, then capitals in brackets: 人民币50,000.00元（大写：人民币伍万元整） */
const PAIRED = new RegExp(
  String.raw`(?<![\d.,，])(?:(人民币|人民幣|美元|港元|港币|港幣|RMB|CNY|USD|HKD|US\$|HK\$|[¥￥$])${SP})?(\d{1,3}(?:[,，]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)(?!\d|[.,，]\d)${SP}(万|萬)?${SP}(?:元|圆|圓)?${SP}[（(]${SP}(大写|大寫)?${SP}[:：]?${SP}([^（()）\n]{1,60}?)${SP}[）)]`,
  'gdu',
);
/** capitals anywhere: 人民币伍万元整, 大写：伍万元整, 叁佰贰拾伍元零肆分 */
const ALONE = new RegExp(String.raw`(?:(大写|大寫)[:：]?${SP})?(?:人民币|人民幣|美元|港元|港币|港幣)?[${CAPITAL_CHARS}]+`, 'gdu');

/**
 * Every capital amount written in `text` that breaks the rules or disagrees with the figure before
 * it. Capitals in brackets after a figure are checked against it; capitals elsewhere for their form,
 * when they are surely an amount: named as 大写 or with a currency, ending in 整, or of two
 * characters of digits and places at least (伍万元; not 陆元 in 大陆元素).
 */
export function amountProblems(text: string): AmountProblem[] {
  const out: AmountProblem[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(PAIRED)) {
    const [, cur, num, wan, label, words] = m;
    const at = m.indices![5]!;
    if (!label && !looksLikeCapitals(words!)) continue;
    taken.push([m.index, m.index + m[0].length]);
    const currency = cur ? FIGURE_CURRENCY.find(([re]) => re.test(cur))?.[1] : undefined;
    const amount = Number(num!.replace(/[,，]/g, '')) * (wan ? 10_000 : 1);
    const r = checkCapitals(words!, { amount, ...(currency ? { currency } : {}) });
    if (!r.ok) out.push({ index: at[0], length: at[1] - at[0], kind: r.kind, expected: r.expected, got: r.got, why: r.why });
  }
  for (const m of text.matchAll(ALONE)) {
    const start = m.index;
    if (taken.some(([a, b]) => start < b && start + m[0].length > a)) continue;
    // the capitals themselves: after the label, the colon and spaces
    const words = m[0].replace(/^(大写|大寫)[:：]?[ \u3000]?/u, '');
    const index = start + m[0].length - words.length;
    const named = /^(人民币|人民幣|美元|港元|港币|港幣)/u.test(words) || m[1] !== undefined;
    const places = (words.match(/[壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟万萬亿億]/gu) ?? []).length;
    if (!/[壹贰貳叁參叄肆伍陆陸柒捌玖]/u.test(words) || !/[元圆圓角分]/u.test(words)) continue;
    if (!named && places < 2 && !/[整正]$/u.test(words)) continue;
    const r = checkCapitals(words);
    if (!r.ok) out.push({ index, length: words.length, kind: r.kind, expected: r.expected, got: r.got, why: r.why });
  }
  return out.sort((a, b) => a.index - b.index);
}

function looksLikeCapitals(s: string): boolean {
  const t = s.replace(/\s+/gu, '').replace(/^(人民币|人民幣|美元|港元|港币|港幣)/u, '');
  return t !== '' && new RegExp(`^[${CAPITAL_CHARS}]+$`, 'u').test(t) && /[壹贰貳叁參叄肆伍陆陸柒捌玖零]/u.test(t);
}
