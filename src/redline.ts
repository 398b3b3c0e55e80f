// The redline in the library: `redline(before, after)` compares two compiled versions of one
// contract and returns the redline tree with the changed clauses (src/diff/); `compareSpecs()` is
// the whole of `svc-contract diff` and the preview's toggle short of the files: both specs
// compiled with the same settings, compared, and the redline written by the ordinary writers.
import { type CompiledOk, type CompileOptions, compile } from './compile.js';
import { type ConvertResult, type WriteSettings, writeCompiled } from './convert.js';
import { type DocumentDiff, diffDocuments, type Version } from './diff/diff.js';
import { UsageError } from './errors/diagnostic.js';
import { said } from './i18n/messages.js';
import type { Format } from './writers/index.js';

export type { DocumentDiff, Version } from './diff/diff.js';

export interface RedlineOptions {
  /** how the redline's cover and mark name each version; versionName() of the spec's file by default */
  names?: { before?: string; after?: string };
}

/**
 * Two compiled versions of one type of contract → the redline tree (`tree`), the changed clauses
 * and whether the two say the same. Throws a UsageError when they are of different types.
 */
export async function redline(
  before: CompiledOk,
  after: CompiledOk,
  options: RedlineOptions = {},
): Promise<DocumentDiff & { tree: DocumentDiff['redline']; versions: { before: Version; after: Version } }> {
  const names = { before: options.names?.before ?? versionName(before.loaded.file), after: options.names?.after ?? versionName(after.loaded.file) };
  if (before.contract.type.id !== after.contract.type.id)
    throw new UsageError(
      said('usage.redline-types', { before: before.loaded.file, a: before.contract.type.id, after: after.loaded.file, b: after.contract.type.id }),
    );
  const versions = { before: { name: names.before, specHash: before.specHash }, after: { name: names.after, specHash: after.specHash } };
  const diff = await diffDocuments(before.tree, after.tree, versions);
  return { ...diff, tree: diff.redline, versions };
}

export interface SpecSide {
  /** how messages and the redline name it: deal.yaml, deal.yaml@HEAD~1 */
  name: string;
  bytes: Uint8Array;
  /** reads a font or annex file this side names (relative to its own folder) */
  readFile?: (path: string) => Uint8Array;
  /** how the redline's cover, footer and Markdown name it: versionName(name) when not given */
  label?: string;
}

export type CompareSettings = Omit<CompileOptions, 'file' | 'readFile'> & Omit<WriteSettings, 'readFile'> & { formats: readonly Format[] };

export type Comparison =
  /** a side that does not build: its result, with the diagnostics */
  { ok: false; failed: ConvertResult } | { ok: true; diff: DocumentDiff; versions: { before: Version; after: Version }; outputs: ConvertResult['outputs'] };

/** Two specs → their redline, written in the formats asked for. Throws a UsageError when they are specs of different types. */
export async function compareSpecs(before: SpecSide, after: SpecSide, settings: CompareSettings): Promise<Comparison> {
  const { formats, ...rest } = settings;
  const side = (s: SpecSide): CompileOptions => ({ ...rest, file: s.name, ...(s.readFile ? { readFile: s.readFile } : {}) });
  const old = await compile(before.bytes, side(before));
  if (!old.ok) return { ok: false, failed: { ...old, outputs: {} } };
  const now = await compile(after.bytes, side(after));
  if (!now.ok) return { ok: false, failed: { ...now, outputs: {} } };
  const diff = await redline(old, now, {
    names: { ...(before.label ? { before: before.label } : {}), ...(after.label ? { after: after.label } : {}) },
  });
  const written = await writeCompiled(now, diff.tree, formats, { ...rest, ...(after.readFile ? { readFile: after.readFile } : {}) });
  if (!written.ok) return { ok: false, failed: written };
  return { ok: true, diff, versions: diff.versions, outputs: written.outputs };
}

/**
 * How the redline's cover, footer and Markdown name a version: its file's name only (deal.yaml,
 * deal.yaml@HEAD~1). A document sent to the other side never shows the author's folders
 * (specs/acme/…, /home/…); `diff --base` labels the old side with its commit's date and hash.
 */
export function versionName(name: string): string {
  const at = name.search(/@[^/\\]*$/);
  const path = at === -1 ? name : name.slice(0, at);
  const rev = at === -1 ? '' : name.slice(at);
  return `${path.split(/[\\/]/).filter(Boolean).pop() ?? path}${rev}`;
}
