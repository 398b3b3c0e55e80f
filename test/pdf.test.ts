// The PDF as a reader and a reader's tools see it: text that copies out in order, Chinese from the
// bundled font embedded as a subset, page footers, line breaking, metadata, size, same bytes twice.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_REGULAR, bundledFontDir } from '../src/cli/fonts.js';
import { RenderError } from '../src/errors/diagnostic.js';
import { TYPES } from '../src/spec/types/index.js';
import { plain, type Block, type ContractDocument } from '../src/tree/types.js';
import type { WriterOptions } from '../src/writers/index.js';
import { writePdf } from '../src/writers/pdf.js';
import { root } from './helpers/check.js';
import { run } from './helpers/cli.js';
import { expectGolden } from './helpers/golden.js';
import { readPdf, type PdfText } from './helpers/pdf.js';
import { build } from './helpers/pipeline.js';

const regular = readFileSync(join(bundledFontDir(root), BUNDLED_REGULAR));
const options: WriterOptions = { version: 'test', specHash: 'ab'.repeat(32), date: new Date('2026-11-20T00:00:00Z'), docxFonts: { body: '宋体', heading: '黑体' }, pdfFonts: { regular } };
const example = (id: string) => readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8');

/** Lines must not start with closing punctuation nor end with opening punctuation (kinsoku). */
const CLOSING = /^[，。；：、）》」』！？”]/;
const OPENING = /[（《「『“]$/;

function titles(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'clause' ? [`${b.number}${plain(b.title)}`, ...titles(b.children)] : b.type === 'appendix' ? [plain(b.title), ...titles(b.children)] : []));
}

/** Each example built, written as a PDF and read back once; the tests only read the results. */
const built = new Map<string, Promise<{ doc: ContractDocument; bytes: Uint8Array; pdf: PdfText }>>();
function made(id: string) {
  if (!built.has(id)) {
    built.set(id, (async () => {
      const { doc } = await build(example(id));
      const bytes = await writePdf(doc, options);
      return { doc, bytes, pdf: await readPdf(bytes) };
    })());
  }
  return built.get(id)!;
}

describe.each(TYPES.map((t) => t.id))('%s PDF', (id) => {
  it('its extracted text matches the golden text', async () => {
    const { pdf } = await made(id);
    const text = pdf.pages.map((p, i) => `--- page ${i + 1}\n${p.join('\n')}`).join('\n');
    expectGolden(`${id}.pdf.txt`, `${text}\n`);
  });

  it('holds every clause title, the parties and the amounts, with 第 N 页 共 M 页 on each page', async () => {
    const { doc, pdf } = await made(id);
    const all = pdf.pages.flat().join('');
    for (const t of titles(doc.children)) expect(all.replace(/\s/g, '')).toContain(t.replace(/\s/g, ''));
    for (const p of doc.children.filter((b) => b.type === 'parties').flatMap((b) => b.parties)) expect(all).toContain(plain(p.name));
    // an amount may wrap inside a narrow table cell: compare without the line breaks' spaces
    expect(all.replace(/\s/g, '')).toMatch(/人民币[\d,]+\.\d\d元（大写：人民币[壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分零整]+）/);
    pdf.pages.forEach((lines, i) => expect(lines[lines.length - 1]).toBe(`第 ${i + 1} 页 共 ${pdf.pages.length} 页`));
  });

  it('no line starts with closing or ends with opening punctuation', async () => {
    const { pdf } = await made(id);
    const lines = pdf.pages.flat();
    expect(lines.filter((l) => CLOSING.test(l) || OPENING.test(l))).toEqual([]);
  });

  it('embeds its font as a subset, and carries its properties', async () => {
    const { bytes, pdf } = await made(id);
    const raw = Buffer.from(bytes).toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts)).toEqual(new Set(['CZZZZZ+NotoSansHans-Regular']));
    expect(raw).toMatch(/\/FontFile3 \d+ 0 R/);
    const { info } = pdf;
    expect(info).toMatchObject({ Creator: 'svc-contract test', Keywords: `spec-sha256:${'ab'.repeat(32)}`, CreationDate: 'D:20261120000000Z', Language: 'zh-CN' });
    expect(info.Title).toBeTruthy();
    expect(JSON.stringify(info)).not.toMatch(/root|work|Author/);
  });
});

describe('PDF', () => {
  it('the same tree gives the same bytes', async () => {
    const { doc, bytes } = await made('work-contract');
    const again = await writePdf(doc, options);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a four-page contract with its font subset stays under 150 KB', async () => {
    // the examples run longer: cut one at a clause boundary where it is four pages
    let found: Uint8Array | undefined;
    for (const id of ['work-contract', 'service-standards', 'maintenance-agreement']) {
      const { doc } = await build(example(id));
      for (let n = 1; n <= doc.children.length && !found; n++) {
        const bytes = await writePdf({ ...doc, children: doc.children.slice(0, n) }, options);
        const pages = (await readPdf(bytes)).pages.length;
        if (pages === 4) found = bytes;
        if (pages > 4) break;
      }
      if (found) break;
    }
    expect(found).toBeDefined();
    expect(found!.length).toBeLessThanOrEqual(150 * 1024);
  });

  it('Traditional text renders from the same bundled font', async () => {
    const { doc } = await build(example('work-contract'), { locale: 'zh-Hant' });
    const text = (await readPdf(await writePdf(doc, options))).pages.flat().join('');
    expect(text).toContain('服務費用');
    expect(text).toContain('保密條款');
  });

  it('a character the font lacks stops the build, naming it and where it is', async () => {
    const spec = example('work-contract').replace(/^(\s+name: )南京华康健康科技有限公司$/m, '$1南京华康😀科技有限公司');
    const { doc } = await build(spec);
    await expect(writePdf(doc, options)).rejects.toSatisfy((e: unknown) => e instanceof RenderError && /"😀" \(U\+1F600\) in 当事人/.test(e.message));
  });

  it('the CLI: a missing glyph exits 1 with a message and leaves no file; byte-identical under two time zones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svc-pdf-'));
    writeFileSync(join(dir, 'deal.yaml'), example('work-contract').replace(/^(\s+name: )南京华康健康科技有限公司$/m, '$1南京华康😀科技有限公司'));
    const bad = await run(['build', join(dir, 'deal.yaml'), '--format', 'pdf', '--out', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/deal\.yaml: error: the PDF font has no glyph for "😀" \(U\+1F600\)/);
    expect(existsSync(join(dir, 'deal.pdf'))).toBe(false);
    const wc = join(root, 'examples', 'work-contract.yaml');
    expect((await run(['build', wc, '--format', 'pdf', '--out', join(dir, 'a')], { env: { TZ: 'UTC' } })).code).toBe(0);
    expect((await run(['build', wc, '--format', 'pdf', '--out', join(dir, 'b')], { env: { TZ: 'Asia/Shanghai' } })).code).toBe(0);
    expect(readFileSync(join(dir, 'a', 'work-contract.pdf')).equals(readFileSync(join(dir, 'b', 'work-contract.pdf')))).toBe(true);
  });
});
