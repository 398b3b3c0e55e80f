// One call from a spec's text to its finished documents, in memory: load → validate → render →
// tree → number → layout → writers. The CLI, the tests and every later feature (batch workers,
// diff, preview) call this and nothing else orchestrates. No clock, no environment, no file of the
// user's is read here: the date comes in as an option, font and annex files a spec names through
// `readFile`.
import { createHash } from 'node:crypto';
import { RenderError, SpecError, TemplateError, UsageError, diagnostic, type Diagnostic } from './errors/diagnostic.js';
import { lintContract, type Severities } from './lint/lint.js';
import { loadSpec } from './load/load.js';
import { forEachString } from './schema/walk.js';
import { annexMarkdown, MAX_ANNEX_BYTES } from './parse/annex-markdown.js';
import { buildDocument } from './pipeline.js';
import type { TemplateSet } from './render/render.js';
import type { TypeId } from './schema/types/index.js';
import type { Locale } from './text/locale.js';
import type { Block, ContractDocument } from './tree/types.js';
import { validateSpec, type Contract } from './validate/validate.js';
import { DEFAULT_FORMATS, FORMATS, type FontFile, type Format, type PdfFonts, type Writer, type WriterOptions } from './writers/index.js';

export interface ConvertOptions {
  /** the spec's name in messages (and what font paths in it are relative to); '<spec>' by default */
  file?: string;
  /** formats to write; md, docx and pdf by default; [] to stop at the tree */
  formats?: readonly Format[];
  /** leave missing values as blanks ______ (also set by `draft: true` in the spec) */
  draft?: boolean;
  /** overrides the spec's `locale:` */
  locale?: Locale;
  /** the documents' date (properties, zip entries); the spec's signing date, else 2000-01-01 */
  date?: Date;
  /** a type's templates; the bundled ones by default */
  templates?: (type: TypeId) => TemplateSet;
  /** the PDF's faces; those the spec names (through readFile), else the bundled ones */
  fonts?: Partial<PdfFonts>;
  /** reads a font or annex file the spec names (`fonts.pdfRegular`, `annexes[].file`), as written in the spec; throw if it cannot */
  readFile?: (path: string) => Uint8Array;
  /** the version recorded in the documents' properties; the package's by default */
  version?: string;
  /** a fingerprint of the build, recorded beside the spec's hash in every output (WriterOptions.buildKey) */
  buildKey?: string;
  /**
   * Turns the finished tree into the one the writers write (a redline: src/diff/); the result's
   * `tree` is what it returns.
   */
  transform?: (doc: ContractDocument) => ContractDocument | Promise<ContractDocument>;
  /**
   * Hold a final (non-draft) contract to the lint rules at error severity, as `validate` and
   * `build` do: a finding (a placeholder such as XX, an arbitration clause naming no commission)
   * makes it invalid, positioned as `svc-contract lint` reports it. Severities: the spec's `lint:`,
   * then `settings` (the settings file's), then each rule's default.
   */
  finalLint?: { settings?: Severities };
}

export interface ConvertResult {
  /** no error-severity diagnostic: the outputs asked for are all there */
  ok: boolean;
  diagnostics: Diagnostic[];
  /**
   * What kind of fault stopped the build: the user's spec, the user's templates, or the package's
   * own templates (a bug in svc-contract). Absent when ok.
   */
  fault?: 'spec' | 'templates' | 'bundled-templates';
  /** the spec's text as read (BOM removed), for quoting lines in messages */
  text?: string;
  contract?: Contract;
  /** paths of the values a draft leaves blank */
  blanks?: string[];
  tree?: ContractDocument;
  outputs: Partial<Record<Format, Uint8Array>>;
  /** SHA-256 of the spec's bytes, recorded in every output */
  specHash: string;
}

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

