// Issue 18, "the README as a script": every ```sh block of README.md run as written, line by line,
// in a fresh clone of this repository (git clone into a temporary folder) and in a fresh contracts
// repository beside it (git init), as the README describes them, asserting each command's exit
// code. A block the README marks `<!-- not-run: reason -->` (network, a browser, a server that runs
// until stopped) is skipped with its reason. Slow (npm ci, npm pack, npm install): test:clients.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/check.js';

export interface Block {
  /** line of the opening fence */
  line: number;
  /** the heading the block is under */
  section: string;
  commands: string[];
  /** the reason of a `<!-- not-run: … -->` right before the block */
  notRun?: string;
}

/** Every ```sh (bash, shell) block of a Markdown text, with its section and not-run mark. */
export function shellBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const out: Block[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^#{1,6} /.test(l)) section = l.replace(/^#+ /, '');
    if (/^```/.test(l) && !/^```(sh|bash|shell)\s*$/.test(l)) {
      // another fenced block: skip to its end
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++);
      continue;
    }
    if (!/^```(sh|bash|shell)\s*$/.test(l)) continue;
    let j = i - 1;
    while (j >= 0 && lines[j]!.trim() === '') j--;
    const notRun = /^<!--\s*not-run:\s*(.*?)\s*-->$/.exec(lines[j] ?? '')?.[1];
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    out.push({ line: j + 2, section, commands: body, notRun });
  }
  return out;
}

const env = {
  ...process.env,
  CI: '',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  // the packages are in npm's cache after the project's own npm ci; the network only for what is not
  npm_config_prefer_offline: 'true',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Reader',
  GIT_AUTHOR_EMAIL: 'reader@example.com',
  GIT_COMMITTER_NAME: 'Reader',
  GIT_COMMITTER_EMAIL: 'reader@example.com',
  // `git commit` as written opens the editor for its message: the reader types one
  GIT_EDITOR: `sh -c 'echo "Commit without the hook" > "$1"' editor`,
};
const sh = (cmd: string, cwd: string) => spawnSync('sh', ['-c', cmd], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });

/** Exit codes other than 0 that the README documents for a command (diff: 1 when the two differ). */
const EXPECTED: [RegExp, number][] = [[/svc-contract diff /, 1]];

const top = mkdtempSync(join(tmpdir(), 'svc-readme-'));
// the README's layout: the clone and the contracts repository side by side (cp ../svc-contract/…)
const clone = join(top, 'svc-contract');
const contracts = join(top, 'contracts');
afterAll(() => rmSync(top, { recursive: true, force: true }));
const readme = () => readFileSync(join(clone, 'README.md'), 'utf8');
const example = readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8');

/**
 * Where a command runs: the clone for the quick start, the contracts repository for the rest; a
 * comment line `# in a clone of svc-contract` or `# in the contracts repository` switches.
 */
function folderFor(block: Block): string {
  return block.section === 'Quick start' ? clone : contracts;
}

/** What the README says exists before a block runs, made so: files it names as the user's own. */
function prepare(block: Block): void {
  const text = block.commands.join('\n');
  if (text.includes('diff deal-v1.yaml deal-v2.yaml')) {
    // "two versions of a spec": deal-v1.yaml and deal-v2.yaml, and deal.yaml changed since its last commit on main
    const v2 = example.replace(/^(\s+amount:) 68000\b/m, '$1 70000').replace('人民币陆万捌仟元整', '人民币柒万元整');
    writeFileSync(join(contracts, 'deal-v1.yaml'), example);
    writeFileSync(join(contracts, 'deal-v2.yaml'), v2);
    writeFileSync(join(contracts, 'deal.yaml'), example);
    expect(sh('git add deal.yaml && git commit -qm "deal v1"', contracts).status).toBe(0);
    writeFileSync(join(contracts, 'deal.yaml'), v2);
    expect(sh('git commit -qam "deal v2"', contracts).status).toBe(0);
    writeFileSync(join(contracts, 'deal.yaml'), v2.replace(/^(\s+amount:) 70000\b/m, '$1 72000').replace('人民币柒万元整', '人民币柒万贰仟元整'));
  }
  if (text.includes('git commit --no-verify')) {
    // a commit to skip the hook for: a staged spec
    writeFileSync(join(contracts, 'deal.yaml'), example);
    expect(sh('git add deal.yaml', contracts).status).toBe(0);
  }
}

describe('the README as a script (issue 18)', () => {
  it('every shell block of the README runs as written in a fresh clone and a fresh contracts repository', () => {
    expect(sh(`git clone -q "${root}" "${clone}"`, top).status).toBe(0);
    mkdirSync(contracts);
    expect(sh('git init -q -b main', contracts).status).toBe(0);
    const blocks = shellBlocks(readme());
    expect(blocks.length).toBeGreaterThan(5);
    // the clone's blocks first (the contracts repository installs what the clone packs), then the rest in order
    const installs = (b: Block) => b.commands.some((c) => c.includes('npm install --save-dev ./vendor/'));
    const order = [
      ...blocks.filter((b) => folderFor(b) === clone),
      ...blocks.filter(installs),
      ...blocks.filter((b) => folderFor(b) !== clone && !installs(b)),
    ];
    expect(blocks.filter(installs)).toHaveLength(1);
    const ran: string[] = [];
    const skipped: string[] = [];
    for (const block of order) {
      if (block.notRun) {
        skipped.push(`README.md:${block.line}: ${block.notRun}`);
        continue;
      }
      let cwd = folderFor(block);
      prepare(block);
      for (const raw of block.commands) {
        if (/^#\s*in a clone of svc-contract/.test(raw)) cwd = clone;
        if (/^#\s*in the contracts repository/.test(raw)) cwd = contracts;
        const cmd = raw.replace(/\s+#.*$/, '').trim();
        if (!cmd || cmd.startsWith('#')) continue;
        const r = sh(cmd, cwd);
        const want = EXPECTED.find(([re]) => re.test(cmd))?.[1] ?? 0;
        expect(
          r.status,
          `README.md:${block.line} (${block.section}), in ${cwd === clone ? 'the clone' : 'the contracts repository'}: ${cmd}\n${r.stdout}\n${r.stderr}`,
        ).toBe(want);
        ran.push(cmd);
      }
    }
    console.log(`README: ${ran.length} commands run; skipped:\n  ${skipped.join('\n  ')}`);
    // what the steps promise: the example contract, the contracts of the specs, the redline
    expect(existsSync(join(clone, 'out', 'work-contract.pdf'))).toBe(true);
    expect(existsSync(join(contracts, 'contracts', 'acme', 'deal.pdf'))).toBe(true);
    expect(readdirSync(join(contracts, 'redlines')).length).toBeGreaterThan(0);
    expect(sh('git log -1 --format=%s', contracts).stdout.trim()).toBe('Commit without the hook');
    // every skipped block says why
    for (const b of blocks) if (b.notRun !== undefined) expect(b.notRun.length, `README.md:${b.line}`).toBeGreaterThan(10);
  }, 1_800_000);
});
