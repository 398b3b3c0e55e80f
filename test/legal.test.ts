// The legal text of every example, read as a PRC lawyer reads it (issue 10): the confidentiality
// period as the spec gives it, one remedies model with its offset and a cap with carve-outs, no
// binding term after the signature page, the personal-information block of 个人信息保护法.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { starterSpec } from '../src/init/starter.js';
import { termEnd } from '../src/render/format.js';
import { TYPES } from '../src/schema/types/index.js';
import { type Block, type ContractDocument, plain } from '../src/tree/types.js';
import { forEachInlines } from '../src/tree/walk.js';
import { brief, checkText, root } from './helpers/check.js';
import { memoisedBuild } from './helpers/pipeline.js';

const example = (id: string) => readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8');
/** Each distinct spec built once per file: most cases read the same five examples. */
const build = memoisedBuild();
const built = (id: string) => build(example(id));
/** The paragraph (line) of the Markdown that contains a phrase. */
const paragraph = (md: string, phrase: string) => md.split('\n').find((l) => l.includes(phrase)) ?? '';
/** The text of these blocks, one line per paragraph, list item or table row. */
const textOf = (blocks: readonly Block[]) => {
  const out: string[] = [];
  forEachInlines(blocks, (xs) => out.push(plain(xs)));
  return out.join('\n');
};

describe.each(TYPES.map((t) => t.id))('%s', (id) => {
  it("X2: confidentiality binds throughout the contract and the spec's period after it ends, renewals or not", async () => {
    const spec = example(id);
    // the period as the spec gives it (read as YAML, not by a pattern a restyled file escapes); 3 years by default
    const given = (parse(spec) as { confidentiality?: { period?: string } }).confidentiality?.period;
    const period = given === undefined ? '3' : /^(\d+) years?$/.exec(given)?.[1];
    expect(period, `confidentiality.period: ${given}`).toBeDefined();
    const { md } = await built(id);
    expect(md).toMatch(new RegExp(`保密义务在本(协议|合同|准则)有效期内及本\\1解除或者终止后${period}年内持续有效`));
    expect(md).toContain('对商业秘密的保密义务持续至该信息依法公开之日止');
    // no longer a period from the effective date that a renewed contract outlives
    expect(md).not.toMatch(/保密义务自本(协议|合同|准则)生效之日起/);
    expect(md).not.toContain('保密义务持续至本');
  });

  it('annexes yield to the body, except where the confidentiality clause lets a stricter separate agreement prevail', async () => {
    const { md } = await built(id);
    // every type has the clause: a template that dropped it fails here, not silently
    expect(md).toContain('附件与本');
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
    // X1: one base two readers compute alike (payable, paid or not), with a first-year rule; never zero
    expect(md).toMatch(
      /限额基数是指违约行为发生之日前12个月内提供的服务所对应的、[甲乙]方依照本(协议|合同|准则)应当支付的服务费用之和，不论是否已经支付或者是否已届付款期限；违约行为发生于服务期限起始之日起12个月内的，限额基数为按照本\1约定的固定收费标准计算的首12个月/,
    );
    expect(md).not.toContain('已经支付和应当支付');
    expect(md).not.toContain('履行满12个月后');
    expect(md).toContain('造成对方人身损害的责任');
  });

  it('nothing binding after the signature page: only annexes follow the signatures', async () => {
    const { doc } = await build(example(id));
    const sig = doc.children.findIndex((b) => b.type === 'signature');
    expect(sig).toBeGreaterThan(0);
    expect(
      doc.children
        .slice(sig + 1)
        .filter((b) => b.type !== 'appendix')
        .map((b) => b.type),
    ).toEqual([]);
    for (const b of doc.children.slice(sig + 1)) expect(plain((b as Extract<Block, { type: 'appendix' }>).title)).toMatch(/^附件[一二三四五六七八九十]+：/);
  });

  it('personal information: the items of 第二十一条, one breach notice in hours, return or deletion', async () => {
    const { md } = await build(example(id));
    for (const item of ['处理目的：', '处理期限：', '处理方式：', '个人信息的种类：', '保护措施：', '不得转委托', '委托专业机构进行审计', '不得保留'])
      expect(md).toContain(item);
    expect(md).toMatch(/在发现后\d+小时内书面通知/);
    expect(md).not.toMatch(/及时书面通知[甲乙]方，说明事件经过/);
    expect(md).toContain('第二十一条和第五十九条');
  });
});

describe('X2: confidentiality', () => {
  it("3 years after the end when the spec gives no period; only the contract's life when it does not survive", async () => {
    const spec = example('service-agreement').replace(/^  period: 3 years\n/m, '');
    expect(spec).not.toMatch(/^  period:/m);
    expect((await build(spec)).md).toContain('保密义务在本协议有效期内及本协议解除或者终止后3年内持续有效');
    const ends = (await build(spec.replace('survivesTermination: true', 'survivesTermination: false'))).md;
    expect(ends).toContain('本条约定的保密义务在本协议有效期内持续有效；但对乙方终端客户个人信息的保密义务不受本协议终止的影响。');
  });
});

describe('X5, SA-S1, SC-N1: one term (服务期限), one renewal rule', () => {
  it.each(TYPES.map((t) => t.id))('%s: 服务期限 from … to …, a single non-renewal notice, no other name for the term', async (id) => {
    const spec = example(id);
    const { md } = await built(id);
    expect(md).toMatch(/服务期限(自\d{4}年\d+月\d+日起至\d{4}年\d+月\d+日止|为\d+年，自本(协议|合同|准则)生效之日起算)。/);
    for (const other of ['有效期为', '有效期限', '本协议期限', '本合同期限', '本准则期限', '协议期限', '有效期届满前', '有效期届满后'])
      expect(md).not.toContain(other);
    // one way to stop the renewal: notice at least N before the term or a renewal term ends
    for (const old of ['未以书面形式提出异议', '未提出书面异议', '提出不再续期', '不同意续期', '自动续期']) expect(md).not.toContain(old);
    const renewal = md.split('\n').filter((l) => l.includes('不再续展'));
    if (/^\s+renewal: /m.test(spec)) {
      expect(renewal).toHaveLength(1);
      expect(renewal[0]).toMatch(
        /^任何一方可以在服务期限（含续展期，下同）届满前至少\d+(日|个月)书面通知对方不再续展；双方均未按期发出该通知的，服务期限按照原有条件续展1年，此后亦同。/,
      );
    } else expect(renewal).toHaveLength(0);
  });

  it('service-agreement: the term ends the day before its anniversary; notice 届满前至少30日 (SA-N5)', async () => {
    const { md } = await built('service-agreement');
    expect(md).toContain('服务期限为1年，自本协议生效之日起算。');
    expect(md).toContain('届满前至少30日书面通知对方不再续展');
    const dated = await build(example('service-agreement').replace(/^ {2}startsOnEffect: .*$/m, '  start: 2026-12-01'));
    expect(dated.md).toContain('服务期限自2026年12月1日起至2027年11月30日止。');
    expect(termEnd('2026-01-31', { value: 1, unit: 'month' })).toBe('2026-02-28');
    expect(termEnd('2028-03-01', { value: 1, unit: 'year' })).toBe('2029-02-28');
  });

  it('service-contract (SC-N1): the term comes before the clause on what survives it', async () => {
    const lines = (await built('service-contract')).md.split('\n');
    const term = lines.findIndex((l) => l.includes('服务期限为3年'));
    const survival = lines.findIndex((l) => l.includes('继续有效，不受本合同终止的影响'));
    expect(term).toBeGreaterThan(0);
    expect(term).toBeLessThan(survival);
  });
});

describe('X6, X8, X9, SS-S5: signing, service, preservation, survival', () => {
  it.each(TYPES.map((t) => t.id))(
    '%s: power of attorney and 骑缝章; no telephone as a 送达地址; 保全 during negotiation; survival names the settlement',
    async (id) => {
      const { md } = await built(id);
      // X6
      expect(md).toContain('一方为单位且由其授权代表签署');
      expect(md).toContain('应当同时向对方提交加盖该单位公章的授权委托书');
      expect(md).toMatch(/该授权委托书构成本(协议|合同|准则)的组成部分。双方应当在本\1正本(（含附件）)?各页的骑缝处加盖公章/);
      // X8
      expect(md).not.toMatch(/地址、联系电话(及|和)电子邮箱，为/);
      expect(md).toContain('首部载明的联系电话仅供日常联系，不作为送达地址');
      // X9
      expect(md).toMatch(/依照本条约定进行的协商(或者调解)?，不影响任何一方在此期间依法申请财产保全、证据保全或者行为保全。/);
      expect(md.includes('进行的协商或者调解')).toBe(/^ {2}mediation: /m.test(example(id)));
      // SS-S5: liability, the settlement after termination and disputes survive
      expect(md).toMatch(/以及关于违约责任、终止后的结算与交接和争议解决的约定（包括第[^、）]+、第[^、）]+和第[^）]+）/);
    },
  );

  it('service-standards (SS-S5): the survival list names the article that holds the settlement', async () => {
    const lines = (await built('service-standards')).md.split('\n');
    const at = lines.findIndex((l) => l.includes('多退少补'));
    expect(at).toBeGreaterThan(0);
    const heading = lines
      .slice(0, at)
      .reverse()
      .find((l) => l.startsWith('## '))!;
    const n = /^## ([一二三四五六七八九十]+)、/.exec(heading)![1];
    expect(paragraph(lines.join('\n'), '终止后的结算与交接')).toMatch(new RegExp(`（包括[^）]*第${n}条[^）]*）`));
  });

  it('X8: e-mail service only on a party that gives an e-mail address', async () => {
    const spec = example('service-agreement').replace(/^    email: jiangwentao@.*\n/m, '');
    // lint's email-service-without-address refuses this final contract; its wording is checked here
    const { md } = await build(spec, { lint: false });
    expect(md).toContain('甲方载明的电子邮箱，为其接收以电子邮件方式送达的通知和文件的有效地址');
    expect(md).not.toContain('双方载明的电子邮箱');
    expect(md).toContain('但电子邮件方式仅适用于向本协议首部载明电子邮箱的一方送达');
    expect((await built('service-agreement')).md).not.toContain('电子邮件方式仅适用于');
  });
});

describe('SS-M2, WC-S7: one termination route per contract', () => {
  it('service-standards: the breach clause refers to the one threshold the termination clause sets', async () => {
    const { md } = await built('service-standards');
    expect(md).toMatch(/一方有第[一二三四五六七八九十]+条约定的严重违约情形的，对方可以依照该条的约定书面通知违约方解除本合同。/);
    expect(md).not.toContain('一方违约，经对方书面催告后在合理期限内仍未改正');
    expect(md).toContain('一方严重违反本合同约定，经对方书面催告后在合理期限内仍未纠正，或者其违约行为致使本合同目的不能实现的，对方可以书面通知违约方解除');
    // one threshold that lets a party terminate by notice (the SS-N4 remedy paragraph points back at it)
    expect(md.split('\n').filter((l) => /(严重违反|仍未改正|仍未纠正)[^。]*书面通知违约方解除/.test(l))).toHaveLength(1);
  });

  it('work-contract: every termination right of the breach clause goes through the closed list of 严重违约', async () => {
    const { md } = await built('work-contract');
    expect(md).not.toMatch(/甲方可以解除本合同/);
    expect(md.match(/甲方可以依照第十条第（三）项的约定解除本合同/g)).toHaveLength(3);
    expect(md).toContain(
      '2. 一方严重违约的，另一方有权书面通知违约方解除本合同，并要求其承担违约责任。严重违约仅指下列情形：一方违约致使本合同目的不能实现；'.replace(
        '2. ',
        '2\\. ',
      ),
    );
    expect(md).toContain('乙方逾期提供服务超过10日');
  });

  it('maintenance-agreement: poor service ends the contract only as the 严重违约 of the termination clause', async () => {
    const { md } = await built('maintenance-agreement');
    expect(md).toMatch(/拒不提交或者不落实整改方案，构成第[一二三四五六七八九十]+条约定的严重违约的，乙方有权依照该条的约定解除本协议/);
  });
});

describe('refunds that can arise (SS-S3, SA-N3, WC-N1) and termination on insolvency (SC-N5)', () => {
  it('service-standards: fees paid in advance are settled 多退少补', async () => {
    expect((await built('service-standards')).md).toContain('多退少补：乙方已经支付的服务费用超过该金额的，甲方应当退还超过部分；不足的，乙方应当补足。');
  });

  it('fees paid in arrears: no refund of prepaid fees; paid in advance: the refund', async () => {
    for (const id of ['service-agreement', 'work-contract']) {
      const { md } = await built(id);
      expect(md).not.toMatch(/已预付但|已收取但尚未提供服务部分|已支付但[甲乙]方尚未提供服务部分/);
    }
    const { md } = await build(
      example('work-contract')
        .replace('timing: in-arrears', 'timing: in-advance')
        .replace('refundOnTermination: nonconforming', 'refundOnTermination: unperformed'),
    );
    expect(md.match(/并要求乙方退还已收取但尚未提供服务部分的费用/g)).toHaveLength(3);
    expect(md).toContain('甲方已支付但乙方尚未提供服务部分的费用，由乙方退还甲方');
  });

  it("service-contract: either party may end it on the other's insolvency or loss of a licence", async () => {
    expect((await built('service-contract')).md).toContain(
      '一方进入破产程序、解散、被吊销营业执照或者丧失履行本合同所必需的资质的，另一方可以书面通知其解除本合同',
    );
  });
});

describe('SS-S14: the damages definition and the formula agree', () => {
  const both = (md: string) => {
    const definition = md.split('\n').find((l) => /^（[\d一二三四五六七八九十]+）损失赔偿金：|^\d+\\?\. 损失赔偿金：/.test(l)) ?? '';
    const formula = md.slice(md.indexOf('损失赔偿金＝'));
    return { definition, formula };
  };
  it('the example: direct loss plus reasonable costs less the penalty paid; 可得利益 excluded in both', async () => {
    const { definition, formula } = both((await built('service-standards')).md);
    expect(definition).toContain('直接经济损失，加上守约方为处理违约事项支出的');
    expect(definition).toContain('合理费用');
    expect(definition).toContain('不包括本合同履行后可以获得的利益');
    expect(formula).toMatch(/^损失赔偿金＝直接经济损失[^\n]*合理费用/);
    expect(formula).toContain('损失赔偿金不包括《中华人民共和国民法典》第五百八十四条规定的合同履行后可以获得的利益。');
  });
  it('the defaults (no glossary, no formula in the spec) say the same', async () => {
    const spec = example('service-standards')
      .replace(/^  glossary:\n(?:    .*\n)+/m, '')
      .replace(/^  damagesFormula: \|\n(?:    .*\n|\n)+/m, '');
    expect(spec).not.toContain('damagesFormula');
    const { definition, formula } = both((await build(spec)).md);
    expect(definition).toMatch(
      /直接经济损失，加上守约方为处理违约事项支出的合理费用，扣除违约方就同一违约行为已经支付的违约金后，依照附件六《损失赔偿金的计算公式》应当支付的赔偿金额，不包括本合同履行后可以获得的利益。/,
    );
    expect(formula).toContain('损失赔偿金不包括《中华人民共和国民法典》第五百八十四条规定的合同履行后可以获得的利益。');
  });
});

