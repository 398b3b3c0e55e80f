// The layout stage: the decisions every format must agree on, made once on the numbered tree so
// that the DOCX and the PDF cannot drift: which blocks start a page (what follows the signatures,
// every annex), which stay with the block after them (an introduction 如下： with its list,
// table or the signatures), and how a table's columns share the text width.

import { decideFurniture } from '../tree/furniture.js';
import { type Block, type ContractDocument, cellBlankSize, type Inline, type LaidOutDocument, plain, type TableCell } from '../tree/types.js';
import { forEachBlock } from '../tree/walk.js';
import { ems, songWidth } from './measure.js';
import { CELL_PAD, FORM_ROW, PAGE, TYPE, twips } from './page.js';

export function decideLayout(doc: ContractDocument): LaidOutDocument {
  let pageBroken = false;
  let signed = false;
  // what comes next in reading order, whatever the nesting: the paragraph that ends a clause
  // (（以下无正文，为签署页）) is followed by the signatures at the top level
  const order: Block[] = [];
  forEachBlock(doc.children, (b) => order.push(b));
  const nextOf = new Map<Block, Block | undefined>(order.map((b, i) => [b, order[i + 1]]));
  const blocks = (bs: readonly Block[]): Block[] =>
    bs.map((b): Block => {
      const next = b.type === 'clause' || b.type === 'appendix' ? undefined : nextOf.get(b)?.type;
      // every annex starts a page with its heading; so does whatever first follows the signatures,
      // and the signature page itself, headed by its note in every format (legal review TW-S3)
      const pageBreakBefore = b.type === 'appendix' || b.type === 'signature' || (!pageBroken && signed);
      if (pageBreakBefore && b.type !== 'signature') pageBroken = true;
      // a lead-in stays with the formula it introduces
      const after = next ? nextOf.get(b) : undefined;
      const keepWithNext = next === 'table' || next === 'list' || (after?.type === 'paragraph' && after.display === true);
      const flags = { ...(pageBreakBefore ? { pageBreakBefore } : {}), ...(keepWithNext ? { keepWithNext } : {}) };
      let out: Block;
      switch (b.type) {
        case 'clause':
        case 'appendix':
          out = { ...b, ...flags };
          out.children = blocks(b.children);
          break;
        case 'table': {
          const rows = b.children.map((r) => ({ ...r, children: r.children.map((c) => ({ ...c, children: cellBlanks(c.children) })) }));
          const heights = rows.map((r, i) => (i === 0 ? 0 : Math.max(0, ...r.children.map(fillHeight))));
          const entry = rows[0]?.children.map((_, c) => rows.slice(1).some((r) => fillHeight(r.children[c] ?? EMPTY) > 0)) ?? [];
          out = {
            ...b,
            ...flags,
            children: rows,
            align: columnAlign(
              rows.map((r) => r.children.map((c) => plain(c.children))),
              b.align,
            ),
            widths: columnWidths(
              rows.map((r) => r.children.map((c) => c.children)),
              entry,
            ),
            ...(heights.some((h) => h > 0) ? { rowHeights: heights } : {}),
          };
          break;
        }
        default:
          out = { ...b, ...flags };
      }
      if (b.type === 'signature') signed = true;
      return out;
    });
  return { ...doc, meta: { ...doc.meta, furniture: decideFurniture(doc.meta) }, children: blocks(doc.children) };
}

/** a table cell's blanks, no longer than an amount's (so every format draws the cell alike) */
const cellBlanks = (xs: Inline[]): Inline[] =>
  xs.map((x): Inline => {
    if (x.type === 'blank') {
      const size = cellBlankSize(x.size);
      return size ? { ...x, size } : x;
    }
    return 'children' in x ? ({ ...x, children: cellBlanks(x.children) } as Inline) : x;
  });

const EMPTY: TableCell = { type: 'tableCell', children: [] };

/**
 * The least height of a cell a pen fills in (the room it asks for, else 0): a seal with a signature,
 * a narrative answer, or one written line where the cell holds nothing but a blank or white space.
 */
function fillHeight(c: TableCell): number {
  if (c.room) return FORM_ROW[c.room];
  const open = c.children.every((x) => x.type === 'blank' || ((x.type === 'text' || x.type === 'value') && x.value.trim() === ''));
  return open ? FORM_ROW.line : 0;
}

/**
 * Column widths for a table spanning the text column, as fractions of it: a column gets what its
 * longest cell needs when that is no more than an equal share of what is left; the wide columns
 * share the rest in proportion to what they need. In a form, the columns a pen fills in (`entry`)
 * are as wide as each other and take at least three fifths of the width between them, the
 * labels what is left.
 */
