// The drafting style check (issue 10): the rendered text of every example and of every `init`
// draft follows the project's drafting rules (test/helpers/style.ts). A finding fails the test
// and names the clause it is in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterSpec } from '../src/init/starter.js';
import { TYPES } from '../src/schema/types/index.js';
import { root } from './helpers/check.js';
import { build } from './helpers/pipeline.js';
import { checkStyle, documentName, RULES } from './helpers/style.js';

const show = (fs: ReturnType<typeof checkStyle>) => fs.map((f) => `${f.rule} @ ${f.where}: ${f.text}`);

describe.each(TYPES.map((t) => t.id))('%s', (id) => {
  it('the example follows the drafting rules', async () => {
    const { doc } = await build(readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8'));
    expect(show(checkStyle(doc))).toEqual([]);
  });

  it('the init draft follows the drafting rules', async () => {
    const { doc } = await build(starterSpec(TYPES.find((t) => t.id === id)!), { draft: true });
    expect(show(checkStyle(doc))).toEqual([]);
  });
});

describe('the rules find what they are for', () => {
  const doc = { meta: { title: '客户服务协议' } } as Parameters<(typeof RULES)['document-name']>[1];
  const hits = (rule: string, s: string) => RULES[rule]!(s, doc).map((h) => s.slice(h.at, h.at + h.length));

  it('另行约定 … 如下', () => {
    expect(hits('separately-agreed-as-follows', '双方对保密信息的范围另行约定如下：')).toEqual(['另行约定如下']);
    expect(hits('separately-agreed-as-follows', '由双方另行书面约定。双方约定如下：')).toEqual([]);
  });

  it('reference lists in order, joined by 、 and a last 和', () => {
    expect(hits('reference-list', '（包括第六条、和第七条）')).toEqual(['第六条、和第七条', '、和']);
    expect(hits('reference-list', '第六条、第七条和第九条')).toEqual([]);
    expect(hits('reference-list', '第六条和第七条')).toEqual([]);
    expect(hits('reference-list', '第九条、第七条和第十条')).toEqual(['第九条、第七条和第十条']);
    expect(hits('reference-list', '第六条、第七条')).toEqual(['第六条、第七条']);
    expect(hits('reference-list', '第5.2条和第10.3条')).toEqual([]);
    expect(hits('reference-list', '第10.3条和第5.2条')).toEqual(['第10.3条和第5.2条']);
  });

  it('counts of days and hours in figures; ordinals are not counts', () => {
    expect(hits('numerals-in-durations', '收到后十个工作日内；三日内；十二个月')).toEqual(['十个工作日', '三日', '十二个月']);
    expect(hits('numerals-in-durations', '交寄之日起第三日；次一工作日；同一日；10个工作日')).toEqual([]);
  });

  it('应当, not 应', () => {
    expect(hits('modal-yingdang', '乙方应按时付款，应予赔偿')).toEqual(['应', '应']);
    expect(hits('modal-yingdang', '应当；相应；响应；供应；对应；适应')).toEqual([]);
  });

  it('the name of the title', () => {
    expect(hits('document-name', '本合同自签署之日起生效；本协议')).toEqual(['本合同']);
    expect(documentName('客户服务协议合同书')).toBe('合同');
    expect(documentName('客服工作合同（协议）')).toBe('合同');
    expect(documentName('客户服务准则')).toBe('准则');
  });
});
