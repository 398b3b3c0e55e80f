// Character widths for decisions made before any font is opened (table columns, the hanging
// indents of numbers in the DOCX): full-width characters (hanzi, Chinese punctuation) take an em,
// the rest half an em, as in Song and Hei faces, or their advance in the bundled Song face. One
// place for every format, so the DOCX and the PDF balance columns and hang numbers alike.

const FULL_WIDTH = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Width of a string in ems. */
export function ems(s: string): number {
  let n = 0;
  for (const ch of s) n += FULL_WIDTH.test(ch) ? 1 : 0.5;
  return n;
}

/** Whether a character is full width (an em wide). */
export const isFullWidth = (ch: string): boolean => FULL_WIDTH.test(ch);

/**
 * Advance widths (ems) of the half-width characters of clause and list numbers in the PDF's Song
 * face, Noto Serif SC, which is also what LibreOffice shows for 宋体 where SimSun is absent. A
 * number's hanging indent is its width in that face, so wrapped lines start where the PDF starts
 * them; in SimSun (half-width = half an em) a number is never wider, so the tab after it still
 * reaches the indent.
 */
const SONG_ADVANCE: Record<string, number> = {
  '0': 0.557,
  '1': 0.471,
  '2': 0.558,
  '3': 0.557,
  '4': 0.555,
  '5': 0.558,
  '6': 0.558,
  '7': 0.549,
  '8': 0.558,
  '9': 0.562,
  '.': 0.327,
  ' ': 0.256,
  '(': 0.364,
  ')': 0.364,
  a: 0.557,
  b: 0.638,
  c: 0.538,
  d: 0.629,
  e: 0.547,
  f: 0.388,
  g: 0.566,
  h: 0.663,
  i: 0.332,
  j: 0.311,
  k: 0.607,
  l: 0.334,
  m: 0.974,
  n: 0.661,
  o: 0.596,
  p: 0.638,
  q: 0.607,
  r: 0.462,
  s: 0.473,
  t: 0.367,
  u: 0.653,
  v: 0.548,
  w: 0.838,
  x: 0.564,
  y: 0.552,
  z: 0.498,
};
/** A number's width in points in a face whose half-width characters are half an em (SimSun), with half a point to spare. */
export const songHalfWidth = (s: string, size: number): number => ems(s) * size + 0.5;
/** A number's width in points in the Song face: full-width characters an em, the rest from the table (half an em if absent). */
export function songWidth(s: string, size: number): number {
  let n = 0;
  for (const ch of s) n += isFullWidth(ch) ? 1 : (SONG_ADVANCE[ch] ?? 0.5);
  return n * size;
}
