// Traditional Chinese as a locale (text/glossary.ts, issue 10, legal review TW-M1 … TW-N2): every
// example in zh-Hant-TW and zh-Hant-HK keeps the PRC statutes' terms as they word them, uses the
// region's everyday words, never a copula 系 for 係, and cites PRC statutes by their real titles.
// Checked twice: on exactly the text the converter produced (template text and labels, with tokens
// in place of the values, which are never converted), and on the Markdown convert() writes, less
// the values the user typed (printed as written).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { documentMeta, partiesBlock, signatureBlock } from '../src/render/parties.js';
import { renderMarkdown } from '../src/render/render.js';
import { personWithTitle, TOKEN_RE } from '../src/render/values.js';
import { forEachIdentity } from '../src/schema/walk.js';
import { loadTemplates } from '../src/templates/load.js';
import { GLOSSARY, PLACES, type Region, regional } from '../src/text/glossary.js';
import { converterFor } from '../src/text/locale.js';
import { REGIONAL, SIMPLIFIED_ONLY } from '../src/text/simplified-only.js';
import { registeredParts, simplifiedOnly } from '../src/text/values.js';
import { checkText, root } from './helpers/check.js';

const REGIONS = ['zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK'] as const;
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ name: f, text: readFileSync(join(root, 'examples', f), 'utf8') }));

const TITLE = /《[^《》\n]*》/g;
const outsideTitles = (s: string) => s.replace(TITLE, '《》');

/** The Simplified text the converter sees for a spec, and what it makes of it: template text, labels and converted values. */
async function converted(specText: string, locale: Region): Promise<{ source: string; out: string }> {
  const r = checkText(specText);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  const { markdown, table } = renderMarkdown(r.contract, loadTemplates(join(root, 'templates'), r.contract.type.id));
  const c = (await converterFor(locale))!;
  const typed = [...markdown.matchAll(TOKEN_RE)].map((m) => table.byId(m[1]!)).flatMap((v) => (v.kind === 'text' ? v.value.split(/\r\n|\r|\n/) : []));
  // the labels of the parties, the signature block and the header (统一社会信用代码)
  const values: string[] = [];
  const record = (s: string) => (values.push(s), s);
  partiesBlock(r.contract, record);
  signatureBlock(r.contract, record);
  documentMeta(r.contract, locale, record);
  // a token stands for a value: a break no term can match across
  const source = [markdown.replace(TOKEN_RE, '\n'), ...values].join('\n');
  return { source, out: [c(markdown).replace(TOKEN_RE, '\n'), ...values.map(c)].join('\n'), typed };
}

/** The Markdown less the values the user typed (longest first), which print as written. */
const withoutValues = (md: string, typed: string[]): string =>
  [...typed]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .reduce((s, v) => s.replaceAll(v, '\n'), md);

const outputs = new Map<string, { source: string; out: string; md: string; full: string; typed: string[] }>();
async function output(name: string, locale: Region) {
  const key = `${name} ${locale}`;
  if (!outputs.has(key)) {
    const ex = examples.find((e) => e.name === name)!;
    const r = await convert(ex.text, { formats: ['md'], locale });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const c = await converted(ex.text, locale);
    outputs.set(key, { ...c, full: new TextDecoder().decode(r.outputs.md!), md: withoutValues(new TextDecoder().decode(r.outputs.md!), c.typed) });
  }
  return outputs.get(key)!;
}

