// Markdown writer: document tree → .md text. The tree becomes mdast and mdast-util-to-markdown
// writes it, escaping whatever a value contains, so the file reads back as the same document.
import type { PhrasingContent, Root, RootContent, TableRow, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, type Handle, type State, toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { numbered } from '../tree/number.js';
import {
  BLANK,
  type Block,
  blankText,
  type Change,
  type Inline,
  type InlineHandlers,
  inlineRuns,
  type LaidOutDocument,
  labelled,
  type PartyLine,
  partyHead,
  type Revision,
  unreachable,
} from '../tree/types.js';

export function writeMarkdown(doc: LaidOutDocument): string {
  const furniture = doc.meta.furniture;
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [{ type: 'text', value: doc.meta.title }] },
    // a draft says so first, with the spec it was built from
    ...(furniture.draftMark
      ? [
          {
            type: 'blockquote',
            children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: furniture.draftMark.text }] }] }],
          } as RootContent,
        ]
      : []),
    ...furniture.head.map((l): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: l.text }] })),
    ...doc.children.flatMap(block),
  ];
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { extensions: [gfmToMarkdown()], handlers: { text: fastText }, ...MARKDOWN_OPTIONS });
}

/** Blocks alone as Markdown, as the contract writes them (a redline's changed clauses). */
export function writeMarkdownBlocks(blocks: readonly Block[]): string {
  const root: Root = { type: 'root', children: blocks.flatMap(block) };
  return toMarkdown(root, { extensions: [gfmToMarkdown()], handlers: { text: fastText }, ...MARKDOWN_OPTIONS });
}

/** How the contract's Markdown is written (mdast-util-to-markdown's options). */
export const MARKDOWN_OPTIONS = { bullet: '-', emphasis: '*', strong: '*', rule: '-' } as const;

/**
 * mdast-util-to-markdown's text handler at a fraction of its cost. Its `safe()` runs each of
 * about fifty escaping patterns, a regular expression apiece, over the text with the characters
 * around it, and escapes a pattern's own character where it matches (and backslashes before
 * punctuation). A pattern whose character is nowhere in that string cannot match, so it is left
 * out: the library's handler runs with only the patterns that can (none, for most of a contract,
 * which is Chinese: the text is returned as it is). The same bytes; test/markdown.test.ts
 * compares the two on random text.
 */
export const fastText: Handle = (node: Text, parent, state: State, info) => {
  const subject = (info.before || '') + node.value + (info.after || '');
  let byChars = patternSets.get(state.unsafe);
  if (!byChars) patternSets.set(state.unsafe, (byChars = { chars: new Set(state.unsafe.map((p) => p.character)), sets: new Map() }));
  let present = '';
  for (const ch of byChars.chars) if (subject.includes(ch)) present += ch;
  if (present === '' && !subject.includes('\\')) return node.value;
  let unsafe = byChars.sets.get(present);
  if (!unsafe) byChars.sets.set(present, (unsafe = state.unsafe.filter((p) => subject.includes(p.character))));
  // the library's state, seen through an object that holds only those patterns
  const view = Object.create(state) as State;
  view.unsafe = unsafe;
  return defaultHandlers.text(node, parent, view, info);
};
/** Per toMarkdown() call (its list of patterns): the patterns' characters, and the patterns by the characters present. */
const patternSets = new WeakMap<Unsafe[], { chars: Set<string>; sets: Map<string, Unsafe[]> }>();

