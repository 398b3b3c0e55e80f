// The package's own files: its version, the bundled templates and the bundled PDF faces. These
// are part of the install (never a file found on the user's machine) and are read lazily, once
// per process, so a command that does not print a PDF never opens a 15 MB font.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSet } from './render/render.js';
import { loadTemplates } from './templates/load.js';
import type { PdfFonts } from './writers/index.js';

/** The installed package's folder (dist/.. or src/..): templates/ and schemas/ live there. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

let versionCache: string | undefined;
export function packageVersion(): string {
  versionCache ??= (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return versionCache;
}

/** The bundled templates of a type, with a firm's overrides (a folder) over them when given. */
export function bundledTemplates(typeId: string, override?: string): TemplateSet {
  return loadTemplates(join(packageRoot, 'templates'), typeId, override);
}

/**
 * The bundled faces, from the npm registry under the SIL Open Font License 1.1 (Google Fonts'
 * static Noto CJK SC builds, TrueType outlines, which subset ten times faster than CFF):
 * Noto Serif SC Regular for the body (a Song face, 宋体) and Noto Sans SC Bold (a 黑体 face with a
 * real bold weight) for the title, the headings and bold text, the way a Chinese contract sets
 * emphasis in 黑体. Two faces, not three: a Song bold would add ~20 KB to every PDF.
 */
export const BUNDLED_FACES = {
  body: ['@expo-google-fonts/noto-serif-sc', '400Regular/NotoSerifSC_400Regular.ttf'],
  heading: ['@expo-google-fonts/noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf'],
} as const;

const require = createRequire(join(packageRoot, 'package.json'));
const faceCache = new Map<string, Uint8Array>();

/** One bundled face's bytes, read once per process. */
export function bundledFace(face: keyof typeof BUNDLED_FACES): Uint8Array {
  const [pkg, file] = BUNDLED_FACES[face];
  const path = join(dirname(require.resolve(`${pkg}/package.json`)), file);
  let bytes = faceCache.get(path);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(path));
    faceCache.set(path, bytes);
  }
  return bytes;
}

/** The bundled faces the PDF is set in (bold text in the heading face). */
export function bundledFonts(): PdfFonts {
  const heading = { bytes: bundledFace('heading') };
  return { body: { bytes: bundledFace('body') }, bold: heading, heading };
}
