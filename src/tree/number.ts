// Numbering, done once on the tree so that every format agrees: each type's style (第一章 / 1.1 /
// 1.1.1 / a); 一、/（一）/ 1.; …), counters restarting after the signatures, and cross-references
// ({{ref "id"}}) resolved to the final number. A reference to a clause that is not there is an error.
import { chineseNumber, latinLetter } from '../text/numerals.js';
import type { Block, Clause, ContractDocument, Inline, RefPart } from './types.js';
import { mapInlines } from './walk.js';

/** A reference to a clause the document does not have (omitted, or its id misspelt). */
export interface MissingReference {
  id: string;
  /** the template line that wrote the reference */
  where?: { file: string; line: number };
}

/** Thrown when references cannot be resolved; the pipeline turns it into positioned diagnostics. */
export class MissingRefError extends Error {
  constructor(readonly missing: MissingReference[]) {
    super(missing.map((m) => `no clause has the id "${m.id}"`).join('; '));
    this.name = 'MissingRefError';
  }
}

export interface NumberingStyle {
  /** number of a clause from the counters of its level and its ancestors' */
  clause(path: number[]): string;
  /** levels whose clauses number the paragraphs directly inside them (001: 1.1 in a chapter, 1.1.1 in a clause) */
  paragraphLevels?: readonly (1 | 2 | 3)[];
  paragraph?(path: number[]): string;
  /** marker of the n-th list item; `depth`: 1 for a list directly in a top clause, 2 in its sub-clause */
  item(n: number, depth: number): string;
  /** how a cross-reference reads: 第五条, 第5.2条 */
  ref(path: number[]): string;
}

const cn = chineseNumber;

export const STYLES = {
  /** 000: 第一条 / （一）, items （一） */
  article: {
    clause: (p) => (p.length === 1 ? `第${cn(p[0]!)}条` : p.length === 2 ? `（${cn(p[1]!)}）` : `${p[2]}.`),
    item: (n) => `（${cn(n)}）`,
    ref: (p) => (p.length === 1 ? `第${cn(p[0]!)}条` : `第${cn(p[0]!)}条第（${cn(p[1]!)}）项`),
  },
  /** 001: 第一章 / 1.1 / 1.1.1 / a) */
  chapter: {
    clause: (p) => (p.length === 1 ? `第${cn(p[0]!)}章` : p.join('.')),
    paragraphLevels: [1, 2],
    paragraph: (p) => p.join('.'),
    item: (n) => `${latinLetter(n)})`,
    ref: (p) => (p.length === 1 ? `第${cn(p[0]!)}章` : `第${p.join('.')}条`),
  },
  /** 002: 一、 / （一） / 1. / （1）: a list takes the next level down from its clause (cold review SS-N3) */
  section: {
    clause: (p) => (p.length === 1 ? `${cn(p[0]!)}、` : p.length === 2 ? `（${cn(p[1]!)}）` : `${p[2]}.`),
    item: (n, depth) => (depth <= 1 ? `（${cn(n)}）` : depth === 2 ? `${n}.` : `（${n}）`),
    ref: (p) => (p.length === 1 ? `第${cn(p[0]!)}条` : `第${cn(p[0]!)}条第（${cn(p[1]!)}）项`),
  },
  /** 003: 一、 / 1.1 / 1.1.1 / （1） */
  'section-decimal': {
    clause: (p) => (p.length === 1 ? `${cn(p[0]!)}、` : p.join('.')),
    item: (n) => `（${n}）`,
    ref: (p) => (p.length === 1 ? `第${cn(p[0]!)}条` : `第${p.join('.')}条`),
  },
  /** 004: 一、 / （一） / 1. */
  'section-paren': {
    clause: (p) => (p.length === 1 ? `${cn(p[0]!)}、` : p.length === 2 ? `（${cn(p[1]!)}）` : `${p[2]}.`),
    item: (n) => `${n}.`,
    ref: (p) => (p.length === 1 ? `第${cn(p[0]!)}条` : `第${cn(p[0]!)}条第（${cn(p[1]!)}）项`),
  },
} satisfies Record<string, NumberingStyle>;
export type StyleName = keyof typeof STYLES;

export function numberTree(doc: ContractDocument, style: NumberingStyle, convert: (s: string) => string = (s) => s): ContractDocument {
  const numbers = new Map<string, string>();
  let counters = [0, 0, 0];

  const numberBlocks = (blocks: Block[], depth: number, path: number[]): Block[] => {
    // inside one clause, numbered paragraphs and sub-clauses share one sequence (1.1, 1.2, …)
    let n = 0;
    const numbersParagraphs = depth > 0 && (style.paragraphLevels ?? []).includes(depth as 1 | 2 | 3) && !!style.paragraph;
    return blocks.map((b): Block => {
      switch (b.type) {
        case 'clause': {
          const here = depth === 0 ? ++counters[0]! : ++n;
          const p = [...path, here];
          if (b.id) numbers.set(b.id, convert(style.ref(p)));
          return { ...b, number: convert(style.clause(p)), children: numberBlocks(b.children, depth + 1, p) };
        }
        case 'paragraph':
          return numbersParagraphs && !b.align && !b.heading && !b.display ? { ...b, number: style.paragraph!([...path, ++n]) } : b;
        case 'list':
          return { ...b, items: b.items.map((item, i) => ({ ...item, number: item.number || convert(style.item(i + 1, depth)) })) };
        case 'signature':
          counters = [0, 0, 0]; // appendices after the signatures count afresh
          return b;
        default:
          return b;
      }
    });
  };
  // top-level clauses count across the document (an appendix restarts them)
  const numberTop = (blocks: Block[]): Block[] =>
    blocks.map((b) => {
      if (b.type === 'appendix') {
        const saved = counters;
        counters = [0, 0, 0];
        const out = { ...b, children: numberBlocks(b.children, 0, []) };
        counters = saved;
        return out;
      }
      return numberBlocks([b], 0, [])[0]!;
    });
  const numbered = numberTop(doc.children);

  const missing: MissingReference[] = [];
  const order = [...numbers.keys()];
  /** the numbers a reference prints, each with its clause's id, joined by 、 and 和 */
  const resolve = (x: Extract<Inline, { type: 'ref' }>): RefPart[] => {
    if (x.mode === 'one') {
      const id = x.ids[0]!;
      const n = numbers.get(id);
      if (n === undefined) missing.push({ id, ...(x.where ? { where: x.where } : {}) });
      return n === undefined ? [] : [{ text: n, id }];
    }
    // in document order, whatever order the template lists them in
    const present = x.ids.filter((i) => numbers.has(i));
    const ids = x.mode === 'first' ? present.slice(0, 1) : present.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return ids.flatMap((id, k): RefPart[] => [...(k === 0 ? [] : [{ text: k === ids.length - 1 ? convert('和') : '、' }]), { text: numbers.get(id)!, id }]);
  };
  const children = mapInlines(numbered, (xs) =>
    xs.map((x) => {
      if (x.type !== 'ref') return x;
      const parts = resolve(x);
      return { ...x, text: parts.map((p) => p.text).join(''), parts };
    }),
  );
  if (missing.length) throw new MissingRefError(missing);
  return { ...doc, children };
}

/** Number and title as printed: 一、服务内容 / 第一章 总则 / 1.1 定义 / （一）服务内容 */
export function numbered(number: string): string {
  return /[、）：]$/.test(number) || number === '' ? number : `${number} `;
}

export type { Clause };
