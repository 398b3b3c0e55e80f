// Test helpers: run the load and validate stages on a fixture file, as the CLI does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/errors/diagnostic.js';
import { loadSpec } from '../../src/load/load.js';
import { type Contract, validateSpec } from '../../src/validate/validate.js';

export const root = join(import.meta.dirname, '..', '..');
export const fixture = (name: string) => join(root, 'test', 'fixtures', name);

export function check(
  file: string,
  opts: { draft?: boolean } = {},
): { ok: true; contract: Contract; blanks: string[] } | { ok: false; diagnostics: Diagnostic[] } {
  const loaded = loadSpec(readFileSync(file), file);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  return validateSpec(loaded.spec, opts);
}

export function checkText(text: string, opts: { draft?: boolean } = {}) {
  const loaded = loadSpec(text, 'spec.yaml');
  if (!loaded.ok) return { ok: false as const, diagnostics: loaded.diagnostics };
  return validateSpec(loaded.spec, opts);
}

/** Compact view of diagnostics for exact assertions: "line:col path: expected | got | hint". */
export const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.line}:${d.col} ${d.path}`.trimEnd());
