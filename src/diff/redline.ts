// The redline: two numbered, decided trees of one contract → one tree of the new version with the
// old one's deleted text kept and marked (tree/types.ts: 'change' inlines, Revision on blocks).
// Clauses are matched by id, so a clause renumbered by one inserted above it is matched with
// itself and only its number is marked; other blocks are matched by their place between matched
// clauses and by their text; inside a matched block, by words (tokens.ts). Every writer prints the
// result (DOCX tracked changes, PDF marks, Markdown <del>/<ins>), and summary.ts reads the changes
// off it: one source for all of them. Pure.
import { diffArrays } from 'diff';
import {
  type Block,
  type Change,
  cellsOf,
  type Inline,
  type InlineHandlers,
  type InlineLeaf,
  type InlineMarks,
  inlineRuns,
  type ListItem,
  type PartyInfo,
  type PartyLine,
  plain,
  type Signatory,
  tableRow,
  unreachable,
} from '../tree/types.js';
import { words } from './tokens.js';

// ---- inline content as tokens, and back

/** A word of inline content with the marks around it; atoms (references, blanks, sign lines, breaks) are one token. */
interface Tok {
  text: string;
  /** 's' strong, 'e' emphasis, in that order */
  marks: string;
  leaf: 'text' | 'value' | 'atom';
  atom?: Inline;
}

const markOf = (m: InlineMarks) => `${m.strong ? 's' : ''}${m.emphasis ? 'e' : ''}`;
const atom = (x: InlineLeaf, m: InlineMarks): Tok[] => [{ text: plain([x]), marks: markOf(m), leaf: 'atom', atom: x }];

/** The diff's handler per inline leaf (tree/types.ts, `inlineRuns`); a tree that is already a redline is read as its new version. */
const TOKENS: InlineHandlers<Tok> = {
  leaf: {
    text: (x, m) => words(x.value).map((w) => ({ text: w, marks: markOf(m), leaf: x.type })),
    value: (x, m) => words(x.value).map((w) => ({ text: w, marks: markOf(m), leaf: x.type })),
    ref: atom,
    blank: atom,
    signline: atom,
    break: atom,
  },
  read: 'new',
};

function tokens(xs: readonly Inline[]): Tok[] {
  return inlineRuns(xs, TOKENS);
}

/** Tokens back into inline nodes: neighbours with the same marks share a node. */
function inlinesOf(toks: readonly Tok[]): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < toks.length) {
    const marks = toks[i]!.marks;
    let j = i;
    while (j < toks.length && toks[j]!.marks === marks) j++;
    const leaves: Inline[] = [];
    for (const t of toks.slice(i, j)) {
      const prev = leaves[leaves.length - 1];
      if (t.leaf === 'atom') leaves.push(t.atom!);
      else if (prev && prev.type === t.leaf) prev.value += t.text;
      else leaves.push({ type: t.leaf, value: t.text });
    }
    let node: Inline[] = leaves;
    if (marks.includes('e')) node = [{ type: 'emphasis', children: node }];
    if (marks.includes('s')) node = [{ type: 'strong', children: node }];
    out.push(...node);
    i = j;
  }
  return out;
}

const marked = (change: Change, xs: Inline[]): Inline[] => (xs.length ? [{ type: 'change', change, children: xs }] : []);
/** What must be equal for a word to be unchanged: a reference is the same if it names the same clauses, whatever their numbers now. */
const key = (t: Tok) => `${t.marks}\u0000${t.atom?.type === 'ref' ? `ref:${t.atom.mode}:${t.atom.ids.join(',')}` : t.text}`;

/**
 * Old and new inline content as one, the difference marked word by word. A one-character word
 * left unchanged between two changes (的, a comma) is taken into both, so that a changed phrase
 * reads as one deletion and one insertion.
 */
