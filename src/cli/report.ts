// What a run of build, validate or lint found, spec by spec, and the reporters that print it: for a
// person (human), for programs (json, whose shape schemas/report.schema.json publishes), for
// GitHub Actions (workflow-command annotations) and for CI dashboards (JUnit XML).
import { escapeControls, formatDiagnostic, type Diagnostic } from '../errors/diagnostic.js';
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
 */
export type SpecStatus = 'built' | 'valid' | 'linted' | 'lint-errors' | 'current' | 'unchanged' | 'stale' | 'invalid' | 'unreadable' | 'unwritable' | 'internal-error' | 'not-run';

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

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "200 contracts: 197 built, 3 failed, in 4.1 s" */
export function summaryLine(s: Summary): string {
  const b = s.byStatus;
  const parts: string[] = [];
  const add = (n: number | undefined, words: string) => {
    if (n) parts.push(`${n} ${words}`);
  };
  add(b.built, 'built');
  add(b.valid, 'valid');
  add(b.linted, 'linted');
  add(b['lint-errors'], 'with lint errors');
  add(b.current, 'current');
  add(b.unchanged, 'unchanged (not rebuilt)');
  add(b.stale, 'not current');
  add(b.invalid, 'invalid');
  add(b.unreadable, 'unreadable');
  add(b.unwritable, 'not written');
  add(b['internal-error'], 'failed on an internal error');
  add(b['not-run'], 'not run (--fail-fast)');
  const what = s.command === 'build' ? plural(s.total, 'contract') : plural(s.total, 'spec');
  const failed = s.failed ? `; ${s.failed} failed` : '';
  return `${what}: ${parts.join(', ') || 'none'}${failed}, in ${(s.durationMs / 1000).toFixed(1)} s`;
}

/** For a person: a line per spec, mistakes quoted with a caret on standard error, a summary line. */
export function humanReporter(ctx: Context, opts: { command: Summary['command']; summaryToStderr?: boolean }): Reporter {
  const ok = ctx.paintOut.bold('✓');
  const bad = ctx.paintOut.red('✗');
  return {
    spec(r, text) {
      // the spec's line is quoted under its own mistakes only: a template's is at a line of the template
      for (const d of r.diagnostics) ctx.err(`${formatDiagnostic(d, d.file === r.file ? text : undefined, ctx.paintErr)}\n`);
      const warned = r.diagnostics.filter((d) => d.severity === 'warning').length;
      const warnings = warned ? `; ${plural(warned, 'warning')}` : '';
      const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
      const infos = r.diagnostics.filter((d) => d.severity === 'info').length;
      const found = [errors && plural(errors, 'error'), warned && plural(warned, 'warning'), infos && plural(infos, 'info', 'infos')].filter(Boolean).join(', ');
      switch (r.status) {
        case 'built':
          ctx.out(`${ok} ${r.file} → ${r.outputs.map((o) => o.path).join(', ')}${r.draft ? ` (draft, ${r.blanks ?? 0} blanks)` : ''}${warnings}`);
          return;
        case 'valid': {
          const draft = r.draft ? `, draft with ${plural(r.blanks ?? 0, 'blank')} to fill` : '';
          ctx.out(`${ok} ${r.file}: valid ${r.type ? typeLabel(r.type) : ''}${draft}${warnings}`);
          return;
        }
        case 'linted':
          ctx.out(`${ok} ${r.file}: ${r.type ? `${typeLabel(r.type)}, ` : ''}${found || 'no findings'}${r.draft ? ' (draft)' : ''}`);
          return;
        case 'lint-errors':
          ctx.out(`${bad} ${r.file}: ${found}`);
          return;
        case 'current':
          ctx.out(`${ok} ${r.file}: ${r.outputs.map((o) => o.path).join(', ')} current`);
          return;
        case 'unchanged':
          ctx.out(`${ok} ${r.file}: ${r.outputs.map((o) => o.path).join(', ')} unchanged, not rebuilt`);
          return;
        case 'stale':
          for (const o of r.outputs.filter((x) => x.state === 'stale' || x.state === 'missing')) {
            ctx.out(`${bad} ${o.path}: ${o.state === 'stale' ? 'differs from what' : 'missing; it is what'} ${r.file} produces now`);
          }
          return;
        case 'invalid':
          ctx.out(`${bad} ${r.file}: ${opts.command === 'build' ? 'not built' : opts.command === 'lint' ? `invalid (${plural(errors, 'error')}), not linted` : plural(errors, 'error')}`);
          return;
        case 'unreadable':
          ctx.err(`svc-contract: ${escapeControls(r.error ?? `${r.file}: cannot be read`, true)}`);
          return;
        case 'unwritable':
          ctx.err(`svc-contract: ${r.error ?? `${r.file}: the outputs could not be written`}`);
          ctx.out(`${bad} ${r.file}: not written`);
          return;
        case 'internal-error':
          ctx.err(`svc-contract: internal error while building ${r.file}: ${r.error ?? ''}\nThis is a bug in svc-contract, not in your spec; please report it with the spec and command that caused it.`);
          ctx.out(`${bad} ${r.file}: not built`);
          return;
        case 'not-run':
          return;
      }
    },
    end(s) {
      (opts.summaryToStderr ? ctx.err : ctx.out)(summaryLine(s));
    },
  };
}

