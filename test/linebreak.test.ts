// The line breaker for the PDF typesetter: units that never split, 禁则, squeezing punctuation to keep
// a mark on its line, carrying down, 两端对齐 to the exact width, forced breaks, indent, alignment.
import { describe, expect, it } from 'vitest';
import { type BreakOptions, breakLines, type Line, type Span } from '../src/layout/linebreak.js';

// CJK and full-width characters (and the Chinese dashes, ellipsis, quotes) 1 em, others 0.5 em
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe6f\uff01-\uff60\u00b7\u2014\u2015\u2018-\u201d\u2026\u2030]|[\u{20000}-\u{3ffff}]/u;
const measure = (ch: string, _face: string, size: number): number => (WIDE.test(ch) ? size : size / 2);
const SIZE = 10.5;
const span = (text: string, extra: Partial<Span> = {}): Span => ({ text, face: 'SongTi', size: SIZE, ...extra });
const lay = (text: string, width: number, opts: Partial<BreakOptions> = {}): Line[] => breakLines([span(text)], { width, measure, ...opts });
const textOf = (l: Line): string => l.glyphs.map((g) => g.ch).join('');
const right = (l: Line): number => {
  const g = l.glyphs[l.glyphs.length - 1]!;
  return g.x + g.width;
};

const NO_START = new Set('，。、；：？！）》」』】〉〕”’…—～·%‰,.;:?!)]}');
const NO_END = new Set('（《「『【〈〔“‘([{');

/** the input comes back in order: inside a line nothing is skipped; between lines only spaces and one newline */
function expectPreserved(input: string, lines: Line[]): void {
  const chars = [...input];
  const bad: string[] = [];
  let p = 0;
  lines.forEach((line, n) => {
    if (n > 0) {
      let newlines = 0;
      while (p < chars.length && (chars[p] === ' ' || (chars[p] === '\n' && newlines === 0))) {
        if (chars[p] === '\n') newlines++;
        p++;
      }
      // a line before a forced break, and only that, is marked last
      if ((newlines === 1) !== lines[n - 1]!.last) bad.push(`line ${n - 1}: last is ${lines[n - 1]!.last}`);
    }
    for (const g of line.glyphs) {
      if (g.ch !== chars[p]) bad.push(`line ${n}: ${g.ch} for input ${p} ${chars[p]}`);
      p++;
    }
  });
  while (p < chars.length && chars[p] === ' ') p++;
  expect(bad.slice(0, 5)).toEqual([]);
  expect(p).toBe(chars.length);
}

function expectWellFormed(lines: Line[], width: number, opts: { indent?: number } = {}): void {
  const bad: string[] = [];
  lines.forEach((line, n) => {
    const start = n === 0 ? (opts.indent ?? 0) : 0;
    let prev = -Infinity;
    for (const g of line.glyphs) {
      if (g.x + g.width > width + 0.01) bad.push(`overhang on line ${n}: ${textOf(line)}`);
      if (g.x < prev - 1e-9) bad.push(`out of order on line ${n}: ${textOf(line)}`);
      if (g.x < start - g.size / 2 - 1e-9) bad.push(`before the line start on line ${n}`); // a squeezed （ may start half an em early
      prev = g.x;
    }
    if (line.justified && Math.abs(right(line) - width) > 0.01) bad.push(`justified line ${n} ends at ${right(line)}: ${textOf(line)}`);
    if (line.glyphs.length > 0 && Math.abs(line.end - right(line)) > 1e-9) bad.push(`line ${n} end ${line.end}`);
  });
  expect(bad).toEqual([]);
}

