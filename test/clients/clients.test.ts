// The outputs opened by the programs people really use: qpdf and poppler read the PDF, LibreOffice
// opens the DOCX (as Word would, with 宋体/黑体 mapped to the Noto CJK faces) and prints it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TYPES } from '../../src/schema/types/index.js';
import { type Block, plain } from '../../src/tree/types.js';
import { root } from '../helpers/check.js';
import { spawnCli } from '../helpers/cli.js';
import { build } from '../helpers/pipeline.js';

const out = mkdtempSync(join(tmpdir(), 'svc-clients-'));
const home = join(out, 'home');
const fontsConf = join(out, 'fonts.conf');
/** LibreOffice's own profile, fresh per run, so a user's settings (or a running instance) play no part */
const profile = `file://${join(out, 'lo-profile')}`;

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { encoding: 'utf8' }).status === 0;
const NO_LIBREOFFICE = 'LibreOffice is not installed: skipped (apt-get install libreoffice-writer fonts-noto-cjk; .ci/run installs it)';
if (!hasLibreOffice) console.warn(NO_LIBREOFFICE);
const itLo = it.skipIf(!hasLibreOffice);

function tool(cmd: string, args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 170_000 });
  if (r.error) throw new Error(`${cmd} is not installed (apt-get install poppler-utils qpdf libreoffice-writer fonts-noto-cjk): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function titles(blocks: Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'clause' ? [`${b.number}${plain(b.title)}`, ...titles(b.children)] : b.type === 'appendix' ? [plain(b.title), ...titles(b.children)] : [],
  );
}
const squash = (s: string) => s.replace(/\s+/g, '');

/** Pages of a PDF, as pdfinfo counts them. */
const pages = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(tool('pdfinfo', [pdf]))?.[1]);

beforeAll(() => {
  // LibreOffice renders what Word would on a machine with SimSun and SimHei: the system's fonts,
  // with 宋体/SimSun taken as Noto Serif CJK SC and 黑体/SimHei as Noto Sans CJK SC
  mkdirSync(home, { recursive: true });
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${[
  ['宋体', 'Noto Serif CJK SC'],
  ['SimSun', 'Noto Serif CJK SC'],
  ['黑体', 'Noto Sans CJK SC'],
  ['SimHei', 'Noto Sans CJK SC'],
]
  .map(([a, b]) => `<alias binding="same"><family>${a}</family><prefer><family>${b}</family></prefer></alias>`)
  .join('\n')}
</fontconfig>`,
  );
  for (const t of TYPES) {
    const r = spawnCli(['build', join(root, 'examples', `${t.id}.yaml`), '--out', out]);
    if (r.code !== 0) throw new Error(r.stderr);
  }
  if (hasLibreOffice) {
    tool(
      'libreoffice',
      ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', join(out, 'lo'), ...TYPES.map((t) => join(out, `${t.id}.docx`))],
      {
        HOME: home,
        FONTCONFIG_FILE: fontsConf,
      },
    );
  }
});

describe.each(TYPES.map((t) => t.id))('%s', (id) => {
  const pdf = join(out, `${id}.pdf`);

  it('qpdf finds no errors in the PDF', () => {
    expect(tool('qpdf', ['--check', pdf])).toMatch(/No syntax or stream encoding errors found/);
  });

  it('pdffonts: every font embedded as a subset, with a Unicode map', () => {
    const rows = tool('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\+\S+\s.*\syes\s+yes\s+yes\s/);
  });

  it('pdftotext gives back every clause title in reading order, and no line breaks before closing punctuation', async () => {
    const { doc } = await build(readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8'));
    const text = tool('pdftotext', ['-layout', pdf, '-']);
    let at = 0;
    for (const t of titles(doc.children)) {
      const i = squash(text).indexOf(squash(t), at);
      expect(i, t).toBeGreaterThanOrEqual(0);
      at = i;
    }
    const lines = tool('pdftotext', [pdf, '-'])
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines.filter((l) => /^[，。；：、）》」』！？”]/.test(l) || /[（《「『“]$/.test(l))).toEqual([]);
  });

  it('page 1 renders to an image', () => {
    tool('pdftoppm', ['-singlefile', '-r', '50', '-png', '-f', '1', '-l', '1', pdf, join(out, `${id}-page1`)]);
    expect(statSync(join(out, `${id}-page1.png`)).size).toBeGreaterThan(10_000);
  });

  // issue 8: the DOCX as LibreOffice lays it out and the PDF break pages alike
  itLo('LibreOffice prints the DOCX on as many pages as the PDF has, give or take one', () => {
    const docx = pages(join(out, 'lo', `${id}.pdf`));
    const own = pages(pdf);
    expect(own).toBeGreaterThan(1);
    expect(Math.abs(docx - own), `LibreOffice ${docx} pages, PDF ${own}`).toBeLessThanOrEqual(1);
  });

  itLo('LibreOffice opens the DOCX and prints every clause title, the parties and the amounts', async () => {
    const { doc } = await build(readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8'));
    const text = squash(tool('pdftotext', [join(out, 'lo', `${id}.pdf`), '-']));
    for (const t of titles(doc.children)) expect(text, t).toContain(squash(t));
    for (const p of doc.children.filter((b) => b.type === 'parties').flatMap((b) => b.parties)) expect(text).toContain(squash(plain(p.name)));
    expect(text).toMatch(/人民币[\d,]+\.\d\d元（大写：人民币/);
    expect(text).toMatch(/第1页共\d+页/);
  });
});

itLo('the converted DOCX embeds the Noto CJK faces 宋体 and 黑体 were mapped to (no boxes, no fallback face)', () => {
  const fonts = tool('pdffonts', [join(out, 'lo', 'work-contract.pdf')]);
  expect(fonts).toMatch(/NotoSerifCJK/i);
  expect(fonts).toMatch(/NotoSansCJK/i);
});
