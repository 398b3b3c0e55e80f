// Global setup of the client tests: the package packed once per run, as `npm pack` makes it for a
// user, into a temporary folder; the tests that install it (clients/library.test.ts,
// clients/ci.test.ts) read the tarball's path with inject('tarball'). Runs after build.ts, which
// has just built dist/: packing without scripts skips the second build `prepack` would run, and
// installing the tarball runs none either, so what the tests install is what the tarball holds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the packed svc-contract-<version>.tgz */
    tarball: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = join(import.meta.dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'svc-pack-'));
  const printed = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [{ filename }] = JSON.parse(printed) as { filename: string }[];
  project.provide('tarball', join(dir, filename));
  return () => rmSync(dir, { recursive: true, force: true });
}
