// Issue 19, "Pure stages, I/O at the edge": the modules of src/ that import node:fs are exactly
// those docs/architecture.md lists under "Where I/O lives", each with its one job; the stages
// read no environment and no clock. A module that starts reading files fails here until the
// architecture says why.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/check.js';

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tsFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

const sources = [...tsFiles(join(root, 'src'))].map((p) => ({ file: relative(root, p), text: readFileSync(p, 'utf8') }));
const section = (() => {
  const doc = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
  const at = doc.indexOf('## Where I/O lives');
  return doc.slice(at, doc.indexOf('\n## ', at + 1));
})();

describe('the I/O edge', () => {
  it('the modules that import node:fs are the ones docs/architecture.md lists, and no others', () => {
    const readers = sources.filter((s) => /from 'node:fs(\/promises)?'/.test(s.text)).map((s) => s.file);
    const listed = [...section.matchAll(/^\| `(src\/[^`]+\.ts)` \|/gm)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(50);
    expect(listed.length).toBeGreaterThan(5);
    expect(readers.sort()).toEqual(listed.sort());
  });

  it('outside src/cli/, no module reads the environment, the clock or the terminal', () => {
    const found = sources
      .filter((s) => !s.file.startsWith('src/cli/'))
      .flatMap((s) =>
        s.text
          .split('\n')
          .map((line, i) => ({ line, at: `${s.file}:${i + 1}` }))
          .filter(({ line }) => /process\.(env|stdout|stderr|stdin|exit)\b|Date\.now\(\)|new Date\(\)|performance\.now\(\)/.test(line)),
      )
      .map(({ at, line }) => `${at}: ${line.trim()}`);
    expect(found).toEqual([]);
  });
});
