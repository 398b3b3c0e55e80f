// Words for the redline. A contract's changes are amounts, dates, periods and clause numbers far
// more often than prose, so those are taken whole first (a changed fee shows as 12,000.00元 →
// 15,000.00元, a changed date as the date, not as digits); the rest is split into Chinese words
// by the runtime's own dictionary segmenter (ICU, as in every browser), Latin words and numbers
// whole, punctuation one mark at a time. Pure: strings in, strings out.

/** Pieces that change as one: dates, amounts with their currency and unit, periods, clause numbers, capitals. */
const ATOMS = new RegExp(
  [
    // 2026年1月1日, 2026-01-01
    String.raw`\d{4}年\d{1,2}月\d{1,2}日`,
    String.raw`\d{4}-\d{2}-\d{2}`,
    // 人民币12,000.00元, 美元1,010.50, 15%, 5个工作日, 24小时, 30日
    String.raw`(?:人民币|美元|港元|欧元|英镑|日元|新台币)?\d[\d,]*(?:\.\d+)?(?:万元|元|%|‰|个工作日|个自然日|个月|工作日|自然日|小时|分钟|日|天|年|月|周)?`,
    // 第五条, 第十二章, 第5.2条
    String.raw`第[一二三四五六七八九十百零〇\d.]+[章条款项]`,
    // 大写 amounts: 人民币壹万贰仟元整
    String.raw`(?:人民币|美元|港元|欧元)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]{2,}`,
    // 十个工作日, 三十日, 两年
    String.raw`[一二三四五六七八九十百千两]+个?(?:工作日|自然日|小时|个月|日|天|年|月|周)`,
  ].join('|'),
  'gu',
);

let segmenter: Intl.Segmenter | undefined;

/** The text as words: joined, they give the text back exactly. */
export function words(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  const rest = (s: string) => {
    if (!s) return;
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    for (const { segment } of segmenter.segment(s)) out.push(segment);
  };
  for (const m of text.matchAll(ATOMS)) {
    rest(text.slice(at, m.index));
    out.push(m[0]);
    at = m.index + m[0].length;
  }
  rest(text.slice(at));
  return out;
}
