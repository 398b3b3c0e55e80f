// Custom clauses from the spec, applied to the tree before numbering: omit optional clauses,
// replace a clause's text, add new clauses beside existing ones. The user's text is literal, and
// printed as written in every locale (never converted: TW-S1): blank lines separate paragraphs,
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
    // no anchor: a top-level clause at the end of the body, before the signatures
    const clause: Clause = { type: 'clause', id: add.id, level: 1, number: '', title, children: body };
    const sig = children.findIndex((b) => b.type === 'signature');
    children.splice(sig === -1 ? children.length : sig, 0, clause);
  }
  return { ...doc, children };
}

/** The user's literal text as paragraphs and lists. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
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
