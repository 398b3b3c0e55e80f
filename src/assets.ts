// The package's own files: its version, the bundled templates and the bundled PDF faces. These
// are part of the install (never a file found on the user's machine) and are read lazily, once
// per process, so a command that does not print a PDF never opens a 15 MB font.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RenderError } from './errors/diagnostic.js';
import type { TemplateSet, TemplateSpecification } from './render/render.js';
import { loadTemplates, type Precompiled } from './templates/load.js';
import { type Coverage, cmapRange, coverageOfCmap } from './text/coverage.js';
import { facesFor } from './writers/faces.js';
import type { PdfFonts } from './writers/index.js';

/**
 * The installed package's folder: templates/ and schemas/ live there. The nearest folder up with a
 * package.json, as this module may run from src/, dist/ or the bundle (dist/bundle/).
 */
export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) throw new Error(`no package.json above ${dir}`);
  }
}

let versionCache: string | undefined;
export function packageVersion(): string {
  versionCache ??= (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return versionCache;
}

/** The bundled templates of a type, with a firm's overrides (a folder) over them when given. */
export function bundledTemplates(typeId: string, override?: string, overrideShown?: string): TemplateSet {
  return loadTemplates(join(packageRoot, 'templates'), typeId, override, precompiledTemplates(), overrideShown);
}

/** Where the package build (src/build/build.ts) writes the bundled templates, precompiled. */
export const PRECOMPILED_TEMPLATES = join('dist', 'templates', 'precompiled.cjs');

/** One precompiled template: the SHA-256 of the source it was compiled from, and the result. */
export interface PrecompiledEntry {
  sha256: string;
  spec: TemplateSpecification;
}

let precompiledCache: Precompiled | null | undefined;
/**
 * The precompiled templates, if the package was built; a template whose text differs from the
 * one compiled (edited since the build) gets none and is compiled when rendered.
 */
function precompiledTemplates(): Precompiled | undefined {
  if (precompiledCache === undefined) {
    const path = join(packageRoot, PRECOMPILED_TEMPLATES);
    if (existsSync(path)) {
      const table = require(path) as Record<string, PrecompiledEntry>;
      precompiledCache = (file, source) => {
        const entry = table[file];
        return entry && entry.sha256 === createHash('sha256').update(source).digest('hex') ? entry.spec : undefined;
      };
    } else {
      precompiledCache = null;
    }
  }
  return precompiledCache ?? undefined;
}

/**
 * The bundled faces, from the npm registry under the SIL Open Font License 1.1 (Google Fonts'
 * static Noto CJK builds, TrueType outlines, which subset ten times faster than CFF), one pair per
 * locale (writers/faces.ts): a Song face (宋体) for the body and a 黑体 with a real bold weight for
 * the title, the headings and bold text, the way a Chinese contract sets emphasis in 黑体. Two
 * faces, not three: a Song bold would add ~20 KB to every PDF. The Simplified pair is a
 * dependency; the Traditional pairs (TC for zh-Hant and zh-Hant-TW, HK for zh-Hant-HK, 80 MB each)
 * are optional peers, installed by those who build Traditional contracts.
 */
const require = createRequire(join(packageRoot, 'package.json'));
const faceCache = new Map<string, Uint8Array>();

/** One bundled face's bytes, read once per process. */
export function bundledFace(face: 'body' | 'heading', locale = 'zh-Hans'): Uint8Array {
  const path = facePath(face, locale);
  let bytes = faceCache.get(path);
  if (!bytes) {
    // a Buffer is a Uint8Array: no copy of the 15 MB face
    bytes = readFileSync(path);
    faceCache.set(path, bytes);
  }
  return bytes;
}

/** The npm command that installs the faces of a locale. */
export function facesInstallCommand(locale: string): string {
  const { body, heading } = facesFor(locale).pdf;
  return `npm install ${body.pkg}@${body.version} ${heading.pkg}@${heading.version}`;
}

/** A bundled face's path in the installed package; a locale's optional faces not installed stop the build, saying how to install them. */
function facePath(face: 'body' | 'heading', locale: string): string {
  const file = facesFor(locale).pdf[face];
  let dir: string;
  try {
    dir = dirname(require.resolve(`${file.pkg}/package.json`));
  } catch {
    throw new RenderError(`the PDF faces of ${locale} are not installed (${file.pkg})`, `install them beside svc-contract: ${facesInstallCommand(locale)}`, {
      ruleId: 'font/not-installed',
    });
  }
  return join(dir, file.file);
}

let coverageCache: Coverage | undefined;
/**
 * What the bundled faces can print (a character must be in both: a value may be set in the body
 * or in bold), read from their cmap tables only: a few hundred KB, not the 25 MB of the faces.
 */
export function bundledCoverage(): Coverage {
  if (coverageCache) return coverageCache;
  const read = (path: string) => {
    const fd = openSync(path, 'r');
    try {
      const head = new Uint8Array(4096);
      readSync(fd, head, 0, head.byteLength, 0);
      const range = cmapRange(head);
      if (!range) return () => false;
      const table = new Uint8Array(range.length);
      readSync(fd, table, 0, range.length, range.offset);
      return coverageOfCmap(table);
    } finally {
      closeSync(fd);
    }
  };
  const body = read(facePath('body', 'zh-Hans'));
  const heading = read(facePath('heading', 'zh-Hans'));
  coverageCache = (cp) => body(cp) && heading(cp);
  return coverageCache;
}

/**
 * The bundled faces a locale's PDF is set in (bold text in the heading face); a Traditional build
 * falls back to the Simplified faces for the characters its faces lack (a name or an address kept
 * in Simplified, as registered).
 */
export function bundledFonts(locale = 'zh-Hans'): PdfFonts {
  const pair = (l: string) => {
    const heading = { bytes: bundledFace('heading', l) };
    return { body: { bytes: bundledFace('body', l) }, bold: heading, heading };
  };
  const own = pair(locale);
  return facesFor(locale) === facesFor('zh-Hans') ? own : { ...own, fallback: pair('zh-Hans') };
}
