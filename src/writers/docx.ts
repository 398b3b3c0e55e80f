// DOCX writer: document tree → .docx bytes (docx library). Paragraphs name Word styles
// (docx-styles.ts) rather than carry their own look; numbers are the tree's text, never Word's list
// numbering; the package is re-zipped with fixed dates (docx-package.ts) so it is reproducible.
import {
  AlignmentType,
  BookmarkEnd,
  BookmarkStart,
  BorderStyle,
  BuilderElement,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  HeightRule,
  InsertedTextRun,
  type IParagraphOptions,
  type IRunOptions,
  NoBreakHyphen,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { anchorNames } from '../tree/anchors.js';
import { numbered } from '../tree/number.js';
import {
  type Block,
  blankText,
  type Change,
  type FooterPart,
  type Furniture,
  type Inline,
  type InlineHandlers,
  type InlineMarks,
  inlineRuns,
  type LaidOutDocument,
  labelled,
  type PartyLine,
  partyHead,
  SIGN_LINE,
  type SignatureBlock,
  type Table as TableNode,
  unreachable,
} from '../tree/types.js';
import { forEachInline } from '../tree/walk.js';
import './docx-fast.js';
import { DISPLAY_INDENT, PAGE, SIGNATURE_GAP } from '../layout/page.js';
import { BLOCK_SPACING, hangingIndent, PARAGRAPH_SPACE, SIGNATURE_COLUMN, type Space, signatureRowSpace } from '../layout/spacing.js';
import { packDocx } from './docx-package.js';
import { BODY_INDENT, docFaces, type FontSet, fontTable, paragraphDefaults, type RunFace, STYLE, styles, TEXT_WIDTH, twips } from './docx-styles.js';
import { measuringFonts, pageLayout } from './measure.js';
import type { WriterOptions } from './types.js';

type Child = Paragraph | Table;
/**
 * A paragraph or table of the body before it is made, with the space the PDF's typesetter puts
 * above and below it (points). The typesetter adds the space below one block to the space above
 * the next; LibreOffice, given both, keeps only the larger. So each gap is written once, on one
 * side (spaceBetween), and both read it alike.
 */
type Item =
  | { kind: 'p'; options: IParagraphOptions; before: number; after: number; style: { before: number; after: number } }
  | { kind: 'table'; table: Table; before: number; after: number };
/** What a block takes from the layout stage: its first paragraph may start a page; its last is kept on the page of what follows. */
interface Place {
  pageBreakBefore?: boolean;
  keepWithNext?: boolean;
}
const opening = (p: Place): Pick<IParagraphOptions, 'pageBreakBefore'> => (p.pageBreakBefore ? { pageBreakBefore: true } : {});
const closing = (p: Place): Pick<IParagraphOptions, 'keepNext'> => (p.keepWithNext ? { keepNext: true } : {});

/** Space above and below each paragraph style: the layout stage's, for the kind of paragraph the style sets. */
const STYLE_SPACE: Record<string, Space> = {
  [STYLE.title]: PARAGRAPH_SPACE.title,
  [STYLE.contractNumber]: PARAGRAPH_SPACE.contractNumber,
  [STYLE.heading[1]]: PARAGRAPH_SPACE.heading1,
  [STYLE.heading[2]]: PARAGRAPH_SPACE.heading2,
  [STYLE.heading[3]]: PARAGRAPH_SPACE.heading3,
  [STYLE.appendixTitle]: PARAGRAPH_SPACE.appendixTitle,
  [STYLE.partyName]: PARAGRAPH_SPACE.partyName,
  [STYLE.partyLine]: PARAGRAPH_SPACE.partyLine,
};
const paragraph = (options: IParagraphOptions & { style: string }, extra: { before?: number; after?: number } = {}): Item => {
  const style = STYLE_SPACE[options.style] ?? { before: 0, after: 0 };
  return {
    kind: 'p',
    options,
    before: style.before + (extra.before ?? 0),
    after: style.after + (extra.after ?? 0),
    style: { before: style.before, after: style.after },
  };
};

/**
 * Each gap between blocks on one side: above a paragraph (suppressed at the top of a page, as the
 * PDF does; and after a forced page break, which Word and LibreOffice would keep), or below the
 * paragraph over a table, which has no space of its own. Direct spacing only where a style's differs.
 */
function spaceBetween(items: Item[]): Child[] {
  const above = items.map((it) => (it.kind === 'p' ? it.style.before : 0));
  const below = items.map((it) => (it.kind === 'p' ? it.style.after : 0));
  items.forEach((it, i) => {
    const prev = items[i - 1];
    if (!prev) return;
    const gap = prev.after + it.before;
    if (it.kind === 'table') {
      if (prev.kind === 'p') below[i - 1] = prev.options.pageBreakBefore && prev.options.children?.length === 0 ? 0 : gap;
    } else if (it.options.pageBreakBefore) above[i] = 0;
    else if (prev.kind === 'table') above[i] = gap;
    else if (it.before === 0) {
      above[i] = 0;
      below[i - 1] = gap;
    } else {
      above[i] = gap;
      below[i - 1] = 0;
    }
  });
  return items.map((it, i) => {
    if (it.kind === 'table') return it.table;
    const spacing = {
      ...(above[i] !== it.style.before ? { before: twips(above[i]!) } : {}),
      ...(below[i] !== it.style.after ? { after: twips(below[i]!) } : {}),
    };
    return new Paragraph({ ...it.options, ...(Object.keys(spacing).length ? { spacing } : {}) });
  });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** A stretch of a paragraph's text and how it is set, before it becomes runs. */
type Span =
  | { text: string; bold?: boolean; italics?: boolean; change?: Change /** a cross-reference's number: the clause id it names */; ref?: string }
  | { break: true; change?: Change }
  | { tab: true };

/** how a stretch is set: bold, italic, and a redline's change, from the marks the walk gives */
const setAs = (m: InlineMarks) => ({
  ...(m.strong ? { bold: true } : {}),
  ...(m.emphasis ? { italics: true } : {}),
  ...(m.change ? { change: m.change } : {}),
});

/** The DOCX writer's handler per inline leaf (tree/types.ts, `inlineRuns`). */
const SPANS: InlineHandlers<Span> = {
  leaf: {
    text: (x, m) => [{ text: x.value, ...setAs(m) }],
    value: (x, m) => [{ text: x.value, ...setAs(m) }],
    // each number a REF field to its clause (a tracked change keeps its text as text)
    ref: (x, m) =>
      x.parts && !m.change && !revising?.plainRefs
        ? x.parts.map((p): Span => (p.id ? { text: p.text, ...setAs(m), ref: p.id } : { text: p.text, ...setAs(m) }))
        : [{ text: x.text ?? '', ...setAs(m) }],
    blank: (x, m) => [{ text: blankText(x.size), ...setAs(m) }],
    signline: (_, m) => [{ text: SIGN_LINE, ...setAs(m) }],
    break: (_, m) => [{ break: true, ...(m.change ? { change: m.change } : {}) }],
  },
};

function spans(xs: readonly Inline[], marks: InlineMarks = {}): Span[] {
  return inlineRuns(xs, SPANS, marks);
}

const line = (l: PartyLine): Span[] => [{ text: labelled(l.label) }, ...spans(l.value)];

/**
 * How a paragraph's runs are set: its face, and the face of its bold stretches (the heading face,
 * 黑体, as the PDF sets bold text), declared bold only where that face has a bold weight.
 */
interface Look {
  face: RunFace;
  strong: RunFace;
}
/** A stretch's font and weight in a look. */
const setIn = (look: Look, bold: boolean | undefined): { font: FontSet; bold?: true } =>
  bold ? { font: look.strong.font, ...(look.strong.bold ? { bold: true } : {}) } : { font: look.face.font };

/**
 * A run's text, a hyphen between letters or digits (a contract number, a code, a telephone
 * number, an e-mail) as Word's non-breaking hyphen, so that no line breaks inside them.
 */
function textOf(text: string): (string | NoBreakHyphen)[] {
  const parts = text.split(/(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])/);
  return parts.flatMap((p, i) => (i === 0 ? [p] : [new NoBreakHyphen(), p])).filter((p) => p !== '');
}
/** a relational sign keeps its number on its line: the space between them a no-break space (≥ 90%) */
const signed = (text: string): string => text.replace(/([≥≤≠<>]) (?=[0-9０-９])/g, '$1\u00a0');
const textRun = (raw: string, options: IRunOptions): TextRun => {
  const text = signed(raw);
  return /[A-Za-z0-9]-[A-Za-z0-9]/.test(text) ? new TextRun({ ...options, children: textOf(text) as never[] }) : new TextRun({ text, ...options });
};

/** Runs with the font named on each (Word's East Asian font is chosen per run); stretches set alike share a run. */
function toRuns(ss: readonly Span[], look: Look, names: ReadonlyMap<string, string> = NO_NAMES): TextRun[] {
  const font = look.face.font;
  const merged: Span[] = [];
  for (const s of ss) {
    const last = merged[merged.length - 1];
    if (last && 'text' in last && 'text' in s && !last.ref && !s.ref && !!last.bold === !!s.bold && !!last.italics === !!s.italics && last.change === s.change)
      merged[merged.length - 1] = { ...last, text: last.text + s.text };
    else merged.push(s);
  }
  return merged.flatMap((s) => {
    if ('change' in s && s.change && revising) return [tracked(s, look, revising)];
    if ('break' in s) return [new TextRun({ break: 1, font })];
    if ('tab' in s) return [new TextRun({ children: [new Tab()], font })];
    const options = { ...setIn(look, s.bold), ...(s.italics ? { italics: true } : {}) };
    const bookmark = s.ref === undefined ? undefined : names.get(s.ref);
    return bookmark === undefined ? [textRun(s.text, options)] : refField(bookmark, s.text, options);
  });
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * A redline's tracked changes (w:ins / w:del), which Word's and LibreOffice's Accept All and Reject
 * All act on: ids counted from 1 in document order, the author svc-contract, the new version's
 * date. Set while one document's paragraphs are made (synchronously), so that toRuns needs no
 * extra argument at every call.
 */
interface Revising {
  /**
   * A redline prints references as text and bookmarks whole headings: a REF field shows what its
   * bookmark holds, which in a redline may be a number struck through beside the new one.
   */
  plainRefs: boolean;
  next: number;
  author: string;
  date: string;
}
let revising: Revising | undefined;

function revision(r: Revising) {
  return { id: r.next++, author: r.author, date: r.date };
}

function tracked(s: Extract<Span, { change?: Change }>, look: Look, r: Revising): TextRun {
  const set = setIn(look, 'text' in s && s.bold);
  const content = 'break' in s ? { break: 1 } : { text: s.text, ...(s.italics ? { italics: true } : {}) };
  const run = s.change === 'ins' ? new InsertedTextRun({ ...revision(r), ...set, ...content }) : new DeletedTextRun({ ...revision(r), ...set, ...content });
  return run as unknown as TextRun;
}

/** A paragraph mark deleted or inserted with its block, so that accepting or rejecting leaves no empty paragraph. */
function markRevision(change: Change | undefined): Pick<IParagraphOptions, 'run'> {
  if (!change || !revising) return {};
  return { run: change === 'ins' ? { insertion: revision(revising) } : { deletion: revision(revising) } };
}

/** A number that changed: the old one deleted, the new one inserted (or the whole number in its block's change). */
function numberSpans(number: string, b: { change?: Change; numberWas?: string }, show: (n: string) => string = numbered): Span[] {
  if (b.change) return [{ text: show(number), change: b.change }];
  if (b.numberWas !== undefined)
    return [
      { text: show(b.numberWas), change: 'del' },
      { text: show(number), change: 'ins' },
    ];
  return [{ text: show(number) }];
}

const fieldChar = (type: 'begin' | 'separate' | 'end') =>
  new BuilderElement({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });

/**
 * A REF field to a clause's bookmark, as Word writes one (each part a run of its own): its code
 * `REF name \h \* CHARFORMAT` (a hyperlink to the bookmark, set as the text around it), and the
 * clause's number as its stored result. The bookmark holds that same number (see `headingRuns`),
 * so LibreOffice, which always shows what the bookmark holds, and Word, after a field update, read
 * 第五条 as the stored result does.
 */
function refField(bookmark: string, text: string, options: IRunOptions): TextRun[] {
  const run = (child: BuilderElement) => new TextRun({ ...options, children: [child as unknown as string] });
  const code = new BuilderElement({
    name: 'w:instrText',
    attributes: { space: { key: 'xml:space', value: 'preserve' } },
    children: [` REF ${bookmark} \\h \\* CHARFORMAT ` as unknown as BuilderElement],
  });
  return [run(fieldChar('begin')), run(code), run(fieldChar('separate')), new TextRun({ text, ...options }), run(fieldChar('end'))];
}

export async function writeDocx(doc: LaidOutDocument, options: WriterOptions): Promise<Uint8Array> {
  const { meta } = doc;
  const faces = docFaces(meta.locale, options.docxFonts);
  const body: Look = { face: faces.body, strong: faces.heading };
  const heading: Look = { face: faces.heading, strong: faces.heading };
  const furniture = doc.meta.furniture;

  // each clause's (and annex's) bookmark, named as the PDF's destination; w:id counts from 1 in document order
  const names = anchorNames(doc);
  const bookmarkIds = new Map<string, number>();
  /** the number references print for each clause they name (第十条第（三）项) */
  const refText = new Map<string, string>();
  forEachInline(doc.children, (x) => {
    if (x.type === 'ref') for (const p of x.parts ?? []) if (p.id !== undefined) refText.set(p.id, p.text);
  });
  const c: Docx = { body, heading, names, bookmarkIds, refText };
  // the count of pages the footer's NUMPAGES field stores: the PDF's (the layout write() typeset)
  const pages = await pageCount(doc, options);

  // ids apart from the bookmarks' (1..n): an annotation's w:id is unique in the document
  revising = { plainRefs: meta.preface !== undefined, next: 100001, author: 'svc-contract', date: options.date.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  try {
    const children = spaceBetween([
      // a redline's list of changes, on a page of its own before the contract
      ...(meta.preface ? blocks(c, meta.preface) : []),
      ...furniture.head.map((l, i) =>
        paragraph({ style: STYLE.contractNumber, ...(i === 0 && meta.preface ? { pageBreakBefore: true } : {}), children: toRuns([{ text: l.text }], body) }),
      ),
      paragraph({ style: STYLE.title, children: toRuns([{ text: meta.title }], heading) }),
      ...blocks(c, doc.children),
    ]);
    const document = new Document({
      ...properties(doc, options),
      styles: styles(faces, meta.locale),
      // a justified line that ends in a line break is not stretched across the page (the annex list)
      compatibility: { doNotExpandShiftReturn: true },
      sections: [
        {
          properties: SECTION,
          headers: { default: pageHeader(furniture, faces.body.font), first: new Header({ children: [] }) },
          footers: {
            default: pageFooter(furniture, faces.body.font, { first: 2, count: pages }),
            first: pageFooter(furniture, faces.body.font, { first: 1, count: pages }),
          },
          children,
        },
      ],
    });
    return packDocx(document, options.date, { 'word/fontTable.xml': () => fontTable(faces.table), 'word/styles.xml': paragraphDefaults });
  } finally {
    revising = undefined;
  }
}

/** The document's properties: its title, its type, who made it, and the spec it was built from. */
function properties(doc: LaidOutDocument, options: WriterOptions) {
  const { meta } = doc;
  const by = `svc-contract ${options.version}`;
  return {
    title: meta.title,
    subject: meta.typeName,
    creator: by,
    lastModifiedBy: by,
    keywords: `${meta.typeName}; spec-sha256:${options.specHash}${options.buildKey ? `; build:${options.buildKey}` : ''}`,
    description: `${by}; spec-sha256:${options.specHash}`,
    revision: 1,
  };
}

/** A4, the PDF's margins, the header and footer as far from the edge as the PDF's footer; page 1 without the running header. */
const SECTION = {
  titlePage: true,
  page: {
    size: { width: twips(PAGE.width), height: twips(PAGE.height) },
    margin: {
      top: twips(PAGE.margin.top),
      bottom: twips(PAGE.margin.bottom),
      left: twips(PAGE.margin.left),
      right: twips(PAGE.margin.right),
      header: twips(PAGE.footerFromBottom),
      footer: twips(PAGE.footerFromBottom),
      gutter: 0,
    },
  },
};

/** What the paragraphs of one document share: its fonts, its clauses' bookmark names and the ids given so far, the numbers references print. */
interface Docx {
  body: Look;
  heading: Look;
  names: ReadonlyMap<string, string>;
  bookmarkIds: Map<string, number>;
  refText: Map<string, string>;
}

/** runs inside the bookmark of a clause or annex, or `runs` as they are when it has none (or its name is taken) */
function bookmarked(c: Docx, id: string | undefined, runs: TextRun[], inside: TextRun[] = runs): TextRun[] {
  const { names, bookmarkIds } = c;
  const name = id === undefined ? undefined : names.get(id);
  if (name === undefined || bookmarkIds.has(name)) return runs;
  const n = bookmarkIds.size + 1;
  bookmarkIds.set(name, n);
  const at = runs.indexOf(inside[inside.length - 1]!) + 1;
  return [new BookmarkStart(name, n) as unknown as TextRun, ...runs.slice(0, at), new BookmarkEnd(n) as unknown as TextRun, ...runs.slice(at)];
}

/**
 * A clause's heading, its bookmark at its start. A REF field shows what its bookmark holds
 * (LibreOffice always, Word once fields are updated), so the bookmark of a clause that is
 * referred to holds the number references print: the heading's own number where it reads so
 * (第五条), else that number as hidden text before the heading (which says （三） or 1.1 where
 * references say 第十条第（三）项 or 第1.1条). A clause no reference names has its whole heading.
 */
function headingRuns(c: Docx, b: Extract<Block, { type: 'clause' }>): TextRun[] {
  const { heading, names, refText } = c;
  const all = () => toRuns([...numberSpans(b.number, b), ...spans(b.title)], heading, names);
  const text = b.id === undefined ? undefined : refText.get(b.id);
  if (text === undefined || revising?.plainRefs) return bookmarked(c, b.id, all());
  const mark = numbered(b.number);
  if (!b.change && b.numberWas === undefined && mark.trimEnd() === text) {
    const number = toRuns([{ text }], heading);
    const rest = mark.slice(text.length);
    return bookmarked(c, b.id, [...number, ...toRuns([...(rest ? [{ text: rest }] : []), ...spans(b.title)], heading, names)], number);
  }
  const hidden = new TextRun({ text, font: heading.face.font, vanish: true });
  return bookmarked(c, b.id, [hidden, ...all()], [hidden]);
}

/**
 * A numbered paragraph: the number hangs by the layout stage's indent for it, a tab after it to
 * the indent, so wrapped lines start under the text where the PDF starts them, in any face.
 */
const hangOf = (number: string) => twips(hangingIndent(number));
function hanging(
  c: Docx,
  style: string,
  left: number,
  number: string,
  content: Span[],
  place: Pick<IParagraphOptions, 'pageBreakBefore' | 'keepNext'>,
  hang?: number,
  rev: { change?: Change; numberWas?: string } = {},
): Item {
  const mark = numbered(number);
  const shown = mark.trimEnd();
  // a list's items hang by one width (its widest number), as in the PDF
  const width = hang ?? hangOf(rev.numberWas !== undefined && !rev.change ? `${rev.numberWas}${number}` : number);
  const tab = shown !== mark;
  const runs = toRuns([...numberSpans(number, rev, (n) => numbered(n).trimEnd()), ...(tab ? [{ tab: true } as const] : []), ...content], c.body, c.names);
  return paragraph({
    style,
    indent: { left: left + width, hanging: width },
    ...(tab ? { tabStops: [{ type: TabStopType.LEFT, position: left + width }] } : {}),
    ...place,
    ...markRevision(rev.change),
    children: runs,
  });
}

// page starts and what stays with what were decided by the layout stage
const blocks = (c: Docx, bs: readonly Block[]): Item[] =>
  bs.flatMap((b) => block(c, b, { pageBreakBefore: b.pageBreakBefore === true, keepWithNext: b.keepWithNext === true }));

function block(c: Docx, b: Block, place: Place): Item[] {
  const { heading, names } = c;
  switch (b.type) {
    case 'clause':
      return [
        paragraph({ style: STYLE.heading[b.level], ...opening(place), ...markRevision(b.change), children: headingRuns(c, b) }),
        ...blocks(c, b.children),
      ];
    case 'paragraph':
      return paragraphBlock(c, b, place);
    case 'list':
      return listBlock(c, b, place);
    case 'table':
      return [...pageBreak(place), { kind: 'table', table: dataTable(c, b), ...BLOCK_SPACING.table }];
    case 'parties':
      return partiesBlock(c, b);
    case 'signature':
      return signatureBlock(c, b, place);
    case 'appendix':
      return [
        paragraph({
          style: STYLE.appendixTitle,
          ...opening(place),
          ...markRevision(b.change),
          children: bookmarked(c, b.id, toRuns(spans(b.title), heading, names)),
        }),
        ...blocks(c, b.children),
      ];
    default:
      return unreachable(b);
  }
}

type Of<K extends Block['type']> = Extract<Block, { type: K }>;

function paragraphBlock(c: Docx, b: Of<'paragraph'>, place: Place): Item[] {
  const { body, names } = c;
  if (b.number) return [hanging(c, STYLE.numberedText, 0, b.number, spans(b.children), { ...opening(place), ...closing(place) }, undefined, b)];
  // an annex's sub-heading: a heading a level under the annex's title (Word's navigation pane lists it)
  if (b.heading)
    return [paragraph({ style: STYLE.heading[2], ...opening(place), ...markRevision(b.change), children: toRuns(spans(b.children), c.heading, names) })];
  const align =
    b.align && b.align !== 'left'
      ? { alignment: ALIGN[b.align], indent: { firstLine: 0 } }
      : b.display
        ? { alignment: ALIGN.left, indent: { left: twips(DISPLAY_INDENT), firstLine: 0 } }
        : {};
  return [
    paragraph({
      style: STYLE.clauseText,
      ...align,
      ...opening(place),
      ...closing(place),
      ...markRevision(b.change),
      children: toRuns(spans(b.children), body, names),
    }),
  ];
}

function listBlock(c: Docx, b: Of<'list'>, place: Place): Item[] {
  const hang = Math.max(...b.items.map((item) => hangOf(item.number)));
  return b.items.map((item, i) =>
    hanging(
      c,
      STYLE.listItem,
      BODY_INDENT,
      item.number,
      spans(item.children),
      { ...(i === 0 ? opening(place) : {}), ...(i === b.items.length - 1 ? closing(place) : {}) },
      hang,
      item,
    ),
  );
}

function partiesBlock(c: Docx, b: Of<'parties'>): Item[] {
  const { body } = c;
  // a party's name and particulars stay together (the styles keep each with the next), and stand off the next party as in the PDF
  return b.parties.flatMap((p) => {
    const last = p.lines.length - 1;
    return [
      paragraph(
        { style: STYLE.partyName, children: toRuns([{ text: partyHead(p) }, ...spans(p.name)], body) },
        last < 0 ? { after: BLOCK_SPACING.partyAfter } : {},
      ),
      ...p.lines.map((l, i) =>
        paragraph(
          { style: STYLE.partyLine, ...(i < last ? { keepNext: true } : {}), children: toRuns(line(l), body) },
          i === last ? { after: BLOCK_SPACING.partyAfter } : {},
        ),
      ),
    ];
  });
}

function signatureBlock(c: Docx, b: Of<'signature'>, place: Place): Item[] {
  const { body } = c;
  // the signature page's note heads the page (it takes the page break), as in every format
  const note =
    b.note !== undefined
      ? [
          paragraph({
            style: STYLE.clauseText,
            alignment: ALIGN.center,
            indent: { firstLine: 0 },
            ...(place.pageBreakBefore ? { pageBreakBefore: true } : {}),
            keepNext: true,
            children: toRuns([{ text: b.note }], body),
          }),
        ]
      : pageBreak(place);
  return [...note, { kind: 'table', table: signatureTable(c, b), ...BLOCK_SPACING.signature }];
}

/** A table has no paragraph of its own to start a page: an empty one does. */
const pageBreak = (place: Place): Item[] => (place.pageBreakBefore ? [paragraph({ style: STYLE.clauseText, pageBreakBefore: true, children: [] })] : []);

function dataTable(c: Docx, { children: rows, align, widths: fractions, rowHeights }: TableNode): Table {
  const widths = twipsOf(fractions ?? rows[0]!.children.map(() => 1 / rows[0]!.children.length));
  const single = { style: BorderStyle.SINGLE, size: 4, color: 'auto' };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    // the layout stage's widths, fixed: Word's autofit would redistribute them by content
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    borders: { top: single, bottom: single, left: single, right: single, insideHorizontal: single, insideVertical: single },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          cantSplit: true,
          ...(r === 0 ? { tableHeader: true } : {}),
          // a row to fill in by hand: at least the layout stage's height, taller when its text needs
          ...(rowHeights?.[r] ? { height: { value: twips(rowHeights[r]!), rule: HeightRule.ATLEAST } } : {}),
          // a row the new version deleted or inserted goes with Accept All / Reject All
          ...(row.change && revising ? { [row.change === 'ins' ? 'insertion' : 'deletion']: revision(revising) } : {}),
          children: widths.map((w, col) => {
            const a = align[col];
            return new TableCell({
              width: { size: w, type: WidthType.DXA },
              children: [
                new Paragraph({
                  style: r === 0 ? STYLE.tableHeading : STYLE.tableText,
                  // a form (rows sized for a pen) stays on one page, as in the PDF: each row kept with the next
                  ...(rowHeights && r < rows.length - 1 ? { keepNext: true } : {}),
                  // the header row is centred (its style), as in the PDF; the body follows the column
                  ...(a && r > 0 ? { alignment: ALIGN[a] } : {}),
                  children: toRuns(spans(row.children[col]?.children ?? []), c.body, c.names),
                }),
              ],
            });
          }),
        }),
    ),
  });
}

