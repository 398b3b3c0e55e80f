// `svc-contract validate <spec|folder|glob...>`: a verdict per spec; exit 1 when any is invalid.
import { dirname, resolve } from 'node:path';
import { bundledCoverage } from '../../assets.js';
import { convert } from '../../convert.js';
import { sortDiagnostics } from '../../errors/diagnostic.js';
import { TYPES } from '../../schema/types/index.js';
import { loadConfig } from '../config.js';
import { escapeControls } from '../../errors/diagnostic.js';
import type { Context } from '../context.js';
import { t } from '../../i18n/messages.js';
import { readFontFile } from '../fonts.js';
import { expandInputs, parseShard, shardOf } from '../inputs.js';
import { UsageError, readSpecInput } from '../io.js';
import { setTypeNames, summarize, type SpecReport } from '../report.js';
import { exitCodeOf, reportersFor } from '../reporters.js';
import { checkBytes } from './check.js';

export interface ValidateFlags {
  draft?: boolean;
  /** the same as --reporter json */
  json?: boolean;
  reporter?: string;
  reportFile?: string;
  shard?: string;
  failFast?: boolean;
  config?: string | false;
}

export async function validateCommand(args: string[], flags: ValidateFlags, ctx: Context): Promise<number> {
  const started = performance.now();
  const config = flags.config === false ? undefined : loadConfig(ctx.cwd, flags.config);
  const draft = flags.draft ?? config?.draft ?? false;
  const reporter = flags.json ? 'json' : (flags.reporter ?? config?.reporter ?? 'human');
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  const reporters = reportersFor('validate', reporter, flags.reportFile, ctx, { draft, shard: flags.shard ?? null });
  setTypeNames(new Map(TYPES.map((t) => [t.id, `${t.names[0]} (${t.id})`])));
  const skipped: string[] = [];
  let inputs = expandInputs(args, ctx.cwd, skipped);
  for (const f of skipped) ctx.err(t(ctx.lang, 'report.skipped', { file: escapeControls(f) }));
  if (shard) inputs = shardOf(inputs, shard);
  const coverage = bundledCoverage();
  const reports: SpecReport[] = [];
  let stopped = false;
  for (const input of inputs) {
    const t0 = performance.now();
    const ms = () => Math.round(performance.now() - t0);
    let report: SpecReport;
    let text: string | undefined;
    if (stopped) {
      report = { file: input.file, status: 'not-run', diagnostics: [], outputs: [], durationMs: 0 };
    } else {
      try {
        const read = readSpecInput(input, ctx);
        if ('diagnostics' in read) report = { file: input.file, status: 'invalid', diagnostics: read.diagnostics, outputs: [], durationMs: ms() };
        else {
          const checked = checkBytes(input.file, read.bytes, draft, coverage);
          text = checked.text;
          if (!checked.ok) report = { file: input.file, status: 'invalid', diagnostics: checked.diagnostics, outputs: [], durationMs: ms() };
          else {
            // the tree the build would write, and a final contract held to the lint rules at error
            // severity: what validate passes, build builds
            const specDir = dirname(input.path ?? resolve(ctx.cwd, 'stdin'));
            const rendered = await convert(read.bytes, { file: input.file, formats: [], draft, readFile: (p) => readFontFile(resolve(specDir, p)), finalLint: config?.lint ? { settings: config.lint } : {} });
            if (!rendered.ok) {
              const status = rendered.fault === 'bundled-templates' ? 'internal-error' : 'invalid';
              report = { file: input.file, status, diagnostics: sortDiagnostics([...checked.warnings, ...rendered.diagnostics]), outputs: [], durationMs: ms(), ...(status === 'internal-error' ? { error: rendered.diagnostics[0]?.message ?? 'a bundled template failed' } : {}) };
            } else {
              report = { file: input.file, status: 'valid', type: checked.contract.type.id, draft: checked.contract.draft, blanks: checked.blanks.length, ...(checked.blanks.length ? { blankPaths: checked.blanks } : {}), diagnostics: checked.warnings, outputs: [], durationMs: ms() };
            }
          }
        }
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        report = { file: input.file, status: 'unreadable', error: e.message, diagnostics: [], outputs: [], durationMs: ms() };
      }
      if (flags.failFast && report.status !== 'valid') stopped = true;
    }
    reports.push(report);
    reporters.spec(report, text);
  }
  reporters.end(summarize('validate', reports, performance.now() - started));
  return exitCodeOf(reports);
}
