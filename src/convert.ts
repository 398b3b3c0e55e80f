// The library's second door and the two composed: `write(tree, formats, options)` turns a
// compiled tree into the documents' bytes; `convert()` is `compile()` (compile.ts) then `write()`,
// a spec's text to its finished documents in memory. No clock, no environment, no file of the
// user's is read here: the date comes in as an option, font files a spec names through `readFile`.
import { type Compiled, type CompiledOk, type CompileOptions, compile } from './compile.js';
import { type Diagnostic, diagnostic, RenderError, SpecError, UsageError } from './errors/diagnostic.js';
import { said } from './i18n/messages.js';
import { FACE_NAMES, type MissingGlyph, missingGlyphs, showCharacter } from './layout/glyphs.js';
import type { LaidOutDocument } from './tree/types.js';
import { glyphDiagnostics } from './validate/glyphs.js';
import type { Contract } from './validate/validate.js';
import { DEFAULT_FORMATS, FORMATS, type FontFile, type Format, type PdfFonts, type Writer, type WriterOptions } from './writers/index.js';
import { faceProblem, measuringFonts, pageLayout, pdfCoverage } from './writers/measure.js';

export interface ConvertOptions extends CompileOptions {
  /** formats to write; md, docx and pdf by default; [] to stop at the tree */
  formats?: readonly Format[];
  /** the documents' date (properties, zip entries); the spec's signing date, else 2000-01-01 */
  date?: Date;
  /** the PDF's faces; those the spec names (through readFile), else the bundled ones */
  fonts?: Partial<PdfFonts>;
  /** the version recorded in the documents' properties; the package's by default */
  version?: string;
  /** a fingerprint of the build, recorded beside the spec's hash in every output (WriterOptions.buildKey) */
  buildKey?: string;
}

/** What write() needs beyond the tree and the formats that the compiled spec decides: see writerOptionsFor. */
export type WriteSettings = Pick<ConvertOptions, 'date' | 'fonts' | 'version' | 'buildKey' | 'readFile'>;

/** A compiled spec and its documents (none when it failed); `ok` tells which, as for Compiled. */
export type ConvertResult = Compiled & { outputs: Partial<Record<Format, Uint8Array>> };

const writers = new Map<Format, Promise<Writer>>();
/** A format's writer, loaded (pdfkit, docx) the first time it is asked for. */
export function writerFor(format: Format): Promise<Writer> {
  let w = writers.get(format);
  if (!w) {
    w = FORMATS[format].load();
    writers.set(format, w);
  }
  return w;
}

/** Throws a UsageError naming a format there is no writer for. */
export function checkFormats(formats: readonly string[]): asserts formats is readonly Format[] {
  const known = Object.keys(FORMATS);
  for (const f of formats) if (!known.includes(f)) throw new UsageError(said('usage.unknown-format', { given: String(f), list: known.join(', ') }));
}

/** Formats as a flag or a settings file gives them ("md, DOCX"), each checked (checkFormats), none twice; at least one. */
export function parseFormats(list: string): Format[] {
  const asked = list
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  checkFormats(asked);
  if (asked.length === 0) throw new UsageError(said('usage.format-empty', { list: Object.keys(FORMATS).join(', ') }));
  return [...new Set(asked)];
}

/** A tree → its documents in each format asked for, every writer given the same options. */
export async function write(tree: LaidOutDocument, formats: readonly Format[], options: WriterOptions): Promise<Partial<Record<Format, Uint8Array>>> {
  checkFormats(formats);
  if (formats.includes('pdf') && options.pdfFonts) await checkGlyphs(tree, options.pdfFonts);
  // the pages, typeset once: the PDF draws them, the DOCX footer stores their count
  const fonts = formats.includes('pdf') || formats.includes('docx') ? await measuringFonts(tree, options) : undefined;
  const given: WriterOptions = fonts ? { ...options, pages: await pageLayout(tree, fonts) } : options;
  const outputs: Partial<Record<Format, Uint8Array>> = {};
  for (const f of formats) outputs[f] = await (await writerFor(f))(tree, given);
  return outputs;
}

/** Before any writer runs: every character of the tree in the PDF's faces (layout/glyphs.ts), else a RenderError listing them. */
async function checkGlyphs(tree: LaidOutDocument, fonts: PdfFonts): Promise<void> {
  const { covers, name } = await pdfCoverage(fonts);
  const missing = missingGlyphs(tree, covers);
  if (!missing.length) return;
  const list = missing.slice(0, 10).map((m) => `${showCharacter(m.character)} in ${m.where} (${FACE_NAMES[m.face]}: ${name(m.face)})`);
  throw new RenderError(
    `the PDF font has no glyph for ${list.join('; ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}`,
    'name a font file that has these characters (fonts.pdfRegular / --font-regular), or replace the characters',
    { character: missing[0]!.character, ruleId: 'pdf/missing-glyph', missing },
  );
}

export async function convert(spec: string | Uint8Array, options: ConvertOptions = {}): Promise<ConvertResult> {
  const formats = options.formats ?? DEFAULT_FORMATS;
  checkFormats(formats);
  const compiled = await compile(spec, options);
  if (!compiled.ok) return { ...compiled, outputs: {} };
  return writeCompiled(compiled, compiled.tree, formats, options);
}

/**
 * A compiled spec's tree (or one made from it: a redline) written in `formats`, with the options
 * the spec decides (writerOptionsFor); a font the spec names that cannot be read, or a character
 * the PDF's faces lack, is a diagnostic at its line.
 */
