// Regional legal wording for the Traditional locales: the few terms where OpenCC's conversion
// (characters only, s2tw and s2hk) leaves a form a contract in that region would not use, and the
// PRC statutes' terms, protected so that no phrase table can ever reword them (信息, 數據, 保存).
// Each entry is keyed on the Simplified text as the templates write it, and replaces that text
// before OpenCC sees it: so an entry never depends on how OpenCC segments a sentence. Titles in 《》 are names (statutes, documents): they get Traditional
// characters only, never regional words, so 《中华人民共和国个人信息保护法》 keeps its real title.
// Every entry is checked against the examples by test/glossary.test.ts; add one only with a reason.

export type Region = 'zh-Hant' | 'zh-Hant-TW' | 'zh-Hant-HK';
type Convert = (s: string) => string;

export interface Term {
  /** Simplified, as the templates write it */
  readonly from: string;
  /** the region's term, in its Traditional characters */
  readonly to: string;
  /** characters `from` must not be followed by (甲方系 but not 甲方系统) */
  readonly notBefore?: string;
  /** characters `from` must not follow (台账 but not 平台账号) */
  readonly notAfter?: string;
  /** why, or the source */
  readonly why: string;
}

/** Every Traditional locale. */
const TRADITIONAL: readonly Term[] = [
  // OpenCC writes 係 for 系指 and 确系 but leaves 系 after a party: the copula is 係 in Traditional
  { from: '甲方系', to: '甲方係', notBefore: '统列', why: 'copula 系 ("is") is 係 in Traditional; 系统, 系列 keep 系' },
  { from: '乙方系', to: '乙方係', notBefore: '统列', why: 'copula 系 ("is") is 係 in Traditional; 系统, 系列 keep 系' },
  // the contract is under PRC law: a term a cited PRC statute defines stays as the statute words
  // it, in Traditional characters (TW-M1); 個人資料 and 營業秘密 are Taiwan's and Hong Kong's own statutes' terms
  {
    from: '个人信息',
    to: '個人信息',
    why: '个人信息保护法 第四条: 個人信息, and with it 個人信息處理者, 敏感個人信息, 個人信息保護影響評估, 履行個人信息保護職責的部門',
  },
  // one word per concept in every region (T-S1, T-S2): the PRC statutes' 信息 (民法典 第一千零三十二条
  // 私密信息, 个人信息保护法 个人信息) and 数据 (数据安全法 第三条), so that 保密信息 and 个人信息, 受托数据
  // and 数据安全 are one term in the same clause and in TW and HK alike; 资料 keeps its ordinary meaning
  {
    from: '信息',
    to: '信息',
    why: '民法典 第一千零三十二条 私密信息, 个人信息保护法 第四条 个人信息: one 信息 for 保密信息, 私密信息 and 个人信息 (T-S1); s2twp writes 資訊',
  },
  {
    from: '数据',
    to: '數據',
    why: '数据安全法 第三条 数据: 受託數據 one defined term in TW and HK (T-S2); s2twp writes 資料, which the contract uses for materials (培訓資料)',
  },
  { from: '商业秘密', to: '商業秘密', why: '民法典 第五百零一条, 反不正当竞争法 第九条 (not 營業秘密, Taiwan 營業秘密法)' },
  { from: '保存', to: '保存', why: 'retention (保存期限, 个人信息保护法 第十九条, 第五十六条); s2twp writes 儲存 (storage)' },
  // the capital numeral three is 叁 in every locale: the PRC's rules for capitals on financial documents
  // and the VAT invoice write 叁, a standard Traditional character too; s2tw writes Taiwan's 參 (issue 17, X-4)
  { from: '叁', to: '叁', why: '大写 three is 叁 (PRC capitals, VAT invoices); s2tw writes 參, s2t 叄' },
  // 个人信息保护法 第五十七条 writes 泄露, and 泄 is a standard Traditional character: s2tw writes 洩露 (issue 17, X-5)
  { from: '泄露', to: '泄露', why: '个人信息保护法 第五十七条 泄露 (a statute term); s2tw writes the variant 洩露' },
  // OpenCC segments 没有采取 as 沒有采 + 取 and leaves the old form
  { from: '采取', to: '採取', why: '採取 is the standard form (教育部); opencc leaves 采 after 没有' },
];

