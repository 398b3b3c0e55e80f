// Errors are data. Every stage reports what it found wrong as Diagnostics, collected (not thrown
// one by one), the same plain shape in the library, `--json` and every reporter; the CLI edge
// prints them like a compiler. The error family: the user's spec (SpecError, RenderError), a
// template (TemplateError: the user's --templates, or a bundled one, which is a bug), how the
// command was called (UsageError), an output that cannot be written (WriteError); exit.ts maps
// each kind to its exit code, in one place.

import { type MessageId, said, sayRef } from '../i18n/messages.js';

export interface Position {
  /** 1-based line */
  line: number;
  /** 1-based column, counted in characters (code points), not bytes */
  col: number;
}

/** `info`: a lint finding worth a look that asks for no change (svc-contract lint); validate reports errors and warnings */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  /** 1-based line and column (in code points) of the spot; 1:1 when about the file as a whole */
  line: number;
  col: number;
  /** dotted path of the field in the spec, e.g. parties.provider.phone; '' for the document */
  path: string;
  /** what kind of mistake: yaml/syntax, schema/required, rule/term-order, template/render … */
  ruleId: string;
  severity: Severity;
  /** one line: path（term）: expected …, got … */
  message: string;
  /** Chinese term of the field (from its description), when it has one */
  term?: string;
  expected: string;
  got?: string;
  hint?: string;
  /** the message ids of expected, got and hint, when the stage said them by id (the CLI edge renders and drops them) */
  ids?: MessageIds;
}

/**
 * A text by message id (src/i18n/messages.ts) and parameters, said in the reader's language at
 * the CLI edge; a parameter may itself be a text by id.
 */
export interface MessageRef {
  id: string;
  params?: Readonly<Record<string, string | number | MessageRef>>;
}

/** The ids behind a diagnostic's expected, got and hint (the English of each is in those fields). */
export type MessageIds = Partial<Record<'expected' | 'got' | 'hint', MessageRef>>;

/** What a stage knows when it finds a mistake; `diagnostic()` makes the full record. */
export interface DiagnosticInit {
  file: string;
  pos: Position;
  path: string;
  term?: string;
  expected: string;
  got?: string;
  hint?: string;
  ruleId?: string;
  severity?: Severity;
  ids?: MessageIds;
}

/** A full diagnostic from what a stage found; `rule` is the id when the stage gave none. */
export function diagnostic(d: DiagnosticInit | Diagnostic, rule = 'spec'): Diagnostic {
  if (!('pos' in d)) return d;
  const { pos, ...rest } = d;
  const out: Diagnostic = {
    file: escapeControls(rest.file),
    line: pos.line,
    col: pos.col,
    path: escapeControls(rest.path),
    ruleId: rest.ruleId ?? rule,
    severity: rest.severity ?? 'error',
    message: '',
    ...(rest.term !== undefined ? { term: rest.term } : {}),
    expected: escapeControls(rest.expected),
    ...(rest.got !== undefined ? { got: escapeControls(rest.got) } : {}),
    ...(rest.hint !== undefined ? { hint: escapeControls(rest.hint) } : {}),
    ...(rest.ids !== undefined ? { ids: rest.ids } : {}),
  };
  out.message = summary(out);
  return out;
}

/**
 * Text a message echoes (a key, a value, a file name) with its control characters, line and
 * paragraph separators and direction overrides written as \\uXXXX: an ESC in a key would
 * otherwise clear the user's terminal, a line break forge a line of a CI log.
 */
export function escapeControls(s: string, keepLineBreaks = false): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) =>
    keepLineBreaks && c === '\n' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Thrown (once, carrying all of them) when a stage cannot go on because of mistakes in the user's spec. */
export class SpecError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: (Diagnostic | DiagnosticInit)[], rule = 'spec') {
    const ds = diagnostics.map((d) => diagnostic(d, rule));
    super(ds.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n'));
    this.name = 'SpecError';
    this.diagnostics = ds;
  }
}

