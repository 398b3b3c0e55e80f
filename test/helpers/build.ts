// Global setup: compile src/ to dist/ and bundle it (npm run build) so the installed command under
// test (bin/svc-contract.js, e2e.test.ts, which runs dist/bundle/) and the package entry are the
// code under test. A stamp in node_modules/.cache (not
// in dist/, which is published) records the last compile that succeeded; when nothing it depends
// on changed since, the compile (10-15 s on two cores) is skipped. A failed compile leaves the
// stamp as it was, so the next run compiles again and fails again.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The newest modification time under `path`: files and folders (a folder changes when a file in it is added, removed or renamed). */
function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  const stamp = join(root, 'node_modules', '.cache', 'svc-contract', 'dist-compiled-by-tests');
  const inputs = [join(root, 'src'), join(root, 'tsconfig.json'), join(root, 'package.json'), join(root, 'package-lock.json'), tsc];
  const fresh =
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === root &&
    existsSync(join(root, 'dist', 'cli', 'main.js')) &&
    statSync(stamp).mtimeMs > Math.max(...inputs.filter(existsSync).map(newest));
  if (fresh) return;
  // the stamp carries the time the compile started: a file edited while tsc runs is compiled next time
  const started = new Date(Date.now() - 1000);
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'dist', 'build', 'build.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
  mkdirSync(join(stamp, '..'), { recursive: true });
  writeFileSync(stamp, root);
  utimesSync(stamp, started, started);
}
