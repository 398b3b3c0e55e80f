// Read, load and validate one spec file: the first steps of every command that takes specs.
import { diagnosticWords, localizeDiagnostic } from '../../i18n/localize.js';
import { formatDiagnostic, type Diagnostic } from '../../errors/diagnostic.js';
import { loadSpec, oversized, type LoadedSpec } from '../../load/load.js';
import { validateSpec, type Contract } from '../../validate/validate.js';
import type { Coverage } from '../../text/coverage.js';
import type { Context } from '../context.js';
import { readSpecFile } from '../io.js';

export type Checked =
  | { ok: true; file: string; contract: Contract; blanks: string[]; warnings: Diagnostic[]; text: string; spec: LoadedSpec; bytes: Uint8Array }
  | { ok: false; file: string; diagnostics: Diagnostic[]; text?: string };

/** `file` as the user named it, relative to `cwd` (process.cwd() when left out); messages name it so. */
export function checkFile(file: string, draft: boolean, cwd?: string, canPrint?: Coverage): Checked {
  const read = readSpecFile(file, cwd);
  if ('oversize' in read) return { ok: false, file, diagnostics: [oversized(file, read.oversize)] };
  return checkBytes(file, read.bytes, draft, canPrint);
}

/** Load and validate a spec's bytes, read already (from a file or standard input). */
export function checkBytes(file: string, bytes: Uint8Array, draft: boolean, canPrint?: Coverage): Checked {
  const read = { bytes };
  const loaded = loadSpec(read.bytes, file);
  if (!loaded.ok) return { ok: false, file, diagnostics: loaded.diagnostics, text: loaded.text };
  const result = validateSpec(loaded.spec, { draft, ...(canPrint ? { canPrint } : {}) });
  if (!result.ok) return { ok: false, file, diagnostics: result.diagnostics, text: loaded.spec.text };
  return { ok: true, file, contract: result.contract, blanks: result.blanks, warnings: result.warnings, text: loaded.spec.text, spec: loaded.spec, bytes: read.bytes };
}

export function printDiagnostics(checked: { diagnostics: Diagnostic[]; text?: string | undefined }, ctx: Context): void {
  for (const d of checked.diagnostics) ctx.err(`${formatDiagnostic(localizeDiagnostic(d, ctx.lang), checked.text, ctx.paintErr, diagnosticWords(ctx.lang))}\n`);
}