function block(b: Block): RootContent[] {
  switch (b.type) {
    case 'clause':
      return [
        { type: 'heading', depth: (b.level + 1) as 2 | 3 | 4, children: [...numberNodes(b.number, b), ...inlines(b.title)] },
        ...b.children.flatMap(block),
      ];
    case 'paragraph':
      if (b.heading) return [{ type: 'paragraph', children: [{ type: 'strong', children: inlines(b.children) }] }];
      return [{ type: 'paragraph', children: [...(b.number ? numberNodes(b.number, b) : []), ...inlines(b.children)] }];
    case 'list':
      return b.items.map((item) => ({
        type: 'paragraph',
        children: [...numberNodes(item.number, { ...(b.change ? { change: b.change } : {}), ...item }), ...inlines(item.children)],
      }));
    case 'table':
      return [
        {
          type: 'table',
          align: b.align,
          children: b.children.map(
            (row): TableRow => ({ type: 'tableRow', children: row.children.map((cell) => ({ type: 'tableCell', children: cellInlines(cell.children) })) }),
          ),
        },
      ];
    case 'parties':
      return b.parties.map((p) => ({
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: partyHead(p) }, ...inlines(p.name)] },
          ...p.lines.flatMap((l): PhrasingContent[] => [{ type: 'break' }, ...line(l)]),
        ],
      }));
    case 'signature': {
      const [a, b2] = b.parties;
      const rows: TableRow[] = [
        {
          type: 'tableRow',
          children: [a, b2].map((s) => ({ type: 'tableCell', children: [{ type: 'text', value: labelled(s.label) }, ...cellInlines(s.name)] })),
        },
      ];
      for (let i = 0; i < Math.max(a.lines.length, b2.lines.length); i++) {
        rows.push({ type: 'tableRow', children: [a.lines[i], b2.lines[i]].map((l) => ({ type: 'tableCell', children: l ? line(l).flatMap(noBreak) : [] })) });
      }
      // the signature page's note heads the page in every format
      return [
        ...(b.note !== undefined ? [{ type: 'paragraph', children: [{ type: 'text', value: b.note }] } as RootContent] : []),
        { type: 'table', align: [null, null], children: rows },
      ];
    }
    case 'appendix':
      return [{ type: 'heading', depth: 2, children: inlines(b.title) }, ...b.children.flatMap(block)];
    default:
      return unreachable(b);
  }
}

/**
 * A block's number as a redline shows it in every format (docx.ts and typeset.ts mark it too): in
 * the mark of a block deleted or inserted, so that a deleted clause's 六、 does not stand beside
 * the new 六、; a number changed by clauses coming or going, the old struck before the new.
 * Outside a redline, the number as it is.
 */
function numberNodes(number: string, b: Revision): PhrasingContent[] {
  const marked = (n: string, change: Change): PhrasingContent[] => [
    { type: 'html', value: `<${change}>` },
    { type: 'text', value: numbered(n) },
    { type: 'html', value: `</${change}>` },
  ];
  if (b.change) return marked(number, b.change);
  if (b.numberWas !== undefined) return [...marked(b.numberWas, 'del'), ...marked(number, 'ins')];
  return [{ type: 'text', value: numbered(number) }];
}

function line(l: PartyLine): PhrasingContent[] {
  return [{ type: 'text', value: labelled(l.label) }, ...inlines(l.value)];
}

/** The Markdown writer's handler per inline leaf, and its nodes around marked content (tree/types.ts, `inlineRuns`). */
const MDAST: InlineHandlers<PhrasingContent> = {
  leaf: {
    text: (x) => [{ type: 'text', value: x.value }],
    value: (x) => [{ type: 'text', value: x.value }],
    ref: (x) => [{ type: 'text', value: x.text ?? '' }],
    blank: (x) => [{ type: 'text', value: blankText(x.size) }],
    signline: () => [{ type: 'text', value: BLANK }],
    break: () => [{ type: 'break' }],
  },
  wrap: {
    strong: (inner) => [{ type: 'strong', children: joined(inner) }],
    emphasis: (inner) => [{ type: 'emphasis', children: joined(inner) }],
    // a redline: HTML's own marks, which GitHub and most Markdown viewers show struck through / underlined
    change: (inner, change) => [{ type: 'html', value: `<${change}>` }, ...joined(inner), { type: 'html', value: `</${change}>` }],
  },
};

function inlines(xs: Inline[]): PhrasingContent[] {
  return joined(inlineRuns(xs, MDAST));
}

/** Values and references read on as one text with the words around them. */
function joined(xs: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of xs) {
    const prev = out[out.length - 1];
    if (node.type === 'text' && prev?.type === 'text') out[out.length - 1] = { type: 'text', value: prev.value + node.value };
    else out.push(node);
  }
  return out;
}

/** Table cells hold one line: a break inside becomes a space. */
function cellInlines(xs: Inline[]): PhrasingContent[] {
  return inlines(xs).flatMap(noBreak);
}

function noBreak(x: PhrasingContent): PhrasingContent[] {
  return x.type === 'break' ? [{ type: 'text', value: ' ' }] : [x];
}