export function columnWidths(rows: Inline[][][], entry: readonly boolean[] = []): number[] {
  const text = rows.map((r) => r.map((c) => plain(c)));
  const total = twips(PAGE.width - PAGE.margin.left - PAGE.margin.right);
  const columns = Math.max(...text.map((r) => r.length));
  const width = (s: string) => twips(ems(s) * TYPE.small);
  // cell margins (0.19 cm each side) and half a character to spare, as bold text runs wider
  const padding = twips(2 * 5.4 + TYPE.small / 2);
  const longest = (cell: string) => Math.max(...cell.split('\n').map(width));
  const need = Array.from({ length: columns }, (_, c) => Math.max(twips(2 * TYPE.small), ...text.map((r) => longest(r[c] ?? ''))) + padding);
  const entries = need.map((_, c) => c).filter((c) => entry[c] === true);
  // a form every column of which is filled in (a seal beside a signature): columns alike
  if (entries.length === columns && columns > 1) return rounded(new Array<number>(columns).fill(total / columns), total);
  if (entries.length > 0 && entries.length < columns) {
    const labels = need.map((_, c) => c).filter((c) => entry[c] !== true);
    // the labels keep two characters' width each however wide the entries would be (a fuzzed form
    // of long answers gave them less than nothing: a negative grid column, which Word refuses)
    const labelLeast = twips(2 * TYPE.small) + padding;
    const least = Math.min(
      total - labels.length * labelLeast,
      Math.max(entries.length === 1 ? total * 0.6 : 0, entries.length * Math.max(...entries.map((c) => need[c]!))),
    );
    const room = Math.min(
      labels.reduce((a, c) => a + need[c]!, 0),
      total - least,
    );
    const shared = share(
      labels.map((c) => need[c]!),
      room,
    );
    const out = new Array<number>(columns).fill(0);
    labels.forEach((c, i) => {
      out[c] = shared[i]!;
    });
    for (const c of entries) out[c] = (total - room) / entries.length;
    return rounded(out, total);
  }
  return rounded(fitted(share(need, total), text, padding), total);
}

/** widths for columns that need `need`, within `total`: the narrow ones what they need, the wide ones the rest in proportion */
function share(need: readonly number[], total: number): number[] {
  const columns = need.length;
  const widths = new Array<number>(columns).fill(0);
  let left = total;
  const open = new Set(need.map((_, c) => c));
  for (const c of [...open].sort((a, b) => need[a]! - need[b]!)) {
    const equal = left / open.size;
    if (need[c]! > equal) break;
    widths[c] = need[c]!;
    left -= need[c]!;
    open.delete(c);
  }
  const wide = [...open].reduce((a, c) => a + need[c]!, 0);
  for (const c of open) widths[c] = (left * need[c]!) / wide;
  return widths;
}

/** widths spread over `total` in proportion (any room left over shared out), rounded so that they add up to it, as fractions */
function rounded(widths: readonly number[], total: number): number[] {
  const columns = widths.length;
  const sum = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.floor((w * total) / sum));
  scaled[columns - 1]! += total - scaled.reduce((a, b) => a + b, 0);
  return scaled.map((w) => w / total);
}

/**
 * Widths made to fit their cells: no column narrower than its widest unit (a figure with its
 * unit, a code), then a column whose cells a line would break inside a unit (80毫/米, 人/民币) or
 * leave with one character on its last line (完/成) takes up to four characters' width from a
 * column that loses neither a line nor a good break by it.
 */
function fitted(widths: number[], text: readonly string[][], padding: number): number[] {
  const size = twips(TYPE.small);
  const columns = widths.length;
  const cells = Array.from({ length: columns }, (_, c) => text.map((r, i) => cellShape(r[c] ?? '', i === 0)));
  const least = cells.map((cs) => Math.max(0, ...cs.flatMap((x) => x.units.map((u) => ems(u.text) * size))) + padding);
  /** what a column's cells cost at a width: their lines, a break inside a unit three, a last line of one character two */
  const cost = (c: number, w: number) =>
    cells[c]!.reduce((a, x) => {
      // a quarter em to spare: the faces and their bold run a little wider than the estimate
      const r = setCell(x, (w - twips(2 * CELL_PAD)) / size - 0.25);
      return a + r.lines + 3 * r.bad + (r.lines > 1 && r.last <= 1 ? 2 : 0);
    }, 0);
  const out = [...widths];
  const half = Math.round(size / 2);
  /** the column that gives `d` at the least cost to its own cells (none below its widest unit) */
  const donor = (c: number, d: number): number | undefined =>
    out
      .map((_, i) => i)
      .filter((i) => i !== c && out[i]! - d >= least[i]!)
      .map((i) => ({ i, worse: cost(i, out[i]! - d) - cost(i, out[i]!) }))
      .sort((x, y) => x.worse - y.worse || out[y.i]! - out[x.i]!)[0]?.i;
  // every column at least its widest unit, half a character at a time from the column it costs least
  for (let c = 0; c < columns; c++)
    while (out[c]! < least[c]!) {
      const d = Math.min(half, Math.ceil(least[c]! - out[c]!));
      const from = donor(c, d);
      if (from === undefined) break;
      out[from]! -= d;
      out[c]! += d;
    }
  const steps = [0.5, 1, 1.5, 2, 3, 4].map((k) => Math.round(k * size));
  for (let round = 0; round < 3; round++)
    for (let c = 0; c < columns; c++) {
      const now = cost(c, out[c]!);
      for (const d of steps) {
        if (cost(c, out[c]! + d) >= now) continue;
        const from = donor(c, d);
        // the estimate is within half a character of the faces: a donor keeps that much to spare
        if (from === undefined || cost(from, out[from]! - d - half) > cost(from, out[from]!)) continue;
        out[from]! -= d;
        out[c]! += d;
        break;
      }
    }
  return out;
}

