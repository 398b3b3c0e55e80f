// `svc-contract build <spec...>`: each spec → its contract in the asked formats, under --out.
// A spec that fails leaves no file behind and its earlier outputs untouched.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { RenderError, SpecError } from '../../errors/diagnostic.js';
import { buildDocument } from '../../pipeline.js';
import { LABELS } from '../../spec/blocks.js';
import { TemplateOverrideError, loadTemplates } from '../../templates/load.js';
import type { Locale } from '../../text/locale.js';
import { FORMATS, type Format, type WriterOptions } from '../../writers/index.js';
import { EXIT, UsageError, writeFileAtomic } from '../io.js';
import { version, type Context } from '../main.js';
import { BUNDLED_REGULAR, bundledFontDir } from '../fonts.js';
import { checkFile, printDiagnostics, type Checked } from './check.js';

export interface BuildFlags {
  format: string;
  out: string;
  draft?: boolean;
  locale?: string;
  templates?: string;
  fontRegular?: string;
  fontBold?: string;
}

/**
 * The date documents carry: SOURCE_DATE_EPOCH when set (reproducible-build convention), else the
 * spec's signing date, else a fixed date. Never the clock, so the same spec gives the same bytes.
 */
export function documentDate(epoch: string | undefined, signingDate: string | null | undefined): Date {
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
    return new Date(Number(epoch) * 1000);
  }
  return new Date(`${signingDate ?? '2000-01-01'}T00:00:00Z`);
}

/** The bundled font, read once however many specs one command builds (8 MB). */
let bundledRegular: Uint8Array | undefined;

/** Font files named by flags (relative to the working folder) or by the spec (relative to the spec). */
function readPdfFonts(flags: BuildFlags, fonts: { pdfRegular?: string; pdfBold?: string }, checked: Extract<Checked, { ok: true }>, packageRoot: string): Pick<WriterOptions, 'pdfFonts'> {
  // `file.ttc#PostScriptName` picks one face of a font collection
  const read = (flag: string | undefined, fromSpec: string | undefined, key: 'pdfRegular' | 'pdfBold'): { bytes: Uint8Array; name?: string } | undefined => {
    const given = flag ?? fromSpec;
    if (!given) return undefined;
    const [file, name] = given.split('#') as [string, string | undefined];
    const path = flag ? resolve(file) : resolve(dirname(checked.file), file);
    const where = flag ? undefined : key;
    try {
      return { bytes: readFileSync(path), ...(name ? { name } : {}) };
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
      if (!where) throw new UsageError(`${flag}: cannot read the font file (${why})`);
      throw new SpecError([{ file: checked.file, pos: checked.spec.positionOf(['fonts', where]), path: `fonts.${where}`, expected: 'a font file that can be read', got: `${path}: ${why}`, hint: 'paths are relative to the spec file' }]);
    }
  };
  const regular = read(flags.fontRegular, fonts.pdfRegular, 'pdfRegular');
  const bold = read(flags.fontBold, fonts.pdfBold, 'pdfBold');
  if (regular) {
    return { pdfFonts: { regular: regular.bytes, ...(regular.name ? { regularName: regular.name } : {}), ...(bold ? { bold: bold.bytes, ...(bold.name ? { boldName: bold.name } : {}) } : {}) } };
  }
  // the bundled Noto Sans SC: part of the install, never a font found on the machine
  const dir = bundledFontDir(packageRoot);
  bundledRegular ??= readFileSync(join(dir, BUNDLED_REGULAR));
  return { pdfFonts: { regular: bundledRegular, ...(bold ? { bold: bold.bytes, ...(bold.name ? { boldName: bold.name } : {}) } : {}) } };
}


export function parseFormats(list: string): Format[] {
  const asked = list.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const known = Object.keys(FORMATS);
  for (const f of asked) if (!known.includes(f)) throw new UsageError(`unknown format "${f}"; formats: ${known.join(', ')}`);
  if (asked.length === 0) throw new UsageError(`--format needs at least one of: ${known.join(', ')}`);
  return [...new Set(asked)] as Format[];
}

