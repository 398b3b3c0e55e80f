// Golden outputs for every example: the Markdown compared exactly (regenerate with
// `npm run golden` and review the diff), every clause of the type's skeleton present once, and
// every clause topic of the reference document in the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseIds } from '../src/schema/common.js';
import { findType, TYPES } from '../src/schema/types/index.js';
import { root } from './helpers/check.js';
import { expectGolden } from './helpers/golden.js';
import { memoisedBuild } from './helpers/pipeline.js';
import { clauseIdsOf } from './helpers/tree.js';

/** Topics of the reference document each type follows (the `reference` of its type), as words the contract must contain. */
const TOPICS: Record<string, string[]> = {
  'service-agreement': [
    '主体资格',
    '服务内容',
    '服务流程',
    '服务标准',
    '响应',
    '考核',
    '固定',
    '按量',
    '银行转账',
    '在线支付',
    '发票',
    '平台规则',
    '真实',
    '投诉',
    '个人信息',
    '保密',
    '违约责任',
    '逾期',
    '协商',
    '调解',
    '诉讼',
  ],
  'service-contract': [
    '定义',
    '目的',
    '有效期',
    '咨询服务',
    '技术支持',
    '维护服务',
    '培训服务',
    '服务标准',
    '服务时间',
    '服务方式',
    '现场',
    '咨询费用',
    '技术支持费用',
    '维护费用',
    '培训费用',
    '银行转账',
    '发票',
    '质量保证',
    '补救',
    '保密',
    '损失',
    '服务监督',
    '客户反馈',
    '数据安全',
    '隐私',
    '服务变更',
    '提前',
    '服务更新',
    '培训计划',
    '远程协助',
    '不可抗力',
    '协商一致',
    '剩余的服务费用',
    '通知',
    '争议',
  ],
  'service-standards': [
    '合同编号',
    '鉴于',
    '24小时',
    '48小时',
    '满意度调查',
    '专业知识',
    '着装',
    '文明',
    '保密',
    '每月',
    '5个工作日',
    '继续有效',
    '损失',
    '中华人民共和国法律',
    '人民法院',
    '生效',
    '变更',
    '附件',
    '资质',
    '满意度调查表',
    '保密信息', // the reference's separate 保密协议 is the body clause here (cold review SS-S3)
    '服务费用明细表',
    '计算公式',
    '违约行为',
    '泄露',
    '名词',
    '解决办法',
    '场景',
  ],
  'maintenance-agreement': [
    '住所',
    '授权委托书',
    '本人签字',
    '电商',
    '专属客服',
    '企业微信',
    '私人',
    '每周',
    '15分钟',
    '09:30',
    '周五',
    '17:00',
    '一级',
    '30分钟',
    '二级',
    '2小时',
    '三级',
    '10分钟',
    '24小时',
    '服务变更协议',
    '话术',
    '服务执行报告',
    '问题解决率',
    '录音',
    '聊天记录',
    '85%',
    '更换',
    '业务支持',
    '服务费用',
    '保密',
    '违约',
    '争议',
  ],
  'work-contract': [
    '委托方',
    '受托方',
    '民法典',
    '电话',
    '电子邮件',
    '在线聊天',
    '投诉',
    '2小时',
    '统计报表',
    '按照原有条件续展',
    '1个月',
    '监督',
    '培训资料',
    '办公场地',
    '宽限期',
    '转包',
    '培训和考核',
    '稳定',
    '大写',
    '固定费用',
    '上月',
    '发票',
    '0.05%',
    '暂停',
    '3年',
    '违约金',
    '20%',
    '0.1%',
    '协商',
    '人民法院',
    '变更',
    '解除',
    '不可抗力',
    '生效',
    '送达',
    '一式两份',
  ],
};

const ids = clauseIdsOf;
/** Each example built once for the cases below that read it. */
const build = memoisedBuild();

describe.each(TYPES.map((t) => t.id))('%s', (id) => {
  const spec = readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8');

  it('Markdown matches the golden file', async () => {
    const { md } = await build(spec);
    expectGolden(`${id}.md`, md);
  });

  it('every clause of the skeleton appears once, in order, with the custom clauses in place', async () => {
    const { doc } = await build(spec);
    const type = findType(id)!;
    // the spec's own clauses, read as YAML (a restyled list must not hide them from the check)
    const { parse } = await import('yaml');
    const clauses = (parse(spec) as { clauses?: { add?: { id: string }[]; omit?: string[] } }).clauses;
    const custom = (clauses?.add ?? []).map((c) => c.id);
    const omitted = clauses?.omit ?? [];
    const found = ids(doc.children);
    const skeleton = clauseIds(type.clauses)
      .map((c) => c.id)
      .filter((c) => !omitted.includes(c));
    expect(found.filter((x) => !custom.includes(x))).toEqual(skeleton);
    for (const c of custom) expect(found).toContain(c);
  });

  it('every clause topic of the reference document is in the text', async () => {
    const { md } = await build(spec);
    const missing = TOPICS[id]!.filter((t) => !md.includes(t));
    expect(missing).toEqual([]);
  });

  it('a final contract has no blanks; a bare starter built as a draft has them', async () => {
    const { md } = await build(spec);
    const body = md.split('法定代表人或者授权代表（签字）')[0]!;
    expect(body).not.toMatch(/______|\\_\\_\\_/);
    const { starterSpec } = await import('../src/init/starter.js');
    const draft = await build(starterSpec(findType(id)!), { draft: true });
    expect(draft.md).toMatch(/______/);
  });

  it('zh-Hant gives Traditional characters throughout, the names the spec types as written', async () => {
    const { md } = await build(spec, { locale: 'zh-Hant' });
    const { parse } = await import('yaml');
    const typed: string[] = [];
    // each run of Han characters the spec types (a table pads its cells, a list is joined with ；)
    const walk = (x: unknown): void =>
      void (typeof x === 'string'
        ? typed.push(...(x.match(/\p{Script=Han}+/gu) ?? []))
        : x && typeof x === 'object'
          ? Object.values(x).forEach(walk)
          : undefined);
    walk(parse(spec));
    // a party's name prints exactly as typed (an identity value, T-M1); its prose is converted …
    const name = (parse(spec) as { parties: { provider: { name: string } } }).parties.provider.name;
    expect(md).toContain(name);
    // … and everything else is the project's words, in Traditional characters
    const own = typed.sort((a, b) => b.length - a.length).reduce((s, v) => s.replaceAll(v, '\n'), md);
    expect(own).toMatch(/[條費與應]/);
    expect(own).not.toMatch(/[条费与应]/);
  });
});
