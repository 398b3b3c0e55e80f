// The redline as Markdown for a pull-request comment: the list of changed clauses, then each
// changed clause in full with <del>/<ins> marks (GitHub shows them struck through and
// underlined). Only what changed: a reviewer reads the changes, not the contract. Pure.

import { FURNITURE_WORDS } from '../render/furniture.js';
import { converterFor, type Locale } from '../text/locale.js';
import type { Block } from '../tree/types.js';
import { writeMarkdownBlocks } from '../writers/markdown.js';
import type { DocumentDiff, Version } from './diff.js';
import { blockChanged } from './redline.js';
import { changeLine, clauseName, clauseNumber } from './summary.js';

export async function redlineMarkdown(d: DocumentDiff, versions: { before: Version; after: Version }): Promise<string> {
  // its own words in the document's locale, as the furniture's are; the title and the clauses' words are the tree's, already in it
  const convert = (await converterFor(d.redline.meta.locale as Locale)) ?? ((s: string) => s);
  const head = `## 《${d.redline.meta.title}》${convert(FURNITURE_WORDS.redlineHeading)}\n\n${versions.before.name} → ${versions.after.name}\n\n`;
  if (d.same) return `${head}${convert('两个版本的文字相同。')}\n`;
  const listed = d.changes.filter((c) => c.kind !== 'renumbered');
  const renumbered = d.changes.filter((c) => c.kind === 'renumbered');
  const lines = listed.map((c) => `- ${changeLine(c, 'zh', convert).replace(/[<>*_\x60[\]\\]/g, (ch) => `\\${ch}`)}`);
  const moved = renumbered.filter((c) => c.numberWas !== undefined);
  const refs = renumbered.filter((c) => c.numberWas === undefined);
  if (moved.length)
    lines.push(`- ${convert('编号变更（文字未改）')}：${moved.map((c) => `${clauseNumber(c.numberWas!)}→${clauseNumber(c.number, c.reference)}`).join('；')}`);
  if (refs.length) lines.push(`- ${convert('所引条款编号随之更新')}：${refs.map(clauseName).join('；')}`);
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
