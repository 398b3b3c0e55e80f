// Clause identity as the programs people use see it. LibreOffice opens the DOCX, whose
// cross-references are REF fields: printed, they must read as the tree resolved them (第十条第（三）项,
// never the heading the bookmark sits in, never "Error: Reference source not found"). qpdf reads the
// PDF's named destinations, outline and links; pdftotext reads what lies under each link.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledFonts } from '../../src/assets.js';
import { PAGE } from '../../src/layout/page.js';
import { TYPES } from '../../src/schema/types/index.js';
import { anchorNames } from '../../src/tree/anchors.js';
import { numbered } from '../../src/tree/number.js';
import { type ContractDocument, plain } from '../../src/tree/types.js';
import { forEachBlock, forEachInline, forEachInlines } from '../../src/tree/walk.js';
import { writeDocx } from '../../src/writers/docx.js';
import type { WriterOptions } from '../../src/writers/index.js';
import { writePdf } from '../../src/writers/pdf.js';
import { root } from '../helpers/check.js';
import { build } from '../helpers/pipeline.js';

const OPTIONS: WriterOptions = {
  version: 'test',
  specHash: 'ab'.repeat(32),
  date: new Date('2026-11-20T00:00:00Z'),
  docxFonts: { body: '宋体', heading: '黑体' },
  pdfFonts: bundledFonts(),
};
const out = mkdtempSync(join(tmpdir(), 'svc-xref-'));
const profile = `file://${join(out, 'lo-profile')}`;
const hasLibreOffice = spawnSync('libreoffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasLibreOffice)
  console.warn('LibreOffice is not installed: its checks are skipped (apt-get install libreoffice-writer fonts-noto-cjk; .ci/run installs it)');

function tool(cmd: string, args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 170_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} is not installed (apt-get install poppler-utils qpdf libreoffice-writer fonts-noto-cjk): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}
const squash = (s: string) => s.replace(/\s+/g, '');
/** text as compared with LibreOffice's print: it hangs a comma or a full stop past the line's end, where pdftotext may drop it */
const words = (s: string) => squash(s).replace(/\p{P}/gu, '');

const docs = new Map<string, ContractDocument>();
beforeAll(async () => {
  mkdirSync(join(out, 'lo'), { recursive: true });
  for (const t of TYPES) {
    const { doc } = await build(readFileSync(join(root, 'examples', `${t.id}.yaml`), 'utf8'));
    docs.set(t.id, doc);
    writeFileSync(join(out, `${t.id}.docx`), await writeDocx(doc, OPTIONS));
    writeFileSync(join(out, `${t.id}.pdf`), await writePdf(doc, OPTIONS));
  }
  if (hasLibreOffice)
    tool(
      'libreoffice',
      ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', join(out, 'lo'), ...TYPES.map((t) => join(out, `${t.id}.docx`))],
      { HOME: out },
    );
});

/** Each number a cross-reference prints, with its clause id, in document order. */
function referenced(doc: ContractDocument): { id: string; text: string }[] {
  const refs: { id: string; text: string }[] = [];
  forEachInline(doc.children, (x) => {
    if (x.type === 'ref') for (const p of x.parts ?? []) if (p.id !== undefined) refs.push({ id: p.id, text: p.text });
  });
  return refs;
}

// qpdf --json (version 2): objects by "obj:n 0 R", strings as "u:…"
type Json = Record<string, unknown>;
function qpdf(pdf: string) {
  const j = JSON.parse(tool('qpdf', ['--json', pdf])) as {
    pages: { object: string; pageposfrom1: number }[];
    outlines: Outline[];
    qpdf: [Json, Record<string, { value: Json }>];
  };
  const objects = j.qpdf[1];
  const get = (ref: unknown): Json => (typeof ref === 'string' && objects[`obj:${ref}`] ? objects[`obj:${ref}`]!.value : (ref as Json));
  const pageOf = new Map(j.pages.map((p) => [p.object, p.pageposfrom1]));
  const rootDict = get((objects.trailer!.value as { '/Root': string })['/Root']);
  const tree = get(get(rootDict['/Names'])['/Dests']);
  const list = tree['/Names'] as unknown[];
  const dests = new Map<string, { page: number; top: number }>();
  for (let i = 0; i < list.length; i += 2) {
    const d = get(list[i + 1]) as unknown as [string, string, number, number, null];
    dests.set(String(list[i]).replace(/^u:/, ''), { page: pageOf.get(d[0])!, top: d[3] });
  }
  const links = j.pages.flatMap((p) =>
    ((get(p.object)['/Annots'] ?? []) as unknown[])
      .map(get)
      .filter((a) => a['/Subtype'] === '/Link')
      .map((a) => ({ page: p.pageposfrom1, dest: String(a['/Dest']).replace(/^u:/, ''), rect: a['/Rect'] as number[], border: a['/Border'] as number[] })),
  );
  return {
    dests,
    links,
    outlines: j.outlines,
    names: list.filter((_, i) => i % 2 === 0).map((n) => String(n).replace(/^u:/, '')),
    hasOutlines: '/Outlines' in rootDict,
  };
}
interface Outline {
  title: string;
  destpageposfrom1: number;
  kids: Outline[];
}

