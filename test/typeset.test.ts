// The page typesetter as a typesetter would check it, on every example set in the bundled faces:
// every full line of body text ends at the right margin (两端对齐), no paragraph leaves a single
// line at a page foot or head, nothing is drawn outside the page's text area but the running
// header and the footer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../src/assets.js';
import { PAGE, PARA } from '../src/layout/page.js';
import { type Typeset, typeset } from '../src/layout/typeset.js';
import { TYPES } from '../src/schema/types/index.js';
import { root } from './helpers/check.js';
import { build } from './helpers/pipeline.js';

type Font = { unitsPerEm: number; glyphForCodePoint(cp: number): { advanceWidth: number } };
const fonts = bundledFonts();
const open = (bytes: Uint8Array) => (fontkit as unknown as { create(b: Buffer): Font }).create(Buffer.from(bytes));
const faces: Record<string, Font> = { body: open(fonts.body.bytes), bold: open(fonts.heading.bytes), heading: open(fonts.heading.bytes) };
const measure = (ch: string, face: string, size: number) => (faces[face]!.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth * size) / faces[face]!.unitsPerEm;

const OPENING = new Set('（《「『【“‘');
const laid = new Map<string, Promise<Typeset>>();
const of = (id: string) => {
  if (!laid.has(id))
    laid.set(
      id,
      build(readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8')).then(({ doc }) => typeset(doc, measure)),
    );
  return laid.get(id)!;
};

describe.each(TYPES.map((t) => t.id))('%s, typeset', (id) => {
  it('every full line of body text is justified to the right margin', async () => {
    const { lines } = await of(id);
    const full = lines.filter((l) => !l.last);
    expect(full.length).toBeGreaterThan(100);
    const ragged = full.filter((l) => !l.justified || Math.abs(l.end - l.right) > 0.05);
    expect(ragged).toEqual([]);
    // and no line runs past it
    expect(lines.filter((l) => l.end > l.right + 0.05)).toEqual([]);
  });

  it('no widow or orphan: a paragraph split across pages keeps at least two lines on each', async () => {
    const { lines } = await of(id);
    const byParagraph = new Map<number, Map<number, number>>();
    for (const l of lines) {
      const pages = byParagraph.get(l.paragraph) ?? new Map<number, number>();
      pages.set(l.page, (pages.get(l.page) ?? 0) + 1);
      byParagraph.set(l.paragraph, pages);
    }
    const split = [...byParagraph.entries()].filter(([, pages]) => pages.size > 1);
    const lonely = split.filter(([, pages]) => [...pages.values()].some((n) => n < 2));
    expect(lonely).toEqual([]);
  });

  it('draws text only inside the text area, but for the header and the footer', async () => {
    const { pages } = await of(id);
    pages.forEach((p) => {
      for (const m of p.marks) {
        if (m.type !== 'text') continue;
        const inHeader = m.y < PAGE.margin.top;
        const inFooter = m.y > PAGE.height - PAGE.margin.bottom;
        if (inHeader) expect(m.y).toBeCloseTo(PAGE.headerFromTop, 0);
        else if (inFooter) expect(m.y).toBeCloseTo(PAGE.height - PAGE.footerFromBottom, 0);
        // a squeezed opening bracket gives up its blank left half and is drawn that much further
        // left (linebreak.ts, Glyph); its ink stays inside the text area
        for (const g of m.glyphs) {
          const givenUp = OPENING.has(g.ch) ? measure(g.ch, m.face, m.size) / 2 : 0;
          expect(g.x + givenUp).toBeGreaterThanOrEqual(PAGE.margin.left - 0.01);
        }
      }
    });
  });

  it('D4 D5 D13: no letter-spaced body line (no junction stretched a quarter em), no last line of one character', async () => {
    const { lines, pages } = await of(id);
    const HAN = /\p{Script=Han}/u;
    const loose: string[] = [];
    const runts: string[] = [];
    for (const l of lines) {
      // the glyphs drawn on this line: its baseline, between its margins
      const base = l.y + PARA.body.pitch / 2 + PARA.body.size * 0.38;
      const gs = pages[l.page]!.marks.flatMap((m) =>
        m.type === 'text' && Math.abs(m.y - base) < 0.5
          ? m.glyphs
              .filter((g) => (g.x >= l.left - 0.01 || (OPENING.has(g.ch) && g.x >= l.left - 7)) && g.x < l.right)
              .map((g) => ({ ...g, face: m.face, size: m.size }))
          : [],
      );
      gs.sort((a, b) => a.x - b.x);
      const text = gs.map((g) => g.ch).join('');
      if (l.justified && !l.last)
        for (let k = 1; k < gs.length; k++) {
          const a = gs[k - 1]!;
          const b = gs[k]!;
          // a junction at a hanzi or a full-width mark, in glyphs the face has (others are set in a fallback face)
          const wide = (ch: string) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u.test(ch);
          const has = (ch: string, face: string) =>
            (faces[face] as unknown as { hasGlyphForCodePoint(cp: number): boolean }).hasGlyphForCodePoint(ch.codePointAt(0)!);
          if (!(wide(a.ch) || wide(b.ch)) || !has(a.ch, a.face) || !has(b.ch, b.face)) continue;
          if (/[=+−÷×]/.test(a.ch + b.ch)) continue; // a formula's operators are set apart on purpose (D25)
          const auto = (HAN.test(a.ch) && /[A-Za-z0-9%]/.test(b.ch)) || (/[A-Za-z0-9%]/.test(a.ch) && HAN.test(b.ch)) ? 0.25 * a.size : 0;
          const gap = b.x - (a.x + measure(a.ch, a.face, a.size)) - auto;
          if (gap > 0.25 * a.size) loose.push(`p${l.page + 1} ${a.ch}${b.ch} ${(gap / a.size).toFixed(2)} em: ${text}`);
        }
      if (l.last && l.of > 1 && text.replace(/[，。、；：？！）》」』】”’]/g, '').length <= 1) runts.push(`p${l.page + 1}: ${text}`);
    }
    expect(loose).toEqual([]);
    expect(runts).toEqual([]);
  });

  it('D12: no page leaves more than 5 empty lines at its foot, but before an annex, the signatures or the end', async () => {
    const { pages, anchors } = await of(id);
    const bottom = PAGE.height - PAGE.margin.bottom;
    const holes: string[] = [];
    pages.forEach((p, i) => {
      if (i === pages.length - 1) return;
      const next = pages[i + 1]!.marks.filter((m) => m.type === 'text' && m.y > PAGE.margin.top && m.y < bottom);
      const nextText = next.map((m) => (m.type === 'text' ? m.glyphs.map((g) => g.ch).join('') : '')).join('');
      const annex = anchors.some((a) => a.page === i + 1 && a.level === 1 && a.title.startsWith('附件') && a.y < PAGE.margin.top + 30);
      if (annex || /盖章|無正文|无正文/.test(nextText.slice(0, 80))) return;
      let used = 0;
      for (const m of p.marks) {
        if (m.type === 'text' && m.y < bottom && m.y > PAGE.margin.top) used = Math.max(used, m.y + 5);
        if (m.type === 'rect') used = Math.max(used, m.y + m.h);
      }
      const empty = (bottom - used) / PARA.body.pitch;
      if (empty > 5) holes.push(`p${i + 1}: ${empty.toFixed(1)} lines`);
    });
    expect(holes).toEqual([]);
  });

  it('a heading never ends a page: text or a sub-heading follows it on the same page', async () => {
    const { anchors, lines } = await of(id);
    expect(anchors.length).toBeGreaterThan(5);
    const stranded = anchors.filter((a) => !lines.some((l) => l.page === a.page && l.y > a.y) && !anchors.some((b) => b.page === a.page && b.y > a.y));
    // the last heading of the document may be followed by a table or the signatures only
    expect(stranded.filter((a) => a !== anchors[anchors.length - 1])).toEqual([]);
  });
});

describe('extreme values', () => {
  it('a 500-character party name keeps the signatures in two columns and never draws into the footer', async () => {
    const long = `南京${'华康健康科技'.repeat(80)}有限公司`;
    const spec = readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8').replace(/^(\s+name: )南京华康健康科技有限公司$/m, `$1${long}`);
    const { pages } = typeset((await build(spec)).doc, measure);
    const bottom = PAGE.height - PAGE.margin.bottom;
    for (const p of pages)
      for (const m of p.marks) if (m.type === 'text' && Math.abs(m.y - (PAGE.height - PAGE.footerFromBottom)) > 1) expect(m.y).toBeLessThanOrEqual(bottom);
    // both parties' labels on one baseline, one in each half of the text width
    const labels = pages
      .flatMap((p) => p.marks)
      .filter((m): m is Extract<typeof m, { type: 'text' }> => m.type === 'text' && /^[甲乙]方（盖章）/.test(m.glyphs.map((g) => g.ch).join('')));
    expect(labels).toHaveLength(2);
    expect(labels[0]!.y).toBe(labels[1]!.y);
    expect(labels[1]!.glyphs[0]!.x).toBeGreaterThan(PAGE.width / 2 - 20);
  });

  it('a table cell longer than a page is split across pages, the header row repeated, nothing in the footer', async () => {
    const spec = readFileSync(join(root, 'examples', 'service-contract.yaml'), 'utf8');
    const { doc } = await build(spec);
    // make the first data cell of the first table very long
    const tables: Extract<(typeof doc.children)[number], { type: 'table' }>[] = [];
    const find = (bs: typeof doc.children) =>
      bs.forEach((b) => (b.type === 'table' ? tables.push(b) : b.type === 'clause' || b.type === 'appendix' ? find(b.children) : undefined));
    find(doc.children);
    tables[0]!.children[1]!.children[1]!.children = [{ type: 'value', value: '很长的说明文字，'.repeat(600) }];
    const { pages } = typeset(doc, measure);
    const bottom = PAGE.height - PAGE.margin.bottom;
    const header = tables[0]!.children[0]!.children.map((c) => c.children.map((x) => ('value' in x ? x.value : '')).join(''))[0]!;
    let repeated = 0;
    for (const p of pages) {
      for (const m of p.marks) {
        if (m.type === 'rect') expect(m.y + m.h).toBeLessThanOrEqual(bottom + 0.01);
        if (m.type === 'text' && Math.abs(m.y - (PAGE.height - PAGE.footerFromBottom)) > 1) expect(m.y).toBeLessThanOrEqual(bottom);
      }
      if (p.marks.some((m) => m.type === 'text' && m.glyphs.map((g) => g.ch).join('') === header)) repeated++;
    }
    expect(repeated).toBeGreaterThan(2);
  });
});
