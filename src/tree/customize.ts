// Custom clauses from the spec, applied to the tree before numbering: omit optional clauses,
// replace a clause's text, add new clauses beside existing ones. The user's text is literal, and
// converted with the template text in a Traditional build (T-M1: convertClauses in text/values.ts,
// identity values kept as typed): blank lines separate paragraphs,
// lines starting "- " are list items, nothing else is syntax.
import type { Block, Clause, ContractDocument, Inline } from './types.js';

export interface CustomClauses {
  omit?: string[] | null;
  replace?: Record<string, string> | null;
  add?: { id: string; title?: string | null; text?: string | null; after?: string | null; before?: string | null }[] | null;
}

export function applyCustomClauses(doc: ContractDocument, custom: CustomClauses | null | undefined): ContractDocument {
  if (!custom) return doc;
  let children = structuredClone(doc.children);
  for (const id of custom.omit ?? []) children = without(children, id);
  for (const [id, text] of Object.entries(custom.replace ?? {})) {
    const clause = find(children, id);
    if (clause) clause.children = textBlocks(text);
  }
  for (const add of custom.add ?? []) {
    const anchorId = add.after ?? add.before;
    const title: Inline[] = add.title ? [{ type: 'text', value: add.title }] : [{ type: 'blank', size: 'long' }];
    const body = add.text ? textBlocks(add.text) : [{ type: 'paragraph' as const, children: [{ type: 'blank' as const, size: 'long' as const }] }];
    if (anchorId) {
      const place = locate(children, anchorId);
      if (place) {
        const anchor = place.list[place.index] as Clause;
        const clause: Clause = { type: 'clause', id: add.id, level: anchor.level, number: '', title, children: body };
        place.list.splice(place.index + (add.after ? 1 : 0), 0, clause);
        continue;
      }
    }
    // no anchor: a top-level clause after the body's own terms, before its closing clauses
    const clause: Clause = { type: 'clause', id: add.id, level: 1, number: '', title, children: body };
    children.splice(closingStart(children), 0, clause);
  }
  return { ...doc, children };
}

/**
 * The top-level clauses that close a contract, in every type: disputes, notices, how it takes
 * effect and ends, its glossary, its annex list and the miscellaneous clause. A clause of the
 * user's own goes before them when the spec does not say where, never after （以下无正文）.
 */
export const CLOSING_CLAUSES: ReadonlySet<string> = new Set(['disputes', 'notices', 'effect', 'glossary', 'annex-list', 'miscellaneous', 'other']);

/** The line that ends the text of the contract: （以下无正文，为签署页）, centred (its Traditional form too). */
export const isNoFurtherText = (b: Block): boolean => b.type === 'paragraph' && b.align === 'center' && /以下[无無]正文/.test(plainText(b.children));

const plainText = (xs: readonly Inline[]): string => xs.map((x) => (x.type === 'text' || x.type === 'value' ? x.value : '')).join('');

/** Whether a block is, or holds, the no-further-text line. */
function holdsNoFurtherText(b: Block): boolean {
  return isNoFurtherText(b) || ((b.type === 'clause' || b.type === 'appendix') && b.children.some(holdsNoFurtherText));
}

/**
 * Where an added clause with no after:/before: goes among the top-level blocks: before the
 * trailing run of closing clauses, and in any case before the block that holds the
 * no-further-text line (or the signatures).
 */
function closingStart(children: readonly Block[]): number {
  let end = children.findIndex((b) => holdsNoFurtherText(b) || b.type === 'signature');
  if (end === -1) end = children.length;
  // the clause holding the line is a closing clause whatever its id
  let start = end;
  while (start > 0) {
    const b = children[start - 1]!;
    if (b.type === 'clause' && b.id !== undefined && CLOSING_CLAUSES.has(b.id)) start--;
    else break;
  }
  return start;
}

/** The user's literal text as paragraphs and lists. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.every((l) => /^[-•]\s+/.test(l))) {
      blocks.push({ type: 'list', items: lines.map((l) => ({ number: '', children: [{ type: 'text', value: l.replace(/^[-•]\s+/, '') }] })) });
    } else {
      const children: Inline[] = [];
      lines.forEach((l, i) => {
        if (i > 0) children.push({ type: 'break' });
        children.push({ type: 'text', value: l });
      });
      blocks.push({ type: 'paragraph', children });
    }
  }
  return blocks;
}

function without(blocks: Block[], id: string): Block[] {
  return blocks
    .filter((b) => !(b.type === 'clause' && b.id === id))
    .map((b) => (b.type === 'clause' || b.type === 'appendix' ? { ...b, children: without(b.children, id) } : b));
}

export function find(blocks: Block[], id: string): Clause | undefined {
  for (const b of blocks) {
    if (b.type === 'clause' && b.id === id) return b;
    if (b.type === 'clause' || b.type === 'appendix') {
      const found = find(b.children, id);
      if (found) return found;
    }
  }
  return undefined;
}

function locate(blocks: Block[], id: string): { list: Block[]; index: number } | undefined {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'clause' && b.id === id) return { list: blocks, index: i };
    if (b.type === 'clause' || b.type === 'appendix') {
      const found = locate(b.children, id);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * What follows the no-further-text line in reading order, up to the signatures: nothing may (the
 * line says the text of the contract ends there). After the signatures only annexes may follow.
 * The first block out of place, or undefined; nothing is checked when the contract has no such line.
 */
export function afterNoFurtherText(doc: ContractDocument): Block | undefined {
  const order: Block[] = [];
  const walk = (bs: readonly Block[]) => {
    for (const b of bs) {
      order.push(b);
      if (b.type === 'clause') walk(b.children);
    }
  };
  walk(doc.children);
  const at = order.findIndex(isNoFurtherText);
  if (at === -1) return undefined;
  let signed = false;
  for (const b of order.slice(at + 1)) {
    if (b.type === 'signature') signed = true;
    else if (!signed || b.type !== 'appendix') return b;
  }
  return undefined;
}
