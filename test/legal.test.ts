// The legal text of every example, read as a PRC lawyer reads it (issue 10): the confidentiality
// period as the spec gives it, one remedies model with its offset and a cap with carve-outs, no
// binding term after the signature page, the personal-information block of 个人信息保护法.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TYPES } from '../src/schema/types/index.js';
import { plain, type Block } from '../src/tree/types.js';
import { forEachInlines } from '../src/tree/walk.js';
import { brief, checkText, root } from './helpers/check.js';
import { build } from './helpers/pipeline.js';

const example = (id: string) => readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8');
/** The text of these blocks, one line per paragraph, list item or table row. */
const textOf = (blocks: readonly Block[]) => {
  const out: string[] = [];
  forEachInlines(blocks, (xs) => out.push(plain(xs)));
  return out.join('\n');
};

describe.each(TYPES.map((t) => t.id))('%s', (id) => {
  it('the confidentiality period runs from the effective date, as the spec says', async () => {
    const spec = example(id);
    const period = /^confidentiality:\n(?:.*\n)*?\s+period: (\d+) years?/m.exec(spec)?.[1];
    const { md } = await build(spec);
    if (period) expect(md).toMatch(new RegExp(`保密义务自本(协议|合同|准则)生效之日起${period}年内有效`));
    // a contract that renews outlives a fixed period: the duty lasts at least as long as the contract
    if (period) expect(md).toMatch(/生效之日起\d+年内有效；该期限届满时本(协议|合同|准则)仍然有效的，保密义务持续至本\1终止之日/);
    if (period) expect(md).toContain('对商业秘密的保密义务持续至该信息依法公开之日止');
    expect(md).not.toContain('终止后3年内持续有效');
  });

  it('annexes yield to the body, except where the confidentiality clause lets a stricter separate agreement prevail', async () => {
    const spec = example(id);
    const { md } = await build(spec);
    if (!md.includes('附件与本')) return;
    if (/以对保密信息保护更为严格的约定为准/.test(md)) expect(md).toMatch(/以本(协议|合同|准则)正文为准，但第[^条]+条另有约定的除外。/);
    else expect(md).toMatch(/以本(协议|合同|准则)正文为准。/);
  });

  it('a party that gives both 住所 and 通讯地址 is served at its 通讯地址', async () => {
    const spec = example(id);
    const { md } = await build(spec);
    const both = /^\s+mailingAddress: /m.test(spec);
    expect(md.includes('一方载明通讯地址的，以其通讯地址为送达地址；未载明的，以其住所为送达地址。')).toBe(both);
  });

  it('one remedies model: a penalty and the loss beyond it, never both in full; a cap with its carve-outs', async () => {
    const { md } = await build(example(id));
    expect(md).toContain('违约金不足以弥补损失的，赔偿不足部分');
    expect(md).toContain('守约方不得就同一损失既请求支付违约金又请求全额赔偿');
    expect(md).not.toMatch(/给[甲乙]方造成损失的，应当予以赔偿。[^。]*违约金不足以弥补/);
    expect(md).not.toContain('全部损失');
    // the base is never zero: in arrears, a first-month breach would be capped at nothing
    expect(md).toMatch(/累计不超过本(协议|合同|准则)首12个月[甲乙]方应当支付的服务费用总额（[^）]*）的\d+%；本\1履行满12个月后，以违约行为发生之日前12个月内[甲乙]方已经支付和应当支付的服务费用之和为基数计算/);
    expect(md).not.toContain('实际已经支付的服务费用之和为基数');
    expect(md).not.toMatch(/累计不超过[^。]*[甲乙]方已经支付的服务费用之和的/);
    expect(md).toContain('造成对方人身损害的责任');
  });

  it('nothing binding after the signature page: only annexes follow the signatures', async () => {
    const { doc } = await build(example(id));
    const sig = doc.children.findIndex((b) => b.type === 'signature');
    expect(sig).toBeGreaterThan(0);
    expect(doc.children.slice(sig + 1).filter((b) => b.type !== 'appendix').map((b) => b.type)).toEqual([]);
    for (const b of doc.children.slice(sig + 1)) expect(plain((b as Extract<Block, { type: 'appendix' }>).title)).toMatch(/^附件[一二三四五六七八九十]+：/);
  });

  it('personal information: the items of 第二十一条, one breach notice in hours, return or deletion', async () => {
    const { md } = await build(example(id));
    for (const item of ['处理目的：', '处理期限：', '处理方式：', '个人信息的种类：', '保护措施：', '不得转委托', '委托专业机构进行审计', '不得保留']) expect(md).toContain(item);
    expect(md).toMatch(/在发现后\d+小时内书面通知/);
    expect(md).not.toMatch(/及时书面通知[甲乙]方，说明事件经过/);
    expect(md).toContain('第二十一条和第五十九条');
  });
});

