// The DOCX's Word styles: the look lives here, not on the paragraphs, so a lawyer can restyle the
// whole contract in Word (Title, Heading 1-3, Normal, Clause Text, List Item …). East Asian font
// names and zh-CN are set on every style that names a font, as Word and LibreOffice both read them.
import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions, LineRuleType } from 'docx';
import { BODY_INDENT as BODY_INDENT_PT, CELL_PAD, HEADING_INDENT, PARA, TEXT_WIDTH as TEXT_WIDTH_PT, TYPE, twips } from '../layout/page.js';
import { PARAGRAPH_SPACE } from '../layout/spacing.js';
import { facesFor, type WordFace, wordFace } from './faces.js';

/** Style ids the writer puts on paragraphs; each is defined below. */
export const STYLE = {
  title: 'Title',
  heading: { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' },
  contractNumber: 'ContractNumber',
  partyName: 'PartyName',
  partyLine: 'PartyLine',
  clauseText: 'ClauseText',
  numberedText: 'NumberedText',
  listItem: 'ListItem',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  appendixTitle: 'AppendixTitle',
  signature: 'Signature',
  footer: 'Footer',
} as const;

export { twips };

/** Points → half-points, Word's unit for font sizes. */
const half = (pt: number) => Math.round(pt * 2);

/** Width of the text column in twips: what tables and the signature block span. */
export const TEXT_WIDTH = twips(TEXT_WIDTH_PT);
/** Body text indents its first line by two characters, the Chinese convention. */
export const BODY_INDENT = twips(BODY_INDENT_PT);
/** Cell padding as the PDF draws it. */
export const CELL_MARGIN = twips(CELL_PAD);

/**
 * The fonts of a run: the East Asian face for hanzi and, by the hint, for the marks Chinese and
 * Latin share (“”、—、…); a Latin face for letters and digits (ascii, hAnsi), so that codes,
 * amounts and e-mails are set in a proportional serif as in the PDF, not in SimSun's half-width forms.
 */
export type FontSet = { ascii: string; hAnsi: string; eastAsia: string; cs: string; hint: 'eastAsia' };
/** A face as runs use it: its fonts, and whether bold is declared (only where the face has a real bold). */
export interface RunFace {
  font: FontSet;
  bold: boolean;
}
/** The document's faces (writers/faces.ts, one decision per locale, the spec's names over it) and its font table. */
export interface DocFaces {
  body: RunFace;
  heading: RunFace;
  table: WordFace[];
}
export function docFaces(locale: string, named: { body?: string; heading?: string }): DocFaces {
  const f = facesFor(locale).word;
  const body = wordFace(named.body, f.body);
  const heading = wordFace(named.heading, f.heading);
  const set = (east: WordFace, latin: WordFace): FontSet => ({ ascii: latin.name, hAnsi: latin.name, eastAsia: east.name, cs: latin.name, hint: 'eastAsia' });
  const table = [body, heading, f.latin, f.latinHeading].filter((x, i, all) => all.findIndex((y) => y.name === x.name) === i);
  return { body: { font: set(body, f.latin), bold: body.bold }, heading: { font: set(heading, f.latinHeading), bold: heading.bold }, table };
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** word/fontTable.xml: each face with its other name, PANOSE class, character set, family and pitch, from which Word picks a like face where it is missing. */
export function fontTable(faces: readonly WordFace[]): string {
  const font = (f: WordFace) =>
    `<w:font w:name="${xmlEscape(f.name)}">${f.altName ? `<w:altName w:val="${xmlEscape(f.altName)}"/>` : ''}<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${faces.map(font).join('')}</w:fonts>`;
}

/**
 * What every paragraph shares beyond the styles, in the document defaults: 避头尾 (kinsoku) on; no
 * punctuation hanging into the margin (the PDF never hangs a mark: overflowPunct off); the quarter
 * em between hanzi and Latin letters (autoSpaceDE) and digits (autoSpaceDN) that the PDF puts there.
 * The docx library writes none of these in the defaults (autoSpaceDN only, out of schema order).
 */
export function paragraphDefaults(stylesXml: string): string {
  return stylesXml.replace(
    '<w:pPrDefault><w:pPr><w:widowControl/>',
    '<w:pPrDefault><w:pPr><w:widowControl/><w:kinsoku/><w:overflowPunct w:val="0"/><w:autoSpaceDE/><w:autoSpaceDN/>',
  );
}

/** The East Asian language tag Word uses for spelling and line breaking, by the document's locale. */
export function languageOf(locale: string): { value: string; eastAsia: string } {
  const eastAsia = locale === 'zh-Hant-HK' ? 'zh-HK' : locale.startsWith('zh-Hant') ? 'zh-TW' : 'zh-CN';
  return { value: 'en-US', eastAsia };
}
/** An exact line pitch (固定值), as the PDF sets it, so both paginate alike whatever the face's own line height. */
const pitch = (p: { pitch: number }) => ({ line: twips(p.pitch), lineRule: LineRuleType.EXACT });
/** Spacing of a kind of paragraph from the shared table: before, after, exact pitch. */
const spacing = (p: { pitch: number; before: number; after: number }) => ({ before: twips(p.before), after: twips(p.after), ...pitch(p) });
/**
 * What every paragraph shares: an exact pitch and widow/orphan control (Word and LibreOffice apply
 * neither unless told; the PDF keeps two lines at a page's foot and head). The docx types leave
 * widowControl out of style options, though the library writes it there as in a paragraph.
 */
const base = (p: { pitch: number; before: number; after: number }) => ({ spacing: spacing(p), widowControl: true }) as IParagraphStyleOptions['paragraph'] & {};

/**
 * Headings, the title and the bold of tables, parties and signatures are set in the heading face
 * (黑体, as the PDF sets them), declared bold only where that face has a bold weight (微軟正黑體):
 * 黑体 has none, and Word would smear a synthetic one, so a zh-CN heading is 黑体 without w:b, as
 * Chinese firms set it.
 */
export function styles(faces: DocFaces, locale = 'zh-Hans'): IStylesOptions {
  const f: StyleFaces = {
    LANGUAGE: languageOf(locale),
    body: faces.body.font,
    heading: faces.heading.font,
    bold: faces.heading.bold ? { bold: true } : {},
  };
  const { body, LANGUAGE } = f;
  return {
    default: {
      document: {
        run: { font: body, size: half(TYPE.body), language: LANGUAGE },
        paragraph: base(PARA.body),
      },
    },
    paragraphStyles: [...headStyles(f), ...textStyles(f), ...tableStyles(f)],
  };
}

/** The faces and the language every style of one document is set in. */
interface StyleFaces {
  LANGUAGE: ReturnType<typeof languageOf>;
  body: DocFaces['body']['font'];
  heading: DocFaces['heading']['font'];
  bold: { bold?: boolean };
}

/** Normal, the title, the headings, the appendix title and the contract number. */
function headStyles({ LANGUAGE, body, heading, bold }: StyleFaces): IParagraphStyleOptions[] {
  const headingStyle = (level: 1 | 2 | 3, p: (typeof PARA)['heading1' | 'heading2' | 'heading3']): IParagraphStyleOptions => ({
    id: STYLE.heading[level],
    name: `Heading ${level}`,
    basedOn: 'Normal',
    next: STYLE.clauseText,
    quickFormat: true,
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
      spacing: spacing(p),
      ...(HEADING_INDENT[level] ? { indent: { left: twips(HEADING_INDENT[level]) } } : {}),
    },
    run: { font: heading, size: half(p.size), ...bold, language: LANGUAGE },
  });
  return [
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      paragraph: base(PARA.body),
      run: { font: body, size: half(TYPE.body), language: LANGUAGE },
    },
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: 'Normal',
      next: STYLE.clauseText,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: spacing(PARA.title) },
      run: { font: heading, size: half(TYPE.title), ...bold, language: LANGUAGE },
    },
    headingStyle(1, PARA.heading1),
    headingStyle(2, PARA.heading2),
    headingStyle(3, PARA.heading3),
    {
      // an appendix's title (附件一：…) is centred over it, a little further from what is above
      id: STYLE.appendixTitle,
      name: 'Appendix Title',
      basedOn: STYLE.heading[1],
      next: STYLE.clauseText,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, spacing: spacing({ ...PARA.heading1, ...PARAGRAPH_SPACE.appendixTitle }) },
    },
    {
      id: STYLE.contractNumber,
      name: 'Contract Number',
      basedOn: 'Normal',
      next: STYLE.title,
      paragraph: { alignment: AlignmentType.RIGHT, spacing: spacing(PARA.contractNumber) },
      run: { font: body, size: half(PARA.contractNumber.size), language: LANGUAGE },
    },
  ];
}

