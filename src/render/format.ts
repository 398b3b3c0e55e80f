// How values read in the contract: money in figures and capitals, dates, durations, Chinese
// numerals. Pure functions; the Handlebars helpers and the numbering both use them.
import { type Duration, UNITS } from '../schema/primitives.js';

// money has one formatter, shared with the validator's checks: src/text/money.ts
export { capitals, figures, money, moneyText } from '../text/money.js';
export { chineseNumber, latinLetter } from '../text/numerals.js';

/** 2026-11-22 → 2026年11月22日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/**
 * The last day of a term of whole months or years from its first day: 2026-12-01 + 1 year →
 * 2027-11-30 (the day before the same date a year on; the end of the month where that date does
 * not exist: 2026-01-31 + 1 month → 2026-02-28). Undefined for other units.
 */
export function termEnd(start: string, d: Duration): string | undefined {
  const months = d.unit === 'year' ? d.value * 12 : d.unit === 'month' ? d.value : undefined;
  if (months === undefined || !Number.isInteger(months)) return undefined;
  const [y, m, day] = start.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const daysInMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const end =
    day > daysInMonth
      ? new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), daysInMonth))
      : new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day - 1));
  return end.toISOString().slice(0, 10);
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
