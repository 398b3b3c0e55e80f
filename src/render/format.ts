// How values read in the contract: money in figures and capitals, dates, durations, Chinese
// numerals. Pure functions; the Handlebars helpers and the numbering both use them.
import { LABELS } from '../schema/blocks.js';
import { UNITS, type Duration } from '../schema/primitives.js';

export { chineseNumber, latinLetter } from '../text/numerals.js';

export { figures } from '../text/money.js';
import { capitalWords, figures } from '../text/money.js';

/** 12000 → 人民币壹万贰仟元整 (in the currency's own name) */
export function capitals(amount: number, currency: keyof typeof LABELS.currency = 'CNY'): string {
  return `${LABELS.currency[currency]}${capitalWords(amount)}`;
}

/** 人民币 12,000.00 元（大写：人民币壹万贰仟元整） */
export function money(amount: number, currency: keyof typeof LABELS.currency = 'CNY'): string {
  return `${LABELS.currency[currency]} ${figures(amount)} 元（大写：${capitals(amount, currency)}）`;
}

/** 2026-11-22 → 2026年11月22日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/** {24, hour} → 24小时; {5, workingDay} → 5个工作日; {1, year} → 1年 */
export function chineseDuration(d: Duration): string {
  return `${formatNumber(d.value)}${UNITS[d.unit].zh}`;
}

/** 0.05 → 0.05%; 20 → 20% */
export function percent(n: number): string {
  return `${formatNumber(n)}%`;
}

export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}
