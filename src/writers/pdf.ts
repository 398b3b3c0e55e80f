// PDF writer: decided tree → .pdf bytes. The page typesetter (layout/typeset.ts) places every
// glyph; this module opens the three faces once, gives the typesetter their advance widths, and
// writes its pages as PDF text operators with explicit positions, so what was measured is what is
// drawn (no second line breaking, no OpenType shaping pass). pdfkit does the file structure, the
// subsetting and embedding of each face (TrueType outlines: fast to subset), the outline and the
// named destinations of the clauses. A character a face lacks stops the build before this writer
// runs (write() checks the tree against the faces: layout/glyphs.ts) instead of printing a box.
import PDFDocument from 'pdfkit';
import type { Face } from '../layout/page.js';
import { PAGE } from '../layout/page.js';
import { type Anchor, type GlyphRun, type LinkBox, typeset } from '../layout/typeset.js';
import { anchorNames } from '../tree/anchors.js';
import type { LaidOutDocument } from '../tree/types.js';
import type { FontFile, PdfFonts, WriterOptions } from './types.js';

/** What pdfkit keeps of an embedded face (its EmbeddedFont): the parts this writer uses. */
interface Embedded {
  id: string;
  font: FontkitFont;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}
interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
  _decode(): unknown;
}
interface FontkitFont {
  unitsPerEm: number;
  postscriptName: string;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): FontkitGlyph;
}

/** What this writer knows of one face's characters, kept as long as the face is: its glyph and advance. */
interface FaceCache {
  font: FontkitFont;
  glyphs: Map<number, { id: number; advance: number }>;
  covers: Map<number, boolean>;
  /** whether the face centres ，。、 in the em box (centresMarks) */
  centred?: boolean;
}
/**
 * Each face file parsed once per process, not once per document: opening a face decodes its
 * tables (the glyph locations and metrics of ~30,000 glyphs), and each glyph is decoded again for
 * its width and for the subset. A batch's documents share them; each document still has its own
 * subset (pdfkit's EmbeddedFont), so its bytes are those of a document built alone.
 */
const parsedFaces = new WeakMap<Uint8Array, Map<string, FaceCache>>();

function cachedGlyph(c: FaceCache, cp: number): { id: number; advance: number } {
  let g = c.glyphs.get(cp);
  if (!g) {
    const glyph = c.font.glyphForCodePoint(cp);
    // fontkit's subsetter decodes a glyph's whole outline, only to learn whether it is composite,
    // each time a document embeds it: one decoding per process (the outline is only read)
    const decode = glyph._decode;
    let decoded: unknown;
    let done = false;
    glyph._decode = () => (done ? decoded : ((done = true), (decoded = decode.call(glyph))));
    g = { id: glyph.id, advance: (glyph.advanceWidth * 1000) / c.font.unitsPerEm };
    c.glyphs.set(cp, g);
  }
  return g;
}
/** A face as one document uses it: pdfkit's embedding (its subset) and the process's parsed face. */
interface Opened {
  embedded: Embedded;
  cache: FaceCache;
  /** per glyph id, the characters it copies out as in this document */
  codePoints: Map<number, number[]>;
  /** per character drawn in this document: its glyph, its id in the subset (and as hex), its advance */
  drawn: Map<string, { id: number; gid: number; hex: string; advance: number; cp: number }>;
}
type Doc = PDFKit.PDFDocument & {
  _font: Embedded;
  page: PDFKit.PDFPage & { fonts: Record<string, unknown> };
  _root: { data: { Names: { data: { Dests: { _compareKeys(a: string, b: string): number } } } } };
  _fontCount: number;
};