export async function convert(spec: string | Uint8Array, options: ConvertOptions = {}): Promise<ConvertResult> {
  const file = options.file ?? '<spec>';
  const formats = options.formats ?? DEFAULT_FORMATS;
  for (const f of formats) if (!(f in FORMATS)) throw new UsageError(`unknown format "${String(f)}"; formats: ${Object.keys(FORMATS).join(', ')}`);
  const bytes = typeof spec === 'string' ? new TextEncoder().encode(spec) : spec;
  const specHash = createHash('sha256').update(bytes).digest('hex');
  const failed = (diagnostics: Diagnostic[], rest: Partial<ConvertResult> = {}): ConvertResult => ({ ok: false, diagnostics, fault: 'spec', outputs: {}, specHash, ...rest });

  const loaded = loadSpec(bytes, file);
  if (!loaded.ok) return failed(loaded.diagnostics, loaded.text !== undefined ? { text: loaded.text } : {});
  const text = loaded.spec.text;
  const validated = validateSpec(loaded.spec, { draft: options.draft === true });
  if (!validated.ok) return failed(validated.diagnostics, { text });
  const { contract, blanks } = validated;

  try {
    const templates = (options.templates ?? (await defaultTemplates()))(contract.type.id);
    const annexBlocks = annexFiles(contract, loaded.spec.positionOf, file, options);
    const built = await buildDocument(contract, templates, { ...(options.locale ? { locale: options.locale } : {}), source: { file, specHash }, positionOf: (path) => loaded.spec.positionOf(path), ...(annexBlocks ? { annexBlocks } : {}) });
    if (options.finalLint && !contract.draft) {
      // the rules read the tree in Simplified Chinese, the script the spec's own text is compared in
      const locale = options.locale ?? contract.spec.locale;
      const tree = locale === 'zh-Hans' ? built.doc : (await buildDocument(contract, templates, { locale: 'zh-Hans', source: { file, specHash }, positionOf: (path) => loaded.spec.positionOf(path), ...(annexBlocks ? { annexBlocks } : {}) })).doc;
      const errors = lintContract({ loaded: loaded.spec, contract, tree, errorsOnly: true, ...(options.finalLint.settings ? { settings: options.finalLint.settings } : {}) });
      if (errors.length) return failed(errors, { text, contract, blanks });
    }
    const doc = options.transform ? await options.transform(built.doc) : built.doc;
    const outputs: Partial<Record<Format, Uint8Array>> = {};
    if (formats.length) {
      const writerOptions: WriterOptions = {
        version: options.version ?? (await import('./assets.js')).packageVersion(),
        specHash,
        ...(options.buildKey ? { buildKey: options.buildKey } : {}),
        date: options.date ?? new Date(`${contract.spec.contract.signingDate ?? '2000-01-01'}T00:00:00Z`),
        docxFonts: { body: contract.spec.fonts.body, heading: contract.spec.fonts.heading },
        ...(formats.includes('pdf') ? { pdfFonts: await pdfFonts(contract, loaded.spec.positionOf, file, options) } : {}),
      };
      for (const f of formats) outputs[f] = await (await writerFor(f))(doc, writerOptions);
    }
    return { ok: true, diagnostics: [], text, contract, blanks, tree: doc, outputs, specHash };
  } catch (e) {
    if (e instanceof SpecError) return failed(e.diagnostics, { text, contract, blanks });
    if (e instanceof TemplateError) return failed(e.diagnostics, { text, contract, blanks, fault: e.bundled ? 'bundled-templates' : 'templates' });
    if (e instanceof RenderError) return failed([renderDiagnostic(e, file, text, loaded.spec.data, loaded.spec.positionOf)], { text, contract, blanks });
    throw e;
  }
}

/**
 * The annexes whose body a Markdown file gives, read through `readFile` (relative to the spec, as
 * font files are) and parsed; every file's every mistake at once, at the spec's `file:` line.
 */
function annexFiles(contract: Contract, positionOf: PositionOf, file: string, options: ConvertOptions): (Block[] | undefined)[] | undefined {
  const annexes = (contract.spec as { annexes?: { file?: string | null }[] | null }).annexes ?? [];
  if (!annexes.some((a) => a.file)) return undefined;
  const problems: Diagnostic[] = [];
  const blocks = annexes.map((a, i): Block[] | undefined => {
    if (!a.file) return undefined;
    const path: (string | number)[] = ['annexes', i, 'file'];
    const fail = (got: string, hint = 'paths are relative to the spec file') => {
      problems.push(diagnostic({ file, pos: positionOf(path), path: `annexes[${i}].file`, ruleId: 'annex/file', expected: 'a UTF-8 Markdown file of paragraphs, lists and tables', got, hint }));
      return undefined;
    };
    if (!options.readFile) return fail(`${a.file}: no file reader was given to convert() (options.readFile)`);
    let bytes: Uint8Array;
    try {
      bytes = options.readFile(a.file);
    } catch (e) {
      return fail(`${a.file}: ${(e as Error).message}`);
    }
    if (bytes.length > MAX_ANNEX_BYTES) return fail(`${a.file}: ${Math.ceil(bytes.length / 1024)} KiB, more than an annex's ${MAX_ANNEX_BYTES / 1024} KiB`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail(`${a.file}: not UTF-8`);
    }
    const parsed = annexMarkdown(text);
    if (!parsed.ok) return fail(parsed.errors.map((x) => `${a.file}:${x.line}: ${x.what}`).join('; '), 'an annex file holds paragraphs, lists (not nested), tables, bold and italic');
    return parsed.blocks;
  });
  if (problems.length) throw new SpecError(problems);
  return blocks;
}

