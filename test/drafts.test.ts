// Drafts that look like drafts (issue 10, legal review D-S1, D-S2, D-N1, D-N2): `init` + `build
// --draft` of every type has blanks sized to what they stand for (a name, a credit code, an
// address, a date as ______年____月____日) and says 征求意见稿 in its title, in the running header
// and on every page of every format, as text a search finds, with the version label and date the
// spec gives; the spec's file name and hash are the firm's own, kept in the documents' metadata,
// never printed for the counterparty. A final contract says nothing of the kind.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blankSizeOf } from '../src/render/blank-size.js';
import { TYPES } from '../src/schema/types/index.js';
import { schemaAt } from '../src/schema/walk.js';
import { blankText } from '../src/tree/types.js';
import { root } from './helpers/check.js';
import { run } from './helpers/cli.js';
import { readPdf } from './helpers/pdf.js';

const MARK = '征求意见稿（未经签署，仅供审阅）';

/** The DOCX's running headers, as text. */
function docxHeaders(bytes: Uint8Array): string {
  const parts = unzipSync(bytes);
  return Object.keys(parts)
    .filter((n) => /^word\/header\d*\.xml$/.test(n))
    .map((n) => strFromU8(parts[n]!).replace(/<[^>]+>/g, ''))
    .join('\n');
}

/** Markdown's text as a reader sees it: backslash escapes (\\_, \\., \\<) undone */
const unescapeMd = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** The DOCX's footers, as text, by the page kind each serves (default, first). */
function docxFooters(bytes: Uint8Array): { text: string; kinds: string[] } {
  const parts = unzipSync(bytes);
  const doc = strFromU8(parts['word/document.xml']!);
  const kinds = [...doc.matchAll(/<w:footerReference w:type="(\w+)"/g)].map((m) => m[1]!);
  const text = Object.keys(parts)
    .filter((n) => /^word\/footer\d*\.xml$/.test(n))
    .map((n) => strFromU8(parts[n]!).replace(/<[^>]+>/g, ''))
    .join('\n');
  return { text, kinds };
}

