// `svc-contract init --type <type> [file]`: a starter spec that validates as written (as a draft).
import { dirname, join, relative, resolve, sep } from 'node:path';
import { said, t } from '../../i18n/messages.js';
import { starterSpec } from '../../init/starter.js';
import { schemaFileName } from '../../schema/json-schema.js';
import { findType, TYPES } from '../../schema/types/index.js';
import type { Context } from '../context.js';
import { UsageError, writeFileAtomic } from '../io.js';
import { makeFolders } from '../write.js';

export function initCommand(typeName: string, file: string | undefined, ctx: Context): number {
  const type = findType(typeName);
  if (!type) throw new UsageError(said('usage.unknown-type', { given: typeName, list: TYPES.map((t) => `${t.id} (${t.names[0]})`).join(', ') }));
  // `-` is standard output, as everywhere else
  if (file === '-') file = undefined;
  const from = file ? dirname(resolve(ctx.cwd, file)) : ctx.cwd;
  const text = starterSpec(type, { schemaUrl: schemaLink(from, schemaFileName(type), ctx), lang: ctx.lang });
  if (!file) {
    ctx.out(text);
    return 0;
  }
  // the folder it goes in (specs/acme/ of specs/acme/deal.yaml) is made as needed
  makeFolders(from, file);
  writeFileAtomic(file, text, { exclusive: true, cwd: ctx.cwd });
  ctx.err(t(ctx.lang, 'init.wrote', { file, name: type.names[0]!, id: type.id }));
  return 0;
}

/**
 * The `$schema` link a spec in folder `from` gets: relative, so that it is the same on every
 * checkout. The copy the spec's own repository installed comes first (the nearest
 * node_modules/svc-contract above the spec: the version its CI pins, reached through the
 * node_modules link even when that is a symlink to a folder elsewhere); else the package that
 * runs (this repository's schemas/ for a spec in it, or wherever npx put the package).
 */
export function schemaLink(from: string, schemaFile: string, ctx: Pick<Context, 'fs' | 'packageRoot'>): string {
  const posix = (p: string) => p.split(sep).join('/');
  for (let d = from; ; d = dirname(d)) {
    const installed = join(d, 'node_modules', 'svc-contract', 'schemas', schemaFile);
    if (ctx.fs.existsSync(installed)) return posix(relative(from, installed));
    if (dirname(d) === d) break;
  }
  return posix(relative(from, join(ctx.packageRoot, 'schemas', schemaFile)));
}
