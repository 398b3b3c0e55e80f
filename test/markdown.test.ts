// The Markdown writer's fast text handler (writers/markdown.ts) writes what mdast-util-to-markdown's
// own handler writes, byte for byte: random text full of Markdown's special characters, in every
// place the writer puts text (headings, paragraphs with breaks, bold and italic, table cells).

import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { fastText, MARKDOWN_OPTIONS } from '../src/writers/markdown.js';

const CHARS = [
  ...'合同甲方乙方，。：；（）《》“”',
  ...'aZ09',
  ...' \t\n\\!"#$%&\'()*+,-./:;<=>?@[]^_`{|}~',
  '\u00a0',
  '\u007f',
  '\u0001',
  'www.',
  'http://',
  'a@b.cn',
  '1.',
  '- ',
  '# ',
  '> ',
  '|',
  '~~',
  '**',
  '__',
  '&amp;',
  '\\*',
];
const text = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 }).map((xs) => xs.join(''));
const inline: fc.Arbitrary<PhrasingContent> = fc.oneof(
  { weight: 6, arbitrary: text.map((value): PhrasingContent => ({ type: 'text', value })) },
  { weight: 1, arbitrary: fc.constant<PhrasingContent>({ type: 'break' }) },
  { weight: 1, arbitrary: text.map((value): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] })) },
  { weight: 1, arbitrary: text.map((value): PhrasingContent => ({ type: 'emphasis', children: [{ type: 'text', value }] })) },
);
const inlines = fc.array(inline, { minLength: 1, maxLength: 5 });
const block: fc.Arbitrary<RootContent> = fc.oneof(
  inlines.map((children): RootContent => ({ type: 'paragraph', children })),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), inlines)
    .map(([depth, children]): RootContent => ({ type: 'heading', depth: depth as 1 | 2 | 3 | 4, children: children.filter((c) => c.type !== 'break') })),
  fc
    .array(
      fc.array(
        inlines.map((children) => children.filter((c) => c.type !== 'break')),
        { minLength: 2, maxLength: 2 },
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map(
      (rows): RootContent => ({
        type: 'table',
        align: [null, null],
        children: rows.map((cells) => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) })),
      }),
    ),
);

describe('Markdown writer', () => {
  it("the fast text handler writes what mdast-util-to-markdown's writes", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (children) => {
        const root: Root = { type: 'root', children };
        const library = toMarkdown(structuredClone(root), { extensions: [gfmToMarkdown()], ...MARKDOWN_OPTIONS });
        const fast = toMarkdown(structuredClone(root), { extensions: [gfmToMarkdown()], handlers: { text: fastText }, ...MARKDOWN_OPTIONS });
        expect(fast).toBe(library);
      }),
      { seed: 11, numRuns: 400 },
    );
  });
});