describe('X1: the liability cap', () => {
  it.each(TYPES.map((t) => t.id))('%s: one cap basis, aggregate by default, stated; the defined 服务费用总额 is not the cap base', async (id) => {
    const { md } = await built(id);
    const cap = paragraph(md, '责任限额为限额基数的');
    expect(cap).not.toBe('');
    expect(cap).not.toContain('服务费用总额');
    expect(md).toMatch(/违约金和损失赔偿责任之和，在整个服务期限(（含续展期）)?内累计不超过责任限额，不按年度分别计算。/);
    expect(cap).not.toMatch(/本(协议|合同|准则)期限/); // SS-N5: the defined 服务期限, nothing else
    // usage-based fees: the first year counts those incurred up to the breach, where the contract has them
    expect(cap.includes('加上截至违约行为发生之日已经发生的按量收费费用')).toBe(/kind: usage|unitPrices:/.test(example(id)));
  });

  it('per-year: a cap for each 服务年度, not carried over; the last breach of the year fixes its base', async () => {
    const { md } = await build(example('service-standards').replace('  capPercentOfFees: 100', '  capPercentOfFees: 100\n  capBasis: per-year'));
    expect(md).toContain(
      '任何一方就同一服务年度内发生的违约行为承担的违约金和损失赔偿责任之和，不超过该服务年度的责任限额；各服务年度的责任限额分别计算，未使用的部分不结转至其他服务年度。',
    );
    expect(md).toContain('同一服务年度内有多项违约行为的，以其中最后发生的违约行为确定该服务年度的限额基数');
    expect(md).not.toContain('累计不超过责任限额');
  });

  it('work-contract (WC-M2): 服务费用总额 keeps the one sense its definition gives it', async () => {
    const { md } = await built('work-contract');
    expect(md).toContain('本条所称“服务费用总额”为月服务费用的12倍');
    const uses = md.split('\n').filter((l) => l.includes('服务费用总额'));
    for (const l of uses) expect(l).not.toContain('限额');
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
  it('service-agreement: reductions, fee credits and the penalty are counted in one stated order, the penalty net of both', async () => {
    const { md } = await build(example('service-agreement'));
    expect(md).toContain('按照下列顺序计算：先计算服务费用减免；再计算减付，已经减免的服务不再减付；最后计算违约金，已经减免和减付的金额从违约金中扣除');
    expect(md).not.toContain('按照未达标服务所占的比例相应减付');
  });
  it('work-contract: the penalty for ending after a long delay is net of the daily delay penalties paid', async () => {
    const { md } = await build(example('work-contract'));
    expect(md).toMatch(
      /每日向甲方支付相当于服务费用总额[\d.]+%的违约金；[^。]*还应当支付相当于服务费用总额\d+%的违约金，已经支付的逾期违约金从中扣除。上述违约金不足以弥补/,
    );
    expect(md).not.toContain('另行支付相当于服务费用总额');
  });
});

describe('work-contract: 民法典 第九百三十三条', () => {
  it('priced: either party may end it with notice, at the agreed compensation, nothing more', async () => {
    const priced = 'atWillTermination:\n  mode: priced\n  notice: 2 months\n  providerCompensation:\n    amount: 36000\n    inWords: 人民币叁万陆仟元整\n\n';
    const { md } = await build(example('work-contract').replace(/^medicalDevices:/m, `${priced}medicalDevices:`));
    expect(md).toContain('本合同适用《中华人民共和国民法典》第九百三十三条关于委托合同任意解除的规定');
    expect(md).toContain('应当至少提前2个月书面通知对方');
    expect(md).toMatch(/向甲方支付人民币 ?36,000\.00 ?元/);
    expect(md).toContain('即为该条规定的解除方应当赔偿的直接损失和本合同履行后可以获得的利益，对方不再另行主张');
    expect(md).not.toContain('甲方擅自变更或者解除本合同的');
  });

  it("excluded (the default, and the example: the reference's allocation, review WC-S6): no at-will exit during the term; one who exits is in breach", async () => {
    const spec = example('work-contract');
    expect(spec).not.toMatch(/^atWillTermination:/m);
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
    // the spec's annexes, then the 授权委托书 of a party that signs by its authorised agent (MA-S3)
    const agents = (['provider', 'client'] as const).filter((role) => r.contract.spec.parties[role].authorisedAgent);
    expect(after.map((a) => plain(a.title))).toEqual([
      ...annexes.map((a, i) => `附件${'一二三四五六七八九十'[i]}：${a.title}`),
      ...agents.map((_, k) => expect.stringMatching(new RegExp(`^附件${'一二三四五六七八九十'[annexes.length + k]}：授权委托书（[甲乙]方授权代表）$`))),
    ]);
    after.forEach((a, i) => {
      expect(a.pageBreakBefore, plain(a.title)).toBe(true);
      const text = textOf(a.children);
      if (annexes[i]?.separate) expect(text).toMatch(/^本附件不在此印制，为.+该文件附于本(协议|合同)之后/);
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
    expect(bare.md).toMatch(/\| +1 +\| 智能点餐终端触摸屏总成/);
  });

  it('a reference to an annex the list does not have, or under another title, is an error at its value', () => {
    const spec = example('service-agreement');
    const withStandard = (v: string) => spec.replace('  tailoredPlan: true\n', `  standard: ${v}\n  tailoredPlan: true\n`);
    let r = checkText(withStandard('行业通行标准及附件五所列标准'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => [d.path, d.got])).toEqual([['services.standard', '附件五']]);
    r = checkText(withStandard('附件二《价格表》所列标准'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.expected).toBe('附件二《收费标准》, the title the list gives it');
    expect(checkText(withStandard('附件二《收费标准》及附件一所列标准')).ok).toBe(true);
  });

  it('an annex needs a body or a 另附 line; separate stands alone; rows fit the header; content fits the type', () => {
    const wc = example('work-contract');
    const withAnnex = (yaml: string) => wc.replace(/^annexes:\n/m, `annexes:\n${yaml}`);
    const paths = (yaml: string) => {
      const r = checkText(withAnnex(yaml));
      return r.ok ? [] : brief(r.diagnostics).map((b) => b.replace(/^\d+:\d+ /, ''));
    };
    expect(paths('  - title: 空附件\n')).toEqual(['annexes[0]']);
    expect(paths('  - title: 保密承诺函\n    separate: 另行签署的保密承诺函\n    text: 正文\n')).toEqual(['annexes[0].separate']);
    expect(paths('  - title: 清单\n    table:\n      header: [a, b]\n      rows:\n        - [1, 2]\n        - [1]\n')).toEqual(['annexes[0].table.rows[1]']);
    expect(paths('  - title: 培训计划\n    content: training-plan\n')).toEqual(['annexes[0].content']);
    // the contact's 授权委托书 printed in a final build needs the contact's ID number (MA-S2)
    expect(paths('  - title: 甲\n    content: power-of-attorney\n  - title: 乙\n    content: power-of-attorney\n')).toEqual([
      'parties.client.contactPerson',
      'annexes[1].content',
    ]);
    expect(paths('  - title: 授权委托书\n    content: 授权委托书\n')).toEqual(['parties.client.contactPerson']);
    // a draft may list an annex whose body is still to come
    expect(checkText(`draft: true\n${withAnnex('  - title: 空附件\n')}`).ok).toBe(true);
  });

  it('a Markdown file gives an annex its body: paragraphs, lists and tables, read through convert()', async () => {
    const { convert } = await import('../src/convert.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'legal-annex-'));
    writeFileSync(
      join(dir, 'rules.md'),
      '# 平台规则摘要\n\n甲方公布的平台规则，**以最新版本为准**。\n\n- 第一项\n- 第二项\n\n| 规则 | 生效日 |\n| --- | --- |\n| 用户规则 | 2026-11-01 |\n',
    );
    writeFileSync(join(dir, 'bad.md'), '正文\n\n```\ncode\n```\n\n<b>html</b>\n');
    const spec = example('service-agreement');
    const withFile = (f: string) => spec.replace(/^ {4}separate: 甲方在云帆服务平台公布的.*\n/m, `    file: ${f}\n`);
    const readFile = (p: string) => readFileSync(join(dir, p));
    const ok = await convert(withFile('rules.md'), { formats: ['md'], readFile });
    expect(ok.ok).toBe(true);
    const annex = ok.tree!.children.filter((b) => b.type === 'appendix')[2] as Extract<Block, { type: 'appendix' }>;
    expect(plain(annex.title)).toBe('附件三：《云帆服务平台用户服务规则》');
    expect(annex.children.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'list', 'table']);
    expect(textOf(annex.children)).toContain('甲方公布的平台规则，以最新版本为准。');
    const bad = await convert(withFile('bad.md'), { formats: [], readFile });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => [d.path, d.got])).toEqual([
      [
        'annexes[2].file',
        'bad.md:3: a code block (an annex holds paragraphs, lists, tables, bold and italic); bad.md:7: HTML (an annex holds paragraphs, lists, tables, bold and italic)',
      ],
    ]);
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
    const titles = ['客户服务准则', '甲方主体资格及资质证明文件', '乙方主体资格及资质证明文件', '满意度调查表', '服务费用明细表', '损失赔偿金的计算公式'].map(
      (t, i) => `附件${'一二三四五六'[i]}：${t}`,
    );
    // (the last such page: the body's list of annexes may also start a page with their names)
    for (const t of titles) {
      const page = pages.findLast((p) => p.slice(0, 3).includes(t));
      expect(page, t).toBeDefined();
    }
    // and nothing else shares an annex's first page with the one before it
    const firsts = titles.map((t) => pages.findLastIndex((p) => p.slice(0, 3).includes(t)));
    expect(new Set(firsts).size).toBe(titles.length);
  });
});

// Issue 17, X7 and the service-level facts: a penalty that follows the KPI, a monthly ceiling, one
// defined 未达标事件, service hours that stop the clock, and duties two agents can perform.
describe('service levels, penalties and capacity (X7)', () => {
  const built = new Map<string, Promise<string>>();
  const mdOf = (id: string, edit: (s: string) => string = (s) => s) => {
    const key = `${id}:${edit.toString()}`;
    if (!built.has(key))
      built.set(
        key,
        build(edit(example(id))).then((r) => r.md),
      );
    return built.get(key)!;
  };
  const KPI = /本款所称“未达标事件”，是指(第[^条]+条|前款)所列的任何一项考核指标在一个考核周期内未达到；/;

  it.each(['service-agreement', 'service-standards', 'maintenance-agreement'])(
    '%s: a penalty per KPI missed in a month, never per request inside the tolerance, with a monthly ceiling (SA-M2, SS-M1, MA-M1)',
    async (id) => {
      const md = await mdOf(id);
      expect(md).toMatch(KPI);
      expect(md).toContain('而该考核周期的相应考核指标已经达到的，不构成未达标事件');
      expect(md).toMatch(/同一考核周期内[甲乙]方依照本款应当支付的违约金合计，不超过该考核周期对应的服务费用的20%；该考核周期对应的服务费用，是指/);
      expect(md).not.toMatch(/对经考核确认未达标的每一项服务请求|每发生一次经双方核实的未达标事件|经双方依据服务台账或者工单记录核实的，每发生一次/);
    },
  );

  it('each-incident is stated as such, and a ceiling of none prints none (the lint rule warns)', async () => {
    const md = await mdOf('service-standards', (s) =>
      s
        .replace('serviceFailureBasis: monthly-indicator', 'serviceFailureBasis: each-incident')
        .replace('serviceFailureMonthlyCapPercent: 20', 'serviceFailureMonthlyCapPercent: none'),
    );
    expect(md).toContain('是指甲方未在约定时限内完成或者未达到约定标准的每一项单项服务，不论该考核周期的考核指标是否达到');
    expect(md).not.toContain('依照本款应当支付的违约金合计');
  });

  it('beyond-tolerance counts only the failures beyond what the indicator allows', async () => {
    const md = await mdOf('service-agreement', (s) => s.replace('serviceFailureBasis: monthly-indicator', 'serviceFailureBasis: beyond-tolerance'));
    expect(md).toContain(
      '超出第三条所列相应考核指标允许比例的部分，超出部分的每一项未达标服务为一次未达标事件；考核指标允许比例以内的未达标服务，不构成未达标事件',
    );
  });

  it('service-contract: the penalty only for time limits (response, arrival, completion), capped (SC-S1)', async () => {
    const md = await mdOf('service-contract');
    expect(md).toMatch(/是指甲方的一项服务未在第[\d.]+条和第[\d.]+条约定的时限内响应、到场或者完成/);
    expect(md).toContain('其他服务标准未达到的，甲方依照本条的约定采取补救措施并赔偿损失，不适用本款的违约金');
    expect(md).not.toContain('未达到第2.1条所列服务标准或者第2.2条约定的标准的，每发生一次');
  });

  it('service-agreement: the reduction has a base (SA-S8); maintenance beyond 8 hours and stacking are settled (SA-N6)', async () => {
    const md = await mdOf('service-agreement');
    expect(md).toContain('减付金额，按照该考核周期的固定服务费用，乘以该考核周期内经考核确认未达标且未有效补救的服务请求数占该考核周期服务请求总数的比例计算');
    expect(md).toContain('当月计划内维护累计超过8小时的，超出部分视为非计划中断');
  });

  it('service-agreement: on-site times per area in 第三条, clock hours, each store its time in the annex (SA-S9)', async () => {
    const md = await mdOf('service-agreement');
    expect(md).toMatch(/（[一二三四]）上门时限：需要上门服务的，自乙方提出请求之时起，苏州市姑苏区[^；]*24小时内到达，昆山市[^；]*48小时内到达；/);
    expect(md).toContain('上门时限按照自然时间连续计算');
    expect(md).not.toContain('市区门店24小时内上门');
    expect(md).toMatch(/\| 门店编号 \| 门店名称 +\| 地址 +\| 接入设备 +\| 上门时限 \|/);
  });

  it('service-contract: a response time and on-site arrival, and which clock the hours run on (SC-S2)', async () => {
    const md = await mdOf('service-contract');
    expect(md).toContain('甲方应当在受理服务请求后2小时内作出响应');
    expect(md).toMatch(/在下列时限内到达现场：苏州市、无锡市市辖区内的设备所在地（不含昆山市、江阴市等县级市），24小时；/);
    expect(md).toContain('以分钟或者小时计算的响应、解决和完成时限，只计算服务时间');
  });

  it('service-standards: hours, channels, a volume band and the price beyond it (SS-M1)', async () => {
    const md = await mdOf('service-standards');
    expect(md).toContain('甲方的服务时间为每日09:00至21:00，服务渠道为电话、在线聊天；甲方应当为本合同项下服务配备专职客服人员不少于5名');
    expect(md).toContain(
      '月固定服务费以乙方的客户每月提出的咨询和投诉合计不超过5000件（以下称“约定服务量”）为基础；当月超出约定服务量的部分（按照受理的先后顺序，当月第5001件起为超出部分），按照每件人民币6.00元',
    );
    expect(md).toContain('咨询或者投诉在服务时间以外收到的，视为在下一个服务时间开始时收到，前款答复和提出解决方案的时限自该时起算');
  });

  it('maintenance-agreement: outreach to a monthly list two agents can work through (MA-M1)', async () => {
    const md = await mdOf('maintenance-agreement');
    expect(md).toContain('沟通名单所列终端客户的人数，不得超过专属客服人数乘以每名专属客服250名之积，即当月不超过500名');
    expect(md).toContain('沟通名单以外的终端客户，甲方没有主动沟通的义务');
    expect(md).toMatch(/\| 主动沟通完成率 +\| 沟通名单所列终端客户中，当月按照约定频次完成主动沟通的比例不低于95%/);
  });

  it('maintenance-agreement: a 15-minute human acknowledgement, then the 30-minute answer; level 3 out of hours on call (MA-S1, MA-S8)', async () => {
    const md = await mdOf('maintenance-agreement');
    expect(md).toContain('应当于15分钟内由专属客服作出首次人工回复');
    expect(md).toMatch(/问题本身的答复和处理，适用第[\d.]+条约定的时限/);
    expect(md).toContain('甲方应当安排值守人员，在工作时间以外的18:00至次日09:00期间（以下简称“值守期间”');
    const bound = await mdOf('maintenance-agreement', (s) => s.replace(/^onCall:\n(?:  .*\n)+/m, ''));
    expect(bound).toContain('三级问题在工作时间以外接到的，上表时限自次一工作日工作时间开始时起算');
    expect(bound).not.toContain('三级问题不受工作时间的限制');
  });

  it('work-contract: the service hours in the main text stop the response clock; the delay penalty is for a late start (WC-S1, WC-S2)', async () => {
    const md = await mdOf('work-contract');
    expect(md).toContain(
      '乙方提供服务的时间（以下称“服务时段”）为每日08:00至22:00，其中电话渠道为每日08:00至20:00，电话渠道在20:00以后收到的留言，响应时限自次日08:00起算。乙方应当在收到客户咨询或者投诉后2小时内作出响应；响应时限只计算服务时段',
    );
    expect(md).toContain('乙方未能在第二条约定的上线期限届满时开始提供服务的，应当按照逾期天数');
    expect(md).not.toContain('未按照本合同约定的期限提供服务');
    const clock = await mdOf('work-contract', (s) => s.replace(/^  hours:\n(?:    .*\n)+  hoursNote: .*\n/m, ''));
    expect(clock).toContain('内作出响应，该时限按照自然时间连续计算');
  });
});

// Review 2026-12-07 (issue 17), the type-specific items (`build` is memoised for the whole file).
const once = build;

describe('service-agreement (review SA-S4, SA-S6, SA-S7, SA-N4)', () => {
  const sa = () => example('service-agreement');

  it('SA-S4: 保修期 is defined by the device purchase contract, with months from delivery as the fallback; a mention without it is an error', async () => {
    const { md } = await once(sa());
    expect(md).toContain(
      '本协议所称“保修期”，是指乙方与甲方于2025年3月10日签订的《智能餐饮设备购销合同》（合同编号：YF-XS-2025-031）约定的设备保修期；该合同未约定保修期的，为自设备交付乙方之日起12个月。',
    );
    const months = await build(sa().replace(/  purchaseContract: .*\n/, ''));
    expect(months.md).toContain('本协议所称“保修期”，是指自设备交付乙方之日起12个月。');
    const r = checkText(sa().replace(/^warranty:\n(?:  .*\n)+/m, ''));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.path)).toEqual(['services.items[2].description']);
    const empty = checkText(sa().replace(/^warranty:\n(?:  .*\n)+/m, 'warranty: {}\n'));
    expect(!empty.ok && empty.diagnostics.map((d) => d.path)).toEqual(['warranty']);
  });

  it('SA-S6: the platform rules are standard terms pointed out and explained, attached, revised only by notice, binding only with consent', async () => {
    const { md } = await once(sa());
    expect(md).toContain('遵守《云帆服务平台用户服务规则》（以下称“平台规则”，其文本为附件三《云帆服务平台用户服务规则》）');
    expect(md).not.toContain('其他平台规则');
    expect(md).toContain('平台规则是甲方为重复使用而预先拟定的格式条款。甲方应当在订立本协议前，在平台规则文本中以加粗字体标示免除或者减轻甲方责任');
    expect(md).toContain('提请乙方注意，并按照乙方的要求对该等条款予以说明');
    expect(md).toContain('乙方阅读并理解该等条款后，在平台规则文本上逐页签字');
    expect(md).toContain('依照本协议关于通知与送达的约定书面通知乙方');
    expect(md).toContain('在平台上发布公告不构成对乙方的通知');
    expect(md).toContain('非经乙方书面同意，对乙方不发生效力；乙方未书面同意的，双方继续按照修订前的平台规则履行本协议');
    expect(md).not.toMatch(/通过平台公告或者书面方式通知乙方|乙方不同意的，可以书面通知甲方解除/);
    // not attached: a warning, and the clause says a sealed copy is handed over
    const bare = sa().replace(/  - title: 《云帆服务平台用户服务规则》\n    separate: .*\n/, '');
    const r = checkText(bare);
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['platformRules']);
    expect((await build(bare)).md).toContain('方应当在签订本协议时向乙方提供经其盖章的平台规则文本一份');
  });

  it('SA-S7: silence for 1 working day after completion is confirmation, and the completion time is when the provider said so', async () => {
    const { md } = await once(sa());
    expect(md).toContain(
      '乙方应当在甲方告知服务请求处理完毕后1个工作日内确认处理结果或者提出异议；乙方在该期限内既未确认也未提出异议的，视为乙方已经确认，办结时间以甲方告知处理完毕之时为准。',
    );
  });

  it("SA-N4: one phone format; 甲方 is served at a named person's mailbox, not the customer-service one", async () => {
    const { md } = await once(sa());
    expect(md).toContain('联系电话：400-820-6618');
    expect(md).not.toMatch(/kefu\\?@/);
  });
});

