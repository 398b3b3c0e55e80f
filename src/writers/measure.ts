// The PDF's faces as the layout stage measures them before any writer runs: each file parsed
// once per process (fontkit), its coverage (layout/glyphs.ts) and its advance widths.
import type { FaceCoverage } from '../layout/glyphs.js';
import type { Face } from '../layout/page.js';
import type { LaidOutDocument } from '../tree/types.js';
import type { FontFile, PageLayout, PdfFonts } from './types.js';

export interface MeasuredFace {
  unitsPerEm: number;
  postscriptName: string;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}
const parsed = new WeakMap<Uint8Array, Map<string, MeasuredFace>>();

/** fontkit ships no types: its one function used here, typed */
type Fontkit = { create(b: Buffer, name?: string): MeasuredFace };

/** A face parsed once per process (by its bytes and its name in a collection). */
function parseFace(fontkit: Fontkit, f: FontFile): MeasuredFace {
  const byName = parsed.get(f.bytes) ?? new Map<string, MeasuredFace>();
  parsed.set(f.bytes, byName);
  let face = byName.get(f.name ?? '');
  if (!face) byName.set(f.name ?? '', (face = fontkit.create(Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength), f.name)));
  return face;
}

/**
 * Why a face cannot be used, or undefined when it can: fontkit opens it and reads the tables the
 * layout reads (units per em, the character map, an advance width). A file that starts like a font
 * but is not one (a TrueType tag, then zeros) opens without a word and fails at the first glyph:
 * tried here, before any stage or writer meets it, so that convert() can say which spec line
 * named it (font/unreadable) rather than fail inside a writer.
 */
export async function faceProblem(f: FontFile): Promise<string | undefined> {
  const fontkit = (await import('fontkit' as string)) as Fontkit;
  try {
    const face = parseFace(fontkit, f);
    if (!(face.unitsPerEm > 0)) return 'the font has no units per em (its head table cannot be read)';
    face.hasGlyphForCodePoint(0x4e00);
    face.glyphForCodePoint(0x20).advanceWidth;
    return undefined;
  } catch (e) {
    parsed.get(f.bytes)?.delete(f.name ?? '');
    // fontkit's own words for a table it did not find are about its code, not the file
    return e instanceof TypeError ? 'its tables cannot be read' : (e as Error).message;
  }
}

/** The three faces and their fallbacks, parsed; convert() tried each named file first (faceProblem). */
export async function openFaces(fonts: PdfFonts): Promise<{ faces: Record<Face, MeasuredFace>; fallback?: Record<Face, MeasuredFace> }> {
  const fontkit = (await import('fontkit' as string)) as Fontkit;
  const open = (f: FontFile): MeasuredFace => parseFace(fontkit, f);
  const faces = { body: open(fonts.body), bold: open(fonts.bold), heading: open(fonts.heading) };
  const fb = fonts.fallback;
  return fb ? { faces, fallback: { body: open(fb.body), bold: open(fb.bold), heading: open(fb.heading) } } : { faces };
}

/** What the PDF's faces print: a character in its face or, lacking it, in the face's fallback. */
export async function pdfCoverage(fonts: PdfFonts): Promise<{ covers: FaceCoverage; name: (face: Face) => string }> {
  const { faces, fallback } = await openFaces(fonts);
  const known = new Map<string, boolean>();
  const covers: FaceCoverage = (cp, f) => {
    const key = `${f}${cp}`;
    let has = known.get(key);
    if (has === undefined) known.set(key, (has = faces[f].hasGlyphForCodePoint(cp) || (fallback?.[f].hasGlyphForCodePoint(cp) ?? false)));
    return has;
  };
  return { covers, name: (f) => faces[f].postscriptName };
}

/** The tree typeset with the faces' advance widths (as the PDF writer sets a character: in the fallback face where its own face lacks it). */
export async function pageLayout(tree: LaidOutDocument, fonts: PdfFonts): Promise<PageLayout> {
  const { faces, fallback } = await openFaces(fonts);
  const advance = new Map<string, number>();
  const measured: [string, Face][] = [];
  const { typeset } = await import('../layout/typeset.js');
  const laid = typeset(tree, (ch, f, size) => {
    const key = f + ch;
    let a = advance.get(key);
    if (a === undefined) {
      const cp = ch.codePointAt(0)!;
      const own = faces[f as Face];
      const face = fallback && !own.hasGlyphForCodePoint(cp) && fallback[f as Face].hasGlyphForCodePoint(cp) ? fallback[f as Face] : own;
      a = (face.glyphForCodePoint(cp).advanceWidth * 1000) / face.unitsPerEm;
      advance.set(key, a);
      measured.push([ch, f as Face]);
    }
    return (a * size) / 1000;
  });
  return { typeset: laid, measured };
}

/**
 * The faces the pages are measured with: the PDF's, else the locale's bundled ones; undefined
 * where those are not installed (the DOCX footer then stores no count, and Word computes it).
 */
export async function measuringFonts(tree: LaidOutDocument, options: { pdfFonts?: PdfFonts }): Promise<PdfFonts | undefined> {
  if (options.pdfFonts) return options.pdfFonts;
  try {
    return (await import('../assets.js')).bundledFonts(tree.meta.locale);
  } catch {
    return undefined;
  }
}