/**
 * A fault in a template, positioned at the template's file:line. `bundled` says whether it is one
 * of the package's own templates (a bug: exit 3) or the user's --templates (their fix: exit 1).
 */
export class TemplateError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(
    diagnostics: (Diagnostic | DiagnosticInit)[],
    readonly bundled: boolean,
  ) {
    const ds = diagnostics.map((d) => diagnostic(d, 'template/render'));
    super(ds.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n'));
    this.name = 'TemplateError';
    this.diagnostics = ds;
  }
}

/** A mistake in how the command or function was called (exit 2), as opposed to a mistake in a spec (exit 1). */
export class UsageError extends Error {
  override name = 'UsageError';
  /** the message by id (src/i18n/messages.ts), for the CLI edge to say in the reader's language; `message` is its English */
  readonly ref: MessageRef | undefined;
  constructor(message: string | MessageRef) {
    super(typeof message === 'string' ? message : sayRef(message, 'en'));
    this.ref = typeof message === 'string' ? undefined : message;
  }
}

/** A failure to write an output: the user's to fix (a full disk, a read-only folder), exit 2. */
export class WriteError extends UsageError {
  override name = 'WriteError';
  constructor(shown: string, e: unknown) {
    super(writeErrorRef(shown, e));
  }
}

/** What to do about a code node:fs gives, by message id (a code that shares a remedy shares its id). */
const HELP: Record<string, MessageId> = {
  ENOSPC: 'write.ENOSPC',
  EDQUOT: 'write.EDQUOT',
  EROFS: 'write.EROFS',
  EACCES: 'write.EACCES',
  EPERM: 'write.EPERM',
  EISDIR: 'write.EISDIR',
  ENOTDIR: 'write.ENOTDIR',
  EEXIST: 'write.EEXIST',
  ENAMETOOLONG: 'write.ENAMETOOLONG',
  ELOOP: 'write.ELOOP',
  EMFILE: 'write.EMFILE',
  ENFILE: 'write.EMFILE',
  EIO: 'write.EIO',
  EBUSY: 'write.EBUSY',
  ETXTBSY: 'write.EBUSY',
  ENOENT: 'write.ENOENT',
  ESYSFS: 'write.ESYSFS',
};

/** `e`: what node:fs threw, or `{ code, message }` for a refusal of svc-contract's own (a link inside --out). */
export function writeErrorRef(shown: string, e: unknown): MessageRef {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  const help = HELP[code];
  const own = (e as { ref?: MessageRef }).ref;
  const why: string | MessageRef = own ?? (help ? said(help) : ((e as Error).message ?? String(e)));
  return code === 'ELINKOUT' || code === 'ESYSFS' ? said('usage.write', { file: shown, why }) : said('usage.write-code', { file: shown, why, code });
}

/** The English of writeErrorRef. */
export function describeWriteError(shown: string, e: unknown): string {
  return sayRef(writeErrorRef(shown, e), 'en');
}

/**
 * A mistake found while writing a document, with no spot in the spec to point at (a character the
 * PDF font lacks, say). A user's problem to fix, not a bug: the CLI reports it and exits 1.
 */
export class RenderError extends Error {
  /** the first character at fault, so that the spec line holding it can be named */
  readonly character: string | undefined;
  readonly ruleId: string;
  /** pdf/missing-glyph: every character the faces lack, where it is first and its face */
  readonly missing: readonly { character: string; where: string; face: 'body' | 'bold' | 'heading' }[] | undefined;
  constructor(
    message: string,
    readonly hint?: string,
    more: { character?: string; ruleId?: string; missing?: RenderError['missing'] } = {},
  ) {
    super(message);
    this.name = 'RenderError';
    this.character = more.character;
    this.ruleId = more.ruleId ?? 'render/failed';
    this.missing = more.missing;
  }
}

