// Writing the outputs of one spec as a set: every format goes to a temporary file beside its
// target, every byte is checked written and synced, and only then are the targets replaced, in a
// fixed order, each old file kept as a hard-linked backup until the whole set is in place. On any
// failure the temporaries are removed and the old files put back, so the formats of one spec are
// always all old or all new. Temporaries in flight are known (`pending`), so that a signal handler
// can remove them. The file system is injected, so tests can make writes fail after N bytes.
import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors/diagnostic.js';

/** The calls the writer makes: node:fs, or a test's wrapper around it. */
export interface FileSystem {
  openSync(path: string, flags: string): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, link: string): void;
  unlinkSync(path: string): void;
  existsSync(path: string): boolean;
}

export const realFs: FileSystem = nodeFs as unknown as FileSystem;

/** Temporary and backup files of a write in progress, for a signal handler to remove. */
export const pending = new Set<string>();

/** Removes every temporary file still in flight (called on SIGINT/SIGTERM). */
export function removePending(fs: FileSystem = realFs): void {
  for (const p of pending) {
    try {
      if (p.endsWith('.tmp')) fs.unlinkSync(p);
    } catch {
      /* already gone */
    }
  }
  pending.clear();
}

export interface Output {
  /** absolute path of the target */
  path: string;
  /** the path as the user would name it, for messages */
  shown: string;
  bytes: Uint8Array;
}

/** A failure to write an output: the user's to fix (a full disk, a read-only folder), exit 2. */
export class WriteError extends UsageError {
  constructor(shown: string, e: unknown) {
    super(describeWriteError(shown, e));
  }
}

const HELP: Record<string, string> = {
  ENOSPC: 'no space left on the device; free some space or choose another --out',
  EDQUOT: 'the disk quota is used up; free some space or choose another --out',
  EROFS: 'the file system is read-only; choose another --out',
  EACCES: 'permission denied; choose a folder you may write to',
  EPERM: 'not permitted; choose a folder you may write to',
  EISDIR: 'a folder is in the way of the file; remove it or choose another --out',
  ENOTDIR: 'a file is in the way of the folder; choose another --out',
  EEXIST: 'a file of that name appeared while writing; try again',
  ENAMETOOLONG: 'the path is too long; choose a shorter --out',
  ELOOP: 'too many symbolic links in the path; choose another --out',
  EMFILE: 'too many open files; close some programs and try again',
  ENFILE: 'too many open files; close some programs and try again',
  EIO: 'an input/output error on the device; check the disk',
  EBUSY: 'the file is in use by another program; close it and try again',
  ETXTBSY: 'the file is in use by another program; close it and try again',
  ENOENT: 'the folder disappeared while writing; try again',
};

export function describeWriteError(shown: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  return `cannot write ${shown}: ${HELP[code] ?? (e as Error).message} (${code})`;
}

function writeAll(fs: FileSystem, fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.byteLength) {
    const n = fs.writeSync(fd, bytes, done, bytes.byteLength - done);
    // a write that makes no progress would loop forever: the device is full or failing
    if (!(n > 0)) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    done += n;
  }
}

/** Temporaries written and synced, targets not yet touched: commit() or discard() it. */
export interface Prepared {
  outputs: readonly Output[];
  temps: string[];
  backups: string[];
  fs: FileSystem;
}

/** Writes the outputs of one spec as a set (see the module header). */
export function writeSet(outputs: readonly Output[], fs: FileSystem = realFs): void {
  commit(prepare(outputs, fs));
}

/** Step 1: every format to its temporary file beside its target, every byte checked and synced. */
export function prepare(outputs: readonly Output[], fs: FileSystem = realFs): Prepared {
  const tag = randomBytes(6).toString('hex');
  const temps = outputs.map((o) => join(dirname(o.path), `.${basename(o.path)}.${tag}.tmp`));
  const backups = outputs.map((o) => join(dirname(o.path), `.${basename(o.path)}.${tag}.bak`));
  const prepared: Prepared = { outputs, temps, backups, fs };
  outputs.forEach((o, i) => {
    const tmp = temps[i]!;
    let fd: number | undefined;
    try {
      pending.add(tmp);
      fd = fs.openSync(tmp, 'wx');
      writeAll(fs, fd, o.bytes);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      fd = undefined;
    } catch (e) {
      if (fd !== undefined) {
        try {
          fs.closeSync(fd);
        } catch {
          /* closing a failed file */
        }
      }
      discard(prepared);
      throw new WriteError(o.shown, e);
    }
  });
  return prepared;
}

/** Removes a prepared set's temporaries and backups. */
export function discard({ temps, backups, fs }: Prepared): void {
  for (const t of [...temps, ...backups]) {
    if (!pending.has(t)) continue;
    try {
      fs.unlinkSync(t);
    } catch {
      /* not there */
    }
    pending.delete(t);
  }
}

/** Step 2: replace the targets in order, keeping each old file until the set is complete. */
export function commit(prepared: Prepared): void {
  const { outputs, temps, backups, fs } = prepared;
  const done: number[] = [];
  try {
    outputs.forEach((o, i) => {
      if (fs.existsSync(o.path)) {
        pending.add(backups[i]!);
        fs.linkSync(o.path, backups[i]!);
      }
      fs.renameSync(temps[i]!, o.path);
      pending.delete(temps[i]!);
      done.push(i);
    });
  } catch (e) {
    // put the old set back: restore each replaced target from its backup, remove new ones
    for (const i of done.reverse()) {
      try {
        if (pending.has(backups[i]!)) {
          fs.renameSync(backups[i]!, outputs[i]!.path);
          pending.delete(backups[i]!);
        } else fs.unlinkSync(outputs[i]!.path);
      } catch {
        /* best effort: reported below */
      }
    }
    discard(prepared);
    throw new WriteError(outputs[done.length]?.shown ?? outputs[0]!.shown, e);
  }
  discard(prepared);
}
