// Traditional Chinese by converting the project's own text (opencc-js), not by a second set of
// templates. Only the template text, labels and numbers are converted: a party's registered name,
// an address or any other value stays exactly as the spec writes it. Taiwan wording (软件 → 軟體)
// only for zh-Hant-TW. Loaded only when asked for.

export type Locale = 'zh-Hans' | 'zh-Hant' | 'zh-Hant-TW' | 'zh-Hant-HK';
export type Convert = (s: string) => string;

const TARGET = { 'zh-Hant': 'tw', 'zh-Hant-TW': 'twp', 'zh-Hant-HK': 'hk' } as const;

const converters = new Map<Locale, Promise<Convert>>();

/**
 * The converter for a locale; undefined for Simplified (nothing to do). Built once per process
 * and locale: building one parses OpenCC's dictionaries (~100 ms), which a batch must not pay
 * per contract.
 */
export function converterFor(locale: Locale): Promise<Convert | undefined> {
  if (locale === 'zh-Hans') return Promise.resolve(undefined);
  let c = converters.get(locale);
  if (!c) {
    c = import('opencc-js/cn2t').then((OpenCC) => {
      const convert = OpenCC.Converter({ from: 'cn', to: TARGET[locale] });
      return (s: string) => fixUp(convert(s));
    });
    converters.set(locale, c);
  }
  return c;
}

/**
 * What opencc gets wrong in contract language, and Traditional typography: 并为 (and … for) read
 * as 合并为; 台账 as 檯賬; 销毁 as 銷燬; the capital 叁 as 叄; and 「」 for quotation marks.
 */
function fixUp(s: string): string {
  return s
    .replace(/(?<![合吞兼歸])併為/g, '並為')
    .replace(/檯賬/g, '臺賬')
    .replace(/銷燬/g, '銷毀')
    .replace(/叄/g, '參')
    .replace(/“/g, '「')
    .replace(/”/g, '」')
    .replace(/‘/g, '『')
    .replace(/’/g, '』');
}
