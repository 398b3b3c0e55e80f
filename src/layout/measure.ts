// Character widths for decisions made before any font is opened (table columns): full-width
// characters (hanzi, Chinese punctuation) take an em, the rest half an em, as in Song and Hei faces.
// One table for every format, so the DOCX and the PDF balance a table's columns alike.

const FULL_WIDTH = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Width of a string in ems. */
export function ems(s: string): number {
  let n = 0;
  for (const ch of s) n += FULL_WIDTH.test(ch) ? 1 : 0.5;
  return n;
}

/** Whether a character is full width (an em wide). */
export const isFullWidth = (ch: string): boolean => FULL_WIDTH.test(ch);
