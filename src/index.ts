// Library entry: `compile()` (a spec → diagnostics, contract, tree), `write()` (a tree → documents),
// `convert()` (the two composed) and `redline()` (two compiled versions → the redline tree); the
// stages are here too for callers that need one of them. No file of the caller's is read or written here: the only files touched
// are the package's own templates and fonts (the defaults), read lazily.
export { compile, type CompileOptions, type Compiled, type CompiledOk } from './compile.js';
export { convert, write, writeCompiled, writerOptionsFor, writerFor, type ConvertOptions, type ConvertResult, type WriteSettings } from './convert.js';
export { redline, compareSpecs, versionName, type RedlineOptions, type SpecSide, type CompareSettings, type Comparison, type DocumentDiff, type Version } from './redline.js';
export { templateCache } from './templates/cache.js';
export { loadSpec, MAX_SPEC_BYTES, MAX_ALIAS_EXPANSIONS, type LoadedSpec, type LoadResult } from './load/load.js';
export { validateSpec, type Contract, type ValidateOptions, type ValidateResult } from './validate/validate.js';
export {
  SpecError,
  TemplateError,
  UsageError,
  RenderError,
  formatDiagnostic,
  type Diagnostic,
  type Position,
  type Severity,
} from './errors/diagnostic.js';
export { TYPES, findType, type TypeId } from './schema/types/index.js';
export type { AgreementType, ClauseInfo } from './schema/common.js';
export { jsonSchemaFor } from './schema/json-schema.js';
export { starterSpec } from './init/starter.js';
export { buildDocument, type BuildOptions } from './pipeline.js';
export { renderMarkdown, type TemplateSet, type TemplateFile } from './render/render.js';
export { bundledTemplates, bundledFonts, packageVersion } from './assets.js';
export { typeset, type Typeset } from './layout/typeset.js';
export { writeMarkdown } from './writers/markdown.js';
/** The writers by format; each is loaded (docx, pdfkit) only when asked for: `await FORMATS.pdf.load()`. */
export { FORMATS, DEFAULT_FORMATS, type Format, type Writer, type WriterOptions, type PdfFonts, type FontFile } from './writers/index.js';
export type { ContractDocument, Block, Inline, Clause, DocumentMeta } from './tree/types.js';
export { forEachBlock, forEachInline, forEachInlines, mapInlines } from './tree/walk.js';

import { SpecError } from './errors/diagnostic.js';
import { loadSpec } from './load/load.js';
import { validateSpec, type Contract, type ValidateOptions } from './validate/validate.js';

/**
 * Load and validate a spec in one step. Returns the contract, or throws a SpecError that carries
 * every mistake found (file, line, column, field path, rule id, expected, got, hint).
 */
export function parseSpec(input: Uint8Array | string, file = '<spec>', options: ValidateOptions = {}): Contract {
  const loaded = loadSpec(input, file);
  if (!loaded.ok) throw new SpecError(loaded.diagnostics);
  const result = validateSpec(loaded.spec, options);
  if (!result.ok) throw new SpecError(result.diagnostics);
  return result.contract;
}
