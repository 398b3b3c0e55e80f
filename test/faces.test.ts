// The faces of each locale, one decision (src/writers/faces.ts) that the PDF and the DOCX both
// read (review 2026-12-07-typesetting D1, D2, D6, D16, D20, D24): a Traditional PDF embeds its
// region's faces, with centred punctuation; its DOCX asks for the faces a Taiwan or Hong Kong
// Windows machine has; Latin letters and digits in a Latin serif; no synthetic bold; the page
// fields store the PDF's count; tables keep the layout stage's widths; codes never break at a hyphen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { bundledFonts, facesInstallCommand } from '../src/assets.js';
import { convert } from '../src/convert.js';
import type { Locale } from '../src/text/locale.js';
import { middleOfSqueezed } from '../src/writers/pdf.js';
import { root } from './helpers/check.js';
import { readPdf } from './helpers/pdf.js';

vi.setConfig({ testTimeout: 180_000 });

const spec = readFileSync(join(root, 'examples', 'maintenance-agreement.yaml'), 'utf8');

interface Built {
  pdf: Uint8Array;
  part: (name: string) => string;
}
const builds = new Map<Locale, Promise<Built>>();
/** The maintenance agreement in a locale, as the PDF and the DOCX; once per locale. */
function built(locale: Locale): Promise<Built> {
  let b = builds.get(locale);
  if (!b) {
    b = convert(spec, { file: 'maintenance-agreement.yaml', locale, formats: ['docx', 'pdf'], readFile: (p) => readFileSync(join(root, 'examples', p)) }).then(
      (r) => {
        expect(r.ok, JSON.stringify(r.diagnostics)).toBe(true);
        const parts = unzipSync(r.outputs.docx!);
        return { pdf: r.outputs.pdf!, part: (name) => strFromU8(parts[name]!) };
      },
    );
    builds.set(locale, b);
  }
  return b;
}

/** The embedded faces' PostScript names, without their subset tags (what pdffonts lists). */
const pdfFonts = (pdf: Uint8Array) =>
  [
    ...new Set(
      [
        ...Buffer.from(pdf)
          .toString('latin1')
          .matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g),
      ].map((m) => m[1]!),
    ),
  ].sort();

/** One style's definition from styles.xml. */
const style = (xml: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(xml)?.[0] ?? '';

describe('the PDF is set in the faces of its locale (D1)', () => {
  it('zh-CN embeds Noto Serif SC and Noto Sans SC Bold', async () => {
    expect(pdfFonts((await built('zh-Hans')).pdf)).toEqual(['NotoSansSC-Bold', 'NotoSerifSC-Regular']);
  });

  it('zh-Hant-TW embeds the Taiwan faces; zh-Hant-HK the Hong Kong ones; Simplified only for what they lack', async () => {
    const tw = pdfFonts((await built('zh-Hant-TW')).pdf);
    expect(tw).toContain('NotoSerifTC-Regular');
    expect(tw).toContain('NotoSansTC-Bold');
    const hk = pdfFonts((await built('zh-Hant-HK')).pdf);
    expect(hk).toContain('NotoSerifHK-Regular');
    expect(hk).toContain('NotoSansHK-Bold');
    // a registered name or address kept in Simplified (孙, 区) is set in the Simplified face of its kind
    for (const f of [...tw, ...hk]) expect(f).toMatch(/^(NotoSerif(TC|HK|SC)-Regular|NotoSans(TC|HK|SC)-Bold)$/);
    // a heading in the Simplified bold face only for what prints as issued: the title of the annex
    // 乙方 issues apart (附件二：话术模板及售后政策, issue 17 X-2)
    const text = (await readPdf((await built('zh-Hant-HK')).pdf)).pages.flat().join('');
    expect(text).toContain('服務');
    expect(text.replace(/\s/g, '')).toContain('附件二：话术模板及售后政策');
  });

  it('the Traditional faces are pinned optional peers, and a missing one is named with the exact npm command', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(facesInstallCommand('zh-Hant-HK')).toBe('npm install @expo-google-fonts/noto-serif-hk@0.4.3 @expo-google-fonts/noto-sans-hk@0.4.3');
    expect(facesInstallCommand('zh-Hant-TW')).toBe('npm install @expo-google-fonts/noto-serif-tc@0.4.4 @expo-google-fonts/noto-sans-tc@0.4.3');
    for (const locale of ['zh-Hant-HK', 'zh-Hant-TW'])
      for (const [, name, version] of facesInstallCommand(locale).matchAll(/(@expo-google-fonts\/[\w-]+)@([\d.]+)/g)) {
        expect(pkg.peerDependencies![name!]).toBe(version);
        expect(pkg.peerDependenciesMeta![name!]).toEqual({ optional: true });
        expect(pkg.devDependencies![name!]).toBe(version);
      }
  });

  it('the Hong Kong body face sets ，。、 centred in the em box, the Simplified one in its lower left', async () => {
    const fontkit = (await import('fontkit' as string)) as {
      create(b: Buffer): { unitsPerEm: number; glyphForCodePoint(cp: number): { advanceWidth: number; bbox: { minX: number; maxX: number } } };
    };
    const centre = (bytes: Uint8Array, ch: string) => {
      const f = fontkit.create(Buffer.from(bytes));
      const g = f.glyphForCodePoint(ch.codePointAt(0)!);
      return (g.bbox.minX + g.bbox.maxX) / 2 / g.advanceWidth;
    };
    const hk = bundledFonts('zh-Hant-HK').body.bytes;
    const sc = bundledFonts('zh-Hans').body.bytes;
    for (const ch of '，。、') {
      expect(centre(hk, ch), ch).toBeGreaterThan(0.4);
      expect(centre(hk, ch), ch).toBeLessThan(0.6);
      expect(centre(sc, ch), ch).toBeLessThan(0.3);
    }
  });
});

