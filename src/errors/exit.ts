// One error family, one exit-code map (pandoc's PandocError and handleError): whatever stops a
// command is one of five kinds, and this module alone turns a kind into an exit code. Every
// command, the batch reporters and main()'s one catch ask here; none decides a code of its own.
import { RenderError, SpecError, TemplateError, UsageError, WriteError } from './diagnostic.js';

/**
 * - usage: how the command was called (an unknown option, a missing file, a --templates folder
 *   that cannot be used, a settings file in error)
 * - spec: the user's spec is invalid (positioned diagnostics), or a character it uses cannot print
 * - template: the user's own --templates fail to render (positioned at the template's line)
 * - write: an output cannot be written (a full disk, a read-only or system folder, a link in --out)
 * - internal: a bug in svc-contract, a bundled template included
 */
export type ErrorKind = 'usage' | 'spec' | 'template' | 'write' | 'internal';

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3, sigint: 130, sigterm: 143 } as const;

/** The exit code of each kind (the README's table). */
export const EXIT_OF: Record<ErrorKind, number> = { spec: EXIT.invalid, template: EXIT.invalid, usage: EXIT.usage, write: EXIT.usage, internal: EXIT.internal };

/** The kind of a thrown value: one of the family's classes, anything else a bug. */
export function kindOf(e: unknown): ErrorKind {
  if (e instanceof WriteError) return 'write';
  if (e instanceof UsageError) return 'usage';
  if (e instanceof SpecError || e instanceof RenderError) return 'spec';
  if (e instanceof TemplateError) return e.bundled ? 'internal' : 'template';
  return 'internal';
}

/** The exit code of a thrown value. */
export function exitCodeFor(e: unknown): number {
  return EXIT_OF[kindOf(e)];
}

/** The kind of fault a conversion result names (ConvertResult.fault, JobResult.fault). */
export function kindOfFault(fault: 'spec' | 'templates' | 'bundled-templates' | 'usage' | undefined): ErrorKind {
  return fault === 'templates' ? 'template' : fault === 'bundled-templates' ? 'internal' : fault === 'usage' ? 'usage' : 'spec';
}

/** What each outcome of one spec in a batch (SpecReport.status) counts as; undefined: no fault. */
const STATUS_KIND: Record<string, ErrorKind | undefined> = {
  invalid: 'spec',
  stale: 'spec',
  'lint-errors': 'spec',
  unreadable: 'usage',
  unwritable: 'write',
  'internal-error': 'internal',
};

/** The exit code of a batch (build, validate, lint): the worst outcome of its specs decides. */
export function exitCodeOfStatuses(statuses: Iterable<string>): number {
  return worst([...statuses].map((s) => (STATUS_KIND[s] ? EXIT_OF[STATUS_KIND[s]] : EXIT.ok)));
}

/**
 * The two commands whose codes read differently, as the README documents: `diff` as diff(1)
 * does (1 means "they differ", so a spec or template fault is 2, a bug still 3); `textconv`
 * prints a spec that does not convert as its YAML and exits 0 (git stops the whole diff when a
 * textconv fails), so only usage, write and internal faults reach a code.
 */
export function exitCodeIn(command: 'diff' | 'textconv', kind: ErrorKind): number {
  if (kind === 'internal') return EXIT.internal;
  if (command === 'diff') return EXIT.usage;
  return kind === 'spec' || kind === 'template' ? EXIT.ok : EXIT_OF[kind];
}

/** The worst of several codes: a bug 3 over usage or I/O 2 over an invalid spec 1 over 0. */
export function worst(codes: Iterable<number>): number {
  let code: number = EXIT.ok;
  for (const c of codes) if (c > code) code = c;
  return code;
}