// Taiwan's statutory terms in place of the PRC statute's (TW-M1, TW-S4), variants the glossary
// replaces (公佈, 佔, 賬) and the old form 采 (TW-N1)
const NOT_IN_TAIWAN = ['資訊', '公佈', '佔', '賬', '個人資料', '營業秘密', '儲存期限', '采取'];
// s2twp's phrases, which change what a PRC-law contract says (issue 17: 对象 → 物件, 参数 → 引數,
// 适配器 → 介面卡, 内核对 → 核心對, 用户 → 使用者, 知识产权 → 智慧財產權, 存储 → 儲存, 上岗 → 到職)
// and its computing words (程式碼, 檔案, 專案): none in any Traditional edition
const NOT_A_CONTRACT_WORD = [
  '物件',
  '介面卡',
  '引數',
  '核心對',
  '使用者',
  '智慧財產權',
  '儲存',
  '到職',
  '程式碼',
  '檔案',
  '許可權',
  '型別',
  '宣告並保證',
  '登出',
  '裝置',
  '專案',
  '釋出',
  '擷取',
  '回饋',
  '網路',
  '軟體',
  '伺服器',
];
const TAIWAN_TERMS = [
  ['个人信息', '個人信息'],
  ['数据', '數據'],
  ['网络', '網絡'],
  ['质量', '質量'],
  ['商业秘密', '商業秘密'],
  ['保存', '保存'],
  ['采取', '採取'],
  ['反馈', '反饋'],
  ['软件', '軟件'],
  ['在线', '在線'],
] as const;
// the PRC words the report lists (statute, licence and certificate terms) and the words s2twp
// garbled, each in Traditional characters wherever the zh-CN edition has it (issue 17)
const PRC_TERMS = [
  ['对象', '對象'],
  ['参数', '參數'],
  ['适配器', '適配器'],
  ['内核对', '內核對'],
  ['用户', '用'],
  ['知识产权', '知識產權'],
  ['存储', '存儲'],
  ['上岗', '上崗'],
  ['数据', '數據'],
  ['个人信息', '個人信息'],
  ['网络安全等级保护', '網絡安全等級保護'],
  ['质量管理体系', '質量管理體系'],
  ['在线数据处理', '在線數據處理'],
  ['用户画像', '畫像'],
  ['智能', '智能'],
] as const;
const COPULA = /[甲乙]方系(?![統列])|系指|系依/;

describe.each(examples.map((e) => e.name))('%s', (name) => {
  it('zh-Hant-TW: Taiwan terms only, outside titles', async () => {
    const { source, out, md } = await output(name, 'zh-Hant-TW');
    for (const term of [...NOT_IN_TAIWAN, ...NOT_A_CONTRACT_WORD]) expect(outsideTitles(out), term).not.toContain(term);
    // in the Markdown too, outside the values the user typed (在線 and 采取 are Simplified as well)
    for (const term of NOT_IN_TAIWAN.filter((t) => t !== '在線' && t !== '賬')) expect(outsideTitles(md), term).not.toContain(term);
    // one rendering of the project manager's role (TW-S2, WC-S7): the PRC word, as 項目團隊
    expect(outsideTitles(md)).not.toMatch(/專案/);
    // and the Taiwan term wherever the source has the mainland one
    for (const [from, to] of TAIWAN_TERMS) if (outsideTitles(source).includes(from)) expect(out, from).toContain(to);
  });

  it("zh-Hant-HK: the PRC statute's 個人信息, Hong Kong forms kept", async () => {
    const { source, out, md } = await output(name, 'zh-Hant-HK');
    for (const term of ['個人資料', '營業秘密', '儲存期限', '采取']) {
      expect(outsideTitles(out), term).not.toContain(term);
      expect(outsideTitles(md), term).not.toContain(term);
    }
    if (source.includes('个人信息')) expect(outsideTitles(md)).toContain('個人信息');
    // Hong Kong's own words: no Taiwan phrase
    expect(out).toMatch(/網絡|信息/);
    for (const term of ['網路', '資訊', '軟體', '營業秘密']) expect(out, term).not.toContain(term);
  });

  it('zh-Hant: Taiwan characters, mainland wording', async () => {
    const { source, out } = await output(name, 'zh-Hant');
    if (source.includes('个人信息')) expect(outsideTitles(out)).toContain('個人信息');
    for (const term of ['個人資料', '營業秘密', '網路', '資訊']) expect(out, term).not.toContain(term);
  });

  it.each(REGIONS)('%s: 係, never 系, as the copula', async (locale) => {
    const { source, out, md } = await output(name, locale);
    expect(out).not.toMatch(COPULA);
    expect(md).not.toMatch(COPULA);
    if (/[甲乙]方系(?![统列])/.test(source)) expect(out).toMatch(/[甲乙]方係/);
    if (source.includes('系统')) expect(out).toContain('系統');
  });

  it.each(REGIONS)('%s: a statute keeps its real title', async (locale) => {
    const { source, md } = await output(name, locale);
    // the title in the region's characters, nothing more
    const characters = OpenCC.Converter({ from: 'cn', to: locale === 'zh-Hant-HK' ? 'hk' : 'tw' });
    const titles = [...source.matchAll(/《中华人民共和国[^《》]*》/g)].map((m) => m[0]);
    for (const title of titles) expect(md).toContain(characters(title));
    if (titles.some((t) => t.includes('个人信息保护法'))) expect(md).toContain('《中華人民共和國個人信息保護法》');
    expect(md).not.toMatch(/《[^《》]*(個人資料保護|個人資訊|資料安全)[^《》]*》/);
  });

  it.each(REGIONS)('%s: each entry of the glossary where the source has its term', async (locale) => {
    const { source, out } = await output(name, locale);
    const terms = GLOSSARY[locale];
    for (const t of terms) {
      if (t.notBefore || t.notAfter) continue;
      // where a longer entry (台账) does not take the text first
      const rest = terms
        .filter((u) => u.from.length > t.from.length && u.from.includes(t.from))
        .reduce((s, u) => s.replaceAll(u.from, '\n'), outsideTitles(source));
      if (rest.includes(t.from)) expect(out, t.from).toContain(t.to);
    }
  });
});

