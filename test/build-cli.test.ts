// `svc-contract build` as a user runs it: files written, names, atomicity, overrides, locale, draft.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, root } from './helpers/check.js';
import { run, STACK } from './helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'svc-build-'));
const wc = join(root, 'examples', 'work-contract.yaml');

describe('build', () => {
  it('writes <spec name>.md into --out, and the same bytes twice', async () => {
    const out = tmp();
    const r = await run(['build', wc, '--format', 'md', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['work-contract.md']);
    const first = readFileSync(join(out, 'work-contract.md'));
    expect((await run(['build', wc, '--format', 'md', '--out', out])).code).toBe(0);
    expect(readFileSync(join(out, 'work-contract.md')).equals(first)).toBe(true);
    expect(first.toString()).toMatch(/^# 客服工作合同\n/);
  });

  it('says the warnings validate gives, positioned, and still builds (exit 0)', async () => {
    const dir = tmp();
    const spec = join(dir, 'warn.yaml');
    writeFileSync(spec, readFileSync(wc, 'utf8').replace('refundOnTermination: nonconforming', 'refundOnTermination: unperformed'));
    const r = await run(['build', spec, '--format', 'md', '--out', join(dir, 'out')], { env: { LANG: 'C' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warn\.yaml:\d+:\d+: warning: liability\.provider\.refundOnTermination/);
    expect(existsSync(join(dir, 'out', 'warn.md'))).toBe(true);
  });

  it('output names come from the file name, never from values in the spec', async () => {
    const dir = tmp();
    const spec = readFileSync(wc, 'utf8')
      .replace(/^(\s+number:) .*$/m, '$1 "../../etc/passwd"')
      .replace(/^(\s+title:) .*$/m, '$1 "../逃逸"');
    writeFileSync(join(dir, 'deal.yaml'), spec);
    const out = join(dir, 'out');
    const r = await run(['build', join(dir, 'deal.yaml'), '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['deal.docx', 'deal.md', 'deal.pdf']);
    expect(readdirSync(dir).sort()).toEqual(['deal.yaml', 'out']);
    expect(readFileSync(join(out, 'deal.md'), 'utf8')).toContain('../../etc/passwd');
  });

  it('an invalid spec writes nothing and leaves earlier outputs untouched', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'deal.yaml'), readFileSync(wc));
    expect((await run(['build', join(dir, 'deal.yaml'), '--format', 'md', '--out', out])).code).toBe(0);
    const before = readFileSync(join(out, 'deal.md'));
    writeFileSync(join(dir, 'deal.yaml'), readFileSync(wc, 'utf8').replace('replyWithin: 2 hours', 'replyWithin: 2'));
    const r = await run(['build', join(dir, 'deal.yaml'), '--format', 'md', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/deal\.yaml:\d+:\d+: error: services\.replyWithin/);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
    expect(readdirSync(out)).toEqual(['deal.md']);
    expect(readFileSync(join(out, 'deal.md')).equals(before)).toBe(true);
  });

  it('a writer that fails halfway (a glyph the PDF font lacks) leaves every earlier output as it was, and no temporary file', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'deal.yaml'), readFileSync(wc));
    expect((await run(['build', join(dir, 'deal.yaml'), '--out', out])).code).toBe(0);
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
    writeFileSync(join(dir, 'deal.yaml'), readFileSync(wc, 'utf8').replace('南京华康健康科技有限公司', '南京华康😀科技有限公司'));
    const r = await run(['build', join(dir, 'deal.yaml'), '--out', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(Object.keys(before).sort());
    for (const [f, bytes] of Object.entries(before)) expect(readFileSync(join(out, f)).equals(bytes), f).toBe(true);
  });

  it('two specs with the same file name would collide: usage error', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'deal.yaml'), readFileSync(wc));
    writeFileSync(join(dir, 'b', 'deal.yaml'), readFileSync(wc));
    const r = await run(['build', join(dir, 'a', 'deal.yaml'), join(dir, 'b', 'deal.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would both write deal\.\*/);
  });

  it('unknown format or locale: usage error', async () => {
    expect((await run(['build', wc, '--format', 'md,odt', '--out', tmp()])).code).toBe(2);
    expect((await run(['build', wc, '--locale', 'en', '--out', tmp()])).code).toBe(2);
  });

  it('--locale zh-Hant gives Traditional text; zh-Hant-TW uses Taiwan wording only when asked', async () => {
    const out = tmp();
    expect((await run(['build', wc, '--locale', 'zh-Hant', '--format', 'md', '--out', out])).code).toBe(0);
    const hant = readFileSync(join(out, 'work-contract.md'), 'utf8');
    expect(hant).toMatch(/^# 客服工作合同/);
    expect(hant).toContain('服務費用');
    expect(hant).toContain('保密條款');
    // the template's own words converted; what the spec typed printed as written (legal review TW-S1)
    expect(hant).toContain('服務費用以銀行');
    expect(hant).toContain('南京华康健康科技有限公司');
    expect(hant).toContain('人民幣68,000.00元（大寫：人民幣陸萬捌仟元整）');
  });

  it('--draft on a bare init spec gives blanks, not errors', async () => {
    const dir = tmp();
    const spec = join(dir, 'starter.yaml');
    expect((await run(['init', '--type', 'work-contract', spec])).code).toBe(0);
    const r = await run(['build', '--draft', spec, '--format', 'md', '--out', dir]);
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, 'starter.md'), 'utf8');
    expect(md).toContain('合同编号：\\_\\_\\_\\_\\_\\_');
    expect(md).toMatch(/服务期限自(\\?_){6}年(\\?_){4}月(\\?_){4}日起至(\\?_){6}年(\\?_){4}月(\\?_){4}日止/);
    // an amount's blanks have room for its figures and, by hand, its 大写
    expect(md).toMatch(/每月人民币(\\?_){10}元（大写：(\\_){20}）/);
  });

  it('a final spec with blanks left is refused by build too, positioned', async () => {
    const dir = tmp();
    const spec = join(dir, 'starter.yaml');
    await run(['init', '--type', 'work-contract', spec]);
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^draft: true$/m, 'draft: false'));
    const r = await run(['build', spec, '--out', dir]);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'starter.md'))).toBe(false);
  });

  it('--templates overrides a partial by file name; an unknown override file is a usage error', async () => {
    const dir = tmp();
    const firm = join(dir, 'firm');
    mkdirSync(join(firm, 'partials'), { recursive: true });
    writeFileSync(join(firm, 'partials', 'disputes.md.hbs'), '争议提交{{disputes.commission}}仲裁。本所特别约定。\n');
    const spec = join(dir, 'deal.yaml');
    writeFileSync(spec, readFileSync(wc, 'utf8').replace(/^disputes:\n(?:[ ].*\n)*/m, 'disputes:\n  method: arbitration\n  commission: 上海仲裁委员会\n'));
    const r = await run(['build', spec, '--format', 'md', '--templates', firm, '--out', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'deal.md'), 'utf8')).toContain('争议提交上海仲裁委员会仲裁。本所特别约定。');

    writeFileSync(join(firm, 'partials', 'dispute.md.hbs'), 'x');
    const bad = await run(['build', spec, '--templates', firm, '--out', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/dispute\.md\.hbs: matches no template of work-contract/);
  });

  it('templates that are not files, too large, missing or endlessly recursive: clear errors, nothing written, no hang', async () => {
    const dir = tmp();
    const firm = join(dir, 'firm');
    mkdirSync(join(firm, 'partials'), { recursive: true });
    const build = (...extra: string[]) => run(['build', wc, '--format', 'md', '--templates', firm, '--out', join(dir, 'out'), ...extra]);
    // a folder that does not exist is not silently ignored
    const none = await run(['build', wc, '--format', 'md', '--templates', join(dir, 'nowhere'), '--out', dir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--templates .*nowhere: no such folder/);
    // a FIFO would block a read forever; a folder named like a template cannot be read
    expect(spawnSync('mkfifo', [join(firm, 'partials', 'disputes.md.hbs')]).status).toBe(0);
    const fifo = await build();
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toMatch(/disputes\.md\.hbs: is not a regular file/);
    rmSync(join(firm, 'partials', 'disputes.md.hbs'));
    mkdirSync(join(firm, 'partials', 'disputes.md.hbs'));
    expect((await build()).stderr).toMatch(/disputes\.md\.hbs: is not a regular file/);
    rmSync(join(firm, 'partials', 'disputes.md.hbs'), { recursive: true });
    // too large to be a template
    writeFileSync(join(firm, 'partials', 'disputes.md.hbs'), 'x'.repeat(300 * 1024));
    const big = await build();
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/disputes\.md\.hbs: is 300 KiB, more than a template's 256 KiB/);
    // a partial that includes itself: an error at the template, not a run past all memory
    writeFileSync(join(firm, 'partials', 'disputes.md.hbs'), '争议{{> disputes}}\n');
    const loop = await build();
    expect(loop.code).toBe(1);
    expect(loop.stderr).toMatch(/disputes\.md\.hbs:1:1: error: expected partials nested at most \d+ deep/);
    expect(loop.stderr).not.toMatch(STACK);
    expect(existsSync(join(dir, 'out', 'work-contract.md'))).toBe(false);
  });

  it('a custom template with a mistake is reported at its own line', async () => {
    const dir = tmp();
    const firm = join(dir, 'firm');
    mkdirSync(firm);
    writeFileSync(join(firm, 'copies.md.hbs'), '本合同一式\n{{qty contract.originalz}}份。\n');
    const r = await run(['build', wc, '--templates', firm, '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/copies\.md\.hbs:2:\d+: error: expected a template that renders, got the template uses `originalz`, which is not a field here/);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
    // the template's line quoted under it, as diff and preview quote it (issue 19), never the spec's
    expect(r.stderr).toMatch(/\n2 \| \{\{qty contract\.originalz\}\}份。\n +\| +\^/);
    expect(r.stderr).not.toContain(`2 | ${readFileSync(wc, 'utf8').split('\n')[1]}`);
  });

  it('a font that is not a font: a flag is a usage error, a spec field is an error at its line; nothing written', async () => {
    const dir = tmp();
    const flag = await run(['build', wc, '--format', 'pdf', '--font-regular', join(root, 'package.json'), '--out', dir]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--font-regular .*package\.json: not a TrueType or OpenType font/);
    writeFileSync(join(dir, 'deal.yaml'), `${readFileSync(wc, 'utf8').replace(/^fonts:[\s\S]*?(?=^\S|$(?![\s\S]))/m, '')}\nfonts:\n  pdfRegular: deal.yaml\n`);
    const spec = await run(['build', join(dir, 'deal.yaml'), '--format', 'pdf', '--out', dir]);
    expect(spec.code).toBe(1);
    const line =
      readFileSync(join(dir, 'deal.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('pdfRegular')) + 1;
    expect(spec.stderr).toContain(`deal.yaml:${line}:15: error: fonts.pdfRegular`);
    expect(spec.stderr).not.toMatch(STACK);
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    // a folder, a device: refused before reading
    expect((await run(['build', wc, '--format', 'pdf', '--font-regular', '/dev/zero', '--out', dir])).stderr).toMatch(/not a regular file/);
    expect((await run(['build', wc, '--format', 'pdf', '--font-bold', root, '--out', dir])).stderr).toMatch(/is a folder/);
  });

  it('values that look like internal markers print as written: private-use tokens, {.center}, {#id}', async () => {
    const dir = tmp();
    const forged = '南京华康\ue0005\ue001健康科技有限公司';
    const spec = readFileSync(wc, 'utf8')
      .replace(/^(\s+name: )南京华康健康科技有限公司$/m, `$1"${forged.replace(/[\ue000-\uf8ff]/g, (c) => `\\u${c.codePointAt(0)!.toString(16)}`)}"`)
      .replace(/^(\s+contactPerson: )(.*)$/m, '$1"$2 {.center}"');
    writeFileSync(join(dir, 'deal.yaml'), spec);
    const r = await run(['build', join(dir, 'deal.yaml'), '--format', 'md,docx', '--out', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, 'deal.md'), 'utf8');
    expect(md).toContain(forged);
    expect(md).toMatch(/\{\.center\}/);
    // no clause number appeared from the forged token, the clause count is the example's
    const plainMd = readFileSync(join(root, 'test', 'golden', 'work-contract.md'), 'utf8');
    expect(md.match(/^#+ /gm)!.length).toBe(plainMd.match(/^#+ /gm)!.length);
    // the PDF faces have no private-use glyphs: a PDF build stops at the spec line that holds it
    const pdf = await run(['build', join(dir, 'deal.yaml'), '--format', 'pdf', '--out', dir]);
    expect(pdf.code).toBe(1);
    const line = spec.split('\n').findIndex((l) => l.includes('\\ue000')) + 1;
    expect(pdf.stderr).toMatch(new RegExp(`deal\\.yaml:${line}:`));
  });

  it('--check writes nothing and says whether the committed outputs are current (exit 0) or not (exit 1, listing them)', async () => {
    const dir = tmp();
    const spec = join(dir, 'deal.yaml');
    writeFileSync(spec, readFileSync(wc, 'utf8'));
    // nothing built yet: every output is missing
    const none = await run(['build', '--check', spec, '--out', join(dir, 'out')]);
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/✗ .*deal\.pdf: missing/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect((await run(['build', spec, '--out', join(dir, 'out')])).code).toBe(0);
    const current = await run(['build', '--check', spec, '--out', join(dir, 'out')]);
    expect(current.code).toBe(0);
    expect(current.stdout).toMatch(/✓ .*deal\.yaml: .*deal\.md, .*deal\.docx, .*deal\.pdf current/);
    // the spec changes: all three formats are stale, and nothing is rewritten
    const before = readFileSync(join(dir, 'out', 'deal.pdf'));
    writeFileSync(spec, readFileSync(wc, 'utf8').replace(/^(\s+number:) .*$/m, '$1 NEW-0002'));
    const stale = await run(['build', '--check', spec, '--out', join(dir, 'out')]);
    expect(stale.code).toBe(1);
    expect(stale.stdout.match(/✗ .*differs from what .*deal\.yaml produces now/g)).toHaveLength(3);
    expect(readFileSync(join(dir, 'out', 'deal.pdf')).equals(before)).toBe(true);
  });

  it('the bad-input fixtures fail build as they fail validate', async () => {
    const r = await run(['build', fixture('bad/unknown-key.yaml'), '--out', tmp()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown-key\.yaml:3:1: error/);
  });
});

describe('zh-Hant in every format', () => {
  it("the writers' own words are converted too: 合同編號, 第 N 頁 共 M 頁, and the DOCX is tagged zh-TW", async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const out = tmp();
    expect((await run(['build', wc, '--locale', 'zh-Hant', '--out', out])).code).toBe(0);
    expect(readFileSync(join(out, 'work-contract.md'), 'utf8')).toMatch(/^合同編號：/m);
    const parts = unzipSync(new Uint8Array(readFileSync(join(out, 'work-contract.docx'))));
    const xml = (name: string) => strFromU8(parts[name]!);
    expect(xml('word/styles.xml')).toContain('w:eastAsia="zh-TW"');
    expect(xml('word/styles.xml')).not.toContain('w:eastAsia="zh-CN"');
    expect(xml('word/document.xml')).toContain('合同編號');
    const footer = Object.keys(parts)
      .filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .map(xml)
      .join('');
    expect(footer).toContain('頁');
    expect(footer).not.toContain('页');
    const { readPdf } = await import('./helpers/pdf.js');
    const pdf = await readPdf(new Uint8Array(readFileSync(join(out, 'work-contract.pdf'))));
    expect(pdf.pages[0]![0]).toMatch(/^合同編號：/);
    expect(pdf.pages[0]!.at(-1)).toMatch(/^第 1 頁 共 \d+ 頁$/);
  });
});