describe('service-contract (review SC-S4, SC-S5, SC-S9, SC-N2, SC-N3, SC-N4)', () => {
  const sc = () => example('service-contract');

  it("SC-S4: the device list names each site, changes only by written confirmation, and its heading covers 乙方's own server", async () => {
    const { doc } = await once(sc());
    const annex = doc.children.find((b) => b.type === 'appendix' && plain(b.title).includes('设备清单')) as Extract<Block, { type: 'appendix' }>;
    const text = textOf(annex.children);
    expect(text).not.toContain('以乙方系统记录为准');
    expect(text).toContain('乙方总部机房内的终端管理服务器');
    expect(text).toContain('经双方书面确认后方可更新本清单，未经书面确认的设备不在本合同的维护范围内');
    // one site per row: no row lists a region or two cities
    expect(text).not.toMatch(/华东区门店|苏州、无锡营业厅/);
  });

  it("SC-S5: the materials may be given to 乙方's customers for after-sales service", async () => {
    const { md } = await once(sc());
    expect(md).toContain('乙方可以为提供售后服务之目的将其提供给乙方的客户使用');
    expect(md).not.toContain('在内部无偿使用，但不得向第三方出售');
  });

  it('SC-S9: 服务年度 is defined when the fees use it, and only then', async () => {
    const { md } = await once(sc());
    expect(md).toContain('“服务年度”是指自服务期限起始之日起每12个月的期间；最后一个服务年度不足12个月的，以实际期间为准；');
    const without = await build(sc().replace('咨询费用于每个服务年度开始后10个工作日内一次性支付', '咨询费用于每年1月10日前一次性支付'));
    expect(without.md).not.toContain('服务年度');
  });

  it('SC-N2: the 另附 sentence only when an annex is marked 另附', async () => {
    const { md } = await once(sc());
    expect(md).not.toContain('标明“另附”的附件');
    const separate = example('service-standards').replace(/^annexes:\n/m, 'annexes:\n  - title: 门店清单\n    separate: 双方于本合同签署之日确认的门店清单\n');
    expect((await once(separate)).md).toContain('标明“另附”的附件不在本合同中印制，由双方另行提供或者签署后附于本合同之后');
  });

  it("SC-N3: the contract's own terms are named once in the confidentiality scope", async () => {
    const { md } = await once(sc());
    const clause = md.slice(md.indexOf('本合同所称“保密信息”'), md.indexOf('\n', md.indexOf('本合同所称“保密信息”')));
    expect(clause.match(/本合同的(具体)?内容/g)).toEqual(['本合同的具体内容']);
  });

  it('SC-N4: the update duty is a written assessment each period, something one can check', async () => {
    const { md } = await once(sc());
    expect(md).toContain('甲方应当每季度对服务的内容、工具和方法评估一次，并向乙方提交书面评估报告');
    expect(md).not.toContain('使服务与行业技术水平保持同步');
  });
});

describe('service-standards (review SS-S1, SS-S4, SS-S8, SS-N2, SS-N3, SS-N4)', () => {
  const ss = () => example('service-standards');

  it('SS-S1: a contract titled 客户服务合同 that calls itself 本合同, the 准则 its 附件一; the type and its Chinese name still work', async () => {
    const { md } = await once(ss());
    expect(md.split('\n')[0]).toBe('# 客户服务合同');
    expect(md).not.toContain('本准则');
    expect(md).toContain('应当遵循的服务内容、服务标准和工作流程（以下合称“客户服务准则”）订立本合同');
    expect(md).toContain('## 附件一：客户服务准则');
    expect(md).toContain('## 十二、合同的生效、变更和终止');
    // no title in the spec: the default is the contract title, whichever name the type is given by
    for (const type of ['service-standards', '客户服务准则']) {
      const spec = ss()
        .replace(/^type: .*$/m, `type: ${type}`)
        .replace(/^  title: .*\n/m, '');
      const { md: untitled } = await build(spec);
      expect(untitled.split('\n')[0]).toBe('# 客户服务合同');
      expect(untitled).not.toContain('本准则');
    }
    // a spec that titles it 准则 after all is warned
    const r = checkText(ss().replace(/^  title: .*$/m, '  title: 客户服务准则'));
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['contract.title']);
  });

  it('SS-S4, SS-S3 (cold review): the confidentiality agreement is an annex only when the spec says one is signed, and then it must be listed', async () => {
    const { md } = await once(ss());
    // the example relies on its own clause: no unseen agreement is incorporated (SS-S3)
    expect(md).not.toMatch(/附件[一二三四五六七]：保密协议|双方另行签订的保密协议作为本合同附件|《保密协议》/);
    expect(md).toContain('附件一：客户服务准则');
    const withNda = ss()
      .replace('  separateAgreement: false\n', '  separateAgreement: true\n')
      .replace(
        '  - title: 满意度调查表\n    content: satisfaction-survey\n',
        '  - title: 满意度调查表\n    content: satisfaction-survey\n  - title: 保密协议\n    separate: 双方于本合同签署之日另行签署的《保密协议》\n',
      );
    const { md: ndaMd } = await build(withNda);
    expect(ndaMd).toContain('双方另行签订的保密协议作为本合同附件');
    expect(ndaMd).toContain('附件五：保密协议（另附）');
    // said signed but not listed, or listed but not relied on: errors
    let r = checkText(ss().replace('  separateAgreement: false\n', '  separateAgreement: true\n'));
    expect(!r.ok && r.diagnostics.map((d) => d.path)).toEqual(['confidentiality.separateAgreement']);
    r = checkText(withNda.replace('  separateAgreement: true\n', '  separateAgreement: false\n'));
    expect(!r.ok && r.diagnostics.map((d) => d.path)).toEqual(['annexes[4].title']);
  });

  it('SS-S8: the documents annex lists documents; a business description in a qualification is warned', async () => {
    const { md } = await once(ss());
    expect(md).not.toContain('乙方经营线上线下家居用品零售');
    const r = checkText(ss().replace('    qualification: 营业执照\n', '    qualification: 营业执照；乙方经营线上线下家居用品零售。自营门店26家。\n'));
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['parties.client.qualification']);
  });

  it('SS-N2: the satisfaction rate counts the 总体评价 answer; the sample is questionnaires sent, which can be reached', async () => {
    const { md } = await once(ss());
    expect(md).toContain('客户满意度（有效问卷中“总体评价”一项选择“非常满意”或者“满意”的份数占有效问卷份数的比例）');
    expect(md).toContain('客户满意度（有效问卷中对总体评价选择“非常满意”或者“满意”的份数占有效问卷份数的比例）不得低于90%');
    expect(md).toContain('随机抽取不少于300件发放满意度调查表（不足300件的全部发放）');
    expect(md).not.toContain('样本不少于300份');
  });

  it('SS-N3: the client reads the records the provider keeps', async () => {
    const { md } = await once(ss());
    expect(md).toContain('服务台账和工单系统由甲方保存的，甲方应当为乙方开通只读查询权限，使乙方可以随时查阅和导出原始记录');
  });

  it("SS-N4: the reference's problems (late replies, leaks, non-performance, non-payment) and their remedies", async () => {
    const { md } = await once(ss());
    expect(md).toMatch(
      /甲方未在约定时限内答复咨询或者提出投诉解决方案、未按照约定提供服务、泄露乙方客户信息或者其他保密信息，或者乙方未按照约定支付服务费用的，守约方可以书面要求违约方限期改正；违约方逾期仍未改正的，守约方可以依照第[^条]+条的约定解除本合同。/,
    );
    // the cure is no condition of the penalties, the late-payment interest or damages (re-review 2026-12-07, service-standards M1)
    expect(md).toMatch(
      /要求改正不影响守约方依照第[^条]+条和第[^条]+条的约定主张违约金、逾期付款违约金和损失赔偿；泄露乙方客户信息或者其他保密信息的，违约方不因事后改正而免除责任。/,
    );
    expect(md).not.toContain('约定的条件下解除本合同');
  });
});

describe('maintenance-agreement (review MA-S2, MA-N3) and staff duties in every type', () => {
  it('MA-S2: a court of the signing place names the place the contract gives (民事诉讼法 第三十五条)', async () => {
    const { md } = await once(example('maintenance-agreement'));
    expect(md).toContain('任何一方均可将争议提交上海市静安区（本协议签订地）有管辖权的人民法院');
    // a draft with no place yet keeps the connecting point (a final spec must give the place)
    const { md: draft } = await build(example('maintenance-agreement').replace(/^  signingPlace: .*\n/m, ''), { draft: true });
    expect(draft).toContain('任何一方均可将争议提交本协议签订地有管辖权的人民法院');
  });

  it.each(TYPES.map((t) => t.id))('MA-N3 %s: the provider answers for its staff; no duty is laid on staff, who are not parties', async (id) => {
    const { md } = await once(example(id));
    // a sentence (or list item) whose subject is the staff themselves
    expect(md).not.toMatch(/(^|[。；：\n]|（[0-9一二三四五六七八九十]+）|\d\. )(专属客服|服务人员|客服人员|[甲乙]方服务人员)[^。；，]{0,12}(应当|不得)/m);
    expect(md).not.toMatch(/[甲乙]方及(其服务人员|专属客服)不得/);
    expect(md).not.toMatch(/工程师须/);
  });

  it('MA-N3: the pattern the review asks for, where staff conduct is the point', async () => {
    expect((await once(example('maintenance-agreement'))).md).toContain('专属客服有前述行为的，视为甲方违反本协议的约定');
    expect((await once(example('service-agreement'))).md).toContain('服务人员违反的，视为甲方违反本协议的约定');
    expect((await once(example('service-contract'))).md).toContain(
      '甲方应当确保其服务人员遵守乙方及客户现场的安全、保密和管理规定；服务人员违反的，视为甲方违反本合同的约定',
    );
    expect((await once(example('work-contract'))).md).toContain('客服人员违反的，视为乙方违反本合同的约定');
  });
});

describe('work-contract (review WC-S4, WC-S6, WC-S13)', () => {
  const wc = () => example('work-contract');

  it('WC-S4: a complaint suggesting injury or malfunction goes to the client within the agreed hours; agents give no medical advice', async () => {
    const { md } = await once(wc());
    expect(md).toContain(
      '客户反映的情况提示甲方的产品可能或者已经造成人身伤害，或者产品可能存在故障、质量缺陷的，乙方应当在获知后2小时内向甲方指定的联系人报告',
    );
    expect(md).toContain('依照《医疗器械监督管理条例》和《医疗器械不良事件监测和再评价管理办法》的规定开展调查和报告');
    expect(md).toContain('乙方应当确保客服人员不向客户提供医疗、诊断或者用药建议');
    // a client dealing in medical devices without the block is warned
    const r = checkText(wc().replace(/^medicalDevices:\n(?:  .*\n)+/m, ''));
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['parties.client.qualification']);
    if (r.ok) expect((await build(wc().replace(/^medicalDevices:\n(?:  .*\n)+/m, ''))).md).not.toContain('医疗器械监督管理条例');
  });

  it("WC-S13: the refund on termination for the provider's breach follows the spec; the reference's (all fees paid) on request", async () => {
    const { md } = await build(wc().replace('refundOnTermination: nonconforming', 'refundOnTermination: all-paid'));
    expect(md.match(/并要求乙方返还甲方已经支付的服务费用[；，]/g)).toHaveLength(3);
    expect(md).not.toContain('退还已收取但尚未提供服务部分的费用');
    const since = await build(wc().replace('refundOnTermination: nonconforming', 'refundOnTermination: since-breach'));
    expect(since.md.match(/并要求乙方返还甲方就违约行为发生之日起的服务期间已经支付的服务费用/g)).toHaveLength(3);
    const unperformed = wc().replace('refundOnTermination: nonconforming', 'refundOnTermination: unperformed');
    const r = checkText(unperformed);
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['liability.provider.refundOnTermination']);
    expect((await build(unperformed)).md).toContain('并要求乙方退还已收取但尚未提供服务部分的费用');
    const byDefault = checkText(wc().replace(/    refundOnTermination: .*\n/, ''));
    expect(byDefault.ok && byDefault.contract.spec.liability.provider.refundOnTermination).toBe('nonconforming');
  });
});

// ── fees, tax and staffing (legal review 2026-12-07: X3, SA-S5, SA-N1, SC-S3, SS-N1, MA-N2, SS-S2 …) ──
/** an example's Markdown, from the one memo of this file */
const mdOfExample = async (id: string) => (await built(id)).md;
/** a Markdown table row, however its columns are padded: row('a', 'b') matches | a   | b | */
const row = (...cells: string[]) => new RegExp(`\\|\\s*${cells.map((c) => c.replace(/[|.*+?()[\]]/g, '\\$&')).join('\\s*\\|\\s*')}\\s*\\|`);

