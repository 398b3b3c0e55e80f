// What a run of build, validate or lint found, spec by spec, and the reporters that print it: for a
// person (human), for programs (json, whose shape schemas/report.schema.json publishes), for
// GitHub Actions (workflow-command annotations) and for CI dashboards (JUnit XML).
import { type Diagnostic, escapeControls, formatDiagnostic, type MessageRef } from '../errors/diagnostic.js';
import type { Lang } from '../i18n/lang.js';
import { diagnosticWords } from '../i18n/localize.js';
import { type MessageId, t } from '../i18n/messages.js';
import type { Context } from './context.js';

/**
 * - built, valid: done (build wrote the outputs; validate found no error)
 * - linted: valid, and lint found nothing of error severity (warnings and infos may be listed)
 * - lint-errors: valid, but lint found at least one error-severity inconsistency
 * - current: `--check` found every output as the spec produces it now
 * - unchanged: `--incremental` found the outputs carry this build's key, and did not rebuild
 * - stale: `--check` found an output missing or different
 * - invalid: the spec (or the user's templates) has mistakes; nothing written
 * - unreadable: the spec could not be read, or the command could not use it (a usage error)
 * - unwritable: its outputs could not be written (a full disk, a read-only folder); the run stops
 * - internal-error: a bug in svc-contract
 * - not-run: left out after a failure, with --fail-fast
 *
 * The order is the summary line's and the JSON schema's (report-schema.ts).
 */
export const SPEC_STATUSES = [
  'built',
  'valid',
  'linted',
  'lint-errors',
  'current',
  'unchanged',
  'stale',
  'invalid',
  'unreadable',
  'unwritable',
  'internal-error',
  'not-run',
] as const;

/** What became of one spec (listed above); SPEC_STATUSES, in the order a summary names them, is the one list. */
export type SpecStatus = (typeof SPEC_STATUSES)[number];

export const FAILED: ReadonlySet<SpecStatus> = new Set(['lint-errors', 'stale', 'invalid', 'unreadable', 'unwritable', 'internal-error']);

/** The commands that report spec by spec. */
export type Command = 'build' | 'validate' | 'lint';

export interface OutputReport {
  format: string;
  /** as the user would name it: --out joined with the spec's stem */
  path: string;
  bytes: number;
  sha256: string;
  /** written now; current or stale (--check); missing (--check); unchanged (--incremental) */
  state: 'written' | 'current' | 'stale' | 'missing' | 'unchanged';
}

export interface SpecReport {
  file: string;
  status: SpecStatus;
  /** the agreement type's id, when the spec got that far */
  type?: string;
  draft?: boolean;
  /** how many values a draft leaves blank */
  blanks?: number;
  /** which: the fields' paths (validate) */
  blankPaths?: string[];
  /** errors and warnings, positioned, as `validate --json` has always given them */
  diagnostics: Diagnostic[];
  outputs: OutputReport[];
  /** what stopped it, for unreadable and internal-error */
  error?: string;
  /** `error` by message id, when it has one (the CLI edge says it in the reader's language and drops this) */
  errorRef?: MessageRef;
  /** time spent on this spec (reading, converting, writing), ms */
  durationMs: number;
}

export interface Summary {
  command: Command;
  total: number;
  failed: number;
  byStatus: Partial<Record<SpecStatus, number>>;
  durationMs: number;
}

export interface RunInfo {
  command: Command;
  version: string;
  options: Record<string, unknown>;
}

export interface Reporter {
  /** one spec's result, in the order the specs were named; `text` is the spec's source for quoting lines */
  spec(r: SpecReport, text?: string): void;
  end(s: Summary): void;
}

export const REPORTERS = ['human', 'json', 'github', 'junit'] as const;
export type ReporterName = (typeof REPORTERS)[number];

