// `svc-contract build <spec|folder|glob...>`: each spec → its contract in the asked formats, under
// --out, mirroring the folders the specs were found in. Only I/O around `convert()` and the build
// keys of src/build-key.ts: read the
// specs and the font files, hand the builds to worker threads (--jobs), write each spec's outputs
// as a set, in the order the specs were named, and report. A spec that fails leaves no file
// behind and its earlier outputs untouched; the others go on unless --fail-fast.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, statfsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildKeyOf, carriesKey, runFingerprint } from '../../build-key.js';
import { parseFormats } from '../../convert.js';
import { escapeControls } from '../../errors/diagnostic.js';
import { said, t } from '../../i18n/messages.js';
import { FORMATS, type Format, type PdfFonts } from '../../writers/index.js';
import { type Config, templatesOf, templateText, textSettings } from '../config.js';
import { type Context, version } from '../context.js';
import { flagFont } from '../fonts.js';
import { expandInputs, parseShard, type SpecInput, shardOf } from '../inputs.js';
import { EXIT, readSpecInput, UsageError } from '../io.js';
import { type Job, type JobResult, type JobSettings, runJob } from '../job.js';
import { InternalError, inOrder, Pool } from '../pool.js';
import { Progress } from '../progress.js';
import { type OutputReport, type SpecReport, summarize } from '../report.js';
import { exitCodeOf, type Reporters, reportersFor } from '../reporters.js';
import { commit, makeFolders, type Output, prepare, removeEmptyFolders, removePending, SPECIAL_FS } from '../write.js';

export interface BuildFlags {
  format?: string;
  out?: string;
  draft?: boolean;
  locale?: string;
  templates?: string;
  fontRegular?: string;
  fontBold?: string;
  /** build in memory and compare with the files in --out: exit 1 listing those that are not current */
  check?: boolean;
  /** skip a spec whose outputs carry this build's key */
  incremental?: boolean;
  jobs?: string;
  failFast?: boolean;
  reporter?: string;
  /** the same as --reporter json (as validate and lint take it) */
  json?: boolean;
  reportFile?: string;
  shard?: string;
  /** a configuration file; false with --no-config */
  config?: string | false;
}

/**
 * The date documents carry: SOURCE_DATE_EPOCH when set (reproducible-build convention), else the
 * spec's signing date (convert's default). Never the clock, so the same spec gives the same bytes.
 */
export function documentDate(epoch: string | undefined): Date | undefined {
  if (epoch === undefined || epoch === '') return undefined;
  // up to 9999-12-31: a date a document property and a PDF can carry
  if (!/^\d{1,12}$/.test(epoch) || Number(epoch) > 253_402_300_799) throw new UsageError(said('usage.source-date-epoch', { given: epoch }));
  return new Date(Number(epoch) * 1000);
}

/** The output folder, made if need be (the levels made are returned); a file, a broken link, /proc or /sys in its place is a usage error. */
function prepareOut(out: string, shown: string): string[] {
  let st;
  try {
    st = lstatSync(out);
  } catch {
    /* does not exist yet: made below */
  }
  if (st?.isSymbolicLink()) {
    try {
      st = statSync(out);
    } catch {
      throw new UsageError(said('usage.out-broken-link', { dir: shown }));
    }
  }
  if (st && !st.isDirectory()) throw new UsageError(said('usage.out-file', { dir: shown }));
  const made = makeFolders(out, `--out ${shown}`);
  try {
    if (SPECIAL_FS.has(statfsSync(out).type)) throw new UsageError(said('usage.out-system', { dir: shown }));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    /* statfs not available here: the writes report what goes wrong */
  }
  return made;
}

export function parseJobs(given: string | number | undefined): number {
  if (given === undefined || given === 'auto') return availableParallelism();
  const n = typeof given === 'number' ? given : /^\d+$/.test(given) ? Number(given) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(said('usage.jobs', { given: String(given) }));
  return n;
}