export async function writePdf(tree: LaidOutDocument, options: WriterOptions): Promise<Uint8Array> {
  const fonts = options.pdfFonts;
  if (!fonts) throw new Error('writePdf needs the faces (options.pdfFonts); convert() passes the bundled ones');
  const doc = newDocument(tree, options);
  const face = faceOpener(doc);
  const faces: Record<Face, Opened> = { body: face(fonts.body), bold: face(fonts.bold), heading: face(fonts.heading) };
  // a Traditional face lacks the Simplified characters a registered name or address keeps: those
  // are set in the Simplified face of the same kind (writers/faces.ts), opened only when needed
  const fallback = fallbackFaces(fonts, face);
  /** the face a character is set in: its own, else its fallback where that has it */
  const faceOf = (ch: string, f: Face): Opened => {
    const o = faces[f];
    const fb = fallback?.[f];
    const cp = ch.codePointAt(0)!;
    // write() checked the tree against these faces (layout/glyphs.ts) before any writer ran
    return fb && !covers(o.cache, cp) && covers(fb().cache, cp) ? fb() : o;
  };

  // advance widths in 1000ths of an em, per face and character
  const advance = (ch: string, f: Face): number => {
    const o = faceOf(ch, f);
    const cp = ch.codePointAt(0)!;
    const g = cachedGlyph(o.cache, cp);
    // the text a glyph copies out as: the first character measured with it in this document, as a
    // face opened for this document alone would have it
    if (!o.codePoints.has(g.id)) o.codePoints.set(g.id, [cp]);
    return g.advance;
  };
  // the pages write() typeset (writers/measure.ts), each glyph registered in the order it was measured; else typeset here
  const given = options.pages;
  if (given) for (const [ch, f] of given.measured) advance(ch, f);
  const laid = given ? given.typeset : typeset(tree, (ch, f, size) => (advance(ch, f as Face) * size) / 1000);

  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  const names = anchorNames(tree);
  // a name tree is looked up by binary search in byte order; pdfkit sorts it with localeCompare,
  // which orders `_` and digits otherwise (and may follow the machine's locale)
  doc._root.data.Names.data.Dests._compareKeys = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  drawPages(doc, laid, faceOf, names);
  outline(doc, laid.anchors, names);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** The document with its page size, language and properties (the date given, never the clock's). */
function newDocument(tree: LaidOutDocument, options: WriterOptions): Doc {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { ...PAGE.margin },
    bufferPages: true,
    autoFirstPage: true,
    // no default face: pdfkit would read and parse Helvetica's metrics for every document (about
    // 1 ms), a face this writer never draws with (nor embeds: a face is embedded once used)
    font: null as unknown as string,
    lang: tree.meta.locale === 'zh-Hans' ? 'zh-CN' : tree.meta.locale,
    displayTitle: true,
    info: {
      Title: tree.meta.title,
      Subject: tree.meta.typeName,
      Creator: `svc-contract ${options.version}`,
      Producer: `svc-contract ${options.version}`,
      Keywords: `spec-sha256:${options.specHash}${options.buildKey ? `; build:${options.buildKey}` : ''}`,
      CreationDate: options.date,
      ModDate: options.date,
    },
  }) as Doc;
  // Helvetica, had it been opened, would have been F1: the faces keep their names F2, F3…
  doc._fontCount = 1;
  return doc;
}

/**
 * A face of this document by its file: each distinct file registered with the document once,
 * whatever faces share it, and parsed once per process (parsedFaces).
 */
function faceOpener(doc: Doc): (f: FontFile) => Opened {
  const opened = new Map<FontFile, Opened>();
  return (f) => {
    let o = opened.get(f);
    if (!o) {
      const byName = parsedFaces.get(f.bytes) ?? new Map<string, FaceCache>();
      parsedFaces.set(f.bytes, byName);
      const known = byName.get(f.name ?? '');
      // pdfkit takes a parsed fontkit face as it takes the file's bytes (convert() tried the file: faceProblem)
      doc.font((known ? known.font : Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength)) as unknown as string, f.name as string);
      const cache = known ?? { font: doc._font.font, glyphs: new Map(), covers: new Map() };
      byName.set(f.name ?? '', cache);
      o = { embedded: doc._font, cache, codePoints: new Map(), drawn: new Map() };
      opened.set(f, o);
    }
    return o;
  };
}

