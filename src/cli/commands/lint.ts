// `svc-contract lint <spec|folder|glob...>`: each spec validated first (an invalid one is reported
// as validate reports it), then its contract and its document tree checked by the lint rules.
// Exit 1 when a spec is invalid or a finding has error severity; warnings and infos leave it 0.
import { dirname, resolve } from 'node:path';
import { bundledCoverage } from '../../assets.js';
import { convert } from '../../convert.js';
import { sortDiagnostics } from '../../errors/diagnostic.js';
import { CATALOG, LINT_RULE_IDS, lintContract } from '../../lint/lint.js';
import { TYPES } from '../../schema/types/index.js';
import { loadConfig } from '../config.js';
import { escapeControls } from '../../errors/diagnostic.js';
import type { Context } from '../context.js';
import { t, type MessageId } from '../../i18n/messages.js';
import { readFontFile } from '../fonts.js';
import { expandInputs, parseShard, shardOf } from '../inputs.js';
import { EXIT, UsageError, readSpecInput } from '../io.js';
import { setTypeNames, summarize, type SpecReport } from '../report.js';
import { exitCodeOf, reportersFor } from '../reporters.js';
import { checkBytes } from './check.js';

export interface LintFlags {
  draft?: boolean;
  json?: boolean;
  reporter?: string;
  reportFile?: string;
  shard?: string;
  failFast?: boolean;
  config?: string | false;
  /** list the rules instead of linting */
  rules?: boolean;
}

export async function lintCommand(args: string[], flags: LintFlags, ctx: Context): Promise<number> {
  if (flags.rules) return listRules(flags, ctx);
  if (args.length === 0) throw new UsageError('lint: name the specs to lint (files, folders or quoted globs; - for standard input), or --rules to list the rules');
  const started = performance.now();
  const config = flags.config === false ? undefined : loadConfig(ctx.cwd, flags.config);
  const draft = flags.draft ?? config?.draft ?? false;
  const reporter = flags.json ? 'json' : (flags.reporter ?? config?.reporter ?? 'human');
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  const reporters = reportersFor('lint', reporter, flags.reportFile, ctx, { draft, shard: flags.shard ?? null, ...(config?.lint ? { lint: config.lint } : {}) });
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
            const specDir = dirname(input.path ?? resolve(ctx.cwd, 'stdin'));
            // the tree in Simplified Chinese whatever the spec's locale: the rules compare it with
            // the text the spec writes, which the locale converts only when rendering
            const rendered = await convert(read.bytes, { file: input.file, formats: [], draft, locale: 'zh-Hans', readFile: (p) => readFontFile(resolve(specDir, p)) });
            if (!rendered.ok || !rendered.tree) {
              const status = rendered.fault === 'bundled-templates' ? 'internal-error' : 'invalid';
              report = { file: input.file, status, diagnostics: rendered.diagnostics, outputs: [], durationMs: ms(), ...(status === 'internal-error' ? { error: rendered.diagnostics[0]?.message ?? 'a bundled template failed' } : {}) };
            } else {
              const found = lintContract({ loaded: checked.spec, contract: checked.contract, tree: rendered.tree, ...(config?.lint ? { settings: config.lint } : {}) });
              const diagnostics = sortDiagnostics([...checked.warnings, ...found]);
              report = {
                file: input.file,
                status: diagnostics.some((d) => d.severity === 'error') ? 'lint-errors' : 'linted',
                type: checked.contract.type.id,
                draft: checked.contract.draft,
                ...(checked.contract.draft ? { blanks: checked.blanks.length } : {}),
                diagnostics,
                outputs: [],
                durationMs: ms(),
              };
            }
          }
        }
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        report = { file: input.file, status: 'unreadable', error: e.message, diagnostics: [], outputs: [], durationMs: ms() };
      }
      if (flags.failFast && report.status !== 'linted') stopped = true;
    }
    reports.push(report);
    reporters.spec(report, text);
  }
  reporters.end(summarize('lint', reports, performance.now() - started));
  return exitCodeOf(reports);
}

/** `lint --rules`: every rule with its default severity and what it finds; `--json` as data. */
function listRules(flags: LintFlags, ctx: Context): number {
  if (flags.json || flags.reporter === 'json') {
    ctx.out(JSON.stringify(LINT_RULE_IDS.map((id) => ({ id, ruleId: `lint/${id}`, ...CATALOG[id] })), null, 2));
    return EXIT.ok;
  }
  const width = Math.max(...LINT_RULE_IDS.map((id) => id.length));
  for (const group of ['commercial', 'drafting'] as const) {
    ctx.out(ctx.paintOut.bold(t(ctx.lang, `rules.group.${group}`)));
    for (const id of LINT_RULE_IDS.filter((i) => CATALOG[i].group === group)) {
      ctx.out(`  ${id.padEnd(width)}  ${CATALOG[id].severity.padEnd(7)}  ${t(ctx.lang, `rules.finds.${id}` as MessageId, { finds: CATALOG[id].finds })}`);
      const options = (CATALOG[id] as { options?: Record<string, { default: number; describe: string }> }).options ?? {};
      for (const [k, o] of Object.entries(options)) ctx.out(`  ${''.padEnd(width)}  ${''.padEnd(7)}  ${t(ctx.lang, 'rules.option', { key: k, describe: t(ctx.lang, `rules.option.${k}` as MessageId, { describe: o.describe }), n: o.default })}`);
    }
  }
  ctx.out(`\n${t(ctx.lang, 'rules.footer')}`);
  return EXIT.ok;
}
