// The cold architecture review of 2026-12-08 (docs/reviews/2026-12-08-architecture-cold.md): the
// faults it found where the same mistake had different outcomes between commands, each run
// in-process through main() as a user's shell would run it, with the code and the words checked.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/check.js';
import { run, STACK } from './helpers/cli.js';

let dir = '';
const C = { LANG: 'C' };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'svc-shape-'));
  writeFileSync(join(dir, 'good.yaml'), readFileSync(join(root, 'test', 'fixtures', 'good', 'minimal-draft.yaml')));
  for (const [folder, file] of [
    ['notes', 'notes.txt'],
    ['misspelt', 'contract.md'],
    ['typo', 'contrct.md.hbs'],
  ] as const) {
    mkdirSync(join(dir, folder, 'partials'), { recursive: true });
    writeFileSync(join(dir, folder, file), 'x\n');
    // a README and a hidden file are let be
    writeFileSync(join(dir, folder, 'README.md'), '# our templates\n');
    writeFileSync(join(dir, folder, 'partials', '.gitkeep'), '');
  }
});

describe('row 4 (a): a stray file in --templates', () => {
  it.each([
    ['notes', 'notes.txt', /is not a template \(\.md\.hbs\)/],
    ['misspelt', 'contract.md', /is not a template \(\.md\.hbs\)/],
    ['typo', 'contrct.md.hbs', /matches no template of work-contract/],
  ])('%s/%s: a usage error naming the file, exit 2, in build and diff alike', async (folder, file, why) => {
    for (const args of [
      ['build', 'good.yaml', '--format', 'md', '--out', 'o', '--templates', folder],
      ['diff', 'good.yaml', 'good.yaml', '--templates', folder],
    ]) {
      const r = await run(args, { cwd: dir, env: C });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(`${join(folder, file)}: `);
      expect(r.stderr, args.join(' ')).toMatch(why);
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});

describe('row 5: a template diagnostic quoted from the template', () => {
  it("diff shows a parse error in the user's template under the template's line, never under the spec's", async () => {
    mkdirSync(join(dir, 'tpl-bad', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'tpl-bad', 'partials', 'payment.md.hbs'), '第一行\n第二行\n这里 {{#if broken} 坏了\n');
    const spec = readFileSync(join(dir, 'good.yaml'), 'utf8').split('\n');
    const r = await run(['diff', 'good.yaml', 'good.yaml', '--templates', 'tpl-bad'], { cwd: dir, env: C });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tpl-bad\/partials\/payment\.md\.hbs:3:\d+: error/);
    expect(r.stderr).toContain('3 | 这里 {{#if broken} 坏了');
    expect(r.stderr).not.toContain(`3 | ${spec[2]}`);
  });
});

describe('row 4 (c): a corrupt font the spec names', () => {
  // a TrueType tag, then zeros: it passes the magic-number check and fontkit opens it without a word
  const corrupt = () => {
    writeFileSync(join(dir, 'bad.ttf'), Buffer.concat([Buffer.from([0, 1, 0, 0]), Buffer.alloc(2000)]));
    const spec = `${readFileSync(join(dir, 'good.yaml'), 'utf8').trimEnd()}\nfonts:\n  pdfRegular: bad.ttf\n`;
    writeFileSync(join(dir, 'fonty.yaml'), spec);
    return spec.split('\n').findIndex((l) => l.includes('pdfRegular')) + 1;
  };

  it('is font/unreadable at its fonts.pdfRegular line (exit 1 in build, 2 in diff), never a bug of ours', async () => {
    const line = corrupt();
    const build = await run(['build', 'fonty.yaml', '--format', 'pdf', '--out', 'o-font'], { cwd: dir, env: C });
    const diff = await run(['diff', 'good.yaml', 'fonty.yaml', '--format', 'pdf', '--out', 'o-font'], { cwd: dir, env: C });
    expect([build.code, diff.code]).toEqual([1, 2]);
    for (const r of [build, diff]) {
      expect(r.stderr).toContain(
        `fonty.yaml:${line}:15: error: fonts.pdfRegular: expected a font file that can be read, got bad.ttf: cannot be read as a font`,
      );
      expect(r.stderr).not.toMatch(/bug in svc-contract|internal error/);
      expect(r.stderr).not.toMatch(STACK);
    }
    const json = await run(['build', 'fonty.yaml', '--format', 'pdf', '--out', 'o-font', '--json'], { cwd: dir, env: C });
    const d = JSON.parse(json.stdout).specs[0].diagnostics[0];
    expect([d.ruleId, d.line, d.path]).toEqual(['font/unreadable', line, 'fonts.pdfRegular']);
  });

  it('named by --font-regular: a usage error naming the flag, exit 2', async () => {
    corrupt();
    const r = await run(['build', 'good.yaml', '--format', 'pdf', '--out', 'o-font', '--font-regular', 'bad.ttf'], { cwd: dir, env: C });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--font-regular bad.ttf: cannot read the font file (its tables cannot be read)');
    expect(r.stderr).not.toMatch(/bug in svc-contract|internal error/);
  });

  it('font/unreadable is made in one place: convert.ts, with a position', () => {
    const made = ['src/writers/pdf.ts', 'src/writers/measure.ts', 'src/convert.ts'].filter((f) =>
      readFileSync(join(root, f), 'utf8').includes("'font/unreadable'"),
    );
    expect(made).toEqual(['src/convert.ts']);
  });
});

describe("row 4 (b), row 7: the settings file's templates and locale, honoured by every command that builds text", () => {
  /** a folder holding good.yaml and a settings file saying `settings` */
  const folder = (name: string, settings: object) => {
    const d = join(dir, name);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'good.yaml'), readFileSync(join(dir, 'good.yaml')));
    writeFileSync(join(d, 'svc-contract.config.json'), JSON.stringify(settings));
    return d;
  };

  it('locale: zh-Hant: textconv, build, validate and diff all write the Traditional text', async () => {
    const d = folder('cfg-hant', { locale: 'zh-Hant' });
    const text = await run(['textconv', 'good.yaml'], { cwd: d, env: C });
    expect(text.stdout).toContain('合同編號：KF-2026-0001');
    const build = await run(['build', 'good.yaml', '--format', 'md', '--out', 'o'], { cwd: d, env: C });
    expect(build.code).toBe(0);
    expect(readFileSync(join(d, 'o', 'good.md'), 'utf8')).toContain('合同編號：KF-2026-0001');
    expect((await run(['validate', 'good.yaml'], { cwd: d, env: C })).code).toBe(0);
    writeFileSync(join(d, 'new.yaml'), readFileSync(join(d, 'good.yaml'), 'utf8').replace('KF-2026-0001', 'KF-2026-0002'));
    const diff = await run(['diff', 'good.yaml', 'new.yaml', '--out', 'r', '--format', 'md'], { cwd: d, env: C });
    expect(diff.stderr).toBe('');
    // the redline's title names the Traditional document
    const md = readFileSync(join(d, 'r', 'new.redline.md'), 'utf8');
    expect(md).toContain('《客服工作合同（徵求意見稿）》');
    // and its head, and the names of what changed, are Traditional too (issue 19)
    expect(md).toContain('## 《客服工作合同（徵求意見稿）》修訂對照');
    expect(md).toContain('- 簽署頁：合同編號：KF-2026-0001 → KF-2026-0002');
    expect(md).not.toMatch(/修订|签署页/);
    // --no-config: the spec's own locale again
    expect((await run(['textconv', 'good.yaml'], { cwd: join(dir), env: C })).stdout).toContain('合同编号');
  });

  it('templates: a folder that is not there is exit 2 from every command', async () => {
    const d = folder('cfg-nosuch', { templates: 'nosuch' });
    for (const args of [
      ['validate', 'good.yaml'],
      ['lint', 'good.yaml'],
      ['textconv', 'good.yaml'],
      ['build', 'good.yaml', '--format', 'md', '--out', 'o'],
      ['diff', 'good.yaml', 'good.yaml'],
      ['preview', 'good.yaml', '--port', '0'],
    ]) {
      const r = await run(args, { cwd: d, env: C });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('nosuch: no such folder');
    }
  });

  it('templates: a template that fails fails validate and lint as it fails build (exit 1)', async () => {
    const d = folder('cfg-bad', { templates: 'tpl' });
    mkdirSync(join(d, 'tpl'));
    writeFileSync(join(d, 'tpl', 'amendments.md.hbs'), '{{#if broken}}\n');
    for (const args of [
      ['validate', 'good.yaml'],
      ['lint', 'good.yaml'],
      ['build', 'good.yaml', '--format', 'md', '--out', 'o'],
    ]) {
      const r = await run(args, { cwd: d, env: C });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toContain('tpl/amendments.md.hbs');
    }
    // textconv prints the spec as YAML (git needs 0) and says it does not validate
    const text = await run(['textconv', 'good.yaml'], { cwd: d, env: C });
    expect([text.code, text.stdout.split('\n')[0]]).toEqual([0, expect.stringMatching(/^# svc-contract textconv: /)]);
  });

  it('the locale and the formats are checked once, by the library: compile() refuses an unknown locale', async () => {
    const { compile, parseLocale } = await import('../src/compile.js');
    const { parseFormats } = await import('../src/convert.js');
    await expect(compile('type: work-contract\n', { locale: 'zh-XX' as never })).rejects.toThrow(/unknown locale "zh-XX"; one of: zh-Hans, zh-Hant/);
    expect(() => parseLocale('en')).toThrow(/unknown locale "en"/);
    expect(parseFormats(' MD,pdf,md ')).toEqual(['md', 'pdf']);
    expect(() => parseFormats('md,rtf')).toThrow(/unknown format "rtf"/);
    for (const f of ['build', 'diff', 'preview']) {
      const src = readFileSync(join(root, 'src', 'cli', 'commands', `${f}.ts`), 'utf8');
      expect(src, f).not.toMatch(/LABELS\.locale|function parseFormats|loadConfig\(/);
    }
  });
});

describe('row 6: a redline written as Markdown', () => {
  it("strikes a deleted clause's number with its heading, and shows a renumbered clause's old number struck", async () => {
    const { compareSpecs } = await import('../src/redline.js');
    const before = readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8');
    // the same contract without its non-solicitation clause
    const after = before.replace(/^ {4}- id: non-solicitation\n(?: {6}.*\n|\n)+/m, '');
    expect(after).not.toContain('禁止招揽');
    const r = await compareSpecs({ name: 'a.yaml', bytes: Buffer.from(before) }, { name: 'b.yaml', bytes: Buffer.from(after) }, { formats: ['md'] });
    if (!r.ok) throw new Error(r.failed.diagnostics.map((d) => d.message).join('\n'));
    const headings = new TextDecoder()
      .decode(r.outputs.md)
      .split('\n')
      .filter((l) => /^## /.test(l));
    const deleted = headings.find((l) => l.includes('禁止招揽'))!;
    expect(deleted).toMatch(/^## <del>[一二三四五六七八九十]+、<\/del><del>禁止招揽<\/del>$/);
    const number = /<del>(.+?)<\/del>/.exec(deleted)![1]!;
    // the clause after it takes its number: the old one struck, the new one inserted; no heading numbered so unmarked
    expect(headings.filter((l) => l.endsWith('个人信息保护'))).toEqual([`## <del>七、</del><ins>${number}</ins>个人信息保护`]);
    expect(headings.filter((l) => l.startsWith(`## ${number}`))).toEqual([]);
  });
});

describe('row 3: a label joined to its value in one place', () => {
  it('the party head and every label： come from partyHead() and labelled() (tree/types.ts) in every writer, the typesetter, the text and the walk', () => {
    const files = ['src/writers/docx.ts', 'src/writers/html.ts', 'src/writers/markdown.ts', 'src/layout/typeset.ts', 'src/tree/text.ts', 'src/tree/walk.ts'];
    for (const f of files) {
      const src = readFileSync(join(root, f), 'utf8');
      // a label joined by hand: `${x.label}：` or `${x.label}（${x.role}）：`
      expect(src.match(/\$\{\w+\.label\}[（：]/g) ?? [], f).toEqual([]);
      expect(src, f).toMatch(/\blabelled\(/);
    }
    for (const f of ['src/writers/docx.ts', 'src/writers/html.ts', 'src/writers/markdown.ts', 'src/layout/typeset.ts', 'src/tree/text.ts', 'src/tree/walk.ts'])
      expect(readFileSync(join(root, f), 'utf8'), f).toMatch(/\bpartyHead\(/);
  });

  it('and they say it as before', async () => {
    const { labelled, partyHead } = await import('../src/tree/types.js');
    expect([partyHead({ label: '甲方', role: '委托方' }), labelled('住所')]).toEqual(['甲方（委托方）：', '住所：']);
  });
});

describe('rows 8 and 10: Compiled a discriminated union, no function over 80 lines', () => {
  it('Compiled is CompiledOk | CompiledFailed: no caller casts to CompiledOk or asserts the tree or contract', async () => {
    expect(readFileSync(join(root, 'src', 'compile.ts'), 'utf8')).toContain('export type Compiled = CompiledOk | CompiledFailed;');
    const casts: string[] = [];
    for (const f of ['src/convert.ts', 'src/redline.ts', 'src/cli/job.ts', 'src/cli/commands/validate.ts', 'src/cli/commands/lint.ts']) {
      const src = readFileSync(join(root, f), 'utf8');
      for (const m of src.matchAll(/as CompiledOk|\.tree!|contract!/g)) casts.push(`${f}: ${m[0]}`);
    }
    expect(casts).toEqual([]);
    // narrowed by ok: the tree and the contract are there, a failure says its fault
    const { compile } = await import('../src/compile.js');
    const r = await compile(readFileSync(join(root, 'test', 'fixtures', 'good', 'minimal-draft.yaml')));
    if (!r.ok) throw new Error('expected the fixture to compile');
    expect([r.tree.type, r.contract.type.id, r.fault]).toEqual(['document', 'work-contract', undefined]);
    const bad = await compile('type: work-contract\n');
    expect([bad.ok, bad.fault]).toEqual([false, 'spec']);
  });
});
