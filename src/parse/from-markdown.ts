// Stage 4: rendered Markdown + plain data → the closed document tree. A real Markdown parser (mdast,
// GFM tables, CJK-friendly emphasis) reads the structure; each token becomes its node (a value, a
// blank, a cross-reference) once, here, so no later stage decodes text; headings `## 标题 {#id}`
// become clauses nested by level. Numbers and cross-references are resolved by tree/number.ts.
import type { Heading, List as MdList, Table as MdTable, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { gfm } from 'micromark-extension-gfm';
import { TemplateError } from '../errors/diagnostic.js';
import type { ValueTable } from '../render/values.js';
import { TOKEN_RE } from '../render/values.js';
import {
  type Appendix,
  type Block,
  type Clause,
  type ContractDocument,
  type DocumentMeta,
  type Inline,
  type ListItem,
  type PartiesBlock,
  plain,
  type SignatureBlock,
  type TableCell,
  type TableRow,
} from '../tree/types.js';

export interface BuildContext {
  table: ValueTable;
  /** name shown in errors about the rendered text (the main template) */
  source: string;
  /** the templates are the package's own (a fault is a bug) */
  bundled: boolean;
  /** the document's metadata; its title is replaced by the template's `# title` when it has one */
  meta: DocumentMeta;
  /** where the template says {{parties}} and {{signature}}: plain data from the render stage */
  parties: PartiesBlock;
  signature: SignatureBlock;
}

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm(), cjkFriendlyExtension()], mdastExtensions: [gfmFromMarkdown()] });
}

export function markdownToTree(markdown: string, ctx: BuildContext): ContractDocument {
  const root = parseMarkdown(markdown);
  const fail = failWith(ctx);
  const t: Builder = { ctx, fail, inlines: inlinesWith(ctx, fail), top: [], stack: [] };
  for (const node of root.children) {
    switch (node.type) {
      case 'heading':
        onHeading(t, node);
        break;
      case 'paragraph':
        onParagraph(t, node);
        break;
      case 'list':
        add(t, listOf(node, t.inlines, fail));
        break;
      case 'table':
        add(t, tableOf(node, t.inlines));
        break;
      case 'definition':
        break;
      default:
        fail(node, `a ${node.type} node`);
    }
  }
  const { title } = t;
  return { type: 'document', meta: { ...ctx.meta, ...(title !== undefined ? { title } : {}) }, children: t.top };
}

type Fail = (node: RootContent | PhrasingContent | undefined, what: string) => never;

/** The tree as it is built: the top level, the clauses still open (innermost last), the title. */
interface Builder {
  ctx: BuildContext;
  fail: Fail;
  inlines: (nodes: PhrasingContent[]) => Inline[];
  top: Block[];
  stack: (Clause | Appendix)[];
  title?: string;
}

/** A block goes into the innermost open clause, or the top level. */
const add = (t: Builder, b: Block) => {
  const open = t.stack.at(-1);
  (open ? open.children : t.top).push(b);
};

/** The level of the innermost open clause; 0 for an appendix or none. */
const openLevel = (stack: readonly (Clause | Appendix)[]): number => {
  const open = stack.at(-1);
  return !open || open.type === 'appendix' ? 0 : open.level;
};

/** Markdown the tree cannot hold: a template error at its place in the rendered Markdown. */
function failWith(ctx: BuildContext): Fail {
  return (node, what) => {
    throw new TemplateError(
      [
        {
          ruleId: 'template/markdown',
          file: ctx.source,
          pos: { line: node?.position?.start.line ?? 1, col: node?.position?.start.column ?? 1 },
          path: '',
          expected: 'Markdown the contract tree can hold (headings, paragraphs, lists, tables, bold, italic)',
          got: what,
          hint: 'positions are in the rendered Markdown; check the template that produces it',
        },
      ],
      ctx.bundled,
    );
  };
}

function inlinesWith(ctx: BuildContext, fail: Fail): (nodes: PhrasingContent[]) => Inline[] {
  const inlines = (nodes: PhrasingContent[]): Inline[] => {
    const out: Inline[] = [];
    for (const n of nodes) {
      switch (n.type) {
        case 'text':
          out.push(...detokenise(n.value, ctx.table, ctx.source, ctx.bundled));
          break;
        case 'strong':
          out.push({ type: 'strong', children: inlines(n.children) });
          break;
        case 'emphasis':
          out.push({ type: 'emphasis', children: inlines(n.children) });
          break;
        case 'break':
          out.push({ type: 'break' });
          break;
        default:
          fail(n, `a ${n.type} node`);
      }
    }
    return mergeText(out);
  };
  return inlines;
}

