// Running the command line in tests. `run` calls main() in this process with collecting streams:
// the same code a user runs, from the TypeScript source, without starting Node each time.
// `spawnCli` runs bin/svc-contract.js as a user's shell would (separate process, piped output, no
// terminal, the compiled dist/): only for the few end-to-end tests in e2e.test.ts and the clients.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestHooks } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';
import type { FileSystem } from '../../src/cli/write.js';
import { root } from './check.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** the folder relative paths are read from; the repository root when left out */
  cwd?: string;
  /**
   * The command's whole environment: nothing is inherited from the test process, so NO_COLOR or
   * FORCE_COLOR in a developer's shell changes no result. TZ, which the process reads and an
   * injected env cannot give, is set on the process for the duration of the run.
   */
  env?: Record<string, string>;
  /** whether standard output and error look like a terminal (false: piped, as in CI) */
  isTTY?: boolean;
  /** the file system outputs are written through (a test's faulty one) */
  fs?: FileSystem;
  /** what standard input holds (for a spec named -); empty when left out */
  stdin?: Uint8Array;
  /** faults to inject (a worker thread that dies) */
  hooks?: TestHooks;
}

/** A stream that keeps what is written to it. */
function collector(isTTY: boolean) {
  let text = '';
  return {
    isTTY,
    columns: 80,
    write(s: string) {
      text += s;
      return true;
    },
    get text() {
      return text;
    },
  };
}

/** Runs `svc-contract <args>` in-process. Runs must not overlap (TZ is process-wide): await each. */
export async function run(args: string[], opts: RunOptions = {}): Promise<Run> {
  const stdout = collector(opts.isTTY ?? false);
  const stderr = collector(opts.isTTY ?? false);
  const env = { ...opts.env };
  const tz = process.env.TZ;
  if (env.TZ !== undefined) process.env.TZ = env.TZ;
  try {
    const stdin = opts.stdin ?? new Uint8Array();
    const code = await main(args, {
      stdout,
      stderr,
      env,
      cwd: opts.cwd ?? root,
      stdin: () => stdin,
      ...(opts.fs ? { fs: opts.fs } : {}),
      ...(opts.hooks ? { hooks: opts.hooks } : {}),
    });
    return { code, stdout: stdout.text, stderr: stderr.text };
  } finally {
    if (env.TZ !== undefined) {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  }
}

/** Runs the installed command, bin/svc-contract.js on the compiled dist/, in a child process. */
export function spawnCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): Run {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  delete env.FORCE_COLOR;
  if (opts.env?.FORCE_COLOR) env.FORCE_COLOR = opts.env.FORCE_COLOR;
  // the tests read English messages: a developer's Chinese locale would switch them (a test names its own)
  for (const v of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) if (opts.env?.[v] === undefined && /^zh/i.test(env[v] ?? '')) delete env[v];
  const r = spawnSync(process.execPath, [join(root, 'bin', 'svc-contract.js'), ...args], {
    cwd: opts.cwd ?? root,
    env,
    encoding: 'utf8',
    // a full build in a fresh process is ~2 s of CPU, and ten times that in wall time on a shared 2-core machine at load 20
    timeout: opts.timeout ?? 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A Node stack trace line, which a user must never see. */
export const STACK = /^\s+at .+[(:]\d+/m;
// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;
