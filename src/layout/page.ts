// Page and type settings both print writers share (the layout stage decides with them too), so DOCX and PDF look alike: A4, contract
// margins, 小四 body, 小二 title, headings in bold, one and a half line spacing.

export const PAGE = {
  /** A4 in points */
  width: 595.28,
  height: 841.89,
  /** margins in points: 2.54 cm top and bottom, 3.17 cm left and right (the usual Chinese A4) */
  margin: { top: 72, bottom: 72, left: 89.85, right: 89.85 },
  /** where the footer's baseline sits, measured up from the page's bottom edge */
  footerFromBottom: 36,
} as const;

export const TYPE = {
  /** 小二 */
  title: 18,
  /** 四号 */
  heading1: 14,
  /** 小四 */
  heading2: 12,
  heading3: 12,
  body: 12,
  /** 五号: parties particulars, tables */
  small: 10.5,
  /** 小五 */
  footer: 9,
  /** line height as a multiple of the font size */
  lineHeight: 1.5,
} as const;

