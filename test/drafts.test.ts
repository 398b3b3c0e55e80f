// Drafts that look like drafts (issue 10): `init` + `build --draft` of every type has blanks sized
// to what they stand for (a name, a credit code, an address, a date as ____年__月__日) and says
// 草稿 on every page of every format, with the spec's file and hash, as text a search finds; a
// final contract says nothing of the kind.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TYPES } from '../src/schema/types/index.js';
import { root } from './helpers/check.js';
import { run } from './helpers/cli.js';
import { readPdf } from './helpers/pdf.js';

const MARK = '草稿（未经签署，仅供审阅）';

/** Markdown's text as a reader sees it: backslash escapes (\\_, \\., \\<) undone */
const unescape = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

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
  it('sized blanks, and 草稿 with the spec\'s file and hash on every page of the PDF and DOCX and atop the Markdown', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'svc-draft-'));
    expect((await run(['init', '--type', id, 'deal.yaml'], { cwd })).code).toBe(0);
    const hash = createHash('sha256').update(readFileSync(join(cwd, 'deal.yaml'))).digest('hex').slice(0, 16);
    const r = await run(['build', '--draft', 'deal.yaml', '--out', 'out'], { cwd });
    expect(r.code).toBe(0);
    const mark = `${MARK} · deal.yaml · spec-sha256 ${hash}`;

    const md = readFileSync(join(cwd, 'out', 'deal.md'), 'utf8').replace(/\\_/g, '_');
    expect(md.split('\n').slice(0, 4)).toContain(`> **${mark}**`);
    // a party's name, its credit code and its address get room to write in; a date its 年月日
    expect(md).toMatch(/^\*\*甲方（[^）]+）：_{16}\*\*/m);
    expect(md).toMatch(/^统一社会信用代码：_{20}(\s|\\|$)/m);
    expect(md).toMatch(/^住所：_{24}(\s|\\|$)/m);
    // room to write a date by hand (D-N1): six low lines for the year, four for the month and day
    expect(md).toMatch(/日期：_{6}年_{4}月_{4}日/);
    expect(md).not.toMatch(/[^_]_{2}[月日]/);
    // an amount: room for its figures and for its capitals (大写) written by hand; a bank account's
    // bank and holder are names, its number a code of up to 20 digits
    const capitals = md.split('\n').flatMap((line) => [...line.matchAll(/人民币(_*)元（大写：(_*)）/g)].map((m) => ({ table: line.startsWith('|'), figures: m[1]!.length, words: m[2]!.length })));
    expect(capitals.length).toBeGreaterThan(0);
    for (const c of capitals) expect(c, JSON.stringify(c)).toEqual(c.table ? { table: true, figures: 10, words: 10 } : { table: false, figures: 10, words: 20 });
    expect(md).toMatch(/开户银行：_{16}；户名：_{16}；账号：_{20}。/);
    // a table's column is a fraction of the line: no blank in a cell is longer than an amount's
    // (the signatures, a table only in Markdown, are not a table of the contract)
    expect(md.split('\n').filter((l) => l.startsWith('|') && !l.includes('（盖章）')).join('\n')).not.toMatch(/_{11}/);

    const pdf = await readPdf(new Uint8Array(readFileSync(join(cwd, 'out', 'deal.pdf'))));
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((lines, i) => expect(lines.join('\n'), `PDF page ${i + 1}`).toContain(mark));

    const { text, kinds } = docxFooters(new Uint8Array(readFileSync(join(cwd, 'out', 'deal.docx'))));
    // the first page has a footer of its own (titlePage): it must carry the mark too
    expect(kinds.sort()).toEqual(['default', 'first']);
    expect(text).toContain(mark);
  });
});

describe('a draft named by a long path', () => {
  it('names the spec by its file alone, and the PDF wraps the mark rather than drop the hash', async () => {
    // the path as a user types it: absolute, a long folder, a long name (the mark no longer fits one line)
    const dir = join(mkdtempSync(join(tmpdir(), 'svc-draft-')), 'contracts-for-the-partner-legal-review-of-the-second-quarter');
    mkdirSync(dir);
    const name = 'customer-service-work-contract-draft-for-the-partner-review.yaml';
    const spec = join(dir, name);
    expect((await run(['init', '--type', 'work-contract', spec])).code).toBe(0);
    const hash = createHash('sha256').update(readFileSync(spec)).digest('hex').slice(0, 16);
    const out = join(dir, 'out');
    expect((await run(['build', '--draft', spec, '--out', out])).code).toBe(0);
    const stem = join(out, name.replace(/\.yaml$/, ''));
    const mark = `${MARK} · ${name} · spec-sha256 ${hash}`;

    const md = unescape(readFileSync(`${stem}.md`, 'utf8'));
    expect(md.split('\n').slice(0, 4)).toContain(`> **${mark}**`);
    expect(md).not.toContain(dir);
    expect(docxFooters(new Uint8Array(readFileSync(`${stem}.docx`))).text).toContain(mark);

    const pdf = await readPdf(new Uint8Array(readFileSync(`${stem}.pdf`)));
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((lines, i) => {
      const text = lines.join('\n');
      expect(text, `PDF page ${i + 1}`).toContain(`spec-sha256 ${hash}`);
      expect(lines.join(' '), `PDF page ${i + 1}`).toContain(mark);
      expect(text, `PDF page ${i + 1}`).not.toContain('contracts-for-the-partner');
      // the mark's lines sit above the page number, which keeps a line of its own
      expect(lines.at(-1), `PDF page ${i + 1}`).toBe(`第 ${i + 1} 页 共 ${pdf.pages.length} 页`);
    });
  });

  it('names a spec read from standard input <stdin>', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'svc-draft-'));
    expect((await run(['init', '--type', 'service-contract', 'deal.yaml'], { cwd })).code).toBe(0);
    const bytes = readFileSync(join(cwd, 'deal.yaml'));
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    expect((await run(['build', '--draft', '-', '--out', 'out'], { cwd, stdin: new Uint8Array(bytes) })).code).toBe(0);
    expect(unescape(readFileSync(join(cwd, 'out', 'stdin.md'), 'utf8'))).toContain(`> **${MARK} · <stdin> · spec-sha256 ${hash}**`);
  });
});

describe('a final contract', () => {
  it('has no draft mark in any format', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'svc-draft-'));
    writeFileSync(join(cwd, 'deal.yaml'), readFileSync(join(root, 'examples', 'work-contract.yaml')));
    expect((await run(['build', 'deal.yaml', '--out', 'out'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'out', 'deal.md'), 'utf8')).not.toContain('草稿');
    const pdf = await readPdf(new Uint8Array(readFileSync(join(cwd, 'out', 'deal.pdf'))));
    expect(pdf.pages.flat().join('\n')).not.toContain('草稿');
    expect(docxFooters(new Uint8Array(readFileSync(join(cwd, 'out', 'deal.docx')))).text).not.toContain('草稿');
  });
});