export function summarize(command: Summary['command'], reports: readonly SpecReport[], durationMs: number): Summary {
  const byStatus: Partial<Record<SpecStatus, number>> = {};
  for (const r of reports) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  return { command, total: reports.length, failed: reports.filter((r) => FAILED.has(r.status)).length, byStatus, durationMs: Math.round(durationMs) };
}

/** "3 errors", "1 blank": a count with its noun from the catalogue, one or many */
const count = (lang: Lang, n: number, noun: 'contracts' | 'specs' | 'errors' | 'warnings' | 'infos' | 'blanks') =>
  t(lang, `report.${noun}.${n === 1 ? 'one' : 'many'}` as MessageId, { n });

/** "200 contracts: 197 built, 3 failed, in 4.1 s" (or in Chinese) */
export function summaryLine(s: Summary, lang: Lang = 'en'): string {
  const parts = SPEC_STATUSES.filter((st) => s.byStatus[st]).map((st) => t(lang, `report.status.${st}` as MessageId, { n: s.byStatus[st]! }));
  const what = count(lang, s.total, s.command === 'build' ? 'contracts' : 'specs');
  const failed = s.failed ? t(lang, 'report.failed', { n: s.failed }) : '';
  return t(lang, 'report.summary', {
    what,
    parts: parts.join(t(lang, 'report.list-sep')) || t(lang, 'report.none'),
    failed,
    secs: (s.durationMs / 1000).toFixed(1),
  });
}

/** For a person: a line per spec, mistakes quoted with a caret on standard error, a summary line. */
export interface HumanOptions {
  command: Summary['command'];
  summaryToStderr?: boolean;
  /** "客服工作合同 (work-contract)", the way `types` names a type, for the `valid` line; the id without it */
  typeName?: ((id: string) => string) | undefined;
  /** the text of a file other than the spec that a diagnostic names (a template), to quote its line */
  sourceOf?: ((file: string) => string | undefined) | undefined;
}

