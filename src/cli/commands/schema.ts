// `svc-contract schema`: the JSON Schema of each type (and of the JSON report), written to a folder or printed.
import { join, resolve } from 'node:path';
import { said } from '../../i18n/messages.js';
import { jsonSchemaFor, schemaFileName } from '../../schema/json-schema.js';
import { findType, TYPES } from '../../schema/types/index.js';
import type { Context } from '../context.js';
import { UsageError, writeFileAtomic } from '../io.js';
import { DIFF_REPORT_SCHEMA, REPORT_SCHEMA } from '../report-schema.js';
import { makeFolders } from '../write.js';

export const schemaText = (s: unknown) => `${JSON.stringify(s, null, 2)}\n`;

export function schemaCommand(opts: { out?: string; type?: string }, ctx: Context): number {
  const only = opts.type === undefined ? undefined : findType(opts.type);
  if (opts.type !== undefined && !only) throw new UsageError(said('usage.unknown-type', { given: opts.type, list: TYPES.map((t) => t.id).join(', ') }));
  if (!opts.out) {
    if (!only) throw new UsageError(said('usage.schema-where'));
    ctx.out(schemaText(jsonSchemaFor(only)));
    return 0;
  }
  makeFolders(resolve(ctx.cwd, opts.out), `--out ${opts.out}`);
  for (const t of only ? [only] : TYPES) {
    const file = join(opts.out, schemaFileName(t));
    writeFileAtomic(file, schemaText(jsonSchemaFor(t)), { cwd: ctx.cwd });
    ctx.err(`wrote ${file}`);
  }
  if (!only) {
    // the shapes of `--reporter json`, for programs that read the reports
    for (const schema of [REPORT_SCHEMA, DIFF_REPORT_SCHEMA]) {
      const file = join(opts.out, schema.$id);
      writeFileAtomic(file, schemaText(schema), { cwd: ctx.cwd });
      ctx.err(`wrote ${file}`);
    }
  }
  return 0;
}
