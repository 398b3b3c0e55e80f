// The page typesetter: decided tree + the faces' advance widths → pages of positioned glyphs,
// rules and boxes. Pure (no pdfkit): the PDF writer only turns its output into PDF operators, and
// tests read it to check justification, widows and orphans. The conventions a Chinese firm's
// documents follow: 两端对齐 and 禁则 (linebreak.ts), 首行缩进二字, no widow or orphan line (a
// paragraph keeps at least two lines at a page foot and at a page head), headings kept with what
// follows, table rows that split cleanly with the header row repeated, a signature block kept
// whole with room for the seals and, when it starts a page, the note that names the contract.

import { numbered } from '../tree/number.js';
import {
  type Block,
  blankText,
  cellsOf,
  type Furniture,
  footerText,
  type Inline,
  type InlineMarks,
  inlineRuns,
  type LaidOutDocument,
  labelled,
  type PartyLine,
  partyHead,
  plain,
  SIGN_LINE,
  type Signatory,
  unreachable,
} from '../tree/types.js';
import { breakLines, type Line, type Measure, type Span } from './linebreak.js';
import { BLOCK_SPACE, BODY_INDENT, CELL_PAD, DISPLAY_INDENT, type Face, HEADING_INDENT, PAGE, PARA, SIGNATURE_GAP, TEXT_WIDTH, TYPE } from './page.js';
import { SIGNATURE_COLUMN, signatureRowSpace } from './spacing.js';

export interface GlyphRun {
  type: 'text';
  face: Face;
  size: number;
  /** a redline's deleted or inserted text, drawn in its colour */
  change?: 'del' | 'ins';
  /** baseline, from the page's top edge */
  y: number;
  glyphs: { ch: string; x: number }[];
}
export type Mark =
  | GlyphRun
  | {
      type: 'rule';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      width: number /** a redline's strike-through, underline or change bar */;
      change?: 'del' | 'ins' | 'bar';
    }
  | { type: 'rect'; x: number; y: number; w: number; h: number; width: number };

/** A body line as placed, for tests: its paragraph, where it ends, and whether it was justified. */
export interface PlacedLine {
  paragraph: number;
  /** top of the line box, from the page's top edge */
  y: number;
  index: number;
  of: number;
  page: number;
  left: number;
  right: number;
  end: number;
  justified: boolean;
  last: boolean;
}

export interface Anchor {
  /** clause id (named destination) */
  id?: string;
  title: string;
  /** depth in the outline: 1 for a top clause or an annex, 2 under it (an annex's clauses one deeper) */
  level: number;
  page: number;
  y: number;
}