// a long paragraph of contract text: clauses, amounts, dates, addresses, quotes, brackets, Latin words
function contractText(seed: number, n: number): { text: string; atoms: string[] } {
  let s = seed >>> 0;
  const rnd = (k: number): number => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  const hanzi = '甲乙双方应当按照本协议约定履行各自义务并承担相应的法律责任未经书面同意任何一方不得转让其权利服务费用支付期限违约金解除条件';
  const atoms = [
    'service-desk@acme-tech.cn',
    'legal_team@example.com.cn',
    '12,000.00',
    '1,234,567.89',
    '0.05%',
    '2026-12-01',
    'https://a.b/c',
    '2026年12月1日',
    '2026年12月',
    '____年__月__日',
    '________',
    'SLA-2026-001',
    '+86-10-8888-6666',
  ];
  const pieces = [
    () => hanzi.slice(rnd(40), rnd(40) + 45 - rnd(6)),
    () => '，',
    () => '。',
    () => '、',
    () => '；',
    () => '：',
    () => '？',
    () => '！',
    () => '（' + hanzi.slice(rnd(30), 35) + '）',
    () => '《' + hanzi.slice(rnd(20), 26) + '》',
    () => '“' + hanzi.slice(rnd(30), 36) + '”',
    () => '「' + hanzi.slice(rnd(30), 33) + '」',
    () => '【' + hanzi.slice(rnd(30), 33) + '】',
    () => '……',
    () => '——',
    () => '人民币' + atoms[2 + rnd(2)] + '元',
    () => '年利率' + atoms[4] + '，',
    () => '于' + atoms[[5, 7, 8, 9][rnd(4)]!] + '前',
    () => '自' + atoms[7] + '起至' + atoms[8] + '止',
    () => '日期：' + atoms[9],
    () => '发送至' + atoms[rnd(2)] + '。',
    () => '详见' + atoms[6] + '（' + atoms[11] + '）',
    () => ' the Service Level Agreement (SLA), as amended, ',
    () => '签字：' + atoms[10] + '；电话' + atoms[12],
    () => '5‰',
    () => '(see Annex 2)',
  ];
  let text = '';
  while (text.length < n) text += pieces[rnd(pieces.length)]!(); // all BMP: length counts characters
  return { text, atoms };
}

