// Two versions of a spec → the redline, for `diff` and the preview's toggle: each converted with
// the same settings, the old one to its tree, the new one through convert()'s `transform` to the
// redline tree (src/diff/) and written in the formats asked for.
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { bundledTemplates } from '../assets.js';
import { convert, type ConvertResult } from '../convert.js';
import { diffDocuments, type DocumentDiff, type Version } from '../diff/diff.js';
import type { TypeId } from '../schema/types/index.js';
import type { Locale } from '../text/locale.js';
import type { Format } from '../writers/index.js';
import { version } from './context.js';
import { readFontFile } from './fonts.js';
import { UsageError } from './io.js';

export interface RedlineSide {
  /** how messages and the redline name it: deal.yaml, deal.yaml@HEAD~1 */
  name: string;
  bytes: Uint8Array;
  /** the folder files it names (fonts, annex files) are relative to */
  dir: string;
}

export interface RedlineSettings {
  formats: Format[];
  draft: boolean;
  locale?: Locale;
  date?: Date;
  /** a firm's template folder (absolute) and as the user named it */
  templatesDir?: string;
  templatesShown?: string;
}

export type Redline =
  /** a side that does not build: its result, with the diagnostics */
  | { ok: false; failed: ConvertResult }
  | { ok: true; diff: DocumentDiff; versions: { before: Version; after: Version }; outputs: ConvertResult['outputs'] };

/** Throws a UsageError when the two are specs of different types. */
export async function redline(before: RedlineSide, after: RedlineSide, s: RedlineSettings): Promise<Redline> {
  const common = (side: RedlineSide) => ({
    file: side.name,
    draft: s.draft,
    ...(s.locale ? { locale: s.locale } : {}),
    ...(s.date ? { date: s.date } : {}),
    ...(s.templatesDir ? { templates: (type: TypeId) => bundledTemplates(type, s.templatesDir, s.templatesShown) } : {}),
    readFile: (p: string) => readFontFile(resolve(side.dir, p)),
    version,
  });
  const versionOf = (side: RedlineSide): Version => ({ name: documentName(side.name), specHash: createHash('sha256').update(side.bytes).digest('hex') });
  const versions = { before: versionOf(before), after: versionOf(after) };
  const old = await convert(before.bytes, { ...common(before), formats: [] });
  if (!old.ok) return { ok: false, failed: old };
  let diff: DocumentDiff | undefined;
  const now = await convert(after.bytes, {
    ...common(after),
    formats: s.formats,
    transform: async (doc) => {
      if (old.contract!.type.id !== doc.meta.type) throw new UsageError(`${before.name} is a ${old.contract!.type.id} and ${after.name} a ${doc.meta.type}: a redline compares two versions of one type of contract`);
      diff = await diffDocuments(old.tree!, doc, versions);
      return diff.redline;
    },
  });
  if (!now.ok) return { ok: false, failed: now };
  return { ok: true, diff: diff!, versions, outputs: now.outputs };
}

/**
 * How the redline's cover, footer and Markdown name a version: its path as given when that stays
 * inside the working folder (specs/deal.yaml, specs/deal.yaml@HEAD~1), else its file's name only.
 * A document sent to the other side never shows the author's folders (/home/…/deal-v1.yaml).
 */
export function documentName(name: string): string {
  const at = name.search(/@[^/\\]*$/);
  const path = at === -1 ? name : name.slice(0, at);
  const rev = at === -1 ? '' : name.slice(at);
  const outside = isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.split(/[\\/]/).includes('..');
  return `${outside ? (path.split(/[\\/]/).filter(Boolean).pop() ?? path) : path.replace(/\\/g, '/')}${rev}`;
}
