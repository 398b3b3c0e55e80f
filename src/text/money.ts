// Money in figures and in capitals (大写), the one formatter both the printed contract and the
// validator's check of a spec's own `inWords` use, so the two cannot disagree. Amounts are bounded
// in the schema far below where nzh loses precision; fen are rounded before nzh sees them.
import Nzh from 'nzh/cn';

/** 12000 → 12,000.00 */
export function figures(amount: number): string {
  const fen = Math.round(amount * 100);
  const yuan = Math.floor(fen / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

/** 12000 → 壹万贰仟元整: the capitals without a currency's name */
export function capitalWords(amount: number): string {
  return Nzh.toMoney(Math.round(amount * 100) / 100, { outSymbol: false });
}
