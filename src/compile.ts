// The library's first door: a spec's text → its diagnostics, its contract and its document tree:
// load → validate → (annex files) → buildDocument (render, parse, number, layout) → the lint rules.
// Every command that reads a spec (build, batch, validate, lint, textconv, preview, diff) and the
// golden tests call this; `write()` (convert.ts) is the second door. No clock, no environment, no
// file of the user's is read here but through `readFile`.
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { type Diagnostic, diagnostic, SpecError, sortDiagnostics, TemplateError, UsageError } from './errors/diagnostic.js';
import { said } from './i18n/messages.js';
import { missingGlyphs } from './layout/glyphs.js';
import { lintContract, type Severities } from './lint/lint.js';
import type { AnnexText } from './lint/types.js';
import { type LoadedSpec, loadSpec } from './load/load.js';
import { annexMarkdown, MAX_ANNEX_BYTES } from './parse/annex-markdown.js';
import { type BuildOptions, buildDocument } from './pipeline.js';
import type { TemplateSet } from './render/render.js';
import { LABELS } from './schema/blocks.js';
import type { TypeId } from './schema/types/index.js';
import type { Coverage } from './text/coverage.js';
import type { Locale } from './text/locale.js';
import type { Block, LaidOutDocument } from './tree/types.js';
import { glyphDiagnostics } from './validate/glyphs.js';
import { type Contract, validateSpec } from './validate/validate.js';

export interface CompileOptions {
  /** the spec's name in messages (and what font and annex paths in it are relative to); '<spec>' by default */
  file?: string;
  /** leave missing values as blanks ______ (also set by `draft: true` in the spec) */
  draft?: boolean;
  /** overrides the spec's `locale:` */
  locale?: Locale;
  /** a type's templates; the bundled ones by default */
  templates?: (type: TypeId) => TemplateSet;
  /** reads a font or annex file the spec names (`fonts.pdfRegular`, `annexes[].file`), as written in the spec; throw if it cannot */
  readFile?: (path: string) => Uint8Array;
  /** the characters the PDF's faces print: a value with others is a warning at its line (`validate`) */
  canPrint?: Coverage;
  /**
   * The lint rules. By default a final (non-draft) contract is held to the rules at error
   * severity, as `validate` and `build` hold it: a finding (a placeholder such as XX, an
   * arbitration clause naming no commission) makes it invalid. `{ all: true }` runs every rule
   * on any contract and returns the findings in `findings` without failing (`svc-contract lint`);
   * `false` runs none. Severities: the spec's `lint:`, then `settings`, then each rule's default.
   */
  lint?: false | { settings?: Severities; all?: boolean };
}

/** What compiling a spec gives: its contract and tree (ok), or what stopped it (a fault); `ok` tells which. */
export type Compiled = CompiledOk | CompiledFailed;

/** What both outcomes carry; each outcome says which of the parts it has. */
interface CompiledParts {
  diagnostics: Diagnostic[];
  /** the spec's text as read (BOM removed), for quoting lines in messages */
  text?: string;
  /** the spec as loaded: its data as written and the positions of its values */
  loaded?: LoadedSpec;
  contract?: Contract;
  /** paths of the values a draft leaves blank */
  blanks?: string[];
  /** what validation found that stops nothing (a character the PDF's faces lack, with `canPrint`) */
  warnings?: Diagnostic[];
  /** every lint finding, with `lint: { all: true }` */
  findings?: Diagnostic[];
  tree?: LaidOutDocument;
  /** SHA-256 of the spec's bytes, recorded in every output */
  specHash: string;
}

/** A compiled spec that holds its contract and tree: no error-severity diagnostic. */
export interface CompiledOk extends CompiledParts {
  ok: true;
  fault?: undefined;
  text: string;
  loaded: LoadedSpec;
  contract: Contract;
  blanks: string[];
  tree: LaidOutDocument;
}

/** A spec that did not compile (or, from convert(), did not write): its diagnostics and the parts that got made. */
export interface CompiledFailed extends CompiledParts {
  ok: false;
  /** the user's spec, the user's templates, or the package's own templates (a bug in svc-contract) */
  fault: 'spec' | 'templates' | 'bundled-templates';
}

/**
 * A locale as given (a flag, a settings file, a caller's option) checked once, here: one the
 * package writes, else a UsageError listing them. compile() checks its option the same way.
 */
export function parseLocale(given: string): Locale {
  const known = Object.keys(LABELS.locale);
  if (!known.includes(given)) throw new UsageError(said('usage.unknown-locale', { given, list: known.join(', ') }));
  return given as Locale;
}