describe('sensitive personal information', () => {
  it('work-contract: 健康监测数据 brings the duties of 第二十八条, 第二十九条, 第三十条, 第五十五条 and 第五十六条', async () => {
    const { doc } = await build(example('work-contract'));
    const text = textOf(doc.children);
    expect(text).toContain('健康监测数据（设备记录的心率、血压、血氧读数）属于《中华人民共和国个人信息保护法》第二十八条规定的敏感个人信息');
    // the separate consent is 第二十九条; the notice of necessity and impact is 第三十条
    expect(text).toContain('依照《中华人民共和国个人信息保护法》第二十九条和第三十条的规定取得个人的单独同意');
    expect(text).toContain('依照《中华人民共和国个人信息保护法》第五十五条和第五十六条的规定进行个人信息保护影响评估');
    expect(text).toContain('在发现后12小时内书面通知甲方');
  });

  it('no sensitive clause when the switch is off', async () => {
    const { md } = await build(example('service-agreement'));
    expect(md).not.toContain('第二十八条');
  });

  it('sensitive: true names the categories; categories need the switch; a breach notice is given in hours', () => {
    const spec = example('work-contract');
    const noCategories = spec.replace(/  sensitiveCategories: .*\n/, '');
    let r = checkText(noCategories);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(brief(r.diagnostics)).toEqual([expect.stringMatching(/ dataProtection\.sensitive$/)]);
    r = checkText(spec.replace('  sensitive: true\n', '  sensitive: false\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(brief(r.diagnostics)).toEqual([expect.stringMatching(/ dataProtection\.sensitiveCategories$/)]);
    r = checkText(spec.replace('breachNoticeWithin: 12 hours', 'breachNoticeWithin: 1 day'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.path).toBe('dataProtection.breachNoticeWithin');
    // a draft may leave the categories to fill in
    expect(checkText(`draft: true\n${noCategories}`).ok).toBe(true);
  });
});

describe('service-standards: an invoice for each payment', () => {
  it('by default (no invoice: in the spec) an 增值税普通发票; as the spec says when given', async () => {
    const given = example('service-standards');
    const without = given.replace(/\ninvoice:\n(  .*\n)+/, '\n');
    expect(without).not.toContain('\ninvoice:');
    expect((await build(without)).md).toMatch(/甲方应当在收到款项后及时向乙方开具合法有效的增值税普通发票。/);
    expect((await build(given)).md).toMatch(/甲方应当在收到款项后5个工作日内向乙方开具合法有效的增值税专用发票。/);
  });
});

describe('no two penalties in full for one breach', () => {
  it('service-agreement: a fee reduction for a failed request is net of the penalty already paid for it', async () => {
    const { md } = await build(example('service-agreement'));
    expect(md).toMatch(/按照未达标服务所占的比例相应减付当期服务费用，但就同一服务请求已经取得的违约金应当从减付金额中扣除；/);
  });
  it('work-contract: the penalty for ending after a long delay is net of the daily delay penalties paid', async () => {
    const { md } = await build(example('work-contract'));
    expect(md).toMatch(/每日向甲方支付相当于服务费用总额[\d.]+%的违约金；[^。]*还应当支付相当于服务费用总额\d+%的违约金，已经支付的逾期违约金从中扣除。上述违约金不足以弥补/);
    expect(md).not.toContain('另行支付相当于服务费用总额');
  });
});

describe('work-contract: 民法典 第九百三十三条', () => {
  it('priced (the example): either party may end it with notice, at the agreed compensation, nothing more', async () => {
    const { md } = await build(example('work-contract'));
    expect(md).toContain('本合同适用《中华人民共和国民法典》第九百三十三条关于委托合同任意解除的规定');
    expect(md).toContain('应当至少提前2个月书面通知对方');
    expect(md).toMatch(/向甲方支付人民币 ?36,000\.00 ?元/);
    expect(md).toContain('即为该条规定的解除方应当赔偿的直接损失和本合同履行后可以获得的利益，对方不再另行主张');
    expect(md).not.toContain('甲方擅自变更或者解除本合同的');
  });

  it('excluded (the default): no at-will exit during the term; one who exits is in breach', async () => {
    const spec = example('work-contract').replace(/^atWillTermination:\n(?:  .*\n)+/m, '');
    const { md } = await build(spec);
    expect(md).toContain('任何一方均不依照《中华人民共和国民法典》第九百三十三条的规定随时解除本合同');
    expect(md).toContain('依照该条解除本合同的一方仍应当赔偿对方的直接损失和本合同履行后可以获得的利益');
    expect(md).toContain('甲方擅自变更或者解除本合同的，应当向乙方支付');
    expect(md).toContain('乙方擅自解除本合同或者停止提供服务的');
  });
});

describe('signing, invoices, cash', () => {
  it('the formality follows contract.signingRule, sign-and-seal by default', async () => {
    const spec = example('service-agreement');
    expect((await build(spec)).md).toContain('签署是指其法定代表人或者授权代表签字并加盖公章');
    expect((await build(spec.replace(/signingRule: .*/, 'signingRule: sign-or-seal'))).md).toContain('签署是指其法定代表人或者授权代表签字或者加盖公章');
    const r = checkText(spec.replace(/  signingRule: .*\n/, ''));
    expect(r.ok && r.contract.spec.contract.signingRule).toBe('sign-and-seal');
  });

  it('service-contract: an invoice by default; cash and a receipt between companies only when asked, with a warning', async () => {
    const spec = example('service-contract');
    const plain = checkText(spec.replace(/^invoice:\n(?:  .*\n)+/m, ''));
    expect(plain.ok && 'invoice' in plain.contract.spec && plain.contract.spec.invoice.kind).toBe('vat-ordinary');
    const { md } = await build(spec);
    expect(md).not.toMatch(/现金|收据/);
    const asked = checkText(spec.replace('methods: [bank-transfer]', 'methods: [bank-transfer, cash]').replace('kind: vat-special', 'kind: receipt'));
    expect(asked.ok).toBe(true);
    if (asked.ok) expect((await build(spec.replace('methods: [bank-transfer]', 'methods: [bank-transfer, cash]'))).md).toContain('以现金付款的');
    if (asked.ok) expect(asked.warnings.map((w) => w.path)).toEqual(['payment.methods[1]', 'invoice.kind']);
  });

  it.each(TYPES.map((t) => t.id))('%s: 发票, never 票据 (汇票、本票、支票 under 票据法); the invoice is owed whether asked for or not', async (id) => {
    const spec = example(id);
    for (const s of [spec, spec.replace(/onRequest: (true|false)/, (_, v: string) => `onRequest: ${v === 'true' ? 'false' : 'true'}`)]) {
      const { md } = await build(s);
      expect(md).not.toContain('票据');
      expect(md).not.toMatch(/要求开具[^。；]*的，[甲乙]方应当/);
      if (/^invoice:/m.test(s)) expect(md).toMatch(/[甲乙]方应当在收到款项后[^。]*开具合法有效的(增值税(专用|普通)发票|收据)/);
    }
  });
});

describe.each(TYPES.map((t) => t.id))('%s: annexes', (id) => {
  it('every listed annex follows the signatures, in order, on a page of its own, with real content or a 另附 line', async () => {
    const { doc, md } = await build(example(id));
    const r = checkText(example(id));
    if (!r.ok) throw new Error('invalid example');
    const annexes = (r.contract.spec as { annexes: { title: string; separate?: string }[] }).annexes;
    expect(annexes.length).toBeGreaterThanOrEqual(2);
    const sig = doc.children.findIndex((b) => b.type === 'signature');
    const after = doc.children.slice(sig + 1) as Extract<Block, { type: 'appendix' }>[];
    expect(after.map((a) => plain(a.title))).toEqual(annexes.map((a, i) => `附件${'一二三四五六七八九十'[i]}：${a.title}`));
    after.forEach((a, i) => {
      expect(a.pageBreakBefore, plain(a.title)).toBe(true);
      const text = textOf(a.children);
      if (annexes[i]!.separate) expect(text).toMatch(/^本附件不在此印制，为.+该文件附于本页之后/);
      else expect(text.length, plain(a.title)).toBeGreaterThan(60);
    });
    // the list before the signatures names them all
    const list = md.slice(0, md.indexOf('（以下无正文'));
    for (const [i, a] of annexes.entries()) expect(list).toContain(`附件${'一二三四五六七八九十'[i]}：${a.title}`);
  });
});

describe('annexes: references, bodies, files', () => {
  it('the text refers to a generated annex by its number and title; without the annex the body says it all', async () => {
    const spec = example('service-agreement');
    const { md } = await build(spec);
    expect(md).toContain('各服务项目的服务流程和服务标准，见附件一《服务项目及服务标准明细》');
    expect(md).toContain('按件计收，是指附件二《收费标准》所列价目表中的配件');
    const bare = await build(spec.replace(/^annexes:\n(?:  .*\n)+/m, ''));
    expect(bare.md).not.toContain('附件');
    expect(bare.md).toMatch(/\| 服务项目 +\| 服务内容 +\| 服务流程 +\| 服务标准 +\|/);
    expect(bare.md).toMatch(/\| 1 +\| 智能点餐终端触摸屏总成/);
  });

  it('a reference to an annex the list does not have, or under another title, is an error at its value', () => {
    const spec = example('service-agreement');
    let r = checkText(spec.replace('  standard: 行业通行标准\n', '  standard: 行业通行标准及附件五所列标准\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => [d.path, d.got])).toEqual([['services.standard', '附件五']]);
    r = checkText(spec.replace('  standard: 行业通行标准\n', '  standard: 附件二《价格表》所列标准\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.expected).toBe('附件二《收费标准》, the title the list gives it');
    expect(checkText(spec.replace('  standard: 行业通行标准\n', '  standard: 附件二《收费标准》及附件一所列标准\n')).ok).toBe(true);
  });

  it('an annex needs a body or a 另附 line; separate stands alone; rows fit the header; content fits the type', () => {
    const wc = example('work-contract');
    const withAnnex = (yaml: string) => wc.replace(/^annexes:\n/m, `annexes:\n${yaml}`);
    const paths = (yaml: string) => {
      const r = checkText(withAnnex(yaml));
      return r.ok ? [] : brief(r.diagnostics).map((b) => b.replace(/^\d+:\d+ /, ''));
    };
    expect(paths('  - title: 空附件\n')).toEqual(['annexes[0]']);
    expect(paths('  - title: 保密协议\n    separate: 另行签署的保密协议\n    text: 正文\n')).toEqual(['annexes[0].separate']);
    expect(paths('  - title: 清单\n    table:\n      header: [a, b]\n      rows:\n        - [1, 2]\n        - [1]\n')).toEqual(['annexes[0].table.rows[1]']);
    expect(paths('  - title: 培训计划\n    content: training-plan\n')).toEqual(['annexes[0].content']);
    expect(paths('  - title: 甲\n    content: power-of-attorney\n  - title: 乙\n    content: power-of-attorney\n')).toEqual(['annexes[1].content']);
    expect(paths('  - title: 授权委托书\n    content: 授权委托书\n')).toEqual([]);
    // a draft may list an annex whose body is still to come
    expect(checkText(`draft: true\n${withAnnex('  - title: 空附件\n')}`).ok).toBe(true);
  });

  it('a Markdown file gives an annex its body: paragraphs, lists and tables, read through convert()', async () => {
    const { convert } = await import('../src/convert.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'legal-annex-'));
    writeFileSync(join(dir, 'rules.md'), '# 平台规则摘要\n\n甲方公布的平台规则，**以最新版本为准**。\n\n- 第一项\n- 第二项\n\n| 规则 | 生效日 |\n| --- | --- |\n| 用户规则 | 2026-11-01 |\n');
    writeFileSync(join(dir, 'bad.md'), '正文\n\n```\ncode\n```\n\n<b>html</b>\n');
    const spec = example('service-agreement');
    const withFile = (f: string) => spec.replace("    separate: 甲方在云帆服务平台公布的《云帆服务平台用户服务规则》（2026年11月版），由甲方在签署本协议时提供经其盖章的文本一份\n", `    file: ${f}\n`);
    const readFile = (p: string) => readFileSync(join(dir, p));
    const ok = await convert(withFile('rules.md'), { formats: ['md'], readFile });
    expect(ok.ok).toBe(true);
    const annex = ok.tree!.children.filter((b) => b.type === 'appendix')[2] as Extract<Block, { type: 'appendix' }>;
    expect(plain(annex.title)).toBe('附件三：《云帆服务平台用户服务规则》');
    expect(annex.children.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'list', 'table']);
    expect(textOf(annex.children)).toContain('甲方公布的平台规则，以最新版本为准。');
    const bad = await convert(withFile('bad.md'), { formats: [], readFile });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => [d.path, d.got])).toEqual([['annexes[2].file', 'bad.md:3: a code block (an annex holds paragraphs, lists, tables, bold and italic); bad.md:7: HTML (an annex holds paragraphs, lists, tables, bold and italic)']]);
    const missing = await convert(withFile('none.md'), { formats: [], readFile });
    expect(missing.diagnostics[0]!.path).toBe('annexes[2].file');
    expect(missing.diagnostics[0]!.line).toBeGreaterThan(1);
  });
});

describe('annexes in the PDF', () => {
  it('each annex of service-standards starts a page with its heading', async () => {
    const { convert } = await import('../src/convert.js');
    const { readPdf } = await import('./helpers/pdf.js');
    const r = await convert(example('service-standards'), { formats: ['pdf'] });
    expect(r.ok).toBe(true);
    const { pages } = await readPdf(r.outputs.pdf!);
    const titles = ['客户服务标准及流程细则', '甲方主体资格及资质证明文件', '乙方主体资格及资质证明文件', '满意度调查表', '保密协议', '服务费用明细表', '损失赔偿金的计算公式'].map((t, i) => `附件${'一二三四五六七'[i]}：${t}`);
    for (const t of titles) {
      const page = pages.find((p) => p.slice(0, 3).includes(t));
      expect(page, t).toBeDefined();
    }
    // and nothing else shares an annex's first page with the one before it
    const firsts = titles.map((t) => pages.findIndex((p) => p.slice(0, 3).includes(t)));
    expect(new Set(firsts).size).toBe(titles.length);
  });
});

// ── fees, tax and staffing (legal review 2026-12-07: X3, SA-S5, SA-N1, SC-S3, SS-N1, MA-N2, SS-S2 …) ──
const built = new Map<string, Promise<{ md: string }>>();
/** each example built once for the tests below */
const mdOf = async (id: string) => {
  if (!built.has(id)) built.set(id, build(example(id)));
  return (await built.get(id)!).md;
};
/** a Markdown table row, however its columns are padded: row('a', 'b') matches | a   | b | */
const row = (...cells: string[]) => new RegExp(`\\|\\s*${cells.map((c) => c.replace(/[|.*+?()[\]]/g, '\\$&')).join('\\s*\\|\\s*')}\\s*\\|`);

describe('X3: a VAT rate on every fee item, and what a change of rate does', () => {
  it.each(TYPES.map((t) => t.id))('%s: every fee table has a 税率 column; prices are tax-inclusive at the rate shown; a new rate applies to the price before tax', async (id) => {
    const md = await mdOf(id);
    const headers = md.split('\n').filter((l) => /^\|\s*(费用项目|项目|序号)\s*\|/.test(l) && /金额|收费标准|单价/.test(l));
    // a monthly fee with no table states its rate in the sentence
    if (headers.length === 0) expect(md).toMatch(/为含税价格，增值税税率为\d+%/);
    for (const h of headers) expect(h, id).toMatch(/\|\s*税率\s*\|/);
    expect(md).toMatch(/服务费用均为含税价格，所含增值税按照(各项费用所列的税率|6%的税率)计算，不含税价格为含税价格除以（1\+适用税率）所得的金额/);
    expect(md).toContain('国家调整增值税税率的，以不含税价格为准，按照开具发票时适用的税率计算含税价格');
    expect(md).toContain('发票所列各项目的税率，应当与本');
    expect(md).not.toContain('已包含甲方依法应当缴纳的税费');
    expect(md).not.toContain('已包含乙方依法应当缴纳的税费');
  });

  it('service-agreement: the platform service at 6 %, repair work and parts at 13 %', async () => {
    const md = await mdOf('service-agreement');
    expect(md).toMatch(row('平台基础服务费', '固定收费', '每月人民币3,000.00元（大写：人民币叁仟元整）', '6%'));
    expect(md).toMatch(row('包月上门维修费', '固定收费', '每月人民币600.00元（大写：人民币陆佰元整）', '13%'));
    expect(md).toMatch(row('超额上门维修费', '按量收费', '每次人民币280.00元（大写：人民币贰佰捌拾元整）', '13%'));
    expect(md).toMatch(row('1', '智能点餐终端触摸屏总成（15.6英寸）', '件', '人民币860.00元（大写：人民币捌佰陆拾元整）', '13%'));
  });

  it('service-contract: on-site repair at 13 %, consulting and support at 6 %', async () => {
    const md = await mdOf('service-contract');
    expect(md).toMatch(row('维护费用（现场维修）', '按量收费', '每台·次人民币450.00元（大写：人民币肆佰伍拾元整）', '13%'));
    expect(md).toMatch(row('技术支持费用', '固定收费', '每月人民币6,000.00元（大写：人民币陆仟元整）', '6%'));
  });

  it('a monthly fee states its rate where it is stated; tax-exclusive prices charge VAT on top', async () => {
    expect(await mdOf('work-contract')).toMatch(/标准为每月人民币[\d,.]+元（大写：[^）]+），为含税价格，增值税税率为6%。/);
    const { md } = await build(example('maintenance-agreement').replace('  taxIncluded: true', '  taxIncluded: false\n  vatRate: 9'));
    expect(md).toMatch(/为每月人民币[\d,.]+元（大写：[^）]+），为不含税价格，增值税税率为9%。/);
    expect(md).toContain('服务费用均为不含税价格，增值税按照各项费用所列的税率另行计收');
  });

  it('validate: a rate the 增值税法 does not know is an error; none at 0 % on a special invoice; repair at 6 % is a warning', () => {
    const sa = example('service-agreement');
    const bad = checkText(sa.replace('      vatRate: 6 # 现代服务', '      vatRate: 7'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.diagnostics.map((d) => `${d.path} ${d.expected}`)).toEqual(['fees.items[0].vatRate a VAT rate or levy rate of the 增值税法: 13, 9, 6, 5, 3, 1, 0 (percent)']);
    const zero = checkText(sa.replace('      vatRate: 6 # 现代服务', '      vatRate: 0'));
    expect(zero.ok).toBe(false);
    if (!zero.ok) expect(zero.diagnostics.map((d) => `${d.path} ${d.expected}`)).toEqual(['fees.items[0].vatRate a positive rate: a special VAT invoice (增值税专用发票) is issued for taxable supplies only']);
    expect(checkText(sa.replace('      vatRate: 6 # 现代服务', '      vatRate: 0').replace('  kind: vat-special', '  kind: vat-ordinary')).ok).toBe(true);
    const repair = checkText(sa.replace(/(name: 超额上门维修费\n(?:.*\n){3})      vatRate: 13 # 修理修配\n/, '$1'));
    expect(repair.ok).toBe(true);
    if (repair.ok) expect(repair.warnings.map((d) => `${d.severity} ${d.path} ${d.got}`)).toEqual(['warning fees.items[3].vatRate 6, the rate of a service']);
  });
});

describe('fee clarity', () => {
  it('SA-S5: each month pays the previous month, fixed and usage items both; the online channel is named', async () => {
    const md = await mdOf('service-agreement');
    expect(md).toContain('上月的服务费用（包括上月的固定收费项目费用和上月实际发生的按量收费项目费用），乙方应当在每月开始后10个工作日内付清');
    expect(md).toContain('服务费用以银行转账或者在线支付方式支付，在线支付通过云帆服务平台费用中心的企业网银对公支付进行。');
    const noChannel = checkText(example('service-agreement').replace(/^ {2}onlineChannel: .*\n/m, ''));
    expect(noChannel.ok).toBe(false);
    if (!noChannel.ok) expect(noChannel.diagnostics.map((d) => `${d.path} ${d.got}`)).toEqual(['payment.methods[1] online-payment with no channel']);
  });

  it('SA-N1: the billing and parts paragraphs once, in the body; 按量收费 and 按件计收 defined; no stranded sentence', async () => {
    const md = await mdOf('service-agreement');
    expect(md.split('列明上月的固定收费项目、按量收费项目和按件计收的配件费用').length - 1).toBe(1);
    expect(md).toContain('各项费用的计费和结算方式，依照本协议第四条的约定执行。');
    expect(md).toContain('按量收费，是指按照结算周期内实际发生的服务量乘以相应单价计算费用的收费方式');
    expect(md).toContain('按件计收，是指附件二《收费标准》所列价目表中的配件和项目按照实际更换或者提供的数量乘以价目表所列单价计算费用的收费方式');
    expect(md).not.toContain('按件计收的项目，按照');
    // the definition comes before the closing sentence on other charges, not after it
    expect(md.indexOf('按件计收，是指')).toBeLessThan(md.indexOf('除本协议约定的费用外'));
  });

  it('SC-S3: a parts price list with an approval step, a price for the 9th call on, and for a training day overrun', async () => {
    const md = await mdOf('service-contract');
    expect(md).toMatch(row('1', '自助点餐终端触摸屏总成（HX-K210）', '件', '人民币1,100.00元（大写：人民币壹仟壹佰元整）', '13%'));
    expect(md).toContain('应当在更换前将配件名称、数量和价格告知乙方或者其指定的现场人员，经确认后更换；未经确认更换的，乙方可以拒绝支付该配件的费用');
    expect(md).toMatch(row('超额二线工程师支持费', '按量收费', '每次人民币800.00元（大写：人民币捌佰元整）', '6%', '当月第9次起的二线工程师支持，经乙方确认后提供'));
    expect(md).toMatch(row('培训延时费', '按量收费', '每半日人民币1,750.00元（大写：人民币壹仟柒佰伍拾元整）'));
    expect(md).toContain('受训人员超过30人的，分场组织并分别计费');
  });

  it('SS-N1, MA-N2: amounts in the body tables with their unit and 大写', async () => {
    expect(await mdOf('service-standards')).toMatch(row('坐席服务费', '固定收费', '每月人民币22,000.00元（大写：人民币贰万贰仟元整）', '6%'));
    expect(await mdOf('maintenance-agreement')).toMatch(row('超范围服务费', '按量收费', '每人·小时人民币150.00元（大写：人民币壹佰伍拾元整）', '6%'));
  });

  it('SS-S2: extra staff at a person-day rate the contract states', async () => {
    const md = await mdOf('service-standards');
    expect(md).toMatch(row('增派人员服务费', '按量收费', '每人·天人民币400.00元（大写：人民币肆佰元整）', '6%'));
    expect(md).toContain('增派人员的费用按照第五条所列增派人员服务费的标准，以双方确认的实际增派人天数计收');
    expect(md).not.toContain('另行书面确认');
  });
});

describe('staffing and sub-entrusting', () => {
  it('SA-S10: no service of the platform, on-site repair included, is sub-entrusted without consent', async () => {
    const md = await mdOf('service-agreement');
    expect(md).toContain('未经乙方书面同意，不得将本协议项下的任何服务（包括上门维修）全部或者部分转委托、分包给第三方');
    expect(md).not.toContain('主要服务');
  });
});

describe('WC-M1 and the employment and independence clause (MA-S9, SS-S6)', () => {
  it('work-contract: no dispatch licence, no 派驻, no consent over staff, no roster of names; the provider manages its team', async () => {
    const md = await mdOf('work-contract');
    for (const marker of ['劳务派遣经营许可证', '派驻', '经甲方同意后实施', '事先取得甲方同意', '| 姓名']) expect(md, marker).not.toContain(marker);
    expect(md).toContain('乙方独立安排、管理、考核其客服人员，甲方不直接向乙方的客服人员下达工作指令；甲方对服务结果进行考核');
    expect(md).toContain('不构成劳动关系，亦不构成劳务派遣关系');
    expect(md).toContain('乙方应当在服务期限内为本合同项下的服务配备不少于10名专职客服人员（包括管理人员，以下简称“项目团队”）');
    expect(md).toContain('乙方更换项目团队成员的，应当至少提前5个工作日书面通知甲方');
    expect(md).toContain('甲方有证据证明乙方的客服人员存在不能胜任工作、严重违反服务规范或者保密义务等客观情形的，可以书面说明理由，要求乙方更换该人员');
    expect(md).toMatch(row('序号', '岗位', '人数', '主要职责', '工作时间'));
    expect(md).toMatch(row('4', '客服专员', '6'));
  });

  it('WC-S3: a revision of the standards that adds work or cost needs agreement and a fee adjustment; the annex is attached at signing', async () => {
    const md = await mdOf('work-contract');
    expect(md).toContain('修订增加乙方的工作量或者服务成本的，应当经双方协商一致，并相应调整服务费用或者服务要求，未协商一致的，乙方按照修订前的标准提供服务，不视为违约');
    expect(md).toContain('本附件由双方在签署本合同时确认并签章附后');
    expect(md).not.toMatch(/附件一[^\n]*另附/);
  });

  it('WC-S8: the non-solicit binds both parties', async () => {
    const md = await mdOf('work-contract');
    expect(md).toContain('未经对方书面同意，任何一方不得直接或者间接招聘、雇用对方参与本项目的人员');
    expect(md).toContain('一方违反本条约定的，每招聘、雇用一人，应当向对方支付违约金');
  });

  it('MA-S9: the dedicated agents are the provider\'s employees, take no instructions from the client, change on notice', async () => {
    const md = await mdOf('maintenance-agreement');
    expect(md).toContain('甲方与其专属客服建立劳动关系，独立承担其工资、社会保险、住房公积金、福利待遇等用人单位的全部责任');
    expect(md).toContain('甲方独立安排、管理、考核其专属客服，乙方不直接向甲方的专属客服下达工作指令；乙方对服务结果进行考核');
    expect(md).toContain('甲方更换专属客服的，应当至少提前5个工作日书面通知乙方');
  });

  it('SS-S6: employment and independence, no subcontracting without consent, a minimum team', async () => {
    const md = await mdOf('service-standards');
    expect(md).toContain('甲方独立安排、管理、考核其服务人员，乙方不直接向甲方的服务人员下达工作指令');
    expect(md).toContain('未经乙方书面同意，甲方不得将本准则项下的服务全部或者部分转包、分包或者转委托给第三方');
    expect(md).toContain('配备不少于5名专职服务人员（包括管理人员，以下简称“项目团队”）');
  });

  it('a draft without the headcount leaves a blank for it; a final contract without one commits a team of no stated size', async () => {
    const spec = example('work-contract').replace('  dedicatedStaff: 10\n', '');
    expect((await build(spec, { draft: true })).md).toContain('配备不少于______名专职客服人员（包括管理人员，以下简称“项目团队”）');
    expect((await build(spec)).md).toContain('乙方应当在服务期限内为本合同项下的服务配备专职客服人员（包括管理人员，以下简称“项目团队”）');
  });
});
