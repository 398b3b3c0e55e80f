// Specs in git: `svc-contract textconv` as the diff driver shows the contract's wording in
// `git diff` and `git log -p`; examples/git/pre-commit refuses a staged spec that is invalid or
// has a lint error, reading the index, not the working tree. Real git, in temporary repositories.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_VALID_LINE } from '../src/cli/commands/textconv.js';
import { root } from './helpers/check.js';
import { ANSI, run, STACK } from './helpers/cli.js';

const hasGit = spawnSync('git', ['--version']).status === 0;
if (!hasGit) console.log('test/git.test.ts: skipped, no git on this machine');

const cli = join(root, 'bin', 'svc-contract.js');
const workContract = readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8');

function git(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A repository with its own identity, as a lawyer's clone would be. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'svc-git-'));
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['config', 'user.email', 'legal@example.com'],
    ['config', 'user.name', 'Legal'],
    ['config', 'core.quotePath', 'true'],
  ]) {
    expect(git(dir, args).code).toBe(0);
  }
  return dir;
}

describe.skipIf(!hasGit)('git diff with the textconv driver', () => {
  it("shows the old and the new amount in the contract's wording, not the YAML, in git diff and git log -p", () => {
    const dir = repo();
    // the two-line setup of the README, with the command as this checkout runs it
    writeFileSync(join(dir, '.gitattributes'), '*.contract.yaml diff=svc-contract\n');
    expect(git(dir, ['config', 'diff.svc-contract.textconv', `"${process.execPath}" "${cli}" textconv`]).code).toBe(0);
    writeFileSync(join(dir, 'deal.contract.yaml'), workContract);
    expect(git(dir, ['add', '.']).code).toBe(0);
    expect(git(dir, ['commit', '-q', '-m', 'first draft']).code).toBe(0);

    const edited = workContract.replace('    amount: 68000\n    inWords: 人民币陆万捌仟元整', '    amount: 15000\n    inWords: 人民币壹万伍仟元整');
    expect(edited).not.toBe(workContract);
    writeFileSync(join(dir, 'deal.contract.yaml'), edited);
    const diff = git(dir, ['diff']);
    expect(diff.code).toBe(0);
    const removed = diff.stdout.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
    const added = diff.stdout.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    // two paragraphs changed: the fee clause, old and new amount with their capitals, and the
    // penalty base the fee fixes (12 months of it, legal review WC M1)
    expect(removed).toHaveLength(2);
    expect(added).toHaveLength(2);
    expect(removed[0]).toMatch(/^-乙方提供本合同项下服务的费用（以下称“服务费用”）按月计算，标准为每月人民币68,000\.00元（大写：人民币陆万捌仟元整）/);
    expect(added[0]).toMatch(/^\+乙方提供本合同项下服务的费用（以下称“服务费用”）按月计算，标准为每月人民币15,000\.00元（大写：人民币壹万伍仟元整）/);
    expect(removed[1]).toContain('816,000.00');
    expect(added[1]).toContain('180,000.00');
    expect(diff.stdout).not.toContain('amount: 1');
    // with the clause heading around it as context
    expect(diff.stdout).toContain('（一）费用标准');
    // the YAML is still there for whoever asks
    expect(git(dir, ['diff', '--no-textconv']).stdout).toContain('-    amount: 68000\n');

    expect(git(dir, ['commit', '-q', '-am', 'fee 15,000']).code).toBe(0);
    const log = git(dir, ['log', '-p', '-1']);
    expect(log.stdout).toContain('-乙方提供本合同项下服务的费用');
    expect(log.stdout).toContain('人民币15,000.00元（大写：人民币壹万伍仟元整）');
  });

  it('a version that does not validate diffs as its YAML, after one line saying so', () => {
    const dir = repo();
    writeFileSync(join(dir, '.gitattributes'), '*.contract.yaml diff=svc-contract\n');
    git(dir, ['config', 'diff.svc-contract.textconv', `"${process.execPath}" "${cli}" textconv`]);
    writeFileSync(join(dir, 'deal.contract.yaml'), workContract);
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'first']);
    writeFileSync(join(dir, 'deal.contract.yaml'), workContract.replace('    amount: 68000\n', '    amount: 68000.123\n'));
    const diff = git(dir, ['diff']);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain(`+${NOT_VALID_LINE}`);
    expect(diff.stdout).toContain('+    amount: 68000.123');
  });
});

