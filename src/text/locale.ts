// Traditional Chinese by converting the project's own text (opencc-js), not by a second set of
// templates: the template text, labels and numbers, and the prose the user typed (values.ts,
// T-M1); identity values (names, addresses, numbers: the schema's identity()) are never
// converted, so one person is spelt one way on every page. Each Traditional locale is OpenCC's conversion for its
// region plus a small glossary (glossary.ts): the PRC statutes' terms kept as they word them
// (個人信息, 商業秘密, 保存期限), zh-Hant is Taiwan's standard characters with mainland wording,
// zh-Hant-TW the same characters (s2tw, never s2twp's phrase table: 对象 → 物件, 参数 → 引數,
// 内核对 → 核心對, 知识产权 → 智慧財產權 change what a PRC-law contract says, issue 17) plus the
// few Taiwan spellings the glossary maps (帳, 公布, 占, 電子信箱), zh-Hant-HK is Hong Kong's
// characters (s2hk). Loaded only when asked for.
import { regional } from './glossary.js';

export type Locale = 'zh-Hans' | 'zh-Hant' | 'zh-Hant-TW' | 'zh-Hant-HK';
export type Convert = (s: string) => string;

// Characters only, in every locale (issue 17): a contract under PRC law keeps PRC legal and
// technical vocabulary; the region's own words are only the glossary's, each one chosen
const TARGET = { 'zh-Hant': 'tw', 'zh-Hant-TW': 'tw', 'zh-Hant-HK': 'hk' } as const;
/** For titles in 《》, which are names: the region's characters without its phrases. */
const CHARACTERS = { 'zh-Hant': 'tw', 'zh-Hant-TW': 'tw', 'zh-Hant-HK': 'hk' } as const;

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
      const opencc = (to: string) => sharedConverter(OpenCC, to) ?? OpenCC.Converter({ from: 'cn', to: to as 'tw' });
      const words = opencc(TARGET[locale]);
      const convert = regional(locale, words, CHARACTERS[locale] === TARGET[locale] ? words : opencc(CHARACTERS[locale]));
      return (s: string) => fixUp(convert(s));
    });
    converters.set(locale, c);
  }
  return c;
}

type OpenCC = typeof import('opencc-js/cn2t');
type Trie = InstanceType<OpenCC['Trie']>;
type DictLike = Parameters<Trie['loadDict']>[0];
type Group = readonly DictLike[];
/** How opencc-js 1.4 describes a conversion (its Locale.configs, e.g. s2tw): segment, convert each segment in turn. */
interface Config {
  segmentation?: DictLike | Group;
  conversionChain: readonly Group[];
  normalizationChain?: readonly Group[];
}

// Each dictionary group's trie, built once for every locale that uses it. OpenCC's Converter
// builds its own for each locale, and most of a trie is the Simplified → Traditional phrases all
// three locales start with: ~40 MB of heap and ~100 ms per locale, which a batch mixing zh-Hant,
// zh-Hant-TW and zh-Hant-HK paid three times in each worker.
const tries = new Map<string, Trie>();
const dictIds = new Map<DictLike, number>();
const groupKey = (g: Group) => g.map((d) => dictIds.get(d) ?? (dictIds.set(d, dictIds.size), dictIds.size - 1)).join(',');
function trieOf(OpenCC: OpenCC, g: Group): Trie {
  const key = groupKey(g);
  let t = tries.get(key);
  if (!t) {
    t = new (flatTrie(OpenCC))();
    t.loadDictGroup(g);
    tries.set(key, t);
  }
  return t;
}

let FlatTrie: (new () => Trie) | undefined;
/**
 * OpenCC's Trie with its words in a flat Map (and their starts in a Set) instead of a Map per
 * character: the same longest match at each position (its convert() and segment() are OpenCC's
 * own, calling this matchPrefix), in well under half the memory: a Map per node made the three
 * locales' tries ~45 MB of each worker's heap, ~15 MB this way.
 */
