// An annex's body given as a Markdown file (annexes[].file): the user's own structure — paragraphs,
// lists, tables, bold, italic, headings as bold lines — with every word a value, printed as written
// (in the contract's script). Parsed on its own, never through the templates, so nothing in it can
// become a clause, a cross-reference or a marker. What the tree cannot hold is reported by line.
import type { PhrasingContent, RootContent } from 'mdast';
import { type Block, type Inline, tableRow } from '../tree/types.js';
import { parseMarkdown } from './from-markdown.js';

export interface AnnexMarkdownError {
  line: number;
  what: string;
}

/** Largest annex file read: a long price list fits many times over. */
export const MAX_ANNEX_BYTES = 256 * 1024;

// the characters a spec's text may not hold (see primitives.ts): invisible marks, controls
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uE000-\uF8FF\uFEFF\uFFF9-\uFFFB]/u;

export function annexMarkdown(text: string): { ok: true; blocks: Block[] } | { ok: false; errors: AnnexMarkdownError[] } {
  const errors: AnnexMarkdownError[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((l, i) => {
      const m = INVISIBLE.exec(l);
      if (m) errors.push({ line: i + 1, what: `an invisible or control character (U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})` });
    });
  if (errors.length) return { ok: false, errors };
  const root = parseMarkdown(text.replace(/^\uFEFF/, ''));
  const fail = (n: RootContent | PhrasingContent, what: string) => {
    const line = n.position?.start.line ?? 1;
    // an HTML element's opening and closing tags are one mistake
    if (!errors.some((e) => e.line === line && e.what === what)) errors.push({ line, what });
  };

  const inlines = (nodes: PhrasingContent[]): Inline[] =>
    nodes.flatMap((n): Inline[] => {
      switch (n.type) {
        // a soft line break inside a paragraph joins the lines, as Chinese text is written
        case 'text':
          return n.value ? [{ type: 'value', value: n.value.replace(/[ \t]*\n[ \t]*/g, '') }] : [];
        case 'strong':
          return [{ type: 'strong', children: inlines(n.children) }];
        case 'emphasis':
          return [{ type: 'emphasis', children: inlines(n.children) }];
        case 'break':
          return [{ type: 'break' }];
        default:
          fail(n, `${article(n.type)} (an annex holds paragraphs, lists, tables, bold and italic)`);
          return [];
      }
    });

  const blocks: Block[] = [];
  for (const node of root.children) {
    switch (node.type) {
      case 'paragraph':
        blocks.push({ type: 'paragraph', children: inlines(node.children) });
        break;
      case 'heading':
        blocks.push({ type: 'paragraph', children: [{ type: 'strong', children: inlines(node.children) }] });
        break;
      case 'list':
        blocks.push({
          type: 'list',
          items: node.children.map((item) => {
            const parts: Inline[] = [];
            for (const child of item.children) {
              if (child.type !== 'paragraph') {
                fail(child, `${article(child.type)} inside a list item (lists do not nest)`);
                continue;
              }
              if (parts.length) parts.push({ type: 'break' });
              parts.push(...inlines(child.children));
            }
            return { number: '', children: parts };
          }),
        });
        break;
      case 'table':
        blocks.push({
          type: 'table',
          children: node.children.map((row) => tableRow(row.children.map((cell) => inlines(cell.children)))),
          align: (node.align ?? []).map((a) => a ?? null),
        });
        break;
      case 'thematicBreak':
      case 'definition':
        break;
      default:
        fail(node, `${article(node.type)} (an annex holds paragraphs, lists, tables, bold and italic)`);
    }
  }
  if (!errors.length && !blocks.length) errors.push({ line: 1, what: 'no text' });
  return errors.length ? { ok: false, errors } : { ok: true, blocks };
}

const NAMES: Record<string, string> = {
  code: 'a code block',
  inlineCode: 'inline code',
  html: 'HTML',
  blockquote: 'a block quote',
  link: 'a link',
  image: 'an image',
  linkReference: 'a link',
  imageReference: 'an image',
  footnoteReference: 'a footnote',
  footnoteDefinition: 'a footnote',
  delete: 'struck-through text',
};
const article = (type: string) => NAMES[type] ?? `a ${type}`;
