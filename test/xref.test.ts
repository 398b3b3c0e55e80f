// Clause identity in the documents, read as a reader's tools read them: every clause (and annex)
// id is a DOCX bookmark and a PDF named destination of one name; every number a cross-reference
// prints is a REF field (DOCX) and a link (PDF) to that name, showing the number the tree resolved;
// the PDF's outline lists the clauses. No poppler, qpdf or LibreOffice needed: fflate opens the
// DOCX and pdf.js reads the PDF (test/clients/xref.test.ts has LibreOffice and qpdf look too).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as fontkit from 'fontkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../src/assets.js';
import { PAGE } from '../src/layout/page.js';
import { type Typeset, typeset } from '../src/layout/typeset.js';
import { TYPES } from '../src/schema/types/index.js';
import { anchorNames, MAX_ANCHOR } from '../src/tree/anchors.js';
import { numbered, numberTree, STYLES } from '../src/tree/number.js';
import { type Block, type Clause, type ContractDocument, type Inline, plain, type RefPart } from '../src/tree/types.js';
import { forEachBlock, forEachInline, forEachInlines } from '../src/tree/walk.js';
import { writeDocx } from '../src/writers/docx.js';
import type { WriterOptions } from '../src/writers/index.js';
import { writePdf } from '../src/writers/pdf.js';
import { root } from './helpers/check.js';
import { build } from './helpers/pipeline.js';

const OPTIONS: WriterOptions = {
  version: 'test',
  specHash: 'ab'.repeat(32),
  date: new Date('2026-11-20T00:00:00Z'),
  docxFonts: { body: '宋体', heading: '黑体' },
  pdfFonts: bundledFonts(),
};
const example = (id: string) => readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8');
/** Word's rules for a bookmark name it keeps and shows: a letter, then letters, digits and underscores, 40 at most */
const WORD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const unescapeMd = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every clause and annex that has an id, in document order. */
function identified(doc: ContractDocument): (Clause | Extract<Block, { type: 'appendix' }>)[] {
  const out: (Clause | Extract<Block, { type: 'appendix' }>)[] = [];
  forEachBlock(doc.children, (b) => {
    if ((b.type === 'clause' || b.type === 'appendix') && b.id) out.push(b);
  });
  return out;
}
const headingText = (b: Clause | Extract<Block, { type: 'appendix' }>) => (b.type === 'clause' ? `${numbered(b.number)}${plain(b.title)}` : plain(b.title));

/** Each number a cross-reference prints, with the clause it names, in document order. */
function referenced(doc: ContractDocument): Required<RefPart>[] {
  const out: Required<RefPart>[] = [];
  forEachInline(doc.children, (x) => {
    if (x.type === 'ref') for (const p of x.parts ?? []) if (p.id !== undefined) out.push({ text: p.text, id: p.id });
  });
  return out;
}

// ---- the DOCX as Word and LibreOffice read it
interface Field {
  code: string;
  result: string;
}
interface Docx {
  xml: string;
  /** bookmark name → its w:id and the text it holds (hidden text too: a REF field shows it) */
  bookmarks: Map<string, { id: string; text: string; paragraph: string }>;
  fields: Field[];
}
const texts = (xml: string) =>
  [...xml.replace(/<w:noBreakHyphen\/>/g, '<w:t>-</w:t>').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeMd(m[1]!)).join('');
/** a paragraph's text as Word shows it: no hidden runs, no field codes */
const shown = (p: string) =>
  [...p.matchAll(/<w:r>(.*?)<\/w:r>/g)]
    .filter(([, r]) => !r!.includes('<w:vanish/>'))
    .map(([, r]) => texts(r!))
    .join('');

