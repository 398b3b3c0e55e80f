// Regional legal wording for the Traditional locales: the few terms where OpenCC's conversion
// (characters; for Taiwan also its phrase table, s2twp) leaves a mainland term a contract in that
// region would not use, or picks a computing word (程式碼, 專案, 檔案) where the contract means an
// ordinary one. Each entry is keyed on the Simplified text as the templates write it, and replaces
// that text before OpenCC sees it: so an entry never depends on how OpenCC segments a sentence,
// and undoing a phrase (宣告 for 声明) leaves the same Traditional word alone where the template
// itself writes it (宣告破产). Titles in 《》 are names (statutes, documents): they get Traditional
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
  // OpenCC segments 没有采取 as 沒有采 + 取 and leaves the old form
  { from: '采取', to: '採取', why: '採取 is the standard form (教育部); opencc leaves 采 after 没有' },
];

/** Taiwan: after s2twp, which already gives 網路, 軟體, 伺服器, 線上, 支援, 智慧財產權. */
const TAIWAN: readonly Term[] = [
  ...TRADITIONAL,
  { from: '质量', to: '品質', why: 'in Taiwan 質量 is mass; quality is 品質 (消費者保護法: 商品或服務之品質)' },
  { from: '公布', to: '公布', why: '中央法規標準法 第4條「公布」; 公佈 is a variant (教育部)' },
  { from: '占', to: '占', why: '民法「占有」; 佔 is a variant (教育部)' },
  { from: '台账', to: '臺帳', notAfter: '平', why: '帳 is the standard form (教育部; 商業會計法「帳簿」); not inside 平台账号' },
  { from: '账', to: '帳', why: '帳戶, 帳號, 轉帳 (教育部; 銀行法「帳戶」); 賬 is a variant' },
  // s2twp's computing phrases, wrong in a contract
  { from: '代码', to: '代碼', why: '統一社會信用代碼 is an identifier; s2twp writes 程式碼 (source code)' },
  {
    from: '项目',
    to: '項目',
    notBefore: '经管',
    why: 'items (服務項目, 費用項目); s2twp writes 專案 (project) for every 项目, right only for 專案經理 and 專案管理',
  },
  { from: '文件', to: '文件', why: 'documents (證明文件, 法律文書); s2twp writes 檔案 (computer file)' },
  { from: '程序', to: '程序', why: 'procedure (破產程序, 爭議解決程序, 民事訴訟法); s2twp writes 程式 (computer program)' },
  { from: '声明', to: '聲明', why: '聲明並保證; s2twp writes 宣告 (宣告破產 stays where the template writes 宣告)' },
  { from: '注销', to: '註銷', why: 'revoking (註銷權限); s2twp writes 登出 (log out)' },
  { from: '权限', to: '權限', why: 's2twp writes 許可權 (file permissions)' },
  { from: '类型', to: '類型', why: 's2twp writes 型別 (a data type)' },
  { from: '设备', to: '設備', why: 'equipment (設備清單); s2twp writes 裝置 (a device)' },
  { from: '运行', to: '運行', why: 'a platform running (正常運行); s2twp writes 執行 (running a program)' },
  // everyday words Taiwan says otherwise, which s2twp leaves (TW-N2: everyday vocabulary follows the region)
  { from: '反馈', to: '回饋', why: 'feedback: 回饋 in Taiwan; s2twp writes 反饋' },
  { from: '上岗', to: '到職', why: 'taking up the post: 到職 in Taiwan; s2twp writes 上崗' },
  { from: '电子邮箱', to: '電子信箱', why: 'an e-mail address: 電子信箱 in Taiwan; s2twp writes 電子郵箱' },
];

/** Hong Kong: after s2hk, whose forms (網絡, 軟件, 賬户, 台) are Hong Kong's own. */
const HONG_KONG: readonly Term[] = [...TRADITIONAL];

export const GLOSSARY: Record<Region, readonly Term[]> = { 'zh-Hant': TRADITIONAL, 'zh-Hant-TW': TAIWAN, 'zh-Hant-HK': HONG_KONG };

/** A title: a statute's or a document's name, converted character by character. */
const TITLE = /《[^《》\n]*》/g;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (t: Term) => `${t.notAfter ? `(?<![${escape(t.notAfter)}])` : ''}${escape(t.from)}${t.notBefore ? `(?![${escape(t.notBefore)}])` : ''}`;
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
  const { re, to } = matcher(GLOSSARY[region]);
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
