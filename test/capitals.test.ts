// Amounts in capitals (大写): the formatter (src/text/money.ts, over nzh), the checker and the
// free-text scan (src/text/capitals.ts), held against a table worked out by hand from
// 《支付结算办法》附一《正确填写票据和结算凭证的基本规定》, never from either of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TYPES } from '../src/schema/types/index.js';
import { amountProblems, capitalForms, checkCapitals } from '../src/text/capitals.js';
import { capitals, capitalWords, figures, money } from '../src/text/money.js';
import { root } from './helpers/check.js';
import { build } from './helpers/pipeline.js';

/**
 * amount → its capitals, derived from the rules by hand. The first form written is the one the
 * contract prints; `(零)` marks a 零 the rules let a writer leave out or put in (第四条 (三): a 0 at 元
 * before 角, or at 万/亿 before 仟), `(整)` the 整 that may follow 角 (第二条). Every other 零 and 整
 * is required, and no form outside these is right.
 */
const TABLE: [number, string][] = [
  [0, '零元整'],
  [0.01, '壹分'],
  [0.05, '伍分'],
  [0.1, '壹角(整)'],
  [0.32, '叁角贰分'],
  [1, '壹元整'],
  [1.01, '壹元零壹分'], // 角 0, 分 not: 零 after 元
  [1.1, '壹元壹角(整)'],
  [10, '壹拾元整'], // 壹拾, not 拾, at the start
  [10.05, '壹拾元零伍分'],
  [11, '壹拾壹元整'],
  [15.5, '壹拾伍元伍角(整)'],
  [20, '贰拾元整'],
  [100, '壹佰元整'],
  [101, '壹佰零壹元整'], // a 0 between digits: 零
  [110, '壹佰壹拾元整'],
  [200.2, '贰佰元(零)贰角(整)'], // 0s down to 元, 角 not 0: 零 or not
  [325.04, '叁佰贰拾伍元零肆分'], // the rules' example
  [1000, '壹仟元整'],
  [1001, '壹仟零壹元整'], // several 0s: one 零
  [1010, '壹仟零壹拾元整'],
  [1010.5, '壹仟零壹拾元(零)伍角(整)'],
  [1100, '壹仟壹佰元整'],
  [1409.5, '壹仟肆佰零玖元伍角(整)'], // the rules' example
  [1680.32, '壹仟陆佰捌拾元(零)叁角贰分'], // the rules' example, both ways
  [3000.3, '叁仟元(零)叁角(整)'],
  [6007.14, '陆仟零柒元壹角肆分'], // the rules' example
  [10000, '壹万元整'],
  [10500, '壹万零伍佰元整'],
  [12000, '壹万贰仟元整'],
  [12000.5, '壹万贰仟元(零)伍角(整)'],
  [12345.67, '壹万贰仟叁佰肆拾伍元陆角柒分'],
  [16409.02, '壹万陆仟肆佰零玖元零贰分'], // the rules' example
  [20000.02, '贰万元零贰分'],
  [40040, '肆万零肆拾元整'],
  [50000, '伍万元整'],
  [100000, '壹拾万元整'],
  [100000.01, '壹拾万元零壹分'],
  [100010, '壹拾万零壹拾元整'],
  [100500, '壹拾万零伍佰元整'], // 万 and 仟 both 0: 零 required
  [101000, '壹拾万(零)壹仟元整'], // 万 0, 仟 not: 零 or not
  [107000.53, '壹拾万(零)柒仟元(零)伍角叁分'], // the rules' example, all four ways
  [1000001, '壹佰万零壹元整'],
  [1000000.5, '壹佰万元(零)伍角(整)'],
  [1234567.89, '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
  [8000080, '捌佰万零捌拾元整'],
  [10001000, '壹仟万(零)壹仟元整'],
  [20000000, '贰仟万元整'],
  [100000000, '壹亿元整'],
  [100000000.01, '壹亿元零壹分'],
  [100000500, '壹亿零伍佰元整'],
  [100001000, '壹亿零壹仟元整'], // no 万 written: only 零 stands between 亿 and 仟
  [100050000, '壹亿零伍万元整'],
  [1000000000, '壹拾亿元整'],
  [1050000000, '壹拾亿(零)伍仟万元整'], // 亿 0, 仟万 not: as at 万
  [10000000000, '壹佰亿元整'],
  [9999999999.99, '玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
];

/** '壹拾万(零)柒仟元' → its forms, the first without any optional part */
function expand(pattern: string): string[] {
  const m = /^(.*?)\(([^)]+)\)(.*)$/.exec(pattern);
  if (!m) return [pattern];
  return expand(m[3]!)
    .flatMap((rest) => [m[1]! + rest, m[1]! + m[2]! + rest])
    .sort((a, b) => a.length - b.length);
}

describe('the amount table (by hand from 《支付结算办法》附一)', () => {
  it('has at least 40 amounts', () => expect(TABLE.length).toBeGreaterThanOrEqual(40));

  it.each(TABLE)('%s', (amount, pattern) => {
    const forms = expand(pattern);
    const fen = Math.round(amount * 100);
    // the formatter prints the first form
    expect(capitalWords(amount)).toBe(forms[0]);
    // the checker's forms are exactly those of the table
    expect(new Set(capitalForms(fen))).toEqual(new Set(forms));
    // each form reads back as the amount, with or without 人民币, with 圆 and 正
    for (const f of forms) {
      expect(checkCapitals(f, { amount }), f).toEqual({ ok: true, fen });
      expect(checkCapitals(`人民币${f}`, { amount, currency: 'CNY' }), f).toEqual({ ok: true, fen, currency: 'CNY' });
      const other = f.replace('元', '圆').replace(/整$/, '正');
      expect(checkCapitals(other, { amount }).ok, other).toBe(true);
    }
  });
});

describe('capitals the rules reject', () => {
  it.each([
    [1680.32, '人民币壹仟陆佰捌拾元零叁角贰分整', /no 整 \(正\) after 分/, '人民币壹仟陆佰捌拾元叁角贰分'],
    [16409.02, '壹万陆仟肆佰零玖元零贰分整', /no 整/, '壹万陆仟肆佰零玖元零贰分'],
    [100000, '人民币壹拾万元', /整 \(or 正\) after 元 when no 角 or 分 follows/, '人民币壹拾万元整'],
    [12000, '壹万贰仟', /元 \(or 圆\) after the yuan/, '壹万贰仟元整'],
    [12000, '壹万贰仟整', /元 \(or 圆\) after the yuan/, '壹万贰仟元整'],
    [10, '拾元整', /壹拾/, '壹拾元整'],
    [100000, '人民币拾万元整', /壹拾/, '人民币壹拾万元整'],
    [1010, '壹仟零拾元整', /壹拾/, '壹仟零壹拾元整'],
    [115, '壹佰拾伍元整', /壹拾/, '壹佰壹拾伍元整'],
    [1409.5, '壹仟肆佰玖元伍角', /a 0 between digits is written 零/, '壹仟肆佰零玖元伍角'],
    [100500, '壹拾万伍佰元整', /a 0 between digits is written 零/, '壹拾万零伍佰元整'],
    [100001000, '壹亿壹仟元整', /a 0 between digits is written 零/, '壹亿零壹仟元整'],
    [325.04, '叁佰贰拾伍元肆分', /零 after 元 when 角 is 0/, '叁佰贰拾伍元零肆分'],
    [6007.14, '陆仟零零柒元壹角肆分', /one 零/, '陆仟零柒元壹角肆分'],
    [12000, '壹万贰仟零元整', /零 stands where the figure has 0s/, '壹万贰仟元整'],
    [0.5, '零元伍角', /under one yuan/, '伍角'],
    [12000, '一万二千元整', /第一条.*never 一/, undefined],
    [1.5, '壹元伍毛', /never 毛/, undefined],
    [12000, '壹万贰仟元整整', /cannot be read/, undefined],
    [12000, '壹贰仟元整', /cannot be read/, undefined],
    [12000, '壹万贰仟万元整', /cannot be read/, undefined],
    [12000, '人民币壹万贰仟元整（含税）', /is not one of the capitals/, undefined],
  ])('%s: %s', (amount, written, why, expected) => {
    const r = checkCapitals(written, { amount });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('form');
    expect(r.why).toMatch(why);
    expect(r.got).toBe(written);
    if (expected) expect(r.expected).toBe(expected);
  });

  it('another amount or another currency than the figure is a mismatch, said in the figure’s capitals', () => {
    expect(checkCapitals('人民币伍仟元整', { amount: 50000 })).toMatchObject({
      ok: false,
      kind: 'mismatch',
      expected: '人民币伍万元整',
      why: 'these capitals say 5,000.00, the figure 50,000.00',
    });
    // a wrong amount in a wrong form is one mistake: the amount
    expect(checkCapitals('人民币伍仟元', { amount: 50000 })).toMatchObject({ kind: 'mismatch', expected: '人民币伍万元整' });
    expect(checkCapitals('美元壹万贰仟元整', { amount: 12000, currency: 'CNY' })).toMatchObject({
      kind: 'mismatch',
      expected: 'capitals in 人民币',
      currency: 'USD',
    });
  });

  it('accepts Traditional forms, 港币 beside 港元, a 大写 label and spaces', () => {
    expect(checkCapitals('壹萬貳仟圓整', { amount: 12000 })).toEqual({ ok: true, fen: 1200000 });
    expect(checkCapitals('港幣壹萬貳仟元整', { amount: 12000, currency: 'HKD' })).toEqual({ ok: true, fen: 1200000, currency: 'HKD' });
    expect(checkCapitals('大写：人民币 壹万贰仟元整')).toEqual({ ok: true, fen: 1200000, currency: 'CNY' });
  });
});

describe('the formatter', () => {
  it('writes figures and capitals in every currency, without spaces, 元 after 人民币 figures only', () => {
    expect(money(50000)).toBe('人民币50,000.00元（大写：人民币伍万元整）');
    expect(money(1010.5, 'USD')).toBe('美元1,010.50（大写：美元壹仟零壹拾元伍角）');
    expect(money(1010.5, 'HKD')).toBe('港元1,010.50（大写：港元壹仟零壹拾元伍角）');
    expect(capitals(0.05)).toBe('人民币伍分');
    expect(figures(9999999999.99)).toBe('9,999,999,999.99');
  });

  it('whatever the amount, the formatter prints a form the checker accepts, read back as the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (fen) => {
        const words = capitalWords(fen / 100);
        expect(capitalForms(fen)[0]).toBe(words);
        expect(checkCapitals(words, { amount: fen / 100 })).toEqual({ ok: true, fen });
      }),
      { seed: 20261010, numRuns: 2000 },
    );
  });
});

