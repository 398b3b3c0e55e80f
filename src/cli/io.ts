// The CLI's edge for specs and the terminal: reading a spec (a file or standard input), the
// streams and colours the commands print with, the exit codes. The other modules that touch the
// file system each do one thing, listed in docs/architecture.md ("Where I/O lives") and held to
// that list by test/edge.test.ts.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Chalk } from 'chalk';
import type { Diagnostic, MessageRef } from '../errors/diagnostic.js';
import { type Paint, UsageError } from '../errors/diagnostic.js';
import { type MessageId, said } from '../i18n/messages.js';
import { MAX_SPEC_BYTES, oversized } from '../load/load.js';
import type { SpecInput } from './inputs.js';
import { type FileSystem, realFs, writeSet } from './write.js';

/** The exit codes, decided in errors/exit.ts alone. */
export { EXIT } from '../errors/exit.js';
/** A mistake in how the command was called (exit 2): one class for the library and the CLI. */
export { UsageError };

/** The most a spec read from standard input may be (a spec file's limit). */
export const MAX_STDIN = MAX_SPEC_BYTES;

/** All the CLI needs of standard output or error: process.stdout, or a test's collector. */
export interface OutStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** A path that is not a file to read: its reason, e.g. "is a folder, not a font file". */
export class NotAFile extends Error {
  override name = 'NotAFile';
  constructor(
    message: string,
    readonly ref?: MessageRef,
  ) {
    super(message);
  }
}

/**
 * The size of a regular file (after links), checked before anything reads it: a folder, a pipe or a
 * device (no size to check, and it may never end) is refused with the reason. `what` names the
 * kind of file expected. Other failures (permissions) are thrown as they come.
 */
export function regularFileSize(path: string, what: 'spec file' | 'font file'): number {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new NotAFile('no such file', said('usage.reason.no-such-file'));
    throw e;
  }
  if (st.isDirectory()) throw new NotAFile(`is a folder, not a ${what}`, said(what === 'spec file' ? 'usage.reason.folder-spec' : 'usage.reason.folder-font'));
  if (!st.isFile()) throw new NotAFile('is not a regular file', said('usage.reason.not-regular'));
  return st.size;
}

/** Folders whose files are the system's, never a spec: what a link into them would read is the process's environment, a device. */
const SYSTEM = ['/proc', '/sys', '/dev'];

const inside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/**
 * Where a spec reached through a symbolic link (itself, or a folder on its path) really is, when
 * that is a place a spec may be read from: inside `root` (the folder the input names) or the
 * working folder, and never in /proc, /sys or /dev. A link elsewhere is refused with where it
 * points, so that `specs/x.yaml -> /proc/self/environ` or `-> ~/.npmrc` is never read.
 */
function checkLink(path: string, file: string, cwd: string, root: string | undefined): void {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return; // missing, or a dangling link: the read reports it
  }
  if (real === path) return;
  const real_ = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const allowed = [root, cwd].filter((x): x is string => x !== undefined).map(real_);
  if (SYSTEM.some((s) => inside(s, real)) || !allowed.some((a) => inside(a, real))) {
    // the English from the catalogue (the CLI edge says it in the reader's language); what to do when the link is meant
    throw new UsageError(SYSTEM.some((s) => inside(s, real)) ? said('usage.link-system', { file, target: real }) : said('usage.link-outside', { file }));
  }
}

/**
 * Reads a spec file, `file` relative to `cwd`; messages name it as given. A file over the size
 * limit is not read, only its size is returned. `root`: the folder the input names (a folder, a
 * glob's fixed folders, a file's own folder), which a symbolic link may point into.
 */
export function readSpecFile(file: string, cwd: string = process.cwd(), root?: string): { bytes: Uint8Array } | { oversize: number } {
  const path = resolve(cwd, file);
  checkLink(path, file, cwd, root ?? dirname(path));
  try {
    const size = regularFileSize(path, 'spec file');
    if (size > MAX_SPEC_BYTES) return { oversize: size };
    return { bytes: readFileSync(path) };
  } catch (e) {
    if (e instanceof NotAFile) throw new UsageError(said('usage.file-reason', { file, reason: e.ref ?? e.message }));
    const code = (e as NodeJS.ErrnoException).code;
    const why: Record<string, MessageId> = {
      ENOENT: 'usage.reason.no-such-file',
      EACCES: 'usage.reason.denied',
      EPERM: 'usage.reason.denied',
      EISDIR: 'usage.reason.is-folder',
    };
    const reason = why[code ?? ''];
    throw new UsageError(
      code === 'ENOENT'
        ? said('usage.no-such-file', { file })
        : said('usage.cannot-read', { file, why: reason ? said(reason) : (code ?? (e as Error).message) }),
    );
  }
}

/** A spec named on the command line, read: from its file, or all of standard input for `-`. */
export function readSpecInput(input: SpecInput, ctx: { cwd: string; readStdin: () => Uint8Array }): { bytes: Uint8Array } | { diagnostics: Diagnostic[] } {
  if (input.stdin) {
    let bytes: Uint8Array;
    try {
      bytes = ctx.readStdin();
    } catch (e) {
      throw new UsageError(said('usage.stdin', { why: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
    }
    return bytes.byteLength > MAX_SPEC_BYTES ? { diagnostics: [oversized(input.file, bytes.byteLength)] } : { bytes };
  }
  const read = readSpecFile(input.file, ctx.cwd, input.root);
  return 'oversize' in read ? { diagnostics: [oversized(input.file, read.oversize)] } : read;
}

/**
 * Writes a file so that it is never seen half-written: a temporary file in the same folder, every
 * byte checked and synced, then a rename over the target (write.ts). With `exclusive`, refuses to
 * replace an existing file. A relative `file` is relative to `options.cwd` (process.cwd() when
 * left out); messages name it as given. Failures (a full disk, a read-only folder) are usage
 * errors naming the file and what to do.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, options: { exclusive?: boolean; cwd?: string; fs?: FileSystem } = {}): void {
  const path = resolve(options.cwd ?? process.cwd(), file);
  const fs = options.fs ?? realFs;
  if (options.exclusive && fs.existsSync(path)) throw new UsageError(said('usage.exists', { file }));
  writeSet([{ path, shown: file, bytes: typeof data === 'string' ? Buffer.from(data, 'utf8') : data }], fs);
}

/** Colour only on a terminal, never with NO_COLOR set (non-empty, as no-color.org says) or TERM=dumb; FORCE_COLOR forces it. */
export function colourFor(stream: Pick<OutStream, 'isTTY'>, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return force || (stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb');
}

export function paintFor(stream: Pick<OutStream, 'isTTY'>, env: NodeJS.ProcessEnv): Paint {
  const c = new Chalk({ level: colourFor(stream, env) ? 1 : 0 });
  return { red: c.red, bold: c.bold, dim: c.dim, cyan: c.cyan };
}

/** Whether a path is a folder (after links); false when it is anything else or nothing. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
