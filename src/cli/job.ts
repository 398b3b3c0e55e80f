// One spec's build as a job: what a batch hands to convert(), in this thread or in a worker
// (worker.ts), and what comes back, as plain data that crosses a thread boundary. The settings
// are the same for every spec of a run and are sent to each worker once.
import { dirname, resolve } from 'node:path';
import { convert } from '../convert.js';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { LintRuleId, LintSetting } from '../lint/catalog.js';
import type { TemplateSet } from '../render/render.js';
import type { TypeId } from '../schema/types/index.js';
import { templateCache } from '../templates/cache.js';
import { TemplateOverrideError } from '../templates/load.js';
import type { Locale } from '../text/locale.js';
import type { Format, PdfFonts } from '../writers/index.js';
import { readFontFile } from './fonts.js';

/** What every spec of one run is built with. */
export interface JobSettings {
  formats: Format[];
  draft: boolean;
  locale?: Locale;
  /** ms since 1970 (SOURCE_DATE_EPOCH); the spec's signing date when absent */
  date?: number;
  /** a firm's template folder (absolute) and as the user named it */
  templatesDir?: string;
  templatesShown?: string;
  fonts: Partial<PdfFonts>;
  version: string;
  /** the settings file's lint severities: a final contract is held to the rules at error severity */
  lint?: Partial<Record<LintRuleId, LintSetting>>;
  /** a test hook (Io.hooks.workerExit): the worker thread building this spec dies */
  dieOn?: string;
}

export interface Job {
  /** the spec as messages name it */
  file: string;
  /** its absolute path (font files a spec names are relative to its folder); the working folder's for standard input */
  path: string;
  bytes: Uint8Array;
  /** recorded in every output, so that --incremental can tell a current output from a stale one */
  buildKey?: string;
}

export type JobResult =
  | {
      ok: true;
      outputs: Partial<Record<Format, Uint8Array>>;
      type: string;
      draft: boolean;
      blanks: number;
      warnings: Diagnostic[];
      text: string;
      ms: number;
    }
  | {
      ok: false;
      /** the spec's mistakes, the user's templates' mistakes, or (bundled-templates) a bug of ours */
      fault: 'spec' | 'templates' | 'bundled-templates' | 'usage';
      diagnostics: Diagnostic[];
      /** a usage error's message (a --templates folder that cannot be used) */
      message?: string;
      text?: string;
      ms: number;
    };

/** A run's templates, read once per agreement type (per settings: a later run sees edited templates). */
const templateCaches = new WeakMap<JobSettings, (type: TypeId) => TemplateSet>();
function templatesFor(s: JobSettings): (type: TypeId) => TemplateSet {
  let t = templateCaches.get(s);
  if (!t) templateCaches.set(s, (t = templateCache(s.templatesDir, s.templatesShown)));
  return t;
}

export async function runJob(job: Job, s: JobSettings): Promise<JobResult> {
  const started = performance.now();
  const ms = () => Math.round((performance.now() - started) * 10) / 10;
  const specDir = dirname(job.path);
  let result;
  try {
    result = await convert(job.bytes, {
      file: job.file,
      formats: s.formats,
      draft: s.draft,
      ...(s.locale ? { locale: s.locale } : {}),
      ...(s.date !== undefined ? { date: new Date(s.date) } : {}),
      templates: templatesFor(s),
      fonts: s.fonts,
      // font files a spec names are relative to the spec
      readFile: (p) => readFontFile(resolve(specDir, p)),
      version: s.version,
      ...(job.buildKey ? { buildKey: job.buildKey } : {}),
      lint: s.lint ? { settings: s.lint } : {},
    });
  } catch (e) {
    if (e instanceof TemplateOverrideError) return { ok: false, fault: 'usage', diagnostics: [], message: e.message, ms: ms() };
    throw e;
  }
  if (!result.ok) {
    return { ok: false, fault: result.fault ?? 'spec', diagnostics: result.diagnostics, ...(result.text !== undefined ? { text: result.text } : {}), ms: ms() };
  }
  return {
    ok: true,
    outputs: result.outputs,
    type: result.contract.type.id,
    draft: result.contract.draft,
    blanks: result.blanks.length,
    warnings: result.warnings ?? [],
    text: result.text ?? '',
    ms: ms(),
  };
}
