// The cold architecture review of 2026-12-08 (docs/reviews/2026-12-08-architecture-cold.md): the
// faults it found where the same mistake had different outcomes between commands, each run
// in-process through main() as a user's shell would run it, with the code and the words checked.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/check.js';
import { run, STACK } from './helpers/cli.js';

let dir = '';
const C = { LANG: 'C' };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'svc-shape-'));
  writeFileSync(join(dir, 'good.yaml'), readFileSync(join(root, 'test', 'fixtures', 'good', 'minimal-draft.yaml')));
  for (const [folder, file] of [
    ['notes', 'notes.txt'],
    ['misspelt', 'contract.md'],
    ['typo', 'contrct.md.hbs'],
  ] as const) {
    mkdirSync(join(dir, folder, 'partials'), { recursive: true });
    writeFileSync(join(dir, folder, file), 'x\n');
    // a README and a hidden file are let be
    writeFileSync(join(dir, folder, 'README.md'), '# our templates\n');
    writeFileSync(join(dir, folder, 'partials', '.gitkeep'), '');
  }
});

describe('row 4 (a): a stray file in --templates', () => {
  it.each([
    ['notes', 'notes.txt', /is not a template \(\.md\.hbs\)/],
    ['misspelt', 'contract.md', /is not a template \(\.md\.hbs\)/],
    ['typo', 'contrct.md.hbs', /matches no template of work-contract/],
  ])('%s/%s: a usage error naming the file, exit 2, in build and diff alike', async (folder, file, why) => {
    for (const args of [
      ['build', 'good.yaml', '--format', 'md', '--out', 'o', '--templates', folder],
      ['diff', 'good.yaml', 'good.yaml', '--templates', folder],
    ]) {
      const r = await run(args, { cwd: dir, env: C });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(`${join(folder, file)}: `);
      expect(r.stderr, args.join(' ')).toMatch(why);
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});

describe('row 5: a template diagnostic quoted from the template', () => {
  it("diff shows a parse error in the user's template under the template's line, never under the spec's", async () => {
    mkdirSync(join(dir, 'tpl-bad', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'tpl-bad', 'partials', 'payment.md.hbs'), '第一行\n第二行\n这里 {{#if broken} 坏了\n');
    const spec = readFileSync(join(dir, 'good.yaml'), 'utf8').split('\n');
    const r = await run(['diff', 'good.yaml', 'good.yaml', '--templates', 'tpl-bad'], { cwd: dir, env: C });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tpl-bad\/partials\/payment\.md\.hbs:3:\d+: error/);
    expect(r.stderr).toContain('3 | 这里 {{#if broken} 坏了');
    expect(r.stderr).not.toContain(`3 | ${spec[2]}`);
  });
});
