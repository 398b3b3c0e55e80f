// The count of pages of a tree as the PDF sets it, for the DOCX footer's NUMPAGES field to store:
// the one the PDF writer found when it wrote the same tree, else the page typesetter run with the
// same faces' advance widths (the PDF writer's measure, without writing a PDF).
import type { LaidOutDocument } from '../tree/types.js';
import type { FontFile, WriterOptions } from './types.js';

const counted = new WeakMap<LaidOutDocument, number>();

/** The PDF writer's count of a tree's pages. */
export function recordPages(tree: LaidOutDocument, pages: number): void {
  counted.set(tree, pages);
}

interface Face {
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}
const parsed = new WeakMap<Uint8Array, Face>();

/**
 * The tree's count of pages in the PDF: the PDF writer's, else typeset with the faces the options
 * give or the locale's bundled ones; undefined where those are not installed (the field then
 * stores no count, and Word computes it).
 */
export async function pageCount(tree: LaidOutDocument, options: WriterOptions): Promise<number | undefined> {
  const known = counted.get(tree);
  if (known !== undefined) return known;
  let fonts = options.pdfFonts;
  if (!fonts) {
    try {
      fonts = (await import('../assets.js')).bundledFonts(tree.meta.locale);
    } catch {
      return undefined;
    }
  }
  // fontkit ships no types: its one function used here, typed
  const fontkit = (await import('fontkit' as string)) as { create(b: Buffer, name?: string): Face };
  const open = (f: FontFile): Face => {
    let face = parsed.get(f.bytes);
    if (!face) {
      face = fontkit.create(Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength), f.name);
      parsed.set(f.bytes, face);
    }
    return face;
  };
  const faces: Record<string, Face> = { body: open(fonts.body), bold: open(fonts.bold), heading: open(fonts.heading) };
  const fb = fonts.fallback;
  const fallback: Record<string, Face> | undefined = fb && { body: open(fb.body), bold: open(fb.bold), heading: open(fb.heading) };
  const advance = new Map<string, number>();
  const { typeset } = await import('../layout/typeset.js');
  const laid = typeset(tree, (ch, f, size) => {
    const key = f + ch;
    let a = advance.get(key);
    if (a === undefined) {
      // as the PDF writer sets it: in the fallback face where the face lacks the character
      const cp = ch.codePointAt(0)!;
      const own = faces[f]!;
      const face = fallback && !own.hasGlyphForCodePoint(cp) && fallback[f]!.hasGlyphForCodePoint(cp) ? fallback[f]! : own;
      a = (face.glyphForCodePoint(cp).advanceWidth * 1000) / face.unitsPerEm;
      advance.set(key, a);
    }
    return (a * size) / 1000;
  });
  counted.set(tree, laid.pages.length);
  return laid.pages.length;
}
