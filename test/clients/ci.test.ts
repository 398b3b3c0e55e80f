// svc-contract in a repository of contracts that is not this one, as issue 11 accepts it: a fresh
// git repository installs the packed tarball as a devDependency without a warning, builds with
// `npx svc-contract build`, and runs the commands of the CI workflows shipped in examples/ci/ —
// every `run:` of github-actions.yml, every script of gitlab-ci.yml, read from the files with the
// expressions a runner would fill in given for each shard — in bash, in that repository.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, type Dirent, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import YAML from 'yaml';
import { TYPES } from '../../src/schema/types/index.js';
import { root } from '../helpers/check.js';

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

const repo = mkdtempSync(join(tmpdir(), 'svc-contracts-repo-'));

/**
 * What a runner's shell has: the process's environment without this project's node_modules/.bin
 * (a command must come from the repository's own install) or colour settings, npm told to use its
 * cache (only the registry is reachable here, and the packages are cached by this project's
 * `npm ci`), and CI set as runners set it.
 */
function runnerEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false', ...extra };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  env.PATH = (env.PATH ?? '')
    .split(delimiter)
    .filter((p) => !p.split(sep).includes('node_modules'))
    .join(delimiter);
  return env;
}

function bash(script: string, extra: Record<string, string> = {}): Ran {
  const r = spawnSync('bash', ['-eo', 'pipefail', '-c', script], { cwd: repo, encoding: 'utf8', timeout: 600_000, env: runnerEnv(extra) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(script: string, extra: Record<string, string> = {}): Ran {
  const r = bash(script, extra);
  if (r.code !== 0) throw new Error(`${script}\nexited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Every file under `dir`, relative to it, with '/' between folders; sorted. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Each spec of the repository: every example under specs/acme/, two again deeper under specs/branches/east/. */
const SPECS = [...TYPES.map((t) => `acme/${t.id}`), 'branches/east/work-contract', 'branches/east/service-agreement'];
const OUTPUTS = SPECS.flatMap((s) => ['docx', 'md', 'pdf'].map((ext) => `${s}.${ext}`)).sort();

/** A spec with a misspelt top-level key (`contrakt:`), on the line of the example's `contract:`. */
const BROKEN = 'specs/branches/broken.yaml';
const example = readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8');
const brokenLine = example.split('\n').findIndex((l) => l.startsWith('contract:')) + 1;
function withBrokenSpec<T>(f: () => T): T {
  writeFileSync(join(repo, BROKEN), example.replace(/^contract:/m, 'contrakt:'));
  try {
    return f();
  } finally {
    rmSync(join(repo, BROKEN));
  }
}

let installOutput = '';
/** The SHA-256 of each output of one whole build (the `npx svc-contract build` test, which runs first). */
const wholeBuild = new Map<string, string>();

beforeAll(() => {
  const tarball = inject('tarball');
  mkdirSync(join(repo, 'vendor'));
  copyFileSync(tarball, join(repo, 'vendor', basename(tarball)));
  for (const spec of SPECS) {
    mkdirSync(join(repo, 'specs', spec, '..'), { recursive: true });
    copyFileSync(join(root, 'examples', `${basename(spec)}.yaml`), join(repo, 'specs', `${spec}.yaml`));
  }
  writeFileSync(join(repo, 'package.json'), `${JSON.stringify({ name: 'acme-contracts', private: true }, null, 2)}\n`);
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\ncontracts/\njunit-*.xml\n.npm\n');
  // gitlab-ci.yml keeps npm's cache in the project (.npm/, which GitLab caches between jobs): here
  // that is npm's own cache, where this project's npm ci left the packages
  symlinkSync(ok('npm config get cache').stdout.trim(), join(repo, '.npm'), 'dir');
  ok('git init -q && git add . && git -c user.name=ci -c user.email=ci@example.invalid commit -q -m specs');
  // the README's install: the tarball, kept in the repository, as a devDependency
  const r = ok(`npm install --save-dev --no-audit --no-fund ./vendor/${basename(tarball)} 2>&1`);
  installOutput = r.stdout;
}, 600_000);

describe('a contracts repository that installs the packed svc-contract', () => {
  it('installs it as a devDependency without a warning, with nothing to build or run', () => {
    expect(installOutput).not.toMatch(/npm warn/i);
    expect(installOutput).toMatch(/added \d+ packages/);
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['svc-contract']).toMatch(/^file:vendor\/svc-contract-.*\.tgz$/);
    const installed = JSON.parse(readFileSync(join(repo, 'node_modules', 'svc-contract', 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
      dependencies: Record<string, string>;
    };
    // npm would list any of these as an install script to review (npm 11.16 and later)
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(installed.scripts?.[script], script).toBeUndefined();
    expect(installed.dependencies).not.toHaveProperty('docx');
    expect(existsSync(join(repo, 'node_modules', 'docx'))).toBe(false);
  });

  it('`npx svc-contract build specs --out contracts/` builds every spec, contracts/ mirroring specs/', () => {
    const r = ok('npx svc-contract build specs --out contracts/');
    expect(r.stderr).not.toMatch(/warn/i);
    expect(files(join(repo, 'contracts'))).toEqual(OUTPUTS);
    expect(
      readFileSync(join(repo, 'contracts', 'acme', 'work-contract.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    for (const f of OUTPUTS) wholeBuild.set(f, sha(join(repo, 'contracts', f)));
  });
});

describe('examples/ci/github-actions.yml', () => {
  interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
  }
  interface Job {
    needs?: string | string[];
    if?: string;
    strategy?: { matrix: { shard: number[] } };
    steps: Step[];
  }
  const workflow = YAML.parse(readFileSync(join(root, 'examples', 'ci', 'github-actions.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, Job>;
  };
  const { validate, build } = workflow.jobs as { validate: Job; build: Job };

  /** A step's script with the expressions filled in; an expression the test does not know fails it. */
  const fill = (script: string, values: Record<string, string | number>) =>
    script.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
      if (!(name in values)) throw new Error(`github-actions.yml: no value for \${{ ${name} }} in: ${script}`);
      return String(values[name]);
    });

  let installed = false;
  /** The `run:` steps of a job, in order; `uses:` steps are GitHub's (checkout, setup-node, artifacts). npm ci runs once: the same lockfile every time. */
  function runJob(job: Job, values: Record<string, string | number> = {}): Ran[] {
    const ran: Ran[] = [];
    for (const step of job.steps.filter((s) => s.run)) {
      const script = fill(step.run!, values);
      if (script.startsWith('npm ci') && installed) continue;
      const r = bash(script);
      ran.push(r);
      if (r.code !== 0) break;
      if (script.startsWith('npm ci')) {
        expect(r.stdout + r.stderr).not.toMatch(/npm warn/i);
        installed = true;
      }
    }
    return ran;
  }

  it('validates on every push and pull request; builds after validation, on pushes to the default branch only', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(build.needs).toBe('validate');
    expect(build.if).toContain("github.event_name == 'push'");
    expect(build.if).toContain('default_branch');
    expect(validate.steps.some((s) => s.run?.startsWith('npm ci'))).toBe(true);
  });

  it('validate: passes on the specs; a broken spec fails it with an annotation at its file and line', () => {
    const good = runJob(validate);
    expect(good.map((r) => r.code)).toEqual(validate.steps.filter((s) => s.run).map(() => 0));
    const failed = withBrokenSpec(() => runJob(validate).at(-1)!);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(new RegExp(`^::error file=${BROKEN},line=${brokenLine},col=1,title=[^:]*::.*contrakt`, 'm'));
  });

  it('build: each shard builds its share, the shards together every spec exactly once, in the bytes of one build', () => {
    expect(wholeBuild.size).toBe(OUTPUTS.length);
    const shards = build.strategy!.matrix.shard;
    expect(shards).toEqual(shards.map((_, i) => i + 1));
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    const built: string[][] = [];
    for (const shard of shards) {
      rmSync(join(repo, 'contracts'), { recursive: true, force: true });
      const ran = runJob(build, { 'matrix.shard': shard, 'strategy.job-total': shards.length });
      expect(
        ran.map((r) => r.code),
        ran.map((r) => r.stderr).join('\n'),
      ).toEqual(ran.map(() => 0));
      // what the upload step takes
      const mine = files(join(repo, String(upload.with!.path)));
      expect(mine.length, `shard ${shard}`).toBeGreaterThan(0);
      for (const f of mine) expect(sha(join(repo, 'contracts', f)), f).toBe(wholeBuild.get(f));
      built.push(mine);
    }
    const all = built.flat();
    expect(all.sort()).toEqual(OUTPUTS);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('examples/ci/gitlab-ci.yml', () => {
  interface GitlabJob {
    script: string[];
    parallel?: number;
    rules?: { if: string }[];
    artifacts?: { paths?: string[]; reports?: { junit?: string } };
  }
  const pipeline = YAML.parse(readFileSync(join(root, 'examples', 'ci', 'gitlab-ci.yml'), 'utf8')) as { default: { before_script: string[] } } & Record<
    string,
    GitlabJob
  >;
  const { validate, build } = pipeline as unknown as { validate: GitlabJob; build: GitlabJob };
  let installed = false;
  /**
   * A job as its runner runs it: before_script, then script, in one shell, with GitLab's
   * variables. The before_script (npm ci) runs once: the same lockfile every time.
   */
  function runJob(job: GitlabJob, vars: Record<string, string> = {}): Ran {
    const r = bash([...(installed ? [] : pipeline.default.before_script), ...job.script].join('\n'), vars);
    if (!installed) expect(r.stdout + r.stderr).not.toMatch(/npm warn/i);
    installed ||= r.code === 0;
    return r;
  }
  const expand = (s: string, vars: Record<string, string>) => s.replace(/\$(\w+)/g, (_, v: string) => vars[v] ?? '');

  it('validate: passes on the specs; a broken spec fails it, in the JUnit report at its file and line', () => {
    const good = runJob(validate);
    expect(good.code, good.stderr).toBe(0);
    const failed = withBrokenSpec(() => runJob(validate));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`${BROKEN}:${brokenLine}:1: error:`);
    const report = readFileSync(join(repo, validate.artifacts!.reports!.junit!), 'utf8');
    expect(report).toMatch(new RegExp(`<testcase [^>]*file="${BROKEN}"[^>]*>\\s*<failure [^>]*${BROKEN}:${brokenLine}:1`));
  });

  it('build: the parallel jobs together build every spec exactly once, each with its JUnit report', () => {
    expect(build.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    const total = build.parallel!;
    const built: string[] = [];
    for (let index = 1; index <= total; index++) {
      const vars = { CI_NODE_INDEX: String(index), CI_NODE_TOTAL: String(total) };
      rmSync(join(repo, 'contracts'), { recursive: true, force: true });
      const r = runJob(build, vars);
      expect(r.code, r.stderr).toBe(0);
      built.push(...files(join(repo, build.artifacts!.paths![0]!)));
      expect(readFileSync(join(repo, expand(build.artifacts!.reports!.junit!, vars)), 'utf8')).toMatch(/<testsuites [^>]*failures="0"/);
    }
    expect(built.sort()).toEqual(OUTPUTS);
  });
});