export async function compile(spec: string | Uint8Array, options: CompileOptions = {}): Promise<Compiled> {
  if (options.locale !== undefined) parseLocale(options.locale);
  const file = options.file ?? '<spec>';
  const bytes = typeof spec === 'string' ? new TextEncoder().encode(spec) : spec;
  const specHash = createHash('sha256').update(bytes).digest('hex');
  const failed = (diagnostics: Diagnostic[], rest: Partial<CompiledFailed> = {}): CompiledFailed => ({
    ok: false,
    diagnostics,
    fault: 'spec',
    specHash,
    ...rest,
  });

  const loaded = loadSpec(bytes, file);
  if (!loaded.ok) return failed(loaded.diagnostics, loaded.text !== undefined ? { text: loaded.text } : {});
  const text = loaded.spec.text;
  const validated = validateSpec(loaded.spec, { draft: options.draft === true });
  if (!validated.ok) return failed(validated.diagnostics, { text });
  const { contract, blanks, warnings } = validated;
  const known = { text, loaded: loaded.spec, contract, blanks, warnings };

  try {
    const templates = (options.templates ?? (await defaultTemplates()))(contract.type.id);
    const annexes = annexFiles(contract, loaded.spec.positionOf, file, options);
    const annexBlocks = annexes?.blocks;
    const build = (locale?: Locale): BuildOptions => ({
      ...(locale ? { locale } : {}),
      source: { file, specHash },
      positionOf: (path) => loaded.spec.positionOf(path),
      ...(annexBlocks ? { annexBlocks } : {}),
    });
    const built = await buildDocument(contract, templates, build(options.locale));
    const lint = options.lint ?? {};
    let findings: Diagnostic[] | undefined;
    if (lint && (lint.all || !contract.draft)) {
      // the rules read the tree in Simplified Chinese, the script the spec's own text is compared in
      const locale = options.locale ?? contract.spec.locale;
      const tree = locale === 'zh-Hans' ? built.doc : (await buildDocument(contract, templates, build('zh-Hans'))).doc;
      const found = lintContract({
        loaded: loaded.spec,
        contract,
        tree,
        ...(lint.all ? {} : { errorsOnly: true }),
        ...(lint.settings ? { settings: lint.settings } : {}),
        ...(annexes ? { annexTexts: annexes.texts } : {}),
      });
      if (lint.all) findings = found;
      else if (found.length) return failed(found, known);
    }
    // a character the PDF's faces lack: a warning at its value, since a PDF build would stop there
    // (not when the spec names its own font files, which only writing reads)
    const canPrint = options.canPrint;
    const named = contract.spec.fonts.pdfRegular || contract.spec.fonts.pdfBold;
    if (canPrint && !named) {
      const unprintable = glyphDiagnostics(
        missingGlyphs(built.doc, (cp) => canPrint(cp)),
        loaded.spec,
        'warning',
      );
      if (unprintable.length) known.warnings = sortDiagnostics([...warnings, ...unprintable]);
    }
    return { ok: true, diagnostics: [], ...known, ...(findings ? { findings } : {}), tree: built.doc, specHash };
  } catch (e) {
    if (e instanceof SpecError) return failed(e.diagnostics, known);
    if (e instanceof TemplateError) return failed(e.diagnostics, { ...known, fault: e.bundled ? 'bundled-templates' : 'templates' });
    throw e;
  }
}

type PositionOf = (path: (string | number)[]) => { line: number; col: number };

/**
 * The annexes whose body a Markdown file gives, read through `readFile` (relative to the spec, as
 * font files are) and parsed; every file's every mistake at once, at the spec's `file:` line.
 */
function annexFiles(
  contract: Contract,
  positionOf: PositionOf,
  file: string,
  options: CompileOptions,
): { blocks: (Block[] | undefined)[]; texts: AnnexText[] } | undefined {
  const annexes = (contract.spec as { annexes?: { file?: string | null }[] | null }).annexes ?? [];
  if (!annexes.some((a) => a.file)) return undefined;
  const problems: Diagnostic[] = [];
  const texts: AnnexText[] = [];
  // the file as messages name it: beside the spec, as it is read
  const shown = (p: string) => (file === '<spec>' || file === '-' || p.startsWith('/') ? p : join(dirname(file), p));
  const blocks = annexes.map((a, i): Block[] | undefined => {
    if (!a.file) return undefined;
    const path: (string | number)[] = ['annexes', i, 'file'];
    const fail = (got: string, hint = 'paths are relative to the spec file') => {
      problems.push(
        diagnostic({
          file,
          pos: positionOf(path),
          path: `annexes[${i}].file`,
          ruleId: 'annex/file',
          expected: 'a UTF-8 Markdown file of paragraphs, lists and tables',
          got,
          hint,
        }),
      );
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
    texts.push({ index: i, file: shown(a.file), text });
    if (!parsed.ok)
      return fail(
        parsed.errors.map((x) => `${a.file}:${x.line}: ${x.what}`).join('; '),
        'an annex file holds paragraphs, lists (not nested), tables, bold and italic',
      );
    return parsed.blocks;
  });
  if (problems.length) throw new SpecError(problems);
  return { blocks, texts };
}

async function defaultTemplates(): Promise<(type: TypeId) => TemplateSet> {
  const { bundledTemplates } = await import('./assets.js');
  return (type) => bundledTemplates(type);
}
