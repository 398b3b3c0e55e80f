// Runs the real command, as a user's shell would: separate process, piped output, no terminal.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './check.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  delete env.FORCE_COLOR;
  if (opts.env?.FORCE_COLOR) env.FORCE_COLOR = opts.env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [join(root, 'bin', 'svc-contract.js'), ...args], { cwd: opts.cwd ?? root, env, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A Node stack trace line, which a user must never see. */
export const STACK = /^\s+at .+[(:]\d+/m;
// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;
