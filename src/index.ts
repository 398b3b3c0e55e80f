// Library entry: `compile()` (a spec → diagnostics, contract, tree), `write()` (a tree → documents),
// `convert()` (the two composed) and `redline()` (two compiled versions → the redline tree); the
// stages are here too for callers that need one of them. No file of the caller's is read or written here: the only files touched
// are the package's own templates and fonts (the defaults), read lazily.

export { bundledFonts, bundledTemplates, packageVersion } from './assets.js';
export { type Compiled, type CompiledOk, type CompileOptions, compile } from './compile.js';
export { type ConvertOptions, type ConvertResult, convert, type WriteSettings, write, writeCompiled, writerFor, writerOptionsFor } from './convert.js';
export {
  type Diagnostic,
  formatDiagnostic,
  type Position,
  RenderError,
  type Severity,
  SpecError,
  TemplateError,
  UsageError,
} from './errors/diagnostic.js';
export { starterSpec } from './init/starter.js';
export { type Typeset, typeset } from './layout/typeset.js';
export { type LoadedSpec, type LoadResult, loadSpec, MAX_ALIAS_EXPANSIONS, MAX_SPEC_BYTES } from './load/load.js';
export { type BuildOptions, buildDocument } from './pipeline.js';
export {
  type CompareSettings,
  type Comparison,
  compareSpecs,
  type DocumentDiff,
  type RedlineOptions,
  redline,
  type SpecSide,
  type Version,
  versionName,
} from './redline.js';
export { renderMarkdown, type TemplateFile, type TemplateSet } from './render/render.js';
export type { AgreementType, ClauseInfo } from './schema/common.js';
export { jsonSchemaFor } from './schema/json-schema.js';
export { findType, TYPES, type TypeId } from './schema/types/index.js';
export { templateCache } from './templates/cache.js';
export type { Block, Clause, ContractDocument, DocumentMeta, Inline } from './tree/types.js';
export { forEachBlock, forEachInline, forEachInlines, mapInlines } from './tree/walk.js';
export { type Contract, type ValidateOptions, type ValidateResult, validateSpec } from './validate/validate.js';
/** The writers by format; each is loaded (docx, pdfkit) only when asked for: `await FORMATS.pdf.load()`. */
export { DEFAULT_FORMATS, FORMATS, type FontFile, type Format, type PdfFonts, type Writer, type WriterOptions } from './writers/index.js';
export { writeMarkdown } from './writers/markdown.js';

import { SpecError } from './errors/diagnostic.js';
import { loadSpec } from './load/load.js';
import { type Contract, type ValidateOptions, validateSpec } from './validate/validate.js';

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
