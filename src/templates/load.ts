// Reading a type's templates from disk: the package's own, with a firm's overrides (--templates)
// taking precedence by file name. The only file I/O the rendering needs; the CLI calls it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TemplateFile, TemplateSet } from '../render/render.js';

export const TEMPLATE_EXT = '.md.hbs';
export const MAIN = `contract${TEMPLATE_EXT}`;

export class TemplateOverrideError extends Error {
  override name = 'TemplateOverrideError';
}

/**
 * Templates of one type. Search order for each file name: <override>/<type>/, <override>/partials/,
 * <override>/, then <root>/<type>/, <root>/partials/. An override file that matches no template
 * is an error (a misspelt name must not be ignored).
 */
export function loadTemplates(root: string, typeId: string, override?: string): TemplateSet {
  const dirs = [
    ...(override ? [join(override, typeId), join(override, 'partials'), override] : []),
    join(root, typeId),
    join(root, 'partials'),
  ];
  const known = new Set([...list(join(root, typeId)), ...list(join(root, 'partials'))]);
  if (override) {
    for (const dir of [join(override, typeId), join(override, 'partials'), override]) {
      for (const name of list(dir)) {
        if (!known.has(name)) throw new TemplateOverrideError(`${join(dir, name)}: matches no template of ${typeId}; templates are: ${[...known].sort().join(', ')}`);
      }
    }
  }
  const files = new Map<string, TemplateFile>();
  for (const name of known) {
    const dir = dirs.find((d) => existsSync(join(d, name)))!;
    const file = join(dir, name);
    const bundled = dir === join(root, typeId) || dir === join(root, 'partials');
    files.set(name, { file: relative(process.cwd(), file) || file, source: readFileSync(file, 'utf8').replace(/\r\n?/g, '\n'), bundled });
  }
  const main = files.get(MAIN);
  if (!main) throw new TemplateOverrideError(`no ${MAIN} for ${typeId} under ${root}`);
  const partials: Record<string, TemplateFile> = {};
  for (const [name, t] of files) if (name !== MAIN) partials[name.slice(0, -TEMPLATE_EXT.length)] = t;
  return { main, partials };
}

function list(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(dir).filter((f) => f.endsWith(TEMPLATE_EXT)).sort();
}
