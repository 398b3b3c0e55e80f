// The library's surface, and all of it: `compile()` (a spec → diagnostics, contract, tree),
// `write()` (a tree → documents), `convert()` (the two composed), `redline()` and `compareSpecs()`
// (two versions compared), with their types, the tree's types and the errors. The stages behind
// them (load, validate, render, parse, number, layout, the writers) are the package's own and may
// change between versions. No file of the caller's is read or written here: the only files
// touched are the package's own templates and fonts (the defaults), read lazily.

export { bundledFonts, bundledTemplates, packageVersion } from './assets.js';
export { type Compiled, type CompiledOk, type CompileOptions, compile } from './compile.js';
export { type ConvertOptions, type ConvertResult, convert, type WriteSettings, write, writeCompiled, writerOptionsFor } from './convert.js';
export {
  type Diagnostic,
  formatDiagnostic,
  type Position,
  RenderError,
  type Severity,
  type Sources,
  SpecError,
  TemplateError,
  UsageError,
} from './errors/diagnostic.js';
export type { LoadedSpec } from './load/load.js';
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
export type { TemplateFile, TemplateSet } from './render/render.js';
export type { AgreementType, ClauseInfo } from './schema/common.js';
export { findType, TYPES, type TypeId } from './schema/types/index.js';
export type * from './tree/types.js';
export type { Contract } from './validate/validate.js';
export { DEFAULT_FORMATS, type FontFile, type Format, type PdfFonts, type WriterOptions } from './writers/index.js';