let typeNames: Map<string, string> | undefined;
/** "客服工作合同 (work-contract)", the way `types` names a type */
function typeLabel(id: string): string {
  return typeNames?.get(id) ?? id;
}
/** Names for the human reporter's `valid` line (set by the command, which has the type table loaded). */
export function setTypeNames(names: Map<string, string>): void {
  typeNames = names;
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

/** GitHub Actions workflow commands: the data part escapes %, CR and LF; properties also : and ,. */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function ghProp(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,title=…::…` per mistake, which GitHub shows on the pull request's lines. */
export function githubReporter(write: (s: string) => void): Reporter {
  return {
    spec(r) {
      for (const d of r.diagnostics) {
        const msg = d.hint ? `${d.message} (hint: ${d.hint})` : d.message;
        write(`::${d.severity === 'info' ? 'notice' : d.severity} file=${ghProp(d.file)},line=${d.line},col=${d.col},title=${ghProp(`svc-contract ${d.ruleId}`)}::${ghData(msg)}`);
      }
      if (r.status === 'stale') {
        for (const o of r.outputs.filter((x) => x.state === 'stale' || x.state === 'missing')) {
          write(`::error file=${ghProp(r.file)},title=${ghProp('svc-contract output/not-current')}::${ghData(`${o.path} is ${o.state === 'missing' ? 'missing' : 'not what this spec produces now'}; run svc-contract build and commit the outputs`)}`);
        }
      }
      if (r.status === 'unreadable' || r.status === 'unwritable' || r.status === 'internal-error') {
        write(`::error file=${ghProp(r.file)},title=${ghProp(`svc-contract ${r.status}`)}::${ghData(r.error ?? r.status)}`);
      }
    },
    end(s) {
      write(summaryLine(s));
    },
  };
}

function xml(s: string): string {
  // characters XML 1.0 cannot carry at all are dropped; the rest escaped
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JUnit XML: a test case per spec; invalid and not-current specs are failures, unreadable ones errors. */
export function junitReporter(info: RunInfo, write: (s: string) => void): Reporter {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  return {
    spec(r) {
      const time = (r.durationMs / 1000).toFixed(3);
      const head = `    <testcase classname="svc-contract.${info.command}${r.type ? `.${xml(r.type)}` : ''}" name="${xml(r.file)}" file="${xml(r.file)}" time="${time}"`;
      const lines = r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}${d.hint ? `\n  hint: ${d.hint}` : ''} [${d.ruleId}]`);
      if (r.status === 'invalid' || r.status === 'stale' || r.status === 'lint-errors') {
        failures++;
        const stale = r.outputs.filter((o) => o.state === 'stale' || o.state === 'missing').map((o) => `${o.path}: ${o.state === 'missing' ? 'missing' : 'not current'}`);
        const body = [...lines, ...stale].join('\n');
        const first = r.diagnostics.find((d) => d.severity === 'error');
        const message = first ? `${first.file}:${first.line}:${first.col}: ${first.message}` : stale[0] ?? r.status;
        cases.push(`${head}>\n      <failure message="${xml(message)}" type="${xml(first?.ruleId ?? `output/not-current`)}">${xml(body)}</failure>\n    </testcase>`);
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
