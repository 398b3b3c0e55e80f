// The project's drafting rules, checked on a built document tree: what a PRC lawyer reading the
// contract would mark. Each finding names the clause it is in (its number and title) and the text.

import Nzh from 'nzh/cn';
import { documentName } from '../../src/render/drafting.js';
import { type ContractDocument, plain } from '../../src/tree/types.js';
import { forEachInlines } from '../../src/tree/walk.js';

const parseChineseNumber = (s: string): number => Number(Nzh.decodeS(s));

export { documentName };

export interface Finding {
  rule: string;
  /** number and title of the clause (第五条保密), or the annex's title */
  where: string;
  /** the offending words with a little context */
  text: string;
}

export type Rule = (text: string, doc: ContractDocument) => { at: number; length: number; why?: string }[];

const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => ({ at: m.index!, length: m[0].length }));

/** One reference as a sortable key: 第五条 → [5], 第5.2条 → [5, 2], 第五条第（二）项 → [5, 2], 第十章 → [10]. */
function refKey(ref: string): number[] | undefined {
  let m = /^第([〇零一二三四五六七八九十百]+)[条章](?:第（([〇零一二三四五六七八九十百]+)）项)?$/.exec(ref);
  if (m) return [parseChineseNumber(m[1]!), ...(m[2] ? [parseChineseNumber(m[2])] : [])];
  m = /^第(\d+(?:\.\d+)*)条$/.exec(ref);
  if (m) return m[1]!.split('.').map(Number);
  return undefined;
}
const before = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return a.length < b.length;
};

const REF = String.raw`第(?:[〇零一二三四五六七八九十百]+[条章](?:第（[〇零一二三四五六七八九十百]+）项)?|\d+(?:\.\d+)*条)`;
const CN = '〇零一二两三四五六七八九十百';
const UNIT = '(?:个?工作日|个?自然日|日|天|个?小时|分钟|个月|周|年)';

export const RULES: Record<string, Rule> = {
  /** 另行约定 is a separate agreement to come, never "as follows" */
  'separately-agreed-as-follows': (s) => all(/另行(?:书面)?(?:约定|商定)[^。；]{0,12}如下/g, s),
  /** a list of clause references: 第六条和第七条, 第六条、第七条和第九条, in document order */
  'reference-list': (s) => {
    const out: { at: number; length: number; why?: string }[] = [];
    for (const m of s.matchAll(new RegExp(`${REF}(?:(?:、|、和|和|及|与|，)${REF})+`, 'g'))) {
      const parts = m[0].split(new RegExp(`(${REF})`)).filter(Boolean);
      const refs = parts.filter((_, i) => i % 2 === 0);
      const seps = parts.filter((_, i) => i % 2 === 1);
      const wantSeps = seps.map((_, i) => (i === seps.length - 1 ? '和' : '、'));
      const keys = refs.map(refKey);
      if (seps.join('|') !== wantSeps.join('|'))
        out.push({ at: m.index!, length: m[0].length, why: `joined by ${seps.join(' ')}, expected ${wantSeps.join(' ')}` });
      else if (keys.some((k, i) => i > 0 && k && keys[i - 1] && !before(keys[i - 1]!, k)))
        out.push({ at: m.index!, length: m[0].length, why: 'not in document order' });
    }
    // an empty place in a list: 第六条、和, （包括、第七条）
    for (const x of all(/、和|（包括、|、）|（包括）/g, s)) out.push({ ...x, why: 'an empty place in a list' });
    return out;
  },
  /** counts of time in figures, as the durations the spec gives print: 10个工作日, never 十个工作日 */
  'numerals-in-durations': (s) =>
    // 第三日 and 次一工作日 are ordinals, 同一日 and 每一年 no counts
    all(new RegExp(`(?<![第次同每某任当周星期初])[${CN}]+${UNIT}`, 'g'), s),
  /** one modal: 应当 (not 应 alone, nor 应予) */
  'modal-yingdang': (s) => all(/(?<![相响供对适反答呼效感回顺])应(?![当用急对付收变答聘届有])/g, s),
  /** the document calls itself by its title's name throughout */
  'document-name': (s, doc) => {
    const name = documentName(doc.meta.title);
    return all(/本(?:协议|合同|准则)(?!书)/g, s)
      .filter((x) => s.slice(x.at + 1, x.at + x.length) !== name)
      .map((x) => ({ ...x, why: `the title calls it ${name}` }));
  },
};

/** Every finding of the rules (all of them unless `only` names some) in the document's text. */
export function checkStyle(doc: ContractDocument, only: readonly string[] = Object.keys(RULES)): Finding[] {
  const out: Finding[] = [];
  forEachInlines(doc.children, (xs, ctx) => {
    if (ctx.block === 'signature' || ctx.block === 'parties') return;
    const text = plain(xs);
    for (const rule of only) {
      for (const hit of RULES[rule]!(text, doc)) {
        const context = text.slice(Math.max(0, hit.at - 8), hit.at + hit.length + 8);
        out.push({ rule, where: ctx.where || '（首部）', text: `${context}${hit.why ? ` (${hit.why})` : ''}` });
      }
    }
  });
  return out;
}
