// `svc-contract lint <spec|folder|glob...>`: each spec validated first (an invalid one is reported
// as validate reports it), then its contract and its document tree checked by the lint rules.
// Exit 1 when a spec is invalid or a finding has error severity; warnings and infos leave it 0.
import { bundledCoverage } from '../../assets.js';
import { compile } from '../../compile.js';
import { sortDiagnostics } from '../../errors/diagnostic.js';
import { type MessageId, said, t } from '../../i18n/messages.js';
import { CATALOG, LINT_RULE_IDS } from '../../lint/lint.js';
import { templatesOf, templateText, textSettings } from '../config.js';
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../io.js';
import { type SpecReport, summarize } from '../report.js';
import { exitCodeOf, reportersFor } from '../reporters.js';
import { eachSpec, failedReport, typeName } from './specs.js';

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
  if (args.length === 0) throw new UsageError(said('usage.lint-nothing'));
  const started = performance.now();
  // the settings file's locale and templates too: what validate passes, build builds
  const settings = textSettings(flags, ctx.cwd);
  const { config, draft } = settings;
  const templates = templatesOf(settings);
  const locale = settings.locale ? { locale: settings.locale } : {};
  const reporter = flags.json ? 'json' : (flags.reporter ?? config?.reporter ?? 'human');
  const reporters = reportersFor(
    'lint',
    reporter,
    flags.reportFile,
    ctx,
    {
      draft,
      shard: flags.shard ?? null,
      ...(config?.lint ? { lint: config.lint } : {}),
    },
    { typeName, sourceOf: templateText(templates) },
  );
  const canPrint = bundledCoverage();
  const reports = await eachSpec(
    args,
    { shard: flags.shard, failFast: flags.failFast, passed: 'linted' },
    ctx,
    reporters,
    async (input, bytes, readFile, ms) => {
      // every rule, on the tree in Simplified Chinese whatever the spec's locale (compile() builds
      // that tree for the rules): they compare it with the text the spec writes
      const compiled = await compile(bytes, {
        file: input.file,
        draft,
        ...locale,
        templates,
        readFile,
        canPrint,
        lint: { all: true, ...(config?.lint ? { settings: config.lint } : {}) },
      });
      if (!compiled.ok) return { report: failedReport(input.file, compiled, compiled.diagnostics, ms()), text: compiled.text };
      const { contract } = compiled;
      const diagnostics = sortDiagnostics([...(compiled.warnings ?? []), ...(compiled.findings ?? [])]);
      const report: SpecReport = {
        file: input.file,
        status: diagnostics.some((d) => d.severity === 'error') ? 'lint-errors' : 'linted',
        type: contract.type.id,
        draft: contract.draft,
        ...(contract.draft ? { blanks: compiled.blanks.length } : {}),
        diagnostics,
        outputs: [],
        durationMs: ms(),
      };
      return { report, text: compiled.text };
    },
  );
  reporters.end(summarize('lint', reports, performance.now() - started));
  return exitCodeOf(reports);
}

/** `lint --rules`: every rule with its default severity and what it finds; `--json` as data. */
function listRules(flags: LintFlags, ctx: Context): number {
  if (flags.json || flags.reporter === 'json') {
    ctx.out(
      JSON.stringify(
        LINT_RULE_IDS.map((id) => ({ id, ruleId: `lint/${id}`, ...CATALOG[id] })),
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  const width = Math.max(...LINT_RULE_IDS.map((id) => id.length));
  for (const group of ['commercial', 'drafting'] as const) {
    ctx.out(ctx.paintOut.bold(t(ctx.lang, `rules.group.${group}`)));
    for (const id of LINT_RULE_IDS.filter((i) => CATALOG[i].group === group)) {
      ctx.out(`  ${id.padEnd(width)}  ${CATALOG[id].severity.padEnd(7)}  ${t(ctx.lang, `rules.finds.${id}` as MessageId, { finds: CATALOG[id].finds })}`);
      const options = (CATALOG[id] as { options?: Record<string, { default: number; describe: string }> }).options ?? {};
      for (const [k, o] of Object.entries(options))
        ctx.out(
          `  ${''.padEnd(width)}  ${''.padEnd(7)}  ${t(ctx.lang, 'rules.option', { key: k, describe: t(ctx.lang, `rules.option.${k}` as MessageId, { describe: o.describe }), n: o.default })}`,
        );
    }
  }
  ctx.out(`\n${t(ctx.lang, 'rules.footer')}`);
  return EXIT.ok;
}
