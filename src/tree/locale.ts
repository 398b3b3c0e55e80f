// Traditional Chinese by converting the finished tree's text (opencc-js), not by a second set of
// templates. Taiwan wording (软件 → 軟體) only for zh-Hant-TW. Loaded only when asked for.
import type { Block, ContractDocument, Inline } from './types.js';

export type Locale = 'zh-Hans' | 'zh-Hant' | 'zh-Hant-TW' | 'zh-Hant-HK';
type Convert = (s: string) => string;

const TARGET = { 'zh-Hant': 'tw', 'zh-Hant-TW': 'twp', 'zh-Hant-HK': 'hk' } as const;

/** The converter for a locale; undefined for Simplified (nothing to do). */
export async function converterFor(locale: Locale): Promise<Convert | undefined> {
  if (locale === 'zh-Hans') return undefined;
  const OpenCC = await import('opencc-js/cn2t');
  const convert = OpenCC.Converter({ from: 'cn', to: TARGET[locale] });
  return (s) => fixUp(convert(s));
}

export function convertTree(doc: ContractDocument, convert: Convert, locale: Locale): ContractDocument {
  const inl = (xs: Inline[]): Inline[] =>
    xs.map((x) => (x.type === 'text' ? { ...x, value: convert(x.value) } : x.type === 'strong' || x.type === 'emphasis' ? { ...x, children: inl(x.children) } : x));
  const line = (l: { label: string; value: Inline[] }) => ({ label: convert(l.label), value: inl(l.value) });
  const blocks = (bs: Block[]): Block[] =>
    bs.map((b): Block => {
      switch (b.type) {
        case 'clause': return { ...b, number: convert(b.number), title: inl(b.title), children: blocks(b.children) };
        case 'appendix': return { ...b, title: inl(b.title), children: blocks(b.children) };
        case 'paragraph': return { ...b, children: inl(b.children) };
        case 'list': return { ...b, items: b.items.map((i) => ({ ...i, children: inl(i.children) })) };
        case 'table': return { ...b, rows: b.rows.map((r) => r.map(inl)) };
        case 'parties': return { ...b, parties: b.parties.map((p) => ({ ...p, label: convert(p.label), role: convert(p.role), name: inl(p.name), lines: p.lines.map(line) })) as typeof b.parties };
        case 'signature': return { ...b, parties: b.parties.map((p) => ({ ...p, label: convert(p.label), name: inl(p.name), lines: p.lines.map(line) })) as typeof b.parties };
        default: return b;
      }
    });
  return {
    ...doc,
    meta: { ...doc.meta, title: convert(doc.meta.title), typeName: convert(doc.meta.typeName), locale, ...(doc.meta.signingPlace ? { signingPlace: convert(doc.meta.signingPlace) } : {}) },
    children: blocks(doc.children),
  };
}

/**
 * Conversions opencc gets wrong in contract language, corrected after it: 并为 (and … for) is
 * read as 合并为 (merge into) unless it really follows 合/吞/兼/归.
 */
function fixUp(s: string): string {
  return s.replace(/(?<![合吞兼歸])併為/g, '並為');
}