/**
 * What may not be broken across lines in a cell: a figure with its unit and the marks around it
 * (（80毫米）, 1台, 人民币3,600.00元, 08:00—20:00), a Latin word or code, 人民币, 大写; a header is
 * kept whole up to eight characters (设备名称及型号 never loses its 号).
 */
const UNIT =
  /[（(《“]?(?:人民币|美元)?[0-9A-Za-z][0-9A-Za-z@._:,\-—–～~·/ ]*(?:(?:个工作日|工作日|小时|分钟|毫米|厘米|英寸|[台号日周元月年天次名件个份块层室店%]))?[）)》”、，。；：]*|人民币|大写/gu;
const CLOSING = /^[）)》”」、，。；：！？%]$/u;
const HAN = /\p{Script=Han}/u;
const OPENING = /^[（(《“「]$/u;

/** a cell as the line breaker sees it: the pieces a line may break between, and the units that should stay whole */
interface CellShape {
  pieces: string[];
  units: { text: string; from: number; to: number }[];
}
function cellShape(cell: string, header: boolean): CellShape {
  const units =
    header && [...cell].length <= 8 && cell !== ''
      ? [{ text: cell, from: 0, to: cell.length }]
      : [...cell.matchAll(UNIT)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));
  // the breaker breaks between any two hanzi, never inside a Latin or digit run, never before a
  // closing mark or after an opening one
  const pieces: string[] = [];
  for (const ch of cell) {
    const prev = pieces[pieces.length - 1];
    const latin = /[0-9A-Za-z.,:@_-]/.test(ch) && prev !== undefined && /[0-9A-Za-z.,:@_-]$/.test(prev);
    if (prev !== undefined && (latin || CLOSING.test(ch) || OPENING.test(prev.slice(-1)))) pieces[pieces.length - 1] = prev + ch;
    else pieces.push(ch);
  }
  return { pieces, units };
}

/** a cell set at a width (ems): its lines, how many breaks fall inside a unit, the characters on its last line */
function setCell(x: CellShape, width: number): { lines: number; bad: number; last: number } {
  let lines = 1;
  let used = 0;
  let last = 0;
  let bad = 0;
  let at = 0;
  let prev = '';
  for (const p of x.pieces) {
    // the Song face's advances, and a quarter em where a hanzi meets a letter or digit (autospace)
    const w = songWidth(p, 1) + (used > 0 && HAN.test(prev.slice(-1)) !== HAN.test(p[0]!) && /[0-9A-Za-z]/.test(`${prev.slice(-1)}${p[0]}`) ? 0.25 : 0);
    prev = p;
    if (used > 0 && used + w > width + 1e-6) {
      lines++;
      used = 0;
      last = 0;
      if (x.units.some((u) => u.from < at && at < u.to)) bad++;
    }
    used += w;
    last += [...p].filter((ch) => !CLOSING.test(ch)).length;
    at += p.length;
  }
  return { lines, bad, last };
}

/**
 * How a column's body cells sit where the template leaves it open: figures (amounts, rates, a
 * dash for none) at the right, so that their digits line up; a column of serial numbers (序号) or
 * of one- or two-character units (台, 件) centred; anything else at the left.
 */
export function columnAlign(rows: readonly string[][], given: readonly ('left' | 'center' | 'right' | null)[]): ('left' | 'center' | 'right' | null)[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: columns }, (_, c) => {
    if (given[c]) return given[c]!;
    const cells = rows
      .slice(1)
      .map((r) => (r[c] ?? '').trim())
      .filter((s) => s !== '');
    if (cells.length === 0) return null;
    if (cells.every((s, i) => s === String(i + 1))) return 'center';
    if (cells.every((s) => FIGURE.test(s) || DASH.test(s)) && cells.some((s) => FIGURE.test(s))) return 'right';
    if (cells.every((s) => [...s].length <= 2)) return 'center';
    return null;
  });
}
/** an amount or a figure with its unit: 16,000.00, 人民币3,600.00元, 13%, 1.5 */
const FIGURE = /^(人民币|美元)?\s?[-+]?\d[\d,]*(\.\d+)?\s?(元|%)?$/;
const DASH = /^[—–-]+$/;
