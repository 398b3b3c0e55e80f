// `svc-contract validate <spec|folder|glob...>`: a verdict per spec; exit 1 when any is invalid.
import { bundledCoverage } from '../../assets.js';
import { compile } from '../../compile.js';
import { sortDiagnostics } from '../../errors/diagnostic.js';
import { templatesOf, templateText, textSettings } from '../config.js';
import type { Context } from '../context.js';
import { summarize } from '../report.js';
import { exitCodeOf, reportersFor } from '../reporters.js';
import { eachSpec, failedReport, typeName } from './specs.js';

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
  // the settings file's locale and templates too: what validate passes, build builds
  const settings = textSettings(flags, ctx.cwd);
  const { config, draft } = settings;
  const templates = templatesOf(settings);
  const locale = settings.locale ? { locale: settings.locale } : {};
  const reporter = flags.json ? 'json' : (flags.reporter ?? config?.reporter ?? 'human');
  const reporters = reportersFor(
    'validate',
    reporter,
    flags.reportFile,
    ctx,
    { draft, shard: flags.shard ?? null },
    { typeName, sourceOf: templateText(templates) },
  );
  const canPrint = bundledCoverage();
  const reports = await eachSpec(
    args,
    { shard: flags.shard, failFast: flags.failFast, passed: 'valid' },
    ctx,
    reporters,
    async (input, bytes, readFile, ms) => {
      // the tree the build would write, and a final contract held to the lint rules at error
      // severity: what validate passes, build builds
      const compiled = await compile(bytes, {
        file: input.file,
        draft,
        ...locale,
        templates,
        readFile,
        canPrint,
        lint: config?.lint ? { settings: config.lint } : {},
      });
      if (!compiled.ok) {
        const diagnostics = compiled.warnings ? sortDiagnostics([...compiled.warnings, ...compiled.diagnostics]) : compiled.diagnostics;
        return { report: failedReport(input.file, compiled, diagnostics, ms()), text: compiled.text };
      }
      const { contract, blanks = [], warnings = [] } = compiled;
      return {
        report: {
          file: input.file,
          status: 'valid',
          type: contract.type.id,
          draft: contract.draft,
          blanks: blanks.length,
          ...(blanks.length ? { blankPaths: blanks } : {}),
          diagnostics: warnings,
          outputs: [],
          durationMs: ms(),
        },
        text: compiled.text,
      };
    },
  );
  reporters.end(summarize('validate', reports, performance.now() - started));
  return exitCodeOf(reports);
}
