// Line breaking for Chinese legal text, for a typesetter that draws every glyph at an explicit x.
// Pure and dependency-free: spans in, positioned glyphs per line out.
//
// Units that never break: one CJK character; a run of Latin letters, digits and ASCII marks
// (words, e-mail addresses, URLs, amounts, `____` blanks); a Chinese date such as 2026年12月1日 or
// ____年__月__日. Breaks are allowed between units (between two CJK characters, between CJK and
// Latin) and at spaces, except where 禁则 forbids them; an e-mail address or URL may also break
// after @, / or a dot, at a cost. A justified paragraph is broken where its lines are most even
// over the whole paragraph (total fit): a line's cost grows with the stretch per junction it
// needs, more gently with the punctuation it squeezes, and a last line of one character costs as
// a loose line does. Other alignments, and a paragraph with a unit wider than a line, are filled
// greedily: when the unit that does not fit may not start a line, full-width punctuation in the
// line is squeezed (as little as needed) to keep it, else the line's last unit is carried down
// with it. Every line but a paragraph's last (or one before `\n`) is justified over the gaps
// between units.

/** `link`: the clause id a cross-reference's number names; its glyphs carry it so the PDF can link them */
export interface Span {
  text: string;
  face: string;
  size: number;
  underline?: boolean;
  link?: string /** a redline's deleted or inserted text */;
  change?: 'del' | 'ins';
}
/** advance width in points of one character (a whole code point, as a string) in a face at a size */
export type Measure = (ch: string, face: string, size: number) => number;
/**
 * One glyph to draw at `x`. `width` is the advance it occupies on the line, after squeezing or
 * stretching: a squeezed `，` keeps its ink on the left and gives up its right side; a squeezed
 * opening bracket `（《「『【“‘` gives up its (blank) left side, so it is drawn `x` that much further
 * left and its slot on the line is [x + given up, x + given up + width). The stretch of a justified
 * gap at a space is added to that space's width.
 */
export interface Glyph {
  ch: string;
  face: string;
  size: number;
  x: number;
  width: number;
  underline?: boolean;
  link?: string;
  change?: 'del' | 'ins';
}
export interface Line {
  glyphs: Glyph[];
  /** x where the line's content ends after justification */
  end: number;
  /** true when the line was stretched (or squeezed) to the full width */
  justified: boolean;
  /** last line of the paragraph or before a forced break */
  last: boolean;
}
export interface BreakOptions {
  /** width of the text column in points */
  width: number;
  /** first-line indent in points (首行缩进二字 = 2 × size); only the very first line, not after `\n` */
  indent?: number;
  /** 'justify' (两端对齐, default) | 'left' | 'center' | 'right' */
  align?: 'justify' | 'left' | 'center' | 'right';
  /**
   * an opening bracket or quote that starts a line not indented gives up its blank left half, so
   * the line's ink starts at the margin (clreq 行首); not for a list's number set on its own
   */
  trimStart?: boolean;
  measure: Measure;
}

/** may not start a line */
const NO_START = new Set('，。、；：？！）》」』】〉〕”’…—～·%‰,.;:?!)]}％］｝〗〙〛｠｣〞〟―〜・‥'); // prettier-ignore
/** may not end a line (a relational sign stays with the number it qualifies: ≥ 90%) */
const NO_END = new Set('（《「『【〈〔“‘([{［｛〖〘〚｟｢〝≥≤≠＜＞'); // prettier-ignore
/** full-width punctuation that may give up half its em */
const SQUEEZABLE = new Set('，。、；：？！（）《》「」『』【】“”‘’');
/** of those, the ones whose ink is on the right: they give up their left side */
const OPENING = new Set('（《「『【“‘');
/** the ones whose ink is on the left, followed by another mark: they give up their right side (clreq 标点挤压) */
const CLOSING = new Set('，。、；：）》」』】”’');
/** never a gap between two of these in a row (……, ——) */
const PAIRED = new Set('…—―');

