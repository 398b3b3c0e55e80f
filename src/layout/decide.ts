// The layout stage: the decisions every format must agree on, made once on the numbered tree so
// that the DOCX and the PDF cannot drift: which blocks start a page (what follows the signatures,
// every annex), which stay with the block after them (an introduction 如下： with its list,
// table or the signatures), and how a table's columns share the text width.

import { decideFurniture } from '../tree/furniture.js';
import { type Block, type ContractDocument, cellBlankSize, type Inline, type LaidOutDocument, plain, type TableCell } from '../tree/types.js';
import { forEachBlock } from '../tree/walk.js';
import { ems } from './measure.js';
import { FORM_ROW, PAGE, TYPE, twips } from './page.js';

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
      const keepWithNext = next === 'table' || next === 'list';
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
    const least = Math.max(entries.length === 1 ? total * 0.6 : 0, entries.length * Math.max(...entries.map((c) => need[c]!)));
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
  return rounded(share(need, total), total);
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