/** Where a cross-reference's number is drawn: a box over its glyphs (one per line it is on), and the clause it names. */
export interface LinkBox {
  /** clause id */
  id: string;
  /** the number as drawn in this box */
  text: string;
  page: number;
  /** left, top (from the page's top edge), width and height of the glyphs' ink */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TypesetPage {
  marks: Mark[];
}

export interface Typeset {
  pages: TypesetPage[];
  lines: PlacedLine[];
  anchors: Anchor[];
  links: LinkBox[];
}

/** A vertical piece that cannot be split: a line of text, a table row (or part of one), a block. */
interface Piece {
  h: number;
  draw(y: number, page: number): void;
}

/** A run of pieces the paginator places with one set of rules. */
interface Group {
  pieces: Piece[];
  before: number;
  after: number;
  /** keep at least two pieces together at a page foot and head (paragraph lines) */
  lines: boolean;
  /** stays on the page of the group after it (headings, introductions) */
  keepWithNext: boolean;
  /** may not be split at all (a party's particulars, the signatures) */
  whole: boolean;
  pageBreakBefore: boolean;
  /** drawn again at the top of a page the group continues on (a table's header row) */
  repeat?: Piece;
  /** called when the group is placed at the top of a new page it was moved to */
  onNewPage?: (page: number) => number;
}

const TOP = PAGE.margin.top;
const BOTTOM = PAGE.height - PAGE.margin.bottom;
const LEFT = PAGE.margin.left;

type Flags = { pageBreakBefore: boolean; keepWithNext: boolean };

export function typeset(tree: LaidOutDocument, measure: Measure): Typeset {
  // ---- the head: contract number, title
  const { meta } = tree;
  const furniture = tree.meta.furniture;
  // a draft's mark wraps rather than lose what names the draft, between its parts (征求意见稿 ·
  // version · date) where it can; the lines beyond the first take their room from the text area,
  // so the mark keeps its distance from the text above it
  const draftLines = furniture.draftMark ? markLines(furniture.draftMark.parts, measure) : [];
  const bottom = BOTTOM - Math.max(0, draftLines.length - 1) * PARA.footer.pitch;
  const s = setter(measure, bottom);
  const { group, textPieces, groups } = s;
  const head = furniture.head.map((l) => l.text);
  head.forEach((text, i) =>
    group(textPieces([{ text, face: 'body', size: PARA.contractNumber.size }], { pitch: PARA.contractNumber.pitch, align: 'right' }), {
      after: i === head.length - 1 ? PARA.contractNumber.after : 0,
    }),
  );
  group(textPieces([{ text: meta.title, face: 'heading', size: PARA.title.size }], { pitch: PARA.title.pitch, align: 'center' }), {
    before: PARA.title.before,
    after: PARA.title.after,
    keepWithNext: true,
  });

  // a redline's list of changes comes first, on a page of its own before the contract's head
  if (meta.preface) {
    const at = groups.length;
    meta.preface.forEach((b) => setBlock(s, b));
    const preface = groups.splice(at);
    groups[0]!.pageBreakBefore = true;
    groups.unshift(...preface);
  }
  tree.children.forEach((b) => setBlock(s, b));

  paginate(s);
  drawFurniture(s, furniture, draftLines);
  return { pages: s.pages, lines: s.lines, anchors: s.anchors, links: s.links };
}

/** What the parts of the typesetter share: the pages and what is placed on them, the groups to paginate, how to draw a line. */
interface Setter {
  measure: Measure;
  /** the text area's foot: a draft mark of several lines takes its room from it */
  bottom: number;
  pages: TypesetPage[];
  lines: PlacedLine[];
  anchors: Anchor[];
  links: LinkBox[];
  groups: Group[];
  /** the clauses of an annex sit one level deeper in the outline, under the annex */
  outlineDepth: number;
  mark(page: number, m: Mark): void;
  drawLine(line: Line, x0: number, baseline: number, page: number): void;
  textPieces(content: Span[], o: TextOptions): Piece[];
  group(pieces: Piece[], g?: Partial<Group>): Group;
}

interface TextOptions {
  pitch: number;
  x?: number;
  width?: number;
  indent?: number;
  align?: 'justify' | 'left' | 'center' | 'right';
  marker?: Span[];
  markerWidth?: number;
  body?: boolean;
}

function setter(measure: Measure, bottom: number): Setter {
  const pages: TypesetPage[] = [{ marks: [] }];
  const lines: PlacedLine[] = [];
  const links: LinkBox[] = [];
  let paragraphs = 0;
  const mark = (page: number, m: Mark) => pages[page]!.marks.push(m);

  /** a line's glyphs as runs of one face, at a baseline */
  const drawLine = (line: Line, x0: number, baseline: number, page: number) => {
    let run: GlyphRun | undefined;
    let link: LinkBox | undefined;
    for (const g of line.glyphs) {
      if (g.link === undefined) link = undefined;
      else if (g.ch !== ' ' && g.ch !== '\n') {
        // CJK ink runs from 0.88 em above the baseline to 0.12 em below it
        const left = x0 + g.x;
        if (link && link.id === g.link) {
          link.w = Math.max(link.w, left + g.width - link.x);
          link.text += g.ch;
        } else links.push((link = { id: g.link, text: g.ch, page, x: left, y: baseline - g.size * 0.88, w: g.width, h: g.size }));
      }
      if (g.ch === ' ' || g.ch === '\n') continue;
      if (!run || run.face !== g.face || run.size !== g.size || run.change !== g.change) {
        run = { type: 'text', face: g.face as Face, size: g.size, y: baseline, glyphs: [], ...(g.change ? { change: g.change } : {}) };
        mark(page, run);
      }
      run.glyphs.push({ ch: g.ch, x: x0 + g.x });
    }
    markChanges(line, x0, baseline, (m) => mark(page, m));
  };

  /** A paragraph's lines as pieces; `marker` hangs at the left (1.1 / （一） / a)). */
  const textPieces = (content: Span[], o: TextOptions): Piece[] => {
    const x = o.x ?? LEFT;
    let markerWidth = 0;
    let markerLine: Line | undefined;
    if (o.marker) {
      markerLine = breakLines(o.marker, { width: 1e6, align: 'left', measure })[0];
      markerWidth = Math.max(o.markerWidth ?? 0, markerLine ? markerLine.end : 0);
    }
    const width = (o.width ?? TEXT_WIDTH) - markerWidth;
    const broken = breakLines(content, { width, indent: o.indent ?? 0, align: o.align ?? 'justify', measure, trimStart: true });
    const para = paragraphs++;
    return broken.map(
      (line, i): Piece => ({
        h: o.pitch,
        draw: (y, page) => {
          const size = line.glyphs[0]?.size ?? TYPE.body;
          const base = baselineIn(y, o.pitch, size);
          if (i === 0 && markerLine) drawLine(markerLine, x, base, page);
          drawLine(line, x + markerWidth, base, page);
          if (o.body)
            lines.push({
              paragraph: para,
              y,
              index: i,
              of: broken.length,
              page,
              left: x + markerWidth,
              right: x + markerWidth + width,
              end: x + markerWidth + line.end,
              justified: line.justified,
              last: line.last,
            });
        },
      }),
    );
  };

  const groups: Group[] = [];
  const group = (pieces: Piece[], g: Partial<Group> = {}): Group => {
    const out: Group = { pieces, before: 0, after: 0, lines: true, keepWithNext: false, whole: false, pageBreakBefore: false, ...g };
    groups.push(out);
    return out;
  };
  return { measure, bottom, pages, lines, anchors: [], links, groups, outlineDepth: 0, mark, drawLine, textPieces, group };
}

/** A line's redline: deleted text struck through, inserted text underlined, a bar in the margin beside the line. */
function markChanges(line: Line, x0: number, baseline: number, mark: (m: Mark) => void): void {
  let changed: { change: 'del' | 'ins'; x1: number; x2: number; size: number } | undefined;
  let any = false;
  const rule = () => {
    if (!changed) return;
    const y = changed.change === 'del' ? baseline - changed.size * 0.32 : baseline + changed.size * 0.14;
    mark({ type: 'rule', x1: changed.x1, y1: y, x2: changed.x2, y2: y, width: 0.6, change: changed.change });
    changed = undefined;
  };
  for (const g of line.glyphs) {
    if (g.ch === '\n') continue;
    if (g.change !== changed?.change) rule();
    if (!g.change) continue;
    any = true;
    const x1 = x0 + g.x;
    if (changed) changed.x2 = x1 + g.width;
    else changed = { change: g.change, x1, x2: x1 + g.width, size: g.size };
  }
  rule();
  if (any) {
    const size = line.glyphs[0]?.size ?? TYPE.body;
    mark({ type: 'rule', x1: LEFT - 12, y1: baseline - size * 0.95, x2: LEFT - 12, y2: baseline + size * 0.3, width: 1.2, change: 'bar' });
  }
}

/** inline content as spans in a face and size (strong text in `bold`): the typesetter's handler per inline leaf (tree/types.ts, `inlineRuns`) */
const spans = (xs: readonly Inline[], face: Face, size: number, bold: Face = face === 'body' ? 'bold' : face): Span[] => {
  const set = (text: string, m: InlineMarks, link?: string): Span => ({
    text,
    face: m.strong ? bold : face,
    size,
    ...(link !== undefined ? { link } : {}),
    ...(m.change ? { change: m.change } : {}),
  });
  return inlineRuns<Span>(xs, {
    leaf: {
      text: (x, m) => [set(x.value, m)],
      value: (x, m) => [set(x.value, m)],
      // each number of a reference carries the clause it names, so its glyphs can be linked
      ref: (x, m) => (x.parts ? x.parts.map((p) => set(p.text, m, p.id)) : [set(x.text ?? '', m)]),
      blank: (x, m) => [set(blankText(x.size), m)],
      signline: (_, m) => [set(SIGN_LINE, m)],
      break: (_, m) => [set('\n', m)],
    },
  });
};

/** baseline of a line of `size` centred in a line box of `pitch` (CJK ink sits 0.88 em up, 0.12 down) */
const baselineIn = (top: number, pitch: number, size: number) => top + pitch / 2 + size * 0.38;

/** A number as spans: in its block's change, or (renumbered) the old one struck through before the new. */
const numberSpans = (number: string, rev: { change?: 'del' | 'ins'; numberWas?: string }, face: Face, size: number): Span[] => {
  if (rev.change) return [{ text: numbered(number), face, size, change: rev.change }];
  if (rev.numberWas !== undefined)
    return [
      { text: numbered(rev.numberWas).trimEnd(), face, size, change: 'del' },
      { text: numbered(number), face, size, change: 'ins' },
    ];
  return [{ text: numbered(number), face, size }];
};

const headingPara = (level: 1 | 2 | 3) => (level === 1 ? PARA.heading1 : level === 2 ? PARA.heading2 : PARA.heading3);

const lineSpans = (l: PartyLine, size: number): Span[] => [{ text: labelled(l.label), face: 'body', size }, ...spans(l.value, 'body', size)];

/** A block as groups of pieces, its children after it. */
function setBlock(s: Setter, b: Block): void {
  const flags = { pageBreakBefore: b.pageBreakBefore === true, keepWithNext: b.keepWithNext === true };
  switch (b.type) {
    case 'clause': {
      const p = headingPara(b.level);
      const title = [...numberSpans(b.number, b, 'heading', p.size), ...spans(b.title, 'heading', p.size)];
      const indent = HEADING_INDENT[b.level];
      const pieces = s.textPieces(title, { pitch: p.pitch, align: 'left', x: LEFT + indent, width: TEXT_WIDTH - indent });
      const first = pieces[0]!;
      const anchorAt = first.draw;
      first.draw = (y, page) => {
        s.anchors.push({ ...(b.id ? { id: b.id } : {}), title: `${numbered(b.number)}${plainOf(b.title)}`.trim(), level: b.level + s.outlineDepth, page, y });
        anchorAt(y, page);
      };
      s.group(pieces, { ...flags, before: p.before, after: p.after, keepWithNext: true });
      b.children.forEach((c) => setBlock(s, c));
      return;
    }
    case 'paragraph': {
      if (b.heading) {
        const p = PARA.heading2;
        const pieces = s.textPieces(spans(b.children, 'heading', p.size), { pitch: p.pitch, align: 'left' });
        s.group(pieces, { ...flags, before: p.before, after: p.after, keepWithNext: true });
        return;
      }
      const content = spans(b.children, 'body', PARA.body.size);
      if (b.display) {
        s.group(s.textPieces(content, { pitch: PARA.body.pitch, x: LEFT + DISPLAY_INDENT, width: TEXT_WIDTH - DISPLAY_INDENT, align: 'left' }), flags);
        return;
      }
      if (b.number) {
        s.group(s.textPieces(content, { pitch: PARA.body.pitch, marker: numberSpans(b.number, b, 'body', PARA.body.size), body: true }), flags);
      } else {
        const centred = b.align && b.align !== 'left';
        s.group(
          s.textPieces(content, { pitch: PARA.body.pitch, indent: centred ? 0 : BODY_INDENT, align: centred ? b.align : 'justify', body: !centred }),
          flags,
        );
      }
      return;
    }
    case 'list':
      setList(s, b, flags);
      return;
    case 'table':
      setTable(s, b, flags);
      return;
    case 'parties':
      setParties(s, b);
      return;
    case 'signature':
      setSignature(s, b.parties, flags, b.note);
      return;
    case 'appendix': {
      const pieces = s.textPieces(spans(b.title, 'heading', PARA.appendixTitle.size), { pitch: PARA.appendixTitle.pitch, align: 'center' });
      const first = pieces[0]!;
      const draw = first.draw;
      first.draw = (y, page) => {
        s.anchors.push({ ...(b.id ? { id: b.id } : {}), title: plainOf(b.title), level: 1, page, y });
        draw(y, page);
      };
      s.group(pieces, { ...flags, before: PARA.appendixTitle.before, after: PARA.appendixTitle.after, keepWithNext: true });
      s.outlineDepth++;
      b.children.forEach((c) => setBlock(s, c));
      s.outlineDepth--;
      return;
    }
    default:
      unreachable(b);
  }
}

/** A numbered list: one hanging width for the whole list, so that the items' text starts at one x. */
function setList(s: Setter, b: Extract<Block, { type: 'list' }>, flags: Flags): void {
  const markers = b.items.map((item): Span[] => numberSpans(item.number, item, 'body', PARA.body.size));
  const hang = Math.max(0, ...markers.map((m) => breakLines(m, { width: 1e6, align: 'left', measure: s.measure })[0]?.end ?? 0));
  b.items.forEach((item, i) => {
    const pieces = s.textPieces(spans(item.children, 'body', PARA.body.size), {
      pitch: PARA.body.pitch,
      x: LEFT + BODY_INDENT,
      width: TEXT_WIDTH - BODY_INDENT,
      marker: markers[i]!,
      markerWidth: hang,
      body: true,
    });
    s.group(pieces, { pageBreakBefore: i === 0 && flags.pageBreakBefore, keepWithNext: i === b.items.length - 1 && flags.keepWithNext });
  });
}

/** Each party's name and particulars, kept on one page. */
function setParties(s: Setter, b: Extract<Block, { type: 'parties' }>): void {
  for (const p of b.parties) {
    const name = s.textPieces([{ text: partyHead(p), face: 'bold', size: PARA.partyName.size }, ...spans(p.name, 'bold', PARA.partyName.size)], {
      pitch: PARA.partyName.pitch,
      align: 'left',
    });
    const particulars = p.lines.flatMap((l) => s.textPieces(lineSpans(l, PARA.partyLine.size), { pitch: PARA.partyLine.pitch, align: 'left' }));
    s.group([...name, ...particulars], { before: PARA.partyName.before, after: BLOCK_SPACE.party.after, whole: true });
  }
}

// ---- tables: rows of cells, each cell's lines; a row splits between lines when it must
function setTable(s: Setter, b: Extract<Block, { type: 'table' }>, flags: Flags): void {
  const { measure, mark, drawLine, bottom } = s;
  const p = PARA.tableText;
  const table = cellsOf(b);
  const cols = Math.max(...table.map((r) => r.length));
  const widths = (b.widths ?? Array.from({ length: cols }, () => 1 / cols)).map((f) => f * TEXT_WIDTH);
  const xs = widths.map((_, c) => LEFT + widths.slice(0, c).reduce((a, w) => a + w, 0));
  const rowLines = (row: Inline[][], header: boolean): Line[][] =>
    widths.map((w, c) => {
      const align = header ? 'center' : (b.align[c] ?? 'left') === 'left' ? 'left' : (b.align[c] as 'center' | 'right');
      return breakLines(spans(row[c] ?? [], header ? 'bold' : 'body', p.size), { width: w - 2 * CELL_PAD, align, measure, trimStart: true });
    });
  const pad = p.before;
  /** lines [from, to) of a row as one piece with its borders, at least `least` tall (a row to fill in by hand) */
  const part = (cells: Line[][], from: number, to: number, least = 0): Piece => ({
    h: Math.max(least, (to - from) * p.pitch + 2 * pad),
    draw: (y, page) => {
      const h = Math.max(least, (to - from) * p.pitch + 2 * pad);
      cells.forEach((ls, c) => {
        mark(page, { type: 'rect', x: xs[c]!, y, w: widths[c]!, h, width: 0.5 });
        ls.slice(from, to).forEach((line, i) => drawLine(line, xs[c]! + CELL_PAD, baselineIn(y + pad + i * p.pitch, p.pitch, p.size), page));
      });
    },
  });
  const header = rowLines(table[0] ?? [], true);
  const headerCount = Math.max(1, ...header.map((l) => l.length));
  const headerPiece = part(header, 0, headerCount);
  const rows: Piece[] = [headerPiece];
  table.slice(1).forEach((row, r) => {
    const cells = rowLines(row, false);
    const n = Math.max(1, ...cells.map((l) => l.length));
    // a row too tall for a page is cut into parts of whole lines (borders drawn per part)
    const most = Math.floor((bottom - TOP - headerPiece.h - 2 * pad) / p.pitch);
    if (n <= most) rows.push(part(cells, 0, n, b.rowHeights?.[r + 1]));
    else for (let from = 0; from < n; from += most) rows.push(part(cells, from, Math.min(n, from + most)));
  });
  // a form (rows sized for a pen) is filled in and signed on one page: kept whole where a page holds it
  const form = b.rowHeights !== undefined && sum(rows) <= bottom - TOP;
  s.group(rows, { ...flags, lines: false, repeat: headerPiece, ...BLOCK_SPACE.table, ...(form ? { whole: true } : {}) });
}

// ---- the signatures: both parties side by side in rows that line up (label, name, the seal's
// room, each line to sign or fill in), kept whole on one page; only a block taller than a page
// (a name hundreds of characters long) is split, between the lines of the names
function setSignature(s: Setter, parties: [Signatory, Signatory], flags: Flags, note: string | undefined): void {
  const { measure, mark, drawLine, bottom } = s;
  const p = PARA.signature;
  const colW = SIGNATURE_COLUMN;
  const xOf = (i: number) => LEFT + i * (colW + SIGNATURE_GAP);
  const lay = (content: Span[]) => breakLines(content, { width: colW, align: 'left', measure });
  /** one row: each column's lines drawn from the row's top, and whether a rule to sign on follows */
  type Cell = { lines: Line[]; rule?: boolean };
  const cellHeight = (c: Cell) => c.lines.length * p.pitch + (c.rule ? p.pitch * 1.5 : 0);
  const rowPiece = (cells: Cell[], gap: number): Piece => ({
    h: gap + Math.max(...cells.map(cellHeight)),
    draw: (y0, page) =>
      cells.forEach((c, i) => {
        let y = y0 + gap;
        for (const line of c.lines) {
          drawLine(line, xOf(i), baselineIn(y, p.pitch, p.size), page);
          y += p.pitch;
        }
        if (c.rule) mark(page, { type: 'rule', x1: xOf(i), y1: y + p.pitch * 1.5 - 4, x2: xOf(i) + colW * 0.85, y2: y + p.pitch * 1.5 - 4, width: 0.6 });
      }),
  });
  const pieces: Piece[] = [
    rowPiece(
      parties.map((s) => ({ lines: lay([{ text: labelled(s.label), face: 'bold', size: p.size }]) })),
      signatureRowSpace(0, false).before,
    ),
  ];
  // the names line by line, so that a block taller than a page can break between them
  const names = parties.map((s) => lay(spans(s.name, 'bold', p.size)));
  const nameRows = Math.max(...names.map((n) => n.length));
  for (let r = 0; r < nameRows; r++)
    pieces.push(
      rowPiece(
        names.map((n) => ({ lines: n[r] ? [n[r]!] : [] })),
        0,
      ),
    );
  // the seal's room, then the lines, row by row across both parties
  const tail: Piece[] = [];
  for (let r = 0; r < Math.max(...parties.map((s) => s.lines.length)); r++) {
    const cells = parties.map((s): Cell => {
      const l = s.lines[r];
      if (!l) return { lines: [] };
      const toSign = l.value.length === 1 && l.value[0]!.type === 'signline';
      return toSign ? { lines: lay([{ text: labelled(l.label), face: 'body', size: p.size }]), rule: true } : { lines: lay(lineSpans(l, p.size)) };
    });
    tail.push(rowPiece(cells, signatureRowSpace(r + 1, false).before));
  }
  // the seal's room and the lines under it stay together with the names' last line
  const last = pieces.pop()!;
  pieces.push({
    h: last.h + sum(tail),
    draw: (y, page) => {
      last.draw(y, page);
      let at = y + last.h;
      for (const t of tail) {
        t.draw(at, page);
        at += t.h;
      }
    },
  });
  const total = sum(pieces);
  s.group(pieces, {
    ...flags,
    whole: total <= bottom - TOP - 3 * PARA.body.pitch,
    lines: false,
    before: BLOCK_SPACE.signature.before,
    onNewPage: (page) => {
      if (note === undefined) return 0;
      let y = TOP;
      for (const piece of signaturePageNote(s, note)) {
        piece.draw(y, page);
        y += piece.h;
      }
      return y - TOP + 12;
    },
  });
}

/** the signature page says which contract it signs (the tree's words): centred, on one line (小四, else 五号) */
function signaturePageNote(s: Setter, note: string): Piece[] {
  const text = note;
  const fits = breakLines([{ text, face: 'body', size: PARA.body.size }], { width: TEXT_WIDTH, align: 'center', measure: s.measure }).length === 1;
  const size = fits ? PARA.body.size : TYPE.small;
  return s.textPieces([{ text, face: 'body', size }], { pitch: PARA.body.pitch, align: 'center' });
}

/** The groups onto pages: page breaks, keeping with the next, no widow or orphan line, a table's header repeated. */
function paginate(s: Setter): void {
  const { pages, groups, bottom } = s;
  // ---- pagination
  let page = 0;
  let y = TOP;
  const atTop = () => y === TOP;
  const newPage = () => {
    pages.push({ marks: [] });
    page++;
    y = TOP;
  };
  /** the least of a group that must go on the page where it starts */
  const minStart = (gi: number): number => {
    const g = groups[gi];
    if (!g) return 0;
    const own =
      g.whole || !g.lines
        ? g.whole
          ? sum(g.pieces)
          : (g.pieces[0]?.h ?? 0) + (g.pieces[1]?.h ?? 0)
        : g.pieces.length <= 3
          ? sum(g.pieces)
          : sum(g.pieces.slice(0, 2));
    if (g.keepWithNext && gi + 1 < groups.length && !groups[gi + 1]!.pageBreakBefore)
      // a paragraph of four lines or more may break: its last two lines go with what follows (D12)
      return splits(g) ? own : sum(g.pieces) + g.after + groups[gi + 1]!.before + minStart(gi + 1);
    return own;
  };
  const splits = (g: Group) => g.lines && !g.whole && g.pieces.length >= 4;
  groups.forEach((g, gi) => {
    if (g.pageBreakBefore && !(atTop() && page > 0)) newPage();
    const before = atTop() ? 0 : g.before;
    if (!atTop() && y + before + minStart(gi) > bottom) newPage();
    else y += before;
    if (atTop() && page > 0 && g.onNewPage && gi > 0) y += g.onNewPage(page);
    let i = 0;
    const n = g.pieces.length;
    while (i < n) {
      // how many of the remaining pieces fit on this page
      let k = 0;
      let h = 0;
      while (i + k < n && y + h + g.pieces[i + k]!.h <= bottom + 0.01) h += g.pieces[i + k++]!.h;
      if (i + k === n && g.keepWithNext && splits(g) && gi + 1 < groups.length && !groups[gi + 1]!.pageBreakBefore) {
        // all of it fits but not the start of what it introduces: its last two lines go over with that
        const keep = n - i - 2;
        if (y + h + g.after + groups[gi + 1]!.before + minStart(gi + 1) > bottom + 0.01 && keep >= 2) k = keep;
      }
      if (i + k < n && g.lines) {
        // no widow: the next page gets at least two lines; no orphan: this one keeps at least two
        if (n - (i + k) < 2) k = Math.max(0, n - i - 2);
        if (k < 2 && i === 0) k = 0;
      }
      if (k === 0 && atTop()) k = 1; // taller than a page: place it anyway
      for (let j = 0; j < k; j++) {
        g.pieces[i + j]!.draw(y, page);
        y += g.pieces[i + j]!.h;
      }
      i += k;
      if (i < n) {
        newPage();
        if (g.repeat) {
          g.repeat.draw(y, page);
          y += g.repeat.h;
        }
      }
    }
    y += g.after;
  });
}

/** Every page's footer and draft mark, and from page 2 the running header, as the layout stage composed them. */
function drawFurniture(s: Setter, furniture: Furniture, draftLines: Line[]): void {
  const { pages, measure, drawLine, mark } = s;
  // ---- running header from page 2, footer on every page
  const count = pages.length;
  pages.forEach((_, i) => {
    const footer = breakLines([{ text: footerText(furniture.footer, i + 1, count), face: 'body', size: PARA.footer.size }], {
      width: TEXT_WIDTH,
      align: 'center',
      measure,
    })[0]!;
    drawLine(footer, LEFT, PAGE.height - PAGE.footerFromBottom, i);
    // a draft says so on every page, on its own line above the page number
    draftLines.forEach((line, k) =>
      drawLine(line, LEFT, PAGE.height - PAGE.footerFromBottom - PARA.footer.size * 1.6 - (draftLines.length - 1 - k) * PARA.footer.pitch, i),
    );
    if (i === 0) return;
    const base = PAGE.headerFromTop;
    const title = breakLines([{ text: furniture.runningHeader.left, face: 'body', size: PARA.footer.size }], { width: TEXT_WIDTH, align: 'left', measure })[0]!;
    drawLine(title, LEFT, base, i);
    if (furniture.runningHeader.right !== undefined) {
      const number = breakLines([{ text: furniture.runningHeader.right, face: 'body', size: PARA.footer.size }], {
        width: TEXT_WIDTH,
        align: 'right',
        measure,
      })[0]!;
      drawLine(number, LEFT, base, i);
    }
    mark(i, { type: 'rule', x1: LEFT, y1: base + 5, x2: LEFT + TEXT_WIDTH, y2: base + 5, width: 0.4 });
  });
}

/** a mark's lines: its parts whole on a line while they fit (joined by ' · '), a part too long alone broken */
function markLines(parts: readonly string[], measure: Measure): Line[] {
  const lines = (t: string) => breakLines([{ text: t, face: 'body', size: PARA.footer.size }], { width: TEXT_WIDTH, align: 'center', measure });
  const out: Line[] = [];
  let line = '';
  parts.forEach((part, k) => {
    const piece = k < parts.length - 1 ? `${part} ·` : part;
    if (line && lines(`${line} ${piece}`).length > 1) {
      out.push(...lines(line));
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  });
  return [...out, ...lines(line)];
}

const sum = (ps: Piece[]) => ps.reduce((a, p) => a + p.h, 0);

/** a title or paragraph as one line of plain text (bookmarks, the signature note's test) */
const plainOf = (xs: readonly Inline[]): string => plain(xs).replace(/\n/g, '');
