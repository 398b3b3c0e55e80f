// Issue 19, "Size": no function in src/ over 80 lines, so that each is a unit a maintainer can
// read and test on its own. Lengths are counted with the TypeScript compiler (start of the
// declaration to its closing brace), each nested function on its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/check.js';

const LIMIT = 80;
/** Functions let over the limit while being split: a whole file, or file:function. None now (writePdf split, issue 19). */
const ALLOWED: string[] = [];

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tsFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

interface Fn {
  file: string;
  line: number;
  name: string;
  lines: number;
}

let scanned: Fn[] | undefined;
/** Every function in src/, parsed once for the file (both cases read the same scan). */
function functions(): Fn[] {
  scanned ??= scan();
  return scanned;
}

function scan(): Fn[] {
  const out: Fn[] = [];
  for (const path of tsFiles(join(root, 'src'))) {
    const file = relative(root, path);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionLike(n) && 'body' in n && n.body) {
        const start = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(n.end).line;
        const named = n.name ?? (ts.isVariableDeclaration(n.parent) || ts.isPropertyAssignment(n.parent) ? n.parent.name : undefined);
        out.push({ file, line: start + 1, name: named ? named.getText(sf) : '<anonymous>', lines: end - start + 1 });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

const longFunctions = (limit: number) =>
  functions()
    .filter((f) => f.lines > limit)
    .sort((a, b) => b.lines - a.lines);

describe('size', () => {
  it(`no function in src/ is over ${LIMIT} lines`, () => {
    const all = functions();
    // the scan found the code: a guard that read nothing would pass
    expect(all.length).toBeGreaterThan(500);
    expect(all.some((f) => f.file === 'src/validate/validate.ts' && f.name === 'validateSpec')).toBe(true);
    const over = all
      .filter((f) => f.lines > LIMIT && !ALLOWED.includes(f.file) && !ALLOWED.includes(`${f.file}:${f.name}`))
      .map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    expect(over).toEqual([]);
  });

  it('the allow-list names no function that is back under the limit', () => {
    const over = longFunctions(LIMIT);
    for (const entry of ALLOWED.filter((e) => e.includes(':')))
      expect(
        over.some((f) => entry === f.file || entry === `${f.file}:${f.name}`),
        entry,
      ).toBe(true);
  });
});
