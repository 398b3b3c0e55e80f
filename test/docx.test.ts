// The DOCX as a user's tools read it: unzipped, its styles, text, footer and properties checked;
// the same bytes every time, whatever the clock or time zone; word/document.xml of every example
// kept as a golden file (regenerate with `npm run golden` and review the diff).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../src/assets.js';
import { write } from '../src/convert.js';
import { decideLayout } from '../src/layout/decide.js';
import { findType, TYPES } from '../src/schema/types/index.js';
import { numbered } from '../src/tree/number.js';
import { type Block, type ContractDocument, plain, type SignatureBlock } from '../src/tree/types.js';
import { writeDocx } from '../src/writers/docx.js';
import type { WriterOptions } from '../src/writers/index.js';
import { pageLayout } from '../src/writers/measure.js';
import { writePdf } from '../src/writers/pdf.js';
import { root } from './helpers/check.js';
import { run } from './helpers/cli.js';
import { expectGolden } from './helpers/golden.js';
import { readPdf } from './helpers/pdf.js';
import { build, memoisedBuild } from './helpers/pipeline.js';

const spec = (id: string) => readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8');

const OPTIONS: WriterOptions = {
  version: 'test',
  specHash: '0'.repeat(64),
  date: new Date('2026-11-20T00:00:00Z'),
  docxFonts: { body: '宋体', heading: '黑体' },
};

interface Built {
  doc: ContractDocument;
  bytes: Uint8Array;
  part: (name: string) => string;
  names: string[];
}

const built = new Map<string, Promise<Built>>();
/** each example compiled once for the file, whatever the writer's options */
const compiled = memoisedBuild();

/** The example built as a DOCX and unzipped; once per example and options (the tests only read it). */
function docx(id: string, options: Partial<WriterOptions> = {}): Promise<Built> {
  const key = JSON.stringify([id, options]);
  if (!built.has(key)) built.set(key, makeDocx(id, options, compiled));
  return built.get(key)!;
}

/** The example compiled (afresh unless a memoised `compile` is given) and written as a DOCX. */
async function makeDocx(id: string, options: Partial<WriterOptions>, compile: typeof build = build): Promise<Built> {
  const { doc } = await compile(spec(id));
  const bytes = await writeDocx(doc, { ...OPTIONS, ...options });
  const parts = unzipSync(bytes);
  return {
    doc,
    bytes,
    names: Object.keys(parts),
    part: (name) => {
      const p = parts[name];
      if (!p) throw new Error(`no ${name} in the package`);
      return strFromU8(p);
    },
  };
}

const unescapeMd = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface Para {
  style: string;
  text: string;
  xml: string;
}

/** The paragraphs of a part in order, with their style and their text as Word shows it. */
function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map(([, p]) => ({
    xml: p!,
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p!)?.[1] ?? '',
    // the tab after a hanging number stands for the space the tree puts after it; hidden runs (a
    // cross-reference's bookmark text) are not shown
    text: [...p!.matchAll(/<w:r>(.*?)<\/w:r>/g)]
      .filter(([, r]) => !r!.includes('<w:vanish/>'))
      .flatMap(([, r]) => [...r!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>|<w:noBreakHyphen\/>/g)])
      // a non-breaking hyphen (D6) reads as the hyphen it is
      .map((m) => (m[0] === '<w:br/>' ? '\n' : m[0] === '<w:tab/>' ? ' ' : m[0] === '<w:noBreakHyphen/>' ? '-' : unescapeMd(m[1]!)))
      .join(''),
  }));
}