function readDocx(bytes: Uint8Array): Docx {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const bookmarks = new Map<string, { id: string; text: string; paragraph: string }>();
  for (const m of xml.matchAll(/<w:bookmarkStart w:name="([^"]*)" w:id="(\d+)"\/>/g)) {
    const end = xml.indexOf(`<w:bookmarkEnd w:id="${m[2]}"/>`, m.index);
    expect(end, `bookmark ${m[1]} ends`).toBeGreaterThan(m.index);
    expect(bookmarks.has(m[1]!), `bookmark ${m[1]} once`).toBe(false);
    const paragraph = xml.slice(xml.lastIndexOf('<w:p>', m.index), xml.indexOf('</w:p>', m.index));
    bookmarks.set(m[1]!, { id: m[2]!, text: texts(xml.slice(m.index, end)), paragraph });
  }
  const fields = [...xml.matchAll(/<w:fldChar w:fldCharType="begin"\/>(.*?)<w:fldChar w:fldCharType="end"\/>/g)].map(([, f]) => {
    const [code, result] = f!.split('<w:fldChar w:fldCharType="separate"/>');
    return { code: [...code!.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => unescapeMd(m[1]!)).join(''), result: texts(result ?? '') };
  });
  return { xml, bookmarks, fields };
}

// ---- the PDF as a viewer reads it (pdf.js)
interface PdfLink {
  page: number;
  dest: string;
  rect: number[];
}
interface PdfRead {
  dests: Map<string, { page: number; top: number }>;
  outline: { title: string; page: number; items: { title: string; page: number }[] }[];
  links: PdfLink[];
  /** each page's text items: string, left x, baseline y (from the bottom), width */
  items: { str: string; x: number; y: number; w: number }[][];
}
async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pageOf = async (dest: unknown) => pdf.getPageIndex((dest as [{ num: number; gen: number }])[0]);
  const dests = new Map<string, { page: number; top: number }>();
  for (const [name, d] of Object.entries((await pdf.getDestinations()) as Record<string, unknown[]>)) {
    expect((d[1] as { name: string }).name).toBe('XYZ');
    dests.set(name, { page: await pageOf(d), top: d[3] as number });
  }
  type Item = { title: string; dest: unknown; items: Item[] };
  const outline = await Promise.all(
    (((await pdf.getOutline()) ?? []) as Item[]).map(async (o) => ({
      title: o.title,
      page: await pageOf(o.dest),
      items: await Promise.all(o.items.map(async (c) => ({ title: c.title, page: await pageOf(c.dest) }))),
    })),
  );
  const links: PdfLink[] = [];
  const items: PdfRead['items'] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    for (const a of (await page.getAnnotations()) as { subtype: string; dest: unknown; rect: number[]; borderStyle?: { width: number } }[]) {
      if (a.subtype !== 'Link') continue;
      expect(typeof a.dest, 'a link goes to a named destination').toBe('string');
      expect(a.borderStyle?.width ?? 0, 'no box drawn around a link').toBe(0);
      links.push({ page: i - 1, dest: a.dest as string, rect: a.rect });
    }
    const content = await page.getTextContent();
    items.push(
      content.items.flatMap((it) =>
        'str' in it && it.str !== '' ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, w: it.width }] : [],
      ),
    );
  }
  await pdf.destroy();
  return { dests, outline, links, items };
}

// the typesetter with the writer's measure (its faces' advances), for where the glyphs went
type Font = { unitsPerEm: number; glyphForCodePoint(cp: number): { advanceWidth: number } };
const fonts = bundledFonts();
const open = (bytes: Uint8Array) => (fontkit as unknown as { create(b: Buffer): Font }).create(Buffer.from(bytes));
const faces: Record<string, Font> = { body: open(fonts.body.bytes), bold: open(fonts.bold.bytes), heading: open(fonts.heading.bytes) };
const measure = (ch: string, face: string, size: number) => {
  const f = faces[face]!;
  // as the writer computes it: the advance in 1000ths of an em, then at the size
  const advance = (f.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth * 1000) / f.unitsPerEm;
  return (advance * size) / 1000;
};

interface Made {
  doc: ContractDocument;
  docx: Docx;
  pdf: PdfRead;
  laid: Typeset;
  names: Map<string, string>;
}
const made = new Map<string, Promise<Made>>();
function make(key: string, spec: string): Promise<Made> {
  if (!made.has(key)) {
    made.set(
      key,
      (async () => {
        const { doc } = await build(spec);
        return {
          doc,
          docx: readDocx(await writeDocx(doc, OPTIONS)),
          pdf: await readPdf(await writePdf(doc, OPTIONS)),
          laid: typeset(doc, measure),
          names: anchorNames(doc),
        };
      })(),
    );
  }
  return made.get(key)!;
}