const SPACE = 0;
const WIDE = 1; // CJK: hanzi, kana, full-width punctuation and forms
const NARROW = 2; // everything else that is drawn: Latin letters, digits, ASCII marks
const MARK = 3; // combining marks, variation selectors, ZWJ: stay with the character before
const NEWLINE = 4;

const EPS = 1e-6;
/** a hanzi (CJK ideograph), as opposed to CJK punctuation */
const HAN = /\p{Script=Han}/u;
/** the space between hanzi and Latin letters or digits, in ems */
export const AUTOSPACE = 0.25;

function classOf(cp: number): number {
  if (cp === 0x20 || cp === 0x09) return SPACE;
  if (cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029) return NEWLINE;
  if (cp < 0x2e80) {
    if (cp < 0x0300) return cp === 0xb7 ? WIDE : NARROW;
    if (cp <= 0x036f || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x20d0 && cp <= 0x20ff) || cp === 0x200d) return MARK;
    if ((cp >= 0x2014 && cp <= 0x2015) || (cp >= 0x2018 && cp <= 0x201d) || cp === 0x2025 || cp === 0x2026 || cp === 0x2030 || cp === 0x203b) return WIDE;
    return NARROW;
  }
  if (cp <= 0x303f || (cp >= 0x3040 && cp <= 0x31ff) || (cp >= 0x3200 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff)) return WIDE;
  if (cp >= 0xf900 && cp <= 0xfaff) return WIDE;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return MARK;
  if ((cp >= 0xfe10 && cp <= 0xfe1f) || (cp >= 0xfe30 && cp <= 0xfe6f)) return WIDE;
  if (cp >= 0xfe20 && cp <= 0xfe2f) return MARK;
  if ((cp >= 0xff01 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6)) return WIDE;
  if (cp >= 0x20000 && cp <= 0x3ffff) return WIDE;
  if (cp >= 0xe0100 && cp <= 0xe01ef) return MARK;
  return NARROW;
}

