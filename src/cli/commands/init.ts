// `svc-contract init --type <type> [file]`: a starter spec that validates as written (as a draft).
import { dirname, join, relative, resolve, sep } from 'node:path';
import { starterSpec } from '../../init/starter.js';
import { schemaFileName } from '../../schema/json-schema.js';
import { TYPES, findType } from '../../schema/types/index.js';
import { UsageError, writeFileAtomic } from '../io.js';
import type { Context } from '../context.js';

export function initCommand(typeName: string, file: string | undefined, ctx: Context): number {
  const type = findType(typeName);
  if (!type) throw new UsageError(`unknown type "${typeName}"; one of: ${TYPES.map((t) => `${t.id} (${t.names[0]})`).join(', ')}`);
  const schemaPath = join(ctx.packageRoot, 'schemas', schemaFileName(type));
  const from = file ? dirname(resolve(ctx.cwd, file)) : ctx.cwd;
  const schemaUrl = relative(from, schemaPath).split(sep).join('/');
  const text = starterSpec(type, { schemaUrl });
  if (!file) {
    ctx.out(text);
    return 0;
  }
  writeFileAtomic(file, text, { exclusive: true, cwd: ctx.cwd });
  ctx.err(`wrote ${file}: a draft ${type.names[0]} (${type.id}); fill it in, then \`svc-contract validate ${file}\``);
  return 0;
}
