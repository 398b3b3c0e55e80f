// The one error type for user mistakes: every stage reports what it found wrong as Diagnostics,
// collected (not thrown one by one), and the CLI edge prints them like a compiler.

export interface Position {
  /** 1-based line */
  line: number;
  /** 1-based column, counted in characters (code points), not bytes */
  col: number;
}

export interface Diagnostic {
  file: string;
  /** where in the spec; absent only when the problem is about the file as a whole */
  pos: Position;
  /** dotted path of the field in the spec, e.g. parties.provider.phone; '' for the document */
  path: string;
  /** Chinese term of the field (from its description), when it has one */
  term?: string;
  expected: string;
  got?: string;
  hint?: string;
}

/** Thrown (once, carrying all of them) when a stage cannot go on because of user mistakes. */
export class SpecError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.pos.line}:${d.pos.col}: ${summary(d)}`).join('\n'));
    this.name = 'SpecError';
    this.diagnostics = diagnostics;
  }
}

/**
 * A mistake found while writing a document, with no spot in the spec to point at (a character the
 * PDF font lacks, say). A user's problem to fix, not a bug: the CLI reports it and exits 1.
 */
export class RenderError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'RenderError';
  }
}

export function summary(d: Diagnostic): string {
  const where = d.path ? `${d.path}${d.term ? `（${d.term}）` : ''}: ` : '';
  return `${where}expected ${d.expected}${d.got !== undefined ? `, got ${d.got}` : ''}`;
}

/** Ordered by position so that a user reads the file top to bottom. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) => a.file.localeCompare(b.file) || a.pos.line - b.pos.line || a.pos.col - b.pos.col || a.path.localeCompare(b.path),
  );
}

export interface Paint {
  red(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
  cyan(s: string): string;
}

const plain: Paint = { red: (s) => s, bold: (s) => s, dim: (s) => s, cyan: (s) => s };

/**
 * Compiler-style rendering: location and message, the offending source line, a caret under the
 * spot, then the hint. `source` is the spec's text (without BOM), when there is one to quote.
 */
export function formatDiagnostic(d: Diagnostic, source: string | undefined, paint: Paint = plain): string {
  const out: string[] = [];
  out.push(`${paint.bold(`${d.file}:${d.pos.line}:${d.pos.col}`)}: ${paint.red('error')}: ${summary(d)}`);
  const text = source === undefined ? undefined : linesOf(source)[d.pos.line - 1];
  if (text !== undefined) {
    // control characters would act on the terminal: show them as a visible mark instead
    let shown = [...text].map((c) => (c === '\t' ? ' ' : /[\u0000-\u001f\u007f-\u009f]/.test(c) ? '\ufffd' : c));
    let col = d.pos.col;
    // a very long line: show a window around the spot
    if (shown.length > WINDOW) {
      const start = Math.max(0, Math.min(col - 1 - WINDOW / 2, shown.length - WINDOW));
      shown = [...(start > 0 ? ['…'] : []), ...shown.slice(start, start + WINDOW), ...(start + WINDOW < shown.length ? ['…'] : [])];
      col = col - start + (start > 0 ? 1 : 0);
    }
    const gutter = String(d.pos.line).length;
    // East Asian characters take two columns in a terminal: pad the caret to match.
    const pad = shown.slice(0, col - 1).reduce((n, c) => n + width(c), 0);
    out.push(`${paint.dim(`${d.pos.line} |`)} ${shown.join('')}`);
    out.push(`${paint.dim(`${' '.repeat(gutter)} |`)} ${' '.repeat(pad)}${paint.red('^')}`);
  }
  if (d.hint) out.push(`  ${paint.cyan('hint')}: ${d.hint}`);
  return out.join('\n');
}

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

/** Levenshtein distance, for did-you-mean hints on keys and enum values. */
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

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