/** Both parties side by side in a borderless table, rows unsplittable and kept with each other. */
function signatureTable(c: Docx, b: SignatureBlock): Table {
  const [first, second] = b.parties;
  // each party's column as wide as the PDF's, the gap between them on the right of the first
  const column = twips(SIGNATURE_COLUMN);
  const widths = [TEXT_WIDTH - column, column];
  // the name on a line of its own under 甲方（盖章）：, where the seal goes
  const rows: Span[][][] = [[first, second].map((s) => [{ text: labelled(s.label), bold: true }, { break: true }, ...spans(s.name, { strong: true })])];
  // a line to sign on goes under its label, long enough for a signature; a filled value beside it
  const toSign = (l: PartyLine) => l.value.length === 1 && l.value[0]!.type === 'signline';
  const signLine = (l: PartyLine): Span[] => (toSign(l) ? [{ text: labelled(l.label) }, { break: true }, { text: SIGN_LINE }] : line(l));
  /** the layout stage's spacing of the block's rows, in twips */
  const rowSpacing = (r: number, l: PartyLine | undefined) => {
    const space = signatureRowSpace(r, !!l && toSign(l));
    return { before: twips(space.before), ...(space.after !== undefined ? { after: twips(space.after) } : {}) };
  };
  const lines: (PartyLine | undefined)[][] = [[undefined, undefined]];
  for (let i = 0; i < Math.max(first.lines.length, second.lines.length); i++) {
    rows.push([first.lines[i], second.lines[i]].map((l) => (l ? signLine(l) : [])));
    lines.push([first.lines[i], second.lines[i]]);
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    // the layout stage's widths, fixed: Word's autofit would redistribute them by content
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          cantSplit: true,
          ...(r < rows.length - 1 ? { keepNext: true } : {}),
          children: cells.map(
            (content, col) =>
              new TableCell({
                width: { size: widths[col]!, type: WidthType.DXA },
                margins: { left: 0, right: col === 0 ? twips(SIGNATURE_GAP) : 0 },
                children: [new Paragraph({ style: STYLE.signature, spacing: rowSpacing(r, lines[r]![col]), children: toRuns(content, c.body) })],
              }),
          ),
        }),
    ),
  });
}

