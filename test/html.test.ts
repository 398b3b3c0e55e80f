// The HTML as a browser reads it: parsed by an HTML5 parser (parse5), with no parse error and
// every element closed where it was opened; the clause numbers and titles in order, the amounts,
// every link landing on a clause; values printed as the characters they hold; one file with
// nothing loaded from elsewhere; the same bytes every time; each example's HTML kept as a golden
// file (regenerate with `npm run golden` and review the diff).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { starterSpec } from '../src/init/starter.js';
import { findType, TYPES } from '../src/schema/types/index.js';
import type { ContractDocument, Inline } from '../src/tree/types.js';
import { writeHtml } from '../src/writers/html.js';
import type { WriterOptions } from '../src/writers/index.js';
import { root } from './helpers/check.js';
import { run } from './helpers/cli.js';
import { expectGolden } from './helpers/golden.js';
import { build } from './helpers/pipeline.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const spec = (id: string) => readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8');
const OPTIONS: WriterOptions = {
  version: 'test',
  specHash: '0'.repeat(64),
  date: new Date('2026-11-20T00:00:00Z'),
  docxFonts: { body: '宋体', heading: '黑体' },
};
const html = async (doc: ContractDocument, o: Partial<WriterOptions> = {}) => new TextDecoder().decode(await writeHtml(doc, { ...OPTIONS, ...o }));

// ── reading the page as a browser does ──────────────────────────────────────────────────────────
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Parsed by parse5; throws on any HTML5 parse error, and on an element not closed in the order opened. */
function page(text: string): Element {
  const errors: string[] = [];
  const document = parse(text, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  if (errors.length) throw new Error(`HTML parse errors: ${errors.join('; ')}`);
  // the parser mends what it is given; the file itself must nest as it is written
  const stack: string[] = [];
  for (const m of text.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const [, close, name] = m;
    const tag = name!.toLowerCase();
    if (VOID.has(tag)) continue;
    if (!close) stack.push(tag);
    else if (stack.pop() !== tag) throw new Error(`</${tag}> at offset ${m.index} closes something else`);
  }
  if (stack.length) throw new Error(`never closed: ${stack.join(', ')}`);
  return document.childNodes.find((n): n is Element => n.nodeName === 'html')!;
}

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const hasClass = (e: Element, c: string) => (attr(e, 'class') ?? '').split(' ').includes(c);

/** Every element under `e` (itself included) that `test` accepts, in document order. */
function all(e: Node, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (n: Node) => {
    if (isElement(n)) {
      if (test(n)) out.push(n);
      (n.tagName === 'template' ? [] : n.childNodes).forEach(visit);
    } else if ('childNodes' in n) n.childNodes.forEach(visit);
  };
  visit(e);
  return out;
}

/** What a reader sees of an element: its text, a <br> as a line break. */
function text(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(n) && n.tagName === 'br') return '\n';
  return 'childNodes' in n ? n.childNodes.map(text).join('') : '';
}

// an annex's sub-headings (h3.subheading) are bold paragraphs in the Markdown
const headings = (root: Element) => all(root, (e) => /^h[2-4]$/.test(e.tagName) && !/\bsubheading\b/.test(attr(e, 'class') ?? '')).map(text);
const main = (root: Element) => all(root, (e) => e.tagName === 'main')[0]!;

