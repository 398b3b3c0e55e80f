// The document tree is closed: a test builds one by hand, numbers it and resolves its references,
// with no templates, spec or renderer; and tree/ imports nothing from the stages above it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideLayout } from '../src/layout/decide.js';
import { MissingRefError, numberTree, STYLES } from '../src/tree/number.js';
import { type Block, type Clause, type ContractDocument, type Inline, type InlineHandlers, inlineRuns, plain } from '../src/tree/types.js';
import { forEachBlock, forEachText } from '../src/tree/walk.js';
import { root } from './helpers/check.js';

const t = (value: string): Inline => ({ type: 'text', value });
const clause = (id: string, title: string, children: Block[] = []): Clause => ({ type: 'clause', id, level: 1, number: '', title: [t(title)], children });
const doc = (children: Block[]): ContractDocument => ({
  type: 'document',
  meta: {
    title: '测试协议',
    type: 'test',
    typeName: '测试协议',
    locale: 'zh-Hans',
    draft: false,
    labels: { contractNumber: '合同编号', footer: '第 {n} 页 共 {m} 页' },
  },
  children,
});

describe('a hand-built tree', () => {
  const tree = doc([
    clause('scope', '服务内容', [{ type: 'paragraph', children: [t('违约责任见'), { type: 'ref', ids: ['liability'], mode: 'one' }, t('。')] }]),
    clause('fees', '服务费用', [
      { ...clause('fees-amount', '金额'), level: 2 },
      { type: 'paragraph', children: [t('本款所称费用为'), { type: 'value', value: '人民币 1,000.00 元' }, t('。')] },
    ]),
    clause('liability', '违约责任', [
      { type: 'paragraph', children: [t('继续有效的条款：'), { type: 'ref', ids: ['liability', 'missing', 'scope'], mode: 'all' }] },
    ]),
  ]);

  it('numbers clauses in the article style and resolves references in document order', () => {
    const numbered = numberTree(tree, STYLES.article);
    const numbers: string[] = [];
    forEachBlock(numbered.children, (b) => b.type === 'clause' && numbers.push(b.number));
    expect(numbers).toEqual(['第一条', '第二条', '（一）', '第三条']);
    const texts: string[] = [];
    forEachText(decideLayout(numbered), (s) => texts.push(s));
    expect(texts).toContain('第三条');
    // 'all' keeps those the contract has, in document order, whatever order they were named in
    const last = (numbered.children[2] as Clause).children[0]!;
    expect(last.type === 'paragraph' && plain(last.children)).toBe('继续有效的条款：第一条和第三条');
  });

  it('the chapter style numbers paragraphs 1.1 and references 第一章', () => {
    const numbered = numberTree(tree, STYLES.chapter);
    const first = numbered.children[0] as Clause;
    expect(first.number).toBe('第一章');
    expect(first.children[0]!.type === 'paragraph' && first.children[0]!.number).toBe('1.1');
  });

  it('a reference to a clause that is not there is reported with where it was written', () => {
    const bad = doc([
      clause('a', '甲', [{ type: 'paragraph', children: [{ type: 'ref', ids: ['nope'], mode: 'one', where: { file: 't.md.hbs', line: 7 } }] }]),
    ]);
    expect(() => numberTree(bad, STYLES.article)).toThrow(MissingRefError);
    try {
      numberTree(bad, STYLES.article);
    } catch (e) {
      expect((e as MissingRefError).missing).toEqual([{ id: 'nope', where: { file: 't.md.hbs', line: 7 } }]);
    }
  });

  it('a value that looks like a private token is printed as written', () => {
    const forged = doc([clause('a', '甲', [{ type: 'paragraph', children: [{ type: 'value', value: '\uE0005\uE001 张三' }] }])]);
    const numbered = numberTree(forged, STYLES.article);
    const p = (numbered.children[0] as Clause).children[0]!;
    expect(p.type === 'paragraph' && plain(p.children)).toBe('\uE0005\uE001 张三');
  });
});

describe('one walk over inline content', () => {
  const xs: Inline[] = [
    { type: 'text', value: '月费' },
    { type: 'strong', children: [{ type: 'change', change: 'del', children: [{ type: 'value', value: '100' }] }] },
    { type: 'change', change: 'ins', children: [{ type: 'emphasis', children: [{ type: 'value', value: '120' }] }] },
    { type: 'break' },
  ];
  const runs: InlineHandlers<string> = {
    leaf: {
      text: (x, m) => [`${x.value}${JSON.stringify(m)}`],
      value: (x, m) => [`${x.value}${JSON.stringify(m)}`],
      blank: () => ['_'],
      signline: () => ['-'],
      ref: (x) => [x.text ?? ''],
      break: (_, m) => [`\\n${JSON.stringify(m)}`],
    },
  };
  it('gives each leaf the marks of the parents above it, the redline change among them', () => {
    expect(inlineRuns(xs, runs)).toEqual(['月费{}', '100{"strong":true,"change":"del"}', '120{"change":"ins","emphasis":true}', '\\n{}']);
  });
  it('wraps marked content for a writer whose output nests, and reads a redline as its new version where asked', () => {
    const wrapped = inlineRuns(xs, { ...runs, wrap: { change: (inner, c) => [`<${c}>`, ...inner, `</${c}>`] } });
    expect(wrapped.join('')).toContain('<del>100{"strong":true,"change":"del"}</del>');
    expect(inlineRuns(xs, { ...runs, read: 'new' })).toEqual(['月费{}', '120{"emphasis":true}', '\\n{}']);
    expect(plain(xs)).toBe('月费120\n');
  });
});

describe('tree/ is closed', () => {
  it('imports nothing from render/, parse/, validate/, schema/ or load/', () => {
    const dir = join(root, 'src', 'tree');
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const i of imports) expect(i, `${f} imports ${i}`).not.toMatch(/\.\.\/(render|parse|validate|schema|load|writers|cli|layout)\//);
    }
  });
});