describe('anchor names', () => {
  const docOf = (...ids: string[]): ContractDocument => ({
    type: 'document',
    meta: { title: 't', type: 'x', typeName: 'x', locale: 'zh-Hans', draft: false, labels: { contractNumber: '合同编号', footer: '{n}/{m}' } },
    children: ids.map((id): Block => ({ type: 'clause', id, level: 1, number: '', title: [], children: [] })),
  });

  it('an id keeps its spelling, with _ for -', () => {
    expect([...anchorNames(docOf('service-fees', 'confidentiality', 'annex-3')).values()]).toEqual(['service_fees', 'confidentiality', 'annex_3']);
  });

  it('a name Word would refuse, hide or confuse gets a stable hash: too long, a clash (case too), not starting with a letter', () => {
    const long = 'post-termination-non-solicitation-of-project-staff-2027';
    const ids = [long, `${long}-b`, 'a-b', 'a_b', 'Fees', 'fees', '_hidden', '9lives', 'ok'];
    const names = anchorNames(docOf(...ids));
    const all = ids.map((i) => names.get(i)!);
    for (const n of all) expect(n).toMatch(WORD_NAME);
    expect(all.every((n) => n.length <= MAX_ANCHOR)).toBe(true);
    // one name per id, Word comparing names without case
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(ids.length);
    expect(names.get('ok')).toBe('ok');
    for (const clash of ['a-b', 'a_b', 'Fees', 'fees', long]) expect(names.get(clash)).toMatch(/_[0-9a-f]{8}$/);
    expect(names.get(long)!.startsWith('post_termination_non_')).toBe(true);
    // a name depends on its id and its clashes only: the same in another order, or beside other clauses
    const reordered = anchorNames(docOf(...[...ids].reverse(), 'more', 'clauses'));
    for (const i of ids) expect(reordered.get(i)).toBe(names.get(i));
  });
});

describe('cross-references in the tree', () => {
  it('each number a reference prints carries its clause id; the words between carry none; plain() reads as before', () => {
    const clause = (id: string): Block => ({ type: 'clause', id, level: 1, number: '', title: [{ type: 'text', value: id }], children: [] });
    const ref: Inline = { type: 'ref', ids: ['c', 'a', 'missing', 'b'], mode: 'all' };
    const doc: ContractDocument = {
      type: 'document',
      meta: { title: 't', type: 'x', typeName: 'x', locale: 'zh-Hans', draft: false, labels: { contractNumber: '合同编号', footer: '{n}/{m}' } },
      children: [clause('a'), clause('b'), clause('c'), { type: 'paragraph', children: [{ type: 'text', value: '见' }, ref, { type: 'text', value: '。' }] }],
    };
    const out = numberTree(doc, STYLES.article);
    const p = out.children[3] as Extract<Block, { type: 'paragraph' }>;
    const r = p.children[1] as Extract<Inline, { type: 'ref' }>;
    expect(r.parts).toEqual([{ text: '第一条', id: 'a' }, { text: '、' }, { text: '第二条', id: 'b' }, { text: '和' }, { text: '第三条', id: 'c' }]);
    expect(plain(p.children)).toBe('见第一条、第二条和第三条。');
  });

  it.each(TYPES.map((t) => t.id))('%s: every reference is resolved into parts that spell its text', async (id) => {
    const { doc } = await make(id, example(id));
    let refs = 0;
    forEachInline(doc.children, (x) => {
      if (x.type !== 'ref') return;
      refs++;
      expect(x.parts!.map((p) => p.text).join('')).toBe(x.text);
      expect(x.parts!.filter((p) => p.id).every((p) => x.ids.includes(p.id!))).toBe(true);
    });
    expect(refs).toBeGreaterThan(5);
  });
});

