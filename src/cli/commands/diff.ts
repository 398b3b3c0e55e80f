// `svc-contract diff <old> <new>` / `diff <spec> --base <rev>`: the redline between two versions
// of a contract. Only I/O around the library's compareSpecs() (src/redline.ts): read the two specs (one of them from
// git, `git show <rev>:<path>`), validate both, print the changed clauses, and with --out write
// the redline as tracked-change DOCX, marked PDF and a Markdown diff for pull requests.
// Exit 0 when the two are the same contract, 1 when they differ, 2 on any error.
import { createHash } from 'node:crypto';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseFormats } from '../../convert.js';
import { redlineMarkdown } from '../../diff/markdown.js';
import { changeLine, clauseName, clauseNumber } from '../../diff/summary.js';
import { exitCodeIn, kindOfFault } from '../../errors/exit.js';
import { localizeDiagnostic } from '../../i18n/localize.js';
import { said, t } from '../../i18n/messages.js';
import { compareSpecs, type DocumentDiff, type SpecSide, versionName } from '../../redline.js';
import { templateSources } from '../../render/render.js';
import type { Format } from '../../writers/index.js';
import { templatesOf, textSettings } from '../config.js';
import type { Context } from '../context.js';
import { version } from '../context.js';
import { readFontFile } from '../fonts.js';
import { gitCommitLabel, gitShow } from '../git.js';
import { EXIT, readSpecFile, UsageError } from '../io.js';
import { DIFF_REPORT_SCHEMA } from '../report-schema.js';
import { makeFolders, type Output, writeSet } from '../write.js';
import { documentDate } from './build.js';
import { printDiagnostics } from './specs.js';

export interface DiffFlags {
  base?: string;
  out?: string;
  format?: string;
  reporter?: string;
  draft?: boolean;
  locale?: string;
  templates?: string;
  /** a configuration file; false with --no-config */
  config?: string | false;
}

type Side = SpecSide;

export async function diffCommand(args: string[], flags: DiffFlags, ctx: Context): Promise<number> {
  const reporter = flags.reporter ?? 'human';
  if (reporter !== 'human' && reporter !== 'json') throw new UsageError(said('usage.diff-reporter', { given: reporter }));
  // the locale, templates and draft as every command settles them (the settings file under the flags)
  const settings = textSettings(flags, ctx.cwd);
  const formats: Format[] = flags.format === undefined ? ['md', 'docx', 'pdf'] : parseFormats(flags.format);
  const [before, after] = sides(args, flags, ctx);

  const date = documentDate(ctx.env.SOURCE_DATE_EPOCH);
  const writing = flags.out !== undefined;
  // the bundled templates, or a firm's over them: the same set compiles both sides and is quoted in messages
  const templates = templatesOf(settings);
  const r = await compareSpecs(before, after, {
    formats: writing ? formats.filter((f) => f !== 'md') : [],
    draft: settings.draft,
    ...(settings.locale ? { locale: settings.locale } : {}),
    ...(date ? { date } : {}),
    templates,
    version,
    // a redline compares versions in the making: the lint rules are `lint`'s and `validate`'s to apply
    lint: false,
  });
  if (!r.ok) {
    const { failed } = r;
    // the spec's mistakes under its lines, a template's under the template's
    const specFile = failed.loaded?.file ?? (failed.fault === 'spec' ? failed.diagnostics[0]?.file : undefined);
    const sources = { ...(failed.contract ? templateSources(templates(failed.contract.type.id)) : {}), ...(specFile ? { [specFile]: failed.text } : {}) };
    printDiagnostics(failed.diagnostics, sources, ctx);
    const kind = kindOfFault(r.failed.fault);
    const message = t(ctx.lang, kind === 'internal' ? 'report.bug' : 'diff.fix-first');
    ctx.err(`svc-contract: ${message}`);
    const code = exitCodeIn('diff', kind);
    // a JSON reader gets one document on standard output all the same, with the diagnostics as data
    if (reporter === 'json') {
      const diagnostics = failed.diagnostics.map((d) => {
        const { ids: _, ...plain } = localizeDiagnostic(d, ctx.lang);
        return plain;
      });
      const error = { kind, message, exitCode: code, diagnostics };
      ctx.out(JSON.stringify({ schema: DIFF_REPORT_SCHEMA.$id, tool: { name: 'svc-contract', version }, error }, null, 2));
    }
    return code;
  }
  const { diff: d, versions } = r;

  const outputs: Output[] = [];
  if (writing) {
    const stem = `${basename(after.name.replace(/@.*$/, ''), extname(after.name.replace(/@.*$/, '')))}.redline`;
    const dir = resolve(ctx.cwd, flags.out!);
    makeFolders(dir, `--out ${flags.out!}`);
    for (const f of formats) {
      const bytes = f === 'md' ? new TextEncoder().encode(await redlineMarkdown(d, versions)) : r.outputs[f]!;
      const path = join(dir, `${stem}.${f}`);
      outputs.push({ path, shown: relative(ctx.cwd, path) || path, bytes });
    }
    writeSet(outputs, ctx.fs);
  }

  if (reporter === 'json') {
    const report = {
      schema: DIFF_REPORT_SCHEMA.$id,
      tool: { name: 'svc-contract', version },
      same: d.same,
      before: { file: before.name, specHash: versions.before.specHash },
      after: { file: after.name, specHash: versions.after.specHash },
      changes: d.changes,
      outputs: outputs.map((o) => ({ path: o.shown, bytes: o.bytes.length, sha256: createHash('sha256').update(o.bytes).digest('hex') })),
    };
    ctx.out(JSON.stringify(report, null, 2));
  } else {
    printChanges(d, before, after, ctx);
    for (const o of outputs) ctx.out(t(ctx.lang, 'diff.wrote', { file: o.shown }));
  }
  return d.same ? EXIT.ok : EXIT.invalid;
}

