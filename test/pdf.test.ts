// The PDF as a reader and a reader's tools see it: text that copies out in order, a Song body and
// a 黑体 for headings embedded as subsets (no faux bold), a running header and page footers,
// bookmarks of the clauses, line breaking, metadata, size, same bytes twice.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../src/assets.js';
import { compile } from '../src/compile.js';
import { convert, write } from '../src/convert.js';
import { RenderError } from '../src/errors/diagnostic.js';
import { TYPES } from '../src/schema/types/index.js';
import { type ContractDocument, plain } from '../src/tree/types.js';
import type { WriterOptions } from '../src/writers/index.js';
import { writePdf } from '../src/writers/pdf.js';
import { root } from './helpers/check.js';
import { run } from './helpers/cli.js';
import { expectGolden } from './helpers/golden.js';
import { type PdfText, readPdf } from './helpers/pdf.js';
import { build } from './helpers/pipeline.js';
import { clauseIdsOf, titles } from './helpers/tree.js';

const options: WriterOptions = {
  version: 'test',
  specHash: 'ab'.repeat(32),
  date: new Date('2026-11-20T00:00:00Z'),
  docxFonts: { body: '宋体', heading: '黑体' },
  pdfFonts: bundledFonts(),
};

/** The decompressed content of every Flate stream of a PDF (page contents among them). */
function streams(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes);
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const s = raw.indexOf('stream\n', at);
    if (s === -1) return out;
    const e = raw.indexOf('\nendstream', s);
    try {
      out.push(inflateSync(raw.subarray(s + 7, e)).toString('latin1'));
    } catch {
      /* not deflated */
    }
    at = e + 10;
  }
}
const example = (id: string) => readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8');

/** Lines must not start with closing punctuation nor end with opening punctuation (kinsoku). */
const CLOSING = /^[，。；：、）》」』！？”]/;
const OPENING = /[（《「『“]$/;

