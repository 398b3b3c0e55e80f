// Font files the user names, read at the CLI's edge: by a flag (relative to the working folder)
// or by a spec (relative to the spec, read through convert()'s readFile).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isFontFile } from '../convert.js';
import type { MessageRef } from '../errors/diagnostic.js';
import { said } from '../i18n/messages.js';
import type { FontFile } from '../writers/index.js';
import { faceProblem } from '../writers/measure.js';
import { NotAFile, regularFileSize, UsageError } from './io.js';

/** Fonts are large but not that large: a bigger "font" is the wrong file (or /dev/zero). */
const MAX_FONT_BYTES = 64 * 1024 * 1024;

/** A font file's bytes, refusing folders, pipes, devices and oversized files before reading. */
export function readFontFile(path: string): Uint8Array {
  const size = regularFileSize(path, 'font file');
  if (size > MAX_FONT_BYTES) {
    const params = { n: Math.ceil(size / 1048576), max: MAX_FONT_BYTES / 1048576 };
    throw new NotAFile(`is ${params.n} MiB, more than a font file's ${params.max} MiB`, said('usage.reason.font-too-large', params));
  }
  return readFileSync(path);
}

/** The font a flag names (`file.ttc#PostScriptName` picks a face of a collection), relative to `cwd`; one that cannot be used is a usage error. */
export async function flagFont(given: string | undefined, flag: string, cwd: string): Promise<FontFile | undefined> {
  if (!given) return undefined;
  const [file, name] = given.split('#') as [string, string | undefined];
  let bytes: Uint8Array;
  try {
    bytes = readFontFile(resolve(cwd, file));
  } catch (e) {
    const why: string | MessageRef = (e as { ref?: MessageRef }).ref ?? (e as Error).message;
    throw new UsageError(said('usage.font-read', { flag: `${flag} ${given}`, why }));
  }
  if (!isFontFile(bytes)) throw new UsageError(said('usage.font-kind', { flag: `${flag} ${given}` }));
  const font = { bytes, ...(name ? { name } : {}) };
  const why = await faceProblem(font);
  if (why !== undefined) throw new UsageError(said('usage.font-read', { flag: `${flag} ${given}`, why }));
  return font;
}