describe('X3: a VAT rate on every fee item, and what a change of rate does', () => {
  it.each(TYPES.map((t) => t.id))(
    '%s: every fee table has a 税率 column; prices are tax-inclusive at the rate shown; a new rate applies to the price before tax',
    async (id) => {
      const md = await mdOfExample(id);
      const headers = md.split('\n').filter((l) => /^\|\s*(费用项目|项目|序号)\s*\|/.test(l) && /金额|收费标准|单价/.test(l));
      // a monthly fee with no table states its rate in the sentence
      if (headers.length === 0) expect(md).toMatch(/为含税价格，增值税税率为\d+%/);
      for (const h of headers) expect(h, id).toMatch(/\|\s*税率\s*\|/);
      expect(md).toMatch(/服务费用均为含税价格，所含增值税按照(各项费用所列的税率|6%的税率)计算，不含税价格为含税价格除以（1\+适用税率）所得的金额/);
      expect(md).toContain('国家调整增值税税率的，以不含税价格为准，按照开具发票时适用的税率计算含税价格');
      expect(md).toContain('发票所列各项目的税率，应当与本');
      expect(md).not.toContain('已包含甲方依法应当缴纳的税费');
      expect(md).not.toContain('已包含乙方依法应当缴纳的税费');
    },
  );

  it('service-agreement: the platform service at 6 %, repair work and parts at 13 %', async () => {
    const md = await mdOfExample('service-agreement');
    expect(md).toMatch(row('平台基础服务费', '固定收费', '每月人民币3,000.00元（大写：人民币叁仟元整）', '6%'));
    expect(md).toMatch(row('包月上门维修费', '固定收费', '每月人民币600.00元（大写：人民币陆佰元整）', '13%'));
    expect(md).toMatch(row('超额上门维修费', '按量收费', '每次人民币280.00元（大写：人民币贰佰捌拾元整）', '13%'));
    expect(md).toMatch(row('1', '智能点餐终端触摸屏总成（15.6英寸）', '件', '人民币860.00元（大写：人民币捌佰陆拾元整）', '13%'));
  });

  it('service-contract: on-site repair at 13 %, consulting and support at 6 %', async () => {
    const md = await mdOfExample('service-contract');
    expect(md).toMatch(row('维护费用（现场维修）', '按量收费', '每台·次人民币450.00元（大写：人民币肆佰伍拾元整）', '13%'));
    expect(md).toMatch(row('技术支持费用', '固定收费', '每月人民币6,000.00元（大写：人民币陆仟元整）', '6%'));
  });

  it('a monthly fee states its rate where it is stated; tax-exclusive prices charge VAT on top', async () => {
    expect(await mdOfExample('work-contract')).toMatch(/标准为每月人民币[\d,.]+元（大写：[^）]+），为含税价格，增值税税率为6%。/);
    const { md } = await build(example('maintenance-agreement').replace('  taxIncluded: true', '  taxIncluded: false\n  vatRate: 9'));
    expect(md).toMatch(/为每月人民币[\d,.]+元（大写：[^）]+）(（含值守费）)?，为不含税价格，增值税税率为9%。/);
    expect(md).toContain('服务费用均为不含税价格，增值税按照各项费用所列的税率另行计收');
  });

  it('validate: a rate the 增值税法 does not know is an error; none at 0 % on a special invoice; repair at 6 % is a warning', () => {
    const sa = example('service-agreement');
    const bad = checkText(sa.replace('      vatRate: 6 # 现代服务', '      vatRate: 7'));
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.diagnostics.map((d) => `${d.path} ${d.expected}`)).toEqual([
        'fees.items[0].vatRate a VAT rate or levy rate of the 增值税法: 13, 9, 6, 5, 3, 1, 0 (percent)',
      ]);
    const zero = checkText(sa.replace('      vatRate: 6 # 现代服务', '      vatRate: 0'));
    expect(zero.ok).toBe(false);
    if (!zero.ok)
      expect(zero.diagnostics.map((d) => `${d.path} ${d.expected}`)).toEqual([
        'fees.items[0].vatRate a positive rate: a special VAT invoice (增值税专用发票) is issued for taxable supplies only',
      ]);
    expect(checkText(sa.replace('      vatRate: 6 # 现代服务', '      vatRate: 0').replace('  kind: vat-special', '  kind: vat-ordinary')).ok).toBe(true);
    const repair = checkText(sa.replace(/(name: 超额上门维修费\n(?:.*\n){3})      vatRate: 13 # 修理修配\n/, '$1'));
    expect(repair.ok).toBe(true);
    if (repair.ok) expect(repair.warnings.map((d) => `${d.severity} ${d.path} ${d.got}`)).toEqual(['warning fees.items[3].vatRate 6, the rate of a service']);
  });
});

describe('fee clarity', () => {
  it('SA-S5: each month pays the previous month, fixed and usage items both; the online channel is named', async () => {
    const md = await mdOfExample('service-agreement');
    expect(md).toContain('上月的服务费用（包括上月的固定收费项目费用和上月实际发生的按量收费项目费用），乙方应当在每月开始后10个工作日内付清');
    expect(md).toContain('服务费用以银行转账或者在线支付方式支付，在线支付通过云帆服务平台费用中心的企业网银对公支付进行。');
    const noChannel = checkText(example('service-agreement').replace(/^ {2}onlineChannel: .*\n/m, ''));
    expect(noChannel.ok).toBe(false);
    if (!noChannel.ok) expect(noChannel.diagnostics.map((d) => `${d.path} ${d.got}`)).toEqual(['payment.methods[1] online-payment with no channel']);
  });

  it('SA-N1: the billing and parts paragraphs once, in the body; 按量收费 and 按件计收 defined; no stranded sentence', async () => {
    const md = await mdOfExample('service-agreement');
    expect(md.split('列明上月的固定收费项目、按量收费项目和按件计收的配件费用').length - 1).toBe(1);
    expect(md).toContain('各项费用的计费和结算方式，依照本协议第四条的约定执行。');
    expect(md).toContain('按量收费，是指按照结算周期内实际发生的服务量乘以相应单价计算费用的收费方式');
    expect(md).toContain('按件计收，是指附件二《收费标准》所列价目表中的配件和项目按照实际更换或者提供的数量乘以价目表所列单价计算费用的收费方式');
    expect(md).not.toContain('按件计收的项目，按照');
    // the definition comes before the closing sentence on other charges, not after it
    expect(md.indexOf('按件计收，是指')).toBeLessThan(md.indexOf('除本协议约定的费用外'));
  });

  it('SC-S3: a parts price list with an approval step, a price for the 9th call on, and for a training day overrun', async () => {
    const md = await mdOfExample('service-contract');
    expect(md).toMatch(row('1', '自助点餐终端触摸屏总成（HX-K210）', '件', '人民币1,100.00元（大写：人民币壹仟壹佰元整）', '13%'));
    expect(md).toContain('应当在更换前将配件名称、数量和价格告知乙方或者其指定的现场人员，经确认后更换；未经确认更换的，乙方可以拒绝支付该配件的费用');
    expect(md).toMatch(
      row('超额二线工程师支持费', '按量收费', '每次人民币800.00元（大写：人民币捌佰元整）', '6%', '当月第9次起的二线工程师支持，经乙方确认后提供'),
    );
    expect(md).toMatch(row('培训延时费', '按量收费', '每半日人民币1,750.00元（大写：人民币壹仟柒佰伍拾元整）'));
    expect(md).toContain('受训人员超过30人的，分场组织并分别计费');
  });

  it('SS-N1, MA-N2: amounts in the body tables with their unit and 大写', async () => {
    expect(await mdOfExample('service-standards')).toMatch(row('基础服务费', '固定收费', '每月人民币22,000.00元（大写：人民币贰万贰仟元整）', '6%'));
  });

  it('SS-S6 (cold review): the surge duty has its notice, hours, day cap and volume cap, billed by the day of coverage', async () => {
    const md = await mdOfExample('service-standards');
    expect(md).toMatch(row('大促延时服务费', '按量收费', '每日人民币800.00元（大写：人民币捌佰元整）', '6%'));
    const surge = paragraph(md, '电商大促期间');
    expect(surge).toContain('乙方应当至少提前10个工作日书面告知甲方大促的起止日期和预计咨询量');
    expect(surge).toContain('将服务时间延长至24:00，每年累计不超过20日');
    expect(surge).toContain('在当日咨询和投诉不超过平日日均量三倍的范围内保证考核指标的达成');
    expect(surge).toContain('超过前述日数或者咨询量的部分，由双方协商确定');
    expect(surge).not.toContain('增派临时客服人员');
    expect(md).not.toContain('另行书面确认');
  });
});

describe('staffing and sub-entrusting', () => {
  it('SA-S10: no service of the platform, on-site repair included, is sub-entrusted without consent', async () => {
    const md = await mdOfExample('service-agreement');
    expect(md).toContain('未经乙方书面同意，不得将本协议项下的任何服务（包括上门维修）全部或者部分转委托、分包给第三方');
    expect(md).not.toContain('主要服务');
  });
});

describe('WC-M1 and the employment and independence clause (MA-S9, SS-S6)', () => {
  it('work-contract: no dispatch licence, no 派驻, no consent over staff, no roster of names; the provider manages its team', async () => {
    const md = await mdOfExample('work-contract');
    for (const marker of ['劳务派遣经营许可证', '派驻', '经甲方同意后实施', '事先取得甲方同意', '| 姓名']) expect(md, marker).not.toContain(marker);
    expect(md).toContain('乙方独立安排、管理、考核其客服人员，甲方不直接向乙方的客服人员下达工作指令；甲方对服务结果进行考核');
    expect(md).toContain('不构成劳动关系，亦不构成劳务派遣关系');
    expect(md).toContain('乙方应当在服务期限内为本合同项下的服务配备不少于10名专职客服人员（包括管理人员，以下简称“项目团队”）');
    expect(md).toContain('乙方更换项目团队成员的，应当至少提前5个工作日书面通知甲方');
    expect(md).toContain(
      '甲方有证据证明服务未达到本合同约定的标准，或者乙方的客服人员严重违反服务规范或者保密义务的，可以书面说明事实和理由，要求乙方在合理期限内采取纠正措施；采取何种措施，包括培训、调整岗位或者更换人员，由乙方自行决定',
    );
    expect(md).not.toContain('要求乙方更换该人员');
    expect(md).toMatch(row('序号', '岗位', '最低人数', '主要职责', '在岗要求'));
    expect(md).toMatch(row('4', '客服专员', '6'));
  });

  it('WC-S3: a revision of the standards that adds work or cost needs agreement and a fee adjustment; the annex is attached at signing', async () => {
    const md = await mdOfExample('work-contract');
    expect(md).toContain(
      '修订增加乙方的工作量或者服务成本的，应当经双方协商一致，并相应调整服务费用或者服务要求，未协商一致的，乙方按照修订前的标准提供服务，不视为违约',
    );
    expect(md).toContain('本附件经双方签章后附于签署页之后');
    expect(md).not.toMatch(/附件一[^\n]*另附/);
  });

  it('WC-S8: the non-solicit binds both parties', async () => {
    const md = await mdOfExample('work-contract');
    expect(md).toContain('未经对方书面同意，任何一方不得直接或者间接招聘、雇用对方参与本项目的人员');
    expect(md).toContain('一方违反本条约定的，每招聘、雇用一人，应当向对方支付违约金');
  });

  it("MA-S9: the dedicated agents are the provider's employees, take no instructions from the client, change on notice", async () => {
    const md = await mdOfExample('maintenance-agreement');
    expect(md).toContain('甲方与其专属客服建立劳动关系，独立承担其工资、社会保险、住房公积金、福利待遇等用人单位的全部责任');
    expect(md).toContain('甲方独立安排、管理、考核其专属客服，乙方不直接向甲方的专属客服下达工作指令；乙方对服务结果进行考核');
    expect(md).toContain('甲方更换专属客服的，应当至少提前5个工作日书面通知乙方');
  });

  it('SS-S6: employment and independence, no subcontracting without consent, a minimum team', async () => {
    const md = await mdOfExample('service-standards');
    expect(md).toContain('甲方独立安排、管理、考核其服务人员，乙方不直接向甲方的服务人员下达工作指令');
    expect(md).toContain('未经乙方书面同意，甲方不得将本合同项下的服务全部或者部分转包、分包或者转委托给第三方');
    expect(md).toContain('配备不少于6名专职服务人员（包括管理人员，以下简称“项目团队”）');
  });

  it('a draft without the headcount leaves a blank for it; a final contract without one commits a team of no stated size', async () => {
    const spec = example('work-contract').replace('  dedicatedStaff: 10\n', '');
    expect((await build(spec, { draft: true })).md).toContain('配备不少于______名专职客服人员（包括管理人员，以下简称“项目团队”）');
    expect((await build(spec)).md).toContain('乙方应当在服务期限内为本合同项下的服务配备专职客服人员（包括管理人员，以下简称“项目团队”）');
  });
});

// ── signature pages a firm executes (legal review X4, X6, MA-S3, TW-S3, D-N1) ─────────────────────
const formats = new Map<string, Promise<Record<'md' | 'xml' | 'pdf' | 'html', string> & { pdfPages: string[] }>>();
/** The contract as a reader gets it in each format: the Markdown, the DOCX's document.xml, the PDF's text (page by page), the HTML. */
function allFormats(specText: string, locale?: 'zh-Hant-TW' | 'zh-Hant-HK') {
  const key = `${locale ?? ''}\n${specText}`;
  if (!formats.has(key)) {
    formats.set(
      key,
      (async () => {
        const { convert } = await import('../src/convert.js');
        const { unzipSync, strFromU8 } = await import('fflate');
        const { readPdf } = await import('./helpers/pdf.js');
        const r = await convert(specText, { formats: ['md', 'docx', 'pdf', 'html'], ...(locale ? { locale } : {}) });
        if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
        const pdf = await readPdf(r.outputs.pdf!);
        // the DOCX's text runs joined, as Word shows them (a non-breaking hyphen as the hyphen it is)
        const xml = strFromU8(unzipSync(r.outputs.docx!)['word/document.xml']!)
          .replace(/<w:noBreakHyphen\/>/g, '-')
          .replace(/<\/w:p>/g, '\n')
          .replace(/<[^>]+>/g, '');
        const pdfPages = pdf.pages.map((p) => p.join('\n'));
        return {
          md: new TextDecoder().decode(r.outputs.md!),
          xml,
          pdf: pdfPages.join('\n'),
          pdfPages,
          html: new TextDecoder().decode(r.outputs.html!).replace(/<[^>]+>/g, ''),
        };
      })(),
    );
  }
  return formats.get(key)!;
}

describe.each(TYPES.map((t) => t.id))('%s: the signature page', (id) => {
  it('is headed in every format by the same note naming the contract and its number; dates left to write by hand; who signs, printed', async () => {
    const spec = example(id);
    const r = checkText(spec);
    if (!r.ok) throw new Error('invalid example');
    const c = r.contract.spec.contract;
    const note = `（本页无正文，为《${c.title ?? r.contract.type.names[0]}》（合同编号：${c.number}）之签署页）`;
    const out = await allFormats(spec);
    for (const f of ['md', 'xml', 'pdf', 'html'] as const) {
      expect(out[f], f).toContain(note);
      // X4: no signing date printed on the signature page of a contract sent out for signature
      const page = out[f].slice(out[f].indexOf(note));
      expect(page, f).toMatch(/日期：(\\_){6}年(____|(\\_){4})月(____|(\\_){4})日|日期：______年____月____日/);
      expect(page.slice(0, 400), f).not.toMatch(/日期：\d{4}年/);
    }
    // the note heads a page of its own in the PDF, and the body's last page says nothing follows
    const at = out.pdfPages.findIndex((p) => p.includes(note));
    expect(out.pdfPages[at]!.split('\n').slice(0, 3).join('')).toContain(note);
    expect(out.pdfPages[at]).not.toContain('以下无正文');
    expect(out.pdfPages[at - 1]).toContain('（以下无正文，为签署页）');
    // X6: each company's signatory by name and capacity, where the spec names them
    for (const role of ['provider', 'client'] as const) {
      const p = r.contract.spec.parties[role];
      const signer = p.authorisedAgent ? [p.authorisedAgent, '授权代表'] : p.legalRepresentative ? [p.legalRepresentative, '法定代表人'] : undefined;
      if (p.kind !== 'individual' && signer) {
        expect(out.pdfPages[at]).toContain(`签字人：${signer[0]}`);
        expect(out.pdfPages[at]).toContain(`签字身份：${signer[1]}`);
        expect(out.md).toContain(`签字人：${signer[0]}`);
      }
    }
  });
});

describe('signature pages: dates, agents, locales', () => {
  it('contract.signed: true prints the dates the spec gives (a record of an executed contract)', async () => {
    const spec = example('maintenance-agreement').replace(/^(\s+)signingDate: 2026-11-20$/m, '$1signingDate: 2026-11-20\n$1signed: true');
    const { md, pdf } = await allFormats(spec);
    // (the PDF spaces a date inside as Word does: 2026 年 11 月 20 日, D21)
    const tight = (t: string) => t.replace(/(?<=[0-9年月]) (?=[0-9年月日])/g, '');
    for (const t of [md, pdf].map(tight)) {
      expect(t).toContain('日期：2026年11月20日');
      expect(t).toContain('日期：2026年11月19日');
    }
    const unsigned = await allFormats(example('maintenance-agreement'));
    expect(tight(unsigned.pdf)).not.toContain('日期：2026年11月19日');
  });

  it('maintenance-agreement: 乙方 signs by its authorised agent, so his 授权委托书 is an annex, listed and printed', async () => {
    const { md, pdf } = await allFormats(example('maintenance-agreement'));
    const list = md.slice(md.indexOf('附件如下'), md.indexOf('（以下无正文'));
    expect(list).toContain('附件五：授权委托书（乙方授权代表）');
    for (const t of [md, pdf]) {
      const annex = t.slice(t.lastIndexOf('附件五：授权委托书（乙方授权代表）')).replace(/\n/g, '');
      expect(annex).toContain('黄振宇（运营副总裁）');
      expect(annex).toMatch(/签署委托人与上海云帆客户服务有限公司之间的《客户维护服务协议》（合同编号：YF-WH-2026-0187）及其附件/);
      expect(annex).toContain('转委托权');
    }
    // a party that signs by its legal representative gets none
    const wc = await allFormats(example('work-contract'));
    expect(wc.md).not.toContain('授权代表）');
  });

  it.each(['zh-Hant-TW', 'zh-Hant-HK'] as const)('%s: the same note, in the locale, in every format; 以下無正文 only below the body', async (locale) => {
    const out = await allFormats(example('work-contract'), locale);
    const note = '（本頁無正文，為《客服工作合同》（合同編號：HK-KF-2026-042）之簽署頁）';
    for (const f of ['md', 'xml', 'pdf', 'html'] as const) expect(out[f], f).toContain(note);
    const at = out.pdfPages.findIndex((p) => p.includes(note));
    expect(out.pdfPages[at]).not.toContain('以下無正文');
    expect(out.pdfPages[at - 1]).toContain('以下無正文');
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
    const visit = (bs: readonly Block[]) =>
      bs.forEach((b) => (b.type === 'clause' ? (b.id === 'data-protection' ? found.push(b) : visit(b.children)) : undefined));
    visit(doc.children);
    expect(found).toHaveLength(1);
    return textOf((found[0] as Extract<Block, { type: 'clause' }>).children);
  };

  it('SA-M1: the platform processes for equipment support and data export, not to serve diners; 个人 covers end customers, store staff and signatories', async () => {
    const text = await clause('service-agreement');
    expect(text).toContain(
      '乙方委托甲方在履行本协议过程中处理乙方的终端客户、乙方的员工以及在维修单、服务确认单等服务单据上签字确认的人员（以下称“个人”）的个人信息',
    );
    expect(text).toContain('处理目的：为向乙方提供本协议约定的设备咨询、技术支持（含数据导出协助）和维修服务；');
    expect(text).not.toContain('仅为向个人提供');
    expect(text).toMatch(/个人信息的种类：点餐终端和收银一体机中存储的会员信息和订单数据、[^；]*维修单签字人的姓名和联系方式；/);
    expect(text).toContain('仅在乙方每次授权或者工单指示的范围内导出数据并仅交付乙方');
  });

  it('SA-N7: remote-session screen recordings are kept for a stated period, and the deletion duty at the end governs', async () => {
    const text = await clause('service-agreement');
    expect(text).toContain('远程协助录屏等记录，自形成之日起保存6个月');
    expect(text).toContain('保存期限届满的，甲方应当在10个工作日内予以删除。本协议解除或者终止时保存期限尚未届满的，依照本条关于返还或者删除的约定处理');
    // without a retention period, no such paragraph
    expect((await build(example('maintenance-agreement').replace(/^ {2}recordsRetention: .*\n/m, ''))).md).not.toContain('自形成之日起保存');
  });

  it("SC-M1: the business customers are the 处理者, 乙方 their 受托人, 甲方 a 转委托 sub-processor under 乙方's warranty of each one's written consent", async () => {
    const text = await clause('service-contract');
    expect(text).toContain(
      '在其门店和营业厅使用乙方自助服务终端的乙方客户（以下称“委托单位”）作为个人信息处理者委托乙方处理个人信息；乙方在取得委托单位同意的范围内，将其中的处理事项转委托甲方',
    );
    expect(text).toContain('委托单位委托乙方处理的个人信息（以下称“受托数据”），委托单位为个人信息处理者，乙方为委托单位的受托人，甲方为转委托的受托人');
    expect(text).toContain('已取得每一委托单位同意乙方将受托数据转委托甲方处理的书面同意');
    expect(text).toContain('甲方仅可以按照本条约定和乙方书面转达的委托单位的要求处理受托数据');
    expect(text).toContain('未经乙方事先书面同意（涉及受托数据的，并经委托单位书面同意），甲方不得转委托他人处理个人信息');
    expect(text).not.toContain('就该等个人信息，乙方为个人信息处理者');
    // one term for the individuals: 个人, defined once; 客户 the business customers, 终端用户 the natural persons (SC-S1)
    expect(text.match(/以下称“个人”/g)).toHaveLength(1);
    const { md } = await once('service-contract');
    expect(md.match(/“终端用户”是指/g)).toHaveLength(1);
    expect(md).toContain('“客户”是指向乙方购买或者使用其产品');
  });

  it('MA-M2: proactive care to designated members with a legal basis, refusals honoured; reports aggregated and de-identified; pregnancy and child data as sensitive', async () => {
    const text = await clause('maintenance-agreement');
    expect(text).toContain(
      '并依照本条约定主动联系个人，以汇总、去标识化的方式进行统计分析；不得公开，不得向个人推介商品或者活动，不得用于用户画像或者自动化决策；',
    );
    expect(text).not.toContain('不得用于营销推广');
    expect(text).toContain(
      '联系对象：仅限于乙方书面指定的个人；乙方应当确保已经就该联系取得个人的同意，或者具有《中华人民共和国个人信息保护法》第十三条第一款规定的其他合法性基础',
    );
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
    expect(text).toContain('通话录音、聊天记录等记录，自形成之日起保存6个月');
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

// Re-review of 2026-12-07 (docs/reviews/2026-12-07-legal-rereview.md, must-fix 5 and 9)
describe('the signing recital and the signature note follow the signing', () => {
  it('maintenance-agreement: no signing date in the recital until the spec says the contract is signed', async () => {
    const ma = example('maintenance-agreement');
    const { md } = await build(ma);
    expect(md).toContain('本协议在上海市静安区签订。');
    expect(md).not.toMatch(/本协议于\d{4}年\d+月\d+日在/);
    const signed = await build(ma.replace(/^(contract:\n)/m, '$1  signed: true\n'));
    expect(signed.md).toMatch(/本协议于2026年11月20日在上海市静安区签订。/);
  });

  it('service-standards: the signature note names the title the document prints', async () => {
    const ss = example('service-standards').replace(/^  title: .*\n/m, '');
    const { md } = await build(ss);
    expect(md).toContain('（本页无正文，为《客户服务合同》（合同编号：XC-ZZ-2026-0068）之签署页）');
    expect(md).not.toContain('为《客户服务准则》');
  });
});

describe('work-contract: the refund on termination and the settlement agree (re-review 2026-12-07, work-contract M1)', () => {
  it('the settlement clause yields to the refund the breach clause gives; with unperformed there is nothing to yield to', async () => {
    const wc = example('work-contract');
    const { md } = await build(wc.replace('refundOnTermination: nonconforming', 'refundOnTermination: all-paid'));
    expect(md).toMatch(
      /双方应当按照实际提供服务的期间结算服务费用：甲方应当支付截至解除或者终止之日乙方已提供服务对应的费用；但甲方因乙方违约依照第十条第（三）项的约定解除本合同并要求乙方返还已经支付的服务费用的，依照第八条第（二）项的约定处理，甲方不再支付前述费用。/,
    );
    const unperformed = await build(wc.replace('refundOnTermination: nonconforming', 'refundOnTermination: unperformed'));
    expect(unperformed.md).not.toContain('的约定处理，甲方不再支付前述费用');
  });
});

describe("re-review 2026-12-07 §9 M2: the examples' term runs from the effective date, no stale calendar date", () => {
  it.each(TYPES.map((t) => t.id))('%s: 服务期限 counted from 生效之日, for a period, with no date of the term or of signing printed', async (id) => {
    const { md } = await built(id);
    const term = paragraph(md, '服务期限为');
    expect(term).toMatch(/服务期限为\d+年，自本(协议|合同)生效之日起算。/);
    expect(md).not.toMatch(/服务期限自\d{4}年/);
    // nothing dated in 2026-12 or 2027 but what the parties write by hand on signing
    expect(md).not.toMatch(/2026年1[12]月\d+日|2027年\d+月\d+日/);
    expect(md).toContain('处理期限：自本');
    expect(example(id)).not.toMatch(/^\s+signed: true/m);
  });

  it('maintenance-agreement: the dedicated agents are named by the effective date, not before a start that is the effective date', async () => {
    const { md } = await built('maintenance-agreement');
    expect(md).toContain('甲方应当不迟于本协议生效之日将专属客服的工号以及各指定账号由哪一名专属客服使用书面告知乙方。');
    expect(md).not.toContain('在服务期限开始前');
  });

  it('work-contract: the late-start penalty runs from the effective date the term starts on', async () => {
    const { md } = await build(example('work-contract').replace(/^ {2}goLiveWithin: .*\n/m, ''));
    expect(md).toContain('乙方未能自服务期限起始日（即本合同生效之日）开始提供服务的');
  });

  it('startsOnEffect waives the start and end blanks, refuses a date beside it, and needs a length', async () => {
    const wc = example('work-contract');
    await expect(build(wc.replace(/^ {2}length: 1 year\n/m, ''))).rejects.toThrow(/startsOnEffect|length/);
    await expect(build(wc.replace(/^( {2}startsOnEffect: .*\n)/m, '$1  start: 2027-01-01\n'))).rejects.toThrow(/term\.start/);
    const dated = await build(wc.replace(/^ {2}startsOnEffect: .*\n {2}length: 1 year\n/m, '  start: 2027-01-01\n  end: 2027-12-31\n'));
    expect(dated.md).toContain('服务期限自2027年1月1日起至2027年12月31日止。');
  });
});

describe('re-review 2026-12-07 §3.1: service-agreement', () => {
  it("M2: the remote-assistance recordings are 甲方's records in its own system; no other copy of terminal data, the clause and the facts agree", async () => {
    const { md } = await built('service-agreement');
    const method = paragraph(md, '处理方式：');
    expect(method).toContain('远程协助全程录屏，录屏保存于甲方的远程协助系统，其中显示的会员和订单数据仅作为录屏的一部分按照本条约定的期限保存');
    expect(method).toContain('不得从录屏中单独提取、检索或者导出该等数据');
    expect(method).not.toContain('不得在甲方系统中另行存储');
    expect(paragraph(md, '个人信息的种类：')).toContain('远程协助录屏（含其中显示的会员信息和订单数据）');
    expect(paragraph(md, '还应当采取下列安全措施')).toContain('录屏仅保存于甲方的远程协助系统');
    expect(md).toContain('远程协助录屏等记录，自形成之日起保存6个月');
  });

  it("S2: 乙方's consent lifts confidentiality of its trade secrets only; personal information follows the PI clause", async () => {
    const duty = paragraph((await built('service-agreement')).md, '保护客户信息：');
    expect(duty).toContain('保护乙方的商业秘密，未经乙方同意，不得向任何第三方泄露、提供');
    expect(duty).toContain('乙方及其人员、终端客户的个人信息，依照本协议关于个人信息保护的约定处理');
    expect(duty).not.toMatch(/个人信息，未经乙方同意/);
  });

  it('S3: one target per indicator row, and a row with two targets is one indicator', async () => {
    const { md } = await built('service-agreement');
    expect(md).toContain('上表每一行为一项考核指标；一行所列指标要求有两项以上的，其中任何一项未达到，即为该项考核指标未达到。');
    for (const name of ['办结率', '一次解决率', '满意度', '服务态度投诉']) expect(md).toMatch(new RegExp(`^\\| ${name} +\\|`, 'm'));
    expect(md).not.toContain('满意度不得低于');
  });

  it("S4: the resolution clock runs from 受理 to 甲方's notice of completion, as the service clause defines it", async () => {
    const { md } = await built('service-agreement');
    expect(md).toContain('自甲方受理之时起，至甲方告知处理完毕之时止（乙方提出异议且异议成立的，至重新处理完毕之时止）计算');
    expect(md).not.toContain('以工单创建与乙方确认办结的时间计算');
  });

  it('S5: every replaced part has a warranty: the price list, else 90 days from replacement', async () => {
    const { md } = await built('service-agreement');
    expect(md).toContain('价目表未载明保修期的配件，保修期为自更换之日起90日。');
  });

  it('S1: the platform rules are attached with their exclusion clauses marked and initialled', async () => {
    const { md } = await built('service-agreement');
    expect(md).toContain('在平台规则文本中以加粗字体标示免除或者减轻甲方责任');
    expect(md).toContain('乙方阅读并理解该等条款后，在平台规则文本上逐页签字');
    expect(md).toContain('该文本经甲方盖章、双方逐页签字。该文件附于本协议之后');
    // the 另附 wording, converted in the Traditional editions (issue 17)
    for (const [locale, text] of [
      ['zh-Hant-TW', '該文件附於本協議之後'],
      ['zh-Hant-HK', '該文件附於本協議之後'],
    ] as const) {
      const tw = (await build(example('service-agreement'), { locale })).md;
      expect(tw).toContain(text);
      expect(tw).toContain('標明「另附」的附件不在本協議中印製，由雙方另行提供或者簽署後附於本協議之後');
      expect(tw).not.toMatch(/附[于於][本该該]页|附[于於][本该該]頁/);
    }
  });

  it('N1, N2: the annex lists the on-site limits; complaint and on-site limits run in natural time', async () => {
    const { md } = await built('service-agreement');
    expect(md).toMatch(/\| 上门到达：昆山市[^|]*\| 48小时 +\| 自乙方提出请求之时起，按照自然时间连续计算/);
    expect(md).toMatch(/\| 投诉的处理 +\| 48小时 +\| 自甲方收到投诉之时起，按照自然时间连续计算/);
    expect(md).toContain('以分钟或者小时计算的响应时限只计算服务时间，投诉处理时限和上门时限按照自然时间连续计算');
  });

  it("N3, N4: 乙方's rights over its and its people's information; no unmeasurable 行业通行标准", async () => {
    const { md } = await built('service-agreement');
    expect(md).toContain('（五）查阅、复制和更正乙方及其人员在平台中的信息，并要求甲方保护乙方的商业秘密');
    expect(md).not.toContain('依法查阅、复制、更正其在平台中的信息');
    expect(md).not.toContain('行业通行标准');
  });
});

describe('re-review 2026-12-07 §3.2: service-contract', () => {
  it('S2: on-site arrival runs over rest days and holidays, and times agreed separately stay within it', async () => {
    const { md } = await built('service-contract');
    expect(md).toContain('具体时间由双方另行商定，但到达现场的时间不得超过本条约定的现场到达时限');
    expect(md).toContain(
      '现场到达时限自请求提出之时起按照自然时间连续计算，不适用前句关于服务时间以外提出的服务请求的起算规则，不受服务时间的限制，休息日和法定节假日不予扣除。',
    );
  });

  it('S3: 受理 is the earlier of the ticket and the receipt', async () => {
    const { md } = await built('service-contract');
    expect(md).toContain('本合同所称“受理”服务请求之时，是指甲方的服务系统就该请求生成工单之时或者甲方收到该请求之时，以较早者为准。');
  });

  it('N1: no 调解 where no mediation step is agreed', async () => {
    const { md } = await built('service-contract');
    expect(md).toContain('依照本条约定进行的协商，不影响任何一方');
    expect(md).not.toContain('协商或者调解');
  });

  it("N3: the annex says which limit a county-level city's devices have", async () => {
    const { md } = await built('service-contract');
    expect(md).toContain('苏州市、无锡市市辖区内的设备所在地（不含昆山市、江阴市等县级市）');
    expect(md).toContain('昆山市为县级市，不属于市辖区，第3、6项设备适用48小时的现场到达时限。');
  });

  it('S1: the business customers are 委托单位; 处理者 appears only in the statutory 个人信息处理者', async () => {
    const { md } = await built('service-contract');
    expect(md).toContain('在其门店和营业厅使用乙方自助服务终端的乙方客户（以下称“委托单位”）作为个人信息处理者委托乙方处理个人信息');
    expect(md).toContain('委托单位为个人信息处理者，乙方为委托单位的受托人');
    expect(md.replace(/个人信息处理者/g, '')).not.toContain('处理者');
  });

  it("N5: remote access needs 乙方's authorisation first, then the customer's consent", async () => {
    const { md } = await built('service-contract');
    expect(md).toContain('甲方提供远程协助，应当事先经乙方授权，并在建立连接前取得委托单位（或者其现场负责人）的同意');
    expect(md).toContain('甲方远程访问客户设备须先经乙方授权，再取得委托单位（或者其现场负责人）同意');
  });
});

describe('re-review 2026-12-07 §5: drafts from init', () => {
  const drafts = new Map<string, Promise<{ md: string }>>();
  const draftOf = (id: string) => {
    let d = drafts.get(id);
    if (!d) drafts.set(id, (d = build(starterSpec(TYPES.find((t) => t.id === id)!), { draft: true })));
    return d;
  };

  it('D1 S1, S2: the service-agreement draft names no 上门维修 and no 减免 it does not have', async () => {
    const { md } = await draftOf('service-agreement');
    expect(md).toContain('不得将本协议项下的任何服务全部或者部分转委托');
    expect(md).not.toContain('上门维修');
    expect(md).not.toContain('减免');
    expect(md).toContain('乙方因此遭受的损失，扣除已经取得的减付金额后仍有不足的，甲方应当赔偿不足部分。');
    // the example, whose added clause grants 减免, keeps the order
    expect((await built('service-agreement')).md).toContain('先计算服务费用减免；再计算减付');
  });

  it('D1 S3: the service-agreement draft offers mediation and arbitration beside the courts', async () => {
    const { md } = await draftOf('service-agreement');
    expect(md).toMatch(/□ 双方选择先行调解：依照本条第二款的约定协商不成的，先行将争议提交[\\_]+进行调解/);
    expect(md).toMatch(/□ 双方选择仲裁：依照本条第二款的约定协商不成的，任何一方均可将争议提交[\\_]+仲裁委员会/);
    expect((await built('service-agreement')).md).not.toContain('□ 双方选择');
  });

  it('D2 S1: the service-contract draft has the response and completion blanks 9.2.2 refers to', async () => {
    const { md } = await draftOf('service-contract');
    expect(md).toMatch(/甲方应当在受理服务请求后_+内作出响应/);
    expect(md).toMatch(/甲方应当自受理服务请求后_+内完成/);
  });

  it("D3 M1 (f2138e0): the service-standards draft's signature page names the 客户服务合同 it is", async () => {
    const { md } = await draftOf('service-standards');
    expect(md).toMatch(/（本页无正文，为《客户服务合同》（合同编号：[\\_]+）之签署页）/);
  });
});

// ── Re-review of 2026-12-07, issue 17 (service-standards, maintenance-agreement, work-contract) ──
describe('re-review 2026-12-07: maintenance-agreement', () => {
  it('MA-M2 (must-fix 6): the 值守费 is a fee-table row at its rate, inside the fixed monthly fee and the cap basis', async () => {
    const md = await mdOfExample('maintenance-agreement');
    expect(md).toMatch(row('值守费', '固定收费', '每月人民币1,500.00元（大写：人民币壹仟伍佰元整）', '6%'));
    expect(md).toContain(
      '本协议项下的服务费用为每月人民币17,500.00元（大写：人民币壹万柒仟伍佰元整）（含值守费），为含税价格，增值税税率为6%。前述每月服务费用为固定费用',
    );
    expect(md).toContain('值守费为每月人民币1,500.00元（大写：人民币壹仟伍佰元整），已计入第四条约定的每月服务费用');
    expect(md).toContain('限额基数所称服务费用包括值守费。');
    const ma = example('maintenance-agreement');
    const paths = (spec: string) => {
      const r = checkText(spec);
      return r.ok ? [] : r.diagnostics.map((d) => d.path);
    };
    // the on-call fee charged but not in the table, or the table's fixed rows not the monthly fee
    expect(paths(ma.replace(/    - name: 值守费\n(?:      .*\n)+/, '').replace('  monthly: 17500', '  monthly: 16000'))).toEqual(['onCall.monthlyFee']);
    expect(paths(ma.replace('  monthly: 17500', '  monthly: 16000'))).toEqual(['fees.monthly']);
    // no on-call fee: no such sentence in the cap of any type
    expect(await mdOfExample('service-standards')).not.toContain('值守费');
  });

  it('MA-N3, MA-S1: the immediate stop covers the personal-information article; variations need the 法定代表人 or a new authority', async () => {
    const md = await mdOfExample('maintenance-agreement');
    expect(md).toMatch(/甲方违反第[^条]+条关于指定账号的约定，或者违反第六条和第八条约定的，应当立即停止违约行为/);
    expect(md).toContain('## 八、个人信息保护');
    expect(md).toContain(
      '涉及服务费用调整、《服务变更协议》的签订以及本协议的变更或者解除的，须由乙方法定代表人签署，或者由乙方就该事项另行出具书面授权委托书的授权代表签署，并加盖乙方公章。',
    );
  });
});

describe('re-review 2026-12-07: work-contract', () => {
  it('WC-S2: passing on possible adverse events is an entrusted purpose; validate warns when it is not', async () => {
    const md = await mdOfExample('work-contract');
    expect(md).toContain('处理目的：为向个人提供产品咨询、投诉处理和售后回访服务，并协助甲方履行医疗器械不良事件监测和报告义务；');
    const r = checkText(example('work-contract').replace('，并协助甲方履行医疗器械不良事件监测和报告义务', ''));
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['dataProtection.purpose']);
  });

  it('WC-M1 (must-fix 7, D5-M1): by default the breach refund is the fees for service not given or not up to standard, and the settlement says the same', async () => {
    const md = await mdOfExample('work-contract');
    expect(md.match(/并要求乙方返还甲方已经支付的服务费用中对应乙方未提供服务或者提供的服务不合格部分的费用[；，]/g)).toHaveLength(3);
    expect(md).not.toMatch(/返还甲方已经支付的服务费用[；，]/);
    expect(md).toContain(
      '甲方应当支付截至解除或者终止之日乙方已提供服务对应的费用；但甲方因乙方违约依照第十条第（三）项的约定解除本合同的，乙方未提供服务或者提供的服务不合格部分对应的费用，甲方无须支付，已经支付的，由乙方依照第八条第（二）项的约定返还。',
    );
    // the draft a user starts from has the same default
    const draft = await build(example('work-contract').replace(/    refundOnTermination: .*\n/, ''));
    expect(draft.md).toContain('服务费用中对应乙方未提供服务或者提供的服务不合格部分的费用');
  });
});

describe('re-review 2026-12-07: the staff-fee floor', () => {
  it("README states the floor's source and effective date as the lint constant has them, and that they must be checked", async () => {
    const { STAFF_FEE_FLOOR } = await import('../src/lint/staffing.js');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const note = readme.slice(readme.indexOf('Where the 2,740 comes from'));
    expect(note.length).toBeGreaterThan(100);
    const wage = STAFF_FEE_FLOOR.minimumWage.toLocaleString('en-US');
    expect(note).toContain(`Where the ${wage} comes from`);
    expect(note).toContain(`${STAFF_FEE_FLOOR.province}'s 月最低工资标准`);
    expect(note).toContain(`from ${STAFF_FEE_FLOOR.since}`);
    expect(note).toContain('上海市人力资源和社会保障局');
    expect(note).toMatch(/check on the\s+上海市人力资源和社会保障局 site/);
  });
});

describe('re-review 2026-12-07: service-standards', () => {
  it('SS-S1, SS-S2: the excess volume is a fee-table row at its rate, and which items are the excess is said', async () => {
    const md = await mdOfExample('service-standards');
    // the body's table and 附件六
    expect(md.match(new RegExp(row('超量服务费', '按量收费', '每件人民币6.00元（大写：人民币陆元整）', '6%').source, 'g'))).toHaveLength(2);
    expect(md).toContain('当月超出约定服务量的部分（按照受理的先后顺序，当月第5001件起为超出部分）');
    const r = checkText(example('service-standards').replace(/    - name: 超量服务费\n(?:      .*\n)+/, ''));
    expect(r.ok ? [] : r.diagnostics.map((d) => d.path)).toEqual(['operations.excessPrice']);
  });

  it('SS-S4, SS-N2, SS-N3: no promotion to customers; no mediation unless agreed; the reply limits run in natural time', async () => {
    const md = await mdOfExample('service-standards');
    expect(md).toContain('不得向客户推介任何商品、服务或者活动；');
    expect(md).not.toContain('推销乙方产品以外');
    expect(md).toContain('依照本条约定进行的协商，不影响任何一方');
    expect(md).not.toContain('协商或者调解');
    expect(md).toContain('前款答复和提出解决方案的时限自该时起算，并按照自然时间连续计算，不因服务时间结束而中止。');
  });
});

// ── PRC partner's review of the zh-CN editions and init drafts (issue 17, legal-cn-report.md) ──
describe('legal-cn review 2026-12-07: must-fixes', () => {
  const drafts = new Map<string, Promise<{ md: string }>>();
  const draftOf = (id: string) => {
    let d = drafts.get(id);
    if (!d) drafts.set(id, (d = build(starterSpec(TYPES.find((t) => t.id === id)!), { draft: true })));
    return d;
  };

  it('MA-M1: the recordings retention clause exists, the duty to keep records is subject to it, sensitive data is kept only so', async () => {
    const md = await mdOfExample('maintenance-agreement');
    const dp = md.slice(md.indexOf('## 八、个人信息保护'), md.indexOf('## 九、'));
    // the cross-reference has a clause to point at, in the same article
    expect(dp).toContain('依照本条关于录音和记录保存期限的约定处理');
    expect(dp).toMatch(/通话录音、聊天记录[^。]*等记录，自形成之日起保存6个月[^。]*保存期限届满的，甲方应当在10个工作日内予以删除/);
    // 3.1(5): records kept within that period, not without end
    expect(md).not.toContain('完整保存服务期间的通话录音、聊天记录和工单记录');
    expect(md).toContain('并在本协议关于个人信息保护的约定所定的录音和记录保存期限内完整保存通话录音和聊天记录');
    // sensitive data: no screenshot, and no keeping beyond the retained recordings
    expect(dp).toContain('不得截屏，除依照本条约定在保存期限内保存的通话录音和聊天记录外，不得以其他方式留存');
    expect(dp).not.toContain('不得截屏或者以其他方式留存');
  });

  it('MA-M1: without a retention period no clause points at one', async () => {
    const { md } = await build(example('maintenance-agreement').replace(/^ {2}recordsRetention: .*\n/m, ''));
    expect(md).not.toContain('录音和记录保存期限');
    expect(md).toContain('不得截屏或者以其他方式留存');
  });

  it("DSA-M1: the draft prepays fixed fees, pays usage fees in arrears on the statement; the example pays last month's fees", async () => {
    const { md } = await draftOf('service-agreement');
    expect(md).not.toMatch(/当月的服务费用，乙方应当/);
    expect(md).toMatch(
      /当月的固定收费项目费用，乙方应当在每月开始后[\\_]+内预付；上月实际发生的按量收费项目费用，乙方应当按照对账单与当月的固定收费项目费用一并支付。/,
    );
    expect(md).toContain('按量收费项目费用按照甲方在每个结算周期届满后提交的对账单所列的实际服务量计算');
    // the example pays the whole of last month in arrears, usage on the statement its own clause describes
    const ex = await mdOfExample('service-agreement');
    expect(ex).toContain('上月的服务费用（包括上月的固定收费项目费用和上月实际发生的按量收费项目费用），乙方应当在每月开始后10个工作日内付清。');
    expect(ex).toContain('甲方于每月第三个工作日（含当日）前向乙方发送上月对账单');
    expect(ex).not.toMatch(/当月的(服务|按量收费项目)费用/);
    // an example paying in advance with usage fees splits them the same way
    expect(await mdOfExample('maintenance-agreement')).toContain(
      '当月的固定收费项目费用，乙方应当在每月开始后5个工作日内预付；上月实际发生的按量收费项目费用，乙方应当按照对账单与当月的固定收费项目费用一并支付。',
    );
    // a draft without a fee table says nothing of usage fees
    expect((await draftOf('work-contract')).md).not.toContain('对账单');
  });

  it('DSS-M1: the service-standards draft has a 服务期限 with blanks and a renewal', async () => {
    const { md } = await draftOf('service-standards');
    expect(md).toMatch(/服务期限自[\\_]+年[\\_]+月[\\_]+日起/);
    expect(md).toMatch(/届满前至少[\\_]+书面通知对方不再续展；双方均未按期发出该通知的，服务期限按照原有条件续展[\\_]+，此后亦同。/);
  });

  it('DSS-M2, SS-S1: 第四条 names only the remedies the contract has and sends termination to the clause that governs it', async () => {
    const { md } = await draftOf('service-standards');
    const p = paragraph(md, '要求改正不影响守约方');
    expect(p).toMatch(/守约方可以依照第十[一二三]条的约定解除本合同/);
    // a draft offers the late-payment penalty (draft SC S1), so 第四条 names it with the fee clause
    expect(p).toContain('守约方可以依照第十二条的约定解除本合同。要求改正不影响守约方依照第五条和第八条的约定主张逾期付款违约金和损失赔偿；');
    expect(md).toContain('## 十二、');
    expect(md).toMatch(/## 十二、[^\n]*生效、变更和终止/);
    const ex = paragraph(await mdOfExample('service-standards'), '要求改正不影响守约方');
    expect(ex).toContain('守约方可以依照第十二条的约定解除本合同。要求改正不影响守约方依照第五条和第八条的约定主张违约金、逾期付款违约金和损失赔偿；');
  });

  it.each(TYPES.map((t) => t.id))('DSA-S1 and the like: the %s draft prints 签字人 and 签字身份 to fill in, as the examples do', async (id) => {
    const { md } = await draftOf(id);
    expect(md.match(/签字人：[\\_]+/g)).toHaveLength(2);
    expect(md.match(/签字身份：□法定代表人 □授权代表/g)).toHaveLength(2);
    expect(await mdOfExample(id)).toMatch(/签字身份：(法定代表人|授权代表)/);
  });

  it("WC-S4, DWC-S1: termination for the provider's breach is under the termination clause, the refund under the liability item", async () => {
    const ex = paragraph(await mdOfExample('work-contract'), '双方应当按照实际提供服务的期间结算服务费用');
    expect(ex).toContain('但甲方因乙方违约依照第十条第（三）项的约定解除本合同的');
    expect(ex).not.toContain('依照第八条第（二）项的约定解除');
    const dr = paragraph((await draftOf('work-contract')).md, '双方应当按照实际提供服务的期间结算服务费用');
    expect(dr).toMatch(/但甲方因乙方违约依照第九条第（三）项的约定解除本合同/);
    expect(dr).not.toMatch(/依照第七条第（二）项的约定解除/);
  });

  it('SA-S1, DSA-S3, SC-S2: the 格式条款 and sub-entrustment recitals are duties and warranties, not facts recited as done', async () => {
    for (const md of [await mdOfExample('service-agreement'), (await draftOf('service-agreement')).md]) {
      expect(md).not.toMatch(/甲方已在平台规则文本中|并已按照乙方的要求|确认已经阅读并理解/);
      expect(md).toContain('甲方未履行提示或者说明义务，致使乙方没有注意或者理解与其有重大利害关系的条款的，乙方可以主张该条款不成为本协议的内容。');
    }
    const sc = await mdOfExample('service-contract');
    expect(sc).not.toContain('并同意乙方将其中的处理事项转委托甲方');
    expect(sc).toContain('乙方提供前，甲方可以暂不处理该委托单位的受托数据，不视为违约；');
  });

  it("WC-S3: the work-contract's script and QA rules are annexes of their own, bound only as initialled", async () => {
    const md = await mdOfExample('work-contract');
    expect(md).toContain('附件三：华康客服话术规范（2026年版）（另附，共8页）');
    expect(md).toContain('附件四：客服质检评分细则（2026年版）（另附，共6页）');
    expect(md).toContain('话术规范和质检评分细则分别以作为附件的《华康客服话术规范（2026年版）》和《客服质检评分细则（2026年版）》为准');
    expect(md).toContain('未经双方逐页签字的版本不构成本合同的附件');
    expect(md).not.toContain('双方签署本合同时确认的版本');
  });

  it("SA-S2, DSA-S4, DSA-S2, MA-S6, SS-N1, WC-N2: mediation ends after 30 days; the draft's adjustment names both forums; level-3 handling within the provider's remit; no screen recordings where there are none", async () => {
    const sa = await mdOfExample('service-agreement');
    expect(sa).toContain('进行调解；自调解组织受理调解申请之日起30日内未达成调解协议的，视为调解不成；调解不成或者一方拒绝调解的');
    const dsa = (await draftOf('service-agreement')).md;
    expect(dsa).toMatch(
      /进行调解；自调解组织受理调解申请之日起30日内未达成调解协议的，视为调解不成；调解不成或者一方拒绝调解的，再依照本条约定的争议解决方式（诉讼，或者双方选择仲裁的，仲裁）解决。/,
    );
    expect(dsa).toContain('当事人可以依法请求人民法院或者仲裁机构予以调整。');
    expect(await mdOfExample('work-contract')).toContain('当事人可以依法请求人民法院予以调整。');
    expect(await mdOfExample('maintenance-agreement')).toMatch(/内完成甲方职责范围内的处理并向乙方书面反馈结果/);
    expect(sa).toContain('远程协助录屏等记录，自形成之日起保存');
    for (const id of ['service-standards', 'work-contract', 'maintenance-agreement']) expect(await mdOfExample(id), id).not.toContain('远程协助录屏');
  });

  it('DMA-S1: the maintenance-agreement draft states no signing date beside the effective-date rule', async () => {
    const { md } = await draftOf('maintenance-agreement');
    expect(md).not.toMatch(/本协议于[\\_]+年[\\_]+月[\\_]+日/);
    expect(md).toContain('以后一方签署之日');
  });

  it("SC-S5: the service-contract bars subcontracting the services without 乙方's written consent", async () => {
    for (const md of [await mdOfExample('service-contract'), (await draftOf('service-contract')).md]) {
      expect(md).toMatch(/\d+\.\d+\.\d+ 未经乙方书面同意，甲方不得将本合同项下的服务全部或者部分转包、分包给第三方/);
    }
  });
});

describe('issue 17 (s17-e): service of notices and of legal documents', () => {
  it.each(TYPES.map((t) => t.id))('SA-N4 %s: the agreed delivery dates bind the parties, not a court or arbitral service', async (id) => {
    const { md } = await built(id);
    const p = paragraph(md, '以退回之日为送达日');
    expect(p).toContain('前述送达日的约定适用于双方之间的通知；人民法院或者仲裁机构送达法律文书的，送达日期依照相应的程序规则确定。');
  });
});

describe('service-contract (issue 17, s17-e): one term for the natural persons', () => {
  it('SC-S1, DSC-S5: 终端用户 is defined once and used in confidentiality, personal information and privacy; 客户 stays the business customer', async () => {
    for (const md of [(await built('service-contract')).md, (await build(starterSpec(TYPES.find((t) => t.id === 'service-contract')!), { draft: true })).md]) {
      expect(md).toContain('“终端用户”是指使用客户或者乙方的产品、终端或者服务的自然人');
      expect(md).not.toContain('终端客户');
      expect(paragraph(md, '本合同所称“保密信息”')).toContain('客户资料及终端用户的个人信息');
      expect(paragraph(md, '私密空间')).toContain('知悉的终端用户或者其他自然人的私人生活');
      expect(md).not.toContain('客户的私人生活');
    }
    expect(paragraph((await built('service-contract')).md, '（以下称“个人”）')).toContain('处理终端用户、委托单位的员工');
  });

  it('SC-N4: 工作日 follows the State Council holiday schedule, 调休 included', async () => {
    expect(paragraph((await built('service-contract')).md, '“工作日”是指')).toContain('因调休安排上班的休息日为工作日，以国务院公布的当年节假日安排为准');
  });
});

describe('service-contract fees and drafts (issue 17, s17-e)', () => {
  const sc = () => example('service-contract');
  const draft = () => build(starterSpec(TYPES.find((t) => t.id === 'service-contract')!), { draft: true });

  it('SC-S3: the monthly penalty cap is computed on one stated base: fixed fees by month plus the usage fees of the month', async () => {
    const p = paragraph((await built('service-contract')).md, '未达标事件');
    expect(p).toContain(
      '不超过该考核周期对应的服务费用的20%；该考核周期对应的服务费用，是指按月收取的固定收费项目费用、按季度或者按年收取的固定收费项目费用按月分摊的金额以及该考核周期内实际发生的按量收费项目费用之和，不含依照价目表计收的费用。',
    );
    expect(p).not.toContain('按月分摊计算）');
  });

  it('SC-S4: every replaced part has a warranty: its own 说明, else partsWarrantyDays (90 by default)', async () => {
    const { md } = await built('service-contract');
    expect(md).toContain('说明未载明保修期的，保修期为自更换之日起90日。保修期内配件因质量问题发生故障的，甲方应当免费维修或者更换该配件');
    const rows = md.split('\n').filter((l) => /^\| +[1-5] +\| .*13% \|/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) expect(r).toMatch(/更换后保修\d+日/);
    const days = await build(sc().replace(/^fees:/m, 'partsWarrantyDays: 60\nfees:'));
    expect(days.md).toContain('保修期为自更换之日起60日');
  });

  it('DSC-S1, DSC-S3: the draft has service hours with the clock rule, and a cure period before termination for breach', async () => {
    const { md } = await draft();
    expect(md).toMatch(/甲方的服务时间为(\\?_)+（每日或者工作日）(\\?_)+至(\\?_)+。/);
    expect(md).toContain('以分钟或者小时计算的响应、解决和完成时限，只计算服务时间；服务请求在服务时间以外提出的，自下一个服务时间开始时起算');
    expect(md).not.toContain('服务的具体时间由双方另行商定');
    expect(md).toMatch(/一方严重违反本合同约定，经另一方书面催告后(\\?_)+内仍未纠正的，另一方可以书面通知违约方解除本合同/);
  });
});

describe('service-agreement (issue 17, s17-e)', () => {
  it("SA-S3: the store staff's platform-account data is the platform's own processing, not entrusted; the rest stays entrusted", async () => {
    const { md } = await built('service-agreement');
    const own = paragraph(md, '开设、管理其系统账号');
    expect(own).toContain('由甲方自行决定处理目的和处理方式，不属于前款约定的委托处理；就该等个人信息，甲方为个人信息处理者');
    expect(own).toContain('依照《中华人民共和国个人信息保护法》第十七条的规定，以适当方式直接向乙方的员工告知其个人信息处理规则');
    const entrusted = paragraph(md, '乙方为个人信息处理者，甲方为受托人');
    expect(entrusted).toBeTruthy();
    expect(md).not.toContain('门店员工的平台账号信息');
    // off by default: no such paragraph
    const off = await build(example('service-agreement').replace(/^ {2}providerAccounts: .*\n/m, ''));
    expect(off.md).not.toContain('开设、管理其系统账号');
  });

  it("SA-S4: the annex's shorter resolution time is a term of 第三条, not displaced by the body-first rule; 当日 is bounded", async () => {
    const { md } = await built('service-agreement');
    expect(paragraph(md, '办结时限：')).toContain(
      '内办结；附件一《服务项目及服务标准明细》对具体服务项目约定了更短解决时限的，该服务项目适用该时限，该时限构成本条约定的服务时限；',
    );
    expect(md).toContain('远程可解决的故障于受理当日解决，20:00以后受理的于次日12:00前解决');
  });

  it('SA-N1, SA-N2: a free re-repair is not one of the monthly visits; the licence names its business categories', async () => {
    const { md } = await built('service-agreement');
    expect(md).toContain('维修后同一故障30日内复发的免费返修，返修不计入包月上门维修费所含的每月上门次数');
    expect(md).toContain('增值电信业务经营许可证（业务种类：在线数据处理与交易处理业务、信息服务业务）');
  });
});

describe('drafts from init: service hours (issue 17, s17-e)', () => {
  const draftOf = (id: string) => build(starterSpec(TYPES.find((t) => t.id === id)!), { draft: true });

  it('DSS-S3: service-standards states service hours and when an enquiry received outside them counts as received', async () => {
    const { md } = await draftOf('service-standards');
    expect(md).toMatch(/甲方的服务时间为(\\?_)+（每日或者工作日）(\\?_)+至(\\?_)+。咨询或者投诉在服务时间以外收到的，视为在下一个服务时间开始时收到/);
  });

  it('DWC-S2: work-contract counts the response time in service hours, not round the clock', async () => {
    const { md } = await draftOf('work-contract');
    expect(md).toMatch(/乙方提供服务的时间（以下称“服务时段”）为(\\?_)+（每日或者工作日）(\\?_)+至(\\?_)+。/);
    expect(md).toContain('响应时限只计算服务时段，服务时段以外收到的咨询或者投诉，自下一个服务时段开始时起算');
    expect(md).not.toContain('该时限按照自然时间连续计算');
  });
});

describe('service-agreement draft (issue 17, s17-e)', () => {
  it('DSA-S3: the draft names the platform rules as an annex with a version, so the 格式条款 travel with it', async () => {
    const { md } = await build(starterSpec(TYPES.find((t) => t.id === 'service-agreement')!), { draft: true });
    expect(md).toMatch(/（以下称“平台规则”，其文本（版本：(\\?_)+）作为本协议的附件，附于本协议之后）/);
    expect((await built('service-agreement')).md).toContain('（以下称“平台规则”，其文本为附件三《云帆服务平台用户服务规则》）');
  });
});

describe('service-contract example annex (issue 17, s17-e)', () => {
  it('SC-N2: every row of the equipment list gives its installation address', async () => {
    const { md } = await built('service-contract');
    const rows = md.split('\n').filter((l) => /^\| +(\d+) +\| 乙方/.test(l));
    expect(rows).toHaveLength(11);
    for (const r of rows) expect(r).toMatch(/（[^）]*\d+号）/);
  });
});

describe('legal-cn cold review 2026-12-07: service-standards (SS-S2, SS-S4, SS-S5, SS-N2)', () => {
  it('SS-S2: the 适用场景 list only the services; no training, NDA, fee or dispute items', async () => {
    const md = await mdOfExample('service-standards');
    const scenarios = md.slice(md.indexOf('## 三、适用场景'), md.indexOf('## 四、'));
    expect(scenarios).toContain('（三）乙方委托甲方开展客户满意度调查。');
    for (const gone of ['提供培训', '保密协议', '协商和结算', '处理因履行本合同产生的争议']) expect(scenarios, gone).not.toContain(gone);
  });

  it('SS-S4: 月固定服务费 is the monthly fixed fee, 服务费用 all fees, each used as defined', async () => {
    const md = await mdOfExample('service-standards');
    expect(md).toContain(
      '甲方提供本合同项下客户服务的固定费用（以下称“月固定服务费”）为每月人民币26,000.00元（大写：人民币贰万陆仟元整），为含税价格，增值税税率为6%；月固定服务费与本合同约定的按量收费项目费用合称“服务费用”。',
    );
    expect(md).toContain('本合同履行期间，月固定服务费不因服务量或者人员数量的变化而调整');
    expect(md).toContain('月固定服务费以乙方的客户每月提出的咨询和投诉合计不超过5000件（以下称“约定服务量”）为基础');
    expect(md).not.toContain('（以下称“服务费用”）');
  });

  it('SS-S5: no per-head or per-person-day price, no exam set by the client, the provider decides staffing', async () => {
    const md = await mdOfExample('service-standards');
    for (const marker of ['人·天', '人天', '含4名专职客服人员', '通过乙方产品知识考核', '更换相关人员', '要求甲方更换该人员'])
      expect(md, marker).not.toContain(marker);
    expect(md).toContain('上岗前通过甲方组织的产品知识考核，考核内容以乙方提供的产品资料为准');
    expect(md).toContain('整改的措施，包括培训、调整岗位或者人员安排，由甲方自行决定');
    expect(md).toContain('要求甲方在合理期限内采取纠正措施；采取何种措施，包括培训、调整岗位或者更换人员，由甲方自行决定');
  });

  it('SS-N2: the provider staffs every service hour for the volume; 5 agents for 84 hours a week', async () => {
    const md = await mdOfExample('service-standards');
    expect(md).toContain(
      '项目团队的其余成员为管理人员，不少于1名。甲方应当根据服务时间和乙方的客户提出咨询和投诉的数量自行安排人员和排班，确保服务时间内的每一时段均有足够的在岗客服人员',
    );
  });
});

describe('legal-cn cold review 2026-12-07: maintenance-agreement (MA-S1..S6, MA-N2)', () => {
  it('MA-S1, MA-N2: pre-packaged food sale is a 备案, platform admission an 入驻资格', async () => {
    const md = await mdOfExample('maintenance-agreement');
    expect(md).toContain('仅销售预包装食品经营者备案（备案编号：YB13301060004217）');
    expect(md).toContain('天猫、京东平台母婴类目入驻资格');
    expect(md).not.toContain('食品经营许可证（仅销售预包装食品）');
    expect(md).not.toContain('类目经营资质');
  });

  it('MA-S2: both 授权委托书 print the agent’s ID number; a final spec without it is an error at the agent', async () => {
    const md = await mdOfExample('maintenance-agreement');
    expect(md).toMatch(row('受托人身份证件号码', '330106198804122625'));
    expect(md).toMatch(row('受托人身份证件号码', '330105199108231519'));
    const spec = example('maintenance-agreement');
    let r = checkText(spec.replace(/^ {4}authorisedAgentIdNumber: .*\n/m, ''));
    expect(!r.ok && r.diagnostics.map((d) => d.path)).toEqual(['parties.client.authorisedAgent']);
    r = checkText(spec.replace(/^ {4}contactIdNumber: .*\n/m, ''));
    expect(!r.ok && r.diagnostics.map((d) => d.path)).toEqual(['parties.client.contactPerson']);
    // a draft leaves the line to fill in
    const draft = await build(spec.replace(/^ {4}(authorisedAgentIdNumber|contactIdNumber): .*\n/gm, ''), { draft: true });
    expect(draft.md).toMatch(/\| 受托人身份证件号码 +\| (\\_){10} +\|/);
  });

  it('MA-S3, MA-S4: a remediation plan, not a new team; the week gives every ticket a day and leaves out those waiting on the client', async () => {
    const md = await mdOfExample('maintenance-agreement');
    for (const marker of ['更换整个服务团队', '更换服务团队', '调换特定的专属客服', '人·小时', '专属客服的姓名', '含2名专属客服'])
      expect(md, marker).not.toContain(marker);
    expect(md).toContain('要求甲方在收到通知后5个工作日内提交书面整改方案并予以落实，整改方案所涉及的培训、排班和人员安排由甲方自行决定');
    expect(md).toContain('“统计周”是指自周日0:00起至其后的周六24:00止的连续7日');
    expect(md).toContain('但不包括截至该统计周结束后次日（周日）24:00仍处于等待乙方确认、答复或者提供资料状态的工单');
    expect(md).toContain('专属客服由甲方自行安排、排班和管理');
  });

  it('MA-S5: inbound limited to the designated accounts; a new customer counts once per contact in the list cap', async () => {
    const md = await mdOfExample('maintenance-agreement');
    expect(md).toContain('终端客户通过指定账号主动咨询的，甲方应当按照下列时限作出回复（终端客户通过乙方店铺客服等其他渠道提出的咨询，不属于甲方的回复范围）');
    expect(md).toContain('计算该人数时，每一新客户按照当月对其主动沟通的次数计算');
  });

  it('MA-S6: a level-3 matter is handled within the provider’s remit in 24 hours', async () => {
    expect(await mdOfExample('maintenance-agreement')).toContain('在24小时内完成甲方职责范围内的处理并向乙方书面反馈结果');
  });
});

describe('legal-cn cold review 2026-12-07: work-contract (WC-S1, WC-S2, WC-S5, WC-N1, WC-N2)', () => {
  it('WC-S1: a go-live date after the effective date; fees and the late-start penalty run from it', async () => {
    const md = await mdOfExample('work-contract');
    expect(md).toContain(
      '乙方应当自本合同生效之日起15日内完成项目团队的组建、培训和系统对接，并开始提供服务；乙方开始提供服务之日为上线日，双方应当书面确认。甲方未按照约定提供产品资料、操作手册或者系统账号的，上线期限相应顺延。服务费用自上线日起计算',
    );
    expect(md).toContain('乙方未能在第二条约定的上线期限届满时开始提供服务的');
    expect(md).not.toContain('乙方未能自服务期限起始日（即本合同生效之日）开始提供服务的');
  });

  it('WC-S2: the fixed fee assumes a volume band; beyond it a price per item, below it a renegotiation', async () => {
    const md = await mdOfExample('work-contract');
    expect(md).toContain('合计8000件至12000件（以下称“约定服务量区间”）为基础');
    expect(md).toContain('超出部分按照每件人民币8.00元（大写：人民币捌元整）另行计费，与次月服务费用一并支付，且超出部分的响应和处理不计入当月服务标准的考核');
    expect(md).toContain('连续3个月低于约定服务量区间下限的，任何一方可以书面要求协商调整服务费用，协商不成的，服务费用不变');
    expect(md).toContain('服务费用属于固定费用，在服务期限内、约定服务量区间以内不随人员数量、服务量的变化而调整');
  });

  it('WC-S2: a volume band whose lower bound is not below its upper bound is refused at `upper`', () => {
    const r = checkText(example('work-contract').replace('    upper: 12000', '    upper: 8000'));
    expect(r.ok).toBe(false);
    const d = r.diagnostics.filter((x) => x.path === 'services.volume.upper');
    expect(d.map((x) => [x.severity, x.expected])).toEqual([['error', 'an upper bound above the lower bound (8000)']]);
    expect(brief(d)[0]).toMatch(/^65:\d+ services\.volume\.upper$/);
    expect(checkText(example('work-contract')).ok).toBe(true);
  });

  it('WC-S5, WC-N1, WC-N2: information, not direction; the roster is a minimum capability the provider manages; no screen recording', async () => {
    const md = await mdOfExample('work-contract');
    for (const marker of ['在技术和业务方面给予指导', '每日 08:00—22:00 轮班', '远程协助录屏']) expect(md, marker).not.toContain(marker);
    expect(md).toContain('指派专人向乙方的项目经理提供业务资料和答疑');
    expect(md).toContain('项目团队在该场地内仍由乙方安排和管理，甲方不对其考勤、排班或者下达工作指令');
    expect(md).toContain('供乙方自行组织培训');
    expect(md).toContain('本清单为乙方承诺的最低服务能力配置；具体人员、岗位安排和排班由乙方根据服务量自行决定和管理');
    expect(md).toMatch(row('3', '客服组长', '2', '班组管理、疑难问题和投诉升级处理', '服务时段内至少1名组长或者经授权的资深客服在岗'));
  });
});

describe('legal-cn cold review 2026-12-07: service-standards numbering (SS-N3)', () => {
  it('一、 → （一） → 1.: a list in a top clause is （一）, in a （一） sub-clause 1.', async () => {
    const md = await mdOfExample('service-standards');
    expect(md).toContain('（一）咨询答复：乙方的客户提出咨询或者问题的');
    const liability = md.slice(md.indexOf('## 八、违约责任'), md.indexOf('## 九、'));
    expect(liability).toContain('### （一）违约行为的认定');
    expect(liability).toMatch(/\n1\\?\. 甲方未在本合同约定的时限内答复乙方客户的咨询/);
    expect(liability).not.toMatch(/（1）/);
  });
});

describe('legal-tw cold review 2026-12-07: cross-references (S-2)', () => {
  it('service-contract 11.3.2 returns or deletes the data under the data-protection chapter, a clause that exists', async () => {
    const md = await mdOfExample('service-contract');
    const wind = paragraph(md, '双方应当协作办理本合同解除或者终止后的收尾工作');
    expect(wind).not.toContain('关于数据安全的约定');
    const chapter = /^## (第[一二三四五六七八九十]+章) 数据和隐私保护/m.exec(md)?.[1];
    expect(chapter).toBeDefined();
    expect(wind).toContain(`依照${chapter}关于返还或者删除的约定返还或者删除`);
    expect(md).toMatch(/委托处理的期限届满，或者本合同不生效、无效、被撤销、解除或者终止的，甲方应当/);
  });
});

describe('legal-cn partner review 2026-12-08 (s17-f)', () => {
  const drafts = new Map<string, Promise<{ md: string }>>();
  const draftOf = (id: string) => {
    let d = drafts.get(id);
    if (!d) drafts.set(id, (d = build(starterSpec(TYPES.find((t) => t.id === id)!), { draft: true })));
    return d;
  };

  it('WC M1: 服务费用总额 is one fixed sum, 12 times the monthly fee, with its capitals; a blank in a draft', async () => {
    const md = await mdOfExample('work-contract');
    expect(paragraph(md, '本条所称“服务费用总额”')).toBe(
      '本条所称“服务费用总额”为月服务费用的12倍，即人民币816,000.00元（大写：人民币捌拾壹万陆仟元整），为固定金额，不因超量服务费用、实际服务期间的长短、上线日的早晚或者本合同提前解除而调整。',
    );
    expect(md).not.toContain('所在服务年度内');
    // the late-start penalty runs from the end of the go-live period, on the fixed base
    expect(md).toMatch(/乙方未能在第[^条]+条约定的上线期限届满时开始提供服务的，应当按照逾期天数，每日向甲方支付相当于服务费用总额0\.1%的违约金/);
    const { md: draft } = await draftOf('work-contract');
    expect(draft).toMatch(
      /本条所称“服务费用总额”为月服务费用的12倍，即人民币_+元（大写：(\\_)+），为固定金额，不因超量服务费用、实际服务期间的长短或者本合同提前解除而调整。/,
    );
    expect(draft).not.toContain('所在服务年度内');
    // a draft without a go-live period: the delay runs from the start date or the later effective date
    expect(draft).toContain('乙方未能自服务期限起始日（本合同生效之日晚于该日的，为生效之日）开始提供服务的');
  });

  it('MA M (TW/HK): level-3 deadlines outside working time and the paid duty window start when either next begins', async () => {
    const md = await mdOfExample('maintenance-agreement');
    const p = paragraph(md, '应当安排值守人员');
    expect(p).not.toContain('三级问题不受工作时间的限制');
    expect(p).toContain(
      '甲方应当安排值守人员，在工作时间以外的18:00至次日09:00期间（以下简称“值守期间”，包括休息日和法定节假日的该时段）通过乙方指定的渠道接收三级问题，并按照上表时限处理。',
    );
    expect(p).toContain(
      '三级问题在工作时间和值守期间以外接到的（包括休息日和法定节假日的09:00至18:00），上表时限自下一个工作时间或者值守期间开始时起算，以先开始者为准',
    );
  });

  it('SS S1: the 5 agents are counted in the 6-member project team, the rest managers', async () => {
    const md = await mdOfExample('service-standards');
    expect(md).toContain('甲方应当为本合同项下服务配备专职客服人员不少于5名，该等人员计入第二条约定的项目团队，项目团队的其余成员为管理人员，不少于1名。');
    expect(md).toContain('配备不少于6名专职服务人员（包括管理人员，以下简称“项目团队”）');
  });

  it('SS S3: the peak-sale row defines its baseline and leaves the excess over the agreed volume out of the KPIs', async () => {
    const row = paragraph(await mdOfExample('service-standards'), '电商大促期间');
    expect(row).toContain('超过平日日均量的两倍');
    expect(row).toContain('“平日日均量”是指大促开始前3个自然月内非大促日的日均咨询和投诉量。');
    expect(row).toContain('超出部分按照超量服务费计收，并依照第一条的约定不计入当月考核指标的统计。');
  });

  it('MA S1 (zh and draft): the provider asks only for the information the list and the case need (个人信息保护法 第六条)', async () => {
    const want =
      '要求乙方如实提供沟通名单所列终端客户的信息以及处理具体客户问题所必需的终端客户信息（包括必要的历史消费数据和联系方式），并提供售后政策、产品说明书等业务资料';
    for (const md of [await mdOfExample('maintenance-agreement'), (await draftOf('maintenance-agreement')).md]) {
      expect(md).toContain(want);
      expect(md).not.toContain('完整地提供终端客户信息');
    }
  });

  it.each([
    ['service-standards', '本合同'],
    ['maintenance-agreement', '本协议'],
    ['work-contract', '本合同'],
  ])('drafts S1/S2: %s draft with calendar dates runs the term from a later effective date', async (id, doc) => {
    const { md } = await draftOf(id);
    expect(md).toMatch(new RegExp(`服务期限自_+年_+月_+日起至_+年_+月_+日止。${doc}生效之日晚于前述起始日的，服务期限自${doc}生效之日起算。`));
  });

  it("DSA S1: the draft's mediation box falls back on the chosen forum, not on the court clause arbitration switches off", async () => {
    const { md } = await draftOf('service-agreement');
    const box = paragraph(md, '□ 双方选择先行调解');
    expect(box).toContain('调解不成或者一方拒绝调解的，再依照本条约定的争议解决方式（诉讼，或者双方选择仲裁的，仲裁）解决。');
    expect(box).not.toContain('再依照本条第二款的约定解决');
    expect(paragraph(md, '□ 双方选择仲裁')).toContain('本条第二款关于诉讼的约定不再适用');
  });

  it('MA S3: absent dedicated agents are covered by a backup on the designated accounts', async () => {
    expect(await mdOfExample('maintenance-agreement')).toContain(
      '专属客服因休假、患病、培训等原因缺岗的，甲方应当安排熟悉乙方业务的备岗人员使用指定账号提供服务，并提前书面告知乙方；情况紧急无法提前告知的，应当在备岗人员上岗后及时告知。',
    );
  });

  it('DMA S1: the maintenance-agreement draft has the retention paragraph its 3.1(5) refers to, with a blank', async () => {
    const { md } = await draftOf('maintenance-agreement');
    expect(md).toContain('完整保存服务期间的工单记录，并在本协议关于个人信息保护的约定所定的录音和记录保存期限内完整保存通话录音和聊天记录');
    expect(md).toContain('甲方在服务中形成的通话录音、聊天记录等记录，自形成之日起保存______个月，仅可以用于核实服务过程');
  });
});

describe('legal cold reviews 2026-12-08 (s17-h)', () => {
  const drafts = new Map<string, Promise<{ md: string }>>();
  const draftOf = (id: string) => {
    let d = drafts.get(id);
    if (!d) drafts.set(id, (d = build(starterSpec(TYPES.find((t) => t.id === id)!), { draft: true })));
    return d;
  };
  const localeOf = (id: string, locale: 'zh-Hant-TW' | 'zh-Hant-HK') => build(example(id), { locale }).then((b) => b.md);

  // cold review 2026-12-08 (zh-CN, SS-3, must-fix): the survey and the 办结回访 the contract requires are
  // outreach, limited to the individuals the client designates in writing, and nothing made it designate
  // anyone: the contract designates them itself wherever it requires a satisfaction survey
  it.each([
    ['service-standards', true],
    ['maintenance-agreement', false],
    ['work-contract', false],
  ] as const)('SS-3: %s designates the individuals a required survey reaches: %s', async (id, designates) => {
    const p = paragraph(await mdOfExample(id), '联系对象：仅限于');
    expect(p).toContain('书面指定的个人');
    expect(
      p.includes('在此书面指定：通过本合同约定的渠道提出咨询、投诉或者售后请求，该请求已经办结且未表示拒绝回访的个人，为办结回访和满意度调查的联系对象'),
    ).toBe(designates);
  });

  it("SA S1: the platform tells the client's staff itself, and asks their consent where the law needs it (个人信息保护法 第十三条、第十七条)", async () => {
    const p = paragraph(await mdOfExample('service-agreement'), '开设、管理其系统账号');
    expect(p).toContain('以适当方式直接向乙方的员工告知其个人信息处理规则，依法需要取得个人同意的，应当取得其同意');
    expect(p).toContain('乙方应当为甲方的告知和取得同意提供必要协助。');
    expect(p).not.toContain('转交');
  });

  it.each([
    ['service-agreement', '该考核周期的固定收费项目费用以及该考核周期内实际发生的按量收费项目费用之和，不含依照价目表计收的费用。'],
    ['service-standards', '该考核周期的固定收费项目费用以及该考核周期内实际发生的按量收费项目费用之和。'],
    ['maintenance-agreement', '该考核周期的固定收费项目费用以及该考核周期内实际发生的按量收费项目费用之和。'],
  ])('SA S2: %s defines the fees of a 考核周期 the monthly penalty cap is a share of', async (id, base) => {
    const md = await mdOfExample(id);
    expect(md).toContain(`不超过该考核周期对应的服务费用的20%；该考核周期对应的服务费用，是指${base}`);
  });

  it.each(['service-standards', 'maintenance-agreement'])(
    "X-5, X-6 (TW): %s: the statute's 泄露; one Taiwan word for an e-mail box, a reply, publishing",
    async (id) => {
      const tw = await localeOf(id, 'zh-Hant-TW');
      expect(tw).toContain('泄露');
      expect(tw).not.toMatch(/洩|郵箱|回復|發佈/);
      const hk = await localeOf(id, 'zh-Hant-HK');
      expect(hk).toContain('泄露');
      expect(hk).not.toContain('洩');
    },
  );

  it('WC S1: a monthly KPI table, and the 20 % penalty only for the same indicator missed 2 months in a row after written notice', async () => {
    const md = await mdOfExample('work-contract');
    expect(md).toContain('乙方的服务质量按照下列考核指标按自然月考核');
    expect(md).toMatch(row('电话接通率', '服务时段内电话渠道呼入接通率 ≥ 90%', '乙方呼叫中心系统记录，按月统计'));
    expect(md).toMatch(row('质检平均分', '月度质检平均分 ≥ 85分'));
    expect(md).toContain('本合同所称乙方的服务“经整改仍未达到要求”，就上表所列考核指标而言，是指同一项考核指标在甲方书面要求整改后连续2个自然月仍未达到。');
    // the trigger of the penalty and of termination uses the defined words
    expect(paragraph(md, '乙方的服务未达到本合同约定的内容和要求的，应当在甲方指定的合理期限内整改')).toContain('或者经整改仍未达到要求的');
    expect(paragraph(md, '严重违约仅指下列情形')).toContain('或者经整改仍未达到要求');
    // the draft has the table to fill in (draft WC S2)
    const { md: draft } = await draftOf('work-contract');
    expect(draft).toContain('乙方的服务质量按照下列考核指标按自然月考核');
    expect(draft).toContain('是指同一项考核指标在甲方书面要求整改后连续2个自然月仍未达到');
  });

  it('SA S3, WC S3: a separately attached annex gives its page count in the list and on its page', async () => {
    const sa = await mdOfExample('service-agreement');
    expect(sa).toContain('附件三：《云帆服务平台用户服务规则》（另附，共12页）');
    expect(sa).toContain('该文本经甲方盖章、双方逐页签字。该文件附于本协议之后，共12页，与本协议具有同等效力。');
    const wc = await mdOfExample('work-contract');
    expect(wc).toContain('附件三：华康客服话术规范（2026年版）（另附，共8页）');
    expect(wc).toContain('附件四：客服质检评分细则（2026年版）（另附，共6页）');
  });

  it.each(['service-contract', 'service-agreement', 'service-standards', 'maintenance-agreement'])(
    'draft SC S1: the %s draft has a late-payment penalty and a right to suspend, with blanks',
    async (id) => {
      const { md } = await draftOf(id);
      const p = paragraph(md, '应当以逾期未付金额为基数');
      expect(p).toMatch(/应当以逾期未付金额为基数，按照每日(\\_)+%的标准向[甲乙]方支付逾期付款违约金。[甲乙]方逾期付款超过_+的，[甲乙]方有权在书面通知/);
    },
  );

  it('M-2: in the maintenance-agreement 客户 is only ever the end customer; the client is 委托方', async () => {
    const md = await mdOfExample('maintenance-agreement');
    expect(md).toContain('**乙方（委托方）：');
    expect(md).toContain('本协议中，甲方为服务提供方，乙方为委托方。');
    expect(md).not.toMatch(/乙方（客户）|乙方为客户/);
  });

  it('WC N2: a voicemail left after the phone line closes at 20:00 is answered from 08:00 the next day', async () => {
    expect(paragraph(await mdOfExample('work-contract'), '服务时段')).toContain(
      '其中电话渠道为每日08:00至20:00，电话渠道在20:00以后收到的留言，响应时限自次日08:00起算。',
    );
  });

  it.each([
    ['service-agreement', '本协议所称“工作日”，是指国家规定的法定工作日，不包括法定节假日和休息日；因调休安排上班的休息日为工作日。'],
    ['work-contract', '本合同所称“工作日”，是指国家规定的法定工作日，不包括法定节假日和休息日；因调休安排上班的休息日为工作日。'],
    ['service-standards', '工作日：国家规定的法定工作日，不包括法定节假日和休息日；因调休安排上班的休息日为工作日。'],
  ])('SA N4, WC N3, SS N2: %s defines the 工作日 its time limits count', async (id, text) => {
    expect(await mdOfExample(id)).toContain(text);
  });

  it('SS N3: no definition of 适用法律, a term the contract never uses', async () => {
    const md = await mdOfExample('service-standards');
    expect(md).not.toContain('适用法律');
    expect((await draftOf('service-standards')).md).not.toContain('适用法律');
  });

  it('tw T-6: the fee annex says the monthly fee changes only as the body allows, not 固定不变', async () => {
    for (const id of ['service-standards']) {
      const md = await mdOfExample(id);
      expect(md, id).toMatch(/按月结算，除本(协议|合同)另有约定外不作调整/);
      expect(md, id).not.toContain('服务期限内固定不变');
    }
  });

  it('SA N2, N3: the statement day is inclusive; an outage across midnight is relieved per day', async () => {
    const md = await mdOfExample('service-agreement');
    expect(md).toContain('甲方于每月第三个工作日（含当日）前向乙方发送上月对账单');
    expect(md).toContain('减免当日费用，中断跨越2日以上的，按所涉日数减免，同一日内多次中断的，按1日减免');
  });

  it('MA N4: the provider tells the client which agent uses each designated account', async () => {
    expect(await mdOfExample('maintenance-agreement')).toContain('将专属客服的工号以及各指定账号由哪一名专属客服使用书面告知乙方。');
  });

  it('SC S1: the on-site clock starts when the request is made, even outside the service hours', async () => {
    const p = paragraph(await mdOfExample('service-contract'), '只计算服务时间');
    expect(p).toContain('现场到达时限自请求提出之时起按照自然时间连续计算，不适用前句关于服务时间以外提出的服务请求的起算规则');
  });

  it("SC S2: remote access needs the 委托单位's consent; chapter 7 and the wind-down speak of 个人信息, not 客户数据", async () => {
    const md = await mdOfExample('service-contract');
    expect(md).toContain('并在建立连接前取得委托单位（或者其现场负责人）的同意');
    expect(md).toContain('再取得委托单位（或者其现场负责人）同意');
    expect(md).not.toMatch(/取得客户(的)?同意|客户数据/);
    expect(md).toContain('### 7.1 个人信息');
    expect(paragraph(md, '双方应当协作办理本合同解除或者终止后的收尾工作')).toContain('返还或者删除个人信息');
  });

  it('SC S3, SC N5: training promises a retraining, not a pass rate the trainees decide; maintenance covers the annex devices', async () => {
    const md = await mdOfExample('service-contract');
    expect(md).not.toContain('合格率');
    expect(md).toContain('考核不合格的受训人员，甲方应当免费组织一次补训');
    expect(md).toContain('定期巡检附件二所列设备（包括客户门店、营业厅内的设备和乙方总部机房的终端管理服务器）');
  });

  it('MA S2, M-6: the statistical week runs Sunday to Saturday and the status is read the next day', async () => {
    const p = paragraph(await mdOfExample('maintenance-agreement'), '每周问题解决率 =');
    expect(p).toContain('“统计周”是指自周日0:00起至其后的周六24:00止的连续7日');
    expect(p).toContain('截至该统计周结束后次日（周日）24:00在上述系统中记录为已办结的工单数');
    expect(p).not.toMatch(/当周周日|上周周日/);
  });

  it("WC S2: the volume is counted from the provider's tickets, on a monthly statement the client may dispute", async () => {
    expect(paragraph(await mdOfExample('work-contract'), '约定服务量区间')).toContain(
      '服务量按照乙方工单系统的记录统计，甲方有权查阅、核对该等记录；乙方应当于每月5日前向甲方提交上月的服务量对账单，甲方应当在收到后5个工作日内核对，逾期未提出异议的，视为确认',
    );
  });
});
