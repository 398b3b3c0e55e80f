// The reporters a run prints to: the one --reporter names on standard output, or, with
// --report-file, the human one on the terminal and the named one into the file (written whole
// at the end, never half). Exit codes from what the specs came to.
import { dirname, resolve } from 'node:path';
import { exitCodeOfStatuses } from '../errors/exit.js';
import { localizeDiagnostic } from '../i18n/localize.js';
import { said, say, sayRef } from '../i18n/messages.js';
import type { Context } from './context.js';
import { version } from './context.js';
import { UsageError, writeFileAtomic } from './io.js';
import {
  githubReporter,
  type HumanOptions,
  humanReporter,
  jsonReporter,
  junitReporter,
  REPORTERS,
  type Reporter,
  type ReporterName,
  type SpecReport,
  type Summary,
} from './report.js';
import { makeFolders } from './write.js';

export interface Reporters {
  spec(r: SpecReport, text?: string): void;
  end(s: Summary): void;
}

export function parseReporter(name: string): ReporterName {
  if (!REPORTERS.includes(name as ReporterName)) throw new UsageError(said('usage.reporter', { given: name, list: REPORTERS.join(', ') }));
  return name as ReporterName;
}

export function reportersFor(
  command: Summary['command'],
  name: string,
  reportFile: string | undefined,
  ctx: Context,
  options: Record<string, unknown>,
  human: Pick<HumanOptions, 'typeName' | 'sourceOf'> = {},
): Reporters {
  const chosen = parseReporter(name);
  if (reportFile !== undefined && chosen === 'human') throw new UsageError(said('usage.report-file'));
  const info = { command, version, options };
  let buffered = '';
  const toFile = (s: string) => {
    buffered += s.endsWith('\n') ? s : `${s}\n`;
  };
  const sink = reportFile !== undefined ? toFile : ctx.out;
  const list: Reporter[] = [];
  if (reportFile !== undefined || chosen === 'human') list.push(humanReporter(ctx, { command, ...human }));
  // a machine reporter on standard output keeps it parseable: the summary line goes to standard error
  if (chosen === 'json') list.push(jsonReporter(info, sink));
  if (chosen === 'junit') list.push(junitReporter(info, sink, ctx.lang));
  if (chosen === 'github') list.push(githubReporter(sink, ctx.lang));
  if (reportFile === undefined && (chosen === 'json' || chosen === 'junit'))
    list.push({ spec() {}, end: (s) => humanReporter(ctx, { command, summaryToStderr: true }).end(s) });
  return {
    spec(report, text) {
      // the text in the user's language; rule ids, positions and fields as they are
      const { errorRef, ...rest } = report;
      const r = {
        ...rest,
        diagnostics: report.diagnostics.map((d) => localizeDiagnostic(d, ctx.lang)),
        ...(report.error !== undefined ? { error: errorRef ? sayRef(errorRef, ctx.lang) : say(report.error, ctx.lang) } : {}),
      };
      for (const x of list) x.spec(r, text);
    },
    end(s) {
      for (const x of list) x.end(s);
      if (reportFile !== undefined) {
        // reports/junit.xml: the folder is made as --out is
        makeFolders(dirname(resolve(ctx.cwd, reportFile)), `--report-file ${reportFile}`);
        writeFileAtomic(reportFile, buffered, { cwd: ctx.cwd, fs: ctx.fs });
      }
    },
  };
}

/** The worst outcome decides (errors/exit.ts): a bug 3, a usage or I/O problem 2, an invalid or stale spec (or a lint error) 1. */
export function exitCodeOf(reports: readonly SpecReport[]): number {
  return exitCodeOfStatuses(reports.map((r) => r.status));
}
