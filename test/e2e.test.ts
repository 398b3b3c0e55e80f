// The installed command end to end: bin/svc-contract.js on the compiled dist/ (test/helpers/build.ts
// compiles it first), in its own process with piped output, as a user's shell runs it. Everything
// else about the command line is tested in-process (cli.test.ts, build-cli.test.ts); these few
// check what only a real process shows: the entry script, exit codes, pipes, colour from the env.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TYPES } from '../src/schema/types/index.js';
import { root } from './helpers/check.js';
import { ANSI, STACK, spawnCli } from './helpers/cli.js';

const bin = join(root, 'bin', 'svc-contract.js');

describe('bin/svc-contract.js', () => {
  it('--help lists the commands and the exit codes', () => {
    const r = spawnCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['validate', 'build', 'types', 'init', 'schema']) expect(r.stdout).toContain(c);
    expect(r.stdout).toMatch(/Exit codes: 0 success, 1 a spec is invalid .*, 2 usage error/);
    expect(r.stderr).toBe('');
  });

  it('validates every example, relative to the working folder', () => {
    const r = spawnCli(['validate', ...TYPES.map((t) => `${t.id}.yaml`)], { cwd: join(root, 'examples') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^✓ [\w-]+\.yaml: valid /gm)).toHaveLength(TYPES.length);
  });

  it('builds a quoted glob in worker threads from the bundle (dist/bundle/worker.js), in the order named', () => {
    const out = mkdtempSync(join(tmpdir(), 'svc-e2e-'));
    const r = spawnCli(['build', 'examples/*.yaml', '--out', out, '--jobs', '2', '--format', 'md,pdf'], { timeout: 150_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .split('\n')
        .filter((l) => l.startsWith('✓'))
        .map((l) => l.split(' ')[1]),
    ).toEqual(TYPES.map((t) => `examples/${t.id}.yaml`).sort());
    expect(r.stdout).toMatch(/^5 contracts: 5 built, in \d+\.\d s$/m);
    expect(readdirSync(out)).toHaveLength(10);
  }, 180_000);

  it('builds one example in every format', () => {
    const out = mkdtempSync(join(tmpdir(), 'svc-e2e-'));
    const r = spawnCli(['build', join(root, 'examples', 'work-contract.yaml'), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['work-contract.docx', 'work-contract.md', 'work-contract.pdf']);
    expect(readFileSync(join(out, 'work-contract.md'), 'utf8')).toMatch(/^# 客服工作合同\n/m);
    expect(readFileSync(join(out, 'work-contract.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readFileSync(join(out, 'work-contract.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('output cut short by a closed pipe (| true, | head) ends quietly, no stack trace', () => {
    // `true` exits before the schema is written: every write then meets a closed pipe
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" schema --type maintenance-agreement | true; echo "exit $?" >&2`], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('exit 0\n');
  });

  it('a usage error exits 2 with a message and no stack trace', () => {
    const r = spawnCli(['validate', '--frobnicate', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frobnicate'/);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
  });

  it('colour only on request when piped: FORCE_COLOR=1 gives it, nothing else does', () => {
    const file = join(root, 'test', 'fixtures', 'bad', 'unknown-key.yaml');
    const plain = spawnCli(['validate', file]);
    expect(plain.code).toBe(1);
    expect(plain.stderr + plain.stdout).not.toMatch(ANSI);
    const forced = spawnCli(['validate', file], { env: { FORCE_COLOR: '1' } });
    expect(forced.code).toBe(1);
    expect(forced.stderr).toMatch(ANSI);
  });
});