/** Each page's marks drawn, and each number of a cross-reference linked to its clause's destination. */
function drawPages(doc: Doc, laid: ReturnType<typeof typeset>, faceOf: (ch: string, f: Face) => Opened, names: Map<string, string>): void {
  const linksOf = new Map<number, LinkBox[]>();
  for (const l of laid.links) linksOf.set(l.page, [...(linksOf.get(l.page) ?? []), l]);
  laid.pages.forEach((p, i) => {
    if (i > 0) doc.addPage();
    for (const m of p.marks) {
      if (m.type === 'text') for (const [o, glyphs] of segments(m, (ch) => faceOf(ch, m.face))) text(doc, { ...m, glyphs }, o);
      else if (m.type === 'rule' && m.change)
        doc.save().strokeColor(REDLINE_HEX[m.change]).lineWidth(m.width).moveTo(m.x1, m.y1).lineTo(m.x2, m.y2).stroke().restore();
      else if (m.type === 'rule') doc.lineWidth(m.width).moveTo(m.x1, m.y1).lineTo(m.x2, m.y2).stroke();
      else doc.lineWidth(m.width).rect(m.x, m.y, m.w, m.h).stroke();
    }
    // each number of a cross-reference links to its clause's destination (no border drawn)
    for (const l of linksOf.get(i) ?? []) {
      const name = names.get(l.id);
      if (name !== undefined) doc.annotate(l.x, l.y, l.w, l.h, { Subtype: 'Link', Dest: name } as unknown as PDFKit.Mixins.AnnotationOption);
    }
  });
}

const num = (n: number) => (Math.round(n * 1000) / 1000).toString();

/** The fallback faces (PdfFonts.fallback), each opened for this document the first time a character needs it. */
function fallbackFaces(fonts: PdfFonts, face: (f: FontFile) => Opened): Record<Face, () => Opened> | undefined {
  const fb = fonts.fallback;
  if (!fb) return undefined;
  const lazy = (f: FontFile) => {
    let o: Opened | undefined;
    return () => (o ??= face(f));
  };
  return { body: lazy(fb.body), bold: lazy(fb.bold), heading: lazy(fb.heading) };
}

/** A run's glyphs in stretches of one face each, in order. */
function segments(run: GlyphRun, faceOf: (ch: string) => Opened): [Opened, GlyphRun['glyphs']][] {
  const out: [Opened, GlyphRun['glyphs']][] = [];
  for (const g of run.glyphs) {
    const o = faceOf(g.ch);
    const last = out[out.length - 1];
    if (last && last[0] === o) last[1].push(g);
    else out.push([o, [g]]);
  }
  return out;
}

/** One run of glyphs of one face: each glyph at its x, as a TJ array of glyph ids and offsets. */
/** A redline's colours: deletions red, insertions blue, the change bar as the insertions (as Word shows one author's changes). */
const REDLINE_HEX = { del: '#C00000', ins: '#0047AB', bar: '#0047AB' } as const;
/** The same colour as the PDF's rg operands: three fractions of 255. */
const rgb = (hex: string) => [1, 3, 5].map((i) => num(parseInt(hex.slice(i, i + 2), 16) / 255)).join(' ');