describe.each(TYPES.map((t) => t.id))('%s: init + build --draft', (id) => {
  it("a blank's size comes from the schema field that makes it (its kind, or the field's own size), never from the field's name", () => {
    const size = (id: string, path: (string | number)[]) => blankSizeOf(schemaAt(TYPES.find((t) => t.id === id)!.schema, path, {}));
    expect(size('work-contract', ['parties', 'provider', 'registeredAddress'])).toBe('long');
    expect(size('work-contract', ['parties', 'provider', 'name'])).toBe('name');
    expect(size('work-contract', ['parties', 'provider', 'creditCode'])).toBe('code');
    expect(size('work-contract', ['parties', 'provider', 'phone'])).toBe('name');
    expect(size('work-contract', ['contract', 'number'])).toBe('code');
    expect(size('work-contract', ['contract', 'signingDate'])).toBe('date');
    // prose named with "cap" in it (the old name regex drew an amount's blank): prose is long
    expect(size('maintenance-agreement', ['background', 'providerCapabilities'])).toBe('long');
    expect(blankText(size('maintenance-agreement', ['background', 'providerCapabilities']))).toBe('_'.repeat(24));
  });

  it('sized blanks, and 征求意见稿 in the title, the running header and on every page of every format; the file and hash only in the metadata', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'svc-draft-'));
    expect((await run(['init', '--type', id, 'deal.yaml'], { cwd })).code).toBe(0);
    const hash = createHash('sha256')
      .update(readFileSync(join(cwd, 'deal.yaml')))
      .digest('hex')
      .slice(0, 16);
    const r = await run(['build', '--draft', 'deal.yaml', '--out', 'out'], { cwd });
    expect(r.code).toBe(0);
    const mark = MARK;

    const md = readFileSync(join(cwd, 'out', 'deal.md'), 'utf8').replace(/\\_/g, '_');
    expect(md.split('\n').slice(0, 4)).toContain(`> **${mark}**`);
    expect(md.split('\n')[0]).toMatch(/^# .+（征求意见稿）$/);
    // the spec's hash in the Markdown's closing comment only, its file name nowhere
    const [body, comment] = [md.slice(0, md.lastIndexOf('<!--')), md.slice(md.lastIndexOf('<!--'))];
    expect(body).not.toMatch(/deal\.yaml|spec-sha256/);
    // D-S3: a table to fill in has at least three rows to write on, and nothing chosen in them
    const tables = md.split(/\n\n/).filter((b) => b.startsWith('|') && !b.includes('（盖章）') && /^\| _{6,}/m.test(b));
    // (the services and fees tables of these two; the other types' tables are the contract's own text)
    if (id === 'service-agreement' || id === 'service-contract') expect(tables.length).toBeGreaterThan(1);
    for (const t of tables) expect(t.split('\n').filter((l) => /^\| _{6,}/.test(l)).length, t).toBeGreaterThanOrEqual(3);
    expect(md).not.toMatch(/\| (固定收费|按量收费|无) +\|/);
    // D-S4: a signing place to write in, under the number, and an annex list to fill in or strike
    expect(md).toMatch(/^签订地点：_{24}$/m);
    expect(md).toMatch(/附件如下(（无附件的，删去本款）)?：/);
    // the forum and the invoice type are options to tick, not choices made for the parties
    expect(md).toMatch(/提交□被告住所地 □原告住所地 □甲方住所地 □乙方住所地 □本(协议|合同|准则)签订地（勾选其一）有管辖权的人民法院/);
    expect(md).toContain('□增值税专用发票 □增值税普通发票（勾选其一）');
    expect(md).not.toContain('增值税普通发票；');
    // D-M1: a draft refers only to terms it provides: service hours and channels as blanks, and a
    // 违约金 only as one the parties may agree
    expect(md).not.toContain('约定的违约金，是');
    if (md.includes('约定的服务项目、服务时间和服务方式')) {
      expect(md).toMatch(/服务时间为_+（每日或者工作日）_+至_+。/);
      expect(md).toMatch(/以_{16}等方式/);
    }
    expect(comment).toContain(`spec-sha256:${hash}`);
    // a party's name, its credit code and its address get room to write in; a date its 年月日
    expect(md).toMatch(/^\*\*甲方（[^）]+）：_{16}\*\*/m);
    expect(md).toMatch(/^统一社会信用代码：_{20}(\s|\\|$)/m);
    expect(md).toMatch(/^住所：_{24}(\s|\\|$)/m);
    // room to write a date by hand (D-N1): six low lines for the year, four for the month and day
    expect(md).toMatch(/日期：_{6}年_{4}月_{4}日/);
    expect(md).not.toMatch(/[^_]_{2}[月日]/);
    // an amount: room for its figures and for its capitals (大写) written by hand; a bank account's
    // bank and holder are names, its number a code of up to 20 digits
    const capitals = md
      .split('\n')
      .flatMap((line) =>
        [...line.matchAll(/人民币(_*)元（大写：(_*)）/g)].map((m) => ({ table: line.startsWith('|'), figures: m[1]!.length, words: m[2]!.length })),
      );
    expect(capitals.length).toBeGreaterThan(0);
    for (const c of capitals)
      expect(c, JSON.stringify(c)).toEqual(c.table ? { table: true, figures: 10, words: 10 } : { table: false, figures: 10, words: 20 });
    expect(md).toMatch(/开户银行：_{16}；户名：_{16}；账号：_{20}。/);
    // a table's column is a fraction of the line: no blank in a cell is longer than an amount's
    // (the signatures, a table only in Markdown, are not a table of the contract)
    expect(
      md
        .split('\n')
        .filter((l) => l.startsWith('|') && !l.includes('（盖章）'))
        .join('\n'),
    ).not.toMatch(/_{11}/);

    const pdf = await readPdf(new Uint8Array(readFileSync(join(cwd, 'out', 'deal.pdf'))));
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((lines, i) => {
      const text = lines.join('\n');
      expect(text, `PDF page ${i + 1}`).toContain(mark);
      expect(text, `PDF page ${i + 1}`).not.toMatch(/deal\.yaml|spec-sha256/);
      // the title on page 1, the running header with the number's slot on every other page (D-N2)
      if (i === 0) expect(text).toMatch(/（征求意见稿）/);
      else expect(lines[0], `PDF page ${i + 1}`).toMatch(/^.+（征求意见稿） 合同编号：_{20}$/);
    });
    expect(JSON.stringify(pdf.info)).toContain(hash);

    const docx = new Uint8Array(readFileSync(join(cwd, 'out', 'deal.docx')));
    const { text, kinds } = docxFooters(docx);
    // the first page has a footer of its own (titlePage): it must carry the mark too
    expect(kinds.sort()).toEqual(['default', 'first']);
    expect(text).toContain(mark);
    expect(text).not.toMatch(/deal\.yaml|spec-sha256/);
    expect(docxHeaders(docx)).toMatch(/（征求意见稿）.*合同编号：_{20}/);
    expect(strFromU8(unzipSync(docx)['word/document.xml']!).replace(/<[^>]+>/g, '')).toMatch(/（征求意见稿）/);
    expect(strFromU8(unzipSync(docx)['docProps/core.xml']!)).toContain(hash);
  });
});

