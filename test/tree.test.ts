// The document tree: numbering in each style, cross-references, custom clauses, values that can
// never change structure, emphasis next to Chinese punctuation. Small inline templates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpecError, TemplateError } from '../src/errors/diagnostic.js';
import { parseMarkdown } from '../src/parse/from-markdown.js';
import { buildDocument } from '../src/pipeline.js';
import type { TemplateSet } from '../src/render/render.js';
import type { STYLES } from '../src/tree/number.js';
import { type Block, type ContractDocument, plain } from '../src/tree/types.js';
import { writeMarkdown } from '../src/writers/markdown.js';
import { checkText, root } from './helpers/check.js';

const full = readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8');
// the example without its custom clauses: the inline templates here have their own clauses
const example = full.replace(/^clauses:\n(?:[ ].*\n|\n)*/m, '');
const tpl = (main: string, partials: Record<string, string> = {}): TemplateSet => ({
  main: { file: 'inline.md.hbs', source: main },
  partials: Object.fromEntries(Object.entries(partials).map(([k, v]) => [k, { file: `${k}.md.hbs`, source: v }])),
});

async function tree(main: string, spec = example, numbering?: keyof typeof STYLES): Promise<ContractDocument> {
  const r = checkText(spec);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  const contract = numbering ? { ...r.contract, type: { ...r.contract.type, numbering } } : r.contract;
  return (await buildDocument(contract as typeof r.contract, tpl(main))).doc;
}

/** Outline of a tree: "number title" of each clause, paragraph and list item numbers. */
function outline(blocks: Block[], depth = 0): string[] {
  return blocks.flatMap((b) => {
    const pad = '  '.repeat(depth);
    switch (b.type) {
      case 'clause':
        return [`${pad}${b.number}${plain(b.title)}`, ...outline(b.children, depth + 1)];
      case 'paragraph':
        return [`${pad}${b.number ? `${b.number} ` : ''}${plain(b.children)}`];
      case 'list':
        return b.items.map((i) => `${pad}${i.number} ${plain(i.children)}`);
      case 'signature':
        return [`${pad}[signature]`];
      case 'parties':
        return [`${pad}[parties]`];
      case 'appendix':
        return [`${pad}[appendix] ${plain(b.title)}`, ...outline(b.children, depth + 1)];
      default:
        return [`${pad}[${b.type}]`];
    }
  });
}

const skeleton = `# 合同
{{parties}}

## 总则 {#general}

### 定义 {#definitions}

第一段。

第二段。

1. 甲项
2. 乙项

### 目的 {#purpose}

见{{ref "fees"}}及{{ref "definitions"}}。

## 费用 {#fees}

正文。

{{signature}}

## 附件列表 {#annexes}

1. 附件甲
`;

describe('numbering styles', () => {
  it('chapter (001): 第一章 / 1.1 / numbered paragraphs 1.1.1 / a)', async () => {
    expect(outline((await tree(skeleton, example, 'chapter')).children)).toEqual([
      '[parties]',
      '第一章总则',
      '  1.1定义',
      '    1.1.1 第一段。',
      '    1.1.2 第二段。',
      '    a) 甲项',
      '    b) 乙项',
      '  1.2目的',
      '    1.2.1 见第二章及第1.1条。',
      '第二章费用',
      '  2.1 正文。',
      '[signature]',
      '第一章附件列表',
      '  a) 附件甲',
    ]);
  });
  it('section-paren (004): 一、 / （一） / 1.; counting restarts after the signatures', async () => {
    const o = outline((await tree(skeleton, example, 'section-paren')).children);
    expect(o).toEqual([
      '[parties]',
      '一、总则',
      '  （一）定义',
      '    第一段。',
      '    第二段。',
      '    1. 甲项',
      '    2. 乙项',
      '  （二）目的',
      '    见第二条及第一条第（一）项。',
      '二、费用',
      '  正文。',
      '[signature]',
      '一、附件列表',
      '  1. 附件甲',
    ]);
  });
  it('article (000), section (002) and section-decimal (003)', async () => {
    expect(outline((await tree(skeleton, example, 'article')).children).slice(1, 3)).toEqual(['第一条总则', '  （一）定义']);
    // 一、 → （一） → 1. → （1）: a list in a （一） sub-clause is numbered 1. (SS-N3)
    expect(outline((await tree(skeleton, example, 'section')).children)).toContain('    1. 甲项');
    expect(outline((await tree(skeleton, example, 'section-decimal')).children).slice(1, 3)).toEqual(['一、总则', '  1.1定义']);
  });
  it('Chinese numerals past ten: 第十一章, 二十、', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `## 条${i + 1}\n\n文。\n`).join('\n');
    const o = outline((await tree(`# 合同\n${many}`, example, 'chapter')).children).filter((l) => l.startsWith('第'));
    expect(o[10]).toBe('第十一章条11');
    expect(o[20]).toBe('第二十一章条21');
  });
});