export function humanReporter(ctx: Context, opts: HumanOptions): Reporter {
  const typeLabel = (id: string) => opts.typeName?.(id) ?? id;
  const lang = ctx.lang;
  const ok = ctx.paintOut.bold('✓');
  const bad = ctx.paintOut.red('✗');
  const sep = t(lang, 'report.list-sep');
  return {
    spec(r, text) {
      // the spec's line is quoted under its own mistakes only: a template's under the template's line
      const sources: Record<string, string | undefined> = { [r.file]: text };
      for (const d of r.diagnostics) if (!Object.hasOwn(sources, d.file)) sources[d.file] = opts.sourceOf?.(d.file);
      for (const d of r.diagnostics) ctx.err(`${formatDiagnostic(d, sources, ctx.paintErr, diagnosticWords(lang))}\n`);
      const warned = r.diagnostics.filter((d) => d.severity === 'warning').length;
      const warnings = warned ? t(lang, 'report.warned', { warnings: count(lang, warned, 'warnings') }) : '';
      const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
      const infos = r.diagnostics.filter((d) => d.severity === 'info').length;
      const found = [errors && count(lang, errors, 'errors'), warned && count(lang, warned, 'warnings'), infos && count(lang, infos, 'infos')]
        .filter(Boolean)
        .join(sep);
      const outputs = r.outputs.map((o) => o.path).join(', ');
      const file = r.file;
      switch (r.status) {
        case 'built':
          ctx.out(`${ok} ${t(lang, 'report.built', { file, outputs, draft: r.draft ? t(lang, 'report.built.draft', { n: r.blanks ?? 0 }) : '', warnings })}`);
          return;
        case 'valid': {
          const draft = r.draft ? t(lang, 'report.valid.draft', { blanks: count(lang, r.blanks ?? 0, 'blanks') }) : '';
          ctx.out(`${ok} ${t(lang, 'report.valid', { file, type: r.type ? typeLabel(r.type) : '', draft, warnings })}`);
          return;
        }
        case 'linted':
          ctx.out(
            `${ok} ${t(lang, 'report.linted', { file, type: r.type ? t(lang, 'report.linted.type', { type: typeLabel(r.type) }) : '', found: found || t(lang, 'report.linted.nothing'), draft: r.draft ? t(lang, 'report.linted.draft') : '' })}`,
          );
          return;
        case 'lint-errors':
          ctx.out(`${bad} ${t(lang, 'report.lint-errors', { file, found })}`);
          return;
        case 'current':
          ctx.out(`${ok} ${t(lang, 'report.current', { file, outputs })}`);
          return;
        case 'unchanged':
          ctx.out(`${ok} ${t(lang, 'report.unchanged', { file, outputs })}`);
          return;
        case 'stale':
          for (const o of r.outputs.filter((x) => x.state === 'stale' || x.state === 'missing')) {
            ctx.out(`${bad} ${t(lang, o.state === 'stale' ? 'report.stale' : 'report.missing', { output: o.path, file })}`);
          }
          return;
        case 'invalid':
          ctx.out(
            `${bad} ${opts.command === 'build' ? t(lang, 'report.invalid.build', { file }) : opts.command === 'lint' ? t(lang, 'report.invalid.lint', { file, errors: count(lang, errors, 'errors') }) : t(lang, 'report.invalid.validate', { file, errors: count(lang, errors, 'errors') })}`,
          );
          return;
        case 'unreadable':
          ctx.err(`svc-contract: ${escapeControls(r.error ?? t(lang, 'report.unreadable', { file }), true)}`);
          return;
        case 'unwritable':
          ctx.err(`svc-contract: ${r.error ?? t(lang, 'report.unwritable', { file })}`);
          ctx.out(`${bad} ${t(lang, 'report.not-written', { file })}`);
          return;
        case 'internal-error':
          ctx.err(`svc-contract: ${t(lang, 'report.internal', { file, error: r.error ?? '' })}\n${t(lang, 'report.bug')}`);
          ctx.out(`${bad} ${t(lang, 'report.invalid.build', { file })}`);
          return;
        case 'not-run':
          return;
      }
    },
    end(s) {
      (opts.summaryToStderr ? ctx.err : ctx.out)(summaryLine(s, lang));
    },
  };
}

/** One JSON document at the end (schemas/report.schema.json). */
export function jsonReporter(info: RunInfo, write: (s: string) => void): Reporter {
  const specs: SpecReport[] = [];
  return {
    spec(r) {
      specs.push(r);
    },
    end(summary) {
      write(JSON.stringify({ tool: { name: 'svc-contract', version: info.version }, command: info.command, options: info.options, summary, specs }, null, 2));
    },
  };
}

/**
 * The JSON report of a run stopped by a usage error before any spec was read (an unknown option, a
 * missing argument): no spec, the error with its exit code, so that a CI step reading standard
 * output still gets a document (`--reporter json`).
 */
export function usageErrorReport(command: Summary['command'] | 'diff', message: string, version: string): string {
  // diff's document has a schema of its own: no summary, no specs
  if (command === 'diff')
    return JSON.stringify(
      { schema: 'diff-report.schema.json', tool: { name: 'svc-contract', version }, error: { kind: 'usage', message, exitCode: 2 } },
      null,
      2,
    );
  const summary: Summary = { command, total: 0, failed: 0, byStatus: {}, durationMs: 0 };
  return JSON.stringify(
    { tool: { name: 'svc-contract', version }, command, options: {}, error: { kind: 'usage', message, exitCode: 2 }, summary, specs: [] },
    null,
    2,
  );
}

