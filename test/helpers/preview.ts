// `svc-contract preview` as a user starts it: bin/svc-contract.js (the compiled dist/) in its own
// process, on any free port, its address read from what it prints.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './check.js';

export interface Preview {
  url: string;
  child: ChildProcess;
  /** everything it printed so far */
  stdout: () => string;
  stderr: () => string;
  /** Ctrl-C, then its exit code */
  stop: () => Promise<number | null>;
}

/** Starts the preview of `spec` (a path relative to `cwd`); resolves once it prints its address. */
export function startPreview(spec: string, cwd: string, args: string[] = []): Promise<Preview> {
  const child = spawn(process.execPath, [join(root, 'bin', 'svc-contract.js'), 'preview', spec, '--port', '0', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the preview printed no address in 60 s:\n${out}\n${err}`)), 60_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({
          url,
          child,
          stdout: () => out,
          stderr: () => err,
          stop: () => {
            if (child.exitCode === null) child.kill('SIGINT');
            return exited;
          },
        });
      }
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the preview exited (${code}) before printing its address:\n${out}\n${err}`));
    });
  });
}