// ── every example ───────────────────────────────────────────────────────────────────────────────
describe.each(TYPES.map((t) => t.id))('HTML of %s', (id) => {
  const made = (async () => {
    const { doc, md } = await build(spec(id));
    const out = await html(doc);
    return { doc, md, out, root: page(out) };
  })();

  it('matches the golden file', async () => {
    expectGolden(`${id}.html`, (await made).out);
  });

  it('shows the clause numbers and titles in the order of the Markdown, and the annexes', async () => {
    const { md, root } = await made;
    const mdHeadings = md
      .split('\n')
      .filter((l) => /^#{2,4} /.test(l))
      .map((l) => l.replace(/^#+ /, '').replace(/\\(.)/g, '$1'));
    expect(mdHeadings.length).toBeGreaterThan(8);
    expect(headings(root)).toEqual(mdHeadings);
  });

  it('every clause (and annex) id is an element id, once; every link lands on a clause', async () => {
    const { doc, root } = await made;
    const ids = all(root, (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    const clauses: string[] = [];
    const walk = (bs: ContractDocument['children']): void =>
      bs.forEach((b) => {
        if (b.type !== 'clause' && b.type !== 'appendix') return;
        const own = (b as { id?: string }).id;
        if (own) clauses.push(own);
        walk(b.children);
      });
    walk(doc.children);
    expect(ids).toEqual(clauses);
    const links = all(root, (e) => e.tagName === 'a');
    // every example cross-refers (见第五条): the references are links
    expect(links.length).toBeGreaterThan(5);
    for (const a of links) {
      const href = attr(a, 'href')!;
      expect(href).toMatch(/^#/);
      const [target] = all(root, (e) => attr(e, 'id') === href.slice(1));
      expect(target, href).toBeDefined();
      expect(hasClass(target!, 'clause') || hasClass(target!, 'appendix'), href).toBe(true);
      expect(text(a), href).toMatch(/^第/);
    }
  });

  it('is one file: no script, no stylesheet, font or image from elsewhere; Song body, 黑体 headings (the faces the spec names first)', async () => {
    const { out, root } = await made;
    expect(all(root, (e) => ['script', 'link', 'img', 'iframe', 'object'].includes(e.tagName))).toEqual([]);
    expect(out).not.toMatch(/url\(|@import|@font-face|src=/);
    const css = text(all(root, (e) => e.tagName === 'style')[0]!);
    expect(css).toMatch(/\.contract\{[^}]*font-family:"宋体", "Noto Serif CJK SC", "Source Han Serif SC", SimSun, "Songti SC", serif/);
    expect(css).toMatch(/h1,h2,h3,h4[^{]*\{font-family:"黑体", "Noto Sans CJK SC", SimHei, "Heiti SC", sans-serif/);
    expect(attr(root, 'lang')).toBe('zh-CN');
  });

  it('both parties side by side in the signature block; every annex starts on a page of its own', async () => {
    const { doc, root } = await made;
    const [signature] = all(root, (e) => hasClass(e, 'signature'));
    const signatories = signature!.childNodes.filter((n): n is Element => isElement(n) && hasClass(n, 'signatory'));
    expect(signatories.map((s) => text(all(s, (e) => hasClass(e, 'signatory-name'))[0]!).split('\n')[0])).toEqual(['甲方（盖章）：', '乙方（盖章）：']);
    const appendices = all(root, (e) => hasClass(e, 'appendix'));
    expect(appendices.length).toBe(doc.children.filter((b) => b.type === 'appendix').length);
    for (const a of appendices) expect(hasClass(a, 'page-break')).toBe(true);
    const css = text(all(root, (e) => e.tagName === 'style')[0]!);
    expect(css).toMatch(/@media print\{[\s\S]*\.page-break\{break-before:page/);
  });
});

describe('HTML of work-contract as a reader checks it', () => {
  it('the head, the parties, the fee with its capitals, the numbered items', async () => {
    const { doc } = await build(spec('work-contract'));
    const root = page(await html(doc));
    const m = main(root);
    const lines = m.childNodes.filter(isElement).slice(0, 3).map(text);
    expect(lines).toEqual(['合同编号：HK-KF-2026-042', '签订地点：江苏省南京市建邺区', '客服工作合同']);
    expect(text(all(root, (e) => e.tagName === 'title')[0]!)).toBe('客服工作合同');
    const parties = all(root, (e) => hasClass(e, 'party-name')).map(text);
    expect(parties).toEqual(['甲方（委托方）：南京华康健康科技有限公司', '乙方（受托方）：武汉联信客户服务外包有限公司']);
    const body = text(m);
    expect(body).toContain('每月人民币68,000.00元（大写：人民币陆万捌仟元整）');
    expect(headings(root).slice(0, 3)).toEqual(['一、委托事项及要求', '（一）服务事项', '（二）服务标准']);
    expect(headings(root)).toContain('四、服务费用和支付');
    // numbers are text in the page, never drawn by CSS counters
    const items = all(root, (e) => e.tagName === 'li').map(text);
    expect(items[0]).toBe('1. 就家用健康监测设备的使用、配送和售后问题答复甲方客户的咨询；');
    expect(text(all(root, (e) => e.tagName === 'style')[0]!)).not.toMatch(/counter/);
    // a link to the confidentiality clause lands on the heading 五、保密条款
    const link = all(root, (e) => e.tagName === 'a' && attr(e, 'href') === '#confidentiality')[0]!;
    expect(text(link)).toBe('第五条');
    const target = all(root, (e) => attr(e, 'id') === 'confidentiality')[0]!;
    expect(headings(target)[0]).toBe('五、保密条款');
  });

  it('a reference to several clauses links its whole text to the first of them the contract has', async () => {
    const { doc } = await build(spec('work-contract'));
    const para = {
      type: 'paragraph' as const,
      children: [
        { type: 'text' as const, value: '见' },
        { type: 'ref' as const, ids: ['omitted-one', 'termination', 'confidentiality'], mode: 'all' as const, text: '第五条和第十条' },
      ],
    };
    const root = page(await html({ ...doc, children: [...doc.children, para] }));
    const link = all(root, (e) => e.tagName === 'a').at(-1)!;
    expect([attr(link, 'href'), text(link)]).toEqual(['#confidentiality', '第五条和第十条']);
    // to no clause at all (a hand-built tree): plain text, no dead link
    const none = { ...para, children: [{ type: 'ref' as const, ids: ['nowhere'], mode: 'first' as const, text: '' }] };
    const root2 = page(await html({ ...doc, children: [none] }));
    expect(all(root2, (e) => e.tagName === 'a')).toEqual([]);
  });

  it('a reference the numbering gives in pieces links each number to its own clause', async () => {
    const { doc } = await build(spec('work-contract'));
    const ref = {
      type: 'ref',
      ids: ['termination', 'confidentiality'],
      mode: 'all',
      text: '第五条和第十条',
      parts: [{ text: '第五条', id: 'confidentiality' }, { text: '和' }, { text: '第十条', id: 'termination' }],
    } as Inline;
    const root = page(await html({ ...doc, children: [...doc.children, { type: 'paragraph', children: [{ type: 'text', value: '见' }, ref] }] }));
    const links = all(root, (e) => e.tagName === 'a').slice(-2);
    expect(links.map((a) => [attr(a, 'href'), text(a)])).toEqual([
      ['#confidentiality', '第五条'],
      ['#termination', '第十条'],
    ]);
    expect(text(all(root, (e) => e.tagName === 'p').at(-1)!)).toBe('见第五条和第十条');
  });
});

describe('HTML of a redline tree (src/diff/ marks changes in the tree)', () => {
  it('shows insertions and deletions as <ins> and <del>, whole blocks and table rows marked, old numbers struck, the list of changes first', async () => {
    const { doc } = await build(spec('work-contract'));
    const clause = {
      type: 'clause' as const,
      id: 'extra',
      level: 1 as const,
      number: '十一、',
      numberWas: '十、',
      change: 'ins' as const,
      title: [{ type: 'text' as const, value: '附加条款' }],
      children: [],
    };
    const fee = {
      type: 'paragraph' as const,
      children: [
        { type: 'text' as const, value: '每月人民币' },
        { type: 'change' as const, change: 'del' as const, children: [{ type: 'value' as const, value: '12,000.00' }] },
        { type: 'change' as const, change: 'ins' as const, children: [{ type: 'value' as const, value: '15,000.00' }] },
        { type: 'text' as const, value: '元' },
      ],
    };
    const table = {
      type: 'table' as const,
      children: [
        { type: 'tableRow' as const, children: [{ type: 'tableCell' as const, children: [{ type: 'text' as const, value: '项目' }] }] },
        { type: 'tableRow' as const, change: 'del' as const, children: [{ type: 'tableCell' as const, children: [{ type: 'text' as const, value: '旧行' }] }] },
        { type: 'tableRow' as const, change: 'ins' as const, children: [{ type: 'tableCell' as const, children: [{ type: 'text' as const, value: '新行' }] }] },
      ],
      align: [null],
    };
    const preface = [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: '变更条款：第四条' }] }];
    const root = page(await html({ ...doc, meta: { ...doc.meta, preface }, children: [...doc.children, fee, table, clause] }));
    const m = main(root);
    expect(m.childNodes.filter(isElement)[0]!.attrs).toEqual([{ name: 'class', value: 'preface' }]);
    expect(text(m.childNodes.filter(isElement)[0]!).trim()).toBe('变更条款：第四条');
    expect(all(root, (e) => e.tagName === 'del').map(text)).toEqual(['12,000.00', '十、']);
    expect(all(root, (e) => e.tagName === 'ins').map(text)).toEqual(['15,000.00']);
    expect(all(root, (e) => e.tagName === 'tr' && (hasClass(e, 'rev-del') || hasClass(e, 'rev-ins'))).map((r) => [attr(r, 'class'), text(r)])).toEqual([
      ['rev-del', '旧行'],
      ['rev-ins', '新行'],
    ]);
    const added = all(root, (e) => attr(e, 'id') === 'extra')[0]!;
    expect(hasClass(added, 'rev-ins')).toBe(true);
    expect(headings(added)[0]).toBe('十、十一、附加条款');
  });
});

describe('HTML through convert()', () => {
  const hostile = spec('work-contract')
    .replace('contactPerson: 王蕾（用户服务部经理）', `contactPerson: "<script>alert('x')</script>王蕾 & \\"Co\\""`)
    .replace('number: HK-KF-2026-042', 'number: HK-KF-2026-042</p><b>x');

  it('a value holding <script> prints as those characters, and runs nothing', async () => {
    const r = await convert(hostile, { file: 'deal.yaml', formats: ['html'] });
    expect(r.diagnostics).toEqual([]);
    const out = new TextDecoder().decode(r.outputs.html!);
    const root = page(out);
    expect(all(root, (e) => e.tagName === 'script' || e.tagName === 'b')).toEqual([]);
    expect(text(main(root))).toContain(`联系人：<script>alert('x')</script>王蕾 & "Co"`);
    expect(text(main(root))).toContain('合同编号：HK-KF-2026-042</p><b>x');
    expect(out).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;王蕾 &amp; &quot;Co&quot;');
  });

  it('the same bytes every time; version and spec-sha256 in its generator tag; lang from the locale', async () => {
    const a = await convert(spec('work-contract'), { file: 'deal.yaml', formats: ['html'], version: '9.9.9', buildKey: 'k'.repeat(32) });
    const b = await convert(spec('work-contract'), { file: 'deal.yaml', formats: ['html'], version: '9.9.9', buildKey: 'k'.repeat(32) });
    expect(Buffer.from(a.outputs.html!).equals(Buffer.from(b.outputs.html!))).toBe(true);
    const root = page(new TextDecoder().decode(a.outputs.html!));
    const generator = all(root, (e) => e.tagName === 'meta' && attr(e, 'name') === 'generator')[0]!;
    expect(attr(generator, 'content')).toBe(`svc-contract 9.9.9; spec-sha256:${a.specHash}; build:${'k'.repeat(32)}`);
    for (const [locale, lang] of [
      ['zh-Hant-TW', 'zh-Hant-TW'],
      ['zh-Hant-HK', 'zh-Hant-HK'],
      ['zh-Hant', 'zh-Hant'],
    ] as const) {
      const r = await convert(spec('work-contract'), { formats: ['html'], locale });
      const t = page(new TextDecoder().decode(r.outputs.html!));
      expect(attr(t, 'lang')).toBe(lang);
      expect(headings(t)[0]).toBe('一、委託事項及要求');
    }
  });

  it("a draft says so atop the page and in its title, not with the spec's file or hash (D-S1, D-S2)", async () => {
    const r = await convert(starterSpec(findType('service-agreement')!), { file: 'starter.yaml', formats: ['html'], draft: true });
    expect(r.ok).toBe(true);
    const root = page(new TextDecoder().decode(r.outputs.html!));
    const [mark] = all(root, (e) => hasClass(e, 'draft-mark'));
    expect(text(mark!)).toBe('征求意见稿（未经签署，仅供审阅）');
    expect(text(root)).toContain('客户服务协议（征求意见稿）');
    expect(text(root)).not.toMatch(/starter\.yaml/);
    expect(all(root, (e) => hasClass(e, 'blank')).length).toBeGreaterThan(5);
    const final = await convert(spec('service-agreement'), { formats: ['html'] });
    expect(all(page(new TextDecoder().decode(final.outputs.html!)), (e) => hasClass(e, 'draft-mark'))).toEqual([]);
  });
});

describe('svc-contract build --format html', () => {
  it('writes <spec>.html and nothing else; --incremental knows it current; the default formats write none', async () => {
    const out = mkdtempSync(join(tmpdir(), 'svc-html-'));
    const wc = join(root, 'examples', 'work-contract.yaml');
    const r = await run(['build', wc, '--format', 'html', '--out', out]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readdirSync(out)).toEqual(['work-contract.html']);
    const root2 = page(readFileSync(join(out, 'work-contract.html'), 'utf8'));
    expect(headings(root2)[0]).toBe('一、委托事项及要求');
    const again = await run(['build', wc, '--format', 'html', '--out', out, '--check', '--incremental']);
    expect(again.code).toBe(0);
    const plain = mkdtempSync(join(tmpdir(), 'svc-html-'));
    expect((await run(['build', wc, '--out', plain])).code).toBe(0);
    expect(readdirSync(plain).sort()).toEqual(['work-contract.docx', 'work-contract.md', 'work-contract.pdf']);
  });
});