describe('cross-references', () => {
  it('a reference to a missing clause names the template line', async () => {
    await expect(tree('# 合同\n\n## 甲 {#a}\n\n见{{ref "a"}}。\n\n见{{ref "nowhere"}}。\n')).rejects.toSatisfy((e: unknown) => {
      const d = (e as SpecError).diagnostics[0]!;
      return e instanceof SpecError && d.file === 'inline.md.hbs' && d.line === 7 && /nowhere/.test(d.got!);
    });
  });
  it('a reference to an omitted clause is an error too', async () => {
    const r = checkText('type: service-standards\ndraft: true\nclauses:\n  omit: [glossary]\n');
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const main = '# 准则\n\n## 内容 {#service-content}\n\n释义见{{ref "glossary"}}。\n\n## 法律名词 {#glossary}\n\n文。\n';
    await expect(buildDocument(r.contract, tpl(main))).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof SpecError && e.diagnostics[0]!.file === 'inline.md.hbs' && e.diagnostics[0]!.line === 5 && /omitted/.test(e.diagnostics[0]!.hint!),
    );
  });
});

describe('custom clauses', () => {
  const body =
    '# 合同\n\n## 一 {#service}\n\n甲。\n\n## 二 {#term}\n\n乙。\n\n### 二甲 {#payment}\n\n丙。\n\n## 三 {#disputes}\n\n见{{ref "disputes"}}。\n\n{{signature}}\n';
  const withClauses = (yaml: string) => `${example}\nclauses:\n${yaml}`;

  it('omitting leaves no gap; adding numbers the new clause in place; references follow', async () => {
    const spec = withClauses(
      '  add:\n    - id: extra\n      title: 新增\n      after: service\n      text: |\n        第一段。\n\n        - 项一\n        - 项二\n    - id: sub\n      title: 子款\n      before: payment\n      text: 子款内容。\n',
    );
    const o = outline((await tree(body, spec, 'section-paren')).children);
    expect(o).toEqual([
      '一、一',
      '  甲。',
      '二、新增',
      '  第一段。',
      '  1. 项一',
      '  2. 项二',
      '三、二',
      '  乙。',
      '  （一）子款',
      '    子款内容。',
      '  （二）二甲',
      '    丙。',
      '四、三',
      '  见第四条。',
      '[signature]',
    ]);
  });

  it('replace swaps the body literally, keeping heading and number', async () => {
    const spec = withClauses('  replace:\n    term: "**不是粗体** # 不是标题\\n\\n- 列表"\n');
    const o = outline((await tree(body, spec, 'section-paren')).children);
    expect(o.slice(2, 5)).toEqual(['二、二', '  **不是粗体** # 不是标题', '  1. 列表']);
  });

  it('before the closing clauses (disputes …) when no anchor is given', async () => {
    const spec = withClauses('  add:\n    - id: last\n      title: 最后\n      text: 末。\n');
    const o = outline((await tree(body, spec, 'section-paren')).children);
    expect(o.slice(-5)).toEqual(['三、最后', '  末。', '四、三', '  见第四条。', '[signature]']);
  });
});

