// The README's library example, as a user of the published package runs it: install the packed
// tarball into a fresh folder, compile the example from the README with TypeScript against the
// installed package's types, run it on an example spec, and read what it wrote.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/check.js';

const dir = mkdtempSync(join(tmpdir(), 'svc-library-'));

function sh(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 600_000, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** The first ```ts block of the README's "As a library" section. */
function example(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## As a library'));
  const m = /```ts\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error('README: no ```ts block under "## As a library"');
  return m[1]!;
}

beforeAll(() => {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'uses-svc-contract', private: true, type: 'module' }));
  // the tarball packed once per run (test/helpers/pack.ts); the dependencies are in npm's cache
  // after the project's own `npm ci`
  sh('npm', ['install', '--prefer-offline', '--no-save', inject('tarball')], dir);
  writeFileSync(join(dir, 'example.ts'), example());
  copyFileSync(join(root, 'examples', 'work-contract.yaml'), join(dir, 'deal.yaml'));
}, 900_000);

describe('the README library example, against the installed package', () => {
  it('compiles with the package types and writes the three documents', () => {
    const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
    sh(
      process.execPath,
      [
        tsc,
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--skipLibCheck',
        '--typeRoots',
        join(root, 'node_modules', '@types'),
        '--types',
        'node',
        'example.ts',
      ],
      dir,
    );
    // the shipped declarations type-check too, not only with skipLibCheck (issue 18: opencc-js's did not)
    sh(
      process.execPath,
      [
        tsc,
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--skipLibCheck',
        'false',
        '--noEmit',
        '--typeRoots',
        join(root, 'node_modules', '@types'),
        '--types',
        'node',
        'example.ts',
      ],
      dir,
    );
    const printed = sh(process.execPath, ['example.js'], dir);
    expect(printed).toMatch(/^work-contract 客服工作合同 [0-9a-f]{64}\n$/);
    expect(readFileSync(join(dir, 'deal.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'deal.md'), 'utf8')).toMatch(/^# 客服工作合同/);
    const docx = unzipSync(readFileSync(join(dir, 'deal.docx')));
    expect(new TextDecoder().decode(docx['word/document.xml'])).toContain('客服工作合同');
  });

  it('a broken spec prints positioned diagnostics and sets exit code 1', () => {
    writeFileSync(join(dir, 'deal.yaml'), readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8').replace(/^contract:/m, 'contrakt:'));
    const r = spawnSync(process.execPath, ['example.js'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^deal\.yaml:\d+:\d+: error: /m);
  });
});