describe.each(TYPES.map((t) => t.id))('%s', (id) => {
  it.skipIf(!hasLibreOffice)('LibreOffice prints every cross-reference as the tree resolved it', () => {
    const doc = docs.get(id)!;
    // the printed text without the running header and page footers, which break into paragraphs
    const pages = tool('pdftotext', [join(out, 'lo', `${id}.pdf`), '-']).split('\f');
    const body = squash(
      pages
        .map((p) => {
          const lines = p.split('\n').filter((l) => l.trim() !== '' && !/^第\s*\d+\s*页\s*共\s*\d+\s*页$/.test(l.trim()));
          // the running header: the title, then the contract number (two lines as pdftotext reads them)
          while (lines.length && (lines[0]!.includes(doc.meta.title) || lines[0]!.startsWith(`${doc.meta.labels.contractNumber}：${doc.meta.contractNumber}`)))
            lines.shift();
          return lines.join('\n');
        })
        .join('\n'),
    );
    expect(body).not.toMatch(/Error|Reference source not found|引用源/);
    let checked = 0;
    forEachInlines(doc.children, (xs) => {
      if (!xs.some((x) => x.type === 'ref')) return;
      checked++;
      expect(words(body), plain(xs)).toContain(words(plain(xs)));
    });
    expect(checked).toBeGreaterThan(3);
    // and every heading as it is, not one extra character of hidden text before it
    const lines = new Set(pages.flatMap((p) => p.split('\n').map(squash)));
    forEachBlock(doc.children, (b) => {
      if (b.type === 'clause') expect(lines.has(squash(`${numbered(b.number)}${plain(b.title)}`)), `${b.number}${plain(b.title)}`).toBe(true);
    });
  });

  it('qpdf: a named destination per clause and annex id, the outline, and links to them with no border, over the numbers', () => {
    const doc = docs.get(id)!;
    const pdf = join(out, `${id}.pdf`);
    const q = qpdf(pdf);
    const names = anchorNames(doc);
    // names sorted as a PDF name tree must be (byte order), each clause and annex there
    expect(q.names).toEqual([...q.names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(q.names)).toEqual(new Set(names.values()));
    expect(q.hasOutlines).toBe(true);
    // the outline's entries are the headings, on the page of their destination
    const pageOf = new Map<string, number>();
    forEachBlock(doc.children, (b) => {
      if ((b.type === 'clause' || b.type === 'appendix') && b.id)
        pageOf.set((b.type === 'clause' ? `${numbered(b.number)}${plain(b.title)}` : plain(b.title)).trim(), q.dests.get(names.get(b.id)!)!.page);
    });
    const entries = q.outlines.flatMap((o) => [o, ...o.kids]);
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) if (pageOf.has(e.title)) expect(e.destpageposfrom1, e.title).toBe(pageOf.get(e.title));
    // each link: a border of none, and under it (pdftotext of its box) the number of the clause it names
    const refs = referenced(doc);
    expect(q.links.length).toBeGreaterThanOrEqual(refs.length);
    const under = q.links.map((l) => {
      expect(l.border).toEqual([0, 0, 0]);
      const [x1, y1, x2, y2] = l.rect as [number, number, number, number];
      const x = Math.floor(x1);
      const y = Math.floor(PAGE.height - y2);
      const crop = [
        '-f',
        String(l.page),
        '-l',
        String(l.page),
        '-x',
        String(x),
        '-y',
        String(y),
        '-W',
        String(Math.ceil(x2) - x),
        '-H',
        String(Math.ceil(PAGE.height - y1) - y),
      ];
      return { dest: l.dest, text: squash(tool('pdftotext', [...crop, pdf, '-'])) };
    });
    let k = 0;
    for (const r of refs) {
      let text = '';
      while (!text.includes(r.text) && k < under.length && under[k]!.dest === names.get(r.id)) text += under[k++]!.text;
      expect(text, `a link to ${r.id} over ${r.text}`).toContain(r.text);
    }
    expect(k).toBe(under.length);
  });
});