export async function buildCommand(files: string[], flags: BuildFlags, ctx: Context): Promise<number> {
  const formats = parseFormats(flags.format);
  if (flags.locale !== undefined && !(flags.locale in LABELS.locale)) throw new UsageError(`unknown locale "${flags.locale}"; one of: ${Object.keys(LABELS.locale).join(', ')}`);
  // output names come from the spec's file name only; two specs must not write the same file
  const names = new Map<string, string>();
  for (const f of files) {
    const name = basename(f).replace(/\.(ya?ml)$/i, '');
    const other = names.get(name);
    if (other !== undefined) throw new UsageError(`${other} and ${f} would both write ${name}.*; build them into different --out folders`);
    names.set(name, f);
  }
  const writers = await Promise.all(formats.map(async (f) => [f, await FORMATS[f].load()] as const));
  mkdirSync(flags.out, { recursive: true });

  let code: number = EXIT.ok;
  for (const [name, file] of names) {
    let checked;
    try {
      checked = checkFile(file, flags.draft === true);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      ctx.err(`svc-contract: ${e.message}`);
      code = EXIT.usage;
      continue;
    }
    if (!checked.ok) {
      printDiagnostics(checked, ctx);
      ctx.out(`${ctx.paintOut.red('✗')} ${file}: not built`);
      if (code === EXIT.ok) code = EXIT.invalid;
      continue;
    }
    try {
      const templates = loadTemplates(join(ctx.packageRoot, 'templates'), checked.contract.type.id, flags.templates);
      const { doc } = await buildDocument(checked.contract, templates, flags.locale ? { locale: flags.locale as Locale } : {});
      // the bytes validated are the bytes hashed: one read of the spec
      const specHash = createHash('sha256').update(checked.bytes).digest('hex');
      const spec = checked.contract.spec as { contract: { signingDate?: string | null }; fonts: { body: string; heading: string; pdfRegular?: string; pdfBold?: string } };
      const options: WriterOptions = {
        version,
        specHash,
        date: documentDate(ctx.env.SOURCE_DATE_EPOCH, spec.contract.signingDate),
        docxFonts: { body: spec.fonts.body, heading: spec.fonts.heading },
        ...(formats.includes('pdf') ? readPdfFonts(flags, spec.fonts, checked, ctx.packageRoot) : {}),
      };
      // every format is made in memory first: a failure writes nothing
      const outputs: [string, Uint8Array][] = [];
      for (const [format, write] of writers) outputs.push([join(flags.out, `${name}.${FORMATS[format].ext}`), await write(doc, options)]);
      for (const [path, bytes] of outputs) writeFileAtomic(path, bytes);
      ctx.out(`${ctx.paintOut.bold('✓')} ${file} → ${outputs.map(([p]) => p).join(', ')}${checked.contract.draft ? ` (draft, ${checked.blanks.length} blanks)` : ''}`);
    } catch (e) {
      if (e instanceof TemplateOverrideError) throw new UsageError(e.message);
      if (e instanceof RenderError) {
        ctx.err(`${ctx.paintErr.bold(file)}: ${ctx.paintErr.red('error')}: ${e.message}${e.hint ? `\n  ${ctx.paintErr.cyan('hint')}: ${e.hint}` : ''}`);
        ctx.out(`${ctx.paintOut.red('✗')} ${file}: not built`);
        if (code === EXIT.ok) code = EXIT.invalid;
        continue;
      }
      if (!(e instanceof SpecError)) throw e;
      printDiagnostics({ ok: false, file, diagnostics: e.diagnostics, text: e.diagnostics[0]?.file === file ? checked.text : undefined }, ctx);
      ctx.out(`${ctx.paintOut.red('✗')} ${file}: not built`);
      if (code === EXIT.ok) code = EXIT.invalid;
    }
  }
  return code;
}
