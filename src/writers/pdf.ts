// PDF writer: document tree → .pdf bytes (pdfkit). The fonts come in as bytes (the bundled Noto
// Sans SC unless the spec names others) and are embedded as subsets, so the same spec gives the
// same PDF on every machine. A character the font lacks stops the build instead of printing a box.
import PDFDocument from 'pdfkit';
import { RenderError } from '../errors/diagnostic.js';
import { numbered } from '../tree/number.js';
import { BLANK, SIGN_LINE, pageFooter, plain, unreachable, type Block, type ContractDocument, type Inline, type PartyLine } from '../tree/types.js';
import { forEachText } from '../tree/walk.js';
import type { WriterOptions } from './index.js';
import { PAGE, TYPE } from '../layout/page.js';

type Doc = PDFKit.PDFDocument;
interface Run {
  text: string;
  bold: boolean;
  underline: boolean;
}

const REGULAR = 'body';
const BOLD = 'bold';

export async function writePdf(tree: ContractDocument, options: WriterOptions): Promise<Uint8Array> {
  const fonts = options.pdfFonts;
  if (!fonts) throw new Error('writePdf needs font bytes (options.pdfFonts)');
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { ...PAGE.margin },
    bufferPages: true,
    autoFirstPage: true,
    lang: tree.meta.locale === 'zh-Hans' ? 'zh-CN' : tree.meta.locale,
    displayTitle: true,
    info: {
      Title: tree.meta.title,
      Subject: tree.meta.typeName,
      Creator: `svc-contract ${options.version}`,
      Producer: `svc-contract ${options.version}`,
      Keywords: `spec-sha256:${options.specHash}`,
      CreationDate: options.date,
      ModDate: options.date,
    },
  });
  doc.registerFont(REGULAR, Buffer.from(fonts.regular), fonts.regularName as string);
  doc.registerFont(BOLD, Buffer.from(fonts.bold ?? fonts.regular), (fonts.bold ? fonts.boldName : fonts.regularName) as string);
  // Without a bold file, bold is the regular face drawn with a thin outline: one embedded subset
  // instead of two keeps a four-page contract well under 150 KB.
  const fauxBold = !fonts.bold;
  checkCoverage(doc, tree);

  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  const width = PAGE.width - PAGE.margin.left - PAGE.margin.right;
  const left = PAGE.margin.left;
  const bottom = () => PAGE.height - PAGE.margin.bottom;
  const lineHeight = (size: number) => size * TYPE.lineHeight;
  const gap = (size: number) => size * (TYPE.lineHeight - 1.15);
  /** start a new page unless `h` points fit above the bottom margin */
  const ensure = (h: number) => {
    if (doc.y + h > bottom()) doc.addPage();
  };

  const runs = (xs: Inline[], bold = false, underline = false): Run[] =>
    xs.flatMap((x): Run[] => {
      switch (x.type) {
        case 'text':
        case 'value': return [{ text: x.value, bold, underline }];
        case 'ref': return [{ text: x.text ?? '', bold, underline }];
        case 'strong': return runs(x.children, true, underline);
        case 'emphasis': return runs(x.children, bold, underline);
        case 'blank': return [{ text: BLANK, bold, underline }];
        case 'signline': return [{ text: SIGN_LINE, bold, underline }];
        case 'break': return [{ text: '\n', bold, underline }];
        default: return unreachable(x);
      }
    });

  /** Runs of mixed weight as one flowing paragraph. */
  const write = (rs: Run[], size: number, opts: PDFKit.Mixins.TextOptions & { x?: number; w?: number } = {}) => {
    const merged = mergeRuns(rs);
    if (merged.length === 0) return;
    const x = opts.x ?? left;
    const w = opts.w ?? width;
    doc.fontSize(size);
    merged.forEach((r, i) => {
      doc.font(r.bold ? BOLD : REGULAR);
      const outline = r.bold && fauxBold;
      if (outline) doc.lineWidth(size * 0.04).strokeColor('black');
      const o = { width: w, lineGap: gap(size), continued: i < merged.length - 1, align: opts.align, indent: i === 0 ? opts.indent : 0, underline: r.underline, stroke: outline, fill: true };
      if (i === 0) doc.text(r.text, x, doc.y, o);
      else doc.text(r.text, o);
    });
  };

  // contract number at the top right, then the title
  doc.font(REGULAR).fontSize(TYPE.small).text(`${tree.meta.labels.contractNumber}：${tree.meta.contractNumber ?? BLANK}`, left, PAGE.margin.top, { width, align: 'right' });
  doc.moveDown(0.8);
  write([{ text: tree.meta.title, bold: true, underline: false }], TYPE.title, { align: 'center' });
  doc.moveDown(0.8);


  const heading = (text: Run[], level: 1 | 2 | 3, subheadings: number) => {
    const size = level === 1 ? TYPE.heading1 : level === 2 ? TYPE.heading2 : TYPE.heading3;
    // a heading keeps the headings right under it and two lines of text on its page
    ensure((1 + subheadings) * (lineHeight(size) + size) + lineHeight(TYPE.body) * 3);
    doc.moveDown(level === 1 ? 0.6 : 0.3);
    write(text.map((r) => ({ ...r, bold: true })), size);
  };
  /** how many headings open in a row from this clause down (第一章 then 1.1 then …) */
  const headingRun = (b: Block): number => (b.type === 'clause' && b.children[0]?.type === 'clause' ? 1 + headingRun(b.children[0]) : 0);

  const list = (items: { number: string; children: Inline[] }[], size: number) => {
    const markerWidth = Math.max(...items.map((i) => doc.font(REGULAR).fontSize(size).widthOfString(numbered(i.number)))) + 2;
    for (const item of items) {
      ensure(lineHeight(size));
      const y = doc.y;
      doc.font(REGULAR).fontSize(size).text(numbered(item.number).trimEnd(), left, y, { width: markerWidth, lineBreak: false });
      doc.y = y;
      write(runs(item.children), size, { x: left + markerWidth, w: width - markerWidth });
      doc.x = left;
    }
  };

  const table = (rows: Inline[][][], size: number, header: boolean, fractions: readonly number[] | undefined) => {
    const pad = 4;
    const cols = Math.max(...rows.map((r) => r.length));
    // the columns share the width as the layout stage decided, as in the DOCX
    const widths = (fractions ?? Array.from({ length: cols }, () => 1 / cols)).map((f) => f * width);
    const rowHeight = (row: Inline[][], bold: boolean) => {
      // heightOfString counts the line gap after the last line too: take it off
      const heights = row.map((cell, c) => doc.font(bold ? BOLD : REGULAR).fontSize(size).heightOfString(plain(cell) || ' ', { width: widths[c]! - 2 * pad, lineGap: gap(size) }) - gap(size));
      return Math.max(...heights, size * 1.2) + 2 * pad;
    };
    const drawRow = (row: Inline[][], ri: number) => {
      const bold = header && ri === 0;
      const h = rowHeight(row, bold);
      const y = doc.y;
      let x = left;
      row.forEach((cell, c) => {
        doc.lineWidth(0.5).rect(x, y, widths[c]!, h).stroke();
        doc.y = y + pad;
        write(runs(cell, bold), size, { x: x + pad, w: widths[c]! - 2 * pad });
        x += widths[c]!;
      });
      for (let c = row.length; c < cols; c++) {
        doc.lineWidth(0.5).rect(x, y, widths[c]!, h).stroke();
        x += widths[c]!;
      }
      doc.x = left;
      doc.y = y + h;
    };
    rows.forEach((row, ri) => {
      const h = rowHeight(row, header && ri === 0);
      // the header row never ends a page alone; on a new page it comes again above the rows
      const need = header && ri === 0 && rows[1] ? h + rowHeight(rows[1], false) : h;
      if (doc.y + need > bottom()) {
        doc.addPage();
        if (header && ri > 0) drawRow(rows[0]!, 0);
      }
      drawRow(row, ri);
    });
    doc.moveDown(0.5);
  };

  const line = (l: PartyLine): Run[] => [{ text: `${l.label}：`, bold: false, underline: false }, ...runs(l.value)];

  const block = (b: Block): void => {
    switch (b.type) {
      case 'clause':
        breakBefore(b);
        heading([{ text: numbered(b.number), bold: true, underline: false }, ...runs(b.title, true)], b.level, headingRun(b));
        b.children.forEach(block);
        return;
      case 'paragraph': {
        breakBefore(b);
        ensure(lineHeight(TYPE.body));
        if (b.number) {
          // 1.1.1 hangs: the text's lines align after the number
          list([{ number: b.number, children: b.children }], TYPE.body);
        } else write(runs(b.children), TYPE.body, { align: b.align ?? 'left', indent: b.align ? 0 : TYPE.body * 2 });
        doc.moveDown(0.2);
        return;
      }
      case 'list':
        breakBefore(b);
        list(b.items, TYPE.body);
        doc.moveDown(0.2);
        return;
      case 'table':
        breakBefore(b);
        table(b.rows, TYPE.small, true, b.widths);
        return;
      case 'parties':
        for (const p of b.parties) {
          ensure(lineHeight(TYPE.body) * (p.lines.length + 1));
          write([{ text: `${p.label}（${p.role}）：`, bold: true, underline: false }, ...runs(p.name, true)], TYPE.body);
          for (const l of p.lines) write(line(l), TYPE.small);
          doc.moveDown(0.6);
        }
        return;
      case 'signature': {
        // both parties side by side, kept together on one page: the label, the name, room for
        // the seal, then each line with its value (a blank is a long line to sign on)
        const colW = (width - 24) / 2;
        const sigRuns = (l: PartyLine): Run[] => runs(l.value).map((r) => (r.text === BLANK ? { ...r, text: SIGN_LINE } : r));
        const height = (s: (typeof b.parties)[number]) =>
          lineHeight(TYPE.body) * 2 +
          doc.font(BOLD).fontSize(TYPE.body).heightOfString(plain(s.name), { width: colW }) +
          s.lines.length * lineHeight(TYPE.body) * 3;
        const h = Math.max(...b.parties.map(height)) + lineHeight(TYPE.body) * 2;
        ensure(h);
        doc.moveDown(1);
        const y0 = doc.y;
        let yMax = y0;
        b.parties.forEach((s, i) => {
          const x = left + i * (colW + 24);
          doc.y = y0;
          write([{ text: `${s.label}：`, bold: true, underline: false }], TYPE.body, { x, w: colW });
          write(runs(s.name, true), TYPE.body, { x, w: colW });
          doc.moveDown(1.5);
          for (const l of s.lines) {
            // a line to sign on goes under its label; a filled value (the date) beside it
            const toSign = l.value.length === 1 && (l.value[0]!.type === 'signline' || l.value[0]!.type === 'blank');
            if (toSign) {
              write([{ text: `${l.label}：`, bold: false, underline: false }], TYPE.body, { x, w: colW });
              write(sigRuns(l), TYPE.body, { x, w: colW });
            } else write(line(l), TYPE.body, { x, w: colW });
            doc.moveDown(0.8);
          }
          yMax = Math.max(yMax, doc.y);
        });
        doc.x = left;
        doc.y = yMax + lineHeight(TYPE.body);
        return;
      }
      case 'appendix':
        if (b.pageBreakBefore) doc.addPage();
        else doc.moveDown(1.5);
        write(runs(b.title, true), TYPE.heading1, { align: 'center' });
        doc.moveDown(0.6);
        b.children.forEach(block);
        return;
      default:
        unreachable(b);
    }
  };
  // page starts were decided by the layout stage, as in the DOCX
  function breakBefore(b: Block) {
    if (b.pageBreakBefore) doc.addPage();
  }
  tree.children.forEach(block);

  // 第 N 页 共 M 页 on every page, written inside the bottom margin (margin set to 0 meanwhile,
  // or pdfkit would start a new page for it)
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(REGULAR).fontSize(TYPE.footer).text(pageFooter(tree.meta, i + 1, range.count), left, PAGE.height - PAGE.footerFromBottom, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = saved;
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

function mergeRuns(rs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of rs) {
    const prev = out[out.length - 1];
    if (prev && prev.bold === r.bold && prev.underline === r.underline) prev.text += r.text;
    else if (r.text !== '') out.push({ ...r });
  }
  return out;
}

/** Every character must be in the font: otherwise a box prints and copy-and-paste loses it. */
function checkCoverage(doc: Doc, tree: ContractDocument): void {
  const fontOf = (name: string) => {
    doc.font(name);
    return (doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean; postscriptName: string } } })._font.font;
  };
  const regular = fontOf(REGULAR);
  const bold = fontOf(BOLD);
  const missing = new Map<string, string>();
  // every text the PDF prints, through the shared walker: labels, numbers, footer included
  forEachText(tree, (text, ctx) => {
    const f = ctx.bold ? bold : regular;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp === 10 || cp === 13) continue;
      if (!f.hasGlyphForCodePoint(cp) && !missing.has(ch)) missing.set(ch, `${ctx.where || '正文'} (font ${f.postscriptName})`);
    }
  });
  if (missing.size) {
    const list = [...missing].slice(0, 10).map(([ch, where]) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in ${where}`);
    throw new RenderError(`the PDF font has no glyph for ${list.join('; ')}${missing.size > 10 ? ` and ${missing.size - 10} more` : ''}`, 'name a font file that has these characters (fonts.pdfRegular / --font-regular), or replace the characters');
  }
}
