// Speed, memory and size figures, printed, never asserted (this machine is shared and noisy).
// Run after `npm ci` (dist/ built): npm run bench
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'svc-contract.js');
const out = mkdtempSync(join(tmpdir(), 'svc-bench-'));

/** Run the CLI under GNU time when there is one, for the peak memory too. */
function run(args) {
  const t0 = process.hrtime.bigint();
  const timed = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (timed.error) {
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    return { ms, kb: NaN, code: r.status };
  }
  const kb = Number(timed.stderr.trim().split('\n').pop());
  return { ms, kb, code: timed.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
const repeat = Number(process.env.BENCH_REPEAT ?? 3);

rows.push(['svc-contract --help', ...figures(() => run(['--help']))]);
for (const f of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort()) {
  const spec = join(root, 'examples', f);
  rows.push([`validate ${f}`, ...figures(() => run(['validate', spec]))]);
  for (const format of ['md', 'docx', 'pdf']) {
    rows.push([`build ${f} --format ${format}`, ...figures(() => run(['build', spec, '--format', format, '--out', out]))]);
  }
  const pdf = join(out, f.replace('.yaml', '.pdf'));
  const pages = (readFileSync(pdf, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
  console.log(`${f}: pdf ${(statSync(pdf).size / 1024).toFixed(0)} KB, ${pages} pages; docx ${(statSync(pdf.replace('.pdf', '.docx')).size / 1024).toFixed(0)} KB`);
}
for (const f of readdirSync(join(root, 'test', 'fixtures', 'bad')).sort()) {
  rows.push([`validate bad/${f}`, ...figures(() => run(['validate', join(root, 'test', 'fixtures', 'bad', f)]))]);
}

function figures(fn) {
  const rs = Array.from({ length: repeat }, fn);
  return [median(rs.map((r) => r.ms)).toFixed(0), median(rs.map((r) => r.kb)).toFixed(0), rs[0].code];
}

console.log(`\n${'command'.padEnd(58)} ${'ms'.padStart(7)} ${'peak KB'.padStart(9)} exit`);
for (const [name, ms, kb, code] of rows) console.log(`${name.padEnd(58)} ${ms.padStart(7)} ${kb.padStart(9)} ${code}`);
console.log(`\n(median of ${repeat} runs each; outputs in ${out})`);