/** per-character flags */
const ALNUM = 1; // ASCII letter or digit
const DIGIT = 2; // may stand in a Chinese date: 0-9, ０-９, _ (a blank)
const PERCENT = 4; // % ends a number: spaced from hanzi as the digits are (85% 的), never a unit of its own
const flagsOf = (cp: number): number =>
  cp >= 0x30 && cp <= 0x39
    ? ALNUM | DIGIT
    : (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
      ? ALNUM
      : cp === 0x5f || (cp >= 0xff10 && cp <= 0xff19)
        ? DIGIT
        : cp === 0x25
          ? PERCENT
          : 0;
/** a letter, digit or % next to a hanzi takes the quarter em of autospace (Word's autoSpaceDE/DN) */
const SPACED = ALNUM | PERCENT;

/** one unbreakable unit, chars [s, e) of the paragraph; the flags describe the junction before it */
interface Unit {
  s: number;
  e: number;
  /** natural width of the unit (with the autospace inside a date) */
  w: number;
  /** width of the spaces between the previous unit and this one */
  sw: number;
  /** a line may break before this unit */
  brk: boolean;
  /** the junction before this unit takes justification stretch */
  str: boolean;
  /** the junction is inside a unit cut up because it was too wide: stretched only if nothing else is */
  emg: boolean;
  /** an e-mail address or URL may break here (after @, / or a dot), at a cost, never stretched */
  soft?: boolean;
}

/**
 * An element of an array the breaker reads within its bounds (a character below `total`, a unit
 * below `units.length`): the one assertion of an index in range, where `noUncheckedIndexedAccess`
 * would otherwise want one at every read.
 */
const at = <T>(xs: ArrayLike<T>, i: number): T => xs[i] as T;

/** The paragraph's characters, flattened: each code point with its width, class, flags and span. */
interface Chars {
  spans: Span[];
  chs: string[];
  wid: Float64Array;
  cls: Uint8Array;
  flg: Uint8Array;
  spanOf: Int32Array;
  /** space added before a character inside its unit: the autospace inside a date (2026 年 12 月 1 日) */
  pad: Float64Array;
  /** what a mark gives up wherever it is set: half its em next to another mark (）。 ，“ 》） （《) */
  cmp: Float64Array;
  /** what an opening mark gives up at the start of a line */
  trim: Float64Array;
  /** a mark never squeezed to fit a line: a paragraph's opening mark and the marks of its lead-in term up to its colon, the same width in every item of a list */
  hold: Uint8Array;
  total: number;
}

/** How the lines are set, and the lines set so far. */
interface Setting {
  width: number;
  indent: number;
  align: NonNullable<BreakOptions['align']>;
  trimStart: boolean;
  lines: Line[];
}

export function breakLines(spans: Span[], options: BreakOptions): Line[] {
  const t = flatten(spans, options.measure);
  const set: Setting = {
    width: options.width,
    indent: options.indent ?? 0,
    align: options.align ?? 'justify',
    trimStart: options.trimStart === true,
    lines: [],
  };
  if (t.total === 0) return set.lines;
  let a = 0;
  for (let p = 0; p <= t.total; p++) {
    if (p === t.total || t.cls[p] === NEWLINE) {
      paragraph(t, set, a, p);
      a = p + 1;
    }
  }
  return set.lines;
}

function flatten(spans: Span[], measure: Measure): Chars {
  // flatten to code points, each with its width, class, flags and span
  let capacity = 0;
  for (const span of spans) capacity += span.text.length;
  const chs: string[] = [];
  const wid = new Float64Array(capacity);
  const cls = new Uint8Array(capacity);
  const flg = new Uint8Array(capacity);
  const spanOf = new Int32Array(capacity);
  let total = 0;
  const caches = new Map<string, Map<number, number>>(); // per face and size: code point -> width
  const strings = new Map<number, string>(); // one string per code point, shared by its glyphs
  for (let si = 0; si < spans.length; si++) {
    const span = at(spans, si);
    const text = span.text;
    const key = `${span.size}\u0000${span.face}`;
    let cache = caches.get(key);
    if (!cache) caches.set(key, (cache = new Map()));
    for (let u = 0; u < text.length; u++) {
      let cp = text.charCodeAt(u);
      if (cp >= 0xd800 && cp <= 0xdbff && u + 1 < text.length) {
        const lo = text.charCodeAt(u + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
          u++;
        }
      }
      const c = classOf(cp);
      if (c === NEWLINE && cp === 0x0a && total > 0 && chs[total - 1] === '\r') continue; // \r\n is one break
      let ch = strings.get(cp);
      if (ch === undefined) strings.set(cp, (ch = String.fromCodePoint(cp)));
      let w = 0;
      if (c !== NEWLINE) {
        const known = cache.get(cp);
        if (known === undefined) cache.set(cp, (w = measure(ch, span.face, span.size)));
        else w = known;
      }
      chs.push(ch);
      wid[total] = w;
      cls[total] = c;
      flg[total] = flagsOf(cp);
      spanOf[total] = si;
      total++;
    }
  }
  // an apostrophe or single quote between Latin letters belongs to the word (don’t)
  for (let p = 1; p < total - 1; p++) {
    if ((chs[p] === '’' || chs[p] === '‘') && at(flg, p - 1) & ALNUM && at(flg, p + 1) & ALNUM) cls[p] = NARROW;
  }

  // two full-width marks side by side keep the blank of one half em between their inks, not a whole em
  const cmp = new Float64Array(total);
  for (let p = 0; p + 1 < total; p++) {
    if (cls[p] !== WIDE || cls[p + 1] !== WIDE) continue;
    const a = at(chs, p);
    const b = at(chs, p + 1);
    if (!SQUEEZABLE.has(b) || !SQUEEZABLE.has(a)) continue;
    const half = (q: number) => Math.min(at(spans, at(spanOf, q)).size, at(wid, q)) / 2;
    if (CLOSING.has(a)) cmp[p] = half(p);
    else if (OPENING.has(a) && OPENING.has(b)) cmp[p + 1] = half(p + 1);
  }
  return { spans, chs, wid, cls, flg, spanOf, pad: new Float64Array(total), cmp, trim: new Float64Array(total), hold: new Uint8Array(total), total };
}

const sizeAt = (t: Chars, p: number): number => at(t.spans, at(t.spanOf, p)).size;
/** what a mark may still give up to fit a line */
const capAt = (t: Chars, p: number): number => Math.max(0, Math.min(sizeAt(t, p), at(t.wid, p)) / 2 - at(t.cmp, p) - at(t.trim, p));
const squeezable = (t: Chars, p: number): boolean => t.cls[p] === WIDE && SQUEEZABLE.has(at(t.chs, p)) && t.hold[p] === 0 && capAt(t, p) > EPS;
/** what an opening mark alone in the unit that would start a line not indented gives up there */
function trimOf(t: Chars, set: Setting, u: Unit, startX: number): number {
  if (!set.trimStart || startX !== 0 || u.e - u.s !== 1 || !OPENING.has(at(t.chs, u.s)) || t.cls[u.s] !== WIDE) return 0;
  return Math.max(0, Math.min(sizeAt(t, u.s), at(t.wid, u.s)) / 2 - at(t.cmp, u.s));
}
/** the line starts with unit u: an opening mark there gives up its blank half */
function trimStart(t: Chars, set: Setting, u: Unit, startX: number): number {
  const give = trimOf(t, set, u, startX);
  t.trim[u.s] = give;
  return give;
}

/** end of a Chinese date starting at p (2026年12月1日, 2026年12月, 12月1日, ____年__月__日), or p */
function dateEnd(t: Chars, p: number, a: number, b: number): number {
  const { chs, flg } = t;
  if (!(at(flg, p) & DIGIT) || (p > a && at(flg, p - 1) !== 0)) return p;
  const run = (q: number): number => {
    while (q < b && at(flg, q) & DIGIT) q++;
    return q;
  };
  let q = run(p);
  if (q < b && chs[q] === '年') {
    const r = run(q + 1);
    if (r === q + 1 || r >= b || chs[r] !== '月') return p;
    q = r + 1;
    const t = run(q);
    return t > q && t < b && chs[t] === '日' ? t + 1 : q;
  }
  if (q < b && chs[q] === '月') {
    const r = run(q + 1);
    return r > q + 1 && r < b && chs[r] === '日' ? r + 1 : p;
  }
  return p;
}

function junction(t: Chars, prev: Unit, u: Unit): void {
  const { chs, wid, cls, flg } = t;
  if (u.soft) {
    u.brk = true;
    u.str = true;
    return;
  }
  let sw = 0;
  for (let p = prev.e; p < u.s; p++) sw += at(wid, p);
  u.sw = sw;
  const a = at(chs, prev.e - 1);
  const b = at(chs, u.s);
  const kinsoku = NO_START.has(b) || NO_END.has(a);
  if (u.s > prev.e) {
    u.brk = !kinsoku;
    u.str = true;
  } else if (cls[prev.e - 1] !== WIDE && cls[u.s] !== WIDE) {
    // e.g. "No." then a date: Latin against Latin, no space
    u.brk = false;
    u.str = false;
  } else {
    const paired = PAIRED.has(a) && PAIRED.has(b);
    u.brk = !kinsoku && !paired;
    u.str = !paired;
    // a quarter em between a hanzi and a Latin letter or digit, as Word and LibreOffice set
    // Chinese text by default (自动调整中文与西文、数字的间距), so that both formats break alike
    if ((HAN.test(a) && at(flg, u.s) & SPACED) || (at(flg, prev.e - 1) & SPACED && HAN.test(b))) u.sw = AUTOSPACE * sizeAt(t, u.s);
  }
}

/** the units of paragraph chars [a, b) (no newlines inside) */
function unitsOf(t: Chars, a: number, b: number): Unit[] {
  const { chs, wid, cls, flg, pad, cmp } = t;
  const units: Unit[] = [];
  const push = (s: number, e: number): void => {
    let w = 0;
    for (let p = s; p < e; p++) w += at(wid, p) + at(pad, p) - at(cmp, p);
    units.push({ s, e, w, sw: 0, brk: false, str: false, emg: false });
  };
  let p = a;
  while (p < b) {
    const c = at(cls, p);
    if (c === SPACE) {
      p++;
      continue;
    }
    const last = units[units.length - 1];
    if (c === MARK && last && last.e === p) {
      last.e++;
      last.w += at(wid, p);
      p++;
      continue;
    }
    const d = dateEnd(t, p, a, b);
    if (d > p) {
      // a date is spaced inside as between any hanzi and digits, as Word sets it: 2026 年 12 月 1 日
      for (let q = p + 1; q < d; q++)
        if ((at(flg, q - 1) & SPACED && HAN.test(at(chs, q))) || (HAN.test(at(chs, q - 1)) && at(flg, q) & SPACED)) pad[q] = AUTOSPACE * sizeAt(t, q);
      push(p, d);
      p = d;
    } else if (c === WIDE) {
      push(p, p + 1);
      p++;
    } else {
      let q = p + 1;
      // (a date may start after a non-alphanumeric: No.2026年)
      while (q < b && (cls[q] === NARROW || cls[q] === MARK) && (flg[q - 1] !== 0 || dateEnd(t, q, a, b) === q)) q++;
      // an e-mail address or URL may break after @, / or a dot inside it, never at a hyphen
      const pieces = addressBreaks(t, p, q);
      let from = p;
      for (const cut of pieces) {
        push(from, cut);
        from = cut;
      }
      push(from, q);
      for (let m = units.length - pieces.length; m < units.length; m++) at(units, m).soft = true;
      p = q;
    }
  }
  for (let m = 1; m < units.length; m++) junction(t, at(units, m - 1), at(units, m));
  return units;
}

/** where an e-mail address or URL in chars [s, e) may break: after @, / or an inner dot (a dot may not start a line) */
function addressBreaks(t: Chars, s: number, e: number): number[] {
  const { chs, flg } = t;
  let address = false;
  for (let p = s; p < e && !address; p++) address = chs[p] === '@' || (chs[p] === '/' && chs[p + 1] === '/');
  if (!address) return [];
  const cuts: number[] = [];
  for (let p = s + 1; p < e - 1; p++) {
    const prev = at(chs, p - 1);
    if ((prev === '@' || prev === '/' || (prev === '.' && p >= s + 2 && at(flg, p - 2) & ALNUM)) && at(flg, p) & ALNUM) cuts.push(p);
  }
  return cuts;
}

function clusters(t: Chars, u: Unit): number {
  const { cls } = t;
  let n = 0;
  for (let p = u.s; p < u.e; p++) if (cls[p] !== MARK) n++;
  return n;
}

/** cut unit m into its characters (last resort for a unit too wide for any line) */
function split(t: Chars, units: Unit[], m: number): void {
  const { chs, wid, cls, pad } = t;
  const u = at(units, m);
  const pieces: Unit[] = [];
  for (let p = u.s; p < u.e; p++) {
    pad[p] = 0;
    const last = pieces[pieces.length - 1];
    if (cls[p] === MARK && last) {
      last.e++;
      last.w += at(wid, p);
      continue;
    }
    const piece: Unit = { s: p, e: p + 1, w: at(wid, p) - at(t.cmp, p), sw: 0, brk: true, str: false, emg: true };
    if (last) piece.brk = !NO_START.has(at(chs, p)) && !NO_END.has(at(chs, last.e - 1));
    pieces.push(piece);
  }
  const first = at(pieces, 0);
  first.sw = u.sw;
  first.brk = u.brk;
  first.str = u.str;
  first.emg = u.emg;
  units.splice(m, 1, ...pieces);
}

/** squeeze `need` points out of the squeezable glyphs among `ps`: evenly, each up to its cap */
function squeeze(t: Chars, ps: number[], need: number): Map<number, number> {
  const out = new Map<number, number>();
  const cand = ps.filter((p) => squeezable(t, p)).sort((x, y) => capAt(t, x) - capAt(t, y));
  let left = need;
  for (let k = 0; k < cand.length; k++) {
    const p = at(cand, k);
    const give = Math.min(capAt(t, p), left / (cand.length - k));
    out.set(p, give);
    left -= give;
  }
  return out;
}

function emit(
  t: Chars,
  set: Setting,
  units: Unit[],
  i: number,
  j: number,
  lead: number[],
  trail: number[],
  need: number,
  last: boolean,
  startX: number,
  W: number,
): void {
  const { spans, chs, wid, spanOf } = t;
  const { align, lines } = set;
  const { content, gaps, cuts, given } = natural(t, units, i, j, lead, trail, need);

  let justified = false;
  let offset = 0;
  let g = 0;
  let stretchCuts = false;
  if (align === 'justify') {
    if (!last) {
      const remaining = W - content;
      stretchCuts = gaps === 0;
      const spread = stretchCuts ? cuts : gaps;
      if (remaining > EPS && spread > 0) {
        g = remaining / spread;
        justified = true;
      } else justified = Math.abs(remaining) <= 0.01;
    }
  } else if (align === 'center') offset = Math.max(0, (W - content) / 2);
  else if (align === 'right') offset = Math.max(0, W - content);

  const glyphs: Glyph[] = [];
  let x = startX + offset;
  const put = (p: number, advance: number): void => {
    const span = at(spans, at(spanOf, p));
    const ch = at(chs, p);
    x += at(t.pad, p);
    let left = 0;
    let w = advance;
    const c = (given?.get(p) ?? 0) + at(t.cmp, p) + at(t.trim, p);
    if (c > 0) {
      w -= c;
      if (OPENING.has(ch)) left = c;
    }
    const glyph: Glyph = span.underline
      ? { ch, face: span.face, size: span.size, x: x - left, width: w, underline: true }
      : { ch, face: span.face, size: span.size, x: x - left, width: w };
    if (span.link !== undefined) glyph.link = span.link;
    if (span.change !== undefined) glyph.change = span.change;
    glyphs.push(glyph);
    x += w;
  };
  for (const p of lead) put(p, at(wid, p));
  for (let m = i; m < j; m++) {
    const u = at(units, m);
    if (m > i) {
      const stretch = g > 0 && (stretchCuts ? u.emg && !u.str : u.str) ? g : 0;
      const prevEnd = at(units, m - 1).e;
      if (u.s > prevEnd) {
        // spaces: the last one takes the stretch
        for (let p = prevEnd; p < u.s; p++) put(p, p === u.s - 1 ? at(wid, p) + stretch : at(wid, p));
      } else x += stretch + u.sw;
    }
    for (let p = u.s; p < u.e; p++) put(p, at(wid, p));
  }
  for (const p of trail) put(p, at(wid, p));
  lines.push({ glyphs, end: x, justified, last });
}

/**
 * A line's natural width once `need` points are squeezed out of it, the spaces (gaps) and the
 * junctions between CJK characters (cuts) that can take justification stretch, and what each
 * squeezed glyph gives.
 */
function natural(t: Chars, units: Unit[], i: number, j: number, lead: number[], trail: number[], need: number) {
  const { wid } = t;
  // natural width, squeezing, and the junctions that take justification stretch
  let content = i < j ? -at(t.trim, at(units, i).s) : 0;
  for (const p of lead) content += at(wid, p);
  for (const p of trail) content += at(wid, p);
  let gaps = 0;
  let cuts = 0;
  for (let m = i; m < j; m++) {
    const u = at(units, m);
    content += u.w;
    if (m > i) {
      content += u.sw;
      if (u.str) gaps++;
      else if (u.emg) cuts++;
    }
  }
  let given: Map<number, number> | undefined;
  if (need > EPS) {
    const ps: number[] = [];
    for (let m = i; m < j; m++) for (let p = at(units, m).s; p < at(units, m).e; p++) if (squeezable(t, p)) ps.push(p);
    given = squeeze(t, ps, need);
    for (const g of given.values()) content -= g;
  }

  return { content, gaps, cuts, given };
}

/** the spaces among chars [s, e) that fit, in order, in `room` */
function fitting(t: Chars, s: number, e: number, room: number): number[] {
  const { wid } = t;
  const out: number[] = [];
  let used = 0;
  for (let p = s; p < e; p++) {
    if (used + at(wid, p) > room + EPS) break;
    used += at(wid, p);
    out.push(p);
  }
  return out;
}

/** the lines of paragraph chars [a, b): no newline inside */
function paragraph(t: Chars, set: Setting, a: number, b: number): void {
  const { chs, wid } = t;
  const { width, indent, lines } = set;
  const units = unitsOf(t, a, b);
  if (units.length === 0) {
    const startX = lines.length === 0 ? indent : 0;
    emit(t, set, units, 0, 0, fitting(t, a, b, width - startX), [], 0, true, startX, width - startX);
    return;
  }
  holdLeadIn(t, a, b);
  if (set.align === 'justify' && optimal(t, set, units, a, b)) return;
  let i = 0;
  for (;;) {
    let n = units.length;
    if (i >= n) return;
    const startX = lines.length === 0 ? indent : 0;
    const W = width - startX;
    const first = at(units, i);
    if (first.w > W + EPS && clusters(t, first) > 1) {
      split(t, units, i); // wider than a whole line: broken between characters
      continue;
    }
    const lead = i === 0 ? fitting(t, a, first.s, W - first.w) : [];
    let cur = first.w - (lead.length === 0 ? trimStart(t, set, first, startX) : 0);
    for (const p of lead) cur += at(wid, p);
    let j = i + 1;
    let need = 0;
    let retry = false;
    while (j < n) {
      const u = at(units, j);
      const add = u.sw + u.w;
      if (cur + add <= W + EPS) {
        cur += add;
        j++;
        continue;
      }
      if (u.w > width + EPS && clusters(t, u) > 1) {
        split(t, units, j); // too wide for any line: start it here, broken between characters
        n = units.length;
        continue;
      }
      if (u.brk) break;
      // u may not start a line, or the unit before it may not end one: units j..k-1 go together
      let k = j + 1;
      while (k < n && !at(units, k).brk) k++;
      if (NO_START.has(at(chs, u.s))) {
        // keep them on this line by squeezing its full-width punctuation, if that is enough
        let natural = cur;
        for (let m = j; m < k; m++) natural += at(units, m).sw + at(units, m).w;
        let cap = 0;
        for (let m = i; m < k; m++) for (let p = at(units, m).s; p < at(units, m).e; p++) if (squeezable(t, p)) cap += capAt(t, p);
        if (natural - cap <= W + EPS) {
          need = natural - W;
          cur = W;
          j = k;
          break;
        }
      }
      // else carry the line's last unit down with them
      let c = j - 1;
      while (c > i && !at(units, c).brk) c--;
      if (c > i) {
        j = c;
        break;
      }
      // the whole line is one glued group: cut its multi-character units into characters
      for (let m = k - 1; m >= i; m--) {
        if (clusters(t, at(units, m)) > 1) {
          split(t, units, m);
          retry = true;
        }
      }
      break; // nothing left to cut: break before u after all
    }
    if (retry) continue;
    const trail = j >= n ? fitting(t, at(units, n - 1).e, b, W - cur) : [];
    emit(t, set, units, i, j, lead, trail, need, j >= n, startX, W);
    i = j;
  }
}

/**
 * The marks that keep their width in every item of a list (D10): a paragraph's opening mark
 * (a) “服务”…) and those of a lead-in term up to its colon ((1) 《每周需求汇总表》：…, 处理方式：).
 */
function holdLeadIn(t: Chars, a: number, b: number): void {
  const { chs, hold } = t;
  let p = a;
  while (p < b && chs[p] === ' ') p++;
  if (p < b && OPENING.has(at(chs, p))) hold[p] = 1;
  const end = Math.min(b, p + 20);
  for (let q = p; q < end; q++) {
    if (chs[q] !== '：') continue;
    for (let r = p; r <= q; r++) if (SQUEEZABLE.has(at(chs, r))) hold[r] = 1;
    break;
  }
}

/** stretch per junction (ems) a justified line takes without looking loose; more is costly */
const LOOSE = 0.15;
/** the cost of breaking an e-mail address or URL inside it, of a last line of one character (孤字) */
const ADDRESS_BREAK = 2000;
const RUNT = 5000;

/**
 * Breaks a justified paragraph where the lines are most even over the whole paragraph (total
 * fit, as Knuth and Plass): each line's cost grows with the stretch per junction it needs, or
 * more gently with the punctuation it must squeeze; a last line of a single character costs as
 * much as a loose line, so the paragraph is re-broken to carry one more character down. False
 * when some unit does not fit a line or the paragraph has leading spaces: the greedy setter
 * decides those.
 */
function optimal(t: Chars, set: Setting, units: Unit[], a: number, b: number): boolean {
  const { width, indent, lines } = set;
  const n = units.length;
  const firstX = lines.length === 0 ? indent : 0;
  if (at(units, 0).s > a) return false;
  for (const u of units) if (u.w > width - firstX + EPS) return false;
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(n + 1).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === Number.POSITIVE_INFINITY) continue;
    const startX = i === 0 ? firstX : 0;
    const W = width - startX;
    const first = at(units, i);
    const trim = trimOf(t, set, first, startX);
    let nat = first.w - trim;
    let cap = 0;
    let gaps = 0;
    let cuts = 0;
    let words = 0;
    for (let j = i + 1; j <= n; j++) {
      const u = at(units, j - 1);
      if (j - 1 > i) {
        nat += u.sw + u.w;
        if (u.str) gaps++;
        else if (u.emg) cuts++;
      }
      for (let p = u.s; p < u.e; p++) if ((p !== first.s || trim === 0) && squeezable(t, p)) cap += capAt(t, p);
      words += substance(t, u);
      if (nat - cap > W + EPS) break;
      if (j < n && !at(units, j).brk) continue;
      const last = j === n;
      let bad = 0;
      if (nat > W + EPS) bad = 60 * ((nat - W) / cap) ** 2;
      else if (!last) {
        const spread = gaps > 0 ? gaps : cuts;
        const r = spread > 0 ? (W - nat) / spread / at(t.spans, at(t.spanOf, first.s)).size : W - nat > EPS ? 10 : 0;
        bad = Math.min(1e8, 100 * (r / LOOSE) ** 3);
      }
      let demerits = (10 + bad) ** 2;
      if (last && i > 0 && words <= 1) demerits += RUNT;
      if (j < n && at(units, j).soft) demerits += ADDRESS_BREAK;
      const total = at(cost, i) + demerits;
      if (total < at(cost, j)) {
        cost[j] = total;
        from[j] = i;
      }
    }
  }
  if (cost[n] === Number.POSITIVE_INFINITY) return false;
  const breaks: number[] = [];
  for (let j = n; j > 0; j = at(from, j)) breaks.unshift(j);
  let i = 0;
  for (const j of breaks) {
    const startX = lines.length === 0 ? indent : 0;
    const W = width - startX;
    trimStart(t, set, at(units, i), startX);
    let nat = -at(t.trim, at(units, i).s);
    for (let m = i; m < j; m++) nat += (m > i ? at(units, m).sw : 0) + at(units, m).w;
    const need = Math.max(0, nat - W);
    const last = j === n;
    const trail = last ? fitting(t, at(units, n - 1).e, b, W - nat + need) : [];
    emit(t, set, units, i, j, [], trail, need, last, startX, W);
    i = j;
  }
  return true;
}

/** how much a unit says on a last line: a hanzi 1, a word or number 2, a mark nothing */
function substance(t: Chars, u: Unit): number {
  let n = 0;
  for (let p = u.s; p < u.e; p++) {
    if (t.cls[p] === NARROW) return 2;
    if (t.cls[p] === WIDE && !SQUEEZABLE.has(at(t.chs, p)) && !NO_START.has(at(t.chs, p))) n++;
  }
  return n;
}
