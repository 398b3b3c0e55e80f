// Chinese and Latin numerals for clause numbers (第一章, 一、, （一）, a)): shared by the numbering
// stage and the templates' helpers; knows nothing of specs or trees.
import Nzh from 'nzh/cn';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五: for 第一章, 一、, （一）. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a whole number: ${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return Nzh.encodeS(n);
}

/** a, b, … z, aa, ab: for 001's items a) b) c). */
export function latinLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}
