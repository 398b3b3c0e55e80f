// Speed, memory and size figures against the targets of issues 8 and 11, printed and written to
// bench/results.json, never asserted (this machine is shared and noisy: the load average is printed
// with the figures). Run after `npm ci` (dist/ built and bundled): npm run bench
//   1. cold one-shot commands per example: validate, build --format md|docx|pdf and all three,
//      each as a ratio to `node -e 0` timed in the same run (hyperfine when installed, else a
//      timing loop of its own); the peak RSS of a full build and the PDF's size;
//   2. a batch of generated specs (test/gen-specs.mjs, all five types): contracts per second and
//      peak RSS of `build DIR --jobs 1` (in-process) and `--jobs <cores>` (worker threads), then
//      `--check` of the same specs against those outputs, and `validate DIR`;
//   3. the cost of each stage inside one warm process, from the compiled stages in dist/;
//   4. when installed, `pandoc x.md -o x.docx` and `libreoffice --headless --convert-to pdf x.docx`,
//      one process per document as users script them, as ratios to a contract of the batch;
//   5. the live preview's re-render on save: `svc-contract preview` on a copy of each example, the
//      spec saved with a changed amount BENCH_SAVES times, from the write to the Server-Sent Event
//      carrying the new contract arriving at a client (the page's own stream), as users feel it.
// Whole-process times are medians of BENCH_RUNS runs after a warm-up; peak RSS is the largest
// resident set of any run, of the whole process tree: GNU time's figure (right for worker threads,
// which share the process) or the sum over the tree sampled from /proc, whichever is larger.
//   BENCH_RUNS=5          runs per command (at least 5 for the issue's figures)
//   BENCH_PARTS=1,2,3,4,5 which parts
//   BENCH_SAVES=20        saves per example in part 5
//   BENCH_EXAMPLES=a,b    which examples/*.yaml in parts 1, 3 and 4 (all by default)
//   BENCH_BATCH=200       specs in the batch; BENCH_JOBS=n the second batch's --jobs (all cores)
//   BENCH_TOOLS=0         skip pandoc and LibreOffice
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSpecs } from './gen-specs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'svc-contract.js');
const out = mkdtempSync(join(tmpdir(), 'svc-bench-'));
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const parts = new Set((process.env.BENCH_PARTS ?? '1,2,3,4,5').split(',').map((s) => s.trim()));
const batchSize = Number(process.env.BENCH_BATCH ?? 200);
const cores = availableParallelism();
const jobs = Number(process.env.BENCH_JOBS ?? cores);
const node = process.execPath;

const which = (cmd) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((d) => join(d, cmd))
    .find((p) => existsSync(p));
const hyperfine = which('hyperfine');
const pandoc = process.env.BENCH_TOOLS === '0' ? undefined : which('pandoc');
const office = process.env.BENCH_TOOLS === '0' ? undefined : (which('libreoffice') ?? which('soffice'));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const loadAtStart = load();

// ── the table ───────────────────────────────────────────────────────────────────────────────────
const rows = [];
const results = {
  node: process.version,
  cores,
  runs,
  loadAverage: { start: loadAtStart },
  date: new Date().toISOString(),
  commit: git('rev-parse', 'HEAD'),
  parts: {},
};
/** verdict: true (meets the target), false (misses it), undefined (no target) */
const row = (what, figure, ratio, target, ok) => rows.push({ what, figure, ratio, target, verdict: ok === undefined ? '' : ok ? 'ok' : 'missed' });
const section = (title) => rows.push({ section: title });
const ms = (s) => `${(s * 1000).toFixed(0)} ms`;

function git(...args) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