describe('capitals inside free text', () => {
  const problems = (s: string) => amountProblems(s).map((p) => ({ at: s.slice(p.index, p.index + p.length), kind: p.kind, expected: p.expected }));

  it('a figure and capitals that disagree: at the capitals, in the figure’s terms', () => {
    expect(problems('甲方应支付人民币50,000.00元（大写：人民币伍仟元整）。')).toEqual([{ at: '人民币伍仟元整', kind: 'mismatch', expected: '人民币伍万元整' }]);
    expect(problems('违约金为50,000元(大写: 伍仟元整)')).toEqual([{ at: '伍仟元整', kind: 'mismatch', expected: '伍万元整' }]);
    expect(problems('人民币 50000 元（大写人民币伍仟元整）')).toEqual([{ at: '人民币伍仟元整', kind: 'mismatch', expected: '人民币伍万元整' }]);
    expect(problems('美元1,010.50（大写：人民币壹仟零壹拾元伍角）')).toMatchObject([{ kind: 'mismatch', expected: 'capitals in 美元' }]);
    expect(problems('人民币5万元（伍仟元整）')).toMatchObject([{ at: '伍仟元整', kind: 'mismatch' }]);
  });

  it('figures and capitals that agree, in any of the ways people write them, pass', () => {
    for (const s of [
      '人民币50,000.00元（大写：人民币伍万元整）',
      '人民币50,000.00元（大写：伍万元整）',
      '50000元(大写伍万元整)',
      '¥1,680.32（大写：人民币壹仟陆佰捌拾元零叁角贰分）',
      '人民币5万元（大写：人民币伍万元整）',
      '美元1,010.50（大写：美元壹仟零壹拾元伍角）',
      'HK$1,010.50（大写：港币壹仟零壹拾元伍角整）',
      '人民幣50,000.00元（大寫：人民幣伍萬元整）',
    ])
      expect(problems(s), s).toEqual([]);
  });

  it('capitals alone are checked for their form', () => {
    expect(problems('服务费为人民币壹拾万元，按月支付。')).toEqual([{ at: '人民币壹拾万元', kind: 'form', expected: '人民币壹拾万元整' }]);
    expect(problems('（大写：叁角贰分整）')).toEqual([{ at: '叁角贰分整', kind: 'form', expected: '叁角贰分' }]);
    expect(problems('每人每次赔偿伍佰元。')).toEqual([{ at: '伍佰元', kind: 'form', expected: '伍佰元整' }]);
    expect(problems('50,000.00元（大写：人民币五万元整）')).toMatchObject([{ at: '人民币五万元整', kind: 'form' }]);
    expect(problems('合计人民币壹仟陆佰捌拾元零叁角贰分。')).toEqual([]);
  });

  it('leaves alone what is not an amount in capitals', () => {
    for (const s of ['大陆元素', '陆续支付', '50元（含税）', '5万元', '壹号楼', '每次伍分钟以内', '（详见附件一）', '第20,000.005条'])
      expect(problems(s), s).toEqual([]);
  });

  it('takes linear time on long hostile text (a run of spaces, digits, brackets or capitals)', () => {
    for (const s of [
      '5' + ' '.repeat(20_000) + 'x',
      '1,'.repeat(10_000),
      '5元（'.repeat(5_000),
      '（大写：'.repeat(5_000),
      '伍'.repeat(20_000) + '元',
      ' '.repeat(20_000),
    ]) {
      const t = performance.now();
      amountProblems(s);
      expect(performance.now() - t, s.slice(0, 10)).toBeLessThan(1000);
    }
  });

  it('the contracts the examples build print every amount so that the scan passes them', async () => {
    for (const { id } of TYPES) {
      const { md } = await build(readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8'));
      expect(md).toMatch(/人民币[\d,]+\.\d\d元（大写：人民币/);
      expect(amountProblems(md), id).toEqual([]);
    }
  });
});
