// Library entry: the same stages the CLI uses, without any file or terminal I/O.
export { loadSpec, MAX_SPEC_BYTES, MAX_ALIAS_EXPANSIONS, type LoadedSpec, type LoadResult } from './load/load.js';
export { validateSpec, type Contract, type ValidateOptions, type ValidateResult } from './validate/validate.js';
export { SpecError, formatDiagnostic, type Diagnostic, type Position } from './errors/diagnostic.js';
export { TYPES, findType, type TypeId } from './schema/types/index.js';
export type { AgreementType, ClauseInfo } from './schema/common.js';
export { jsonSchemaFor } from './schema/json-schema.js';
export { starterSpec } from './init/starter.js';
export { buildDocument, type BuildOptions } from './pipeline.js';
export { renderMarkdown, type TemplateSet, type TemplateFile } from './render/render.js';
export { loadTemplates } from './templates/load.js';
export { writeMarkdown } from './writers/markdown.js';
/** The writers by format; each is loaded (docx, pdfkit) only when asked for: `await FORMATS.pdf.load()`. */
export { FORMATS, DEFAULT_FORMATS, type Format, type Writer, type WriterOptions } from './writers/index.js';
export type { ContractDocument, Block, Inline, Clause } from './tree/types.js';
export { RenderError } from './errors/diagnostic.js';

import { SpecError } from './errors/diagnostic.js';
import { loadSpec } from './load/load.js';
import { validateSpec, type Contract, type ValidateOptions } from './validate/validate.js';

/**
 * Load and validate a spec in one step. Returns the contract, or throws a SpecError that carries
 * every mistake found (file, line, column, field path, expected, got, hint).
 */
export function parseSpec(input: Uint8Array | string, file = '<spec>', options: ValidateOptions = {}): Contract {
  const loaded = loadSpec(input, file);
  if (!loaded.ok) throw new SpecError(loaded.diagnostics);
  const result = validateSpec(loaded.spec, options);
  if (!result.ok) throw new SpecError(result.diagnostics);
  return result.contract;
}