function flatTrie(OpenCC: OpenCC): new () => Trie {
  FlatTrie ??= class extends OpenCC.Trie {
    private readonly words = new Map<string, string>();
    /** the starts of the words (a code point or more, short of the whole word) */
    private readonly starts = new Set<string>();
    addWord(source: string, replacement: string): void {
      // OpenCC's trie ignores an empty word (its value would sit on the root, never matched)
      if (source === '') return;
      this.words.set(source, replacement);
      // and every shorter start of it, so that a search stops where no word goes on
      for (let end = 0; ; ) {
        end += source.codePointAt(end)! > 0xffff ? 2 : 1;
        if (end >= source.length) break;
        this.starts.add(source.slice(0, end));
      }
    }
    matchPrefix(text: string, offset: number): { end: number; value: string } | null {
      let match: { end: number; value: string } | null = null;
      // whole code points, as the trie walks them, as long as a word may go on
      for (let end = offset; end < text.length; ) {
        end += text.codePointAt(end)! > 0xffff ? 2 : 1;
        const part = text.slice(offset, end);
        const value = this.words.get(part);
        if (value !== undefined) match = { end, value };
        if (!this.starts.has(part)) break;
      }
      return match;
    }
  };
  return FlatTrie;
}
const normalizers = new Map<string, Convert>();

/**
 * The same conversion as `OpenCC.Converter({ from: 'cn', to })` (its code path for a config of
 * Locale.configs, followed step by step), over the shared tries; undefined when this opencc-js
 * has no such config, and the caller uses its Converter. test/locale.test.ts holds the two equal.
 */
// `module: unknown` keeps opencc-js's types out of the shipped .d.ts: its own declarations do not
// type-check under NodeNext with skipLibCheck: false, and a library user should not need them
export function sharedConverter(module: unknown, to: string): Convert | undefined {
  const OpenCC = module as OpenCC;
  const config = (OpenCC.Locale as { configs?: Record<string, Config> }).configs?.[`s2${to}`];
  if (!config) return undefined;
  const seg = config.segmentation;
  const segmenter = seg ? trieOf(OpenCC, Array.isArray(seg) && seg.every((d) => typeof d === 'string') ? (seg as Group) : [seg as DictLike]) : undefined;
  const chain = config.conversionChain.map((g) => trieOf(OpenCC, g));
  const run = (s: string) => chain.reduce((parts: string[], t) => parts.map((p) => t.convert(p)), segmenter ? segmenter.segment(s) : [s]).join('');
  const norm = config.normalizationChain;
  if (!norm) return run;
  const key = norm.map(groupKey).join('|');
  const normalize = normalizers.get(key) ?? OpenCC.ConverterFactory(...norm);
  normalizers.set(key, normalize);
  return (s: string) => run(normalize(s));
}

/**
 * What opencc gets wrong in contract language, and Traditional typography: 并为 (and … for) read
 * as 合并为; 台账 as 檯賬 or 枱賬; 销毁 as 銷燬; 后续签 as 後續 + 籤 (a lot, not signing); the capital 叁
 * as 叄 (the glossary keeps 叁; this catches a 叄 typed in a value); and 「」 for quotation marks.
 */
function fixUp(s: string): string {
  return (
    s
      .replace(/(?<![合吞兼歸])併為/g, '並為')
      .replace(/檯賬/g, '臺賬')
      // s2hk reads 服务台 + 账 as a counter (枱); the ledger is 台賬 in Hong Kong and the PRC (WC-N3, SS-N4)
      .replace(/枱賬/g, '台賬')
      .replace(/銷燬/g, '銷毀')
      .replace(/續籤/g, '續簽')
      // a week is 週 in Traditional (每週, 當週); OpenCC keeps 周 after a figure and in 該周, 周度, 周次 (SC-N2, MA-N1)
      .replace(/(?<=[0-9該])周|周(?=[度次])/g, '週')
      .replace(/叄/g, '叁')
      .replace(/“/g, '「')
      .replace(/”/g, '」')
      .replace(/‘/g, '『')
      .replace(/’/g, '』')
  );
}
