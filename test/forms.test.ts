// Forms and tables as a typesetter checks them on the page (typesetting review D3, D7, D8, D9,
// D17, D18, D25): rows a pen can fill in and a seal fits in, in the PDF as drawn and in the DOCX's
// row heights; columns sized by their content; figures aligned; headings told apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../src/assets.js';
import { FORM_ROW } from '../src/layout/page.js';
import { type Mark, type Typeset, typeset } from '../src/layout/typeset.js';
import type { LaidOutDocument } from '../src/tree/types.js';
import { writeDocx } from '../src/writers/docx.js';
import type { WriterOptions } from '../src/writers/index.js';
import { root } from './helpers/check.js';
import { memoisedBuild } from './helpers/pipeline.js';

type Font = { unitsPerEm: number; glyphForCodePoint(cp: number): { advanceWidth: number } };
const fonts = bundledFonts();
const open = (bytes: Uint8Array) => (fontkit as unknown as { create(b: Buffer): Font }).create(Buffer.from(bytes));
const faces: Record<string, Font> = { body: open(fonts.body.bytes), bold: open(fonts.heading.bytes), heading: open(fonts.heading.bytes) };
const measure = (ch: string, face: string, size: number) => (faces[face]!.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth * size) / faces[face]!.unitsPerEm;

const build = memoisedBuild();
const spec = (id: string) => readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8');
const laid = new Map<string, Promise<{ doc: LaidOutDocument; set: Typeset }>>();
const of = (id: string) => {
  if (!laid.has(id))
    laid.set(
      id,
      build(spec(id)).then(({ doc }) => ({ doc, set: typeset(doc, measure) })),
    );
  return laid.get(id)!;
};
const docxXml = new Map<string, Promise<string>>();
const OPTIONS: WriterOptions = {
  version: 'test',
  specHash: '0'.repeat(64),
  date: new Date('2026-11-20T00:00:00Z'),
  docxFonts: { body: '宋体', heading: '黑体' },
};
const documentXml = (id: string) => {
  if (!docxXml.has(id))
    docxXml.set(
      id,
      of(id).then(async ({ doc }) => strFromU8(unzipSync(await writeDocx(doc, OPTIONS))['word/document.xml']!)),
    );
  return docxXml.get(id)!;
};

type Glyphs = Extract<Mark, { type: 'text' }>;
/** the text drawn on a page as runs joined per baseline, with where each run starts */
const textRuns = (set: Typeset, page: number) => set.pages[page]!.marks.filter((m): m is Glyphs => m.type === 'text');
/** the page, x and baseline of the first run whose text starts with `text` */
function find(set: Typeset, text: string, from = 0): { page: number; x: number; y: number } {
  for (let p = from; p < set.pages.length; p++)
    for (const r of textRuns(set, p)) {
      const s = r.glyphs.map((g) => g.ch).join('');
      if (s.startsWith(text)) return { page: p, x: r.glyphs[0]!.x, y: r.y };
    }
  throw new Error(`${text} not drawn`);
}
/** the table cell (its border) drawn around a point */
function cellAt(set: Typeset, at: { page: number; x: number; y: number }) {
  const rects = set.pages[at.page]!.marks.filter((m): m is Extract<Mark, { type: 'rect' }> => m.type === 'rect');
  const cell = rects.find((r) => at.x >= r.x && at.x <= r.x + r.w && at.y >= r.y && at.y <= r.y + r.h);
  if (!cell) throw new Error('no cell there');
  return cell;
}
const mm = (pt: number) => (pt * 25.4) / 72;

