// HTML writer: decided tree → one self-contained HTML5 file (inline CSS, no script, no external
// font or stylesheet), for reading in a browser, printing, and the live preview (cli/commands/
// preview.ts). Numbers are the tree's text, never CSS counters, so the page reads as the DOCX and
// the PDF do; every clause id is an element id and every cross-reference a link to it. Every
// piece of text is escaped here, in one place: a value reads as the characters it holds.
import { PAGE, PARA, SEAL_SPACE, SIGNATURE_GAP, TYPE } from '../layout/page.js';
import { numbered } from '../tree/number.js';
import {
  type Block,
  blankText,
  type Inline,
  type InlineHandlers,
  inlineRuns,
  type LaidOutDocument,
  labelled,
  type PartyLine,
  partyHead,
  SIGN_LINE,
  type Signatory,
  type TableRow,
  unreachable,
} from '../tree/types.js';
import { forEachBlock } from '../tree/walk.js';
import { facesFor } from './faces.js';
import type { WriterOptions } from './types.js';

export async function writeHtml(doc: LaidOutDocument, options: WriterOptions): Promise<Uint8Array> {
  return new TextEncoder().encode(renderHtml(doc, options));
}

/** The whole file as text. The contract itself is the one `<main class="contract">` element. */
export function renderHtml(doc: LaidOutDocument, options: WriterOptions): string {
  const { meta } = doc;
  // a reference links to the first of its clauses the document has (ids kept in document order)
  const present = new Map<string, number>();
  forEachBlock(doc.children, (b) => {
    const id = b.type === 'clause' ? b.id : b.type === 'appendix' ? (b as { id?: string }).id : undefined;
    if (id !== undefined && !present.has(id)) present.set(id, present.size);
  });
  const w = new Writer(present);
  const furniture = doc.meta.furniture;
  const head = [
    ...(furniture.draftMark ? [`<p class="draft-mark">${esc(furniture.draftMark.text)}</p>`] : []),
    ...furniture.head.map((l) => `<p class="head-line">${esc(l.text)}</p>`),
    `<h1 class="title">${esc(meta.title)}</h1>`,
  ];
  const generator = `svc-contract ${options.version}; spec-sha256:${options.specHash}${options.buildKey ? `; build:${options.buildKey}` : ''}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(htmlLang(meta.locale))}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(generator)}">`,
    `<title>${esc(meta.title)}</title>`,
    `<style>${css(meta.locale, options.docxFonts)}</style>`,
    '</head>',
    '<body>',
    `<main class="contract${meta.draft ? ' draft' : ''}">`,
    // a redline's list of the changed clauses, before the contract (on a page of its own in print)
    ...(meta.preface?.length ? ['<section class="preface">', ...meta.preface.map((b) => w.block(b)), '</section>'] : []),
    ...head,
    ...doc.children.map((b) => w.block(b)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The document's language as HTML names it: zh-CN for Simplified, the Traditional locales as they are. */
export function htmlLang(locale: string): string {
  return locale === 'zh-Hans' ? 'zh-CN' : locale;
}

/** An id or a fragment from a clause id: ids from a spec are already `[a-z][a-zA-Z0-9-]*`; a hand-built tree's are made safe the same way on both ends. */
export function htmlId(id: string): string {
  return id.replace(/[^\p{L}\p{N}_.:-]/gu, '_');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML text or attribute value: a value holding `<script>` prints those characters. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ALIGN = { left: 'a-l', center: 'a-c', right: 'a-r' } as const;
const pct = (f: number) => `${(Math.round(f * 100000) / 1000).toString()}%`;

/** Class attribute from the layout stage's decisions, a redline's mark on the whole block, and the block's own classes. */
function classes(b: Block, ...own: string[]): string {
  const change = 'change' in b ? b.change : undefined;
  const all = [...own, ...(change ? [`rev-${change}`] : []), ...(b.pageBreakBefore ? ['page-break'] : []), ...(b.keepWithNext ? ['keep-next'] : [])];
  return all.length ? ` class="${all.join(' ')}"` : '';
}

/** A number as printed; in a redline, the number it had struck through before it when it changed. */
function number(n: string, was: string | undefined): string {
  return `${was !== undefined ? `<del class="num-was">${esc(was)}</del>` : ''}<span class="num">${esc(numbered(n))}</span>`;
}

class Writer {
  constructor(private readonly present: ReadonlyMap<string, number>) {}

  block(b: Block): string {
    switch (b.type) {
      case 'clause': {
        const id = b.id !== undefined ? ` id="${esc(htmlId(b.id))}"` : '';
        const h = `h${b.level + 1}`;
        return [
          `<section${id}${classes(b, 'clause', `level-${b.level}`)}>`,
          `<${h}>${number(b.number, b.numberWas)}${this.inlines(b.title)}</${h}>`,
          ...b.children.map((c) => this.block(c)),
          '</section>',
        ].join('\n');
      }
      case 'paragraph': {
        if (b.heading) return `<h3${classes(b, 'subheading')}>${this.inlines(b.children)}</h3>`;
        const cls = [...(b.number ? ['numbered'] : []), ...(b.align && b.align !== 'left' ? [ALIGN[b.align]] : []), ...(b.display ? ['display'] : [])];
        const body = b.number ? `${number(b.number, b.numberWas)}<span class="text">${this.inlines(b.children)}</span>` : this.inlines(b.children);
        return `<p${classes(b, ...cls)}>${body}</p>`;
      }
      case 'list':
        return [
          `<ol${classes(b, 'items')}>`,
          ...b.items.map(
            (i) =>
              `<li${i.change ? ` class="rev-${i.change}"` : ''}>${number(i.number, i.numberWas)}<span class="text">${this.inlines(i.children)}</span></li>`,
          ),
          '</ol>',
        ].join('\n');
      case 'table':
        return this.table(b);
      case 'parties':
        return [
          `<div${classes(b, 'parties')}>`,
          ...b.parties.map((p) =>
            [
              `<div class="party">`,
              `<p class="party-name"><strong>${esc(partyHead(p))}${this.inlines(p.name)}</strong></p>`,
              ...p.lines.map((l) => `<p class="party-line">${this.line(l)}</p>`),
              '</div>',
            ].join('\n'),
          ),
          '</div>',
        ].join('\n');
      case 'signature': {
        // the signature page's note heads the page (it takes the page break), as in every format
        const note = b.note !== undefined ? [`<p${classes(b, 'signature-note', 'a-c')}>${esc(b.note)}</p>`] : [];
        return [...note, `<div${note.length ? ' class="signature"' : classes(b, 'signature')}>`, ...b.parties.map((s) => this.signatory(s)), '</div>'].join(
          '\n',
        );
      }
      case 'appendix': {
        // an annex's own id (附件三's annex-3) where the tree gives one
        const own = (b as { id?: string }).id;
        return [
          `<section${own !== undefined ? ` id="${esc(htmlId(own))}"` : ''}${classes(b, 'appendix')}>`,
          `<h2 class="appendix-title">${this.inlines(b.title)}</h2>`,
          ...b.children.map((c) => this.block(c)),
          '</section>',
        ].join('\n');
      }
      default:
        return unreachable(b);
    }
  }

  /** A table: its column widths, header, and rows as tall as the layout stage decided. */
  private table(b: Extract<Block, { type: 'table' }>): string {
    const [header, ...rows] = b.children;
    const align = (c: number) => {
      const a = b.align[c];
      return a ? ` class="${ALIGN[a]}"` : '';
    };
    // a redline marks the rows the new version deleted or inserted
    // a row to fill in by hand is as tall as the layout stage decided
    const height = (r: number) => (b.rowHeights?.[r] ? ` style="height:${pt(b.rowHeights[r]!)}"` : '');
    const cells = (row: TableRow, tag: 'th' | 'td', r = 0) =>
      `<tr${row.change ? ` class="rev-${row.change}"` : ''}${height(r)}>${row.children.map((cell, c) => `<${tag}${tag === 'td' ? align(c) : ''}>${this.inlines(cell.children)}</${tag}>`).join('')}</tr>`;
    return [
      `<table${classes(b, 'data')}>`,
      ...(b.widths ? [`<colgroup>${b.widths.map((f) => `<col style="width:${pct(f)}">`).join('')}</colgroup>`] : []),
      ...(header ? [`<thead>${cells(header, 'th')}</thead>`] : []),
      '<tbody>',
      ...rows.map((r, i) => cells(r, 'td', i + 1)),
      '</tbody>',
      '</table>',
    ].join('\n');
  }

  /** One party's column: 甲方（盖章）： over the name, room for the seal, then the lines to sign and date. */
  private signatory(s: Signatory): string {
    const toSign = (l: PartyLine) => l.value.length === 1 && l.value[0]!.type === 'signline';
    return [
      '<div class="signatory">',
      `<p class="signatory-name"><strong>${esc(labelled(s.label))}</strong><br><strong>${this.inlines(s.name)}</strong></p>`,
      '<div class="seal" aria-hidden="true"></div>',
      ...s.lines.map((l) =>
        toSign(l) ? `<p class="sign">${esc(labelled(l.label))}<br><span class="signline">${esc(SIGN_LINE)}</span></p>` : `<p class="sign">${this.line(l)}</p>`,
      ),
      '</div>',
    ].join('\n');
  }

  private link(text: string, target: string | undefined): string {
    return target === undefined ? esc(text) : `<a class="ref" href="#${esc(htmlId(target))}">${esc(text)}</a>`;
  }

  private line(l: PartyLine): string {
    return `${esc(labelled(l.label))}${this.inlines(l.value)}`;
  }

  inlines(xs: readonly Inline[]): string {
    return inlineRuns(xs, this.handlers).join('');
  }

  /** The HTML writer's handler per inline leaf, and its tags around marked content (tree/types.ts, `inlineRuns`). */
  private readonly handlers: InlineHandlers<string> = {
    leaf: {
      text: (x) => [esc(x.value)],
      value: (x) => [esc(x.value)],
      blank: (x) => [`<span class="blank">${esc(blankText(x.size))}</span>`],
      signline: () => [`<span class="signline">${esc(SIGN_LINE)}</span>`],
      ref: (x) => {
        // each clause's number links to it where the numbering gives the reference in pieces
        // (第五条、第六条和第九条); read structurally, as trees from before those pieces have none
        const parts = (x as { parts?: readonly { text: string; id?: string }[] }).parts;
        if (parts?.length) return [parts.map((p) => this.link(p.text, p.id !== undefined && this.present.has(p.id) ? p.id : undefined)).join('')];
        // else the whole text links to the first of its clauses the document has
        const target = x.ids.filter((id) => this.present.has(id)).sort((a, b) => this.present.get(a)! - this.present.get(b)!)[0];
        return [this.link(x.text ?? '', target)];
      },
      break: () => ['<br>'],
    },
    wrap: {
      strong: (inner) => ['<strong>', ...inner, '</strong>'],
      emphasis: (inner) => ['<em>', ...inner, '</em>'],
      change: (inner, change) => [`<${change}>`, ...inner, `</${change}>`],
    },
  };
}

/** A font name safe inside a CSS string inside <style>: letters, digits, spaces and hyphens only. */
const fontName = (name: string) => name.replace(/[^\p{L}\p{N} _-]/gu, '').trim();

const SONG = ['"Noto Serif CJK SC"', '"Source Han Serif SC"', 'SimSun', '"Songti SC"', 'serif'];
const HEI = ['"Noto Sans CJK SC"', 'SimHei', '"Heiti SC"', 'sans-serif'];
/** Traditional text in its region's glyph forms first, where the faces are installed. */
const REGION: Record<string, { song: string[]; hei: string[] }> = {
  'zh-Hant': { song: ['"Noto Serif CJK TC"', '"Source Han Serif TC"'], hei: ['"Noto Sans CJK TC"'] },
  'zh-Hant-TW': { song: ['"Noto Serif CJK TC"', '"Source Han Serif TC"'], hei: ['"Noto Sans CJK TC"'] },
  'zh-Hant-HK': { song: ['"Noto Serif CJK HK"', '"Source Han Serif HC"'], hei: ['"Noto Sans CJK HK"'] },
};

/** The spec's named face (fonts.body / fonts.heading, as the DOCX asks for it) first, then the stack. */
function stack(named: string, region: string[], base: string[]): string {
  const n = fontName(named);
  const own = n && !base.some((f) => f.replace(/"/g, '') === n) ? [`"${n}"`] : [];
  return [...own, ...region, ...base].join(', ');
}

const pt = (n: number) => `${Math.round(n * 100) / 100}pt`;

/** The page's style, from the layout stage's page and type settings: A4's text width, 小四 on 22 pt, 黑体 headings. */
function css(locale: string, fonts: WriterOptions['docxFonts']): string {
  const region = REGION[locale] ?? { song: [], hei: [] };
  const word = facesFor(locale).word;
  const song = stack(fonts.body ?? word.body.name, region.song, SONG);
  const hei = stack(fonts.heading ?? word.heading.name, region.hei, HEI);
  const m = PAGE.margin;
  return `
html{background:#e9e9e4;color:#111}
body{margin:0;padding:24px 0}
.contract{box-sizing:border-box;width:${pt(PAGE.width)};max-width:100%;min-height:${pt(PAGE.height)};margin:0 auto;padding:${pt(m.top)} ${pt(m.right)} ${pt(m.bottom)} ${pt(m.left)};background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.25);font-family:${song};font-size:${pt(TYPE.body)};line-height:${pt(PARA.body.pitch)};text-align:justify;text-justify:inter-character}
h1,h2,h3,h4,.party-name strong,.signatory-name strong,th{font-family:${hei};font-weight:bold}
h1{font-size:${pt(TYPE.title)};line-height:${pt(PARA.title.pitch)};text-align:center;margin:${pt(PARA.title.before)} 0 ${pt(PARA.title.after)}}
h2{font-size:${pt(TYPE.heading1)};line-height:${pt(PARA.heading1.pitch)};margin:${pt(PARA.heading1.before)} 0 ${pt(PARA.heading1.after)}}
h3,h4{font-size:${pt(TYPE.heading2)};line-height:${pt(PARA.heading2.pitch)};margin:${pt(PARA.heading2.before)} 0 0}
h2,h3,h4{break-after:avoid}
h4{padding-left:2em}
.display{text-indent:0;padding-left:4em;text-align:left}
p{margin:0;text-indent:2em}
.head-line{text-align:right;text-indent:0;font-size:${pt(TYPE.small)};line-height:${pt(PARA.contractNumber.pitch)}}
.draft-mark{text-align:center;text-indent:0;color:#a00;border:1px solid #a00;padding:2pt 6pt;margin-bottom:12pt}
p.numbered,ol.items li{display:flex;text-indent:0}
ol.items{list-style:none;margin:0;padding:0 0 0 2em}
.num{flex:none;white-space:pre}
.text{flex:1}
.a-c{text-align:center;text-indent:0}
.a-r{text-align:right;text-indent:0}
.parties{margin:6pt 0}
.party{margin-bottom:${pt(PARA.partyName.before)}}
.party-name{text-indent:0}
.party-line{text-indent:0;font-size:${pt(TYPE.small)};line-height:${pt(PARA.partyLine.pitch)}}
table.data{width:100%;border-collapse:collapse;margin:4pt 0 8pt;font-size:${pt(TYPE.small)};line-height:16pt;text-align:left}
table.data th,table.data td{border:1px solid #000;padding:2pt 5.4pt;vertical-align:top}
table.data th{text-align:center}
table.data tr{break-inside:avoid}
.signature{display:grid;grid-template-columns:1fr 1fr;column-gap:${pt(SIGNATURE_GAP)};margin-top:24pt;font-size:${pt(TYPE.small)};line-height:${pt(PARA.signature.pitch)};break-inside:avoid}
.signature p{text-indent:0}
.seal{height:${pt(SEAL_SPACE)}}
.sign{margin-top:10pt}
.blank,.signline{white-space:nowrap}
.appendix{margin-top:18pt}
.page-break{border-top:1px solid #999;margin-top:24pt;padding-top:12pt}
a.ref{color:inherit;text-decoration:underline dotted}
ins,.rev-ins{color:#05a;text-decoration:underline}
del,.rev-del{color:#b00;text-decoration:line-through}
.num-was{margin-right:.5em}
.preface{border-bottom:1px solid #999;margin-bottom:24pt;padding-bottom:12pt}
@page{size:A4;margin:${pt(m.top)} ${pt(m.right)} ${pt(m.bottom)} ${pt(m.left)}}
@media print{html{background:none}body{padding:0}.contract{width:auto;min-height:0;padding:0;box-shadow:none}.page-break{break-before:page;border-top:0;margin-top:0;padding-top:0}.preface{break-after:page;border-bottom:0}.keep-next{break-after:avoid}a.ref{text-decoration:none}}
`;
}