/** `#` is the title; `##`-`####` open a clause under the open one a level up; `.appendix` opens an appendix. */
function onHeading(t: Builder, node: Heading): void {
  const { fail, stack } = t;
  const { text, id, classes } = headingParts(node, t.inlines);
  if (node.depth === 1) {
    if (t.title !== undefined) fail(node, 'a second title (# heading)');
    t.title = plainText(text);
    return;
  }
  if (node.depth > 4) fail(node, `a heading of depth ${node.depth} (clauses go three levels deep: ##, ###, ####)`);
  const level = (node.depth - 1) as 1 | 2 | 3;
  if (classes.includes('appendix')) {
    if (level !== 1) fail(node, 'an appendix heading below the top level');
    stack.length = 0;
    const appendix: Appendix = { type: 'appendix', title: text, children: [], ...(id ? { id } : {}) };
    t.top.push(appendix);
    stack.push(appendix);
    return;
  }
  while (stack.length && openLevel(stack) >= level) stack.pop();
  const parentLevel = openLevel(stack);
  if (level > parentLevel + 1) fail(node, `a level-${level} clause directly under a level-${parentLevel} one`);
  const clause: Clause = { type: 'clause', level, number: '', title: text, children: [], ...(id ? { id } : {}) };
  add(t, clause);
  stack.push(clause);
}

/** A paragraph: an annex's blocks, the parties, the signature, or text (one paragraph per blank line in a value). */
function onParagraph(t: Builder, node: Paragraph): void {
  const { ctx } = t;
  // an annex's own Markdown, parsed on its own: its words are the user's values (prose, converted
  // in a Traditional build by ValueTable.convertProse before this stage)
  const [first] = node.children;
  const text = node.children.length === 1 && first?.type === 'text' ? first.value.trim() : undefined;
  const only = text !== undefined ? ctx.table.get(text) : undefined;
  if (only?.kind === 'blocks') {
    for (const b of only.blocks) add(t, structuredClone(b));
    return;
  }
  const marker = text !== undefined ? markerOf(text, ctx.table) : undefined;
  if (marker === 'parties') {
    add(t, structuredClone(ctx.parties));
  } else if (marker === 'signature') {
    t.stack.length = 0; // the signature closes the body; what follows is appendices
    t.top.push(structuredClone(ctx.signature));
  } else {
    const children = t.inlines(node.children);
    // a paragraph all bold directly in an annex is its sub-heading
    const [only] = children;
    if (children.length === 1 && only?.type === 'strong' && t.stack.at(-1)?.type === 'appendix') {
      add(t, { type: 'paragraph', heading: true, children: only.children });
      return;
    }
    const align = alignOf(children);
    // a value with blank lines in it (two breaks in a row) is several paragraphs
    // a value of several paragraphs set as a display: its first is the formula, the rest explain it
    splitParagraphs(align.children).forEach((part, i) =>
      add(t, { type: 'paragraph', children: part, ...(align.align ? { align: align.align } : {}), ...(align.display && i === 0 ? { display: true } : {}) }),
    );
  }
}