describe('forms a pen can fill in (D3, D7)', () => {
  it('授权委托书: the principal signs and seals in a box at least 45 mm high, the dates on a ruled blank', async () => {
    const { set } = await of('maintenance-agreement');
    const at = find(set, '法定代表人（签字）：');
    const seal = cellAt(set, at);
    expect(mm(seal.h)).toBeGreaterThanOrEqual(45);
    const agent = cellAt(set, find(set, '签字：', at.page));
    expect(mm(agent.h)).toBeGreaterThanOrEqual(45);
    // the two columns alike, side by side
    expect(Math.abs(seal.w - agent.w)).toBeLessThan(1);
    // the dates under the seals, on the same page
    const date = find(set, '日期：', at.page);
    expect(date.page).toBe(at.page);
    expect(date.y).toBeGreaterThan(seal.y + seal.h);
    const line = textRuns(set, date.page).find((r) => r.y === date.y && r.glyphs.some((g) => g.ch === '年'));
    expect(line?.glyphs.map((g) => g.ch).join('')).toContain('______年____月____日');
  });

  it('the weekly summary form: narrative answers get 30 mm, short answers 10 mm, the entry column three fifths of the width', async () => {
    const { set } = await of('maintenance-agreement');
    const form = find(set, '每周需求汇总表', find(set, '附件三：每周').page);
    const narrative = cellAt(set, find(set, '典型案例', form.page));
    expect(mm(narrative.h)).toBeGreaterThanOrEqual(30 - 0.01);
    const short = cellAt(set, find(set, '填报人及报送时间', form.page));
    expect(mm(short.h)).toBeGreaterThanOrEqual(10 - 0.01);
    expect(mm(short.h)).toBeLessThan(15);
    const rects = set.pages[form.page]!.marks.filter((m): m is Extract<Mark, { type: 'rect' }> => m.type === 'rect' && m.y === short.y);
    const entry = rects.find((r) => r.x > short.x)!;
    expect(entry.w / (entry.w + short.w)).toBeGreaterThanOrEqual(0.6 - 0.001);
    // the date range of 统计周期 on one line
    const period = find(set, '统计周期', form.page);
    const range = textRuns(set, period.page).filter((r) => r.y === period.y && r.glyphs.some((g) => g.ch === '至'));
    expect(range).toHaveLength(1);
    expect(range[0]!.glyphs.filter((g) => g.ch === '日')).toHaveLength(2);
  });

  it('the satisfaction survey: its five rating columns equally wide, the comments box 30 mm', async () => {
    const { set } = await of('service-standards');
    const head = find(set, '非常满意');
    const rects = set.pages[head.page]!.marks.filter((m): m is Extract<Mark, { type: 'rect' }> => m.type === 'rect');
    const row = rects.filter((r) => r.y === cellAt(set, head).y);
    expect(row).toHaveLength(6);
    const ratings = row.slice(1).map((r) => r.w);
    expect(Math.max(...ratings) - Math.min(...ratings)).toBeLessThan(1);
    expect(mm(cellAt(set, find(set, '意见和建议', head.page)).h)).toBeGreaterThanOrEqual(30 - 0.01);
  });

  it('the DOCX gives the same rows their least height (w:trHeight, atLeast), as the PDF draws them', async () => {
    const xml = await documentXml('maintenance-agreement');
    const twips = (pt: number) => String(Math.round(pt * 20));
    for (const h of [FORM_ROW.seal, FORM_ROW.text, FORM_ROW.line]) expect(xml).toContain(`<w:trHeight w:val="${twips(h)}" w:hRule="atLeast"/>`);
  });
});

/** the text of each run drawn on a page */
const runTexts = (set: Typeset, page: number) => textRuns(set, page).map((r) => ({ text: r.glyphs.map((g) => g.ch).join(''), run: r }));

describe('tables sized by their content, figures aligned (D8, D9)', () => {
  it('a header of a few characters, a figure with its unit and a model name are never broken (SC annex: devices)', async () => {
    const { set } = await of('service-contract');
    const head = find(set, '设备名称及型号');
    const texts = runTexts(set, head.page).map((r) => r.text);
    expect(texts).toContain('设备名称及型号');
    expect(texts).toContain('自助点餐终端');
    expect(texts.some((t) => t.endsWith('第2周') || t === '第2周')).toBe(true);
    expect(texts.filter((t) => t.endsWith('第') || t === '端')).toEqual([]);
  });

  it('counts sit at the right of their cell, serial numbers (序号) in its middle', async () => {
    const { set } = await of('service-contract');
    const head = find(set, '设备名称及型号');
    const runs = runTexts(set, head.page);
    const count = runs.find((r) => r.text === '18')!.run;
    const countCell = cellAt(set, { page: head.page, x: count.glyphs[0]!.x, y: count.y });
    const last = count.glyphs[count.glyphs.length - 1]!;
    const right = last.x + measure(last.ch, count.face, count.size);
    expect(countCell.x + countCell.w - right).toBeCloseTo(5.4, 0);
    const serial = runs.find((r) => r.text === '1' && r.run.y === count.y)!.run;
    const serialCell = cellAt(set, { page: head.page, x: serial.glyphs[0]!.x, y: serial.y });
    const mid = serial.glyphs[0]!.x + measure('1', serial.face, serial.size) / 2;
    expect(Math.abs(mid - (serialCell.x + serialCell.w / 2))).toBeLessThan(1);
  });

  it('the DOCX aligns the same cells: amounts right, 序号 centred, the header row centred', async () => {
    const xml = await documentXml('service-contract');
    const cell = (text: string) => {
      const at = xml.indexOf(`>${text}</w:t>`);
      return xml.slice(xml.lastIndexOf('<w:tc>', at), at);
    };
    expect(cell('18')).toContain('<w:jc w:val="right"/>');
    expect(cell('1')).toContain('<w:jc w:val="center"/>');
    expect(cell('数量（台）')).not.toContain('<w:jc w:val="right"/>');
  });
});

