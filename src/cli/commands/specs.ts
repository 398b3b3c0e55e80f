// The loop `validate` and `lint` share: the specs named (files, folders, globs, standard input),
// sharded, each read at the edge and handed to the command's check, a report per spec, stopping
// at the first failure with --fail-fast; and how a command prints a spec's diagnostics.
import { dirname, resolve } from 'node:path';
import { type Diagnostic, escapeControls, formatDiagnostic, type Sources } from '../../errors/diagnostic.js';
import { diagnosticWords, localizeDiagnostic } from '../../i18n/localize.js';
import { t } from '../../i18n/messages.js';
import { TYPES } from '../../schema/types/index.js';
import type { Context } from '../context.js';
import { readFontFile } from '../fonts.js';
import { expandInputs, parseShard, type SpecInput, shardOf } from '../inputs.js';
import { readSpecInput, UsageError } from '../io.js';
import type { SpecReport } from '../report.js';
import type { Reporters } from '../reporters.js';

/** What a command makes of one spec's bytes: its report, and the spec's text for quoting lines. */
export type CheckOne = (
  input: SpecInput,
  bytes: Uint8Array,
  readFile: (path: string) => Uint8Array,
  ms: () => number,
) => Promise<{ report: SpecReport; text?: string | undefined }>;

/** "客服工作合同 (work-contract)", the way `types` names a type: for the human reporter's lines. */
export function typeName(id: string): string {
  const type = TYPES.find((x) => x.id === id);
  return type ? `${type.names[0]} (${type.id})` : id;
}

export async function eachSpec(
  args: string[],
  opts: { shard?: string | undefined; failFast?: boolean | undefined; passed: SpecReport['status'] },
  ctx: Context,
  reporters: Reporters,
  check: CheckOne,
): Promise<SpecReport[]> {
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  const skipped: string[] = [];
  let inputs = expandInputs(args, ctx.cwd, skipped);
  for (const f of skipped) ctx.err(t(ctx.lang, 'report.skipped', { file: escapeControls(f) }));
  if (shard) inputs = shardOf(inputs, shard);
  const reports: SpecReport[] = [];
  let stopped = false;
  for (const input of inputs) {
    const t0 = performance.now();
    const ms = () => Math.round(performance.now() - t0);
    let report: SpecReport;
    let text: string | undefined;
    if (stopped) report = { file: input.file, status: 'not-run', diagnostics: [], outputs: [], durationMs: 0 };
    else {
      try {
        const read = readSpecInput(input, ctx);
        if ('diagnostics' in read) report = { file: input.file, status: 'invalid', diagnostics: read.diagnostics, outputs: [], durationMs: ms() };
        else {
          // files a spec names (fonts, annex files) are relative to its folder
          const specDir = dirname(input.path ?? resolve(ctx.cwd, 'stdin'));
          ({ report, text } = await check(input, read.bytes, (p) => readFontFile(resolve(specDir, p)), ms));
        }
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        report = {
          file: input.file,
          status: 'unreadable',
          error: e.message,
          ...(e.ref ? { errorRef: e.ref } : {}),
          diagnostics: [],
          outputs: [],
          durationMs: ms(),
        };
      }
      if (opts.failFast && report.status !== opts.passed) stopped = true;
    }
    reports.push(report);
    reporters.spec(report, text);
  }
  return reports;
}

/** A spec that did not compile: invalid, or (a bundled template failed) a bug of ours. */
export function failedReport(
  file: string,
  compiled: { fault?: string | undefined; diagnostics: Diagnostic[] },
  diagnostics: Diagnostic[],
  ms: number,
): SpecReport {
  const status = compiled.fault === 'bundled-templates' ? 'internal-error' : 'invalid';
  return {
    file,
    status,
    diagnostics,
    outputs: [],
    durationMs: ms,
    ...(status === 'internal-error' ? { error: compiled.diagnostics[0]?.message ?? 'a bundled template failed' } : {}),
  };
}

/** Diagnostics in the reader's language, each quoting the line of its own file among `sources` (the spec, templates). */
export function printDiagnostics(diagnostics: Diagnostic[], sources: Sources, ctx: Context): void {
  for (const d of diagnostics) ctx.err(`${formatDiagnostic(localizeDiagnostic(d, ctx.lang), sources, ctx.paintErr, diagnosticWords(ctx.lang))}\n`);
}
