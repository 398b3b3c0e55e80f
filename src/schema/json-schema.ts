// JSON Schema of each agreement type, generated from its zod schema, for editors (autocomplete and
// field descriptions through yaml-language-server) and for other tools.
import * as z from 'zod';
import type { AgreementType } from './common.js';
import { kind, unwrap } from './walk.js';

export function jsonSchemaFor(type: AgreementType): Record<string, unknown> {
  const schema = z.toJSONSchema(type.schema, {
    io: 'input',
    target: 'draft-2020-12',
    override(ctx) {
      // blanks accept null (a draft's "left blank"), but the key itself is expected in the file
      const zs = ctx.zodSchema as unknown as z.ZodType;
      if (kind(zs) !== 'object') return;
      const shape = (zs as unknown as { shape: Record<string, z.ZodType> }).shape;
      const blankKeys = Object.entries(shape).filter(([, s]) => unwrap(s).isBlank).map(([k]) => k);
      if (blankKeys.length === 0) return;
      const js = ctx.jsonSchema as { required?: string[] };
      js.required = [...new Set([...(js.required ?? []), ...blankKeys])];
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: `https://svc-contract.dev/schemas/${type.id}.schema.json`,
    title: `${type.names[0]} (${type.id})`,
    description: `svc-contract spec of a ${type.names[0]}: ${type.summary}`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The file name of a type's schema under schemas/. */
export const schemaFileName = (type: AgreementType) => `${type.id}.schema.json`;
