// Reading a type's templates from disk: the package's own, with a firm's overrides (--templates)
// taking precedence by file name. The only file I/O the rendering needs; the CLI calls it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { UsageError } from '../errors/diagnostic.js';
import { t } from '../i18n/messages.js';
import type { TemplateFile, TemplateSet, TemplateSpecification } from '../render/render.js';

/** The package's own templates compiled ahead of time, by path under the templates folder; undefined when none matches this source. */
export type Precompiled = (path: string, source: string) => TemplateSpecification | undefined;

export const TEMPLATE_EXT = '.md.hbs';
export const MAIN = `contract${TEMPLATE_EXT}`;

/** A --templates folder that cannot be used (a stray file, not a regular file): a usage error, exit 2, from every command. */
export class TemplateOverrideError extends UsageError {
  override name = 'TemplateOverrideError';
}

/**
 * Templates of one type. Search order for each file name: <override>/<type>/, <override>/partials/,
 * <override>/, then <root>/<type>/, <root>/partials/. An override file that matches no template
 * is an error (a misspelt name must not be ignored). A file from <root> gets its precompiled form
 * from `precompiled` when that has one for its exact text.
 */
/** A template larger than this is not a contract template (or not the file meant): refused before reading. */
export const MAX_TEMPLATE_BYTES = 256 * 1024;

export function loadTemplates(root: string, typeId: string, override?: string, precompiled?: Precompiled, overrideShown = override): TemplateSet {
  const dirs = [...(override ? [join(override, typeId), join(override, 'partials'), override] : []), join(root, typeId), join(root, 'partials')];
  const known = new Set([...list(join(root, typeId)), ...list(join(root, 'partials'))]);
  if (override) {
    // a file as the user named its folder
    const named = (dir: string, name: string) => join(overrideShown ?? override, relative(override, join(dir, name)));
    for (const dir of [join(override, typeId), join(override, 'partials'), override]) {
      const stray = strays(dir)[0];
      if (stray !== undefined) throw new TemplateOverrideError(t('en', 'usage.template-stray', { file: named(dir, stray), ext: TEMPLATE_EXT }));
      for (const name of list(dir)) {
        if (!known.has(name))
          throw new TemplateOverrideError(t('en', 'usage.template-unknown', { file: named(dir, name), type: typeId, list: [...known].sort().join(', ') }));
      }
    }
  }
  const files = new Map<string, TemplateFile>();
  for (const name of known) {
    const dir = dirs.find((d) => existsSync(join(d, name)))!;
    const file = join(dir, name);
    const bundled = dir === join(root, typeId) || dir === join(root, 'partials');
    // messages name a bundled template by its place in the package, an override as the user named its folder
    const shown = bundled ? join('templates', basename(dir), name) : join(overrideShown ?? override ?? '', relative(override ?? '', file));
    // a FIFO or a device would block, a folder cannot be read, a huge file is the wrong one
    const st = statSync(file);
    if (!st.isFile()) throw new TemplateOverrideError(`${shown}: is not a regular file (a template must be a .md.hbs file)`);
    if (st.size > MAX_TEMPLATE_BYTES)
      throw new TemplateOverrideError(`${shown}: is ${Math.ceil(st.size / 1024)} KiB, more than a template's ${MAX_TEMPLATE_BYTES / 1024} KiB`);
    const { source, spec } = bundled ? bundledFile(file, st, `${basename(dir)}/${name}`, precompiled) : { source: readText(file), spec: undefined };
    files.set(name, { file: shown, source, bundled, ...(spec ? { precompiled: spec } : {}) });
  }
  const main = files.get(MAIN);
  if (!main) throw new TemplateOverrideError(`no ${MAIN} for ${typeId} under ${root}`);
  const partials: Record<string, TemplateFile> = {};
  for (const [name, t] of files) if (name !== MAIN) partials[name.slice(0, -TEMPLATE_EXT.length)] = t;
  return { main, partials };
}

const readText = (file: string) => readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');

/**
 * The package's own templates, read and matched with their precompiled form once while the file is
 * unchanged (same size and modification time): a library caller's every convert() asks for the
 * same files, which would otherwise be read and hashed each time.
 */
const bundledFiles = new Map<string, { mtimeMs: number; size: number; precompiled?: Precompiled; source: string; spec?: TemplateSpecification }>();
function bundledFile(
  file: string,
  st: { mtimeMs: number; size: number },
  key: string,
  precompiled?: Precompiled,
): { source: string; spec?: TemplateSpecification | undefined } {
  const known = bundledFiles.get(file);
  if (known && known.mtimeMs === st.mtimeMs && known.size === st.size && known.precompiled === precompiled) return known;
  const source = readText(file);
  const spec = precompiled?.(key, source);
  bundledFiles.set(file, { mtimeMs: st.mtimeMs, size: st.size, source, ...(precompiled ? { precompiled } : {}), ...(spec ? { spec } : {}) });
  return { source, spec };
}

function list(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith(TEMPLATE_EXT))
    .sort();
}

/**
 * A --templates folder checked before any spec is built: there, and no file in it, its partials/
 * or a type's folder that is not a template (strays). A usage error naming the first, as the
 * user named the folder; a template name that matches no template is found per type, on loading.
 */
export function checkOverrideFolder(override: string, shown: string): void {
  let isDir = false;
  try {
    isDir = statSync(override).isDirectory();
  } catch {
    /* reported below */
  }
  if (!isDir) throw new TemplateOverrideError(t('en', 'usage.templates', { dir: shown }));
  const folders = [
    override,
    ...readdirSync(override, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(override, e.name)),
  ];
  for (const dir of folders) {
    const stray = strays(dir)[0];
    if (stray !== undefined)
      throw new TemplateOverrideError(t('en', 'usage.template-stray', { file: join(shown, relative(override, join(dir, stray))), ext: TEMPLATE_EXT }));
  }
}

/**
 * The files of an override folder that are not templates: a misspelt extension (contract.md,
 * contract.hbs) or a note (notes.txt) would otherwise be ignored without a word. README files and
 * hidden files (.gitkeep, .DS_Store) are let be.
 */
function strays(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.isDirectory() && !e.name.endsWith(TEMPLATE_EXT) && !/^readme(\.|$)/i.test(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}