/** Each example built, written as a PDF and read back once; the tests only read the results. */
const built = new Map<string, Promise<{ doc: ContractDocument; bytes: Uint8Array; pdf: PdfText }>>();
function made(id: string) {
  if (!built.has(id)) {
    built.set(
      id,
      (async () => {
        const { doc } = await build(example(id));
        const bytes = await writePdf(doc, options);
        return { doc, bytes, pdf: await readPdf(bytes) };
      })(),
    );
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
    // from page 2 a running header: the title, and the contract number when there is one
    pdf.pages.slice(1).forEach((lines) => expect(lines[0]).toContain(doc.meta.title));
    if (doc.meta.contractNumber) pdf.pages.slice(1).forEach((lines) => expect(lines[0]).toContain(`合同编号：${doc.meta.contractNumber}`));
  });

  it('the signature page names the contract when the signatures start it, and leaves room for the seals', async () => {
    const { doc, pdf } = await made(id);
    const i = pdf.pages.findIndex((lines) => lines.some((l) => /甲方（(盖章|签字)）：/.test(l)));
    expect(i).toBeGreaterThan(0);
    const lines = pdf.pages[i]!;
    const first = lines.findIndex((l) => /甲方（(盖章|签字)）：/.test(l));
    // the signatures stand on a page of their own, headed by the line saying which contract they sign
    const bodyAbove = lines.slice(1, first).filter((l) => !/本页无正文/.test(l));
    expect(bodyAbove).toEqual([]);
    expect(lines.join('')).toContain(`（本页无正文，为《${doc.meta.title}》`);
    // dates to fill in by hand unless the spec records a contract already signed (legal review X4)
    expect(lines.join('')).toContain('日期：______年____月____日');
  });

  it('has bookmarks of its clauses and a named destination per clause id', async () => {
    const { doc, bytes } = await made(id);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    const ids = clauseIdsOf(doc.children);
    expect(ids.length).toBeGreaterThan(3);
    // named as the DOCX's bookmarks: service-fees as service_fees (test/xref.test.ts reads them)
    for (const clauseId of ids) expect(raw).toContain(`(${clauseId.replace(/-/g, '_')})`);
  });

  it('no line starts with closing or ends with opening punctuation', async () => {
    const { pdf } = await made(id);
    const lines = pdf.pages.flat();
    expect(lines.filter((l) => CLOSING.test(l) || OPENING.test(l))).toEqual([]);
  });

  it('embeds a Song body face and a bold 黑体 as subsets, with no faux bold, and carries its properties', async () => {
    const { bytes, pdf } = await made(id);
    const raw = Buffer.from(bytes).toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont \/([A-Z]{6})\+([\w-]+)/g)].map((m) => m[2]);
    expect(new Set(fonts)).toEqual(new Set(['NotoSerifSC-Regular', 'NotoSansSC-Bold']));
    // TrueType outlines, subset: FontFile2
    expect([...raw.matchAll(/\/FontFile2 \d+ 0 R/g)].length).toBe(2);
    // bold is a real face: no text drawn with a stroked outline (render modes 1 and 2)
    const contents = streams(bytes).filter((c) => c.includes(' Tf'));
    expect(contents.length).toBeGreaterThan(0);
    expect(contents.filter((c) => /\b[12] Tr\b/.test(c))).toEqual([]);
    const { info } = pdf;
    expect(info).toMatchObject({
      Creator: 'svc-contract test',
      Keywords: `spec-sha256:${'ab'.repeat(32)}`,
      CreationDate: 'D:20261120000000Z',
      Language: 'zh-CN',
    });
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

  it('Traditional text renders from the same bundled faces', async () => {
    const { doc } = await build(example('work-contract'), { locale: 'zh-Hant' });
    const text = (await readPdf(await writePdf(doc, options))).pages.flat().join('');
    expect(text).toContain('服務費用');
    expect(text).toContain('保密條款');
  });

  it('a character the font lacks stops write() before any writer, naming it and where it is', async () => {
    const spec = example('work-contract').replace(/^(\s+name: )南京华康健康科技有限公司$/m, '$1南京华康😀科技有限公司');
    const { doc } = await build(spec);
    await expect(write(doc, ['md', 'pdf'], options)).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof RenderError &&
        e.ruleId === 'pdf/missing-glyph' &&
        /"😀" \(U\+1F600\) in 当事人/.test(e.message) &&
        e.missing?.map((m) => m.character).join('') === '😀',
    );
    // convert(): one positioned diagnostic at the character in the spec, and no output at all
    const r = await convert(spec, { formats: ['md', 'pdf'], file: 'deal.yaml' });
    const lines = spec.split('\n');
    const line = lines.findIndex((l) => l.includes('😀'));
    expect(r.ok).toBe(false);
    expect(r.outputs).toEqual({});
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'pdf/missing-glyph',
        severity: 'error',
        line: line + 1,
        col: [...lines[line]!.slice(0, lines[line]!.indexOf('😀'))].length + 1,
      }),
    ]);
    // compile() with the faces' coverage: the same character, a warning at the same value
    const compiled = await compile(spec, { canPrint: (cp) => cp < 0x10000 });
    expect(compiled.ok).toBe(true);
    expect(compiled.warnings).toEqual([expect.objectContaining({ ruleId: 'pdf/missing-glyph', severity: 'warning', line: line + 1 })]);
  });

  it('validate warns, at its line, of a character the PDF faces cannot print (the spec stays valid: DOCX and Markdown carry it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svc-pdf-'));
    const text = example('work-contract').replace(/^(\s+name: )南京华康健康科技有限公司$/m, '$1南京华康😀科技有限公司');
    writeFileSync(join(dir, 'deal.yaml'), text);
    const r = await run(['validate', join(dir, 'deal.yaml')]);
    expect(r.code).toBe(0);
    const line = text.split('\n').findIndex((l) => l.includes('😀')) + 1;
    expect(r.stderr).toMatch(
      new RegExp(`deal\\.yaml:${line}:\\d+: warning: parties\\.\\w+\\.name: expected characters the PDF faces can print, got "😀" \\(U\\+1F600\\)`),
    );
    expect(r.stdout).toMatch(/valid 客服工作合同 \(work-contract\); 1 warning/);
    const json = JSON.parse((await run(['validate', '--json', join(dir, 'deal.yaml')])).stdout) as {
      specs: { status: string; diagnostics: { ruleId: string; severity: string; line: number }[] }[];
    };
    expect(json.specs[0]!.status).toBe('valid');
    expect(json.specs[0]!.diagnostics).toEqual([expect.objectContaining({ ruleId: 'pdf/missing-glyph', severity: 'warning', line })]);
    // the examples themselves print whole
    const clean = await run(['validate', join(root, 'examples', 'work-contract.yaml')]);
    expect(clean.stderr).toBe('');
  });

  it('the CLI: a missing glyph exits 1 with a message and leaves no file; byte-identical under two time zones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svc-pdf-'));
    writeFileSync(join(dir, 'deal.yaml'), example('work-contract').replace(/^(\s+name: )南京华康健康科技有限公司$/m, '$1南京华康😀科技有限公司'));
    const bad = await run(['build', join(dir, 'deal.yaml'), '--format', 'pdf', '--out', dir]);
    expect(bad.code).toBe(1);
    // positioned at the spec line holding the character, where it can be fixed
    const text = readFileSync(join(dir, 'deal.yaml'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('😀')) + 1;
    const col = [...text.split('\n')[line - 1]!.slice(0, text.split('\n')[line - 1]!.indexOf('😀'))].length + 1;
    expect(bad.stderr).toContain(`deal.yaml:${line}:${col}: error:`);
    expect(bad.stderr).toMatch(/no glyph for "😀" \(U\+1F600\)/);
    expect(existsSync(join(dir, 'deal.pdf'))).toBe(false);
    const wc = join(root, 'examples', 'work-contract.yaml');
    expect((await run(['build', wc, '--format', 'pdf', '--out', join(dir, 'a')], { env: { TZ: 'UTC' } })).code).toBe(0);
    expect((await run(['build', wc, '--format', 'pdf', '--out', join(dir, 'b')], { env: { TZ: 'Asia/Shanghai' } })).code).toBe(0);
    expect(readFileSync(join(dir, 'a', 'work-contract.pdf')).equals(readFileSync(join(dir, 'b', 'work-contract.pdf')))).toBe(true);
  });
});
