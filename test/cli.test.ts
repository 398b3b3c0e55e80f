// The command line as a user meets it: exit codes, messages, files written, no stack traces.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TYPES } from '../src/spec/types/index.js';
import { fixture, root } from './helpers/check.js';
import { ANSI, STACK, cli } from './helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'svc-cli-'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

describe('help and version', () => {
  it('--version prints the package version', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help lists the commands, exit codes and examples', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['validate', 'types', 'init', 'schema']) expect(r.stdout).toContain(c);
    expect(r.stdout).toMatch(/Exit codes: 0 success, 1 a spec is invalid, 2 usage error/);
  });

  it.each(['validate', 'types', 'init', 'schema'])('%s --help shows examples', (c) => {
    const r = cli([c, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples?:\n\s+\$ svc-contract /);
  });
});

describe('usage errors exit 2', () => {
  it('unknown flag', () => {
    const r = cli(['validate', '--frobnicate', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frobnicate'/);
  });
  it('unknown command', () => {
    const r = cli(['valdiate', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean validate/i);
  });
  it('missing file, named in the message, even beside a valid one', () => {
    const r = cli(['validate', fixture('good/minimal-draft.yaml'), 'no-such.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such.yaml: no such file');
    expect(r.stdout).toMatch(/✓ .*minimal-draft.yaml: valid/);
  });
  it('a folder instead of a file', () => {
    const r = cli(['validate', 'test']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a folder');
  });
  it('no spec given', () => {
    expect(cli(['validate']).code).toBe(2);
  });
  it('init without --type, or with an unknown type', () => {
    expect(cli(['init']).code).toBe(2);
    const r = cli(['init', '--type', 'lease']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown type "lease"; one of: service-agreement/);
  });
});

describe('types', () => {
  it('lists the five types with their Chinese names', () => {
    const r = cli(['types']);
    expect(r.code).toBe(0);
    for (const t of TYPES) {
      expect(r.stdout).toContain(t.id);
      expect(r.stdout).toContain(t.names[0]);
    }
    const json = JSON.parse(cli(['types', '--json']).stdout) as { id: string; name: string }[];
    expect(json.map((t) => t.name)).toEqual(['客户服务协议', '客户服务协议合同书', '客户服务准则', '客户维护服务协议', '客服工作合同']);
  });
});

describe('init', () => {
  it.each(TYPES.map((t) => t.id))('%s: writes a starter that validates, and refuses to overwrite it', (id) => {
    const dir = tmp();
    const file = join(dir, 'deal.yaml');
    const first = cli(['init', '--type', id, file]);
    expect(first.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/.*\.schema\.json$/);
    expect(text).toContain(`type: ${id}`);
    const v = cli(['validate', file]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/valid .* draft with \d+ blanks to fill/);

    const second = cli(['init', '--type', id, file]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already exists; not overwriting/);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['deal.yaml']); // no temporary file left behind
  });

  it('accepts the Chinese name and prints to standard output without a file', () => {
    const r = cli(['init', '--type', '客户维护服务协议']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('type: maintenance-agreement');
  });

  it('a starter with draft: true removed lists what is missing, positioned', () => {
    const dir = tmp();
    const file = join(dir, 'deal.yaml');
    cli(['init', '--type', 'work-contract', file]);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true$/m, 'draft: false'));
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: contract.number（合同编号）: expected a value for \`number\``));
  });
});

describe('validate', () => {
  it('every example is valid', () => {
    const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml'));
    expect(examples.sort()).toEqual(TYPES.map((t) => `${t.id}.yaml`).sort());
    const r = cli(['validate', ...examples.map((f) => join('examples', f))]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/✓/g)).toHaveLength(5);
    expect(r.stdout).not.toContain('draft');
  });

  const bad = readdirSync(fixture('bad'));
  it.each(bad)('bad/%s: exit 1, positioned message with a caret, no stack trace, no colour when piped', (name) => {
    const file = join('test', 'fixtures', 'bad', name);
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: error: `, 'm'));
    expect(r.stderr).toMatch(/^\s*\d* \| .*\n\s+\| +\^$/m);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
    expect(r.stderr + r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toMatch(/✗ .*: \d+ errors?/);
  });

  it('--draft accepts missing values that final mode reports', () => {
    const file = fixture('bad/missing-required.yaml');
    expect(cli(['validate', file]).code).toBe(1);
    const r = cli(['validate', '--draft', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/draft with \d+ blanks?/);
  });

  it('--json gives machine-readable verdicts', () => {
    const r = cli(['validate', '--json', fixture('bad/unknown-key.yaml'), fixture('good/minimal-draft.yaml')]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { valid: boolean; diagnostics?: { pos: { line: number; col: number }; hint?: string }[] }[];
    expect(report.map((x) => x.valid)).toEqual([false, true]);
    expect(report[0]!.diagnostics![0]).toMatchObject({ pos: { line: 3, col: 1 }, hint: 'did you mean `contract`?' });
  });

  it('colour on request (FORCE_COLOR), none with NO_COLOR', () => {
    const file = fixture('bad/unknown-key.yaml');
    expect(cli(['validate', file], { env: { FORCE_COLOR: '1' } }).stderr).toMatch(ANSI);
    expect(cli(['validate', file], { env: { NO_COLOR: '1' } }).stderr).not.toMatch(ANSI);
  });
});

describe('schema', () => {
  it('--type prints one schema; --out writes all five', () => {
    const one = cli(['schema', '--type', 'work-contract']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).title).toBe('客服工作合同 (work-contract)');
    const dir = tmp();
    expect(cli(['schema', '--out', dir]).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(TYPES.map((t) => `${t.id}.schema.json`).sort());
    expect(existsSync(join(dir, 'work-contract.schema.json'))).toBe(true);
  });
  it('without --out or --type it is a usage error', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out <dir>/);
  });
});

describe('pipes', () => {
  it('output cut short by a closed pipe (| true, | head) ends quietly, no stack trace', () => {
    // `true` exits before the schema is written: every write then meets a closed pipe
    const r = spawnSync('bash', ['-c', `node ${join(root, 'bin', 'svc-contract.js')} schema --type maintenance-agreement | true`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });
});
