// How a contract names itself: the word of its title (协议, 合同 or 准则), so that a document titled
// 客户服务协议 says 本协议 throughout and one titled 客服工作合同 says 本合同.

/** The last of 协议/合同/准则 in the title, bracketed parts left out: 客服工作合同（协议） → 合同. */
export function documentName(title: string): string {
  const bare = title.replace(/（[^）]*）|\([^)]*\)/g, '');
  const found = [...bare.matchAll(/协议|合同|准则/g)].pop();
  return found ? found[0] : '合同';
}
