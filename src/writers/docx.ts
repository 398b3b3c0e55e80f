// DOCX writer: document tree → .docx bytes (docx library). Paragraphs name Word styles
// (docx-styles.ts) rather than carry their own look; numbers are the tree's text, never Word's list
// numbering; the package is re-zipped with fixed dates (docx-package.ts) so it is reproducible.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { numbered } from '../tree/number.js';
import { BLANK, SIGN_LINE, unreachable, type Block, type ContractDocument, type Inline, type PartyLine, type SignatureBlock, type Table as TableNode } from '../tree/types.js';
import { packDocx } from './docx-package.js';
import { BODY_INDENT, STYLE, TEXT_WIDTH, fontSet, styles, twips, type FontSet } from './docx-styles.js';
import type { WriterOptions } from './index.js';
import { ems } from '../layout/measure.js';
import { PAGE, SEAL_SPACE, TYPE } from '../layout/page.js';

type Child = Paragraph | Table;
/**
 * What a block takes from its neighbours: its first paragraph may start a page or stand off the
 * table or parties above it; its last is kept on the page of the table, list or signatures below.
 */
interface Place {
  pageBreakBefore?: boolean;
  standOff?: boolean;
  keepWithNext?: boolean;
}
const opening = (p: Place): Pick<IParagraphOptions, 'pageBreakBefore' | 'spacing'> => ({
  ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
  ...(p.standOff ? { spacing: { before: twips(6) } } : {}),
});
const closing = (p: Place): Pick<IParagraphOptions, 'keepNext'> => (p.keepWithNext ? { keepNext: true } : {});

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** A stretch of a paragraph's text and how it is set, before it becomes runs. */
type Span = { text: string; bold?: boolean; italics?: boolean } | { break: true };

function spans(xs: readonly Inline[], f: { bold?: boolean; italics?: boolean } = {}): Span[] {
  return xs.flatMap((x): Span[] => {
    switch (x.type) {
      case 'text':
      case 'value': return [{ text: x.value, ...f }];
      case 'ref': return [{ text: x.text ?? '', ...f }];
      case 'strong': return spans(x.children, { ...f, bold: true });
      case 'emphasis': return spans(x.children, { ...f, italics: true });
      case 'blank': return [{ text: BLANK, ...f }];
      case 'signline': return [{ text: SIGN_LINE, ...f }];
      case 'break': return [{ break: true }];
      default: return unreachable(x);
    }
  });
}

const line = (l: PartyLine): Span[] => [{ text: `${l.label}：` }, ...spans(l.value)];

/** Runs with the font named on each (Word's East Asian font is chosen per run); stretches set alike share a run. */
function toRuns(ss: readonly Span[], font: FontSet): TextRun[] {
  const merged: Span[] = [];
  for (const s of ss) {
    const last = merged[merged.length - 1];
    if (last && 'text' in last && 'text' in s && !!last.bold === !!s.bold && !!last.italics === !!s.italics) merged[merged.length - 1] = { ...last, text: last.text + s.text };
    else merged.push(s);
  }
  return merged.map((s) =>
    'break' in s ? new TextRun({ break: 1, font }) : new TextRun({ text: s.text, font, ...(s.bold ? { bold: true } : {}), ...(s.italics ? { italics: true } : {}) }),
  );
}