/** The parties' particulars, clause text, numbered text and list items. */
function textStyles({ LANGUAGE, body, heading, bold }: StyleFaces): IParagraphStyleOptions[] {
  return [
    {
      id: STYLE.partyName,
      name: 'Party Name',
      basedOn: 'Normal',
      next: STYLE.partyLine,
      paragraph: { keepNext: true, spacing: spacing(PARA.partyName) },
      run: { font: heading, ...bold, language: LANGUAGE },
    },
    {
      id: STYLE.partyLine,
      name: 'Party Particulars',
      basedOn: 'Normal',
      paragraph: { keepNext: true, spacing: spacing(PARA.partyLine) },
      run: { font: body, size: half(TYPE.small), language: LANGUAGE },
    },
    {
      id: STYLE.clauseText,
      name: 'Clause Text',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { alignment: AlignmentType.BOTH, indent: { firstLine: BODY_INDENT } },
      run: { font: body, language: LANGUAGE },
    },
    {
      // the number is text; each paragraph sets its own hanging indent to the number's width
      id: STYLE.numberedText,
      name: 'Numbered Text',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { alignment: AlignmentType.BOTH, indent: { left: twips(3 * TYPE.body), hanging: twips(3 * TYPE.body) } },
      run: { font: body, language: LANGUAGE },
    },
    {
      id: STYLE.listItem,
      name: 'List Item',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { alignment: AlignmentType.BOTH, indent: { left: BODY_INDENT + twips(2 * TYPE.body), hanging: twips(2 * TYPE.body) } },
      run: { font: body, language: LANGUAGE },
    },
  ];
}

/** Tables, signatures and the footer. */
function tableStyles({ LANGUAGE, body, heading, bold }: StyleFaces): IParagraphStyleOptions[] {
  return [
    {
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      next: STYLE.tableText,
      paragraph: { spacing: spacing(PARA.tableText) },
      run: { font: body, size: half(TYPE.small), language: LANGUAGE },
    },
    {
      id: STYLE.tableHeading,
      name: 'Table Heading',
      basedOn: STYLE.tableText,
      next: STYLE.tableText,
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      run: { font: heading, ...bold, language: LANGUAGE },
    },
    {
      // 五号, so that 法定代表人或者授权代表（签字）：______ fits half the text width on one line
      id: STYLE.signature,
      name: 'Signature',
      basedOn: 'Normal',
      paragraph: { spacing: spacing(PARA.signature) },
      run: { font: body, size: half(TYPE.small), language: LANGUAGE },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: 'Normal',
      paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(PARA.footer) },
      run: { font: body, size: half(TYPE.footer), language: LANGUAGE },
    },
  ];
}
