// Speed, memory and size figures against the targets of issue 8, printed, never asserted (this
// machine is shared and noisy). Times are cold one-shot commands, each as a ratio to `node -e 0`
// measured in the same run, with hyperfine when installed (else a timing loop of its own).
// Run after `npm ci` (dist/ built and bundled): npm run bench
//   BENCH_RUNS=10      runs per command (hyperfine --runs), after 2 warm-up runs
//   BENCH_EXAMPLES=a,b which examples/*.yaml (all by default)
//   BENCH_TOOLS=0      skip pandoc and LibreOffice, timed on the first example for comparison
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'svc-contract.js');
const out = mkdtempSync(join(tmpdir(), 'svc-bench-'));
const runs = Number(process.env.BENCH_RUNS ?? 10);
const node = process.execPath;

const which = (cmd) => (process.env.PATH ?? '').split(delimiter).map((d) => join(d, cmd)).find((p) => existsSync(p));
const hyperfine = which('hyperfine');
const pandoc = which('pandoc');
const office = which('libreoffice') ?? which('soffice');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Mean seconds of each command ([file, ...args]), the first being the baseline. */
function time(commands, n = runs) {
  if (hyperfine) {
    const json = join(out, 'hyperfine.json');
    const quote = (a) => (/^[\w./:=,+-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
    const r = spawnSync(hyperfine, ['-N', '--warmup', '2', '--runs', String(n), '--export-json', json, ...commands.map((c) => c.map(quote).join(' '))], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    // its warnings (a slow first run, outliers) would break up the table; shown when it fails
    if (r.status !== 0) throw new Error(`hyperfine failed (${r.status}): ${r.stderr}`);
    return JSON.parse(readFileSync(json, 'utf8')).results.map((x) => x.mean);
  }
  // no hyperfine: the same commands in turn, n times, after a warm-up run each
  const total = commands.map(() => 0);
  for (const c of commands) spawnSync(c[0], c.slice(1), { stdio: 'ignore' });
  for (let i = 0; i < n; i++) {
    commands.forEach((c, j) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(c[0], c.slice(1), { stdio: 'ignore' });
      total[j] += Number(process.hrtime.bigint() - t0) / 1e9;
      if (r.status !== 0) throw new Error(`${c.join(' ')}: exit ${r.status}`);
    });
  }
  return total.map((t) => t / n);
}

/** Peak resident memory (MB) of one run of the CLI: GNU time when there is one, else the process's own count. */
function peakMb(args) {
  if (gnuTime) {
    const r = spawnSync(gnuTime, ['-f', '%M', node, bin, ...args], { encoding: 'utf8' });
    return Number(r.stderr.trim().split('\n').pop()) / 1024;
  }
  const probe = `process.on('exit', () => require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS))); process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...process.argv.slice(1)]; import(${JSON.stringify(bin)});`;
  const r = spawnSync(node, ['-e', probe, ...args], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  return Number(r.output[3]) / 1024;
}

const rows = [];
const row = (what, figure, ratio, target, ok) => rows.push({ what, figure, ratio, target, verdict: ok === undefined ? '' : ok ? 'ok' : 'over' });
const baseline = [node, '-e', '0'];

const only = process.env.BENCH_EXAMPLES?.split(',').map((s) => s.trim().replace(/\.yaml$/, ''));
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml') && (!only || only.includes(f.slice(0, -5)))).sort();
for (const f of examples) {
  const spec = join(root, 'examples', f);
  const [base, validate, md, full] = time([baseline, [node, bin, 'validate', spec], [node, bin, 'build', spec, '--format', 'md', '--out', out], [node, bin, 'build', spec, '--out', out]]);
  const ratio = (t) => t / base;
  row(`node -e 0 (baseline of ${f})`, `${(base * 1000).toFixed(0)} ms`, '1.00×', '', undefined);
  row(`validate ${f}`, `${(validate * 1000).toFixed(0)} ms`, `${ratio(validate).toFixed(2)}×`, '≤ 2×', ratio(validate) <= 2);
  row(`build ${f} --format md`, `${(md * 1000).toFixed(0)} ms`, `${ratio(md).toFixed(2)}×`, '≤ 3×', ratio(md) <= 3);
  row(`build ${f} (md, docx, pdf)`, `${(full * 1000).toFixed(0)} ms`, `${ratio(full).toFixed(2)}×`, '≤ 8×', ratio(full) <= 8);
  const mb = peakMb(['build', spec, '--out', out]);
  row(`peak RSS, build ${f}`, `${mb.toFixed(0)} MB`, '', '≤ 150 MB', mb <= 150);
  const pdf = join(out, f.replace(/\.yaml$/, '.pdf'));
  const kb = statSync(pdf).size / 1024;
  const pages = (readFileSync(pdf, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
  row(`PDF ${f.replace(/\.yaml$/, '.pdf')} (${pages} pages)`, `${kb.toFixed(0)} KB`, '', '≤ 150 KB', kb <= 150);
}

// for comparison: what a pipeline through pandoc or LibreOffice would cost for the same contract
if (process.env.BENCH_TOOLS !== '0' && examples.length && (pandoc || office)) {
  const name = examples[0].replace(/\.yaml$/, '');
  const [md, docx] = [join(out, `${name}.md`), join(out, `${name}.docx`)];
  const profile = join(tmpdir(), 'lo-bench');
  const tools = [];
  if (pandoc) tools.push([`pandoc ${name}.md -o x.docx`, [pandoc, md, '-o', join(out, 'pandoc.docx')]]);
  // its own profile, or it fails while another LibreOffice runs
  if (office) tools.push([`libreoffice --convert-to pdf ${name}.docx`, [office, '--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', join(out, 'lo'), docx]]);
  const [base, ...means] = time([baseline, ...tools.map(([, c]) => c)], Math.min(runs, 3));
  row(`node -e 0 (baseline of the tools)`, `${(base * 1000).toFixed(0)} ms`, '1.00×', '', undefined);
  tools.forEach(([what], i) => row(what, `${(means[i] * 1000).toFixed(0)} ms`, `${(means[i] / base).toFixed(2)}×`, '(comparison)', undefined));
}

const cols = ['what', 'figure', 'ratio', 'target', 'verdict'];
const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => [...r[c]].length))]));
const line = (r) => cols.map((c, i) => (i === 0 ? r[c].padEnd(width[c]) : r[c].padStart(width[c]))).join('  ');
console.log(line({ what: 'command', figure: 'mean', ratio: '× node', target: 'target', verdict: '' }));
for (const r of rows) console.log(line(r));
console.log(`\n${hyperfine ? `hyperfine, ${runs} runs` : `own timing loop, ${runs} runs`} each, mean; peak RSS ${gnuTime ? 'from GNU time' : 'from process.resourceUsage()'}; node ${process.version}`);
rmSync(out, { recursive: true, force: true });