export async function writeDocx(doc: ContractDocument, options: WriterOptions): Promise<Uint8Array> {
  const body = fontSet(options.docxFonts.body);
  const heading = fontSet(options.docxFonts.heading);
  const { meta } = doc;

  /** A numbered paragraph: the number's width hangs, so wrapped lines start under the text. */
  const hanging = (style: string, left: number, number: string, content: Span[], place: Pick<IParagraphOptions, 'pageBreakBefore' | 'spacing' | 'keepNext'>) => {
    const mark = numbered(number);
    const width = textWidth(mark, TYPE.body);
    return new Paragraph({ style, indent: { left: left + width, hanging: width }, ...place, children: toRuns([{ text: mark }, ...content], body) });
  };

  // page starts and what stays with what were decided by the layout stage
  const blocks = (bs: readonly Block[]): Child[] =>
    bs.flatMap((b, i) => {
      const place: Place = {
        pageBreakBefore: b.pageBreakBefore === true,
        standOff: bs[i - 1]?.type === 'table' || bs[i - 1]?.type === 'parties',
        keepWithNext: b.keepWithNext === true,
      };
      return block(b, place);
    });

  const block = (b: Block, place: Place): Child[] => {
    switch (b.type) {
      case 'clause':
        return [
          new Paragraph({ style: STYLE.heading[b.level], ...opening(place), children: toRuns([{ text: numbered(b.number) }, ...spans(b.title)], heading) }),
          ...blocks(b.children),
        ];
      case 'paragraph': {
        if (b.number) return [hanging(STYLE.numberedText, 0, b.number, spans(b.children), { ...opening(place), ...closing(place) })];
        const align = b.align && b.align !== 'left' ? { alignment: ALIGN[b.align], indent: { firstLine: 0 } } : {};
        return [new Paragraph({ style: STYLE.clauseText, ...align, ...opening(place), ...closing(place), children: toRuns(spans(b.children), body) })];
      }
      case 'list':
        return b.items.map((item, i) =>
          hanging(STYLE.listItem, BODY_INDENT, item.number, spans(item.children), { ...(i === 0 ? opening(place) : {}), ...(i === b.items.length - 1 ? closing(place) : {}) }),
        );
      case 'table':
        return [...pageBreak(place), dataTable(b)];
      case 'parties':
        return b.parties.flatMap((p, n) => [
          new Paragraph({ style: STYLE.partyName, ...(n === 0 ? opening(place) : {}), children: toRuns([{ text: `${p.label}（${p.role}）：` }, ...spans(p.name)], body) }),
          // a party's particulars stay together
          ...p.lines.map((l, i) => new Paragraph({ style: STYLE.partyLine, ...(i < p.lines.length - 1 ? { keepNext: true } : {}), children: toRuns(line(l), body) })),
        ]);
      case 'signature':
        return [...pageBreak(place), signatureTable(b)];
      case 'appendix':
        return [new Paragraph({ style: STYLE.heading[1], ...opening(place), children: toRuns(spans(b.title), heading) }), ...blocks(b.children)];
      default:
        return unreachable(b);
    }
  };

  /** A table has no paragraph of its own to start a page: an empty one does. */
  const pageBreak = (place: Place): Paragraph[] => (place.pageBreakBefore ? [new Paragraph({ style: STYLE.clauseText, pageBreakBefore: true, children: [] })] : []);

  const dataTable = ({ rows, align, widths: fractions }: TableNode): Table => {
    const widths = twipsOf(fractions ?? rows[0]!.map(() => 1 / rows[0]!.length));
    const single = { style: BorderStyle.SINGLE, size: 4, color: 'auto' };
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: { top: single, bottom: single, left: single, right: single, insideHorizontal: single, insideVertical: single },
      rows: rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            ...(r === 0 ? { tableHeader: true } : {}),
            children: widths.map((w, c) => {
              const a = align[c];
              return new TableCell({
                width: { size: w, type: WidthType.DXA },
                children: [new Paragraph({ style: r === 0 ? STYLE.tableHeading : STYLE.tableText, ...(a ? { alignment: ALIGN[a] } : {}), children: toRuns(spans(row[c] ?? []), body) })],
              });
            }),
          }),
      ),
    });
  };

  /** Both parties side by side in a borderless table, rows unsplittable and kept with each other. */
  const signatureTable = (b: SignatureBlock): Table => {
    const [first, second] = b.parties;
    const half = Math.floor(TEXT_WIDTH / 2);
    // the name on a line of its own under 甲方（盖章）：, where the seal goes
    const rows: Span[][][] = [[first, second].map((s) => [{ text: `${s.label}：`, bold: true }, { break: true }, ...spans(s.name, { bold: true })])];
    // a line to sign on goes under its label, long enough for a signature; a filled value beside it
    const signLine = (l: PartyLine): Span[] =>
      l.value.length === 1 && l.value[0]!.type === 'signline' ? [{ text: `${l.label}：` }, { break: true }, { text: SIGN_LINE }] : line(l);
    for (let i = 0; i < Math.max(first.lines.length, second.lines.length); i++) {
      rows.push([first.lines[i], second.lines[i]].map((l) => (l ? signLine(l) : [])));
    }
    return new Table({
      width: { size: 2 * half, type: WidthType.DXA },
      columnWidths: [half, half],
      borders: TableBorders.NONE,
      rows: rows.map(
        (cells, r) =>
          new TableRow({
            cantSplit: true,
            ...(r < rows.length - 1 ? { keepNext: true } : {}),
            children: cells.map(
              (content) =>
                new TableCell({
                  width: { size: half, type: WidthType.DXA },
                  margins: { left: 0, right: twips(6) },
                  // room for the seal (4.2 cm) between the name and the signatory's line, as in the PDF
                  children: [new Paragraph({ style: STYLE.signature, ...(r === 0 ? { spacing: { before: twips(24) } } : r === 1 ? { spacing: { before: twips(SEAL_SPACE) } } : { spacing: { before: twips(10) } }), children: toRuns(content, body) })],
                }),
            ),
          }),
      ),
    });
  };

  const children: Child[] = [
    new Paragraph({ style: STYLE.contractNumber, children: toRuns([{ text: `${meta.labels.contractNumber}：${meta.contractNumber ?? BLANK}` }], body) }),
    new Paragraph({ style: STYLE.title, children: toRuns([{ text: meta.title }], heading) }),
    ...blocks(doc.children),
  ];

  const footer = new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [new TextRun({ font: body, children: footerParts(meta.labels.footer) })],
      }),
    ],
  });

  const by = `svc-contract ${options.version}`;
  const document = new Document({
    title: meta.title,
    subject: meta.typeName,
    creator: by,
    lastModifiedBy: by,
    keywords: `${meta.typeName}; spec-sha256:${options.specHash}`,
    description: `${by}; spec-sha256:${options.specHash}`,
    revision: 1,
    styles: styles(options.docxFonts, meta.locale),
    // a justified line that ends in a line break is not stretched across the page (the annex list)
    compatibility: { doNotExpandShiftReturn: true },
    sections: [
      {
        properties: {
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
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return packDocx(document, options.date);
}

const textWidth = (s: string, size: number) => twips(ems(s) * size);

/** The layout stage's column fractions in twips, adding up to the text width exactly. */
function twipsOf(fractions: readonly number[]): number[] {
  const w = fractions.map((f) => Math.round(f * TEXT_WIDTH));
  w[w.length - 1]! += TEXT_WIDTH - w.reduce((a, b) => a + b, 0);
  return w;
}

/** 第 {n} 页 共 {m} 页 → text around the PAGE and NUMPAGES fields. */
function footerParts(pattern: string): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return pattern.split(/(\{n\}|\{m\})/).filter((s) => s !== '').map((s) => (s === '{n}' ? PageNumber.CURRENT : s === '{m}' ? PageNumber.TOTAL_PAGES : s));
}
