// Writing the outputs of one spec as a set: every format goes to a temporary file beside its
// target, every byte is checked written and synced, and only then are the targets replaced, in a
// fixed order, each old file kept as a hard-linked backup until the whole set is in place. On any
// failure the temporaries are removed and the old files put back, so the formats of one spec are
// always all old or all new. Temporaries in flight are known (`pending`), so that a signal handler
// can remove them. The file system is injected, so tests can make writes fail after N bytes.

import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { UsageError, WriteError } from '../errors/diagnostic.js';
import { said, t } from '../i18n/messages.js';

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

/** A failure to write an output (the error family's `write` kind, exit 2); defined with the family. */
export { describeWriteError, WriteError } from '../errors/diagnostic.js';

/** Magic numbers of file systems that hold no user files (statfs f_type): proc, sysfs, cgroup, cgroup2, devpts, debugfs, securityfs. */
export const SPECIAL_FS = new Set([0x9fa0, 0x62656572, 0x27e0eb, 0x63677270, 0x1cd1, 0x64626720, 0x73636673]);

/**
 * Makes the folder `path` and any missing above it, one level at a time, never by node's
 * `mkdir -p`, which spins for ever where creating makes no progress (/proc/self/newdir answers
 * ENOENT however often it is asked). A level under /proc or /sys, one that cannot be made, or a
 * file in the way is a write error naming `shown`; so is a symbolic link among the levels below
 * `root` (a subfolder of --out that is a link would send the outputs elsewhere: it is refused,
 * not written through). `root` itself may be a link to a folder. Returns the levels it made,
 * outermost first.
 */
export function makeFolders(path: string, shown: string, root?: string): string[] {
  const fail = (code: string, message = code) => {
    throw new WriteError(shown, Object.assign(new Error(message), { code }));
  };
  const below = root === undefined ? undefined : relative(root, path);
  const levels: string[] = [];
  for (let p = path; ; p = dirname(p)) {
    levels.unshift(p);
    if (dirname(p) === p) break;
  }
  let madeAny = false;
  const made: string[] = [];
  for (const level of levels) {
    let st: nodeFs.Stats | undefined;
    try {
      st = nodeFs.lstatSync(level);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') fail((e as NodeJS.ErrnoException).code ?? 'EIO', (e as Error).message);
    }
    const inRoot = root !== undefined && below !== undefined && level.length > root.length && relative(root, level).split(sep)[0] !== '..';
    if (st?.isSymbolicLink() && inRoot) {
      throw new WriteError(
        shown,
        Object.assign(new Error('link'), {
          code: 'ELINKOUT',
          message: t('en', 'write.link', { dir: relative(root!, level) }),
          ref: said('write.link', { dir: relative(root!, level) }),
        }),
      );
    }
    if (st?.isSymbolicLink()) {
      try {
        st = nodeFs.statSync(level);
      } catch {
        fail('ENOENT', 'a broken symbolic link is in the way');
      }
    }
    if (st) {
      if (!st.isDirectory()) fail('ENOTDIR');
      continue;
    }
    // the first level to make: its parent must be a file system that holds files
    if (!madeAny) {
      try {
        if (SPECIAL_FS.has(nodeFs.statfsSync(dirname(level)).type)) fail('ESYSFS');
      } catch (e) {
        if (e instanceof UsageError) throw e;
        /* statfs not available here: mkdir reports what goes wrong */
      }
    }
    try {
      nodeFs.mkdirSync(level);
      made.push(level);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      // EEXIST: made meanwhile by another job of the same run
      if (code !== 'EEXIST') fail(code === 'ENOENT' ? 'ESYSFS' : code, (e as Error).message);
    }
    madeAny = true;
  }
  return made;
}

/** Removes the folders `makeFolders` made that are still empty, innermost first (a run that wrote nothing leaves none behind). */
export function removeEmptyFolders(made: readonly string[]): void {
  for (const level of [...made].reverse()) {
    try {
      nodeFs.rmdirSync(level);
    } catch {
      return;
    }
  }
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
function isFolder(path: string): boolean {
  try {
    return nodeFs.lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function commit(prepared: Prepared): void {
  const { outputs, temps, backups, fs } = prepared;
  const done: number[] = [];
  try {
    outputs.forEach((o, i) => {
      if (fs.existsSync(o.path)) {
        // a folder of the output's name: linking it would say EPERM, which misleads
        if (isFolder(o.path)) throw Object.assign(new Error('a folder is in the way'), { code: 'EISDIR' });
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
