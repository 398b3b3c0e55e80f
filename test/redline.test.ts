// `svc-contract diff`: the redline between two versions of a contract, checked as a lawyer would
// check it. The example service agreement with one amount changed, one optional clause omitted
// and one custom clause added: the summary names exactly those three clauses; the redline DOCX's
// tracked changes, accepted, give the new contract's text and, rejected, the old one's (Word's
// rules applied to the XML here; test/clients/redline.test.ts has LibreOffice do it); the PDF marks
// them; the Markdown shows them; equal specs exit 0, a git base works, bad input exits 2.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { redlineHtml } from '../src/cli/commands/preview.js';
import { type CompiledOk, compile } from '../src/compile.js';
import type { DocumentDiff } from '../src/diff/diff.js';
import { redlineMarkdown } from '../src/diff/markdown.js';
import { diffInlines } from '../src/diff/redline.js';
import { words } from '../src/diff/tokens.js';
import { redline } from '../src/index.js';
import type { Inline } from '../src/tree/types.js';
import { root } from './helpers/check.js';
import { run } from './helpers/cli.js';
import { readPdf } from './helpers/pdf.js';
import { editedSpec } from './helpers/redline.js';

// each diff builds two contracts and writes three redlines: seconds on a loaded machine
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'svc-redline-'));
  const v1 = readFileSync(join(root, 'examples', 'service-agreement.yaml'), 'utf8');
  writeFileSync(join(dir, 'v1.yaml'), v1);
  writeFileSync(join(dir, 'v2.yaml'), editedSpec(v1));
});

describe('words', () => {
  it('keeps amounts, dates, periods and clause numbers whole', () => {
    const w = words('乙方应当于2026年1月1日前支付人民币12,000.00元（大写：人民币壹万贰仟元整），见第十二条，期限为10个工作日。');
    for (const atom of ['2026年1月1日', '人民币12,000.00元', '人民币壹万贰仟元整', '第十二条', '10个工作日']) expect(w).toContain(atom);
    expect(w.join('')).toBe('乙方应当于2026年1月1日前支付人民币12,000.00元（大写：人民币壹万贰仟元整），见第十二条，期限为10个工作日。');
  });
});

describe('diffInlines', () => {
  const t = (value: string): Inline[] => [{ type: 'text', value }];
  const changes = (xs: Inline[]) =>
    xs
      .filter((x) => x.type === 'change')
      .map((x) => `${(x as { change: string }).change}:${x.type === 'change' ? x.children.map((c) => (c.type === 'text' ? c.value : '')).join('') : ''}`);
  it('marks a changed amount as the amount, not the sentence', () => {
    expect(changes(diffInlines(t('每月服务费为人民币12,000.00元，按月支付。'), t('每月服务费为人民币15,000.00元，按月支付。')))).toEqual([
      'del:人民币12,000.00元',
      'ins:人民币15,000.00元',
    ]);
  });
  it('marks a changed date as the date', () => {
    expect(changes(diffInlines(t('本合同自2026年1月1日起生效。'), t('本合同自2027年3月1日起生效。')))).toEqual(['del:2026年1月1日', 'ins:2027年3月1日']);
  });
  it('gives back the new version unmarked when nothing changed', () => {
    const same = t('双方应当遵守本协议。');
    expect(diffInlines(same, same)).toEqual(same);
  });
  it('treats a reference that now prints another number as renumbered', () => {
    const ref = (text: string): Inline => ({ type: 'ref', ids: ['fees'], mode: 'one', text });
    const out = diffInlines([{ type: 'text', value: '依照' }, ref('第四条')], [{ type: 'text', value: '依照' }, ref('第五条')]);
    expect(out.filter((x) => x.type === 'change').every((x) => x.type === 'change' && x.renumbered)).toBe(true);
  });
});