describe('a draft named by a long path, with its version', () => {
  it('shows its version label and date, never the file or its folders, and the PDF keeps the page number on a line of its own', async () => {
    // the path as a user types it: absolute, a long folder, a long name (the mark no longer fits one line)
    const dir = join(mkdtempSync(join(tmpdir(), 'svc-draft-')), 'contracts-for-the-partner-legal-review-of-the-second-quarter');
    mkdirSync(dir);
    const name = 'customer-service-work-contract-draft-for-the-partner-review.yaml';
    const spec = join(dir, name);
    expect((await run(['init', '--type', 'work-contract', spec])).code).toBe(0);
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^contract:\n/m, 'contract:\n  version: 第2稿（供乙方审阅）\n  versionDate: 2026-12-01\n'));
    expect(readFileSync(spec, 'utf8')).toContain('version: 第2稿');
    const out = join(dir, 'out');
    expect((await run(['build', '--draft', spec, '--out', out])).code).toBe(0);
    const stem = join(out, name.replace(/\.yaml$/, ''));
    const mark = `${MARK} · 第2稿（供乙方审阅） · 2026年12月1日`;

    const md = unescapeMd(readFileSync(`${stem}.md`, 'utf8'));
    expect(md.split('\n').slice(0, 4)).toContain(`> **${mark}**`);
    expect(md).not.toContain(dir);
    expect(md).not.toContain(name);
    expect(docxFooters(new Uint8Array(readFileSync(`${stem}.docx`))).text).toContain(mark);

    const pdf = await readPdf(new Uint8Array(readFileSync(`${stem}.pdf`)));
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((lines, i) => {
      const text = lines.join('\n');
      // (the PDF sets a little space between Chinese and a figure: 第 2 稿)
      expect(lines.join('').replace(/\s/g, ''), `PDF page ${i + 1}`).toContain(mark.replace(/\s/g, ''));
      expect(text, `PDF page ${i + 1}`).not.toMatch(/contracts-for-the-partner|customer-service-work-contract/);
      // the mark's lines sit above the page number, which keeps a line of its own
      expect(lines.at(-1), `PDF page ${i + 1}`).toBe(`第 ${i + 1} 页 共 ${pdf.pages.length} 页`);
    });
  });

  it('a spec read from standard input: the same mark, the hash in the closing comment', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'svc-draft-'));
    expect((await run(['init', '--type', 'service-contract', 'deal.yaml'], { cwd })).code).toBe(0);
    const bytes = readFileSync(join(cwd, 'deal.yaml'));
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    expect((await run(['build', '--draft', '-', '--out', 'out'], { cwd, stdin: new Uint8Array(bytes) })).code).toBe(0);
    const md = unescapeMd(readFileSync(join(cwd, 'out', 'stdin.md'), 'utf8'));
    expect(md).toContain(`> **${MARK}**`);
    expect(md).toContain(`spec-sha256:${hash}`);
  });
});

describe('a final contract', () => {
  it('has no draft mark in any format', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'svc-draft-'));
    writeFileSync(join(cwd, 'deal.yaml'), readFileSync(join(root, 'examples', 'work-contract.yaml')));
    expect((await run(['build', 'deal.yaml', '--out', 'out'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'out', 'deal.md'), 'utf8')).not.toMatch(/草稿|征求意见稿|□|勾选其一/);
    const pdf = await readPdf(new Uint8Array(readFileSync(join(cwd, 'out', 'deal.pdf'))));
    expect(pdf.pages.flat().join('\n')).not.toMatch(/草稿|征求意见稿/);
    expect(docxFooters(new Uint8Array(readFileSync(join(cwd, 'out', 'deal.docx')))).text).not.toMatch(/草稿|征求意见稿/);
  });
});