/** The human report: the clauses changed, added and deleted, then those only renumbered. */
function printChanges(d: DocumentDiff, before: Side, after: Side, ctx: Context): void {
  const p = ctx.paintOut;
  if (d.same) ctx.out(t(ctx.lang, 'diff.same', { before: before.name, after: after.name }));
  else {
    const listed = d.changes.filter((c) => c.kind !== 'renumbered');
    const renumbered = d.changes.filter((c) => c.kind === 'renumbered');
    ctx.out(
      t(ctx.lang, listed.length === 1 ? 'diff.changed.one' : 'diff.changed.many', {
        before: before.name,
        after: after.name,
        n: listed.length,
        renumbered: renumbered.length ? t(ctx.lang, 'diff.renumbered-count', { n: renumbered.length }) : '',
      }),
    );
    for (const c of listed) {
      const sign = c.kind === 'added' ? p.cyan('+') : c.kind === 'deleted' ? p.red('-') : p.bold('~');
      ctx.out(`  ${sign} ${changeLine(c)}`);
    }
    const moved = renumbered.filter((c) => c.numberWas !== undefined);
    const refs = renumbered.filter((c) => c.numberWas === undefined);
    const sep = t(ctx.lang, 'report.list-sep');
    if (moved.length)
      ctx.out(t(ctx.lang, 'diff.renumbered', { list: moved.map((c) => `${clauseNumber(c.numberWas!)} → ${clauseNumber(c.number, c.reference)}`).join(sep) }));
    if (refs.length) ctx.out(t(ctx.lang, 'diff.references', { list: refs.map(clauseName).join(sep) }));
  }
}

/** The two versions: two files, or one file and the same file at a git revision. */
function sides(args: string[], flags: DiffFlags, ctx: Context): [Side, Side] {
  const read = (file: string): Side => {
    const got = readSpecFile(file, ctx.cwd);
    if ('oversize' in got) throw new UsageError(said('usage.too-large', { file, n: Math.ceil(got.oversize / 1024) }));
    return { name: file, bytes: got.bytes, readFile: fromFolder(dirname(resolve(ctx.cwd, file))) };
  };
  if (flags.base !== undefined) {
    if (args.length !== 1) throw new UsageError(said('usage.diff-base-one', { rev: flags.base, n: args.length }));
    const file = args[0]!;
    const now = read(file);
    const when = gitCommitLabel(flags.base, resolve(ctx.cwd, file));
    const shown = versionName(file);
    return [
      {
        name: `${file}@${flags.base}`,
        bytes: gitShow(flags.base, resolve(ctx.cwd, file), file),
        readFile: now.readFile!,
        ...(when ? { label: `${shown}（${when}）` } : {}),
      },
      now,
    ];
  }
  if (args.length !== 2)
    throw new UsageError(said('usage.diff-two', { got: args.length === 1 ? said('usage.specs-one') : said('usage.specs-many', { n: args.length }) }));
  return [read(args[0]!), read(args[1]!)];
}

/** Reads the files a spec names (fonts, annex files) relative to its folder. */
export const fromFolder =
  (dir: string) =>
  (p: string): Uint8Array =>
    readFontFile(resolve(dir, p));