describe('a squeezed mark of a face that centres its marks sits in the middle of its slot (D1)', () => {
  it('a ， given up half its em is drawn a quarter em left, a full one stays', () => {
    // 作，使 at 12 pt: the comma squeezed to 6 pt; then 。 at full width before 乙
    const glyphs = [
      { ch: '作', x: 0 },
      { ch: '，', x: 12 },
      { ch: '使', x: 18 },
      { ch: '。', x: 30 },
      { ch: '乙', x: 42 },
    ];
    expect(middleOfSqueezed(glyphs, 12, () => 1000).map((g) => g.x)).toEqual([0, 9, 18, 30, 42]);
  });
});

describe('the DOCX asks for the faces of its locale, Latin in a Latin face, bold only where real (D2, D16)', () => {
  const cases: [Locale, string, string][] = [
    ['zh-Hans', '宋体', '黑体'],
    ['zh-Hant-TW', '新細明體', '微軟正黑體'],
    ['zh-Hant-HK', '細明體_HKSCS', '微軟正黑體'],
  ];
  for (const [locale, body, heading] of cases)
    it(`${locale}: ${body} for the body, ${heading} for headings, Times New Roman and Arial beside them`, async () => {
      const d = await built(locale);
      const styles = d.part('word/styles.xml');
      expect(style(styles, 'Normal')).toContain(
        `<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="${body}" w:hAnsi="Times New Roman" w:hint="eastAsia"/>`,
      );
      const h1 = style(styles, 'Heading1');
      expect(h1).toContain(`<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="${heading}" w:hAnsi="Arial" w:hint="eastAsia"/>`);
      // 黑体 has no bold weight (Word would smear one); 微軟正黑體 has
      expect(h1.includes('<w:b/>')).toBe(heading === '微軟正黑體');
      for (const id of ['TableHeading', 'PartyName']) expect(style(styles, id)).toContain(`w:eastAsia="${heading}"`);
      // no run asks for a face of another locale
      const document = d.part('word/document.xml');
      const other = cases.flatMap(([l, b, h]) => (l === locale ? [] : [b, h])).filter((f) => f !== body && f !== heading);
      for (const f of other) expect(document + styles).not.toContain(`"${f}"`);
      // the font table tells Word what each face is, so that a machine without it picks a like one
      const table = d.part('word/fontTable.xml');
      for (const f of [body, heading, 'Times New Roman', 'Arial']) expect(table).toContain(`<w:font w:name="${f}">`);
    });

  it('the font table gives the Windows names and classes: PMingLiU and MingLiU_HKSCS in Big5, SimSun in GB2312', async () => {
    expect((await built('zh-Hant-TW')).part('word/fontTable.xml')).toContain(
      '<w:font w:name="新細明體"><w:altName w:val="PMingLiU"/><w:panose1 w:val="02020500000000000000"/><w:charset w:val="88"/>',
    );
    expect((await built('zh-Hant-HK')).part('word/fontTable.xml')).toContain('<w:font w:name="細明體_HKSCS"><w:altName w:val="MingLiU_HKSCS"/>');
    expect((await built('zh-Hans')).part('word/fontTable.xml')).toContain(
      '<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/>',
    );
  });
});

describe('Word gets what the PDF gets (D24, D6, D20)', () => {
  it('the footer fields store the PDF’s count of pages, in Simplified and in Traditional', async () => {
    for (const locale of ['zh-Hans', 'zh-Hant-HK'] as const) {
      const d = await built(locale);
      const pages = (await readPdf(d.pdf)).pages.length;
      for (const footer of ['word/footer1.xml', 'word/footer2.xml']) {
        const xml = d.part(footer);
        expect(xml).toMatch(
          new RegExp(` NUMPAGES </w:instrText>.*?<w:fldChar w:fldCharType="separate"/></w:r><w:r>.*?<w:t xml:space="preserve">${pages}</w:t>`),
        );
        expect(xml).toMatch(/ PAGE <\/w:instrText>.*?<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r>.*?<w:t xml:space="preserve">[12]<\/w:t>/);
      }
    }
  });

  it('every table has a fixed layout with the layout stage’s widths', async () => {
    const document = (await built('zh-Hans')).part('word/document.xml');
    const tables = [...document.matchAll(/<w:tblPr>.*?<\/w:tblPr>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) expect(t).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('a contract number, a telephone number and an e-mail hold non-breaking hyphens', async () => {
    const document = (await built('zh-Hans')).part('word/document.xml');
    const has = (s: string) => document.includes(s);
    expect(has('合同编号：YF</w:t><w:noBreakHyphen/><w:t xml:space="preserve">WH</w:t><w:noBreakHyphen/>')).toBe(true);
    expect(has('021</w:t><w:noBreakHyphen/><w:t xml:space="preserve">6083 5200')).toBe(true);
    expect(has('qinghe</w:t><w:noBreakHyphen/><w:t xml:space="preserve">ec.example.com')).toBe(true);
    expect(/<w:t[^>]*>[^<]*[A-Za-z0-9]-[A-Za-z0-9][^<]*<\/w:t>/.exec(document)?.[0]).toBeUndefined();
  });

  it('the paragraphs keep 避头尾, hang no mark into the margin and space hanzi from Latin letters and digits, as the PDF', async () => {
    const styles = (await built('zh-Hant-HK')).part('word/styles.xml');
    expect(styles).toContain('<w:pPrDefault><w:pPr><w:widowControl/><w:kinsoku/><w:overflowPunct w:val="0"/><w:autoSpaceDE/><w:autoSpaceDN/><w:spacing');
  });
});