/** GitHub Actions workflow commands: the data part escapes %, CR and LF; properties also : and ,. */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function ghProp(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,title=…::…` per mistake, which GitHub shows on the pull request's lines. */
export function githubReporter(write: (s: string) => void, lang: Lang = 'en'): Reporter {
  return {
    spec(r) {
      for (const d of r.diagnostics) {
        const msg = d.hint ? `${d.message} (${t(lang, 'diagnostic.hint')}: ${d.hint})` : d.message;
        write(
          `::${d.severity === 'info' ? 'notice' : d.severity} file=${ghProp(d.file)},line=${d.line},col=${d.col},title=${ghProp(`svc-contract ${d.ruleId}`)}::${ghData(msg)}`,
        );
      }
      if (r.status === 'stale') {
        for (const o of r.outputs.filter((x) => x.state === 'stale' || x.state === 'missing')) {
          write(
            `::error file=${ghProp(r.file)},title=${ghProp('svc-contract output/not-current')}::${ghData(`${o.path} is ${o.state === 'missing' ? 'missing' : 'not what this spec produces now'}; run svc-contract build and commit the outputs`)}`,
          );
        }
      }
      if (r.status === 'unreadable' || r.status === 'unwritable' || r.status === 'internal-error') {
        write(`::error file=${ghProp(r.file)},title=${ghProp(`svc-contract ${r.status}`)}::${ghData(r.error ?? r.status)}`);
      }
    },
    end(s) {
      write(summaryLine(s, lang));
    },
  };
}

function xml(s: string): string {
  // characters XML 1.0 cannot carry at all are dropped; the rest escaped
  // eslint-disable-next-line no-control-regex
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** JUnit XML: a test case per spec; invalid and not-current specs are failures, unreadable ones errors. */
export function junitReporter(info: RunInfo, write: (s: string) => void, lang: Lang = 'en'): Reporter {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  return {
    spec(r) {
      const time = (r.durationMs / 1000).toFixed(3);
      const head = `    <testcase classname="svc-contract.${info.command}${r.type ? `.${xml(r.type)}` : ''}" name="${xml(r.file)}" file="${xml(r.file)}" time="${time}"`;
      const lines = r.diagnostics.map(
        (d) => `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}${d.hint ? `\n  ${t(lang, 'diagnostic.hint')}: ${d.hint}` : ''} [${d.ruleId}]`,
      );
      if (r.status === 'invalid' || r.status === 'stale' || r.status === 'lint-errors') {
        failures++;
        const stale = r.outputs
          .filter((o) => o.state === 'stale' || o.state === 'missing')
          .map((o) => `${o.path}: ${o.state === 'missing' ? 'missing' : 'not current'}`);
        const body = [...lines, ...stale].join('\n');
        const first = r.diagnostics.find((d) => d.severity === 'error');
        const message = first ? `${first.file}:${first.line}:${first.col}: ${first.message}` : (stale[0] ?? r.status);
        cases.push(
          `${head}>\n      <failure message="${xml(message)}" type="${xml(first?.ruleId ?? `output/not-current`)}">${xml(body)}</failure>\n    </testcase>`,
        );
      } else if (r.status === 'unreadable' || r.status === 'unwritable' || r.status === 'internal-error') {
        errors++;
        cases.push(`${head}>\n      <error message="${xml(r.error ?? r.status)}" type="${r.status}"/>\n    </testcase>`);
      } else if (r.status === 'not-run') {
        skipped++;
        cases.push(`${head}>\n      <skipped message="not run: an earlier spec failed (--fail-fast)"/>\n    </testcase>`);
      } else if (lines.length) {
        cases.push(`${head}>\n      <system-out>${xml(lines.join('\n'))}</system-out>\n    </testcase>`);
      } else cases.push(`${head}/>`);
    },
    end(s) {
      const time = (s.durationMs / 1000).toFixed(3);
      const name = `svc-contract ${info.command}`;
      write(
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          `<testsuites name="${name}" tests="${s.total}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time}">`,
          `  <testsuite name="${name}" tests="${s.total}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time}">`,
          ...cases,
          '  </testsuite>',
          '</testsuites>',
          '',
        ].join('\n'),
      );
    },
  };
}
