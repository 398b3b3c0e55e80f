// The words of the page furniture, in one table: the contract number's label, the signing place's,
// the page footer, a draft's mark and title, the signature page's note, a redline's mark. Written
// in Simplified Chinese; the pipeline passes each through the locale converter, so every locale
// and every format prints the same words. Change a word here and all four formats change.
export const FURNITURE_WORDS = {
  /** 合同编号：… over the title, in the running header and in the signature page's note */
  contractNumber: '合同编号',
  /** 签订地点：… under the number, when no template prints the place */
  signingPlace: '签订地点',
  /** every page's foot: {n} the page, {m} the count */
  footer: '第 {n} 页 共 {m} 页',
  /** what a draft says of itself on every page */
  draftMark: '征求意见稿（未经签署，仅供审阅）',
  /** after a draft's title, on page 1 and in the running header */
  draftTitle: '（征求意见稿）',
  /** the signature page's note: before 《title》（合同编号：…） and after it */
  signatureNoteBefore: '（本页无正文，为',
  signatureNoteAfter: '之签署页）',
  /** what a redline says of itself on every page, before the two versions' names */
  redlineMark: '修订对照稿（仅供审阅）',
  /** the Markdown redline's heading, after the contract's 《title》 */
  redlineHeading: '修订对照',
};
