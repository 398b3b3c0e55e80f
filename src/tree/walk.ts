// The one walker over the document tree: every stage and test that visits blocks or inline
// content goes through here, so a new place that holds text (a signature label, a footer) is
// visited by all of them at once instead of by the one walk that remembered it.
import { type Block, type Inline, type LaidOutDocument, labelled, partyHead, plain, unreachable } from './types.js';

/** Where an inline array sits: the nearest clause or appendix above it, and whether it is set bold. */
export interface InlineContext {
  /** number and title of the enclosing clause (第五条 保密), or the block's own name (当事人, 签署栏) */
  where: string;
  /** the content is a heading or a table header or a party name: set in the bold face */
  bold: boolean;
  /** the type of the block the content belongs to */
  block: Block['type'];
}

const titleOf = (number: string, title: Inline[]) => `${number}${plain(title)}`;

/** Visit every block, depth first, in document order. */
export function forEachBlock(blocks: readonly Block[], fn: (b: Block, parents: readonly Block[]) => void, parents: readonly Block[] = []): void {
  for (const b of blocks) {
    fn(b, parents);
    if (b.type === 'clause' || b.type === 'appendix') forEachBlock(b.children, fn, [...parents, b]);
  }
}

/** Every inline array in a block (not descending into child blocks), with its context. */
function inlineArrays(b: Block, where: string): [Inline[], InlineContext][] {
  switch (b.type) {
    case 'clause':
      return [[b.title, { where: titleOf(b.number, b.title), bold: true, block: b.type }]];
    case 'appendix':
      return [[b.title, { where: plain(b.title), bold: true, block: b.type }]];
    case 'paragraph':
      return [[b.children, { where, bold: false, block: b.type }]];
    case 'list':
      return b.items.map((i) => [i.children, { where, bold: false, block: b.type }]);
    case 'table':
      return b.children.flatMap((r, ri) => r.children.map((c): [Inline[], InlineContext] => [c.children, { where, bold: ri === 0, block: b.type }]));
    case 'parties':
      return b.parties.flatMap((p): [Inline[], InlineContext][] => [
        [p.name, { where: '当事人', bold: true, block: b.type }],
        ...p.lines.map((l): [Inline[], InlineContext] => [l.value, { where: `当事人 ${l.label}`, bold: false, block: b.type }]),
      ]);
    case 'signature':
      return b.parties.flatMap((p): [Inline[], InlineContext][] => [
        [p.name, { where: '签署栏', bold: true, block: b.type }],
        ...p.lines.map((l): [Inline[], InlineContext] => [l.value, { where: '签署栏', bold: false, block: b.type }]),
      ]);
    default:
      return unreachable(b);
  }
}

/** Visit every inline array of the document, with the clause it is in. */
export function forEachInlines(blocks: readonly Block[], fn: (xs: Inline[], ctx: InlineContext) => void, where = ''): void {
  for (const b of blocks) {
    for (const [xs, ctx] of inlineArrays(b, where)) fn(xs, ctx);
    if (b.type === 'clause') forEachInlines(b.children, fn, titleOf(b.number, b.title));
    else if (b.type === 'appendix') forEachInlines(b.children, fn, plain(b.title));
  }
}

/** Visit every inline node (descending into strong and emphasis), with whether it is set bold. */
export function forEachInline(blocks: readonly Block[], fn: (x: Inline, ctx: InlineContext) => void): void {
  const visit = (xs: readonly Inline[], ctx: InlineContext) => {
    for (const x of xs) {
      fn(x, ctx);
      if (x.type === 'strong') visit(x.children, { ...ctx, bold: true });
      else if (x.type === 'emphasis' || x.type === 'change') visit(x.children, ctx);
    }
  };
  forEachInlines(blocks, visit);
}

/** A copy of the blocks with every inline array replaced by `fn` of it (strong and emphasis included). */
export function mapInlines(blocks: readonly Block[], fn: (xs: Inline[]) => Inline[]): Block[] {
  const deep = (xs: Inline[]): Inline[] =>
    fn(xs).map((x) => (x.type === 'strong' || x.type === 'emphasis' || x.type === 'change' ? { ...x, children: deep(x.children) } : x));
  return blocks.map((b): Block => {
    switch (b.type) {
      case 'clause':
        return { ...b, title: deep(b.title), children: mapInlines(b.children, fn) };
      case 'appendix':
        return { ...b, title: deep(b.title), children: mapInlines(b.children, fn) };
      case 'paragraph':
        return { ...b, children: deep(b.children) };
      case 'list':
        return { ...b, items: b.items.map((i) => ({ ...i, children: deep(i.children) })) };
      case 'table':
        return { ...b, children: b.children.map((r) => ({ ...r, children: r.children.map((c) => ({ ...c, children: deep(c.children) })) })) };
      case 'parties':
        return {
          ...b,
          parties: b.parties.map((p) => ({ ...p, name: deep(p.name), lines: p.lines.map((l) => ({ ...l, value: deep(l.value) })) })) as typeof b.parties,
        };
      case 'signature':
        return {
          ...b,
          parties: b.parties.map((p) => ({ ...p, name: deep(p.name), lines: p.lines.map((l) => ({ ...l, value: deep(l.value) })) })) as typeof b.parties,
        };
      default:
        return unreachable(b);
    }
  });
}

/** Every piece of text the document prints, with where it is and whether bold: for glyph checks. */
export function forEachText(doc: LaidOutDocument, fn: (text: string, ctx: InlineContext) => void): void {
  fn(doc.meta.title, { where: '标题', bold: true, block: 'clause' });
  const f = doc.meta.furniture;
  f.head.forEach((l, i) => fn(l.text, { where: i === 0 ? '合同编号' : l.text.split('：')[0]!, bold: false, block: 'paragraph' }));
  fn(f.footer.map((p) => ('text' in p ? p.text : '0123456789')).join(''), { where: '页脚', bold: false, block: 'paragraph' });
  if (f.draftMark) fn(f.draftMark.text, { where: '草稿标记', bold: false, block: 'paragraph' });
  forEachBlock(doc.children, (b) => {
    if (b.type === 'parties')
      for (const p of b.parties) {
        fn(partyHead(p), { where: '当事人', bold: true, block: b.type });
        for (const l of p.lines) fn(labelled(l.label), { where: '当事人', bold: false, block: b.type });
      }
    if (b.type === 'signature' && b.note !== undefined) fn(b.note, { where: '签署栏', bold: false, block: b.type });
    if (b.type === 'signature')
      for (const p of b.parties) {
        fn(labelled(p.label), { where: '签署栏', bold: true, block: b.type });
        for (const l of p.lines) fn(labelled(l.label), { where: '签署栏', bold: false, block: b.type });
      }
    if (b.type === 'clause') fn(b.number, { where: titleOf(b.number, b.title), bold: true, block: b.type });
    if (b.type === 'paragraph' && b.number) fn(b.number, { where: '', bold: false, block: b.type });
    if (b.type === 'list') for (const i of b.items) fn(i.number, { where: '', bold: false, block: b.type });
  });
  forEachInline(doc.children, (x, ctx) => {
    if (x.type === 'text' || x.type === 'value') fn(x.value, ctx);
    else if (x.type === 'ref') fn(x.text ?? '', ctx);
  });
}
