// Build keys: what an output records so that `build --incremental` can tell a current output from
// a stale one without building it. A run's fingerprint covers everything an output depends on
// besides its spec (the tool's version, the bundled and the firm's templates, the faces given, the
// options); a spec's key is the fingerprint and the spec's bytes, hashed. The writers record it
// (the Markdown's last comment, the PDF's Keywords, the DOCX's core properties).
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { packageRoot } from './assets.js';
import type { Format, PdfFonts } from './writers/index.js';

/** What every output of a run depends on besides its spec. */
export interface RunInputs {
  version: string;
  draft: boolean;
  locale?: string;
  /** ms since 1970, when the run fixes the documents' date */
  date?: number;
  lint?: unknown;
  /** a firm's template folder (absolute) */
  templatesDir?: string;
  fonts: Partial<PdfFonts>;
}

/** SHA-256 of every file under a folder, by path: what a change of templates changes. */
function folderHash(dir: string, hash: Hash, prefix: string): Hash {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return hash;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) folderHash(p, hash, `${prefix}${e.name}/`);
    else if (e.isFile()) hash.update(`${prefix}${e.name}\0`).update(readFileSync(p)).update('\0');
  }
  return hash;
}

/** The run's fingerprint: its options, the templates' files (bundled and the firm's), the faces given. */
export function runFingerprint(s: RunInputs): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ version: s.version, draft: s.draft, locale: s.locale ?? null, date: s.date ?? null, ...(s.lint ? { lint: s.lint } : {}) }));
  folderHash(join(packageRoot, 'templates'), h, 'bundled/');
  if (s.templatesDir) folderHash(s.templatesDir, h, 'user/');
  for (const k of ['body', 'bold', 'heading'] as const) {
    const f = s.fonts[k];
    if (f)
      h.update(`${k}\0`)
        .update(f.bytes)
        .update(`\0${f.name ?? ''}\0`);
  }
  return h.digest('hex');
}

/** A spec's build key: the run's fingerprint and the spec's bytes. */
export function buildKeyOf(fingerprint: string, bytes: Uint8Array): string {
  return createHash('sha256').update(fingerprint).update(bytes).digest('hex').slice(0, 32);
}

/** Whether an output's bytes record this build key (a DOCX in its core properties, the others as text). */
export function carriesKey(bytes: Uint8Array, format: Format, key: string): boolean {
  const mark = `build:${key}`;
  if (format === 'docx') {
    try {
      const core = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml'];
      return core !== undefined && Buffer.from(core).includes(mark);
    } catch {
      return false;
    }
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(mark);
}
