// How values read in the contract: money in figures and capitals, dates, durations, Chinese
// numerals. Pure functions; the Handlebars helpers and the numbering both use them.
import { UNITS, type Duration } from '../schema/primitives.js';

export { chineseNumber, latinLetter } from '../text/numerals.js';

// money has one formatter, shared with the validator's checks: src/text/money.ts
export { capitals, figures, money, moneyText } from '../text/money.js';

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
