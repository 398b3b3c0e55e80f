// The `$schema` line `init` writes resolves from the spec's own folder: to the copy of the schema
// the spec's repository installed (node_modules/svc-contract, even through a symlink), else to the
// package that runs. Real folders, the in-process command.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/check.js';
import { run } from './helpers/cli.js';

const link = (text: string) => /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)![1]!;

/** A contracts repository with svc-contract installed: its schemas/ folder, as an install has it. */
function contractsRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'svc-init-link-'));
  const pkg = join(repo, 'node_modules', 'svc-contract', 'schemas');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'work-contract.schema.json'), '{"installed":true}');
  return repo;
}

describe('init: the $schema link', () => {
  it('in a contracts repository, points into its node_modules, from a nested folder too', async () => {
    const repo = contractsRepo();
    mkdirSync(join(repo, 'specs', 'east'), { recursive: true });
    expect((await run(['init', '--type', 'work-contract', 'specs/east/deal.yaml'], { cwd: repo })).code).toBe(0);
    const url = link(readFileSync(join(repo, 'specs', 'east', 'deal.yaml'), 'utf8'));
    expect(url).toBe('../../node_modules/svc-contract/schemas/work-contract.schema.json');
    expect(readFileSync(join(repo, 'specs', 'east', url), 'utf8')).toBe('{"installed":true}');
    // printed to standard output: relative to the working folder
    expect(link((await run(['init', '--type', 'work-contract'], { cwd: join(repo, 'specs') })).stdout)).toBe(
      '../node_modules/svc-contract/schemas/work-contract.schema.json',
    );
  });

  it('goes through node_modules when the install is a symlink to a folder elsewhere (npm link, file: folders)', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'svc-init-link-'));
    mkdirSync(join(repo, 'node_modules'));
    symlinkSync(root, join(repo, 'node_modules', 'svc-contract'), 'dir');
    expect((await run(['init', '--type', 'work-contract', 'deal.yaml'], { cwd: repo })).code).toBe(0);
    const url = link(readFileSync(join(repo, 'deal.yaml'), 'utf8'));
    expect(url).toBe('node_modules/svc-contract/schemas/work-contract.schema.json');
    expect(readFileSync(join(repo, url), 'utf8')).toBe(readFileSync(join(root, 'schemas', 'work-contract.schema.json'), 'utf8'));
  });

  it('in this repository, points at its schemas/ folder', async () => {
    expect(link((await run(['init', '--type', 'service-agreement'], { cwd: join(root, 'examples') })).stdout)).toBe('../schemas/service-agreement.schema.json');
  });
});
