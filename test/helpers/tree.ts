// What tests read off a document tree, through the project's one walker (src/tree/walk.ts).
import { type Block, plain } from '../../src/tree/types.js';
import { forEachBlock } from '../../src/tree/walk.js';

/** "number title" of every clause, the title of every appendix and its sub-headings, in document order. */
export function titles(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  forEachBlock(blocks, (b) => {
    if (b.type === 'clause') out.push(`${b.number}${plain(b.title)}`);
    else if (b.type === 'appendix') out.push(plain(b.title));
    else if (b.type === 'paragraph' && b.heading) out.push(plain(b.children));
  });
  return out;
}

/** The id of every clause that has one, in document order. */
export function clauseIdsOf(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  forEachBlock(blocks, (b) => {
    if (b.type === 'clause' && b.id) out.push(b.id);
  });
  return out;
}