export function diffInlines(before: readonly Inline[], after: readonly Inline[]): Inline[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length === b.length && a.every((t, i) => t.text === b[i]!.text && key(t) === key(b[i]!))) return [...after];
  type Op = { op: 'eq' | Change | 'renumbered'; toks: Tok[]; was?: Tok };
  const ops: Op[] = [];
  let ia = 0;
  let ib = 0;
  for (const c of diffArrays(a.map(key), b.map(key))) {
    const n = c.count;
    if (c.removed) ops.push({ op: 'del', toks: a.slice(ia, (ia += n)) });
    else if (c.added) ops.push({ op: 'ins', toks: b.slice(ib, (ib += n)) });
    else {
      // the same words; a reference among them may print another number now
      let from = 0;
      for (let k = 0; k < n; k++) {
        const was = a[ia + k]!;
        const now = b[ib + k]!;
        if (was.text === now.text) continue;
        if (k > from) ops.push({ op: 'eq', toks: b.slice(ib + from, ib + k) });
        ops.push({ op: 'renumbered', toks: [now], was });
        from = k + 1;
      }
      if (n > from) ops.push({ op: 'eq', toks: b.slice(ib + from, ib + n) });
      ia += n;
      ib += n;
    }
  }
  // fold short unchanged words between changes into the changes
  const merged: Op[] = [];
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    const short = op.op === 'eq' && op.toks.reduce((s, t) => s + [...t.text].length, 0) <= 1 && k > 0 && k < ops.length - 1;
    const between = (o: Op | undefined) => o !== undefined && (o.op === 'del' || o.op === 'ins');
    if (short && between(ops[k - 1]) && between(ops[k + 1])) {
      pushChange(merged, 'del', op.toks);
      pushChange(merged, 'ins', op.toks);
    } else if (op.op === 'eq' || op.op === 'renumbered') merged.push(op);
    else pushChange(merged, op.op, op.toks);
  }
  return merged.flatMap((op): Inline[] => {
    if (op.op === 'eq') return inlinesOf(op.toks);
    if (op.op === 'renumbered')
      return [
        { type: 'change', change: 'del', renumbered: true, children: inlinesOf([op.was!]) },
        { type: 'change', change: 'ins', renumbered: true, children: inlinesOf(op.toks) },
      ];
    return marked(op.op, inlinesOf(op.toks));
  });
}

/** Adds a change to the run of changes at the end: deletions before insertions. */
function pushChange(ops: { op: 'eq' | Change | 'renumbered'; toks: Tok[] }[], op: Change, toks: Tok[]) {
  let k = ops.length;
  while (k > 0 && (ops[k - 1]!.op === 'del' || ops[k - 1]!.op === 'ins')) k--;
  const run = ops.slice(k);
  const found = run.find((o) => o.op === op);
  if (found) found.toks.push(...toks);
  else if (op === 'del') ops.splice(k, 0, { op, toks: [...toks] });
  else ops.push({ op, toks: [...toks] });
}

// ---- blocks

/** Every inline array of a block (its own, not its children's) marked as deleted or inserted. */
export function markBlock(b: Block, change: Change): Block {
  const m = (xs: Inline[]) => marked(change, xs);
  const line = (l: PartyLine): PartyLine => ({ ...l, value: m(l.value) });
  switch (b.type) {
    case 'clause':
      return { ...b, change, title: m(b.title), children: b.children.map((c) => markBlock(c, change)) };
    case 'appendix':
      return { ...b, change, title: m(b.title), children: b.children.map((c) => markBlock(c, change)) };
    case 'paragraph':
      return { ...b, change, children: m(b.children) };
    case 'list':
      return { ...b, change, items: b.items.map((i) => ({ ...i, change, children: m(i.children) })) };
    case 'table':
      return {
        ...b,
        change,
        children: b.children.map((r) =>
          tableRow(
            r.children.map((c) => m(c.children)),
            change,
          ),
        ),
      };
    case 'parties':
      return { ...b, parties: b.parties.map((p) => ({ ...p, name: m(p.name), lines: p.lines.map(line) })) as [PartyInfo, PartyInfo] };
    case 'signature':
      return { ...b, parties: b.parties.map((p) => ({ ...p, name: m(p.name), lines: p.lines.map(line) })) as [Signatory, Signatory] };
    default:
      return unreachable(b);
  }
}