describe('redlineMarkdown', () => {
  // issue 19: its own words were never converted, so a Traditional redline had a Simplified head
  const diff = (locale: string, same: boolean) =>
    ({
      same,
      changes: [{ kind: 'deleted', id: 'x', number: '第七条', title: '禁止招攬', changes: [] }],
      redline: { type: 'document', meta: { title: '客服工作合同', locale }, children: [] },
    }) as unknown as DocumentDiff;
  const versions = { before: { name: 'v1.yaml', specHash: '' }, after: { name: 'v2.yaml', specHash: '' } };
  it.each(['zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK'])('writes its head and its own words in %s', async (locale) => {
    const changed = await redlineMarkdown(diff(locale, false), versions);
    expect(changed).toMatch(/^## 《客服工作合同》修訂對照\n/);
    expect(changed).toContain('- 第七条 禁止招攬（刪除）');
    expect(await redlineMarkdown(diff(locale, true), versions)).toContain('兩個版本的文字相同。');
  });
  it('keeps them Simplified in zh-Hans', async () => {
    expect(await redlineMarkdown(diff('zh-Hans', false), versions)).toMatch(/^## 《客服工作合同》修订对照\n[\s\S]*（删除）/);
  });
});

describe('svc-contract diff', () => {
  let report: {
    same: boolean;
    changes: { kind: string; id?: string; number: string; title: string; changes: { before: string; after: string }[] }[];
    outputs: { path: string; sha256: string }[];
  };
  beforeAll(async () => {
    const r = await run(['diff', 'v1.yaml', 'v2.yaml', '--out', 'out', '--reporter', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    report = JSON.parse(r.stdout);
  });

  it('json: tool, version and schema, valid against schemas/diff-report.schema.json', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(join(root, 'schemas', 'diff-report.schema.json'), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(report).toMatchObject({ schema: 'diff-report.schema.json', tool: { name: 'svc-contract', version } });
  });

  it("the library's redline() over two compiled specs finds what the command finds", async () => {
    const [a, b] = await Promise.all(['v1.yaml', 'v2.yaml'].map((f) => compile(readFileSync(join(dir, f)), { file: f })));
    expect(a!.ok && b!.ok).toBe(true);
    const r = await redline(a as CompiledOk, b as CompiledOk);
    expect(r.changes).toEqual(report.changes);
    expect(r.tree.meta.draftMark).toContain('v1.yaml → v2.yaml');
  });

  it('names exactly the three changed clauses; the rest are only renumbered', () => {
    const changed = report.changes.filter((c) => c.kind !== 'renumbered');
    expect(changed.map((c) => [c.kind, c.id, c.title])).toEqual([
      ['added', 'data-migration', '数据迁移'],
      ['changed', 'liability', '违约责任'],
      ['deleted', 'force-majeure', '不可抗力'],
    ]);
    // the amount in figures and in capitals, each as a whole
    expect(changed[1]!.changes).toEqual([
      { context: '应当向乙方支付违约金', before: '人民币200.00元', after: '人民币300.00元' },
      { context: '大写：', before: '人民币贰佰元整', after: '人民币叁佰元整' },
    ]);
    expect(report.changes.filter((c) => c.kind === 'renumbered').length).toBeGreaterThan(3);
  });

  it('prints one line per changed clause', async () => {
    const r = await run(['diff', 'v1.yaml', 'v2.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^v1\.yaml → v2\.yaml: 3 clauses changed, \d+ renumbered$/);
    expect(lines).toContain('  + 第三条 数据迁移 (added)');
    expect(lines.find((l) => l.includes('违约责任'))).toBe(
      '  ~ 第十一条 违约责任：应当向乙方支付违约金人民币200.00元 → 人民币300.00元；大写：人民币贰佰元整 → 人民币叁佰元整 (was 第十条)',
    );
    expect(lines.find((l) => l.includes('不可抗力'))).toMatch(/^ {2}- 第\S+条 不可抗力 \(deleted\)$/);
  });

  it('exits 0 for the same contract', async () => {
    const r = await run(['diff', 'v1.yaml', 'v1.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the same contract');
  });

  it('names the head and the signature page when only the contract number differs (issue 19)', async () => {
    const v1 = readFileSync(join(dir, 'v1.yaml'), 'utf8');
    const renumbered = v1.replace(/^( {2}number: )(\S+)$/m, '$1$2-B');
    expect(renumbered).not.toBe(v1);
    writeFileSync(join(dir, 'numbered.yaml'), renumbered);
    const number = /^ {2}number: (\S+)$/m.exec(v1)![1]!;
    const json = await run(['diff', 'v1.yaml', 'numbered.yaml', '--reporter', 'json'], { cwd: dir });
    expect(json.code).toBe(1);
    const rep = JSON.parse(json.stdout) as typeof report;
    expect(rep.same).toBe(false);
    const changed = { kind: 'changed', number: '', changes: [{ context: '合同编号：', before: number, after: `${number}-B` }] };
    expect(rep.changes).toEqual([
      { ...changed, title: '首部' },
      { ...changed, title: '签署页' },
    ]);
    const human = await run(['diff', 'v1.yaml', 'numbered.yaml'], { cwd: dir });
    expect(human.code).toBe(1);
    expect(human.stdout.split('\n')).toEqual([
      'v1.yaml → numbered.yaml: 2 clauses changed',
      `  ~ 首部：合同编号：${number} → ${number}-B`,
      `  ~ 签署页：合同编号：${number} → ${number}-B`,
      '',
    ]);
  });

  describe('the redline DOCX', () => {
    const xml = () => strFromU8(unzipSync(readFileSync(join(dir, 'out', 'v2.redline.docx')))['word/document.xml']!);
    const contract = async (spec: string) => {
      const r = await run(['build', spec, '--format', 'docx', '--out', 'plain'], { cwd: dir });
      expect(r.code).toBe(0);
      return strFromU8(unzipSync(readFileSync(join(dir, 'plain', spec.replace('.yaml', '.docx'))))['word/document.xml']!);
    };

    it('holds real tracked changes by svc-contract, dated from the new spec', () => {
      const x = xml();
      const ins = [...x.matchAll(/<w:ins w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)];
      const del = [...x.matchAll(/<w:del w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)];
      expect(ins.length).toBeGreaterThan(3);
      expect(del.length).toBeGreaterThan(3);
      for (const m of [...ins, ...del]) expect([m[2], m[3]]).toEqual(['svc-contract', expect.stringMatching(/^\d{4}-\d\d-\d\dT00:00:00Z$/)]);
      const ids = [...ins, ...del].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(x).toContain('<w:delText');
    });

    it('accepted gives the new contract, rejected the old one', async () => {
      const redline = xml();
      expect(paragraphs(accept(redline))).toEqual(paragraphs(await contract('v2.yaml')));
      expect(paragraphs(reject(redline))).toEqual(paragraphs(await contract('v1.yaml')));
    });
  });

  it('the redline PDF lists the changes first and marks them in the contract', async () => {
    const pdf = await readPdf(readFileSync(join(dir, 'out', 'v2.redline.pdf')));
    const first = pdf.pages[0]!.join('\n');
    expect(first).toContain('修订对照表');
    for (const s of ['第三条 数据迁移', '违约责任', '不可抗力', '整条新增', '整条删除']) expect(first).toContain(s);
    const all = pdf.pages.flat().join('\n');
    // the deleted clause is still there to read, beside the inserted one
    expect(all).toContain('数据迁移');
    expect(all).toMatch(/不可抗力/);
    expect(pdf.pages.every((p) => p.some((l) => l.includes('修订对照稿')))).toBe(true);
  });

  it('the Markdown diff shows only the changed clauses, marked', () => {
    const md = readFileSync(join(dir, 'out', 'v2.redline.md'), 'utf8');
    expect(md).toContain('<del>');
    expect(md).toContain('<ins>');
    expect(md).toMatch(/<del>[^<]*200\.00元<\/del><ins>[^<]*300\.00元<\/ins>/);
    // an inserted clause's number is inserted with it (row 6 of the 2026-12-08 cold review)
    expect(md).toContain('## <ins>第三条 </ins><ins>数据迁移</ins>');
    expect(md).not.toContain('保密信息的范围');
  });

  it('writes the same bytes twice', async () => {
    const again = await run(['diff', 'v1.yaml', 'v2.yaml', '--out', 'out2', '--reporter', 'json'], { cwd: dir });
    const second = JSON.parse(again.stdout) as typeof report;
    expect(second.outputs.map((o) => o.sha256)).toEqual(report.outputs.map((o) => o.sha256));
  });

  it('compares a spec with its version at a git revision', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'svc-redline-git-'));
    const git = (...a: string[]) =>
      execFileSync('git', a, {
        cwd: repo,
        stdio: 'pipe',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
      });
    git('init', '-q');
    writeFileSync(join(repo, 'deal.yaml'), readFileSync(join(dir, 'v1.yaml')));
    git('add', 'deal.yaml');
    git('commit', '-q', '-m', 'v1');
    writeFileSync(join(repo, 'deal.yaml'), readFileSync(join(dir, 'v2.yaml')));
    const r = await run(['diff', 'deal.yaml', '--base', 'HEAD', '--reporter', 'json'], { cwd: repo });
    expect(r.code).toBe(1);
    const rep = JSON.parse(r.stdout);
    expect(rep.before.file).toBe('deal.yaml@HEAD');
    expect(rep.changes.filter((c: { kind: string }) => c.kind !== 'renumbered')).toHaveLength(3);
    // the preview's toggle: the saved spec against the last commit, as HTML
    const page = await redlineHtml({
      path: join(repo, 'deal.yaml'),
      shown: 'deal.yaml',
      bytes: readFileSync(join(repo, 'deal.yaml')),
      settings: { file: 'deal.yaml', cwd: repo, draft: false },
    });
    expect(page.available).toBe(true);
    const html = page.available ? page.html : '';
    expect(html).toMatch(/<del>[^<]*200\.00元<\/del>/);
    expect(html).toMatch(/<ins>[^<]*300\.00元<\/ins>/);
    expect(html).toContain('修订对照表');
    const outside = await redlineHtml({
      path: join(dir, 'v2.yaml'),
      shown: 'v2.yaml',
      bytes: readFileSync(join(dir, 'v2.yaml')),
      settings: { file: 'v2.yaml', cwd: dir, draft: false },
    });
    expect(outside).toEqual({ available: false, message: expect.stringContaining('not in a git repository') });
    const bad = await run(['diff', 'deal.yaml', '--base', 'no-such-rev'], { cwd: repo });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('not a revision of this repository')]);
    const nogit = await run(['diff', 'v1.yaml', '--base', 'HEAD'], { cwd: dir });
    expect([nogit.code, nogit.stderr]).toEqual([2, expect.stringMatching(/not in a git repository|not in that revision/)]);
  });

  it('refuses bad input with exit 2 and no redline written', async () => {
    writeFileSync(join(dir, 'broken.yaml'), readFileSync(join(dir, 'v2.yaml'), 'utf8').replace('serviceFailurePenalty: 300', 'serviceFailurePenalty: lots'));
    const broken = await run(['diff', 'v1.yaml', 'broken.yaml', '--out', 'bad'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+: error/);
    expect(existsSync(join(dir, 'bad'))).toBe(false);
    const other = await run(['diff', 'v1.yaml', join(root, 'examples', 'work-contract.yaml')], { cwd: dir });
    expect([other.code, other.stderr]).toEqual([2, expect.stringContaining('one type of contract')]);
    const one = await run(['diff', 'v1.yaml'], { cwd: dir });
    expect([one.code, one.stderr]).toEqual([2, expect.stringContaining('compares two specs')]);
  });
});

// ---- Word's rules for tracked changes, on document.xml

/** Accept All: deletions go, insertions stay; a row or paragraph mark deleted goes with its content. */
function accept(xml: string): string {
  return resolve(xml, 'del', 'ins');
}
/** Reject All: insertions go, deletions come back. */
function reject(xml: string): string {
  return resolve(xml, 'ins', 'del');
}
function resolve(xml: string, drop: 'del' | 'ins', keep: 'del' | 'ins'): string {
  let x = xml;
  // rows and paragraphs whose mark is dropped, when nothing is left in them
  x = x.replace(/<w:tr\b(?:(?!<\/w:tr>)[\s\S])*?<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*?<w:(del|ins) [^>]*\/>[\s\S]*?<\/w:tr>/g, (row, kind: string) =>
    kind === drop ? '' : row,
  );
  x = x.replace(new RegExp(`<w:${drop} [^>]*>[\\s\\S]*?</w:${drop}>`, 'g'), '');
  x = x.replace(new RegExp(`<w:${keep} [^>]*>([\\s\\S]*?)</w:${keep}>`, 'g'), '$1');
  x = x.replace(/<w:delText([^>]*)>/g, '<w:t$1>').replace(/<\/w:delText>/g, '</w:t>');
  // a paragraph whose mark was dropped joins the next one
  x = x.replace(new RegExp(`<w:p\\b[^>]*>(?:(?!</w:p>)[\\s\\S])*?<w:rPr><w:${drop} [^>]*/>[\\s\\S]*?</w:p>`, 'g'), (p) => (textOf(p) === '' ? '' : p));
  return x;
}
/** What a reader sees of a paragraph: its runs' text, hidden runs (w:vanish) left out. */
const textOf = (p: string) =>
  [...p.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)]
    .filter((r) => !r[0].includes('<w:vanish/>'))
    .flatMap((r) => [...r[0].replace(/<w:noBreakHyphen\/>/g, '<w:t>-</w:t>').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]))
    .join('');
/** The text of each paragraph from the contract number on (a redline's list of changes comes before it). */
function paragraphs(xml: string): string[] {
  const ps = [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]!)).filter((t) => t !== '');
  return ps.slice(ps.findIndex((t) => t.startsWith('合同编号')));
}
