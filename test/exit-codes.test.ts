// Issue 19: one error family, one exit-code map. Every command is run against each kind of fault
// that can reach it: usage, spec, template, write, internal. Each must end with the code
// errors/exit.ts gives that kind (and the README's table says), print no stack trace, and name no
// bug where there is none. Most cases run main() in this process (helpers/cli.ts `run`: the same
// code, without starting Node ~50 times); what only a process shows runs the installed command in
// a child process: an internal fault, made the way a real one would come (a copy of the package
// whose bundled template is broken), a preview stopped with SIGINT, and a few cases run both ways,
// where the child's exit code must be the one main() returned (the bin shim passes it on).
import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ErrorKind, EXIT_OF } from '../src/errors/exit.js';
import { root } from './helpers/check.js';
import { run, STACK } from './helpers/cli.js';

let dir = '';
let brokenPkg = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'svc-exit-'));
  // a tiny valid spec, a spec with mistakes, a folder of each for the batch modes
  copyFileSync(join(root, 'test', 'fixtures', 'good', 'minimal-draft.yaml'), join(dir, 'good.yaml'));
  copyFileSync(join(root, 'test', 'fixtures', 'bad', 'wrong-types.yaml'), join(dir, 'bad.yaml'));
  for (const [folder, files] of [
    ['goods', ['a', 'b']],
    ['bads', ['a', 'b']],
  ] as const) {
    mkdirSync(join(dir, folder));
    for (const f of files) copyFileSync(join(dir, folder === 'goods' ? 'good.yaml' : 'bad.yaml'), join(dir, folder, `${f}.yaml`));
  }
  mkdirSync(join(dir, 'empty'));
  // the user's templates: one that does not render (template), one folder with a stray file (usage)
  mkdirSync(join(dir, 'tpl'));
  writeFileSync(join(dir, 'tpl', 'amendments.md.hbs'), '{{#if broken}}\n');
  mkdirSync(join(dir, 'stray'));
  writeFileSync(join(dir, 'stray', 'amendmnets.md.hbs'), 'misspelt\n');
  // a file where a folder must go (write)
  writeFileSync(join(dir, 'file'), '');
  // the package again, with a bundled template broken: a bug of ours (internal)
  brokenPkg = join(dir, 'pkg');
  mkdirSync(brokenPkg);
  for (const p of ['package.json', 'bin', 'dist', 'templates']) cpSync(join(root, p), join(brokenPkg, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(brokenPkg, 'node_modules'));
  appendFileSync(join(brokenPkg, 'templates', 'partials', 'amendments.md.hbs'), '{{#if broken}}\n');
}, 60_000);

interface Case {
  command: string;
  kind: ErrorKind | 'none';
  args: string[];
  /** the code when the command reads it otherwise (diff, textconv: documented in the README) */
  code?: number;
  internal?: boolean;
  /** start, then stop with SIGINT once it listens (preview) */
  serve?: boolean;
  /** also run as the installed command in a child process, which must end with the same code */
  child?: boolean;
}

