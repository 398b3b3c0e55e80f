// `svc-contract build <spec...>`: each spec → its contract in the asked formats, under --out.
// Only I/O around `convert()`: read the spec and the font files it names, write the outputs.
// A spec that fails leaves no file behind and its earlier outputs untouched.
import { existsSync, lstatSync, mkdirSync, readFileSync, statSync, statfsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { bundledTemplates } from '../../assets.js';
import { convert, isFontFile } from '../../convert.js';
import { LABELS } from '../../schema/blocks.js';
import { TemplateOverrideError } from '../../templates/load.js';
import type { Locale } from '../../text/locale.js';
import { FORMATS, type FontFile, type Format, type PdfFonts } from '../../writers/index.js';
import { EXIT, UsageError, readSpecFile, regularFileSize } from '../io.js';
import { commit, prepare, removePending, type Output } from '../write.js';
import { version, type Context } from '../context.js';
import { oversized } from '../../load/load.js';
import { printDiagnostics } from './check.js';

export interface BuildFlags {
  format: string;
  out: string;
  draft?: boolean;
  locale?: string;
  templates?: string;
  fontRegular?: string;
  fontBold?: string;
  /** build in memory and compare with the files in --out: exit 1 listing those that are not current */
  check?: boolean;
}

/**
 * The date documents carry: SOURCE_DATE_EPOCH when set (reproducible-build convention), else the
 * spec's signing date (convert's default). Never the clock, so the same spec gives the same bytes.
 */
export function documentDate(epoch: string | undefined): Date | undefined {
  if (epoch === undefined || epoch === '') return undefined;
  // up to 9999-12-31: a date a document property and a PDF can carry
  if (!/^\d{1,12}$/.test(epoch) || Number(epoch) > 253_402_300_799) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970 up to the year 9999, not "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}

/** Magic numbers of file systems that hold no user files (statfs f_type): proc, sysfs, cgroup, devpts, debugfs, securityfs. */
const SPECIAL_FS = new Set([0x9fa0, 0x62656572, 0x27e0eb, 0x63677270, 0x1cd1, 0x64626720, 0x73636673]);

/** The output folder, made if need be; a file, a broken link, /proc or /sys in its place is a usage error. */
function prepareOut(out: string, shown: string): void {
  let st;
  try {
    st = lstatSync(out);
  } catch {
    /* does not exist yet: made below */
  }
  if (st?.isSymbolicLink()) {
    try {
      st = statSync(out);
    } catch {
      throw new UsageError(`--out ${shown}: is a broken symbolic link; point it at a folder or choose another --out`);
    }
  }
  if (st && !st.isDirectory()) throw new UsageError(`--out ${shown}: is a file, not a folder; choose a folder for the outputs`);
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOTDIR' ? 'a file is in the way of the folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'the file system is read-only' : (e as Error).message;
    throw new UsageError(`--out ${shown}: cannot create the folder (${why}${code ? `, ${code}` : ''})`);
  }
  try {
    if (SPECIAL_FS.has(statfsSync(out).type)) throw new UsageError(`--out ${shown}: is on a system file system (/proc, /sys), which holds no files; choose a real folder`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    /* statfs not available here: the writes report what goes wrong */
  }
}

/** Fonts are large but not that large: a bigger "font" is the wrong file (or /dev/zero). */
const MAX_FONT_BYTES = 64 * 1024 * 1024;

/** A font file's bytes, refusing folders, pipes, devices and oversized files before reading. */
export function readFontFile(path: string): Uint8Array {
  const size = regularFileSize(path, 'font file');
  if (size > MAX_FONT_BYTES) throw new Error(`is ${Math.ceil(size / 1048576)} MiB, more than a font file's ${MAX_FONT_BYTES / 1048576} MiB`);
  return readFileSync(path);
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
  const date = documentDate(ctx.env.SOURCE_DATE_EPOCH);
  // output names come from the spec's file name only; two specs must not write the same file
  const names = new Map<string, string>();
  for (const f of files) {
    const name = basename(f).replace(/\.(ya?ml)$/i, '');
    const other = names.get(name);
    if (other !== undefined) throw new UsageError(`${other} and ${f} would both write ${name}.*; build them into different --out folders`);
    names.set(name, f);
  }
  const out = resolve(ctx.cwd, flags.out);
  const templatesDir = flags.templates === undefined ? undefined : resolve(ctx.cwd, flags.templates);
  if (templatesDir !== undefined) {
    let isDir = false;
    try {
      isDir = statSync(templatesDir).isDirectory();
    } catch {
      /* reported below */
    }
    if (!isDir) throw new UsageError(`--templates ${flags.templates}: no such folder`);
  }
  // fonts named by flags are relative to the working folder
  const flagFont = (given: string | undefined, flag: string): FontFile | undefined => {
    if (!given) return undefined;
    const [file, name] = given.split('#') as [string, string | undefined];
    let bytes: Uint8Array;
    try {
      bytes = readFontFile(resolve(ctx.cwd, file));
    } catch (e) {
      throw new UsageError(`${flag} ${given}: cannot read the font file (${(e as Error).message})`);
    }
    if (!isFontFile(bytes)) throw new UsageError(`${flag} ${given}: not a TrueType or OpenType font (.ttf, .otf, .ttc)`);
    return { bytes, ...(name ? { name } : {}) };
  };
  const regular = flagFont(flags.fontRegular, '--font-regular');
  const bold = flagFont(flags.fontBold, '--font-bold');
  const fonts: Partial<PdfFonts> = { ...(regular ? { body: regular } : {}), ...(bold ? { bold, heading: bold } : {}) };
  // --check writes nothing: the folder must exist already (or every output counts as missing)
  if (!flags.check) prepareOut(out, flags.out);

  // an interrupt removes the temporaries in flight and ends with 128 + the signal's number; the
  // set being renamed (synchronously) is complete before a handler can run
  const onSignal = (signal: NodeJS.Signals) => {
    removePending(ctx.fs);
    ctx.err(`svc-contract: interrupted (${signal}); outputs not yet written were left as they were`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await buildAll(names, { formats, date, templatesDir, fonts }, flags, ctx);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** A test hook: `SVC_CONTRACT_PAUSE_AT=before-write|after-temps` stops there until a signal comes. */
async function pauseAt(stage: string, ctx: Context): Promise<void> {
  if (ctx.env.SVC_CONTRACT_PAUSE_AT !== stage) return;
  ctx.err(`svc-contract: paused at ${stage}`);
  await new Promise((resolve) => setTimeout(resolve, 60_000));
}

async function buildAll(
  names: Map<string, string>,
  o: { formats: Format[]; date: Date | undefined; templatesDir: string | undefined; fonts: Partial<PdfFonts> },
  flags: BuildFlags,
  ctx: Context,
): Promise<number> {
  const { formats, date, templatesDir, fonts } = o;
  let code: number = EXIT.ok;
  const worse = (c: number) => {
    if (c > code) code = c;
  };
  for (const [name, file] of names) {
    let bytes: Uint8Array;
    try {
      const read = readSpecFile(file, ctx.cwd);
      if ('oversize' in read) {
        printDiagnostics({ diagnostics: [oversized(file, read.oversize)] }, ctx);
        ctx.out(`${ctx.paintOut.red('✗')} ${file}: not built`);
        worse(EXIT.invalid);
        continue;
      }
      bytes = read.bytes;
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      ctx.err(`svc-contract: ${e.message}`);
      worse(EXIT.usage);
      continue;
    }
    const specDir = dirname(resolve(ctx.cwd, file));
    let result;
    try {
      result = await convert(bytes, {
        file,
        formats,
        draft: flags.draft === true,
        ...(flags.locale ? { locale: flags.locale as Locale } : {}),
        ...(date ? { date } : {}),
        templates: (type) => bundledTemplates(type, templatesDir, flags.templates),
        fonts,
        // font files a spec names are relative to the spec
        readFile: (p) => readFontFile(resolve(specDir, p)),
        version,
      });
    } catch (e) {
      if (e instanceof TemplateOverrideError) throw new UsageError(e.message);
      throw e;
    }
    if (!result.ok) {
      printDiagnostics({ diagnostics: result.diagnostics, ...(result.text !== undefined ? { text: result.text } : {}) }, ctx);
      ctx.out(`${ctx.paintOut.red('✗')} ${file}: not built`);
      if (result.fault === 'bundled-templates') {
        ctx.err('svc-contract: internal error: a bundled template failed; this is a bug in svc-contract, not in your spec; please report it with the spec that caused it.');
        worse(EXIT.internal);
      } else worse(EXIT.invalid);
      continue;
    }
    // every format was made in memory first; they are written as a set: all new or all old
    const outputs: Output[] = formats.map((f) => {
      const shown = join(flags.out, `${name}.${FORMATS[f].ext}`);
      return { path: resolve(ctx.cwd, shown), shown, bytes: result.outputs[f]! };
    });
    if (flags.check) {
      // like `prettier --check`: what would change, nothing written
      const stale = outputs.filter((x) => {
        try {
          return !readFileSync(x.path).equals(Buffer.from(x.bytes));
        } catch {
          return true;
        }
      });
      for (const x of stale) ctx.out(`${ctx.paintOut.red('✗')} ${x.shown}: ${existsSync(x.path) ? 'differs from what' : 'missing; it is what'} ${file} produces now`);
      if (stale.length === 0) ctx.out(`${ctx.paintOut.bold('✓')} ${file}: ${outputs.map((x) => x.shown).join(', ')} current`);
      else worse(EXIT.invalid);
      continue;
    }
    await pauseAt('before-write', ctx);
    const prepared = prepare(outputs, ctx.fs);
    await pauseAt('after-temps', ctx);
    commit(prepared);
    const written = outputs.map((x) => x.shown);
    ctx.out(`${ctx.paintOut.bold('✓')} ${file} → ${written.join(', ')}${result.contract?.draft ? ` (draft, ${result.blanks?.length ?? 0} blanks)` : ''}`);
  }
  return code;
}
