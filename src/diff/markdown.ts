// The redline as Markdown for a pull-request comment: the list of changed clauses, then each
// changed clause in full with <del>/<ins> marks (GitHub shows them struck through and
// underlined). Only what changed: a reviewer reads the changes, not the contract. Pure.

import type { Block } from '../tree/types.js';
import { writeMarkdownBlocks } from '../writers/markdown.js';
import type { DocumentDiff, Version } from './diff.js';
import { blockChanged } from './redline.js';
import { changeLine, clauseName, clauseNumber } from './summary.js';

export function redlineMarkdown(d: DocumentDiff, versions: { before: Version; after: Version }): string {
  const head = `## 《${d.redline.meta.title}》修订对照\n\n${versions.before.name} → ${versions.after.name}\n\n`;
  if (d.same) return `${head}两个版本的文字相同。\n`;
  const listed = d.changes.filter((c) => c.kind !== 'renumbered');
  const renumbered = d.changes.filter((c) => c.kind === 'renumbered');
  const lines = listed.map((c) => `- ${changeLine(c, 'zh').replace(/[<>*_\x60[\]\\]/g, (ch) => `\\${ch}`)}`);
  const moved = renumbered.filter((c) => c.numberWas !== undefined);
  const refs = renumbered.filter((c) => c.numberWas === undefined);
  if (moved.length)
    lines.push(`- 编号变更（文字未改）：${moved.map((c) => `${clauseNumber(c.numberWas!)}→${clauseNumber(c.number, c.reference)}`).join('；')}`);
  if (refs.length) lines.push(`- 所引条款编号随之更新：${refs.map(clauseName).join('；')}`);
  return `${head}${lines.join('\n')}\n\n---\n\n${writeMarkdownBlocks(changedBlocks(d.redline.children))}`;
}

/** The smallest clauses that hold the changes (a chapter whose own words are unchanged gives way to its articles). */
function changedBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (!blockChanged(b, { deep: true, renumbering: false })) return [];
    if ((b.type === 'clause' || b.type === 'appendix') && !ownChanges(b)) return changedBlocks(b.children);
    return [b];
  });
}

/** A clause's own words changed: its heading, or a paragraph, list or table directly in it. */
function ownChanges(b: Block & { type: 'clause' | 'appendix' }): boolean {
  const own = { deep: false, renumbering: false };
  return blockChanged(b, own) || b.children.some((c) => c.type !== 'clause' && c.type !== 'appendix' && blockChanged(c, own));
}