export function summary(d: Pick<Diagnostic, 'path' | 'term' | 'expected' | 'got'>): string {
  const where = d.path ? `${d.path}${d.term ? `（${d.term}）` : ''}: ` : '';
  return `${where}expected ${d.expected}${d.got !== undefined ? `, got ${d.got}` : ''}`;
}

/** Ordered by position so that a user reads the file top to bottom. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.path.localeCompare(b.path));
}

export interface Paint {
  red(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
  cyan(s: string): string;
}

const plain: Paint = { red: (s) => s, bold: (s) => s, dim: (s) => s, cyan: (s) => s };

/** The texts a diagnostic may quote, by the file name diagnostics give (the spec's, a template's as shown). */
export type Sources = Readonly<Record<string, string | undefined>>;

/**
 * Compiler-style rendering: location and message, the offending source line, a caret under the
 * spot, then the hint. The line is quoted from `sources[d.file]` only, so that a template's
 * mistake is never shown under a line of the spec (or the other way round).
 */
export function formatDiagnostic(d: Diagnostic, sources?: Sources, paint: Paint = plain, words: DiagnosticWords = ENGLISH_WORDS): string {
  const out: string[] = [];
  out.push(`${paint.bold(`${d.file}:${d.line}:${d.col}`)}: ${d.severity === 'error' ? paint.red(words.error) : paint.bold(words[d.severity])}: ${d.message}`);
  const source = Object.hasOwn(sources ?? {}, d.file) ? sources?.[d.file] : undefined;
  const text = source === undefined ? undefined : linesOf(source)[d.line - 1];
  if (text !== undefined) {
    // control characters would act on the terminal: show them as a visible mark instead
    let shown = [...text].map((c) => (c === '\t' ? ' ' : /[\u0000-\u001f\u007f-\u009f]/.test(c) ? '\ufffd' : c));
    let col = d.col;
    // a very long line: show a window around the spot
    if (shown.length > WINDOW) {
      const start = Math.max(0, Math.min(col - 1 - WINDOW / 2, shown.length - WINDOW));
      shown = [...(start > 0 ? ['…'] : []), ...shown.slice(start, start + WINDOW), ...(start + WINDOW < shown.length ? ['…'] : [])];
      col = col - start + (start > 0 ? 1 : 0);
    }
    const gutter = String(d.line).length;
    // East Asian characters take two columns in a terminal: pad the caret to match.
    const pad = shown.slice(0, col - 1).reduce((n, c) => n + width(c), 0);
    out.push(`${paint.dim(`${d.line} |`)} ${shown.join('')}`);
    out.push(`${paint.dim(`${' '.repeat(gutter)} |`)} ${' '.repeat(pad)}${paint.red('^')}`);
  }
  if (d.hint) out.push(`  ${paint.cyan(words.hint)}: ${d.hint}`);
  return out.join('\n');
}

/** The words around a diagnostic (severity, hint), in the reader's language (the CLI's catalogue gives them). */
export type DiagnosticWords = Record<Severity | 'hint', string>;
const ENGLISH_WORDS: DiagnosticWords = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' };

const WINDOW = 100;
let cachedSource: string | undefined;
let cachedLines: string[] = [];
/** The source's lines, split once for all of a file's diagnostics. */
function linesOf(source: string): string[] {
  if (source !== cachedSource) {
    cachedSource = source;
    cachedLines = source.split(/\r\n|\n|\r/);
  }
  return cachedLines;
}

function width(c: string): number {
  const cp = c.codePointAt(0) ?? 0;
  return (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
    ? 2
    : 1;
}

/** The nearest candidate, for did-you-mean hints on keys and enum values; none when all are too far. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestD <= limit ? best : undefined;
}

/** Edit distance where swapping two neighbouring letters is one edit (darft → draft), as typing slips are. */
function distance(a: string, b: string): number {
  let before = Array.from({ length: b.length + 1 }, () => 0);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
    }
    [before, prev] = [prev, cur];
  }
  return prev[b.length]!;
}