/**
 * Every page's foot: a draft's mark, as text, over the page of pages, whose PAGE and NUMPAGES
 * fields store their results (this footer's first page, the PDF's count of pages), so that a
 * previewer that does not compute fields still shows 第 1 页 共 20 页.
 */
function pageFooter(furniture: Furniture, body: FontSet, pages: { first: number; count: number | undefined }): Footer {
  return new Footer({
    children: [
      // a draft says so on every page (first and others), with the spec it was built from, as text
      ...(furniture.draftMark ? [new Paragraph({ style: STYLE.footer, children: [new TextRun({ font: body, text: furniture.draftMark.text })] })] : []),
      new Paragraph({ style: STYLE.footer, children: footerRuns(furniture.footer, body, pages) }),
    ],
  });
}

// from page 2 a running header, as in the PDF: the title, the contract number at the right, a rule
function pageHeader(furniture: Furniture, body: FontSet): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.LEFT,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'auto', space: 2 } },
        children: [
          new TextRun({ font: body, text: furniture.runningHeader.left }),
          ...(furniture.runningHeader.right !== undefined ? [new TextRun({ font: body, children: [new Tab(), furniture.runningHeader.right] })] : []),
        ],
      }),
    ],
  });
}

/** The layout stage's column fractions in twips, adding up to the text width exactly. */
function twipsOf(fractions: readonly number[]): number[] {
  const w = fractions.map((f) => Math.round(f * TEXT_WIDTH));
  w[w.length - 1]! += TEXT_WIDTH - w.reduce((a, b) => a + b, 0);
  return w;
}