describe('breakLines', () => {
  const { text: long, atoms } = contractText(7, 6000);

  // several widths, none a whole number of characters apart from a few
  const widths = [20, 21, 22.5, 23.7, 25.25, 27.3, 28, 30, 31.9, 33.3, 36.6, 40, 44.4, 47.1];
  it.each(widths)('a long paragraph at %s em: justified exactly, 禁则 kept, units whole, text preserved', (em) => {
    const width = em * SIZE;
    const lines = lay(long, width);
    expect(lines.length).toBeGreaterThan(10);
    expectPreserved(long, lines);
    expectWellFormed(lines, width);
    const bad: string[] = [];
    lines.forEach((line, n) => {
      const t = textOf(line);
      // a line is left unstretched only when it is one Latin unit (nothing to stretch between)
      if (!line.last && !line.justified && !/^[^\s\u2e80-\uffff]+$/.test(t)) bad.push(`line ${n} not justified: ${t}`);
      if (n > 0 && NO_START.has(t[0]!)) bad.push(`line ${n} starts with ${t[0]}: ${t}`);
      if (!line.last && NO_END.has(t[t.length - 1]!)) bad.push(`line ${n} ends with ${t[t.length - 1]}: ${t}`);
      if (n > 0 && t[0] === ' ') bad.push(`line ${n} starts with a space`);
      if (!line.last && t[t.length - 1] === ' ') bad.push(`line ${n} ends with a space`);
    });
    expect(bad).toEqual([]);
    expect(lines.filter((l) => l.last)).toHaveLength(1);
    // every e-mail address, amount, date, blank and URL is on one line
    const owner: number[] = [];
    lines.forEach((l, n) => l.glyphs.forEach(() => owner.push(n)));
    const str = lines.map(textOf).join(''); // all BMP: string index = glyph index
    const split: string[] = [];
    let checked = 0;
    for (const atom of atoms) {
      for (let at = str.indexOf(atom); at >= 0; at = str.indexOf(atom, at + 1)) {
        // an e-mail address or URL may break after @, / or a dot (D4); nothing else ever breaks
        const address = /@|:\/\//.test(atom);
        for (let k = 1; k < atom.length; k++)
          if (owner[at + k] !== owner[at + k - 1] && !(address && /[@/.]/.test(atom[k - 1]!))) split.push(`${atom} split at line ${owner[at]}`);
        checked++;
      }
    }
    expect(split).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('squeezes the line’s punctuation to keep a closing mark that would start the next line', () => {
    // 一二三四，五六七八。 is 10 em; at 9.5 em the 。 fits only when ，and 。 give up a quarter em each
    const lines = lay('一二三四，五六七八。九十', 9.5 * SIZE);
    expect(lines.map(textOf)).toEqual(['一二三四，五六七八。', '九十']);
    const [a] = lines;
    const comma = a!.glyphs[4]!;
    const stop = a!.glyphs[9]!;
    expect(comma.width).toBeCloseTo(0.75 * SIZE, 9);
    expect(stop.width).toBeCloseTo(0.75 * SIZE, 9);
    expect(a!.glyphs.filter((g) => g.width < SIZE)).toHaveLength(2); // nothing else narrower
    expect(right(a!)).toBeCloseTo(9.5 * SIZE, 9);
    expect(a!.justified).toBe(true);
    // as little as needed: at 9.9 em each gives up only 0.05 em
    const b = lay('一二三四，五六七八。九十', 9.9 * SIZE)[0]!;
    expect(textOf(b)).toBe('一二三四，五六七八。');
    expect(b.glyphs[4]!.width).toBeCloseTo(0.95 * SIZE, 9);
  });

  it('a squeezed opening bracket gives up its blank left side: drawn further left, ink in place', () => {
    const lines = lay('一二（三）四五六七。八九十', 9.5 * SIZE);
    expect(textOf(lines[0]!)).toBe('一二（三）四五六七。');
    const g = lines[0]!.glyphs;
    const give = (0.5 * SIZE) / 3; // 10 em into 9.5: three marks give a sixth of an em each
    expect(g[2]!.width).toBeCloseTo(SIZE - give, 9);
    expect(g[2]!.x).toBeCloseTo(2 * SIZE - give, 9); // slot starts at 2 em; drawn 1/6 em left of it
    expect(g[3]!.x).toBeCloseTo(3 * SIZE - give, 9); // so 三 follows the bracket's ink as before
    expect(g[4]!.width).toBeCloseTo(SIZE - give, 9);
  });

  it('carries the last character down when squeezing is not enough', () => {
    // 一…九 is 9 em; 。 needs another em but only half of it can be squeezed out
    const lines = lay('一二三四五六七八九。十', 9.2 * SIZE);
    expect(lines.map(textOf)).toEqual(['一二三四五六七八', '九。十']);
    expect(lines[0]!.justified).toBe(true);
    expect(right(lines[0]!)).toBeCloseTo(9.2 * SIZE, 9);
    expect(lines[0]!.glyphs.every((g) => g.width === SIZE)).toBe(true);
    // an opening bracket never ends a line: it goes down with what it opens
    expect(lay('一二三四五六七八（九）', 9.2 * SIZE).map(textOf)).toEqual(['一二三四五六七八', '（九）']);
    // …… and —— stay together and do not start a line
    const dots = lay('一二三四五六七八……九', 9.2 * SIZE).map(textOf);
    expect(dots).toEqual(['一二三四五六七', '八……九']);
  });

  it('a forced break ends a line without stretching it; blank lines are kept', () => {
    const text = '第一条 一二三四五六七八九十一二三四五六七八九十\n第二条\n\n第三条';
    const lines = lay(text, 12 * SIZE);
    expect(lines.map(textOf)).toEqual(['第一条 一二三四五六七八', '九十一二三四五六七八九十', '第二条', '', '第三条']);
    expect(lines.map((l) => l.last)).toEqual([false, true, true, true, true]);
    expect(lines.map((l) => l.justified)).toEqual([true, false, false, false, false]);
    expect(lines[2]!.glyphs[0]!.x).toBe(0);
    expect(right(lines[2]!)).toBe(3 * SIZE);
    expectPreserved(text, lines);
    // \n inside a span, spans of different faces, one line per paragraph
    const mixed = breakLines([span('甲方：'), span('某某\n有限公司', { face: 'HeiTi', underline: true })], { width: 20 * SIZE, measure });
    expect(mixed.map(textOf)).toEqual(['甲方：某某', '有限公司']);
    expect(mixed[1]!.glyphs.every((g) => g.face === 'HeiTi' && g.underline === true)).toBe(true);
  });

  it('indents the first line only', () => {
    const text = '本协议自双方签字盖章之日起生效，有效期为一年，期满前三十日内任何一方未提出异议的，自动续期一年。';
    const width = 10 * SIZE;
    const lines = lay(text, width, { indent: 2 * SIZE });
    expect(lines[0]!.glyphs[0]!.x).toBe(2 * SIZE);
    expect(textOf(lines[0]!)).toBe('本协议自双方签字');
    expect(lines[1]!.glyphs[0]!.x).toBe(0);
    expect(textOf(lines[1]!)).toHaveLength(10);
    expectWellFormed(lines, width, { indent: 2 * SIZE });
    expectPreserved(text, lines);
  });

  it('breaks a unit wider than the whole line between characters, and only then', () => {
    const code = 'SVC2026SLA0001ANNEX2SERVICELEVELSCHEDULE0001REV3';
    const text = `详见${code}。`;
    const width = 12 * SIZE; // 24 Latin characters a line
    const lines = lay(text, width);
    expectPreserved(text, lines);
    expectWellFormed(lines, width);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines.slice(0, -1)) expect(right(l)).toBeCloseTo(width, 2);
    expect(textOf(lines[lines.length - 1]!).endsWith('。')).toBe(true);
    expect(textOf(lines[lines.length - 1]!).length).toBeGreaterThan(1);
    // fits on a fresh line: moved down whole instead
    const short = lay('详见合同附件ABCDEFGHIJKLMNO。', 12 * SIZE);
    expect(short.map(textOf)).toEqual(['详见合同附件', 'ABCDEFGHIJKLMNO。']);
  });

  it('D4: breaks an e-mail address or URL after @, / or a dot rather than leave a letter-spaced line, never at a hyphen', () => {
    const url = 'https://docs.example.com/agreements/2026/service-level/annex-2.pdf';
    const text = `详见${url}。`;
    const width = 12 * SIZE;
    const lines = lay(text, width);
    expectPreserved(text, lines);
    expectWellFormed(lines, width);
    for (const l of lines.slice(0, -1)) {
      expect(right(l)).toBeCloseTo(width, 2);
      expect(textOf(l)).toMatch(/[/.@]$/);
    }
    // a line of hanzi before an address that does not fit is not spread: the address is broken
    const email = lay('报告以电子邮件发送至乙方指定的邮箱cx-report@qinghe-ec.example.com。', 24 * SIZE);
    expect(email.map(textOf)).toEqual(['报告以电子邮件发送至乙方指定的邮箱cx-report@', 'qinghe-ec.example.com。']);
    const [first] = email;
    const gaps = first!.glyphs.slice(1).map((g, k) => g.x - (first!.glyphs[k]!.x + first!.glyphs[k]!.width));
    expect(Math.max(...gaps)).toBeLessThan(0.25 * SIZE + 0.3 * SIZE); // autospace and a little stretch
    // an address that fits is never broken
    expect(lay('发送至a@b.cn。', 24 * SIZE).map(textOf)).toEqual(['发送至a@b.cn。']);
  });

  it('stretches Latin text at spaces and between CJK and Latin, never inside a word or number', () => {
    const text = '乙方应于2026年12月1日前向甲方支付服务费人民币12,000.00元，the fee is payable in full within thirty days of the invoice date.';
    const width = 17.3 * SIZE;
    const lines = lay(text, width);
    expectWellFormed(lines, width);
    expectPreserved(text, lines);
    for (const line of lines) {
      const g = line.glyphs;
      for (let k = 1; k < g.length; k++) {
        const narrow = (ch: string): boolean => /[0-9A-Za-z,.@-]/.test(ch);
        if (narrow(g[k - 1]!.ch) && narrow(g[k]!.ch)) expect(g[k]!.x).toBeCloseTo(g[k - 1]!.x + g[k - 1]!.width, 9);
      }
    }
    const joined = lines.map(textOf);
    expect(joined.some((t) => t.includes('2026年12月1日'))).toBe(true);
    expect(joined.some((t) => t.includes('12,000.00'))).toBe(true);
  });

  it('centres and right-aligns without stretching', () => {
    const [c] = lay('客户服务协议', 20 * SIZE, { align: 'center' });
    expect(c!.glyphs[0]!.x).toBeCloseTo(7 * SIZE, 9);
    expect(c!.end).toBeCloseTo(13 * SIZE, 9);
    const [r] = lay('合同编号：SLA-2026-001', 20 * SIZE, { align: 'right' });
    expect(r!.end).toBeCloseTo(20 * SIZE, 9);
    expect(r!.glyphs[0]!.x).toBeCloseTo(20 * SIZE - 5 * SIZE - 6 * SIZE, 9);
    const text = '本协议一式两份，双方各执一份，具有同等法律效力，自签字之日起生效。';
    for (const align of ['right', 'center', 'left'] as const) {
      const lines = lay(text, 9.6 * SIZE, { align });
      expectPreserved(text, lines);
      expectWellFormed(lines, 9.6 * SIZE);
      for (const l of lines) {
        expect(l.justified).toBe(false);
        for (let k = 1; k < l.glyphs.length; k++) expect(l.glyphs[k]!.x).toBeCloseTo(l.glyphs[k - 1]!.x + l.glyphs[k - 1]!.width, 9);
        const slack = 9.6 * SIZE - (right(l) - l.glyphs[0]!.x);
        const expected = { right: slack, center: slack / 2, left: 0 }[align];
        expect(l.glyphs[0]!.x).toBeCloseTo(expected, 9);
      }
    }
  });

  it('drops spaces at a soft break and keeps the paragraph’s own leading and trailing spaces', () => {
    const lines = lay('  alpha beta gamma delta epsilon  ', 8 * SIZE); // 16 Latin characters a line
    expect(lines.map(textOf)).toEqual(['  alpha beta', 'gamma delta', 'epsilon  ']);
    expect(right(lines[0]!)).toBeCloseTo(8 * SIZE, 9);
    // the stretch goes into the space between words
    const space = lines[0]!.glyphs[7]!;
    expect(space.ch).toBe(' ');
    expect(space.width).toBeCloseTo(0.5 * SIZE + 4 * 0.5 * SIZE, 9);
  });

  it('measures each character once per face and size on a whole contract', () => {
    // speed is measured by `npm run bench`, never asserted here
    let calls = 0;
    const counting = (ch: string, face: string, size: number): number => (calls++, measure(ch, face, size));
    const { text } = contractText(11, 40_000);
    expect([...text].length).toBeGreaterThanOrEqual(40_000);
    const paragraphs = text.match(/[\s\S]{1,300}/gu)!.join('\n');
    const lines = breakLines([span(paragraphs)], { width: 28 * SIZE, indent: 2 * SIZE, measure: counting });
    expect(calls).toBeLessThan(200);
    expect(lines.length).toBeGreaterThan(1000);
  });

  it('handles the empty and degenerate cases', () => {
    expect(breakLines([], { width: 100, measure })).toEqual([]);
    expect(lay('', 100)).toEqual([]);
    const one = lay('\n', 100);
    expect(one).toHaveLength(2);
    expect(one.every((l) => l.glyphs.length === 0 && l.last)).toBe(true);
    // a single glyph wider than the line is placed anyway, one per line
    const tiny = lay('一二', 5);
    expect(tiny.map(textOf)).toEqual(['一', '二']);
  });
});

describe('spacing between hanzi and Latin letters or digits', () => {
  it('puts a quarter em between them (as Word does by default), none beside punctuation or spaces', () => {
    const [line] = breakLines([span('含4名客服，共30人。 A 组')], { width: 1000, align: 'left', measure });
    const x = (i: number) => line!.glyphs[i]!.x;
    // 含 | 4 | 名: 含 ends at SIZE, 4 starts a quarter em later; 4 ends, 名 a quarter em later
    expect(x(1) - (x(0) + SIZE)).toBeCloseTo(SIZE / 4, 6);
    expect(x(2) - (x(1) + SIZE / 2)).toBeCloseTo(SIZE / 4, 6);
    // 共 | 3 0 | 人: no space inside 30
    const i3 = line!.glyphs.findIndex((g) => g.ch === '3');
    expect(x(i3 + 1) - (x(i3) + SIZE / 2)).toBeCloseTo(0, 6);
    // 。 then a space then A: the space only, no extra
    const iA = line!.glyphs.findIndex((g) => g.ch === 'A');
    expect(x(iA) - x(iA - 1)).toBeCloseTo(SIZE / 2, 6);
  });

  it('D21: spaces a date inside as around any number, and a percentage as its digits', () => {
    const [line] = breakLines([span('自2026年12月1日起，达85%的')], { width: 1000, align: 'left', measure });
    const gs = line!.glyphs;
    /** the space between glyph i and the one after it */
    const gapAfter = (ch: string, k = 0) => {
      const i = gs.findIndex((g, n) => g.ch === ch && n >= k);
      return gs[i + 1]!.x - (gs[i]!.x + gs[i]!.width);
    };
    expect(gapAfter('自')).toBeCloseTo(SIZE / 4, 6);
    expect(gapAfter('6')).toBeCloseTo(SIZE / 4, 6); // 2026 年
    expect(gapAfter('年')).toBeCloseTo(SIZE / 4, 6); // 年 12
    expect(gapAfter('月')).toBeCloseTo(SIZE / 4, 6); // 月 1
    expect(gapAfter('1', 8)).toBeCloseTo(SIZE / 4, 6); // 1 日
    expect(gapAfter('日')).toBeCloseTo(0, 6); // 日起: hanzi against hanzi
    expect(gapAfter('达')).toBeCloseTo(SIZE / 4, 6);
    expect(gapAfter('%')).toBeCloseTo(SIZE / 4, 6); // 85% 的
    expect(gapAfter('8')).toBeCloseTo(0, 6);
    // still one unit: never broken inside, and a blank date is left as it is
    const narrow = lay('一二三四五六七自2026年12月1日起', 12 * SIZE).map(textOf);
    expect(narrow).toEqual(['一二三四五六七自', '2026年12月1日起']);
  });
});

describe('a relational sign and its number (D22)', () => {
  it('never ends a line with ≥ or ≤: it goes down with the number it qualifies', () => {
    for (const sign of ['≥', '≤']) {
      const lines = lay(`一二三四五六七八九${sign} 90%；一次解决率${sign} 80%`, 10.2 * SIZE);
      expect(lines.map(textOf).every((l) => !/[≥≤]$/.test(l))).toBe(true);
      expect(lines.map(textOf).join('').replace(/ /g, '')).toContain(`${sign}90%`);
    }
  });
});

describe('punctuation compression (clreq 标点挤压)', () => {
  it('D11: of two marks side by side, the first closing one gives up its right half; of two opening ones, the second its left', () => {
    const [line] = breakLines([span('附件三：《规则（一）》），载明“甲”（《乙》）')], { width: 1000, align: 'left', measure });
    const w = (ch: string, k = 0) => line!.glyphs.filter((g) => g.ch === ch)[k]!.width / SIZE;
    expect(w('：')).toBeCloseTo(0.5, 9); // ：《
    expect(w('《')).toBeCloseTo(1, 9);
    expect(w('）', 0)).toBeCloseTo(0.5, 9); // ）》
    expect(w('》', 0)).toBeCloseTo(0.5, 9); // 》）
    expect(w('）', 1)).toBeCloseTo(0.5, 9); // ），
    expect(w('，')).toBeCloseTo(1, 9); // ，载: full
    expect(w('”')).toBeCloseTo(0.5, 9); // ”（
    expect(w('（', 1)).toBeCloseTo(1, 9); // （《: the second opening gives
    expect(w('《', 1)).toBeCloseTo(0.5, 9);
    // an opening mark that gives up its left half is drawn that much further left: its ink stays where it was
    const open = line!.glyphs.filter((g) => g.ch === '《')[1]!;
    const before = line!.glyphs[line!.glyphs.indexOf(open) - 1]!;
    expect(open.x).toBeCloseTo(before.x + before.width - SIZE / 2, 9);
  });

  it('D19: an opening mark that starts a line not indented gives up its blank half, its ink at the margin', () => {
    const text = '一二三四五六七八（九十）';
    const trimmed = lay(text, 9.2 * SIZE, { trimStart: true });
    expect(trimmed.map(textOf)).toEqual(['一二三四五六七八', '（九十）']);
    const bracket = trimmed[1]!.glyphs[0]!;
    expect(bracket.x).toBeCloseTo(-SIZE / 2, 9);
    expect(bracket.width).toBeCloseTo(SIZE / 2, 9);
    expect(trimmed[1]!.glyphs[1]!.x).toBeCloseTo(SIZE / 2, 9); // 九 right after the ink, half an em in
    // not where asked not to (a list's number), nor on an indented first line
    expect(lay(text, 9.2 * SIZE)[1]!.glyphs[0]!.x).toBe(0);
    const indented = lay('（一）二三', 20 * SIZE, { trimStart: true, indent: 2 * SIZE });
    expect(indented[0]!.glyphs[0]!.x).toBe(2 * SIZE);
    expect(indented[0]!.glyphs[0]!.width).toBe(SIZE);
  });
});

describe('total fit (D5, D10, D13)', () => {
  it('D13: re-breaks a paragraph rather than leave one character on its last line', () => {
    // greedily 一…九 fill 9 em and 十。 is left alone; the paragraph is squeezed or re-broken instead
    const lines = lay('一二三，四五六七八九十。', 10 * SIZE);
    const last = textOf(lines[lines.length - 1]!).replace(/[，。]/g, '');
    expect(lines.length === 1 || last.length > 1).toBe(true);
  });

  it('D5: squeezes a line’s punctuation to keep a number on it rather than stretch every gap', () => {
    // 20 em of text then 500.00 (3.25 em with the autospace): the two commas give up what it needs
    const text = '一二三四五六七八，九十一二三四五六，二十500.00元，三四五六七八九十一二三四五六七八九十。';
    const lines = lay(text, 23 * SIZE); // 500.00 overruns by a quarter em: carried down greedily
    expect(textOf(lines[0]!)).toContain('500.00');
    const gaps = lines[0]!.glyphs.slice(1).map((g, k) => g.x - (lines[0]!.glyphs[k]!.x + lines[0]!.glyphs[k]!.width));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(0.3 * SIZE); // the autospace beside the number, hardly any stretch
  });

  it('D10: a lead-in term’s marks and a paragraph’s opening mark keep their width when a line is squeezed', () => {
    const [a] = lay('方式：一二三四，五六七。', 11.5 * SIZE);
    expect(textOf(a!)).toBe('方式：一二三四，五六七。');
    expect(a!.glyphs[2]!.width).toBe(SIZE); // ：
    expect(a!.glyphs[7]!.width).toBeLessThan(SIZE); // ，
    const [b] = lay('“客户”是指一二三四，五六七。', 14.5 * SIZE);
    expect(textOf(b!)).toBe('“客户”是指一二三四，五六七。');
    expect(b!.glyphs[0]!.width).toBe(SIZE); // “ as in every item of the list
    expect(b!.glyphs[0]!.x).toBe(0);
  });
});
