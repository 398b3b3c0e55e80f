// The currencies a spec's amounts may be in, and how each is written; apart from money.ts so that
// the schema can name them without loading the capitals' library.

/**
 * The currencies of `fees.currency`: the name written before figures and capitals, and the unit
 * written after the figures. Only 人民币 takes 元 after its figures (人民币50,000.00元): a foreign
 * currency's name is its unit already (美元1,010.50, not 美元1,010.50元). Hong Kong dollars are
 * 港元, as contracts and the HKMA write them (港币 is accepted when a spec writes it).
 */
export const CURRENCIES = {
  CNY: { name: '人民币', unit: '元' },
  HKD: { name: '港元', unit: '' },
  USD: { name: '美元', unit: '' },
} as const;
export type Currency = keyof typeof CURRENCIES;
