// Whether the PDF's faces can print a laid-out tree: every character in the face it is set in
// (headings and the title in the heading face, other bold text in the bold face, the rest in the
// body face), else in that face's fallback. The one check of glyph coverage: write() runs it before
// any writer when a PDF is asked for, compile() with `canPrint` (validate's warning); the PDF
// writer never discovers coverage itself.
import type { LaidOutDocument } from '../tree/types.js';
import { forEachText } from '../tree/walk.js';
import type { Face } from './page.js';

/** Whether a face (with its fallback) has a glyph for a code point. */
export type FaceCoverage = (codePoint: number, face: Face) => boolean;

/** A character no face it is set in has, the first place it is (a clause, 当事人…) and the face. */
export interface MissingGlyph {
  character: string;
  where: string;
  face: Face;
}

/** The characters of the tree its faces lack, once each, in reading order. */
export function missingGlyphs(tree: LaidOutDocument, covers: FaceCoverage): MissingGlyph[] {
  const missing = new Map<string, MissingGlyph>();
  forEachText(tree, (s, ctx) => {
    const face: Face = ctx.bold ? (ctx.block === 'clause' || ctx.block === 'appendix' ? 'heading' : 'bold') : 'body';
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (cp === 10 || cp === 13 || cp === 32 || missing.has(ch)) continue;
      if (!covers(cp, face)) missing.set(ch, { character: ch, where: ctx.where || '正文', face });
    }
  });
  return [...missing.values()];
}

/** The faces as messages name them. */
export const FACE_NAMES: Record<Face, string> = { body: '正文（宋体）', bold: '粗体', heading: '标题（黑体）' };

/** A character as messages show it: "😀" (U+1F600). */
export function showCharacter(ch: string): string {
  return `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}