/**
 * Taiwan: after s2tw (Taiwan's standard characters), never s2twp's phrase table (issue 17). A
 * contract under PRC law keeps the PRC legal and technical vocabulary in Taiwan too: s2twp turned
 * 对象 into 物件, 参数 into 引數, 适配器 into 介面卡, 内核对 into 核心對, 用户 into 使用者, 知识产权
 * into 智慧財產權, 存储 into 儲存, 上岗 into 到職, 质量 into 品質, 在线 into 線上, 网络安全 into
 * 網路安全: words that change what the contract or a statute, licence or certificate says. What
 * Taiwan writes otherwise is kept only where it changes nothing in meaning: a standard form
 * (教育部) or an everyday word a PRC reader reads the same. Each one is here.
 */
const TAIWAN: readonly Term[] = [
  ...TRADITIONAL,
  { from: '公布', to: '公布', why: '中央法規標準法 第4條「公布」; 公佈 is a variant (教育部)' },
  { from: '占', to: '占', why: '民法「占有」; 佔 is a variant (教育部)' },
  { from: '台账', to: '臺帳', notAfter: '平', why: '帳 is the standard form (教育部; 商業會計法「帳簿」); not inside 平台账号' },
  { from: '账', to: '帳', why: '帳戶, 帳號, 轉帳 (教育部; 銀行法「帳戶」); 賬 is a variant' },
  { from: '电子邮箱', to: '電子信箱', why: 'an e-mail address: 電子信箱 in Taiwan, a word the mainland uses too; s2tw writes 電子郵箱' },
  // a word Taiwan writes otherwise is written so everywhere (issue 17, X-6): s2tw writes 回覆 or 回復 by context, and 發佈 beside 公布
  { from: '回复', to: '回覆', why: 'a reply is 回覆 in Taiwan (教育部); s2tw leaves 回復 (restore) in 回复消息' },
  { from: '发布', to: '發布', why: '發布 is the standard form (教育部; 中央法規標準法 「發布」), as 公布 is kept; 佈 is a variant' },
];

/** Hong Kong: after s2hk, whose forms (網絡, 軟件, 賬户, 台) are Hong Kong's own. */
const HONG_KONG: readonly Term[] = [...TRADITIONAL];

export const GLOSSARY: Record<Region, readonly Term[]> = { 'zh-Hant': TRADITIONAL, 'zh-Hant-TW': TAIWAN, 'zh-Hant-HK': HONG_KONG };

/**
 * PRC place names OpenCC's phrase table writes in a variant form that is not the place's name
 * (issue 17, X-3): a place decides an on-site deadline or a court, so it keeps its official name,
 * in the character-by-character Traditional form. Every Traditional locale; not every one is in
 * an example (test/glossary.test.ts checks each against OpenCC).
 */
export const PLACES: readonly Term[] = [
  { from: '昆山', to: '昆山', why: '昆山市 (江苏省苏州市): OpenCC writes 崑山, not the PRC name' },
  { from: '昆仑', to: '昆侖', why: '昆仑山, 昆仑路: OpenCC writes 崑崙; 侖 is the Traditional form of 仑' },
  { from: '钟山', to: '鍾山', why: '钟山 (南京), 钟山区 (六盘水), 钟山县 (贺州): 鍾山; OpenCC writes 鐘山 (a bell)' },
];

/** A title: a statute's or a document's name, converted character by character. */
const TITLE = /《[^《》\n]*》/g;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (t: Term) => `${t.notAfter ? `(?<![${escapeRe(t.notAfter)}])` : ''}${escapeRe(t.from)}${t.notBefore ? `(?![${escapeRe(t.notBefore)}])` : ''}`;
/** One regular expression per table: its terms, the longer first where one contains another (台账 before 账). */
function matcher(terms: readonly Term[]): { re: RegExp; to: Map<string, string> } {
  const sorted = [...terms].sort((a, b) => b.from.length - a.from.length);
  return { re: new RegExp(sorted.map(pattern).join('|'), 'g'), to: new Map(sorted.map((t) => [t.from, t.to])) };
}

/**
 * The conversion of a region: `words` (OpenCC with the region's phrases) over running text with
 * the region's terms put in, `characters` (OpenCC, characters only) over titles in 《》.
 */
export function regional(region: Region, words: Convert, characters: Convert): Convert {
  const { re, to } = matcher([...PLACES, ...GLOSSARY[region]]);
  const text = (s: string) => {
    let out = '';
    let last = 0;
    for (const m of s.matchAll(re)) {
      if (m.index > last) out += words(s.slice(last, m.index));
      out += to.get(m[0])!;
      last = m.index + m[0].length;
    }
    return last < s.length ? out + words(s.slice(last)) : out;
  };
  return (s: string) => {
    let out = '';
    let last = 0;
    for (const m of s.matchAll(TITLE)) {
      out += text(s.slice(last, m.index)) + characters(m[0]);
      last = m.index + m[0].length;
    }
    return out + text(s.slice(last));
  };
}
