// Page furniture comes from one place (src/render/furniture.ts) and every writer prints it as the
// layout stage composed it: change one word of the head, the running header, the footer, the
// draft mark and the signature page's note there, and the Markdown, the DOCX, the PDF and the HTML
// all change; a Traditional build converts every one of those words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { convert } from '../src/convert.js';
import { FURNITURE_WORDS } from '../src/render/furniture.js';
import type { Locale } from '../src/text/locale.js';
import { root } from './helpers/check.js';
import { readPdf } from './helpers/pdf.js';

vi.setConfig({ testTimeout: 120_000 });

const spec = readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8');
const ORIGINAL = { ...FURNITURE_WORDS };
afterEach(() => Object.assign(FURNITURE_WORDS, ORIGINAL));

/** What a reader sees in each format: the Markdown and HTML text, the DOCX's body, header and footer text, the PDF's pages. */
async function printed(locale?: Locale) {
  const r = await convert(spec, {
    file: 'deal.yaml',
    draft: true,
    formats: ['md', 'docx', 'pdf', 'html'],
    date: new Date('2026-11-20T00:00:00Z'),
    ...(locale ? { locale } : {}),
  });
  expect(r.ok, JSON.stringify(r.diagnostics)).toBe(true);
  const zip = unzipSync(r.outputs.docx!);
  const part = (re: RegExp) =>
    Object.keys(zip)
      .filter((k) => re.test(k))
      .sort()
      .map((k) =>
        [
          ...strFromU8(zip[k]!)
            .replace(/<w:noBreakHyphen\/>/g, '<w:t>-</w:t>')
            .matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g),
        ]
          .map((m) => m[1])
          .join(''),
      )
      .join('\n');
  return {
    md: new TextDecoder().decode(r.outputs.md!),
    html: new TextDecoder().decode(r.outputs.html!).replace(/<[^>]+>/g, ''),
    docx: { body: part(/^word\/document\.xml$/), header: part(/^word\/header\d*\.xml$/), footer: part(/^word\/footer\d*\.xml$/) },
    pdf: (await readPdf(r.outputs.pdf!)).pages.map((p) => p.join('\n')).join('\n'),
  };
}

describe('page furniture from one place', () => {
  it('one word changed in each piece of furniture changes all four formats', async () => {
    const changed = {
      contractNumber: '合约编号',
      footer: '第 {n} 页／共 {m} 页',
      draftMark: '征求意见稿（尚未签署，仅供审阅）',
      draftTitle: '（讨论稿）',
      signatureNoteBefore: '（此页无正文，为',
    };
    const seen = {
      head: '合约编号：HK-KF-2026-042',
      footer: '页／共',
      mark: '征求意见稿（尚未签署，仅供审阅）',
      title: '（讨论稿）',
      note: '（此页无正文，为《',
    };
    const before = await printed();
    for (const s of Object.values(seen))
      for (const text of [before.md, before.html, before.docx.body, before.docx.header, before.docx.footer, before.pdf]) expect(text).not.toContain(s);
    Object.assign(FURNITURE_WORDS, changed);
    const after = await printed();
    // the head (over the title), the draft's title, its mark and the signature page's note: in every format
    for (const text of [after.md, after.html, after.docx.body, after.pdf]) {
      expect(text).toContain(seen.head);
      expect(text).toContain(seen.title);
      expect(text).toContain(seen.note);
    }
    for (const text of [after.md, after.html, after.docx.footer, after.pdf]) expect(text).toContain(seen.mark);
    // the paged formats' running header (the title and the number) and footer (the page of pages)
    for (const text of [after.docx.header, after.pdf]) expect(text).toContain(seen.head);
    expect(after.docx.header).toContain(seen.title);
    for (const text of [after.docx.footer, after.pdf]) expect(text).toContain(seen.footer);
    // the signature page's note names the number by the same word as the head
    expect(after.pdf).toContain('（合约编号：HK-KF-2026-042）之签署页）');
  });

  it('a Traditional build converts every word of the furniture', async () => {
    const out = await printed('zh-Hant');
    for (const text of [out.md, out.html, out.docx.body, out.pdf]) {
      expect(text).toContain('合同編號：HK-KF-2026-042');
      expect(text).toContain('之簽署頁）');
    }
    for (const text of [out.md, out.html, out.docx.footer, out.pdf]) expect(text).toContain('徵求意見稿（未經簽署，僅供審閱）');
    for (const text of [out.docx.footer, out.pdf]) expect(text).toMatch(/第 \d* 頁 共 \d* 頁/);
    for (const text of [out.md, out.html, out.docx.body, out.docx.header, out.docx.footer, out.pdf])
      expect(text).not.toMatch(/合同编号|签署页|征求意见稿|审阅/);
  });
});