const md = ['--format', 'md'];
const CASES: Case[] = [
  // build, one spec
  { command: 'build', kind: 'none', args: ['build', 'good.yaml', ...md, '--out', 'o-ok'] },
  { command: 'build', kind: 'usage', args: ['build', 'missing.yaml', ...md, '--out', 'o'] },
  { command: 'build', kind: 'usage', args: ['build', 'good.yaml', ...md, '--templates', 'stray', '--out', 'o'] },
  { command: 'build', kind: 'usage', args: ['build', 'good.yaml', ...md, '--templates', 'nonexistent', '--out', 'o'] },
  { command: 'build', kind: 'spec', args: ['build', 'bad.yaml', ...md, '--out', 'o'], child: true },
  { command: 'build', kind: 'template', args: ['build', 'good.yaml', ...md, '--templates', 'tpl', '--out', 'o'] },
  { command: 'build', kind: 'write', args: ['build', 'good.yaml', ...md, '--out', 'file/x'] },
  { command: 'build', kind: 'write', args: ['build', 'good.yaml', ...md, '--out', '/proc/self/newdir'] },
  { command: 'build', kind: 'internal', args: ['build', 'good.yaml', ...md, '--out', 'o'], internal: true },
  // build, batch mode (a folder, two worker threads)
  { command: 'build batch', kind: 'usage', args: ['build', 'empty', ...md, '--out', 'o'] },
  { command: 'build batch', kind: 'usage', args: ['build', 'goods', ...md, '--jobs', '2', '--templates', 'stray', '--out', 'o'] },
  { command: 'build batch', kind: 'spec', args: ['build', 'bads', ...md, '--jobs', '2', '--out', 'o'] },
  { command: 'build batch', kind: 'spec', args: ['build', 'goods', ...md, '--check', '--out', 'o-none'] },
  { command: 'build batch', kind: 'template', args: ['build', 'goods', ...md, '--jobs', '2', '--templates', 'tpl', '--out', 'o'] },
  { command: 'build batch', kind: 'write', args: ['build', 'goods', ...md, '--jobs', '2', '--out', 'file/x'] },
  { command: 'build batch', kind: 'internal', args: ['build', 'goods', ...md, '--jobs', '2', '--out', 'o'], internal: true },
  // validate and lint (bundled templates only)
  { command: 'validate', kind: 'none', args: ['validate', 'good.yaml'] },
  { command: 'validate', kind: 'usage', args: ['validate', 'missing.yaml'] },
  { command: 'validate', kind: 'usage', args: ['validate', 'good.yaml', '--nope'] },
  { command: 'validate', kind: 'spec', args: ['validate', 'bad.yaml'] },
  { command: 'validate', kind: 'internal', args: ['validate', 'good.yaml'], internal: true },
  { command: 'lint', kind: 'none', args: ['lint', 'good.yaml'] },
  { command: 'lint', kind: 'usage', args: ['lint', 'missing.yaml'] },
  { command: 'lint', kind: 'spec', args: ['lint', 'bads'] },
  { command: 'lint', kind: 'internal', args: ['lint', 'good.yaml'], internal: true },
  // diff reads as diff(1): 1 means "they differ", so every fault but a bug is 2
  { command: 'diff', kind: 'none', args: ['diff', 'good.yaml', 'good.yaml'] },
  { command: 'diff', kind: 'usage', args: ['diff', 'good.yaml'], code: 2, child: true },
  { command: 'diff', kind: 'usage', args: ['diff', 'good.yaml', 'good.yaml', '--templates', 'stray'], code: 2 },
  { command: 'diff', kind: 'usage', args: ['diff', 'good.yaml', 'good.yaml', '--templates', 'nonexistent'], code: 2 },
  { command: 'diff', kind: 'spec', args: ['diff', 'good.yaml', 'bad.yaml'], code: 2 },
  { command: 'diff', kind: 'template', args: ['diff', 'good.yaml', 'good.yaml', '--templates', 'tpl'], code: 2 },
  { command: 'diff', kind: 'write', args: ['diff', 'good.yaml', 'good.yaml', '--out', 'file/x', ...md], code: 2 },
  { command: 'diff', kind: 'internal', args: ['diff', 'good.yaml', 'good.yaml'], internal: true },
  // textconv: git stops the whole diff when a textconv fails, so a spec's fault is 0
  { command: 'textconv', kind: 'none', args: ['textconv', 'good.yaml'] },
  { command: 'textconv', kind: 'usage', args: ['textconv', 'missing.yaml'] },
  { command: 'textconv', kind: 'spec', args: ['textconv', 'bad.yaml'], code: 0 },
  { command: 'textconv', kind: 'internal', args: ['textconv', 'good.yaml'], internal: true },
  // preview: a spec's or template's mistakes are shown in the page; it stops with 0
  { command: 'preview', kind: 'none', args: ['preview', 'good.yaml', '--port', '0'], serve: true },
  { command: 'preview', kind: 'usage', args: ['preview', 'missing.yaml', '--port', '0'] },
  { command: 'preview', kind: 'usage', args: ['preview', 'good.yaml', '--port', '0', '--templates', 'nonexistent'] },
  { command: 'preview', kind: 'spec', args: ['preview', 'bad.yaml', '--port', '0'], code: 0, serve: true },
  // init and schema: no spec and no template reach them
  { command: 'init', kind: 'none', args: ['init', '--type', 'work-contract', 'new/deal.yaml'] },
  { command: 'init', kind: 'usage', args: ['init', '--type', 'no-such-type', 'x.yaml'] },
  { command: 'init', kind: 'usage', args: ['init', '--type', 'work-contract', 'good.yaml'] },
  { command: 'init', kind: 'write', args: ['init', '--type', 'work-contract', 'file/deal.yaml'] },
  { command: 'schema', kind: 'none', args: ['schema', '--out', 'schemas'] },
  { command: 'schema', kind: 'usage', args: ['schema'] },
  { command: 'schema', kind: 'write', args: ['schema', '--out', 'file/x'] },
];

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The installed command (bin/svc-contract.js, or the broken package's) in a child process. */
function spawnCase(c: Case): Promise<Ran> {
  const bin = join(c.internal ? brokenPkg : root, 'bin', 'svc-contract.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...c.args], { cwd: dir, env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (c.serve && stdout.includes('Ctrl-C to stop') && !child.killed) child.kill('SIGINT');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Where a case runs: a child process only where a process is the point (an install, a signal). */
const inProcess = (c: Case) => !c.internal && !c.serve;
const inChild = (c: Case) => !inProcess(c) || c.child === true;

/**
 * Runs every case: in this process one after another (main() runs must not overlap), the child
 * processes meanwhile, two at a time (the machine is shared). A case run both ways gives the
 * child's result, once its code is checked against main()'s.
 */
async function runAll(): Promise<{ results: Ran[]; both: { args: string; main: number | null; child: number | null }[] }> {
  const results: Ran[] = new Array(CASES.length);
  const children: Ran[] = new Array(CASES.length);
  const spawned = CASES.flatMap((c, i) => (inChild(c) ? [i] : []));
  let next = 0;
  const worker = async () => {
    while (next < spawned.length) {
      const i = spawned[next++]!;
      children[i] = await spawnCase(CASES[i]!);
    }
  };
  const inline = async () => {
    for (const [i, c] of CASES.entries()) if (inProcess(c)) results[i] = await run(c.args, { cwd: dir, env: { LANG: 'C' } });
  };
  await Promise.all([worker(), worker(), inline()]);
  const both = CASES.flatMap((c, i) => (inProcess(c) && inChild(c) ? [{ args: c.args.join(' '), main: results[i]!.code, child: children[i]!.code }] : []));
  for (const i of spawned) {
    const r = results[i];
    // the stack-trace and bug-message checks read both runs' output
    results[i] = r ? { code: r.code, stdout: r.stdout + children[i]!.stdout, stderr: r.stderr + children[i]!.stderr } : children[i]!;
  }
  return { results, both };
}

describe('every command, every kind of fault: one exit-code map', () => {
  let results: Ran[] = [];
  let both: Awaited<ReturnType<typeof runAll>>['both'] = [];
  beforeAll(async () => {
    ({ results, both } = await runAll());
  }, 180_000);

  it("each case ends with the code of its kind (or its command's documented reading), no stack trace", () => {
    const seen = CASES.map((c, i) => ({ command: c.command, kind: c.kind, args: c.args.join(' '), code: results[i]!.code }));
    const wanted = CASES.map((c) => ({ command: c.command, kind: c.kind, args: c.args.join(' '), code: c.code ?? (c.kind === 'none' ? 0 : EXIT_OF[c.kind]) }));
    expect(seen).toEqual(wanted);
    CASES.forEach((c, i) => {
      const r = results[i]!;
      expect(r.stderr, c.args.join(' ')).not.toMatch(STACK);
      expect(r.stdout, c.args.join(' ')).not.toMatch(STACK);
      // only a bug says it is one
      if (c.kind === 'internal') expect(r.stderr, c.args.join(' ')).toMatch(/bug in svc-contract/);
      else expect(r.stderr, c.args.join(' ')).not.toMatch(/bug in svc-contract|internal error/);
    });
  });

  it('the installed command, in a process of its own, ends with the code main() returns', () => {
    expect(both.length).toBeGreaterThanOrEqual(2);
    for (const b of both) expect(b.child, b.args).toBe(b.main);
    // and each code a command ends with, 0 to 3, comes out of a child process at least once
    const childCodes = new Set(CASES.flatMap((c, i) => (inChild(c) ? [results[i]!.code] : [])));
    expect([...childCodes].sort()).toEqual([0, 1, 2, 3]);
  });

  it('every command meets every kind that can reach it', () => {
    const kinds = (command: string) => new Set(CASES.filter((c) => c.command === command).map((c) => c.kind));
    const all: (ErrorKind | 'none')[] = ['none', 'usage', 'spec', 'template', 'write', 'internal'];
    expect([...kinds('build')].sort()).toEqual([...all].sort());
    expect([...kinds('build batch')].sort()).toEqual(all.filter((k) => k !== 'none').sort());
    expect([...kinds('diff')].sort()).toEqual([...all].sort());
    for (const c of ['validate', 'lint', 'textconv']) expect([...kinds(c)].sort()).toEqual(['internal', 'none', 'spec', 'usage']);
    expect([...kinds('preview')].sort()).toEqual(['none', 'spec', 'usage']);
    for (const c of ['init', 'schema']) expect([...kinds(c)].sort()).toEqual(['none', 'usage', 'write']);
  });

  it("the README's exit-code table gives each kind the code errors/exit.ts gives it", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Exit codes'), readme.indexOf('In a batch the worst outcome decides'));
    const documented: Partial<Record<ErrorKind, number>> = {};
    for (const row of table.split('\n').filter((l) => /^\| \d+ \|/.test(l))) {
      const [, code, kinds] = /^\| (\d+) \|([^|]*)\|/.exec(row)!;
      for (const k of kinds!.matchAll(/`(\w+)`/g)) documented[k[1] as ErrorKind] = Number(code);
    }
    expect(documented).toEqual(EXIT_OF);
  });
});