/** One style's definition from styles.xml. */
function style(stylesXml: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(stylesXml);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]);
const rowsOf = (tbl: string) => [...tbl.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
const cellsOf = (row: string) =>
  [...row.matchAll(/<w:tc>.*?<\/w:tc>/g)].map((m) =>
    paragraphs(m[0])
      .map((p) => p.text)
      .join('\n'),
  );

/** Clause headings and appendix titles of the tree, as the DOCX must print them. */
function headings(blocks: readonly Block[]): { style: string; text: string }[] {
  return blocks.flatMap((b) =>
    b.type === 'clause'
      ? [{ style: `Heading${b.level}`, text: numbered(b.number) + plain(b.title) }, ...headings(b.children)]
      : b.type === 'appendix'
        ? [{ style: 'AppendixTitle', text: plain(b.title) }, ...headings(b.children)]
        : b.type === 'paragraph' && b.heading
          ? [{ style: 'Heading2', text: plain(b.children) }]
          : [],
  );
}

function findAll<T extends Block['type']>(blocks: readonly Block[], type: T): Extract<Block, { type: T }>[] {
  return blocks.flatMap((b): Extract<Block, { type: T }>[] => [
    ...(b.type === type ? [b as Extract<Block, { type: T }>] : []),
    ...(b.type === 'clause' || b.type === 'appendix' ? findAll(b.children, type) : []),
  ]);
}

/** Each zip entry's DOS [time, date] fields, from the central directory. */
function entryTimes(zip: Uint8Array): [number, number][] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  const out: [number, number][] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    out.push([view.getUint16(at + 12, true), view.getUint16(at + 14, true)]);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** Names of the parts whose contents differ between two packages: what a byte comparison cannot say. */
function differingParts(a: Uint8Array, b: Uint8Array): string[] {
  const pa = unzipSync(a);
  const pb = unzipSync(b);
  return [...new Set([...Object.keys(pa), ...Object.keys(pb)])].filter((n) => !pa[n] || !pb[n] || !Buffer.from(pa[n]).equals(Buffer.from(pb[n])));
}

describe('DOCX styles and page', () => {
  it('styles.xml has Title, Heading 1-3 and Normal with East Asian fonts (宋体 body, 黑体 headings, no synthetic bold), Latin in Times New Roman and Arial, and zh-CN (D16)', async () => {
    const styles = (await docx('work-contract')).part('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang [^>]*w:eastAsia="zh-CN"/);
    const normal = style(styles, 'Normal');
    expect(normal).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman" w:hint="eastAsia"/>');
    expect(normal).toContain('<w:sz w:val="24"/>'); // 小四
    expect(normal).toContain('w:line="440" w:lineRule="exact"'); // 固定值 22 pt, the PDF's pitch
    expect(normal).toContain('w:eastAsia="zh-CN"');
    const title = style(styles, 'Title');
    expect(title).toContain('w:eastAsia="黑体"');
    expect(title).toContain('<w:jc w:val="center"/>');
    // 黑体 has no bold weight: Word would smear a synthetic one
    expect(title).not.toContain('<w:b/>');
    expect(title).toContain('<w:sz w:val="36"/>'); // 小二
    for (const level of [1, 2, 3]) {
      const h = style(styles, `Heading${level}`);
      expect(h).toContain(`<w:name w:val="Heading ${level}"/>`);
      expect(h).toContain('w:eastAsia="黑体"');
      expect(h).toContain('w:ascii="Arial"');
      expect(h).not.toContain('<w:b/>');
      expect(h).toContain('<w:keepNext/>');
      expect(h).toContain('w:eastAsia="zh-CN"');
    }
    for (const id of ['ClauseText', 'ListItem', 'NumberedText', 'TableText', 'Signature']) expect(style(styles, id)).toContain('w:eastAsia="宋体"');
    expect(style(styles, 'ListItem')).toMatch(/<w:ind [^>]*w:hanging="\d+"/);
    // a table's heading row in 黑体, as the PDF sets it
    expect(style(styles, 'TableHeading')).toContain('w:eastAsia="黑体"');
    expect(style(styles, 'TableHeading')).not.toContain('<w:b/>');
    expect(style(styles, 'PartyName')).toContain('w:eastAsia="黑体"');
    // the PDF keeps two lines of a paragraph at a page's foot and head; Word and LibreOffice only when told
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:widowControl\/>/);
    expect(style(styles, 'Normal')).toContain('<w:widowControl/>');
    const appendix = style(styles, 'AppendixTitle');
    expect(appendix).toContain('<w:basedOn w:val="Heading1"/>');
    expect(appendix).toContain('<w:jc w:val="center"/>');
  });

  it('each gap between blocks is written on one side only, as the PDF adds them (LibreOffice keeps only the larger of two)', async () => {
    const d = await docx('service-contract');
    const ps = paragraphs(d.part('word/document.xml'));
    // the contract number's 6 pt below and the title's 6 pt above: 12 pt above the title
    expect(ps[1]!.xml).toMatch(/<w:spacing (?=[^>]*w:before="240")(?=[^>]*w:after="0")[^>]*\/>/);
    expect(ps[0]!.xml).toContain('<w:spacing w:after="0"/>');
    const styles = d.part('word/styles.xml');
    expect(style(styles, 'Title')).toContain('w:after="360"');
    // a table stands 4 pt below the paragraph over it and 8 pt above the one under it
    const xml = d.part('word/document.xml');
    const over = paragraphs(xml.slice(0, xml.indexOf('<w:tbl>'))).at(-1)!;
    expect(over.xml).toContain('<w:spacing w:after="80"/>');
  });

  it('write() typesets the pages once and hands them to both writers: the DOCX footer stores their count, never typesetting again', async () => {
    const d = await docx('work-contract');
    const fonts = bundledFonts();
    const layout = await pageLayout(d.doc, fonts);
    const footers = (bytes: Uint8Array) =>
      Object.entries(unzipSync(bytes))
        .filter(([n]) => /^word\/footer\d*\.xml$/.test(n))
        .flatMap(([, b]) => paragraphs(strFromU8(b)).map((p) => p.text));
    const out = await write(d.doc, ['docx', 'pdf'], { ...OPTIONS, pdfFonts: fonts });
    const pages = (await readPdf(out.pdf!)).pages.length;
    expect(pages).toBe(layout.typeset.pages.length);
    expect(footers(out.docx!)).toContain(`第 2 页 共 ${pages} 页`);
    // the count is the layout's it is given: two pages given, two stored
    const two = { ...layout, typeset: { ...layout.typeset, pages: layout.typeset.pages.slice(0, 2) } };
    expect(footers(await writeDocx(d.doc, { ...OPTIONS, pages: two }))).toContain('第 2 页 共 2 页');
  });

  it('the page is A4 with the contract margins, and the footer reads 第 N 页 共 M 页 with PAGE and NUMPAGES fields storing the PDF’s count (D24)', async () => {
    const d = await docx('work-contract');
    const document = d.part('word/document.xml');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(document).toContain('<w:pgMar w:top="1440" w:right="1797" w:bottom="1440" w:left="1797" w:header="720" w:footer="720" w:gutter="0"/>');
    const ref = /<w:footerReference w:type="default" r:id="(rId\d+)"\/>/.exec(document)?.[1];
    const target = new RegExp(`Id="${ref}" Type="[^"]+/footer" Target="([^"]+)"`).exec(d.part('word/_rels/document.xml.rels'))?.[1];
    const footer = d.part(`word/${target}`);
    const [p] = paragraphs(footer);
    expect(p!.style).toBe('Footer');
    // the fields' stored results: this footer's first page (page 1 has its own), and the PDF's count of pages
    const pdf = await readPdf(await writePdf(d.doc, { ...OPTIONS, pdfFonts: bundledFonts() }));
    expect(p!.text).toBe(`第 2 页 共 ${pdf.pages.length} 页`);
    expect(footer).toMatch(
      /第 .*<w:instrText xml:space="preserve"> PAGE <\/w:instrText>.*<w:fldChar w:fldCharType="separate"\/>.*<w:t xml:space="preserve">2<\/w:t>.* 页 共 .*<w:instrText xml:space="preserve"> NUMPAGES <\/w:instrText>.* 页/,
    );
    expect(style(d.part('word/styles.xml'), 'Footer')).toContain('<w:jc w:val="center"/>');
    // justified lines ending in a line break (the annex list) are not stretched across the page
    expect(d.part('word/settings.xml')).toContain('<w:doNotExpandShiftReturn/>');
  });

  it('from page 2 a running header: the title, the contract number at the right, a rule under them; none on page 1', async () => {
    const d = await docx('work-contract');
    const document = d.part('word/document.xml');
    expect(document).toContain('<w:titlePg/>');
    const partOf = (type: string) => {
      const ref = new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(document)?.[1];
      const target = new RegExp(`Id="${ref}" Type="[^"]+/header" Target="([^"]+)"`).exec(d.part('word/_rels/document.xml.rels'))?.[1];
      return d.part(`word/${target}`);
    };
    const [p] = paragraphs(partOf('default'));
    expect(p!.text).toBe(`${d.doc.meta.title} 合同编号：${d.doc.meta.contractNumber}`);
    expect(p!.xml).toMatch(/<w:tab\/>/);
    expect(p!.xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(
      paragraphs(partOf('first'))
        .map((x) => x.text)
        .join(''),
    ).toBe('');
  });

  it('the fonts named in the options are the ones asked for, in styles and runs', async () => {
    const d = await docx('work-contract', { docxFonts: { body: '仿宋', heading: '楷体' } });
    const styles = d.part('word/styles.xml');
    const document = d.part('word/document.xml');
    expect(style(styles, 'Normal')).toContain('w:eastAsia="仿宋"');
    expect(style(styles, 'Heading1')).toContain('w:eastAsia="楷体"');
    expect(style(styles, 'Title')).toContain('w:eastAsia="楷体"');
    expect(document).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋" w:hAnsi="Times New Roman" w:hint="eastAsia"/>');
    expect(document).toContain('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="楷体" w:hAnsi="Arial" w:hint="eastAsia"/>');
    for (const xml of [styles, document, d.part('word/footer1.xml')]) {
      expect(xml).not.toContain('宋体');
      expect(xml).not.toContain('黑体');
    }
  });
});

describe('DOCX properties and package', () => {
  it('core.xml has the title, type, svc-contract as author, the spec hash and the fixed date, and no other name', async () => {
    const d = await docx('work-contract');
    const core = d.part('docProps/core.xml');
    expect(core).toContain('<dc:title>客服工作合同</dc:title>');
    expect(core).toContain(`<dc:subject>${d.doc.meta.typeName}</dc:subject>`);
    expect(core).toContain('<dc:creator>svc-contract test</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>svc-contract test</cp:lastModifiedBy>');
    expect(core).toContain(`spec-sha256:${'0'.repeat(64)}`);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-20T00:00:00Z</dcterms:modified>');
    // the only people-like fields hold svc-contract
    const people = [...core.matchAll(/<(dc:creator|cp:lastModifiedBy|cp:contentStatus|cp:category)>([^<]*)</g)].map((m) => m[2]);
    expect(people.every((p) => p === 'svc-contract test')).toBe(true);
    expect(d.part('docProps/app.xml')).not.toMatch(/<(Company|Manager|Application)>/);
    const everything = d.names.map((n) => d.part(n)).join('\n');
    for (const name of [userInfo().username, hostname()].filter((n) => n.length > 3)) expect(everything).not.toContain(name);
  });

  it('two builds give the same bytes; entries are dated with the document date, [Content_Types].xml first', async () => {
    const a = await makeDocx('service-contract', {});
    await new Promise((r) => setTimeout(r, 1100)); // a second later: a clock in the output would show
    const b = await makeDocx('service-contract', {});
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.names[0]).toBe('[Content_Types].xml');
    const dos: [number, number] = [0, ((2026 - 1980) << 9) | (11 << 5) | 20];
    expect(entryTimes(a.bytes)).toEqual(a.names.map(() => dos));
  });

  it('a date with a time of day gives that UTC wall time in the zip and to the second in core.xml', async () => {
    const date = new Date('2031-03-09T02:30:44Z');
    const d = await docx('work-contract', { date });
    expect(d.part('docProps/core.xml')).toContain('>2031-03-09T02:30:44Z</dcterms:created>');
    const dos = [(2 << 11) | (30 << 5) | 22, ((2031 - 1980) << 9) | (3 << 5) | 9];
    expect(entryTimes(d.bytes).every(([t, day]) => t === dos[0] && day === dos[1])).toBe(true);
  });

  it('a date before 1980 (SOURCE_DATE_EPOCH=0) still packs: core.xml keeps it, the zip clamps to 1980', async () => {
    const d = await docx('work-contract', { date: new Date(0) });
    expect(d.part('docProps/core.xml')).toContain('>1970-01-01T00:00:00Z</dcterms:created>');
    expect(entryTimes(d.bytes)[0]).toEqual([0, (1 << 5) | 1]);
  });
});

describe('DOCX of work-contract', () => {
  it('prints the fee in figures and in capitals', async () => {
    const text = paragraphs((await docx('work-contract')).part('word/document.xml'))
      .map((p) => p.text)
      .join('\n');
    expect(text).toContain('人民币68,000.00元（大写：人民币陆万捌仟元整）');
  });

  it('a bare starter built as a draft prints its blanks as ______ in the text', async () => {
    const { starterSpec } = await import('../src/init/starter.js');
    const draft = await build(starterSpec(findType('work-contract')!), { draft: true });
    const ps = paragraphs(strFromU8(unzipSync(await writeDocx(draft.doc, OPTIONS))['word/document.xml']!));
    expect(ps.filter((p) => p.style === 'ClauseText' || p.style === 'ListItem' || p.style === 'PartyLine').some((p) => p.text.includes('______'))).toBe(true);
  });

  it('a missing contract number prints a blank as long as a contract number', async () => {
    const { doc } = await compiled(spec('work-contract'));
    // the furniture is composed again by the layout stage, from the meta without the number
    const { contractNumber: _, furniture: __, ...meta } = doc.meta;
    const bytes = await writeDocx(decideLayout({ ...doc, meta }), OPTIONS);
    const [first] = paragraphs(strFromU8(unzipSync(bytes)['word/document.xml']!));
    expect(first).toMatchObject({ style: 'ContractNumber', text: `合同编号：${'_'.repeat(20)}` });
  });
});

describe('DOCX of service-agreement', () => {
  it('a relational sign is tied to its number by a no-break space, so Word never ends a line with ≥ (D22)', async () => {
    const xml = (await docx('service-agreement')).part('word/document.xml');
    expect(xml).toContain('≥\u00a090%');
    expect(xml).not.toMatch(/[≥≤] [0-9]/);
  });
});

describe.each(TYPES.map((t) => t.id))('DOCX of %s', (id) => {
  it('word/document.xml matches the golden file', async () => {
    const xml = (await docx(id)).part('word/document.xml');
    expectGolden(`${id}.document.xml`, xml);
  });

  it('opens with the contract number on the right, the title centred, then the parties with their particulars', async () => {
    const d = await docx(id);
    const ps = paragraphs(d.part('word/document.xml'));
    const { meta } = d.doc;
    expect(ps[0]).toMatchObject({ style: 'ContractNumber', text: `合同编号：${meta.contractNumber}` });
    expect(style(d.part('word/styles.xml'), 'ContractNumber')).toContain('<w:jc w:val="right"/>');
    // the signing place under it when this type's templates do not print it themselves
    let at = 1;
    for (const l of meta.headLines ?? []) expect(ps[at++]).toMatchObject({ style: 'ContractNumber', text: `${l.label}：${l.value}` });
    expect(ps[at++]).toMatchObject({ style: 'Title', text: meta.title });
    const parties = findAll(d.doc.children, 'parties')[0]!;
    for (const p of parties.parties) {
      expect(ps[at++]).toMatchObject({ style: 'PartyName', text: `${p.label}（${p.role}）：${plain(p.name)}` });
      for (const l of p.lines) expect(ps[at++]).toMatchObject({ style: 'PartyLine', text: `${l.label}：${plain(l.value)}` });
    }
  });

  it('every clause heading and appendix title of the tree, in order, in its Heading style', async () => {
    const d = await docx(id);
    const found = paragraphs(d.part('word/document.xml'))
      .filter((p) => /^Heading\d$|^AppendixTitle$/.test(p.style))
      .map(({ style, text }) => ({ style, text }));
    expect(found).toEqual(headings(d.doc.children));
    expect(found.length).toBeGreaterThan(5);
  });

  it('numbers are text from the tree, never Word list numbering; list items hang their number', async () => {
    const d = await docx(id);
    const xml = d.part('word/document.xml');
    expect(xml).not.toContain('<w:numPr>');
    const items = paragraphs(xml).filter((p) => p.style === 'ListItem');
    const expected = findAll(d.doc.children, 'list').flatMap((l) => l.items.map((i) => numbered(i.number) + plain(i.children)));
    expect(items.map((p) => p.text)).toEqual(expected);
    // the number hangs, a tab after it to a stop at the indent, so wrapped lines start under the text
    for (const p of [...items, ...paragraphs(xml).filter((p) => p.style === 'NumberedText')]) {
      const [, left, hanging] = /<w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/.exec(p.xml) ?? [];
      expect(Number(hanging), p.text).toBeGreaterThan(0);
      if (p.xml.includes('<w:tab/>')) expect(p.xml).toContain(`<w:tab w:val="left" w:pos="${left}"/>`);
    }
    const numberedParas = findAll(d.doc.children, 'paragraph').filter((p) => p.number);
    expect(
      paragraphs(xml)
        .filter((p) => p.style === 'NumberedText')
        .map((p) => p.text),
    ).toEqual(numberedParas.map((p) => numbered(p.number!) + plain(p.children)));
  });

  it('tables have single borders and a header row; the signature block is a borderless two-column table, rows unsplit', async () => {
    const d = await docx(id);
    const xml = d.part('word/document.xml');
    const all = tables(xml);
    const data = findAll(d.doc.children, 'table');
    expect(all).toHaveLength(data.length + 1);
    // the signature block sits between the body's tables and the annexes'
    const top = d.doc.children;
    const at = findAll(
      top.slice(
        0,
        top.findIndex((b) => b.type === 'signature'),
      ),
      'table',
    ).length;
    const dataXml = [...all.slice(0, at), ...all.slice(at + 1)];
    data.forEach((t, i) => {
      const tbl = dataXml[i]!;
      expect(tbl).toMatch(/<w:tblBorders>(<w:(top|left|bottom|right|insideH|insideV) w:val="single"[^>]*\/>){6}<\/w:tblBorders>/);
      const rows = rowsOf(tbl);
      // (a no-break space ties ≥ to its number: D22)
      expect(rows.map((r) => cellsOf(r).map((c) => c.replace(/\u00a0/g, ' ')))).toEqual(t.children.map((r) => r.children.map((c) => plain(c.children))));
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(paragraphs(rows[0]!).every((p) => p.style === 'TableHeading')).toBe(true);
    });
    const sig = all[at]!;
    const block = findAll(d.doc.children, 'signature')[0] as SignatureBlock;
    expect(sig).toMatch(/<w:tblBorders>(<w:\w+ w:val="none"[^>]*\/>){6}<\/w:tblBorders>/);
    expect(sig.match(/<w:gridCol /g)).toHaveLength(2);
    const rows = rowsOf(sig);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    // every row but the last is kept with the next, so the block stays on one page
    rows.slice(0, -1).forEach((r) => expect(paragraphs(r).every((p) => p.xml.includes('<w:keepNext/>'))).toBe(true));
    const [a, b] = block.parties;
    expect(cellsOf(rows[0]!)).toEqual([`${a.label}：\n${plain(a.name)}`, `${b.label}：\n${plain(b.name)}`]);
    expect(a.label).toMatch(/^甲方/);
    expect(b.label).toMatch(/^乙方/);
    // a line to sign on sits under its label, ten full-width underscores long; a date beside its label
    const signed = (x: (typeof a.lines)[number]) =>
      x.value.length === 1 && x.value[0]!.type === 'signline' ? `${x.label}：\n${'＿'.repeat(10)}` : `${x.label}：${plain(x.value)}`;
    expect(rows.slice(1).map(cellsOf)).toEqual(a.lines.map((l, i) => [l, b.lines[i]!].map(signed)));
    expect(cellsOf(rows[1]!)[0]).toBe(`法定代表人或者授权代表（签字）：\n${'＿'.repeat(10)}`);
  });

  it('centred paragraphs stay centred, and every annex after the signatures starts a new page', async () => {
    const d = await docx(id);
    const ps = paragraphs(d.part('word/document.xml'));
    const centred = findAll(d.doc.children, 'paragraph').filter((p) => p.align === 'center');
    for (const c of centred) expect(ps.find((p) => p.text === plain(c.children))?.xml).toContain('<w:jc w:val="center"/>');
    const breaks = ps.filter((p) => p.xml.includes('<w:pageBreakBefore/>'));
    const top = d.doc.children;
    const signature = top.find((b) => b.type === 'signature')!;
    const after = top.slice(top.indexOf(signature) + 1);
    expect(after.length).toBeGreaterThan(0);
    // the signature page, headed by its note, then every annex
    expect(breaks.map((b) => b.text)).toEqual([
      signature.note,
      ...after.map((b) => (b.type === 'appendix' ? plain(b.title) : b.type === 'clause' ? numbered(b.number) + plain(b.title) : b.type)),
    ]);
  });
});

describe('svc-contract build --format docx', () => {
  // a copy, so that both runs read the same spec bytes
  const wc = join(mkdtempSync(join(tmpdir(), 'svc-docx-spec-')), 'work-contract.yaml');
  writeFileSync(wc, spec('work-contract'));
  const buildIn = async (env: Record<string, string>) => {
    const out = mkdtempSync(join(tmpdir(), 'svc-docx-'));
    const r = await run(['build', wc, '--format', 'docx', '--out', out], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return readFileSync(join(out, 'work-contract.docx'));
  };

  it('gives the same bytes with TZ=UTC and TZ=Asia/Shanghai', async () => {
    const utc = await buildIn({ TZ: 'UTC' });
    const shanghai = await buildIn({ TZ: 'Asia/Shanghai' });
    expect(differingParts(utc, shanghai)).toEqual([]);
    expect(utc.equals(shanghai)).toBe(true);
    expect(strFromU8(unzipSync(utc)['docProps/core.xml']!)).toMatch(/<dcterms:created [^>]*>\d{4}-\d\d-\d\dT00:00:00Z</);
  });

  it('gives the same bytes in a zone where the document time does not exist (a daylight-saving gap)', async () => {
    // 2026-03-08 02:30 is skipped in New York; the zip's time must not move with it
    const epoch = String(Date.UTC(2026, 2, 8, 2, 30, 0) / 1000);
    const utc = await buildIn({ TZ: 'UTC', SOURCE_DATE_EPOCH: epoch });
    const newYork = await buildIn({ TZ: 'America/New_York', SOURCE_DATE_EPOCH: epoch });
    expect(differingParts(utc, newYork)).toEqual([]);
    expect(utc.equals(newYork)).toBe(true);
    expect(entryTimes(utc)[0]).toEqual([(2 << 11) | (30 << 5), ((2026 - 1980) << 9) | (3 << 5) | 8]);
  });
});