/** `## 保密条款 {#confidentiality .optional}` → text, id, classes. */
function headingParts(node: Heading, inlines: (n: PhrasingContent[]) => Inline[]) {
  const children = [...node.children];
  const last = children[children.length - 1];
  let id: string | undefined;
  let classes: string[] = [];
  if (last?.type === 'text') {
    const m = /\s*\{([^{}]*)\}\s*$/.exec(last.value);
    if (m && /^(\s*[#.][\w-]+)+\s*$/.test(m[1]!)) {
      for (const part of m[1]!.trim().split(/\s+/)) {
        if (part.startsWith('#')) id = part.slice(1);
        else classes.push(part.slice(1));
      }
      children[children.length - 1] = { ...last, value: last.value.slice(0, m.index) };
    }
  }
  classes = classes.filter(Boolean);
  return { text: inlines(children), id, classes };
}

/** A paragraph may carry {.center} or {.right} at its end, or {.display} (a formula set apart). */
function alignOf(children: Inline[]): { children: Inline[]; align?: 'center' | 'right'; display?: true } {
  const last = children[children.length - 1];
  if (last?.type === 'text') {
    const d = /\s*\{\.display\}\s*$/.exec(last.value);
    if (d) return { children: mergeText([...children.slice(0, -1), { type: 'text', value: last.value.slice(0, d.index) }]), display: true };
    const m = /\s*\{\.(center|right)\}\s*$/.exec(last.value);
    if (m) return { children: mergeText([...children.slice(0, -1), { type: 'text', value: last.value.slice(0, m.index) }]), align: m[1] as 'center' | 'right' };
  }
  return { children };
}

function listOf(node: MdList, inlines: (n: PhrasingContent[]) => Inline[], fail: (n: RootContent, what: string) => never): Block {
  return {
    type: 'list',
    items: node.children.map((item) => {
      const parts: Inline[] = [];
      for (const child of item.children) {
        if (child.type !== 'paragraph') fail(child, `a ${child.type} inside a list item (lists do not nest)`);
        if (parts.length) parts.push({ type: 'break' });
        parts.push(...inlines((child as { children: PhrasingContent[] }).children));
      }
      return node.ordered ? { number: '', children: parts } : ownMarker(parts);
    }),
  };
}

/** An item of a `-` list names itself: the words up to its first ： are its marker (附件一：), hung as a number is. */
function ownMarker(parts: Inline[]): ListItem {
  const [first, ...rest] = parts;
  const m = first?.type === 'text' ? /^[^：\s]{1,8}：/.exec(first.value) : null;
  if (!m || first?.type !== 'text') return { number: '', children: parts };
  return { number: m[0], children: mergeText([{ type: 'text', value: first.value.slice(m[0].length) }, ...rest]) };
}

function tableOf(node: MdTable, inlines: (n: PhrasingContent[]) => Inline[]): Block {
  return {
    type: 'table',
    children: node.children.map((row): TableRow => ({ type: 'tableRow', children: row.children.map((cell) => cellOf(inlines(cell.children))) })),
    align: (node.align ?? []).map((a) => a ?? null),
  };
}

/** A form's cell may end in {.write} (a narrative answer) or {.seal} (a seal and a signature): the room a pen needs. */
function cellOf(children: Inline[]): TableCell {
  const last = children[children.length - 1];
  const m = last?.type === 'text' ? /\s*\{\.(write|seal)\}\s*$/.exec(last.value) : null;
  if (!m || last?.type !== 'text') return { type: 'tableCell', children };
  const rest = mergeText([...children.slice(0, -1), { type: 'text', value: last.value.slice(0, m.index) }]);
  return { type: 'tableCell', children: rest, room: m[1] === 'write' ? 'text' : 'seal' };
}

function markerOf(text: string, table: ValueTable): 'parties' | 'signature' | undefined {
  const v = table.get(text);
  return v?.kind === 'marker' ? v.name : undefined;
}

/** Text with tokens → template text, value nodes, blanks and cross-references, once. */
function detokenise(text: string, table: ValueTable, source: string, bundled: boolean): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    const v = table.byId(m[1]!);
    switch (v.kind) {
      case 'text':
        // a value's own line breaks stay line breaks, never Markdown structure; the value is the
        // user's: an identity value as written in every locale, prose as converted (T-M1) before this stage
        v.value.split(/\r\n|\r|\n/).forEach((line, i) => {
          if (i > 0) out.push({ type: 'break' });
          if (line !== '') out.push({ type: 'value', value: line });
        });
        break;
      case 'blank':
        out.push(v.size ? { type: 'blank', size: v.size } : { type: 'blank' });
        break;
      case 'ref': {
        const i = v.where.lastIndexOf(':');
        out.push({ type: 'ref', ids: [v.id], mode: 'one', where: { file: v.where.slice(0, i), line: Number(v.where.slice(i + 1)) } });
        break;
      }
      case 'refs':
        out.push({ type: 'ref', ids: v.ids, mode: v.first ? 'first' : 'all' });
        break;
      case 'blocks':
        throw new TemplateError(
          [
            {
              file: source,
              pos: { line: 1, col: 1 },
              path: '',
              ruleId: 'template/marker',
              expected: '{{annexBody}} on a line of its own',
              got: 'an annex body inside a sentence',
            },
          ],
          bundled,
        );
      case 'marker':
        // a marker is a paragraph of its own; inside text it is a template mistake
        throw new TemplateError(
          [
            {
              file: source,
              pos: { line: 1, col: 1 },
              path: '',
              ruleId: 'template/marker',
              expected: '{{parties}} and {{signature}} on a line of their own',
              got: `{{${v.name}}} inside a sentence`,
            },
          ],
          bundled,
        );
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

export function mergeText(xs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const x of xs) {
    const prev = out[out.length - 1];
    if (x.type === 'text' && prev?.type === 'text') out[out.length - 1] = { type: 'text', value: prev.value + x.value };
    else if (x.type !== 'text' || x.value !== '') out.push(x);
  }
  return out;
}

/** the title as one line: a line break reads as a space */
const plainText = (xs: Inline[]): string => plain(xs).replace(/\n/g, ' ');

function splitParagraphs(xs: Inline[]): Inline[][] {
  const parts: Inline[][] = [[]];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x === undefined) continue;
    if (x.type === 'break' && xs[i + 1]?.type === 'break') {
      while (xs[i + 1]?.type === 'break') i++;
      parts.push([]);
    } else if (x.type === 'text' && x.value === '') {
    } else parts.at(-1)?.push(x);
  }
  return parts.map((p) => trimBreaks(p)).filter((p) => p.length > 0);
}

function trimBreaks(xs: Inline[]): Inline[] {
  let a = 0;
  let b = xs.length;
  while (a < b && xs[a]?.type === 'break') a++;
  while (b > a && xs[b - 1]?.type === 'break') b--;
  return xs.slice(a, b);
}
