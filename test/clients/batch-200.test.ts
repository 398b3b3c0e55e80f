// CI at scale (issue 11's acceptance): a repository of 200 generated specs (test/gen-specs.mjs)
// with invalid ones in nested folders; validate and build cover them all, the JSON report fits
// its published schema, the GitHub annotations name each mistake's file and line (found here with
// the YAML parser, not with the code under test), JUnit has a case per spec, --check agrees.
// In test:clients rather than npm test: it builds 200 contracts.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
// @ts-expect-error: a plain ESM script without type declarations
import { writeSpecs } from '../gen-specs.mjs';
import { root } from '../helpers/check.js';
import { run } from '../helpers/cli.js';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'svc-batch200-'));
}

/** Every file under `dir`, relative. */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

describe('a repository of 200 generated specs with invalid ones in nested folders', () => {
  it("validate and build cover them all; the JSON report fits its schema; the annotations name each mistake's file and line", async () => {
    const cwd = tmp();
    const specs = writeSpecs(join(cwd, 'specs'), { count: 200, invalid: 3, seed: 7 }) as Generated[];
    const bad = specs.filter((s) => !s.valid);
    expect(bad).toHaveLength(3);

    const v = await run(['validate', 'specs', '--reporter', 'json'], { cwd });
    expect(v.code).toBe(1);
    const report = JSON.parse(v.stdout) as { summary: { total: number; failed: number }; specs: { file: string; status: string }[] };
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const check = ajv.compile(JSON.parse(readFileSync(join(root, 'schemas', 'report.schema.json'), 'utf8')));
    expect(check(report), JSON.stringify(check.errors)).toBe(true);
    expect(report.summary).toMatchObject({ total: 203, failed: 3 });
    expect(
      report.specs
        .filter((s) => s.status === 'invalid')
        .map((s) => s.file)
        .sort(),
    ).toEqual(bad.map((s) => `specs/${s.path}`).sort());

    const gh = await run(['validate', 'specs', '--reporter', 'github'], { cwd });
    for (const s of bad) {
      const line = lineOf(s.text, s.defect!.path);
      expect(gh.stdout, `${s.path} ${s.defect!.path}`).toMatch(
        new RegExp(
          `^::error file=specs/${s.path.replace(/[.]/g, '\\.')},line=${line},col=\\d+,title=svc-contract ${s.defect!.ruleId.replace(/[/]/g, '\\/')}::`,
          'm',
        ),
      );
    }
    expect(gh.stdout.match(/^::error /gm)).toHaveLength(3);

    const b = await run(['build', 'specs', '--out', 'out', '--jobs', '2', '--reporter', 'junit', '--report-file', 'junit.xml'], { cwd });
    expect(b.code).toBe(1);
    expect(b.stdout).toMatch(/^203 contracts: 200 built, 3 invalid; 3 failed, in/m);
    const built = files(join(cwd, 'out'));
    expect(built.sort()).toEqual(
      specs
        .filter((s) => s.valid)
        .flatMap((s) => ['docx', 'md', 'pdf'].map((f) => s.path.replace(/\.yaml$/, `.${f}`)))
        .sort(),
    );
    const xml = readFileSync(join(cwd, 'junit.xml'), 'utf8');
    expect(xml.match(/<testcase /g)).toHaveLength(203);
    expect(xml.match(/<failure /g)).toHaveLength(3);

    const current = await run(['build', 'specs', '--out', 'out', '--check', '--jobs', '2'], { cwd });
    expect(current.stdout).toMatch(/^203 contracts: 200 current, 3 invalid; 3 failed/m);
  }, 900_000);
});

interface Generated {
  path: string;
  valid: boolean;
  text: string;
  defect?: { kind: string; path: string; ruleId: string };
}

/** The line of a field in a spec's text: its key's line (found with the YAML parser, not the code under test). */
function lineOf(text: string, path: string): number {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const keys = path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const parent = keys.length > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
  const last = keys[keys.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    if (pair && isScalar(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]).line;
  }
  const node = doc.getIn(keys, true);
  if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  throw new Error(`no ${path} in the spec`);
}
