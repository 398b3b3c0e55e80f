// What every writer takes and gives: the decided tree and these options in, bytes out.
import type { Typeset } from '../layout/typeset.js';
import type { LaidOutDocument } from '../tree/types.js';

export interface WriterOptions {
  /** svc-contract's version, for document properties */
  version: string;
  /** SHA-256 of the spec's bytes, so that a signed copy can be traced to its spec */
  specHash: string;
  /**
   * A fingerprint of everything the build depended on (spec, version, templates, options), recorded
   * beside the spec's hash when given, so that `build --incremental` can tell a current output
   * from a stale one without building it. The CLI always gives one; library callers may.
   */
  buildKey?: string;
  /** the document's date for its properties and zip entries: from the spec or SOURCE_DATE_EPOCH, never the clock */
  date: Date;
  /** East Asian font names the DOCX asks for (the reader's Word renders them); the locale's (writers/faces.ts) when left out */
  docxFonts: { body?: string; heading?: string };
  /** the PDF's faces (bytes): required by the PDF writer; `convert()` passes the bundled ones by default */
  pdfFonts?: PdfFonts;
  /**
   * The pages as the PDF sets them, typeset once by write() when a PDF or a DOCX is asked for
   * (writers/measure.ts pageLayout): the PDF writer draws them, the DOCX footer stores their count.
   * A writer called alone typesets the tree itself.
   */
  pages?: PageLayout;
}

/** See writers/measure.ts pageLayout. */
export interface PageLayout {
  typeset: Typeset;
  /** each character and face in the order the typesetter first measured it (the PDF writer registers its glyphs in this order) */
  measured: [string, 'body' | 'bold' | 'heading'][];
}

/** A font file; `name` picks one face of a collection (.ttc) by PostScript name. */
export interface FontFile {
  bytes: Uint8Array;
  name?: string;
}

/** The PDF's faces: a Song body, its bold, and a 黑体 for the title and headings. */
export interface PdfFonts {
  body: FontFile;
  bold: FontFile;
  heading: FontFile;
  /** faces of the same kinds for characters these lack: the Simplified faces under a Traditional build, for the names and addresses kept as registered */
  fallback?: { body: FontFile; bold: FontFile; heading: FontFile };
}

export type Writer = (doc: LaidOutDocument, options: WriterOptions) => Promise<Uint8Array>;