describe('svc-contract textconv', () => {
  it('prints the text a paragraph a line with clause numbers, the same every time, no colour, exit 0', async () => {
    const a = await run(['textconv', 'examples/service-contract.yaml'], { isTTY: true, env: { FORCE_COLOR: '1' } });
    const b = await run(['textconv', 'examples/service-contract.yaml']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toMatch(ANSI);
    const lines = a.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['客户服务协议合同书', '合同编号：BY-FW-2026-0315', '', '甲方（服务提供方）：北京博远信息技术服务有限公司']);
    expect(lines).toContain('第一章 一般规定');
    expect(lines).toContain('1.1 用语定义');
    expect(lines.some((l) => l.startsWith('1.1.1 除上下文另有要求外'))).toBe(true);
    expect(lines).toContain(
      'g) “工作日”是指中华人民共和国法定工作日，不含国家规定的法定节假日和休息日；因调休安排上班的休息日为工作日，以国务院公布的当年节假日安排为准；',
    );
    // a table row a line, its cells joined
    expect(lines.some((l) => /^咨询服务 \| 客户提出咨询→/.test(l))).toBe(true);
    // nothing that changes without the wording: no hash, no date of building
    expect(a.stdout).not.toMatch(/sha-?256|[0-9a-f]{16}/i);
  });

  it('a spec that does not validate: one line, then its YAML as written; a missing file is a usage error', async () => {
    const r = await run(['textconv', 'test/fixtures/bad/cross-field.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `${NOT_VALID_LINE}\n${readFileSync(join(root, 'test/fixtures/bad/cross-field.yaml'), 'utf8')}${readFileSync(join(root, 'test/fixtures/bad/cross-field.yaml'), 'utf8').endsWith('\n') ? '' : '\n'}`,
    );
    const missing = await run(['textconv', 'nowhere.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('svc-contract: nowhere.yaml: no such file\n');
    expect(missing.stderr).not.toMatch(STACK);
  });

  it('a draft says it is one, without the hash the documents print beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svc-git-'));
    expect((await run(['init', '--type', 'work-contract', 'deal.yaml'], { cwd: dir })).code).toBe(0);
    const r = await run(['textconv', 'deal.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('征求意见稿（未经签署，仅供审阅）');
    expect(r.stdout).not.toContain('deal.yaml');
  });
});

describe.skipIf(!hasGit)('examples/git/pre-commit', () => {
  /** A contracts repository with the hook installed and svc-contract "installed" as node_modules/.bin/svc-contract. */
  function withHook(): string {
    const dir = repo();
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(cli, join(dir, 'node_modules', '.bin', 'svc-contract'));
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    copyFileSync(join(root, 'examples', 'git', 'pre-commit'), join(dir, '.git', 'hooks', 'pre-commit'));
    mkdirSync(join(dir, 'specs'));
    // a CI workflow is YAML too, and no spec: the hook leaves it alone
    writeFileSync(join(dir, 'ci.yml'), 'on: push\njobs: {}\n');
    return dir;
  }
  const commits = (dir: string) => Number(git(dir, ['rev-list', '--count', '--all']).stdout.trim() || 0);

  it('passes a valid spec', () => {
    const dir = withHook();
    writeFileSync(join(dir, 'specs', '华康.yaml'), workContract);
    git(dir, ['add', '.']);
    const c = git(dir, ['commit', '-m', 'add the 华康 contract']);
    expect(c.stderr + c.stdout).toContain('✓ specs/华康.yaml: 客服工作合同 (work-contract), no findings');
    expect(c.code).toBe(0);
    expect(commits(dir)).toBe(1);
  });

  it('refuses a staged invalid spec, and one with a lint error, at their lines, even when the working tree has them fixed', () => {
    const dir = withHook();
    writeFileSync(join(dir, 'specs', 'deal.yaml'), workContract);
    git(dir, ['add', '.']);
    expect(git(dir, ['commit', '-q', '-m', 'valid']).code).toBe(0);

    // staged: an amount with three decimals; in the working tree: fixed again, but not staged
    writeFileSync(join(dir, 'specs', 'deal.yaml'), workContract.replace('    amount: 68000\n', '    amount: 68000.123\n'));
    git(dir, ['add', 'specs/deal.yaml']);
    writeFileSync(join(dir, 'specs', 'deal.yaml'), workContract);
    const refused = git(dir, ['commit', '-m', 'fee']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/specs\/deal\.yaml:\d+:13: error: fees\.monthly\.amount（金额）: expected an amount with at most two decimals/);
    expect(refused.stderr).toContain('pre-commit: svc-contract refused the staged specs above (exit 1)');
    expect(commits(dir)).toBe(1);

    // a valid spec whose lint finds an error-severity inconsistency
    copyFileSync(join(root, 'test', 'fixtures', 'lint', 'reply-after-resolution.yaml'), join(dir, 'specs', 'standards.yaml'));
    git(dir, ['reset', '-q']);
    git(dir, ['add', 'specs/standards.yaml']);
    const linted = git(dir, ['commit', '-m', 'standards']);
    expect(linted.code).not.toBe(0);
    expect(linted.stderr).toContain('specs/standards.yaml:48:16: error: serviceLevels.replyWithin');
    expect(commits(dir)).toBe(1);
    expect(linted.stderr + refused.stderr).not.toMatch(STACK);
  });
});
