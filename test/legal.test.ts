// The legal text of every example, read as a PRC lawyer reads it (issue 10): the confidentiality
// period as the spec gives it, one remedies model with its offset and a cap with carve-outs, no
// binding term after the signature page, the personal-information block of 个人信息保护法.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TYPES } from '../src/schema/types/index.js';
import { plain, type Block, type ContractDocument } from '../src/tree/types.js';
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
    expect(md).toContain('按件计收的项目，按照附件二《收费标准》所列价目表计收');
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

// The data-protection model follows the deal (issue 17; legal review SA-M1, SC-M1, MA-M2, SS-S7, SA-N7):
// who is 个人信息处理者 and who 受托人, whose information it is, what the service does with it.
describe('personal information: the model follows the deal', () => {
  const built = new Map<string, Promise<{ doc: ContractDocument; md: string }>>();
  const once = (id: string) => built.get(id) ?? built.set(id, build(example(id))).get(id)!;
  /** the text of the data-protection clause alone, one line per paragraph or list item */
  const clause = async (id: string) => {
    const { doc } = await once(id);
    const found: Block[] = [];
    const visit = (bs: readonly Block[]) => bs.forEach((b) => (b.type === 'clause' ? (b.id === 'data-protection' ? found.push(b) : visit(b.children)) : undefined));
    visit(doc.children);
    expect(found).toHaveLength(1);
    return textOf((found[0] as Extract<Block, { type: 'clause' }>).children);
  };

  it('SA-M1: the platform processes for equipment support and data export, not to serve diners; 个人 covers end customers, store staff and signatories', async () => {
    const text = await clause('service-agreement');
    expect(text).toContain('乙方委托甲方在履行本协议过程中处理乙方的终端客户、乙方的员工以及在维修单、服务确认单等服务单据上签字确认的人员（以下称“个人”）的个人信息');
    expect(text).toContain('处理目的：为向乙方提供本协议约定的设备咨询、技术支持（含数据导出协助）和维修服务；');
    expect(text).not.toContain('仅为向个人提供');
    expect(text).toMatch(/个人信息的种类：门店员工的平台账号信息（含姓名和手机号码）、点餐终端和收银一体机中存储的会员信息和订单数据、[^；]*维修单签字人的姓名和联系方式；/);
    expect(text).toContain('仅在乙方每次授权或者工单指示的范围内导出数据并仅交付乙方');
  });

  it('SA-N7: remote-session screen recordings are kept for a stated period, and the deletion duty at the end governs', async () => {
    const text = await clause('service-agreement');
    expect(text).toContain('远程协助录屏等记录，自形成之日起保存6个月');
    expect(text).toContain('保存期限届满的，甲方应当在10个工作日内予以删除。本协议解除或者终止时保存期限尚未届满的，依照本条关于返还或者删除的约定处理');
    // without a retention period, no such paragraph
    expect(await clause('maintenance-agreement')).not.toContain('自形成之日起保存');
  });

  it("SC-M1: the business customers are the 处理者, 乙方 their 受托人, 甲方 a 转委托 sub-processor under 乙方's warranty of each one's written consent", async () => {
    const text = await clause('service-contract');
    expect(text).toContain('在其门店和营业厅使用乙方自助服务终端的乙方客户（以下称“处理者”）作为个人信息处理者委托乙方处理个人信息，并同意乙方将其中的处理事项转委托甲方');
    expect(text).toContain('处理者委托乙方处理的个人信息（以下称“受托数据”），处理者为个人信息处理者，乙方为处理者的受托人，甲方为转委托的受托人');
    expect(text).toContain('已取得每一处理者同意乙方将受托数据转委托甲方处理的书面同意');
    expect(text).toContain('甲方仅可以按照本条约定和乙方书面转达的处理者的要求处理受托数据');
    expect(text).toContain('未经乙方事先书面同意（涉及受托数据的，并经处理者书面同意），甲方不得转委托他人处理个人信息');
    expect(text).not.toContain('就该等个人信息，乙方为个人信息处理者');
    // one term for the individuals: 个人, defined once; the contract's 客户 no longer 终端用户
    expect(text.match(/以下称“个人”/g)).toHaveLength(1);
    const { md } = await once('service-contract');
    expect(md).not.toContain('终端用户');
    expect(md).toContain('“客户”是指向乙方购买或者使用其产品');
  });

  it('MA-M2: proactive care to designated members with a legal basis, refusals honoured; reports aggregated and de-identified; pregnancy and child data as sensitive', async () => {
    const text = await clause('maintenance-agreement');
    expect(text).toContain('并依照本条约定主动联系个人，以汇总、去标识化的方式进行统计分析；不得公开，不得向个人推介商品或者活动，不得用于用户画像或者自动化决策；');
    expect(text).not.toContain('不得用于营销推广');
    expect(text).toContain('联系对象：仅限于乙方书面指定的个人；乙方应当确保已经就该联系取得个人的同意，或者具有《中华人民共和国个人信息保护法》第十三条第一款规定的其他合法性基础');
    expect(text).toContain('个人表示拒绝的，甲方应当立即停止对其主动联系');
    expect(text).toContain('应当以汇总、去标识化的方式呈现，不得包含能够识别特定个人的信息');
    for (const c of ['订单和历史消费数据', '通话录音', '聊天记录', '企业微信外部联系人标识']) expect(text).toContain(c);
    expect(text).toContain('孕产期状态、婴幼儿（不满14周岁）的月龄和喂养过敏情况属于《中华人民共和国个人信息保护法》第二十八条规定的敏感个人信息');
    expect(text).toContain('依照《中华人民共和国个人信息保护法》第三十一条的规定取得未成年人的父母或者其他监护人的同意');
    expect(text).toContain('甲方不得收集、记录下列个人信息：孕产妇和婴幼儿的病历、诊断和用药信息');
  });

  it('SS-S7: a call centre lists its call recordings, chat logs and 购买记录', async () => {
    const text = await clause('service-standards');
    expect(text).toMatch(/个人信息的种类：[^；]*购买记录和订单信息[^；]*通话录音、在线聊天记录/);
    expect(text).toContain('通话录音、聊天记录、远程协助录屏等记录，自形成之日起保存6个月');
  });

  it('the defaults are the narrowest processing: the client the 处理者 of its end customers, no outreach, no analysis', async () => {
    const spec = example('service-agreement').replace(/\ndataProtection:\n(?: .*\n)+/, '\n');
    const { md } = await build(spec);
    expect(md).toContain('乙方委托甲方在履行本协议过程中处理乙方的终端客户（以下称“个人”）的个人信息。就该等个人信息，乙方为个人信息处理者，甲方为受托人');
    expect(md).toContain('处理目的：仅为提供本协议约定的服务；');
    expect(md).toContain('不得公开，不得用于营销推广，不得用于用户画像或者自动化决策；');
    expect(md).not.toContain('主动联系个人');
  });

  it('validate refuses a model that says two things: a chain with no 处理者, minors not sensitive, a method forbidding what is chosen, a category processed and excluded', () => {
    const paths = (text: string) => {
      const r = checkText(text);
      return r.ok ? [] : r.diagnostics.map((d) => d.path);
    };
    const sc = example('service-contract');
    expect(paths(sc.replace(/  handlers: .*\n/, ''))).toEqual(['dataProtection.clientRole']);
    expect(paths(sc.replace('  clientRole: both', '  clientRole: handler'))).toEqual(['dataProtection.handlers', 'dataProtection.individuals[1]']);
    const ma = example('maintenance-agreement');
    expect(paths(ma.replace('  sensitive: true\n', '  sensitive: false\n').replace(/  sensitiveCategories: .*\n/, ''))).toEqual(['dataProtection.minors']);
    expect(paths(ma.replace('  excluded: [孕产妇和婴幼儿的病历、诊断和用药信息]', '  excluded: [通话录音]'))).toEqual(['dataProtection.excluded[0]']);
    const sa = example('service-agreement');
    expect(paths(sa.replace('  clientRole: handler\n', '  clientRole: handler\n  outreach: marketing\n'))).toEqual(['dataProtection.method']);
    expect(paths(sa.replace('  clientRole: handler\n', '  clientRole: handler\n  analytics: profiling\n'))).toEqual(['dataProtection.method']);
  });
});