async function defaultTemplates(): Promise<(type: TypeId) => TemplateSet> {
  const { bundledTemplates } = await import('./assets.js');
  return (type) => bundledTemplates(type);
}

type PositionOf = (path: (string | number)[]) => { line: number; col: number };

/** The faces: options first, then files the spec names, then the bundled faces. */
async function pdfFonts(contract: Contract, positionOf: PositionOf, file: string, options: ConvertOptions): Promise<PdfFonts> {
  const named = contract.spec.fonts;
  const read = (key: 'pdfRegular' | 'pdfBold'): FontFile | undefined => {
    const given = named[key];
    if (!given) return undefined;
    // `file.ttc#PostScriptName` picks one face of a font collection
    const [path, name] = given.split('#') as [string, string | undefined];
    const fail = (why: string): never => {
      throw new SpecError([{ file, pos: positionOf(['fonts', key]), path: `fonts.${key}`, ruleId: 'font/unreadable', expected: 'a font file that can be read', got: `${path}: ${why}`, hint: 'paths are relative to the spec file' }]);
    };
    if (!options.readFile) return fail('no file reader was given to convert() (options.readFile)');
    let bytes: Uint8Array;
    try {
      bytes = options.readFile(path);
    } catch (e) {
      return fail((e as Error).message);
    }
    if (!isFontFile(bytes)) return fail('not a TrueType or OpenType font (.ttf, .otf, .ttc)');
    return { bytes, ...(name ? { name } : {}) };
  };
  const regular = options.fonts?.body ?? read('pdfRegular');
  const bold = options.fonts?.bold ?? read('pdfBold');
  const heading = options.fonts?.heading ?? bold;
  if (regular) return { body: regular, bold: bold ?? regular, heading: heading ?? bold ?? regular };
  const bundled = (await import('./assets.js')).bundledFonts();
  return { body: bundled.body, bold: bold ?? bundled.bold, heading: heading ?? bundled.heading };
}

/** Whether bytes start like a font file pdfkit reads: TrueType, OpenType (CFF), a collection, WOFF. */
export function isFontFile(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 12) return false;
  const tag = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  return tag === '\u0000\u0001\u0000\u0000' || tag === 'OTTO' || tag === 'true' || tag === 'ttcf' || tag === 'wOFF' || tag === 'wOF2';
}

/** A character the PDF's font lacks: point at its first place in the spec, where it can be fixed. */
function renderDiagnostic(e: RenderError, file: string, text: string, data: unknown, positionOf: PositionOf): Diagnostic {
  const ch = e.character;
  let pos = { line: 1, col: 1 };
  // the character itself where the spec text holds it as written, else the value holding it
  // (the spec may write it as an escape such as "\ue000")
  const i = ch ? text.indexOf(ch) : -1;
  let path: (string | number)[] | undefined;
  if (ch && i === -1) forEachString(data, (p, s) => (s.includes(ch) ? ((path = p), true) : false));
  if (path) pos = positionOf(path);
  else if (ch) {
    if (i !== -1) {
      const before = text.slice(0, i);
      const line = before.split('\n').length;
      pos = { line, col: [...before.slice(before.lastIndexOf('\n') + 1)].length + 1 };
    }
  }
  const expected = e.ruleId === 'pdf/missing-glyph' ? 'characters the PDF font has' : 'a PDF that can be written';
  return diagnostic({ file, pos, path: '', ruleId: e.ruleId, expected, got: e.message, ...(e.hint ? { hint: e.hint } : {}) });
}