describe('values never change structure', () => {
  const hostile = '*星* #井 |竖| [链](x) <b>标签</b> {{x}} 反\\斜 A&B _下_';
  it('a value full of Markdown and Handlebars syntax comes out literally, in the tree and in the .md', async () => {
    const spec = example.replace(/^(\s+name: )南京华康健康科技有限公司$/m, `$1"${hostile.replace(/\\/g, '\\\\')}"`);
    expect(spec).not.toBe(example);
    const doc = await tree('# 合同\n\n## 甲 {#a}\n\n委托方：{{parties.client.name}}。\n\n| 名称 |\n| --- |\n| {{parties.client.name}} |\n', spec);
    const clause = doc.children[0] as Extract<Block, { type: 'clause' }>;
    expect(plain((clause.children[0] as { children: never[] }).children)).toBe(`委托方：${hostile}。`);
    const table = clause.children[1] as Extract<Block, { type: 'table' }>;
    expect(table.children[1]!.children).toHaveLength(1);
    expect(plain(table.children[1]!.children[0]!.children)).toBe(hostile);
    // the written Markdown parses back to the same text: nothing became bold, a link or a heading
    const md = writeMarkdown(doc);
    const back = parseMarkdown(md);
    const texts: string[] = [];
    const visit = (n: { type: string; value?: string; children?: unknown[] }) => {
      if (
        n.type !== 'text' &&
        n.type !== 'root' &&
        n.type !== 'paragraph' &&
        n.type !== 'heading' &&
        n.type !== 'table' &&
        n.type !== 'tableRow' &&
        n.type !== 'tableCell' &&
        n.type !== 'break' &&
        n.type !== 'strong'
      )
        texts.push(`<${n.type}>`);
      n.children?.forEach((c) => visit(c as never));
    };
    visit(back as never);
    expect(texts).toEqual([]);
    expect(md).not.toContain('&amp;');
    const allText: string[] = [];
    const collect = (n: { type: string; value?: string; children?: unknown[] }) => {
      if (n.type === 'text') allText.push(n.value!);
      n.children?.forEach((c) => collect(c as never));
    };
    collect(back as never);
    expect(allText.join('')).toContain(`委托方：${hostile}。`);
  });

  it('a newline inside a value is a line break, a blank line a new paragraph; never a list or a heading', async () => {
    const spec = 'type: work-contract\ndraft: true\nconfidentiality:\n  scope: "第一行\\n- 不是列表\\n\\n# 不是标题"\n';
    const r = checkText(spec);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const doc = (await buildDocument(r.contract, tpl('# 合同\n\n## 甲 {#a}\n\n范围：{{confidentiality.scope}}\n'))).doc;
    const clause = doc.children[0] as Extract<Block, { type: 'clause' }>;
    // a blank line inside a value separates paragraphs, as the README says of prose fields
    expect(clause.children.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(clause.children.map((b) => plain((b as { children: never[] }).children))).toEqual(['范围：第一行\n- 不是列表', '# 不是标题']);
  });
});

describe('Markdown the templates write', () => {
  it('bold next to Chinese punctuation parses as bold (所称**“服务费用”**包括)', async () => {
    const doc = await tree('# 合同\n\n## 甲 {#a}\n\n本合同所称**“服务费用”**包括下列各项。\n');
    const p = (doc.children[0] as Extract<Block, { type: 'clause' }>).children[0] as Extract<Block, { type: 'paragraph' }>;
    expect(p.children.map((c) => c.type)).toEqual(['text', 'strong', 'text']);
    expect(plain(p.children)).toBe('本合同所称“服务费用”包括下列各项。');
  });
  it('HTML in a template is refused, with its position in the rendered Markdown', async () => {
    await expect(tree('# 合同\n\n<div>x</div>\n')).rejects.toThrow(TemplateError);
  });
  it('a misspelt field in a template is an error naming the template line', async () => {
    await expect(tree('# 合同\n\n甲\n\n{{fees.monthy}}\n')).rejects.toSatisfy(
      (e: unknown) => e instanceof TemplateError && e.diagnostics[0]!.file === 'inline.md.hbs' && e.diagnostics[0]!.line === 5,
    );
  });
});