describe('headings told apart, annex lists set as lists (D17, D18)', () => {
  it('a third-level heading starts two characters in, under a second-level one at the margin', async () => {
    const { set } = await of('maintenance-agreement');
    const h2 = find(set, '2.1');
    const h3 = find(set, '2.1.1');
    expect(h3.page).toBe(h2.page);
    expect(h3.x - h2.x).toBeCloseTo(24, 1);
  });

  it('an annex sub-heading is a heading: 黑体, at the margin; Heading 2 in the DOCX', async () => {
    const { set } = await of('maintenance-agreement');
    const title = find(set, '附件三：每周');
    const sub = find(set, '每周需求汇总表', title.page);
    const run = textRuns(set, sub.page).find((r) => r.y === sub.y)!;
    expect(run.face).toBe('heading');
    expect(sub.x).toBeCloseTo(find(set, '2.1').x, 1);
    const xml = await documentXml('maintenance-agreement');
    const at = xml.indexOf('>每周需求汇总表</w:t>');
    expect(xml.slice(xml.lastIndexOf('<w:p>', at), at)).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('the list of annexes hangs 附件X： two characters in, the titles starting at one x', async () => {
    const { set } = await of('maintenance-agreement');
    const lead = find(set, '本协议附件如下');
    const items = ['附件一：', '附件二：', '附件三：'].map((t) => find(set, t, lead.page));
    for (const i of items) expect(i.x).toBeCloseTo(lead.x, 1);
    const starts = items.map((i) => textRuns(set, i.page).find((r) => r.y === i.y && r.glyphs[0]!.x > i.x + 30)!.glyphs[0]!.x);
    expect(new Set(starts.map((x) => x.toFixed(1))).size).toBe(1);
  });
});

describe('a formula set as a display (D25)', () => {
  it('the damages formula stands four characters in, its operators full width, the lead-in on the same page', async () => {
    const { set } = await of('service-standards');
    const formula = find(set, '损失赔偿金＝');
    const lead = find(set, '违约行为给对方造成损失的，违约方应当支付的损失赔偿金');
    expect(formula.page).toBe(lead.page);
    expect(formula.x - lead.x).toBeCloseTo(24, 1);
    const line = runTexts(set, formula.page)
      .filter((r) => r.run.y === formula.y)
      .map((r) => r.text)
      .join('');
    expect(line).toMatch(/^损失赔偿金＝直接经济损失金额＋/);
    expect(line).not.toMatch(/[=+−]/);
    const xml = await documentXml('service-standards');
    const at = xml.indexOf('损失赔偿金＝');
    expect(xml.slice(xml.lastIndexOf('<w:p>', at), at)).toContain('<w:ind w:left="960" w:firstLine="0"/>');
  });
});

describe('a form stays on one page (D3)', () => {
  it('the 授权委托书 signature form: kept whole in the PDF, each row kept with the next in the DOCX', async () => {
    const { set } = await of('maintenance-agreement');
    const seal = find(set, '法定代表人（签字）：');
    expect(find(set, '委托人（盖章）', seal.page - 1).page).toBe(seal.page);
    expect(find(set, '日期：', seal.page).page).toBe(seal.page);
    const xml = await documentXml('maintenance-agreement');
    const at = xml.indexOf('>法定代表人（签字）：</w:t>');
    const row = xml.slice(xml.lastIndexOf('<w:tr>', at), at);
    expect(row).toContain('<w:keepNext/>');
  });
});
