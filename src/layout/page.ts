// Page and type settings both print writers share, so that the DOCX (as Word or LibreOffice lays it
// out) and the PDF (as the typesetter lays it out) break pages alike: A4, the usual Chinese contract
// margins, 小四 body on an exact 22 pt line pitch (固定值, not a multiple of the font's own line
// height, which differs between faces), 首行缩进二字, headings in 黑体.

export const PAGE = {
  /** A4 in points */
  width: 595.28,
  height: 841.89,
  /** margins in points: 2.54 cm top and bottom, 3.17 cm left and right (the usual Chinese A4) */
  margin: { top: 72, bottom: 72, left: 89.85, right: 89.85 },
  /** where the footer's baseline sits, measured up from the page's bottom edge */
  footerFromBottom: 36,
  /** where the running header's baseline sits, measured down from the page's top edge */
  headerFromTop: 44,
} as const;

export const TYPE = {
  /** 小二 */
  title: 18,
  /** 四号 */
  heading1: 14,
  /** 小四 */
  heading2: 12,
  heading3: 12,
  body: 12,
  /** 五号: parties particulars, tables, signatures */
  small: 10.5,
  /** 小五 */
  footer: 9,
} as const;

/** The faces a paragraph is set in: the Song body, its bold, the 黑体 for the title and headings. */
export type Face = 'body' | 'bold' | 'heading';

/**
 * Each kind of paragraph: size, exact line pitch, space before and after, in points. The DOCX
 * styles are made from this table and the PDF typesetter reads it, so they cannot drift.
 */
export const PARA = {
  title: { size: TYPE.title, pitch: 30, before: 6, after: 18 },
  contractNumber: { size: TYPE.small, pitch: 18, before: 0, after: 6 },
  heading1: { size: TYPE.heading1, pitch: 24, before: 12, after: 6 },
  heading2: { size: TYPE.heading2, pitch: 22, before: 6, after: 0 },
  heading3: { size: TYPE.heading3, pitch: 22, before: 3, after: 0 },
  body: { size: TYPE.body, pitch: 22, before: 0, after: 0 },
  partyName: { size: TYPE.body, pitch: 22, before: 6, after: 0 },
  partyLine: { size: TYPE.small, pitch: 18, before: 0, after: 0 },
  tableText: { size: TYPE.small, pitch: 16, before: 2, after: 2 },
  signature: { size: TYPE.small, pitch: 18, before: 0, after: 0 },
  footer: { size: TYPE.footer, pitch: 12, before: 0, after: 0 },
  appendixTitle: { size: TYPE.heading1, pitch: 24, before: 18, after: 6 },
} as const;

/** Space around blocks that are not paragraphs: tables, a party's particulars, the signatures. */
export const BLOCK_SPACE = {
  table: { before: 4, after: 8 },
  party: { after: 6 },
  /** above the signature block, and from its top to the parties' labels */
  signature: { before: 12, top: 24 },
} as const;

/** Body text indents its first line by two characters, the Chinese convention. */
export const BODY_INDENT = 2 * TYPE.body;
/**
 * Where a heading starts: the top two levels at the margin, the third two characters in, with the
 * body text, so that 2.1.1 under 2.1 (both 小四 黑体) is told apart at a glance.
 */
/** A displayed formula stands four characters in on every line. */
export const DISPLAY_INDENT = 4 * TYPE.body;
export const HEADING_INDENT = { 1: 0, 2: 0, 3: BODY_INDENT } as const;
/** Left and right padding inside a table cell (Word's default 0.19 cm). */
export const CELL_PAD = 5.4;
/** Room for a company seal (公章, 4.2 cm across) under each party's name in the signature block. */
export const SEAL_SPACE = 128;
/** millimetres in points */
const mm = (x: number): number => (x * 72) / 25.4;
/**
 * The least height of a form's row a pen fills in: one written line (10 mm), a narrative answer
 * of several lines (30 mm), a company seal (4.2 cm across) with a signature beside it (45 mm).
 */
export const FORM_ROW = { line: mm(10), text: mm(30), seal: mm(45) } as const;
/** Gap between the two parties' columns in the signature block. */
export const SIGNATURE_GAP = 24;

export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Points → twentieths of a point (twips): Word's unit for lengths, and what table columns round to. */
export const twips = (pt: number): number => Math.round(pt * 20);