describe('the glossary', () => {
  it.each(REGIONS)('%s: every entry is used by an example, and says why', async (locale) => {
    const sources = (await Promise.all(examples.map((e) => output(e.name, locale)))).map((o) => outsideTitles(o.source)).join('\n');
    for (const t of GLOSSARY[locale]) {
      expect(t.why, t.from).not.toBe('');
      expect(sources, `${locale}: ${t.from} is in no example`).toContain(t.from);
    }
  });

  it('terms never reach into a title, a neighbouring word or a value token', () => {
    const words = (s: string) => `[${s}]`;
    const tw = regional('zh-Hant-TW', words, (s) => `{${s}}`);
    expect(tw('甲方系统和平台账号')).toBe('[甲方系统和平台]帳[号]');
    expect(tw('依照《中华人民共和国个人信息保护法》处理个人信息')).toBe('[依照]{《中华人民共和国个人信息保护法》}[处理]個人信息');
    expect(tw('建立服务台账')).toBe('[建立服务]臺帳');
    expect(tw('\uE000a\uE001系统')).toBe('[\uE000a\uE001系统]');
    expect(tw('')).toBe('');
  });

  it('zh-Hant-TW in full: a sentence of each kind', async () => {
    const tw = (await converterFor('zh-Hant-TW'))!;
    expect(tw('甲方声明并保证：甲方系依照中华人民共和国法律设立。一方被宣告破产或者进入破产程序的')).toBe(
      '甲方聲明並保證：甲方係依照中華人民共和國法律設立。一方被宣告破產或者進入破產程序的',
    );
    expect(tw('统一社会信用代码')).toBe('統一社會信用代碼');
    expect(tw('服务项目；费用项目')).toBe('服務項目；費用項目');
    expect(tw('遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，保护个人信息和数据')).toBe(
      '遵守《中華人民共和國個人信息保護法》《中華人民共和國數據安全法》，保護個人信息和數據',
    );
    expect(tw('服务质量、商业秘密、依法公布、占用、对账单、软件、网络、服务器')).toBe('服務質量、商業秘密、依法公布、占用、對帳單、軟件、網絡、服務器');
    // s2twp's phrases are not used (issue 17): the PRC words, in Taiwan's characters
    expect(
      tw('联系对象；培训对象；电源适配器；参数配置；3个工作日内核对确认；用户服务规则；知识产权；存储；上岗；质量管理体系；在线数据处理；网络安全等级保护'),
    ).toBe('聯繫對象；培訓對象；電源適配器；參數配置；3個工作日內核對確認；用戶服務規則；知識產權；存儲；上崗；質量管理體系；在線數據處理；網絡安全等級保護');
    expect(tw('届满后续签本合同')).toBe('屆滿後續簽本合同');
    // the PIPL's own terms (第二十八、五十五、五十六、六十条) and retention, not storage (TW-M1, TW-S4)
    expect(tw('甲方为个人信息处理者；敏感个人信息；个人信息保护影响评估；履行个人信息保护职责的部门；法律、行政法规规定的保存期限；记录至少保存3年')).toBe(
      '甲方為個人信息處理者；敏感個人信息；個人信息保護影響評估；履行個人信息保護職責的部門；法律、行政法規規定的保存期限；記錄至少保存3年',
    );
    expect(tw('没有采取适当措施；服务项目；客户反馈；上岗前；电子邮箱')).toBe('沒有採取適當措施；服務項目；客戶反饋；上崗前；電子信箱');
    // the statute's 泄露, not 洩露; one Taiwan word wherever a word is changed
    expect(tw('发生个人信息泄露；回复消息；首次人工回复；在平台上发布公告；依法公布')).toBe(
      '發生個人信息泄露；回覆消息；首次人工回覆；在平臺上發布公告；依法公布',
    );
    const hk = (await converterFor('zh-Hant-HK'))!;
    expect(hk('乙方系依照《中华人民共和国个人信息保护法》保护个人信息，网络、软件')).toBe('乙方係依照《中華人民共和國個人信息保護法》保護個人信息，網絡、軟件');
    expect(hk('商业秘密；保存期限；没有采取')).toBe('商業秘密；保存期限；沒有採取');
    // a week is 週 in both Traditional editions (SC-N2, MA-N1); a cycle 週期, an age 週歲, a name 周 as typed
    for (const c of [tw, hk]) {
      expect(c('每季度首月第2周；连续2周；每周；当周；该周；周度报告；相应周次；周一至周日')).toBe(
        '每季度首月第2週；連續2週；每週；當週；該週；週度報告；相應週次；週一至週日',
      );
      expect(c('考核周期；不满14周岁；周到')).toBe('考核週期；不滿14週歲；周到');
    }
  });
});

