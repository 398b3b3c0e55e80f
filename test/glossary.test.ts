// Traditional Chinese as a locale (text/glossary.ts, issue 10, legal review TW-M1 … TW-N2): every
// example in zh-Hant-TW and zh-Hant-HK keeps the PRC statutes' terms as they word them, uses the
// region's everyday words, never a copula 系 for 係, and cites PRC statutes by their real titles.
// Checked twice: on exactly the text the converter produced (template text and labels, with tokens
// in place of the values, which are never converted), and on the Markdown convert() writes, less
// the values the user typed (printed as written).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { documentMeta, partiesBlock, signatureBlock } from '../src/render/parties.js';
import { renderMarkdown } from '../src/render/render.js';
import { TOKEN_RE } from '../src/render/values.js';
import { loadTemplates } from '../src/templates/load.js';
import { GLOSSARY, regional, type Region } from '../src/text/glossary.js';
import { converterFor } from '../src/text/locale.js';
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
const withoutValues = (md: string, typed: string[]): string => [...typed].filter(Boolean).sort((a, b) => b.length - a.length).reduce((s, v) => s.replaceAll(v, '\n'), md);

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

// mainland everyday words a Taiwan contract does not use, in Traditional characters, and Taiwan's
// statutory terms in place of the PRC statute's (TW-M1, TW-S4), and the old form 采 (TW-N1)
const NOT_IN_TAIWAN = ['數據', '網絡', '質量', '公佈', '佔', '賬', '軟件', '服務器', '在線', '反饋', '上崗', '電子郵箱', '個人資料', '營業秘密', '儲存期限', '采取'];
// s2twp's computing words, wrong in a contract (專案經理 is right: a project manager)
const NOT_A_CONTRACT_WORD = ['程式碼', '檔案', '許可權', '引數', '型別', '宣告並保證', '登出', '裝置'];
const TAIWAN_TERMS = [['个人信息', '個人信息'], ['数据', '資料'], ['网络', '網路'], ['质量', '品質'], ['商业秘密', '商業秘密'], ['保存', '保存'], ['采取', '採取'], ['反馈', '回饋'], ['软件', '軟體'], ['在线', '線上']] as const;
const COPULA = /[甲乙]方系(?![統列])|系指|系依/;

describe.each(examples.map((e) => e.name))('%s', (name) => {
  it('zh-Hant-TW: Taiwan terms only, outside titles', async () => {
    const { source, out, md } = await output(name, 'zh-Hant-TW');
    for (const term of [...NOT_IN_TAIWAN, ...NOT_A_CONTRACT_WORD]) expect(outsideTitles(out), term).not.toContain(term);
    expect(outsideTitles(out).replaceAll('專案經理', '')).not.toContain('專案');
    // in the Markdown too, outside the values the user typed (在線 and 采取 are Simplified as well)
    for (const term of NOT_IN_TAIWAN.filter((t) => t !== '在線' && t !== '賬')) expect(outsideTitles(md), term).not.toContain(term);
    // one rendering of the project manager's role (TW-S2)
    expect(outsideTitles(md)).not.toMatch(/項目經理|項目管理/);
    // and the Taiwan term wherever the source has the mainland one
    for (const [from, to] of TAIWAN_TERMS) if (outsideTitles(source).includes(from)) expect(out, from).toContain(to);
  });

  it('zh-Hant-HK: the PRC statute\'s 個人信息, Hong Kong forms kept', async () => {
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
      const rest = terms.filter((u) => u.from.length > t.from.length && u.from.includes(t.from)).reduce((s, u) => s.replaceAll(u.from, '\n'), outsideTitles(source));
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
    expect(tw('甲方声明并保证：甲方系依照中华人民共和国法律设立。一方被宣告破产或者进入破产程序的')).toBe('甲方聲明並保證：甲方係依照中華人民共和國法律設立。一方被宣告破產或者進入破產程序的');
    expect(tw('统一社会信用代码')).toBe('統一社會信用代碼');
    expect(tw('服务项目；费用项目')).toBe('服務項目；費用項目');
    expect(tw('遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，保护个人信息和数据')).toBe('遵守《中華人民共和國個人信息保護法》《中華人民共和國數據安全法》，保護個人信息和資料');
    expect(tw('服务质量、商业秘密、依法公布、占用、对账单、软件、网络、服务器')).toBe('服務品質、商業秘密、依法公布、占用、對帳單、軟體、網路、伺服器');
    // the PIPL's own terms (第二十八、五十五、五十六、六十条) and retention, not storage (TW-M1, TW-S4)
    expect(tw('甲方为个人信息处理者；敏感个人信息；个人信息保护影响评估；履行个人信息保护职责的部门；法律、行政法规规定的保存期限；记录至少保存3年')).toBe('甲方為個人信息處理者；敏感個人信息；個人信息保護影響評估；履行個人信息保護職責的部門；法律、行政法規規定的保存期限；記錄至少保存3年');
    expect(tw('没有采取适当措施；服务项目；客户反馈；上岗前；电子邮箱')).toBe('沒有採取適當措施；服務項目；客戶回饋；到職前；電子信箱');
    const hk = (await converterFor('zh-Hant-HK'))!;
    expect(hk('乙方系依照《中华人民共和国个人信息保护法》保护个人信息，网络、软件')).toBe('乙方係依照《中華人民共和國個人信息保護法》保護個人信息，網絡、軟件');
    expect(hk('商业秘密；保存期限；没有采取')).toBe('商業秘密；保存期限；沒有採取');
  });
});

describe('values the user typed (TW-S1)', () => {
  it.each(['zh-Hant-TW', 'zh-Hant-HK'] as const)('%s: printed as written wherever they print, the same person spelt one way', async (locale) => {
    const { full } = await output('work-contract.yaml', locale);
    const spec = examples.find((e) => e.name === 'work-contract.yaml')!.text;
    // the contact's particulars at the head and the team table in the annex, as the spec writes them
    expect(spec).toContain('赵雅婷（项目经理）');
    expect(full).toContain('赵雅婷（项目经理）');
    expect(full).toMatch(/\|\s*1\s*\|\s*项目经理\s*\|\s*1\s*\|\s*项目管理、与甲方对接、服务报告\s*\|/);
    expect(full).not.toContain('趙雅婷');
    // the signing place and the bank, typed in Simplified, stay so
    for (const v of [...spec.matchAll(/^\s*(?:signingPlace|bank|name):\s*(\S+)$/gm)].map((m) => m[1]!)) expect(full, v).toContain(v);
  });
});