/** What matches a block with its other version: a clause's id, an annex's title after its number, the parties, the signatures. */
function identity(b: Block): string | undefined {
  switch (b.type) {
    case 'clause':
      return b.id ? `clause:${b.id}` : undefined;
    case 'appendix':
      return `appendix:${plain(b.title).replace(/^附[件录][一二三四五六七八九十\d]*[\s：:、]*/u, '')}`;
    case 'parties':
    case 'signature':
      return b.type;
    default:
      return undefined;
  }
}

/** How alike two texts are, 0 to 1: the share of characters in common (by words). */
function likeness(x: string, y: string): number {
  if (x === y) return 1;
  const a = words(x);
  const b = words(y);
  let same = 0;
  for (const c of diffArrays(a, b)) if (!c.added && !c.removed) same += c.value.join('').length;
  return (2 * same) / Math.max(1, x.length + y.length);
}

const blockText = (b: Block): string => {
  switch (b.type) {
    case 'clause':
      return `${b.number}${plain(b.title)}`;
    case 'appendix':
      return plain(b.title);
    case 'paragraph':
      return `${b.number ?? ''}${plain(b.children)}`;
    case 'list':
      return b.items.map((i) => plain(i.children)).join('\n');
    case 'table':
      return cellsOf(b)
        .map((r) => r.map(plain).join('\t'))
        .join('\n');
    case 'parties':
    case 'signature':
      return b.parties.map((p) => plain(p.name)).join('\n');
    default:
      return unreachable(b);
  }
};

/**
 * Two sequences aligned: pairs of the same thing (or of two versions of it), and what only one
 * side has. Items with an identity are matched by it wherever they are; the others by equal text,
 * then, between those, by likeness in order.
 */
export function align<T>(
  before: readonly T[],
  after: readonly T[],
  o: { id: (x: T) => string | undefined; text: (x: T) => string; kind: (x: T) => string },
): [T | undefined, T | undefined][] {
  const sig = (x: T) => o.id(x) ?? `${o.kind(x)}\u0000${o.text(x)}`;
  const out: [T | undefined, T | undefined][] = [];
  const afterIds = new Set(after.map(o.id).filter((x) => x !== undefined));
  const beforeIds = new Set(before.map(o.id).filter((x) => x !== undefined));
  const byId = new Map(before.filter((x) => o.id(x) !== undefined).map((x) => [o.id(x)!, x]));
  let ia = 0;
  let ib = 0;
  const pending: { del: T[]; ins: T[] } = { del: [], ins: [] };
  const flush = () => {
    // same kind, in order, alike enough: two versions of one block
    const { del, ins } = pending;
    let d = 0;
    for (const n of ins) {
      const k = del.findIndex(
        (x, i) => i >= d && o.id(x) === undefined && o.id(n) === undefined && o.kind(x) === o.kind(n) && likeness(o.text(x), o.text(n)) >= 0.4,
      );
      if (k === -1) {
        out.push([undefined, n]);
        continue;
      }
      for (const x of del.slice(d, k)) out.push([x, undefined]);
      out.push([del[k], n]);
      d = k + 1;
    }
    for (const x of del.slice(d)) out.push([x, undefined]);
    pending.del = [];
    pending.ins = [];
  };
  for (const c of diffArrays(before.map(sig), after.map(sig))) {
    if (c.removed) {
      // a block with an identity the new version has elsewhere moved: it is shown where it now is
      for (const x of before.slice(ia, (ia += c.count))) if (!(o.id(x) !== undefined && afterIds.has(o.id(x)!))) pending.del.push(x);
    } else if (c.added) {
      for (const n of after.slice(ib, (ib += c.count))) {
        const id = o.id(n);
        if (id !== undefined && beforeIds.has(id)) {
          flush();
          out.push([byId.get(id), n]);
        } else pending.ins.push(n);
      }
    } else {
      flush();
      for (let k = 0; k < c.count; k++) out.push([before[ia + k], after[ib + k]]);
      ia += c.count;
      ib += c.count;
    }
  }
  flush();
  return out;
}

/** The two versions of a list of blocks as one, changes marked. */
export function redlineBlocks(before: readonly Block[], after: readonly Block[]): Block[] {
  return align(before, after, { id: identity, text: blockText, kind: (b) => b.type }).map(([x, y]) => {
    if (!x) return markBlock(y!, 'ins');
    if (!y) return markBlock(x, 'del');
    return redlineBlock(x, y);
  });
}