// T-M1: the spec's prose is converted with the template text, identity values never (names,
// addresses, numbers: the schema's identity(), an annex table's name columns, the spec's names)
const partyAddresses = (specText: string): string[] => [...specText.matchAll(/^\s+(?:registeredAddress|mailingAddress):\s*(\S+)\s*$/gm)].map((m) => m[1]!);
const identityValues = (specText: string): string[] => {
  const r = checkText(specText);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  const out: string[] = [];
  // a person with a job title: the name is the identity, the title prose (issue 17)
  forEachIdentity(r.contract.type.schema, r.contract.spec, (_, v) => out.push(personWithTitle(v)?.name ?? v));
  return [...out, ...((r.contract.spec as { names?: string[] }).names ?? [])];
};
const TRADITIONAL = ['zh-Hant-TW', 'zh-Hant-HK'] as const;

describe('spec values in a Traditional build (T-M1)', () => {
  it('the Simplified-only characters are those OpenCC derives', () => {
    const dicts = (OpenCC.Locale as unknown as { configs: Record<string, { conversionChain: unknown[][] }> }).configs
      .s2t!.conversionChain.flat()
      .filter((d): d is string => typeof d === 'string');
    const keys = new Set<string>();
    const values = new Set<string>();
    for (const d of dicts)
      for (const e of d.split('|')) {
        const [k, v] = e.split(' ');
        if (!k || !v) continue;
        if ([...k].length === 1) keys.add(k);
        for (const c of v) values.add(c);
      }
    const only = [...keys].filter((c) => !values.has(c) && /\p{Script=Han}/u.test(c)).sort();
    expect(SIMPLIFIED_ONLY).toBe(only.join(''));
    const hk = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    expect(REGIONAL).toEqual({ tw: only.filter((c) => tw(c) === c).join(''), hk: only.filter((c) => hk(c) === c).join('') });
    expect(simplifiedOnly('北京博远信息技术服务有限公司，客户', 'zh-Hant-TW')).toEqual(['远', '术', '务', '户']);
    expect(simplifiedOnly('客户', 'zh-Hant-HK')).toEqual([]);
  });

  describe.each(examples.map((e) => e.name))('%s', (name) => {
    it.each(TRADITIONAL)('%s: no Simplified-only character outside identity values; these as typed', async (locale) => {
      const { full } = await output(name, locale);
      const spec = examples.find((e) => e.name === name)!.text;
      const ids = identityValues(spec);
      // and what prints as registered or issued: parts of a party's address, a party-issued annex's title
      const asWritten = [...ids, ...registeredParts(partyAddresses(spec)), ...[...spec.matchAll(/^ {2}- title: (.+)\n {4}separate:/gm)].map((m) => m[1]!)];
      const rest = asWritten.sort((a, b) => b.length - a.length).reduce((s, v) => s.replaceAll(v, '\n'), full);
      const left = rest.split('\n').filter((l) => simplifiedOnly(l, locale).length);
      expect(left, left.join('\n')).toEqual([]);
      // the running header and the head: the title converted (客户服务协议 → 客戶服務協議)
      expect(full.split('\n')[0]).toMatch(/^# /);
      expect(simplifiedOnly(full.split('\n')[0]!, locale)).toEqual([]);
      // the party names, typed in Simplified, print byte for byte as typed, never converted
      const c = (await converterFor(locale))!;
      for (const v of ids) if (c(v) !== v && /\p{Script=Han}/u.test(v)) expect(full, v).not.toContain(c(v));
      for (const v of [...spec.matchAll(/^ {4}name:\s*(\S+)$/gm)].map((m) => m[1]!)) expect(full, v).toContain(v);
    });

    it.each(TRADITIONAL)("%s: the PRC statutes' terms, one word per concept (T-S1, T-S2)", async (locale) => {
      const { source, md } = await output(name, locale);
      const terms = [
        ['个人信息处理者', '個人信息處理者'],
        ['敏感个人信息', '敏感個人信息'],
        ['个人信息', '個人信息'],
        ['商业秘密', '商業秘密'],
        ['保存期限', '保存期限'],
        ['私密信息', '私密信息'],
        ['保密信息', '保密信息'],
        ['受托数据', '受託數據'],
        ['数据', '數據'],
      ];
      for (const [from, to] of terms) if (outsideTitles(source).includes(from!)) expect(md, from).toContain(to);
      for (const term of ['私密資訊', '保密資訊', '受託資料', '個人資料', '營業秘密', '儲存期限']) expect(outsideTitles(md), term).not.toContain(term);
    });
  });

  it.each(TRADITIONAL)('%s: the same person spelt one way; prose in an annex table converted, names kept', async (locale) => {
    const { full } = await output('work-contract.yaml', locale);
    const spec = examples.find((e) => e.name === 'work-contract.yaml')!.text;
    // the contact's particulars (an identity value, job title and all) as the spec writes them
    expect(spec).toContain('赵雅婷（项目经理）');
    expect(full).toContain('赵雅婷（項目經理）');
    expect(full).not.toContain('趙雅婷');
    // the team table's roles and duties are prose: converted
    expect(full).toMatch(/\|\s*1\s*\|\s*項目經理\s*\|\s*1\s*\|\s*項目管理、與甲方對接、服務報告\s*\|/);
    // the parties, typed in Simplified, stay so; the signing place is the district of 甲方's registered address: as registered (X-2)
    for (const v of [...spec.matchAll(/^\s*name:\s*(\S+)$/gm)].map((m) => m[1]!)) expect(full, v).toContain(v);
    expect(full).toContain('簽訂地點：江苏省南京市建邺区');
  });

  it('a party named in a custom clause keeps its name; convertValues: false prints prose as typed', async () => {
    const base = examples.find((e) => e.name === 'service-contract.yaml')!.text;
    const name = /^ {4}name:\s*(\S+)$/m.exec(base)![1]!;
    // a clause of its own after the example's own added clause
    const spec = base.replace(
      '\nclauses:\n  add:\n',
      `\nclauses:\n  add:\n    - id: extra-service\n      title: 额外服务\n      text: ${name}应当按照乙方的要求提供额外服务，费用另行约定。\n`,
    );
    expect(spec).not.toBe(base);
    const md = async (text: string) => {
      const r = await convert(text, { formats: ['md'], locale: 'zh-Hant-TW' });
      if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
      return new TextDecoder().decode(r.outputs.md!);
    };
    const tw = await md(spec);
    expect(tw).toContain(`${name}應當按照乙方的要求提供額外服務，費用另行約定。`);
    expect(tw).toContain('額外服務');
    const asTyped = await md(spec.replace(/^locale: .*$/m, 'locale: zh-Hans\nconvertValues: false'));
    expect(asTyped).toContain(`${name}应当按照乙方的要求提供额外服务，费用另行约定。`);
    // the template text is converted all the same
    expect(asTyped).toContain('服務');
  });
});

// issue 17: the TW and HK editions say what the zh-CN edition says, in the PRC's words
const simplified = new Map<string, string>();
async function zhCN(name: string): Promise<string> {
  if (!simplified.has(name)) {
    const r = await convert(examples.find((e) => e.name === name)!.text, { formats: ['md'], locale: 'zh-Hans' });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    simplified.set(name, new TextDecoder().decode(r.outputs.md!));
  }
  return simplified.get(name)!;
}

describe.each(examples.map((e) => e.name))('%s: PRC vocabulary in the Traditional editions (issue 17)', (name) => {
  it.each(TRADITIONAL)("%s: none of s2twp's words; the PRC terms wherever zh-CN has them", async (locale) => {
    const { full } = await output(name, locale);
    const zh = await zhCN(name);
    for (const term of [...NOT_A_CONTRACT_WORD, '枱賬', '檯賬']) expect(full, term).not.toContain(term);
    // 品質 for 质量 (產品質量 holds 品質 as a substring)
    expect(full).not.toMatch(/(?<!產)品質/);
    // one 週 for a week (SC-N2, MA-N1)
    expect(full).not.toMatch(/[0-9每當該本]周|周[度次]/);
    for (const [from, to] of PRC_TERMS) if (zh.includes(from)) expect(full, from).toContain(to);
    if (zh.includes('用户')) expect(full).toMatch(/用[戶户]/);
  });

  it.each(TRADITIONAL)('%s: a title typed in the spec has one spelling wherever it prints', async (locale) => {
    const { full } = await output(name, locale);
    const zh = await zhCN(name);
    const titles = (s: string) => [...s.matchAll(TITLE)].map((m) => m[0]);
    const [a, b] = [titles(zh), titles(full)];
    expect(b.length).toBe(a.length);
    const spellings = new Map<string, Set<string>>();
    a.forEach((t, i) => spellings.set(t, (spellings.get(t) ?? new Set()).add(b[i]!)));
    for (const [t, s] of spellings) expect([...s], t).toHaveLength(1);
  });
});

// issue 17 (TW/HK should-fix): places and institutions are converted as prose, persons' names kept
describe.each(examples.map((e) => e.name))('%s: places, institutions, job titles in the Traditional editions (issue 17)', (name) => {
  it.each(TRADITIONAL)("%s: converted; a person's name one spelling", async (locale) => {
    const { full } = await output(name, locale);
    const r = checkText(examples.find((e) => e.name === name)!.text);
    if (!r.ok) throw new Error('invalid');
    const spec = r.contract.spec as {
      contract: { signingPlace?: string };
      disputes: { commission?: string; mediation?: string };
      communication?: { account?: string };
      parties: Record<string, { contactPerson?: string }>;
    };
    const c = (await converterFor(locale))!;
    const prose = [spec.contract.signingPlace, spec.disputes.commission, spec.disputes.mediation, spec.communication?.account].filter((v): v is string => !!v);
    // outside the identity values (a registered address may begin with the signing place's district)
    const ids = identityValues(examples.find((e) => e.name === name)!.text).sort((x, y) => y.length - x.length);
    const rest = ids.reduce((t, v) => t.replaceAll(v, '\n'), full);
    // a place that is part of a registered address prints as registered everywhere
    const registered = new Set(registeredParts(ids));
    for (const v of prose) {
      if (registered.has(v)) {
        expect(full, v).toContain(v);
        if (c(v) !== v) expect(full, v).not.toContain(c(v));
        continue;
      }
      expect(full, v).toContain(c(v));
      if (c(v) !== v) expect(rest, v).not.toContain(v);
    }
    for (const p of Object.values(spec.parties)) {
      const person = p.contactPerson ? personWithTitle(p.contactPerson) : undefined;
      if (!person) continue;
      expect(full).toContain(`${person.name}（${c(person.title)}）`);
      if (c(person.name) !== person.name) expect(full, person.name).not.toContain(c(person.name));
    }
  });
});

// issue 17: the capital numeral three is 叁 in every locale, as the PRC's capitals and the VAT invoice write it
describe.each(examples.map((e) => e.name))('%s: capitals in the Traditional editions (issue 17, X-4)', (name) => {
  it.each(TRADITIONAL)('%s: 叁 wherever zh-CN prints it, never 參 or 叄 in a capital', async (locale) => {
    const { full } = await output(name, locale);
    const zh = await zhCN(name);
    expect(full.match(/叁/g)?.length ?? 0).toBe(zh.match(/叁/g)?.length ?? 0);
    expect(full).not.toMatch(/[參叄](?=[拾佰仟萬万億亿元角分])/);
  });
});

// issue 17: PRC place names keep their official name (昆山, not OpenCC's 崑山), in every Traditional locale
describe('PRC place names in the Traditional editions (issue 17, X-3)', () => {
  it.each(REGIONS)('%s: each protected place is one OpenCC would change, and prints as its name', async (locale) => {
    const c = (await converterFor(locale))!;
    const opencc = OpenCC.Converter({ from: 'cn', to: locale === 'zh-Hant-HK' ? 'hk' : 'tw' });
    for (const p of PLACES) {
      expect(opencc(p.from), p.from).not.toBe(p.to);
      expect(c(`位于${p.from}市的门店`)).toBe(`位於${p.to}市的門店`);
    }
  });
  it.each(examples.map((e) => e.name))('%s: 昆山 wherever zh-CN prints it, never 崑山', async (name) => {
    const zh = await zhCN(name);
    for (const locale of TRADITIONAL) {
      const { full } = await output(name, locale);
      expect(full).not.toContain('崑山');
      expect(full.match(/昆山/g)?.length ?? 0).toBe(zh.match(/昆山/g)?.length ?? 0);
    }
  });
});

// issue 17: every Traditional edition says the signed Traditional text governs (a Simplified text the
// parties did not sign cannot prevail over it, nor count among the originals); names as registered
describe.each(examples.map((e) => e.name))('%s: which text governs (issue 17, X-1)', (name) => {
  it.each(TRADITIONAL)('%s: the clause on the Traditional rendering, after the counterparts; none in zh-CN', async (locale) => {
    const { full } = await output(name, locale);
    const para = full.split('\n').find((l) => l.includes('各份效力相同')) ?? '';
    expect(para).toMatch(/本(?:合同|協議|準則)以繁體中文書就，以雙方簽署的繁體中文文本為準；其他文字的文本未經雙方簽署的，僅供參考。/);
    expect(para).not.toMatch(/以簡體中文文本為準/);
    expect(para).toMatch(/所載當事人的名稱、住所、通訊地址、開[戶户]銀行、人員姓名以及當事人自行制定的文件的名稱，按照其登記或者制定時的文字記載，不作轉寫。/);
    expect(await zhCN(name)).not.toContain('繁体中文文本');
  });
});

// issue 17: what the parties registered or issued prints as written wherever it appears
describe('registered and issued names in the Traditional editions (issue 17, X-2)', () => {
  it('the parts of a registered address prose may repeat', () => {
    expect(registeredParts(['江苏省苏州市高新区科灵路78号苏高新软件园7号楼']).sort()).toEqual(
      ['江苏省苏州市高新区', '江苏省苏州市高新区科灵路78号', '苏州市高新区', '苏州市高新区科灵路78号', '高新区科灵路78号'].sort(),
    );
    expect(registeredParts(['王蕾', 'kf@example.cn'])).toEqual([]);
  });
  it.each(TRADITIONAL)('%s: signing place, a site at a party address, a party-issued title, a store address: one spelling', async (locale) => {
    const wc = (await output('work-contract.yaml', locale)).full;
    expect(wc).toContain('簽訂地點：江苏省南京市建邺区');
    expect(wc).not.toMatch(/建鄴/);
    expect(wc).toContain('《华康客服话术规范（2026年版）》');
    expect(wc).not.toMatch(/華康客服話術規範|客服質檢評分細則（2026年版）/);
    const sc = (await output('service-contract.yaml', locale)).full;
    expect(sc).toContain('（苏州市高新区科灵路78号）');
    expect(sc).not.toContain('科靈路');
    const sa = (await output('service-agreement.yaml', locale)).full;
    expect(sa).toMatch(/澄明·昆山店\s*\|\s*昆山市前进中路108号/);
    const ma = (await output('maintenance-agreement.yaml', locale)).full;
    expect(ma).not.toContain('靜安區');
  });
});