// ── timing whole processes ──────────────────────────────────────────────────────────────────────
/** Median seconds of each command ([file, ...args]); hyperfine when installed. */
function time(commands, n = runs, warmup = 2) {
  if (hyperfine) {
    const json = join(out, 'hyperfine.json');
    const quote = (a) => (/^[\w./:=,+-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
    const r = spawnSync(
      hyperfine,
      ['-N', '--warmup', String(warmup), '--runs', String(n), '--export-json', json, ...commands.map((c) => c.map(quote).join(' '))],
      { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
    );
    // its warnings (a slow first run, outliers) would break up the table; shown when it fails
    if (r.status !== 0) throw new Error(`hyperfine failed (${r.status}): ${r.stderr}`);
    return JSON.parse(readFileSync(json, 'utf8')).results.map((x) => x.median);
  }
  // no hyperfine: the same commands in turn, n times, after the warm-up runs
  const times = commands.map(() => []);
  for (let w = 0; w < warmup; w++) for (const c of commands) spawnSync(c[0], c.slice(1), { stdio: 'ignore' });
  for (let i = 0; i < n; i++) {
    commands.forEach((c, j) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(c[0], c.slice(1), { stdio: 'ignore' });
      times[j].push(Number(process.hrtime.bigint() - t0) / 1e9);
      if (r.status !== 0) throw new Error(`${c.join(' ')}: exit ${r.status}`);
    });
  }
  return times.map(median);
}

/** Resident set (bytes) of a process and all its descendants, from /proc (0 where there is none). */
function treeRss(pid) {
  if (!existsSync('/proc/self/stat')) return 0;
  const children = new Map();
  const rss = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // fields after the command name, which is in parentheses and may hold spaces
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(f[1]);
      rss.set(Number(d), Number(f[21]) * 4096);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  let sum = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    sum += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return sum;
}

/**
 * One run of the CLI as its own process: wall seconds, peak RSS (MB) of the process tree, exit
 * code and standard output. GNU time reports the largest process's peak; the tree is sampled too.
 */
function runCli(args) {
  return new Promise((resolve, reject) => {
    const argv = gnuTime ? [gnuTime, ['-f', '%M', node, bin, ...args]] : [node, [bin, ...args]];
    const t0 = process.hrtime.bigint();
    const child = spawn(argv[0], argv[1], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    let sampled = 0;
    const timer = setInterval(() => (sampled = Math.max(sampled, treeRss(child.pid))), 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const reported = gnuTime ? Number(stderr.trim().split('\n').pop()) * 1024 : 0;
      resolve({ seconds, mb: Math.max(reported, sampled) / 1e6, code, stdout, stderr });
    });
  });
}

/** Median wall time and the largest peak RSS of `n` runs after one warm-up run. */
async function batchRuns(args, n = runs, expectCode = 0) {
  const all = [];
  for (let i = 0; i <= n; i++) {
    const r = await runCli(args);
    if (r.code !== expectCode) throw new Error(`svc-contract ${args.join(' ')}: exit ${r.code}\n${r.stderr.slice(-2000)}`);
    if (i > 0) all.push(r);
  }
  return {
    seconds: median(all.map((r) => r.seconds)),
    mb: Math.max(...all.map((r) => r.mb)),
    last: all.at(-1),
    runs: all.map((r) => ({ seconds: r.seconds, mb: r.mb })),
  };
}

/** Peak resident memory (MB) of one run of the CLI. */
async function peakMb(args) {
  return (await runCli(args)).mb;
}

const only = process.env.BENCH_EXAMPLES?.split(',').map((s) => s.trim().replace(/\.yaml$/, ''));
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.yaml') && (!only || only.includes(f.slice(0, -5))))
  .sort();
const baseline = [node, '-e', '0'];

// ── 1. cold one-shot commands ───────────────────────────────────────────────────────────────────
if (parts.has('1')) {
  section('1. cold commands, one process each (ratio to node -e 0 in the same run)');
  const part = (results.parts.cold = []);
  for (const f of examples) {
    const spec = join(root, 'examples', f);
    const name = f.replace(/\.yaml$/, '');
    const build = (format) => [node, bin, 'build', spec, ...(format ? ['--format', format] : []), '--out', out];
    const [base, validate, md, docx, pdf, full] = time([baseline, [node, bin, 'validate', spec], build('md'), build('docx'), build('pdf'), build()]);
    const ratio = (t) => t / base;
    row(`node -e 0 (baseline of ${name})`, ms(base), '1.00×', '', undefined);
    row(`validate ${name}`, ms(validate), `${ratio(validate).toFixed(2)}×`, '≤ 2×', ratio(validate) <= 2);
    row(`build ${name} --format md`, ms(md), `${ratio(md).toFixed(2)}×`, '≤ 3×', ratio(md) <= 3);
    row(`build ${name} --format docx`, ms(docx), `${ratio(docx).toFixed(2)}×`, '', undefined);
    row(`build ${name} --format pdf`, ms(pdf), `${ratio(pdf).toFixed(2)}×`, '', undefined);
    row(`build ${name} (md, docx, pdf)`, ms(full), `${ratio(full).toFixed(2)}×`, '≤ 8×', ratio(full) <= 8);
    const mb = await peakMb(['build', spec, '--out', out]);
    row(`peak RSS, build ${name}`, `${mb.toFixed(0)} MB`, '', '≤ 150 MB', mb <= 150);
    const pdfFile = join(out, `${name}.pdf`);
    const kb = statSync(pdfFile).size / 1024;
    const pages = (readFileSync(pdfFile, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
    row(`PDF ${name}.pdf (${pages} pages)`, `${kb.toFixed(0)} KB`, '', '≤ 150 KB', kb <= 150);
    part.push({ example: name, seconds: { node: base, validate, md, docx, pdf, full }, peakRssMb: mb, pdfKb: kb, pages });
  }
}

// ── 2. a batch of generated specs ───────────────────────────────────────────────────────────────
/** seconds per contract of the batch with all cores, for part 4's ratios */
let perContract;
if (parts.has('2')) {
  section(`2. batch of ${batchSize} generated specs (test/gen-specs.mjs), whole process, md + docx + pdf`);
  const specs = join(out, 'specs');
  const built = join(out, 'built');
  writeSpecs(specs, { count: batchSize, seed: 1 });
  const part = (results.parts.batch = { specs: batchSize });
  for (const n of [...new Set([1, jobs])]) {
    const r = await batchRuns(['build', specs, '--out', built, '--jobs', String(n), '--reporter', 'json']);
    const report = JSON.parse(r.last.stdout);
    if (report.summary.failed !== 0) throw new Error(`the batch failed for ${report.summary.failed} specs`);
    const rate = batchSize / r.seconds;
    const label = n === 1 ? '--jobs 1 (in-process)' : `--jobs ${n} (worker threads)`;
    const all = n === cores;
    row(
      `build ${label}: contracts per second`,
      `${rate.toFixed(1)} /s`,
      `${ms(r.seconds / batchSize)} each`,
      all ? '≥ 30 /s (aim 50)' : '',
      all ? rate >= 30 : undefined,
    );
    row(`build ${label}: peak RSS`, `${r.mb.toFixed(0)} MB`, '', '≤ 400 MB', r.mb <= 400);
    part[`jobs${n}`] = { seconds: r.seconds, perSecond: rate, peakRssMb: r.mb, runs: r.runs };
    if (all) perContract = r.seconds / batchSize;
  }
  perContract ??= part[`jobs${jobs}`].seconds / batchSize;
  // the outputs are current now: --check builds in memory and compares; --incremental trusts the recorded builds
  const check = await batchRuns(['build', specs, '--out', built, '--check']);
  row(`build --check of ${batchSize} current specs`, `${check.seconds.toFixed(2)} s`, '', '≤ 5 s', check.seconds <= 5);
  const quick = await batchRuns(['build', specs, '--out', built, '--check', '--incremental']);
  row(`build --check --incremental of ${batchSize}`, `${quick.seconds.toFixed(2)} s`, '', '', undefined);
  const validate = await batchRuns(['validate', specs]);
  row(`validate ${batchSize} specs`, `${validate.seconds.toFixed(2)} s`, `${(batchSize / validate.seconds).toFixed(0)} /s`, '', undefined);
  Object.assign(part, {
    check: { seconds: check.seconds, peakRssMb: check.mb },
    checkIncremental: { seconds: quick.seconds },
    validate: { seconds: validate.seconds, peakRssMb: validate.mb },
  });
}

// ── 3. stage by stage, inside one warm process ──────────────────────────────────────────────────
if (parts.has('3')) {
  section('3. each stage inside one warm process (median per contract over the examples)');
  const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
  const [
    { loadSpec },
    { validateSpec },
    { renderMarkdown },
    { buildDocument },
    { parseMarkdown },
    { decideLayout },
    { typeset },
    { bundledTemplates, bundledFonts, packageVersion },
    { FORMATS },
    { convert },
  ] = await Promise.all(
    [
      'load/load.js',
      'validate/validate.js',
      'render/render.js',
      'pipeline.js',
      'parse/from-markdown.js',
      'layout/decide.js',
      'layout/typeset.js',
      'assets.js',
      'writers/index.js',
      'convert.js',
    ].map(dist),
  );
  const writers = { md: await FORMATS.md.load(), docx: await FORMATS.docx.load(), pdf: await FORMATS.pdf.load() };
  // the typesetter measured on its own, with the bundled faces' advances (as the PDF writer gives them)
  const { create } = await import('fontkit');
  const faces = bundledFonts();
  const fk = { body: create(faces.body.bytes), bold: create(faces.bold.bytes), heading: create(faces.heading.bytes) };
  const widths = new Map();
  const measure = (ch, face, size) => {
    const key = face + ch;
    let w = widths.get(key);
    if (w === undefined) widths.set(key, (w = fk[face].glyphForCodePoint(ch.codePointAt(0)).advanceWidth / fk[face].unitsPerEm));
    return w * size;
  };
  const texts = examples.map((f) => ({ file: f, bytes: readFileSync(join(root, 'examples', f)) }));
  const samples = {};
  const add = (k, t) => (samples[k] ??= []).push(t);
  const clock = (fn) => {
    const t0 = performance.now();
    const v = fn();
    return [v, performance.now() - t0];
  };
  const clockAsync = async (fn) => {
    const t0 = performance.now();
    const v = await fn();
    return [v, performance.now() - t0];
  };
  const rounds = Math.max(runs, 5) * 2;
  for (let round = -2; round < rounds; round++) {
    for (const { file, bytes } of texts) {
      const [loaded, tLoad] = clock(() => loadSpec(bytes, file));
      const [validated, tValidate] = clock(() => validateSpec(loaded.spec, {}));
      const { contract } = validated;
      const templates = bundledTemplates(contract.type.id);
      const [, tRender] = clock(() => renderMarkdown(contract, templates));
      const [{ doc, markdown }, tBuild] = await clockAsync(() => buildDocument(contract, templates));
      const [, tParse] = clock(() => parseMarkdown(markdown));
      const [, tDecide] = clock(() => decideLayout(doc));
      const [, tTypeset] = clock(() => typeset(doc, measure));
      const options = {
        version: packageVersion(),
        specHash: '0'.repeat(64),
        date: new Date('2026-01-01T00:00:00Z'),
        docxFonts: { body: contract.spec.fonts.body, heading: contract.spec.fonts.heading },
        pdfFonts: faces,
      };
      const [, tMd] = await clockAsync(() => writers.md(doc, options));
      const [, tDocx] = await clockAsync(() => writers.docx(doc, options));
      const [, tPdf] = await clockAsync(() => writers.pdf(doc, options));
      const [, tConvert] = await clockAsync(() => convert(bytes, { file }));
      if (round < 0) continue; // warm-up
      add('load', tLoad);
      add('validate', tValidate);
      add('render', tRender);
      add('parse', tParse);
      add('tree', Math.max(0, tBuild - tRender - tParse - tDecide));
      add('layout', tDecide + tTypeset);
      add('md', tMd);
      add('docx', tDocx);
      add('pdf', tPdf);
      add('convert', tConvert);
    }
  }
  const labels = {
    load: 'load (YAML with positions)',
    validate: 'validate (schema and rules)',
    render: 'render (templates → Markdown)',
    parse: 'parse (Markdown → mdast)',
    tree: 'tree (mdast → tree, clauses, numbers)',
    layout: 'layout (decide + typeset the pages)',
    md: 'md writer',
    docx: 'docx writer',
    pdf: 'pdf writer (typesets again, embeds the faces)',
    convert: 'convert(), all of it, md + docx + pdf',
  };
  const part = (results.parts.stages = {});
  const total = median(samples.convert);
  for (const [k, label] of Object.entries(labels)) {
    const m = median(samples[k]);
    part[k] = m;
    row(label, `${m.toFixed(1)} ms`, k === 'convert' ? '' : `${((100 * m) / total).toFixed(0)}%`, '', undefined);
  }
}

// ── 4. the tools users script today, one process per document ───────────────────────────────────
if (parts.has('4') && examples.length && (pandoc || office)) {
  section('4. for comparison: one process per document, as users script it today');
  const name = examples[0].replace(/\.yaml$/, '');
  const tools = join(out, 'tools');
  mkdirSync(tools, { recursive: true });
  const r = spawnSync(node, [bin, 'build', join(root, 'examples', examples[0]), '--format', 'md,docx', '--out', tools], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`build ${examples[0]}: exit ${r.status}`);
  const [md, docx] = [join(tools, `${name}.md`), join(tools, `${name}.docx`)];
  const profile = join(tmpdir(), 'lo-bench');
  const commands = [];
  if (pandoc) commands.push(['pandoc', `pandoc ${name}.md -o x.docx`, [pandoc, md, '-o', join(tools, 'pandoc.docx')]]);
  // its own profile, or it fails while another LibreOffice runs
  if (office)
    commands.push([
      'libreoffice',
      `libreoffice --headless --convert-to pdf ${name}.docx`,
      [office, '--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', join(tools, 'lo'), docx],
    ]);
  const seconds = time(
    commands.map(([, , c]) => c),
    runs,
    1,
  );
  const part = (results.parts.tools = {});
  commands.forEach(([id, what], i) => {
    const s = seconds[i];
    part[id] = { seconds: s, ...(perContract ? { timesOurBatchContract: s / perContract } : {}) };
    if (!perContract) return row(what, ms(s), '', '(comparison)', undefined);
    const x = s / perContract;
    if (id === 'pandoc') row(`${what}, per document`, ms(s), `${x.toFixed(1)}× a batch contract`, 'a contract takes less: > 1×', x > 1);
    else row(`${what}, per document`, ms(s), `${x.toFixed(0)}× a batch contract`, '≥ 50×', x >= 50);
  });
}

// ── 5. the live preview: a save to the page ───────────────────────────────────────────────────────
if (parts.has('5')) {
  section('5. preview: a save of the spec to the new contract at the page (write → Server-Sent Event), one warm process');
  const { capitals, figures } = await import(pathToFileURL(join(root, 'dist', 'text', 'money.js')).href);
  const saves = Math.max(5, Number(process.env.BENCH_SAVES ?? 20));
  const part = (results.parts.preview = {});
  const quantile = (xs, q) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  };
  for (const f of examples) {
    const name = f.replace(/\.yaml$/, '');
    const dir = join(out, 'preview', name);
    mkdirSync(dir, { recursive: true });
    const spec = join(dir, f);
    const text = readFileSync(join(root, 'examples', f), 'utf8');
    // the first amount with its capitals beside it (or alone), changed on every save
    const m = /^(\s+)amount: (\d+)\n(?:\1inWords: .*\n)?/m.exec(text);
    if (!m) {
      row(`preview ${name}: no amount to change`, '', '', '', undefined);
      continue;
    }
    const withAmount = (n) => text.replace(m[0], `${m[1]}amount: ${n}\n${m[0].includes('inWords:') ? `${m[1]}inWords: ${capitals(n)}\n` : ''}`);
    writeFileSync(spec, text);
    const child = spawn(node, [bin, 'preview', spec, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    child.stdout.on('data', (c) => (printed += c));
    child.stderr.on('data', (c) => (printed += c));
    try {
      const url = await new Promise((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`preview ${name} printed no address: ${printed}`)), 60_000);
        const poll = setInterval(() => {
          const u = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed)?.[0];
          if (u) {
            clearInterval(poll);
            clearTimeout(timer);
            ok(u);
          }
        }, 5);
        child.on('exit', (code) => fail(new Error(`preview ${name} exited ${code}: ${printed}`)));
      });
      // a client of the page's own event stream: each frame as it arrives, with the time it came
      const controller = new AbortController();
      const res = await fetch(`${url}events?since=-1`, { signal: controller.signal });
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      const frames = [];
      let buffer = '';
      const pumping = (async () => {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          const at = performance.now();
          buffer += value;
          let end;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (frame.startsWith('event: contract')) frames.push({ at, data: frame });
          }
        }
      })().catch(() => undefined);
      const waitFor = async (test, ms = 30_000) => {
        const deadline = performance.now() + ms;
        for (;;) {
          const i = frames.findIndex((x) => test(x.data));
          if (i !== -1) return frames.splice(0, i + 1).at(-1);
          if (performance.now() > deadline) throw new Error(`preview ${name}: no new contract ${ms} ms after a save`);
          await new Promise((r) => setTimeout(r, 1));
        }
      };
      await waitFor(() => true);
      const latencies = [];
      const base = Number(m[2]);
      // the first saves warm the process (as a session's first saves do); then the measured ones
      for (let i = -3; i < saves; i++) {
        const amount = base + 101 + i + 3;
        const shown = figures(amount);
        await new Promise((r) => setTimeout(r, 150));
        const t0 = performance.now();
        writeFileSync(spec, withAmount(amount));
        const got = await waitFor((d) => d.includes(shown));
        if (i >= 0) latencies.push(got.at - t0);
      }
      controller.abort();
      await pumping;
      const renders = [...printed.matchAll(/rendered in (\d+) ms/g)].slice(4).map((x) => Number(x[1]));
      const med = median(latencies);
      const p90 = quantile(latencies, 0.9);
      row(`preview ${name}: save → page, median of ${saves}`, `${med.toFixed(0)} ms`, `p90 ${p90.toFixed(0)} ms`, '≤ 150 ms', med <= 150);
      row(`preview ${name}: of which the rendering (convert, html)`, `${median(renders).toFixed(0)} ms`, `debounce 60 ms`, '', undefined);
      part[name] = { saves, medianMs: med, p90Ms: p90, renderMedianMs: median(renders), latenciesMs: latencies };
    } finally {
      child.kill('SIGINT');
      await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)));
    }
  }
}

// ── the table and the results file ──────────────────────────────────────────────────────────────
results.loadAverage.end = load();
results.rows = rows.filter((r) => !r.section);
const cols = ['what', 'figure', 'ratio', 'target', 'verdict'];
const plainRows = rows.filter((r) => !r.section);
const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...plainRows.map((r) => [...r[c]].length))]));
const line = (r) => cols.map((c, i) => (i === 0 ? r[c].padEnd(width[c]) : r[c].padStart(width[c]))).join('  ');
console.log(line({ what: 'what', figure: 'median', ratio: 'ratio / share', target: 'target', verdict: '' }));
for (const r of rows) console.log(r.section ? `\n${r.section}` : line(r));
console.log(
  `\n${hyperfine ? 'hyperfine' : 'own timing loop'}, ${runs} runs after a warm-up, median; peak RSS ${gnuTime ? 'from GNU time and' : 'from'} the process tree in /proc; node ${process.version}, ${cores} cores; load average ${loadAtStart} at the start, ${results.loadAverage.end} at the end`,
);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('written: bench/results.json');
rmSync(out, { recursive: true, force: true });
