// Batch builds as CI runs them (issue 11): folders and globs mirrored under --out, collisions
// refused before anything is written, standard input, worker threads giving the same bytes in
// the same order, --fail-fast, the reporters (the JSON one checked against its published
// schema), --shard, --incremental, the configuration file, the progress line and the summary.
// The same at scale, 200 generated specs, is test/clients/batch-200.test.ts (npm run test:clients).

import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it, vi } from 'vitest';

// these build several contracts per test, some in worker threads: on a loaded 2-core machine one
// test can take a minute
vi.setConfig({ testTimeout: 180_000 });

import { root } from './helpers/check.js';
import { ANSI, run, STACK } from './helpers/cli.js';

const example = (id: string) => join(root, 'examples', `${id}.yaml`);
const TYPES = ['maintenance-agreement', 'service-agreement', 'service-contract', 'service-standards', 'work-contract'];

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'svc-batch-'));
}

/** Every file under `dir`, relative, with its SHA-256. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/**
 * A repository of specs: the five examples under specs/acme/, work-contract again under
 * specs/beta/ (same file name, other folder), and with `bad` two invalid ones in nested folders.
 */
function repo(bad = false): string {
  const cwd = tmp();
  mkdirSync(join(cwd, 'specs', 'acme'), { recursive: true });
  mkdirSync(join(cwd, 'specs', 'beta', 'deep'), { recursive: true });
  for (const t of TYPES) copyFileSync(example(t), join(cwd, 'specs', 'acme', `${t}.yaml`));
  copyFileSync(example('work-contract'), join(cwd, 'specs', 'beta', 'work-contract.yaml'));
  if (bad) {
    const wc = readFileSync(example('work-contract'), 'utf8');
    const dated = wc.replace(/signingDate: ['"]?[\d-]+['"]?/, "signingDate: '2026-02-30'");
    expect(dated).not.toBe(wc);
    writeFileSync(join(cwd, 'specs', 'beta', 'deep', 'bad-date.yaml'), dated);
    writeFileSync(join(cwd, 'specs', 'beta', 'unknown-key.yaml'), readFileSync(example('service-contract'), 'utf8').replace(/^contract:/m, 'contrakt:'));
  }
  return cwd;
}

let built: Promise<{ cwd: string; stdout: string; code: number | null }> | undefined;
/**
 * `repo()` built in full (three formats) with --jobs 1 into out/, once for the file: the reference
 * --jobs 2 is compared with, and the build --incremental starts from (each user takes a copy).
 */
function builtRepo(): Promise<{ cwd: string; stdout: string; code: number | null }> {
  built ??= (async () => {
    const cwd = repo();
    const r = await run(['build', 'specs', '--out', 'out', '--jobs', '1'], { cwd });
    return { cwd, stdout: r.stdout, code: r.code };
  })();
  return built;
}

/** A copy of the built repository (specs and out/, timestamps kept), in a folder of its own. */
async function copyOfBuilt(): Promise<{ cwd: string; stdout: string; code: number | null }> {
  const b = await builtRepo();
  const cwd = tmp();
  cpSync(b.cwd, cwd, { recursive: true, preserveTimestamps: true });
  return { ...b, cwd };
}

// --jobs 1 where several specs are built: which specs and where their outputs go is the subject
// here; the worker threads are that of 'parallel builds' below (and of the JSON report's test)
describe('inputs: files, folders, globs, standard input', () => {
  it('a folder is every spec beneath it, mirrored under --out; the same file name in two folders is fine', async () => {
    const cwd = repo();
    const r = await run(['build', 'specs', '--format', 'md', '--out', 'out', '--jobs', '1'], { cwd });
    expect(r.code).toBe(0);
    expect(Object.keys(tree(join(cwd, 'out'))).sort()).toEqual([...TYPES.map((t) => `acme/${t}.md`), 'beta/work-contract.md'].sort());
    expect(r.stdout).toContain(`✓ specs/beta/work-contract.yaml → ${join('out', 'beta', 'work-contract.md')}`);
    expect(r.stdout).toMatch(/^6 contracts: 6 built, in \d+\.\d s$/m);
  });

  it('a quoted glob is expanded by the tool and mirrored from its fixed folders', async () => {
    const cwd = repo();
    const r = await run(['build', 'specs/**/work-*.yaml', '--format', 'md', '--out', 'out', '--jobs', '1'], { cwd });
    expect(r.code).toBe(0);
    expect(Object.keys(tree(join(cwd, 'out'))).sort()).toEqual(['acme/work-contract.md', 'beta/work-contract.md']);
  });

  it('specs that do not exist: each named, exit 2, and no --out folder made for nothing', async () => {
    const cwd = tmp();
    const r = await run(['build', 'a.yaml', 'b.yaml', '--out', 'out'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('svc-contract: a.yaml: no such file');
    expect(r.stderr).toContain('svc-contract: b.yaml: no such file');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('two specs that would write the same output: usage error before anything is built', async () => {
    const cwd = repo();
    const r = await run(['build', 'specs/acme/work-contract.yaml', 'specs/beta/work-contract.yaml', '--out', 'out'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('specs/acme/work-contract.yaml and specs/beta/work-contract.yaml would both write work-contract.* in --out');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('the same spec named twice (a file and a glob) is built once', async () => {
    const cwd = repo();
    const r = await run(['validate', 'specs/acme/work-contract.yaml', 'specs/acme/*.yaml'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.match(/✓/g)).toHaveLength(5);
  });

  it('- reads the spec from standard input: outputs named stdin, messages name <stdin>', async () => {
    const cwd = tmp();
    const spec = readFileSync(example('work-contract'));
    const r = await run(['build', '-', '--format', 'md', '--out', 'out'], { cwd, stdin: spec });
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'out', 'stdin.md'), 'utf8')).toContain('客服工作合同');
    const bad = await run(['validate', '-'], { cwd, stdin: Buffer.from('type: work-contract\ncontrakt: {}\n') });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^<stdin>:2:1: error:/m);
  });
});

describe('parallel builds', () => {
  it('--jobs 2 writes the same bytes as --jobs 1, and reports in the order the specs were named', async () => {
    const { cwd, ...one } = await copyOfBuilt();
    const two = await run(['build', 'specs', '--out', 'two', '--jobs', '2'], { cwd });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(Object.keys(tree(join(cwd, 'out')))).toHaveLength(18);
    expect(tree(join(cwd, 'two'))).toEqual(tree(join(cwd, 'out')));
    const order = (s: string) =>
      s
        .split('\n')
        .filter((l) => l.startsWith('✓'))
        .map((l) => l.split(' ')[1]);
    expect(order(two.stdout)).toEqual(order(one.stdout));
    expect(order(two.stdout)).toEqual([...TYPES.map((t) => `specs/acme/${t}.yaml`), 'specs/beta/work-contract.yaml']);
  });

  it('goes on past a failing spec and exits 1; --fail-fast stops at it', async () => {
    const cwd = repo(true);
    const r = await run(['build', 'specs', '--format', 'md', '--out', 'out', '--jobs', '2'], { cwd });
    expect(r.code).toBe(1);
    expect(Object.keys(tree(join(cwd, 'out')))).toHaveLength(6);
    expect(r.stdout).toContain('✗ specs/beta/deep/bad-date.yaml: not built');
    expect(r.stdout).toMatch(/^8 contracts: 6 built, 2 invalid; 2 failed, in/m);
    expect(r.stderr).not.toMatch(STACK);
    const ff = await run(['build', 'specs', '--format', 'md', '--out', 'ff', '--jobs', '1', '--fail-fast', '--reporter', 'json'], { cwd });
    expect(ff.code).toBe(1);
    const report = JSON.parse(ff.stdout) as { specs: { file: string; status: string }[] };
    const statuses = report.specs.map((s) => s.status);
    // specs/acme/* come first (5 built), then specs/beta/deep/bad-date.yaml fails, the rest is not run
    expect(report.specs.map((s) => s.file).slice(5)).toEqual(['specs/beta/deep/bad-date.yaml', 'specs/beta/unknown-key.yaml', 'specs/beta/work-contract.yaml']);
    expect(statuses).toEqual(['built', 'built', 'built', 'built', 'built', 'invalid', 'not-run', 'not-run']);
  });

  it('a worker thread that dies costs only its own spec (an internal error, exit 3); a new one builds the rest', async () => {
    const cwd = repo();
    const r = await run(['build', 'specs', '--format', 'md', '--out', 'out', '--jobs', '2'], {
      cwd,
      hooks: { workerExit: 'specs/acme/service-agreement.yaml' },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('svc-contract: internal error while building specs/acme/service-agreement.yaml: a worker thread stopped (exit code 70)');
    expect(r.stdout).toMatch(/^6 contracts: 5 built, 1 failed on an internal error; 1 failed, in/m);
    expect(Object.keys(tree(join(cwd, 'out')))).toHaveLength(5);
  });
});

describe('reporters', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validateReport = ajv.compile(JSON.parse(readFileSync(join(root, 'schemas', 'report.schema.json'), 'utf8')));

  it('json: one document, valid against schemas/report.schema.json, with sizes and sha256 of each output', async () => {
    const cwd = repo(true);
    const r = await run(['build', 'specs', '--format', 'md,docx', '--out', 'out', '--reporter', 'json'], { cwd });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      summary: { total: number; failed: number };
      specs: {
        file: string;
        status: string;
        outputs: { path: string; bytes: number; sha256: string }[];
        diagnostics: { file: string; line: number; ruleId: string }[];
      }[];
    };
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.summary).toMatchObject({ total: 8, failed: 2 });
    const built = report.specs.find((s) => s.file === 'specs/acme/work-contract.yaml')!;
    expect(built.status).toBe('built');
    for (const o of built.outputs) {
      const bytes = readFileSync(join(cwd, o.path));
      expect(o.bytes).toBe(bytes.byteLength);
      expect(o.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    const bad = report.specs.find((s) => s.file === 'specs/beta/deep/bad-date.yaml')!;
    expect(bad.status).toBe('invalid');
    expect(bad.diagnostics[0]).toMatchObject({ file: 'specs/beta/deep/bad-date.yaml' });
    // the summary goes to standard error, keeping standard output parseable
    expect(r.stderr).toMatch(/8 contracts: 6 built, 2 invalid; 2 failed/);
  });

  it('json on a usage error (unknown option, missing argument): a report with the error, exit 2, in both languages (issue 18)', async () => {
    const cwd = repo(true);
    const cases = [
      { args: ['validate', 'specs', '--reporter', 'json', '--bogus'], en: "unknown option '--bogus'", zh: '--bogus' },
      { args: ['lint', '--json'], en: 'lint: name the specs to lint', zh: 'lint：请指明要检查的规格文件' },
      { args: ['build', 'specs', '--reporter=json', '--format', 'zz'], en: 'unknown format "zz"', zh: 'zz' },
    ];
    for (const c of cases) {
      for (const [lang, words] of [
        ['C', c.en],
        ['zh_CN.UTF-8', c.zh],
      ] as const) {
        const r = await run(c.args, { cwd, env: { LANG: lang } });
        expect(r.code, c.args.join(' ')).toBe(2);
        const report = JSON.parse(r.stdout) as { command: string; error: { kind: string; message: string; exitCode: number }; specs: unknown[] };
        expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
        expect(report).toMatchObject({ command: c.args[0], error: { kind: 'usage', exitCode: 2 }, specs: [] });
        expect(report.error.message).toContain(words);
        if (lang !== 'C') expect(report.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    // with --report-file the report goes into the file
    const r = await run(['validate', 'specs', '--json', '--report-file', 'report.json', '--bogus'], { cwd });
    expect(r.code).toBe(2);
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')).error.kind).toBe('usage');
  });

  it('json of validate is valid against the same schema', async () => {
    const cwd = repo(true);
    const r = await run(['validate', 'specs', '--reporter', 'json'], { cwd });
    const report = JSON.parse(r.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it('github: an ::error annotation at the file and line of each mistake', async () => {
    const cwd = repo(true);
    const r = await run(['validate', 'specs', '--reporter', 'github'], { cwd });
    expect(r.code).toBe(1);
    const spec = readFileSync(join(cwd, 'specs', 'beta', 'deep', 'bad-date.yaml'), 'utf8');
    const line = spec.split('\n').findIndex((l) => l.includes('2026-02-30')) + 1;
    expect(r.stdout).toMatch(new RegExp(`^::error file=specs/beta/deep/bad-date\\.yaml,line=${line},col=\\d+,title=svc-contract [^:]+::`, 'm'));
    const keyLine =
      readFileSync(join(cwd, 'specs', 'beta', 'unknown-key.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('contrakt:')) + 1;
    expect(r.stdout).toMatch(new RegExp(`^::error file=specs/beta/unknown-key\\.yaml,line=${keyLine},col=1,title=svc-contract schema/unknown-field::`, 'm'));
    // a message with a newline or % cannot break the command
    for (const l of r.stdout.split('\n').filter((x) => x.startsWith('::'))) expect(l).toMatch(/^::(error|warning) [^\n]*::[^\n]*$/);
  });

  it('junit: a test case per spec, failures for invalid ones; --report-file writes it and keeps the human lines on the terminal', async () => {
    const cwd = repo(true);
    const r = await run(['validate', 'specs', '--reporter', 'junit', '--report-file', 'reports/junit.xml'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✓ specs/acme/work-contract.yaml: valid');
    const xml = readFileSync(join(cwd, 'reports', 'junit.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="svc-contract validate" tests="8" failures="2" errors="0"/);
    expect(xml.match(/<testcase /g)).toHaveLength(8);
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toContain('name="specs/beta/deep/bad-date.yaml"');
  });

  it('an unknown reporter, or --report-file with the human one: usage errors', async () => {
    expect((await run(['validate', example('work-contract'), '--reporter', 'tap'])).stderr).toContain(
      '--reporter tap: unknown reporter; one of human, json, github, junit',
    );
    expect((await run(['validate', example('work-contract'), '--report-file', 'x.json'])).code).toBe(2);
  });
});

describe('--shard', () => {
  it('n shards cover every spec exactly once', async () => {
    const cwd = repo(true);
    const seen: string[] = [];
    for (const i of [1, 2, 3]) {
      const r = await run(['validate', 'specs', '--shard', `${i}/3`, '--reporter', 'json'], { cwd });
      const specs = (JSON.parse(r.stdout) as { specs: { file: string }[] }).specs.map((s) => s.file);
      expect(specs.length).toBeGreaterThanOrEqual(2);
      seen.push(...specs);
    }
    expect(seen.sort()).toEqual(
      Object.keys(tree(join(cwd, 'specs')))
        .map((f) => `specs/${f}`)
        .sort(),
    );
    expect((await run(['validate', 'specs', '--shard', '4/3'], { cwd })).code).toBe(2);
    expect((await run(['validate', 'specs', '--shard', 'half'], { cwd })).stderr).toContain('--shard half: expected i/n');
  });
});

// --jobs 1 throughout: what is checked here is which specs are built or compared, not where; the
// worker threads (a pool started per run, each thread loading the pipeline) are the subject of
// 'parallel builds' above. In this thread the source under test builds, not the compiled dist/.
describe('--incremental and --check', () => {
  it('skips specs whose outputs record this build; rebuilds one whose spec or templates changed', async () => {
    const { cwd, code } = await copyOfBuilt();
    expect(code).toBe(0);
    const before = tree(join(cwd, 'out'));
    const mtime = statSync(join(cwd, 'out', 'acme', 'work-contract.pdf')).mtimeMs;
    const again = await run(['build', 'specs', '--out', 'out', '--incremental', '--jobs', '1'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/6 contracts: 6 unchanged \(not rebuilt\)/);
    expect(statSync(join(cwd, 'out', 'acme', 'work-contract.pdf')).mtimeMs).toBe(mtime);
    // one spec edited: only it is built
    const p = join(cwd, 'specs', 'beta', 'work-contract.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^(\s+name: )(.+)$/m, '$1$2（上海）'));
    const edited = await run(['build', 'specs', '--out', 'out', '--incremental', '--jobs', '1'], { cwd });
    expect(edited.stdout).toMatch(/6 contracts: 1 built, 5 unchanged/);
    expect(tree(join(cwd, 'out'))['beta/work-contract.md']).not.toBe(before['beta/work-contract.md']);
    // other templates: every spec is built again
    mkdirSync(join(cwd, 'firm'));
    // the same text as a bundled partial, so only the fingerprint of the templates differs
    const partial = readdirSync(join(root, 'templates', 'partials')).find((f) => f.endsWith('.md.hbs'))!;
    copyFileSync(join(root, 'templates', 'partials', partial), join(cwd, 'firm', partial));
    const tpl = await run(['build', 'specs', '--out', 'out', '--incremental', '--templates', 'firm', '--format', 'md', '--jobs', '1'], { cwd });
    expect(tpl.stdout).toMatch(/6 contracts: 6 built/);
  });

  it('--check exits 1 naming a hand-edited output; --check --incremental trusts the recorded build', async () => {
    const cwd = repo();
    expect((await run(['build', 'specs', '--format', 'md', '--out', 'out', '--jobs', '1'], { cwd })).code).toBe(0);
    expect((await run(['build', 'specs', '--format', 'md', '--out', 'out', '--check', '--jobs', '1'], { cwd })).code).toBe(0);
    const md = join(cwd, 'out', 'acme', 'service-contract.md');
    writeFileSync(md, readFileSync(md, 'utf8').replace('甲方', '丙方'));
    const r = await run(['build', 'specs', '--format', 'md', '--out', 'out', '--check', '--reporter', 'github', '--jobs', '1'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `::error file=specs/acme/service-contract.yaml,title=svc-contract output/not-current::${join('out', 'acme', 'service-contract.md')} is not what this spec produces now`,
    );
    // the key in the edited file still matches: the fast check does not see a hand edit, by design
    expect((await run(['build', 'specs', '--format', 'md', '--out', 'out', '--check', '--incremental', '--jobs', '1'], { cwd })).code).toBe(0);
  });
});

describe('configuration file', () => {
  it('svc-contract.config.yaml sets out and formats (paths relative to it); flags override it', async () => {
    const cwd = repo();
    writeFileSync(join(cwd, 'svc-contract.config.yaml'), 'out: contracts\nformats: [md]\n');
    mkdirSync(join(cwd, 'sub'));
    const r = await run(['build', '../specs/acme/work-contract.yaml'], { cwd: join(cwd, 'sub') });
    expect(r.code).toBe(0);
    expect(Object.keys(tree(join(cwd, 'contracts')))).toEqual(['work-contract.md']);
    await run(['build', 'specs/acme/work-contract.yaml', '--format', 'docx'], { cwd });
    expect(Object.keys(tree(join(cwd, 'contracts'))).sort()).toEqual(['work-contract.docx', 'work-contract.md']);
    await run(['build', 'specs/acme/work-contract.yaml', '--no-config', '--format', 'md', '--out', 'plain'], { cwd });
    expect(existsSync(join(cwd, 'plain', 'work-contract.md'))).toBe(true);
  });

  it('package.json\'s "svc-contract" key; a mistake in it names the file, line and column', async () => {
    const cwd = repo();
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'contracts', 'svc-contract': { out: 'c', formats: ['md'], jobz: 2 } }, null, 2));
    const r = await run(['build', 'specs/acme/work-contract.yaml'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^svc-contract: package\.json:8:5: svc-contract\.jobz: expected one of the settings out, formats/m);
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'contracts', 'svc-contract': { out: 'c', formats: ['md'] } }));
    expect((await run(['build', 'specs/acme/work-contract.yaml'], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, 'c', 'work-contract.md'))).toBe(true);
    // package.json is looked at first; without the key, the configuration file beside it is read
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'contracts' }));
    writeFileSync(join(cwd, 'svc-contract.config.json'), '{ "out": "c", }');
    const broken = await run(['build', 'specs/acme/work-contract.yaml'], { cwd });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/svc-contract\.config\.json:1:\d+: the configuration is not valid JSON/);
    expect(broken.stderr).not.toMatch(STACK);
  });
});

describe('progress and summary', () => {
  it('a progress bar on a terminal only; none under CI=true or when piped; a summary line in every mode', async () => {
    const cwd = repo();
    const tty = await run(['build', 'specs', '--format', 'md', '--out', 'a', '--jobs', '1'], { cwd, isTTY: true });
    expect(tty.stderr).toMatch(/█+░*\s+\d+\/6/);
    expect(tty.stderr).toMatch(ANSI);
    const ci = await run(['build', 'specs', '--format', 'md', '--out', 'b', '--jobs', '1'], { cwd, isTTY: true, env: { CI: 'true' } });
    expect(ci.stderr).not.toMatch(/█/);
    const piped = await run(['build', 'specs', '--format', 'md', '--out', 'c', '--jobs', '1'], { cwd });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toMatch(/^6 contracts: 6 built, in \d+\.\d s$/m);
  });
});