const numberWas = (was: string | undefined, now: string | undefined) => (was !== undefined && was !== now ? { numberWas: was } : {});

function redlineBlock(x: Block, y: Block): Block {
  if (x.type !== y.type) return y;
  switch (y.type) {
    case 'clause': {
      const o = x as typeof y;
      return { ...y, ...numberWas(o.number, y.number), title: diffInlines(o.title, y.title), children: redlineBlocks(o.children, y.children) };
    }
    case 'appendix': {
      const o = x as typeof y;
      return { ...y, title: diffInlines(o.title, y.title), children: redlineBlocks(o.children, y.children) };
    }
    case 'paragraph': {
      const o = x as typeof y;
      return { ...y, ...numberWas(o.number, y.number), children: diffInlines(o.children, y.children) };
    }
    case 'list': {
      const o = x as typeof y;
      const items = align(o.items, y.items, { id: () => undefined, text: (i) => plain(i.children), kind: () => 'item' }).map(([a, b]): ListItem => {
        if (!a) return { ...b!, change: 'ins', children: marked('ins', b!.children) };
        if (!b) return { ...a, change: 'del', children: marked('del', a.children) };
        return { ...b, ...numberWas(a.number, b.number), children: diffInlines(a.children, b.children) };
      });
      return { ...y, items };
    }
    case 'table': {
      const o = x as typeof y;
      const rowText = (r: Inline[][]) => r.map(plain).join('\t');
      const pairs = align(cellsOf(o), cellsOf(y), { id: () => undefined, text: rowText, kind: (r) => String(r.length) });
      const rows = pairs.map(([a, b]) =>
        !a
          ? tableRow(
              b!.map((c) => marked('ins', c)),
              'ins',
            )
          : !b
            ? tableRow(
                a.map((c) => marked('del', c)),
                'del',
              )
            : tableRow(b.map((c, i) => diffInlines(a[i] ?? [], c))),
      );
      return { ...y, children: rows };
    }
    case 'parties':
    case 'signature': {
      const o = x as typeof y;
      const people = y.parties.map((p, i) => {
        const q = o.parties[i]!;
        const lines = align(q.lines, p.lines, { id: (l) => l.label, text: (l) => plain(l.value), kind: () => 'line' }).map(([a, b]): PartyLine => {
          if (!a) return { ...b!, value: marked('ins', b!.value) };
          if (!b) return { ...a, value: marked('del', a.value) };
          return { ...b, value: diffInlines(a.value, b.value) };
        });
        return { ...p, name: diffInlines(q.name, p.name), lines };
      });
      return { ...y, parties: people } as typeof y;
    }
    default:
      return unreachable(y);
  }
}

/** Whether a redline marks anything: no change, no renumbering means the same contract. */
export function hasChanges(blocks: readonly Block[]): boolean {
  return blocks.some((b) => blockChanged(b, { deep: true, renumbering: true }));
}

/**
 * Whether a block of a redline carries a mark: `renumbering` counts numbers and references that
 * only moved (numberWas, renumbered references); `deep` looks into its sub-blocks too.
 */
export function blockChanged(b: Block, o: { deep: boolean; renumbering: boolean }): boolean {
  const inl = (xs: readonly Inline[]): boolean =>
    xs.some((x) => (x.type === 'change' && (o.renumbering || !x.renumbered)) || ((x.type === 'strong' || x.type === 'emphasis') && inl(x.children)));
  if ('change' in b && b.change) return true;
  if (o.renumbering && 'numberWas' in b && b.numberWas !== undefined) return true;
  switch (b.type) {
    case 'clause':
    case 'appendix':
      return inl(b.title) || (o.deep && b.children.some((c) => blockChanged(c, o)));
    case 'paragraph':
      return inl(b.children);
    case 'list':
      return b.items.some((i) => i.change !== undefined || (o.renumbering && i.numberWas !== undefined) || inl(i.children));
    case 'table':
      return b.children.some((r) => r.children.some((c) => inl(c.children)));
    case 'parties':
    case 'signature':
      return b.parties.some((p) => inl(p.name) || p.lines.some((l) => inl(l.value)));
    default:
      return unreachable(b);
  }
}
