// Reading a spec as git has it at a revision: for `diff --base` and the preview's redline toggle.

import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { said as by } from '../i18n/messages.js';
import { UsageError } from './io.js';

/** The file as it was at a revision, read with git itself (`git show <rev>:./<name>` in its folder). */
export function gitShow(rev: string, abs: string, file: string): Uint8Array {
  if (rev.startsWith('-')) throw new UsageError(by('usage.git-not-revision', { rev }));
  try {
    return execFileSync('git', ['show', `${rev}:./${basename(abs)}`], { cwd: dirname(abs), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT') throw new UsageError(by('usage.git-missing'));
    const said = (err.stderr?.toString() ?? '').trim().replace(/^fatal: /, '');
    if (/not a git repository/i.test(said)) throw new UsageError(by('usage.not-in-git', { rev, file }));
    if (/does not exist in|exists on disk, but not in/i.test(said)) throw new UsageError(by('usage.git-not-in-revision', { rev, file, why: said }));
    if (/invalid object name|unknown revision|bad revision|ambiguous argument/i.test(said)) throw new UsageError(by('usage.git-unknown-revision', { rev }));
    throw new UsageError(by('usage.git-failed', { rev, file, why: said || err.message }));
  }
}

/** A revision as a lawyer reads it: its commit's date and short hash (2026年11月20日提交，a44b29e); undefined when git cannot say. */
export function gitCommitLabel(rev: string, abs: string): string | undefined {
  if (rev.startsWith('-')) return undefined;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs %h', rev, '--'], { cwd: dirname(abs), stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    const m = /^(\d{4})-(\d{2})-(\d{2}) ([0-9a-f]+)$/.exec(out);
    return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日提交，${m[4]}` : undefined;
  } catch {
    return undefined;
  }
}