/** The footer's words around the PAGE and NUMPAGES fields, each field as Word writes one, with its stored result. */
function footerRuns(parts: readonly FooterPart[], font: FontSet, pages: { first: number; count: number | undefined }): TextRun[] {
  const run = (child: BuilderElement) => new TextRun({ font, children: [child as unknown as string] });
  const field = (code: string, result: string): TextRun[] => [
    run(fieldChar('begin')),
    run(
      new BuilderElement({
        name: 'w:instrText',
        attributes: { space: { key: 'xml:space', value: 'preserve' } },
        children: [` ${code} ` as unknown as BuilderElement],
      }),
    ),
    run(fieldChar('separate')),
    new TextRun({ font, text: result }),
    run(fieldChar('end')),
  ];
  return parts.flatMap((p) =>
    'text' in p
      ? [new TextRun({ font, text: p.text })]
      : p.field === 'page'
        ? field('PAGE', String(pages.first))
        : field('NUMPAGES', pages.count === undefined ? '' : String(pages.count)),
  );
}

/** The pages the PDF has: write()'s layout, else the tree typeset here; undefined without faces to measure with. */
async function pageCount(doc: LaidOutDocument, options: WriterOptions): Promise<number | undefined> {
  if (options.pages) return options.pages.typeset.pages.length;
  const fonts = await measuringFonts(doc, options);
  return fonts && (await pageLayout(doc, fonts)).typeset.pages.length;
}