describe.each(TYPES.map((t) => t.id))('%s', (id) => {
  it("DOCX: a bookmark per clause and annex id, in its heading, named by Word's rules", async () => {
    const { doc, docx } = await make(id, example(id));
    const blocks = identified(doc);
    expect(blocks.some((b) => b.type === 'appendix')).toBe(true);
    expect(docx.bookmarks.size).toBe(blocks.length);
    const ids = [...docx.bookmarks.values()].map((b) => Number(b.id));
    // w:id counted in document order, so the same tree gives the same bytes
    expect(ids).toEqual(blocks.map((_, i) => i + 1));
    const byHeading = [...docx.bookmarks].map(([name, b]) => ({
      name,
      shown: shown(b.paragraph),
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(b.paragraph)?.[1],
    }));
    blocks.forEach((b, i) => {
      expect(byHeading[i]!.name).toMatch(WORD_NAME);
      expect(byHeading[i]!.shown).toBe(headingText(b));
      expect(byHeading[i]!.style).toBe(b.type === 'clause' ? `Heading${b.level}` : 'AppendixTitle');
    });
  });

  it("DOCX: every number a reference prints is a REF field to its clause's bookmark, showing that number, as does the bookmark", async () => {
    const { doc, docx, names } = await make(id, example(id));
    const refs = referenced(doc);
    expect(refs.length).toBeGreaterThan(5);
    expect(docx.fields.length).toBe(refs.length);
    docx.fields.forEach((f, i) => {
      const m = /^ REF (\S+) \\h \\\* CHARFORMAT $/.exec(f.code);
      expect(m, f.code).not.toBeNull();
      const bookmark = docx.bookmarks.get(m![1]!);
      expect(bookmark, `REF ${m![1]} names a bookmark that exists`).toBeDefined();
      // the stored result is the number the tree printed; the bookmark holds it too, so LibreOffice
      // (which shows what the bookmark holds) and Word after a field update read the same
      expect(f.result).toBe(refs[i]!.text);
      expect(bookmark!.text).toBe(refs[i]!.text);
      expect(m![1]).toBe(names.get(refs[i]!.id));
    });
  });

  it("DOCX: the text as Word shows it is the tree's, reference numbers included", async () => {
    const { doc, docx } = await make(id, example(id));
    const paragraphs = [...docx.xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map(([, p]) => shown(p!));
    let checked = 0;
    forEachInlines(doc.children, (xs) => {
      if (!xs.some((x) => x.type === 'ref')) return;
      checked++;
      expect(paragraphs.some((p) => p.includes(plain(xs).replace(/\n/g, '')))).toBe(true);
    });
    expect(checked).toBeGreaterThan(3);
  });

  it('PDF: a named destination per clause and annex id, named as the DOCX bookmark, at the top of its heading', async () => {
    const { doc, docx, pdf, names } = await make(id, example(id));
    expect(new Set(pdf.dests.keys())).toEqual(new Set(docx.bookmarks.keys()));
    for (const b of identified(doc)) {
      const dest = pdf.dests.get(names.get(b.id!)!)!;
      // the heading's first line: its baseline just below the destination's top, on that page
      const first = headingText(b).replace(/\s/g, '').slice(0, 3);
      const line = pdf.items[dest.page]!.filter((it) => dest.top - it.y > 0 && dest.top - it.y < 30);
      expect(
        line
          .map((it) => it.str)
          .join('')
          .replace(/\s/g, ''),
        `${b.id} on page ${dest.page + 1}`,
      ).toContain(first);
    }
  });

  it('PDF: the outline lists the top clauses and the annexes, with the clauses under them, by number and title', async () => {
    const { doc, pdf, names } = await make(id, example(id));
    const entry = (b: Clause | Extract<Block, { type: 'appendix' }>) => headingText(b).trim();
    const expected: { title: string; items: string[] }[] = [];
    for (const b of doc.children) {
      if (b.type === 'clause' || b.type === 'appendix')
        expected.push({
          title: entry(b),
          items: b.children.flatMap((c) => (c.type === 'clause' && (b.type === 'clause' ? c.level === 2 : c.level === 1) ? [entry(c)] : [])),
        });
    }
    expect(pdf.outline.map((o) => ({ title: o.title, items: o.items.map((c) => c.title) }))).toEqual(expected);
    expect(expected.some((e) => e.title.startsWith('附件'))).toBe(true);
    // each entry on its heading's page
    const byTitle = new Map(identified(doc).map((b) => [entry(b), pdf.dests.get(names.get(b.id!)!)!.page]));
    for (const o of pdf.outline.flatMap((o) => [o, ...o.items])) if (byTitle.has(o.title)) expect(o.page).toBe(byTitle.get(o.title));
  });

  it("PDF: every number a reference prints is a link to its clause's destination, over that number's glyphs", async () => {
    const { doc, pdf, laid, names } = await make(id, example(id));
    // the layout placed the links the PDF has, in order
    expect(pdf.links.length).toBe(laid.links.length);
    pdf.links.forEach((l, i) => {
      const box = laid.links[i]!;
      expect(l.page).toBe(box.page);
      expect(l.dest).toBe(names.get(box.id));
      expect(pdf.dests.has(l.dest)).toBe(true);
      const [x1, y1, x2, y2] = l.rect as [number, number, number, number];
      [box.x, PAGE.height - box.y - box.h, box.x + box.w, PAGE.height - box.y].forEach((v, j) => expect(l.rect[j]).toBeCloseTo(v, 2));
      // the glyphs the layout drew inside the box are the number's
      const inside = laid.pages[box.page]!.marks.flatMap((m) =>
        m.type === 'text'
          ? m.glyphs.filter((g) => g.x >= box.x - 0.01 && g.x < box.x + box.w - 0.01 && m.y > box.y && m.y < box.y + box.h).map((g) => g.ch)
          : [],
      );
      expect(inside.join('')).toBe(box.text);
      // and pdf.js finds that text on that line of the page, across the box
      const over = pdf.items[l.page]!.filter((it) => it.y > y1 && it.y < y2 && it.x < x2 && it.x + it.w > x1);
      expect(
        over
          .map((it) => it.str)
          .join('')
          .replace(/\s/g, ''),
      ).toContain(box.text);
    });
    // read in order, the linked numbers are the references' numbers (one split over two lines is two boxes)
    let k = 0;
    for (const r of referenced(doc)) {
      let text = '';
      while (text.length < r.text.length && k < laid.links.length) {
        expect(laid.links[k]!.id).toBe(r.id);
        text += laid.links[k++]!.text;
      }
      expect(text).toBe(r.text);
    }
    expect(k).toBe(laid.links.length);
  });
});

describe('a custom clause whose id Word would not take as it is', () => {
  // 55 characters, and one spelled as another clause's id but for case
  const spec = example('work-contract').replace(
    /^ {2}replace:\n/m,
    '    - id: post-termination-non-solicitation-of-project-staff-2027\n      title: 终止后的人员安排\n      after: non-solicitation\n      text: 本合同终止后，双方另行协商项目人员的安排。\n    - id: nON-solicitation\n      title: 补充约定\n      after: non-solicitation\n      text: 双方另有约定的，从其约定。\n  replace:\n',
  );

  it('gets one short hashed name, the same in the DOCX and the PDF', async () => {
    const { docx, pdf, names } = await make('custom', spec);
    for (const id of ['post-termination-non-solicitation-of-project-staff-2027', 'nON-solicitation', 'non-solicitation']) {
      const name = names.get(id)!;
      expect(name).toMatch(WORD_NAME);
      expect(name).toMatch(/_[0-9a-f]{8}$/);
      expect(docx.bookmarks.has(name)).toBe(true);
      expect(pdf.dests.has(name)).toBe(true);
    }
  });

  it('and the same spec gives the same bytes', async () => {
    const { doc } = await build(spec);
    const again = (await build(spec)).doc;
    expect(Buffer.from(await writeDocx(again, OPTIONS)).equals(Buffer.from(await writeDocx(doc, OPTIONS)))).toBe(true);
    expect(Buffer.from(await writePdf(again, OPTIONS)).equals(Buffer.from(await writePdf(doc, OPTIONS)))).toBe(true);
  });
});