function text(doc: Doc, run: GlyphRun, o: Opened): void {
  if (run.glyphs.length === 0) return;
  const f = o.embedded;
  if (doc.page.fonts[f.id] == null) doc.page.fonts[f.id] = f.ref();
  const parts: string[] = [];
  let hex = '';
  const first = run.glyphs[0]!;
  let pen = first.x;
  for (const g of centred(run, o)) {
    // the gap between where the pen is and where the typesetter put this glyph
    const shift = ((g.x - pen) * 1000) / run.size;
    if (Math.abs(shift) > 0.001) {
      if (hex) parts.push(`<${hex}>`);
      hex = '';
      parts.push(num(-shift));
    }
    let d = o.drawn.get(g.ch);
    if (d === undefined) {
      const cp = g.ch.codePointAt(0)!;
      const glyph = cachedGlyph(o.cache, cp);
      const gid = f.subset.includeGlyph(glyph.id);
      f.widths[gid] ??= glyph.advance;
      d = { id: glyph.id, gid, hex: gid.toString(16).padStart(4, '0'), advance: glyph.advance, cp };
      o.drawn.set(g.ch, d);
    }
    f.unicode[d.gid] ??= o.codePoints.get(d.id)!;
    hex += d.hex;
    // as measuring it would: the first character drawn with a glyph it was not measured with names it
    if (!o.codePoints.has(d.id)) o.codePoints.set(d.id, [d.cp]);
    pen = g.x + (d.advance * run.size) / 1000;
  }
  if (hex) parts.push(`<${hex}>`);
  // pdfkit's pages run y downwards (a flip at the page's start): undo it for the text, as pdfkit does
  const y = PAGE.height - run.y;
  // a redline's deleted and inserted text in their colours (rg: the fill colour of the glyphs)
  const colour = run.change ? `${rgb(REDLINE_HEX[run.change])} rg\n` : '';
  doc.addContent(
    `q\n${colour}1 0 0 -1 0 ${num(PAGE.height)} cm\nBT\n1 0 0 1 ${num(first.x)} ${num(y)} Tm\n/${f.id} ${num(run.size)} Tf\n[${parts.join(' ')}] TJ\nET\nQ`,
  );
}

/** marks a Traditional face centres in the em box (a Simplified one sets them in its lower left) */
const MIDDLE_MARKS = new Set('，。、；：！？');
/** Whether a face centres its punctuation (Taiwan and Hong Kong faces): its ， inked about the middle of its em. */
function centresMarks(c: FaceCache): boolean {
  c.centred ??= (() => {
    if (!covers(c, 0xff0c)) return false;
    const g = c.font.glyphForCodePoint(0xff0c) as FontkitGlyph & { bbox: { minX: number; maxX: number } };
    return (g.bbox.minX + g.bbox.maxX) / 2 > g.advanceWidth * 0.3;
  })();
  return c.centred;
}
/**
 * A run's glyphs, a squeezed mark of a face that centres its marks moved left by half of what it
 * gave up: the typesetter keeps a squeezed ，'s left half (where a Simplified face has its ink), but
 * a centred ， would then touch the next character; it goes to the middle of its narrower slot.
 */
function centred(run: GlyphRun, o: Opened): GlyphRun['glyphs'] {
  if (!centresMarks(o.cache)) return run.glyphs;
  return middleOfSqueezed(run.glyphs, run.size, (ch) => cachedGlyph(o.cache, ch.codePointAt(0)!).advance);
}

/** Glyphs (at a size, advances in 1000ths of an em), each squeezed ，。、；：！？ moved left by half of what it gave up. */
export function middleOfSqueezed(glyphs: GlyphRun['glyphs'], size: number, advance: (ch: string) => number): GlyphRun['glyphs'] {
  return glyphs.map((g, k) => {
    const next = glyphs[k + 1];
    if (!next || !MIDDLE_MARKS.has(g.ch)) return g;
    const given = g.x + (advance(g.ch) * size) / 1000 - next.x;
    return given > 0.01 ? { ...g, x: g.x - given / 2 } : g;
  });
}

/** Bookmarks of the clauses (two levels) and annexes, and a named destination per clause and annex id, named as the DOCX's bookmarks. */
function outline(doc: Doc, anchors: Anchor[], names: Map<string, string>): void {
  let parent: PDFKit.PDFOutline | undefined;
  for (const a of anchors) {
    // pdfkit's outline destination: [page XYZ width-left height-top zoom]
    const at = { pageNumber: a.page, top: a.y, left: PAGE.width } as unknown as { expanded?: boolean };
    if (a.level === 1) parent = doc.outline.addItem(a.title, at);
    else if (a.level === 2 && parent) parent.addItem(a.title, at);
    const name = a.id === undefined ? undefined : names.get(a.id);
    if (name !== undefined) {
      doc.switchToPage(a.page);
      doc.addNamedDestination(name, 'XYZ', 0, a.y, null);
    }
  }
}

function covers(c: FaceCache, cp: number): boolean {
  let has = c.covers.get(cp);
  if (has === undefined) c.covers.set(cp, (has = c.font.hasGlyphForCodePoint(cp)));
  return has;
}
