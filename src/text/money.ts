// Money in figures and in capitals (大写) in every currency a spec may name: the one formatter the
// printed contract, the validator's expected capitals and its hints all use, so they cannot
// disagree. Amounts are bounded in the schema far below where nzh loses precision; fen are rounded
// before nzh sees them. capitals.ts reads capitals back and checks them against the rules.
import Nzh from 'nzh/cn';
import { CURRENCIES, type Currency } from './currency.js';

export { CURRENCIES, type Currency } from './currency.js';

/** 12000 → 12,000.00 */
export function figures(amount: number): string {
  const fen = Math.round(amount * 100);
  const yuan = Math.floor(fen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

/**
 * 12000 → 壹万贰仟元整: the capitals without a currency's name, as 《支付结算办法》附一 writes them:
 * 零 only where the rules require it, nothing after 角 (伍角, as its own example 壹仟肆佰零玖元伍角),
 * nothing after 分. Foreign currencies take the same 元/角/分 (美元壹仟零壹拾元伍角).
 */
export function capitalWords(amount: number): string {
  return Nzh.toMoney(Math.round(amount * 100) / 100, { outSymbol: false });
}

/** 12000 → 人民币壹万贰仟元整, 1010.5 USD → 美元壹仟零壹拾元伍角 */
export function capitals(amount: number, currency: Currency = 'CNY'): string {
  return `${CURRENCIES[currency].name}${capitalWords(amount)}`;
}

/** 人民币50,000.00元（大写：人民币伍万元整）, from figures and capitals already written (or blanks to fill in) */
export function moneyText(figureText: string, capitalsText: string, currency: Currency = 'CNY'): string {
  const c = CURRENCIES[currency];
  // no spaces: the figures follow the currency's name as the capitals do (the rules' 紧接), and as
  // a contract's own text writes amounts, so template amounts and a user's read the same
  return `${c.name}${figureText}${c.unit}（大写：${capitalsText}）`;
}

/** 50000 → 人民币50,000.00元（大写：人民币伍万元整）; 1010.5 USD → 美元1,010.50（大写：美元壹仟零壹拾元伍角） */
export function money(amount: number, currency: Currency = 'CNY'): string {
  return moneyText(figures(amount), capitals(amount, currency), currency);
}