/** A file's bytes, or none when it cannot be read (an output not written yet). */
function readOrEmpty(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    return new Uint8Array();
  }
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Build's own flags over the configuration file over the defaults (those of every command that builds text: textSettings). */
function settle(flags: BuildFlags, config: Config | undefined) {
  return {
    format: flags.format ?? config?.formats ?? 'md,docx,pdf',
    out: flags.out ?? config?.out ?? '.',
    fontRegular: flags.fontRegular ?? config?.fontRegular,
    fontBold: flags.fontBold ?? config?.fontBold,
    jobs: flags.jobs ?? config?.jobs,
    reporter: flags.json ? 'json' : (flags.reporter ?? config?.reporter ?? 'human'),
  };
}

export async function buildCommand(args: string[], flags: BuildFlags, ctx: Context): Promise<number> {
  const started = performance.now();
  const text = textSettings(flags, ctx.cwd);
  const o = settle(flags, text.config);
  const formats = parseFormats(o.format);
  const date = documentDate(ctx.env.SOURCE_DATE_EPOCH);
  const jobs = parseJobs(o.jobs);
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  const reporters = reportersFor(
    'build',
    o.reporter,
    flags.reportFile,
    ctx,
    { formats, out: o.out, check: flags.check === true, incremental: flags.incremental === true, jobs, shard: flags.shard ?? null },
    // a template's mistake quoted under its line, as diff and preview quote it (read again here: the build may run in a worker)
    { sourceOf: templateText(templatesOf(text)) },
  );
  const skipped: string[] = [];
  let inputs = expandInputs(args, ctx.cwd, skipped);
  for (const f of skipped) ctx.err(t(ctx.lang, 'report.skipped', { file: escapeControls(f) }));
  if (shard) inputs = shardOf(inputs, shard);

  const out = resolve(ctx.cwd, o.out);
  // fonts named by flags are relative to the working folder
  const regular = await flagFont(o.fontRegular, '--font-regular', ctx.cwd);
  const bold = await flagFont(o.fontBold, '--font-bold', ctx.cwd);
  const fonts: Partial<PdfFonts> = { ...(regular ? { body: regular } : {}), ...(bold ? { bold, heading: bold } : {}) };
  // --check writes nothing: the folder must exist already (or every output counts as missing)
  // (and not made for specs that are all missing: their messages are all the run has to say)
  // made early, so that a folder that cannot be made is said before any build; removed at the end
  // if it did not exist and nothing was written into it (an invalid spec leaves no empty folder)
  const madeOut = !flags.check && inputs.some((i) => i.stdin || (i.path !== undefined && existsSync(i.path))) ? prepareOut(out, o.out) : [];

  const settings: JobSettings = {
    formats,
    draft: text.draft,
    ...(text.locale ? { locale: text.locale } : {}),
    ...(date ? { date: date.getTime() } : {}),
    ...(text.templatesDir ? { templatesDir: text.templatesDir, templatesShown: text.templatesShown! } : {}),
    fonts,
    version,
    ...(text.lint ? { lint: text.lint } : {}),
    ...(ctx.hooks.workerExit !== undefined ? { dieOn: ctx.hooks.workerExit } : {}),
  };

  // an interrupt removes the temporaries in flight and ends with 128 + the signal's number; the
  // set being renamed (synchronously) is complete before a handler can run
  const progress = new Progress(ctx, inputs.length);
  const onSignal = (signal: NodeJS.Signals) => {
    removePending(ctx.fs);
    removeEmptyFolders(madeOut);
    progress.clear();
    ctx.err(`svc-contract: ${t(ctx.lang, 'cli.interrupted', { signal })}`);
    process.exit(signal === 'SIGINT' ? EXIT.sigint : EXIT.sigterm);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // worker threads pay off from a few specs on; one spec, or --jobs 1, builds in this thread
  const threads = Math.min(jobs, inputs.length);
  const pool = threads > 1 ? new Pool(threads, settings) : undefined;
  try {
    const reports = await buildAll(inputs, { settings, out, outShown: o.out, pool, limit: threads > 1 ? threads * 3 : 1, reporters, progress }, flags, ctx);
    progress.clear();
    const summary = summarize('build', reports, performance.now() - started);
    reporters.end(summary);
    return exitCodeOf(reports);
  } finally {
    progress.clear();
    await pool?.close();
    removeEmptyFolders(madeOut);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** A test hook (Io.hooks.pauseAt): the build stops there until a signal comes. */
async function pauseAt(stage: NonNullable<Context['hooks']['pauseAt']>, ctx: Context): Promise<void> {
  if (ctx.hooks.pauseAt !== stage) return;
  ctx.err(`svc-contract: paused at ${stage}`);
  await new Promise((resolve) => setTimeout(resolve, 60_000));
}

type Done = { kind: 'report'; report: SpecReport; text?: string } | { kind: 'built'; input: SpecInput; result: Extract<JobResult, { ok: true }>; ms: number };

interface Run {
  settings: JobSettings;
  out: string;
  outShown: string;
  pool: Pool | undefined;
  limit: number;
  reporters: Reporters;
  progress: Progress;
}

/** What every spec of a run shares: the run's settings and flags, where its outputs go, and its key. */
interface RunOf extends Run {
  flags: BuildFlags;
  ctx: Context;
  fingerprint: string;
}

/** Where a spec's output in one format goes: as shown to the user, and resolved. */
function target(run: RunOf, input: SpecInput, f: Format): { shown: string; path: string } {
  const shown = join(run.outShown, `${input.stem}.${FORMATS[f].ext}`);
  return { shown, path: resolve(run.out, `${input.stem}.${FORMATS[f].ext}`) };
}

function base(input: SpecInput, status: SpecReport['status'], ms: number, rest: Partial<SpecReport> = {}): SpecReport {
  return { file: input.file, status, diagnostics: [], outputs: [], durationMs: Math.round(ms), ...rest };
}

async function buildAll(inputs: SpecInput[], run: Run, flags: BuildFlags, ctx: Context): Promise<SpecReport[]> {
  const r: RunOf = { ...run, flags, ctx, fingerprint: runFingerprint(run.settings) };
  const reports: SpecReport[] = [];
  let stop = false;
  const finish = async (done: Done): Promise<void> => {
    const { report, text, unwritable } = done.kind === 'report' ? { ...done, unwritable: false } : await settleBuilt(r, done);
    // a full disk or a folder that cannot be written fails every spec after it too: stop here
    if (unwritable) stop = true;
    reports.push(report);
    run.progress.clear();
    run.reporters.spec(report, text);
    run.progress.tick(report);
    if (flags.failFast && report.status !== 'built' && report.status !== 'current' && report.status !== 'unchanged') stop = true;
  };
  await inOrder(
    inputs,
    run.limit,
    (input) => buildOne(r, input),
    (done) => finish(done),
    () => stop,
    (input) => {
      const report = base(input, 'not-run', 0);
      reports.push(report);
      run.reporters.spec(report);
    },
  );
  return reports;
}

/** One spec read and built (in a worker with --jobs), or its report when it is unreadable, invalid or current. */
async function buildOne(run: RunOf, input: SpecInput): Promise<Done> {
  const { settings, pool, flags, ctx } = run;
  const t0 = performance.now();
  const elapsed = () => performance.now() - t0;
  let bytes: Uint8Array;
  try {
    const read = readSpecInput(input, ctx);
    if ('diagnostics' in read) return { kind: 'report', report: base(input, 'invalid', elapsed(), { diagnostics: read.diagnostics }) };
    bytes = read.bytes;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { kind: 'report', report: base(input, 'unreadable', elapsed(), { error: e.message, ...(e.ref ? { errorRef: e.ref } : {}) }) };
  }
  const key = buildKeyOf(run.fingerprint, bytes);
  if (flags.incremental) {
    // outputs that record this build's key are what the build would write: not built again
    const targets = settings.formats.map((f) => ({ f, ...target(run, input, f) }));
    if (targets.every((t) => carriesKey(readOrEmpty(t.path), t.f, key))) {
      const outputs: OutputReport[] = targets.map((t) => {
        const b = readFileSync(t.path);
        return { format: t.f, path: t.shown, bytes: b.byteLength, sha256: sha256(b), state: flags.check ? 'current' : 'unchanged' };
      });
      return { kind: 'report', report: base(input, flags.check ? 'current' : 'unchanged', elapsed(), { outputs }) };
    }
    // otherwise built in memory and compared, as --check does: an invalid spec is reported as
    // invalid with its diagnostics, not as outputs gone stale
  }
  const job: Job = { file: input.file, path: input.path ?? join(ctx.cwd, 'stdin.yaml'), bytes, buildKey: key };
  let result: JobResult;
  try {
    result = pool ? await pool.run(job) : await runJob(job, settings);
  } catch (e) {
    const detail = e instanceof InternalError ? e.detail : (e as Error).stack;
    if (ctx.env.SVC_CONTRACT_DEBUG && detail) ctx.err(detail);
    return { kind: 'report', report: base(input, 'internal-error', elapsed(), { error: (e as Error).message }) };
  }
  if (!result.ok) {
    if (result.fault === 'usage') return { kind: 'report', report: base(input, 'unreadable', elapsed(), { error: result.message ?? 'cannot be built' }) };
    const status = result.fault === 'bundled-templates' ? 'internal-error' : 'invalid';
    const report = base(input, status, elapsed(), {
      diagnostics: result.diagnostics,
      ...(status === 'internal-error' ? { error: 'a bundled template failed' } : {}),
    });
    return { kind: 'report', report, ...(result.text !== undefined ? { text: result.text } : {}) };
  }
  return { kind: 'built', input, result, ms: elapsed() };
}

/** A built spec's outputs compared with --out (--check) or written there as a set. */
async function settleBuilt(run: RunOf, done: Extract<Done, { kind: 'built' }>): Promise<{ report: SpecReport; text: string | undefined; unwritable: boolean }> {
  const { flags, ctx } = run;
  const { formats } = run.settings;
  const { input, result } = done;
  const t0 = performance.now();
  const text = result.text;
  const outputs: Output[] = formats.map((f) => ({ ...target(run, input, f), bytes: result.outputs[f]! }));
  const reported =
    (state: OutputReport['state']) =>
    (x: Output): OutputReport => ({ format: formats[outputs.indexOf(x)]!, path: x.shown, bytes: x.bytes.byteLength, sha256: sha256(x.bytes), state });
  const facts = { type: result.type, draft: result.draft, blanks: result.blanks, diagnostics: result.warnings };
  if (flags.check) {
    // like `prettier --check`: what would change, nothing written
    const states = outputs.map((x): OutputReport['state'] => {
      try {
        return readFileSync(x.path).equals(Buffer.from(x.bytes)) ? 'current' : 'stale';
      } catch {
        return 'missing';
      }
    });
    const listed = outputs.map((x, i) => reported(states[i]!)(x));
    const status = states.every((s) => s === 'current') ? 'current' : 'stale';
    return { report: base(input, status, done.ms + performance.now() - t0, { ...facts, outputs: listed }), text, unwritable: false };
  }
  try {
    for (const x of outputs) makeFolders(dirname(x.path), join(run.outShown, dirname(input.stem)), run.out);
    await pauseAt('before-write', ctx);
    const prepared = prepare(outputs, ctx.fs);
    await pauseAt('after-temps', ctx);
    commit(prepared);
    return { report: base(input, 'built', done.ms + performance.now() - t0, { ...facts, outputs: outputs.map(reported('written')) }), text, unwritable: false };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return {
      report: base(input, 'unwritable', done.ms + performance.now() - t0, { ...facts, error: e.message, ...(e.ref ? { errorRef: e.ref } : {}) }),
      text,
      unwritable: true,
    };
  }
}
