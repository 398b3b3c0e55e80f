// The command line as a user meets it: exit codes, messages, files written, no stack traces.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TYPES } from '../src/schema/types/index.js';
import { fixture, root } from './helpers/check.js';
import { ANSI, run, STACK } from './helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'svc-cli-'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

describe('help and version', () => {
  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help lists the commands, exit codes and examples', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['validate', 'types', 'init', 'schema']) expect(r.stdout).toContain(c);
    expect(r.stdout).toMatch(/Exit codes: 0 success, 1 a spec is invalid .*, 2 usage error/);
  });

  it.each(['validate', 'types', 'init', 'schema'])('%s --help shows examples', async (c) => {
    const r = await run([c, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples?:\n\s+\$ svc-contract /);
  });
});

describe('usage errors exit 2', () => {
  it('unknown flag', async () => {
    const r = await run(['validate', '--frobnicate', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frobnicate'/);
  });
  it('unknown command', async () => {
    const r = await run(['valdiate', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean validate/i);
  });
  it('missing file, named in the message, even beside a valid one', async () => {
    const r = await run(['validate', fixture('good/minimal-draft.yaml'), 'no-such.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such.yaml: no such file');
    expect(r.stdout).toMatch(/✓ .*minimal-draft.yaml: valid/);
  });
  it('a folder with no spec in it, a glob that matches nothing', async () => {
    const r = await run(['validate', 'src/cli']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('src/cli: a folder with no spec in it');
    const g = await run(['validate', 'nowhere/**/*.yaml']);
    expect(g.code).toBe(2);
    expect(g.stderr).toContain('nowhere/**/*.yaml: matched no file');
  });
  it('no spec given', async () => {
    expect((await run(['validate'])).code).toBe(2);
  });
  it('init without --type, or with an unknown type', async () => {
    expect((await run(['init'])).code).toBe(2);
    const r = await run(['init', '--type', 'lease']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown type "lease"; one of: service-agreement/);
  });
});

describe('types', () => {
  it('lists the five types with their Chinese names', async () => {
    const r = await run(['types']);
    expect(r.code).toBe(0);
    for (const t of TYPES) {
      expect(r.stdout).toContain(t.id);
      expect(r.stdout).toContain(t.names[0]);
    }
    const json = JSON.parse((await run(['types', '--json'])).stdout) as { id: string; name: string }[];
    expect(json.map((t) => t.name)).toEqual(['客户服务协议', '客户服务协议合同书', '客户服务准则', '客户维护服务协议', '客服工作合同']);
  });
});

describe('init', () => {
  it.each(TYPES.map((t) => t.id))('%s: writes a starter that validates, and refuses to overwrite it', async (id) => {
    const dir = tmp();
    const file = join(dir, 'deal.yaml');
    const first = await run(['init', '--type', id, file]);
    expect(first.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/.*\.schema\.json$/);
    expect(text).toContain(`type: ${id}`);
    const v = await run(['validate', file]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/valid .* draft with \d+ blanks to fill/);

    const second = await run(['init', '--type', id, file]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already exists; not overwriting/);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['deal.yaml']); // no temporary file left behind
  });

  it('accepts the Chinese name and prints to standard output without a file', async () => {
    const r = await run(['init', '--type', '客户维护服务协议']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('type: maintenance-agreement');
  });

  it('a starter with draft: true removed lists what is missing, positioned', async () => {
    const dir = tmp();
    const file = join(dir, 'deal.yaml');
    expect((await run(['init', '--type', 'work-contract', file])).code).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true$/m, 'draft: false'));
    const r = await run(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: contract.number（合同编号）: expected a value for \`number\``),
    );
  });
});

describe('validate', () => {
  it('every example is valid', async () => {
    const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml'));
    expect(examples.sort()).toEqual(TYPES.map((t) => `${t.id}.yaml`).sort());
    const r = await run(['validate', ...examples.map((f) => join('examples', f))]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/✓/g)).toHaveLength(5);
    expect(r.stdout).not.toContain('draft');
  });

  const bad = readdirSync(fixture('bad'));
  it.each(bad)('bad/%s: exit 1, positioned message with a caret, no stack trace, no colour when piped', async (name) => {
    const file = join('test', 'fixtures', 'bad', name);
    const r = await run(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: error: `, 'm'));
    // a file that is no spec at all is not quoted: it may be anything (issue 18)
    if (name !== 'not-yaml.yaml') expect(r.stderr).toMatch(/^\s*\d* \| .*\n\s+\| +\^$/m);
    else expect(r.stderr).not.toMatch(/内容如下/);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
    expect(r.stderr + r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toMatch(/✗ .*: \d+ errors?/);
  });

  it('--draft accepts missing values that final mode reports', async () => {
    const file = fixture('bad/missing-required.yaml');
    expect((await run(['validate', file])).code).toBe(1);
    const r = await run(['validate', '--draft', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/draft with \d+ blanks?/);
  });

  it('--json gives machine-readable verdicts', async () => {
    const r = await run(['validate', '--json', fixture('bad/unknown-key.yaml'), fixture('good/minimal-draft.yaml')]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      specs: { status: string; diagnostics: { line: number; col: number; ruleId: string; severity: string; hint?: string }[] }[];
    };
    expect(report.specs.map((x) => x.status)).toEqual(['invalid', 'valid']);
    expect(report.specs[0]!.diagnostics[0]).toMatchObject({
      line: 3,
      col: 1,
      ruleId: 'schema/unknown-field',
      severity: 'error',
      hint: 'did you mean `contract`?',
    });
  });

  it('colour on request (FORCE_COLOR), none with NO_COLOR', async () => {
    const file = fixture('bad/unknown-key.yaml');
    expect((await run(['validate', file], { env: { FORCE_COLOR: '1' } })).stderr).toMatch(ANSI);
    expect((await run(['validate', file], { env: { NO_COLOR: '1' } })).stderr).not.toMatch(ANSI);
  });

  it('colour on a terminal, none there with NO_COLOR or TERM=dumb, FORCE_COLOR=0 does not force it', async () => {
    const file = fixture('bad/unknown-key.yaml');
    const tty = await run(['validate', file], { isTTY: true });
    expect(tty.stderr).toMatch(ANSI);
    expect(tty.stdout).toMatch(ANSI);
    expect((await run(['validate', file], { isTTY: true, env: { NO_COLOR: '1' } })).stderr).not.toMatch(ANSI);
    expect((await run(['validate', file], { isTTY: true, env: { TERM: 'dumb' } })).stderr).not.toMatch(ANSI);
    expect((await run(['validate', file], { env: { FORCE_COLOR: '0' } })).stderr).not.toMatch(ANSI);
  });
});

describe('paths are relative to the working folder', () => {
  it('init, validate and schema --out read and write where the command runs, and name the paths as given', async () => {
    const cwd = tmp();
    // a deal.yaml at the root of the clone is the README's own quick start, not this run's doing
    const atRoot = () => (existsSync(join(root, 'deal.yaml')) ? readFileSync(join(root, 'deal.yaml')) : undefined);
    const before = atRoot();
    const init = await run(['init', '--type', 'work-contract', 'deal.yaml'], { cwd });
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('wrote deal.yaml:');
    expect(atRoot()).toEqual(before);
    // the editor's schema link is relative to the spec's folder, and leads to the schema
    const url = /\$schema=(\S+)$/m.exec(readFileSync(join(cwd, 'deal.yaml'), 'utf8'))![1]!;
    expect(readFileSync(join(cwd, url), 'utf8')).toBe(readFileSync(join(root, 'schemas', 'work-contract.schema.json'), 'utf8'));
    const v = await run(['validate', 'deal.yaml'], { cwd });
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^✓ deal\.yaml: valid /);
    const again = await run(['init', '--type', 'work-contract', 'deal.yaml'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('svc-contract: deal.yaml: already exists');
    expect((await run(['validate', 'no-such.yaml'], { cwd })).stderr).toContain('svc-contract: no-such.yaml: no such file');
    const s = await run(['schema', '--out', 'schemas'], { cwd });
    expect(s.code).toBe(0);
    expect(s.stderr).toContain(`wrote ${join('schemas', 'work-contract.schema.json')}`);
    expect(readdirSync(join(cwd, 'schemas'))).toHaveLength(TYPES.length + 2); // and the two JSON reports
  });

  it('init without a file links the schema from the working folder', async () => {
    const cwd = tmp();
    const r = await run(['init', '--type', 'work-contract'], { cwd });
    const url = /\$schema=(\S+)$/m.exec(r.stdout)![1]!;
    expect(existsSync(join(cwd, url))).toBe(true);
  });
});

describe('the test suite', () => {
  it('plain `npx vitest run` (the root vitest.config.ts) runs what `npm test` runs', async () => {
    const top = (await import('../vitest.config.ts')).default;
    const suite = (await import('./vitest.config.ts')).default;
    expect(top).toBe(suite);
    expect((suite as { test: { include: string[] } }).test.include).toEqual(['test/*.test.ts']);
  });
});

describe('schema', () => {
  it('--type prints one schema; --out writes all five', async () => {
    const one = await run(['schema', '--type', 'work-contract']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).title).toBe('客服工作合同 (work-contract)');
    const dir = tmp();
    expect((await run(['schema', '--out', dir])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([...TYPES.map((t) => `${t.id}.schema.json`), 'report.schema.json', 'diff-report.schema.json'].sort());
    expect(existsSync(join(dir, 'work-contract.schema.json'))).toBe(true);
  });
  it('without --out or --type it is a usage error', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out <dir>/);
  });
});