export async function writeCompiled(compiled: CompiledOk, tree: LaidOutDocument, formats: readonly Format[], settings: WriteSettings): Promise<ConvertResult> {
  const { loaded } = compiled;
  let names: ((m: MissingGlyph) => string) | undefined;
  try {
    const options = formats.length ? await writerOptionsFor(compiled, formats, settings) : undefined;
    if (options?.pdfFonts) {
      const { name } = await pdfCoverage(options.pdfFonts);
      names = (m) => name(m.face);
    }
    const outputs = options ? await write(tree, formats, options) : {};
    return { ...compiled, tree, outputs };
  } catch (e) {
    const failed = (diagnostics: Diagnostic[]): ConvertResult => ({ ...compiled, ok: false, diagnostics, fault: 'spec', outputs: {} });
    if (e instanceof SpecError) return failed(e.diagnostics);
    if (e instanceof RenderError && e.missing) return failed(glyphDiagnostics(e.missing, loaded, 'error', names));
    if (e instanceof RenderError)
      return failed([
        diagnostic({
          file: loaded.file,
          pos: { line: 1, col: 1 },
          path: '',
          ruleId: e.ruleId,
          expected: 'a PDF that can be written',
          got: e.message,
          ...(e.hint ? { hint: e.hint } : {}),
        }),
      ]);
    throw e;
  }
}

/** The writers' options for a compiled spec: the date, the faces and the fingerprints it records. */
export async function writerOptionsFor(compiled: CompiledOk, formats: readonly Format[], settings: WriteSettings): Promise<WriterOptions> {
  const { contract, loaded } = compiled;
  const locale = compiled.tree?.meta.locale ?? contract.spec.locale;
  return {
    version: settings.version ?? (await import('./assets.js')).packageVersion(),
    specHash: compiled.specHash,
    ...(settings.buildKey ? { buildKey: settings.buildKey } : {}),
    date: settings.date ?? new Date(`${contract.spec.contract.signingDate ?? '2000-01-01'}T00:00:00Z`),
    docxFonts: {
      ...(contract.spec.fonts.body ? { body: contract.spec.fonts.body } : {}),
      ...(contract.spec.fonts.heading ? { heading: contract.spec.fonts.heading } : {}),
    },
    ...(formats.includes('pdf') ? { pdfFonts: await pdfFonts(contract, loaded.positionOf, loaded.file, settings, locale) } : {}),
  };
}

type PositionOf = (path: (string | number)[]) => { line: number; col: number };

/**
 * The faces: options first, then files the spec names, then the locale's bundled faces. Each face
 * the spec names or the caller gives is tried here (faceProblem): the one place a font that
 * cannot be used is reported, at the spec's `fonts.<key>` line (font/unreadable), or as a usage
 * error for a face given by option (a flag).
 */
async function pdfFonts(contract: Contract, positionOf: PositionOf, file: string, options: WriteSettings, locale: string): Promise<PdfFonts> {
  const named = contract.spec.fonts;
  const read = async (key: 'pdfRegular' | 'pdfBold'): Promise<FontFile | undefined> => {
    const given = named[key];
    if (!given) return undefined;
    // `file.ttc#PostScriptName` picks one face of a font collection
    const [path, name] = given.split('#') as [string, string | undefined];
    const fail = (why: string): never => {
      throw new SpecError([
        {
          file,
          pos: positionOf(['fonts', key]),
          path: `fonts.${key}`,
          ruleId: 'font/unreadable',
          expected: 'a font file that can be read',
          got: `${path}: ${why}`,
          hint: 'paths are relative to the spec file',
        },
      ]);
    };
    if (!options.readFile) return fail('no file reader was given to convert() (options.readFile)');
    let bytes: Uint8Array;
    try {
      bytes = options.readFile(path);
    } catch (e) {
      return fail((e as Error).message);
    }
    if (!isFontFile(bytes)) return fail('not a TrueType or OpenType font (.ttf, .otf, .ttc)');
    const font = { bytes, ...(name ? { name } : {}) };
    const why = await faceProblem(font);
    return why === undefined ? font : fail(`cannot be read as a font (${why})`);
  };
  const given = async (f: FontFile | undefined, key: string): Promise<FontFile | undefined> => {
    const why = f && (await faceProblem(f));
    if (why !== undefined) throw new UsageError(said('usage.font-read', { flag: `fonts.${key}`, why }));
    return f;
  };
  const regular = (await given(options.fonts?.body, 'body')) ?? (await read('pdfRegular'));
  const bold = (await given(options.fonts?.bold, 'bold')) ?? (await read('pdfBold'));
  const heading = (await given(options.fonts?.heading, 'heading')) ?? bold;
  if (regular) return { body: regular, bold: bold ?? regular, heading: heading ?? bold ?? regular };
  // the locale's faces (writers/faces.ts): a Traditional build in its region's glyph forms
  const bundled = (await import('./assets.js')).bundledFonts(locale);
  return { body: bundled.body, bold: bold ?? bundled.bold, heading: heading ?? bundled.heading, ...(bundled.fallback ? { fallback: bundled.fallback } : {}) };
}

/** Whether bytes start like a font file pdfkit reads: TrueType, OpenType (CFF), a collection, WOFF. */
export function isFontFile(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 12) return false;
  const tag = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  return tag === '\u0000\u0001\u0000\u0000' || tag === 'OTTO' || tag === 'true' || tag === 'ttcf' || tag === 'wOFF' || tag === 'wOF2';
}
