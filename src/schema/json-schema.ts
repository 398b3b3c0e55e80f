// JSON Schema of each agreement type, generated from its zod schema, for editors (autocomplete,
// hover and diagnostics through yaml-language-server) and for other tools. Beside the standard
// keywords it carries the annotations editors read (VS Code's JSON and YAML services):
// markdownDescription, markdownEnumDescriptions, patternErrorMessage and defaultSnippets.
import * as z from 'zod';
import type { AgreementType } from './common.js';
import { blankWaivers, enumWords } from './primitives.js';
import { kind, shapeOf, unwrap } from './walk.js';

/** Keywords of ours a strict validator must be told of (ajv: `addVocabulary(EDITOR_KEYWORDS)`): annotations only. */
export const EDITOR_KEYWORDS = ['markdownDescription', 'markdownEnumDescriptions', 'patternErrorMessage', 'defaultSnippets'] as const;

export function jsonSchemaFor(type: AgreementType): Record<string, unknown> {
  const schema = z.toJSONSchema(type.schema, {
    io: 'input',
    target: 'draft-2020-12',
    override(ctx) {
      const zs = ctx.zodSchema as unknown as z.ZodType;
      const js = ctx.jsonSchema as Record<string, unknown>;
      // an enum accepts its values' Chinese labels and synonyms (as validation does): list them too, so
      // an editor neither flags 电话 nor leaves a reader guessing what `phone` prints as
      const words = enumWords.get(zs);
      if (words) {
        const values = (js.enum as string[] | undefined) ?? (typeof js.const === 'string' ? [js.const] : []);
        const aliases = Object.entries(words.aliases).filter(([, v]) => values.includes(v));
        delete js.const;
        const party = Object.entries(words.party ?? {});
        js.enum = [...values, ...aliases.map(([a]) => a), ...party.map(([w]) => w)];
        js.markdownEnumDescriptions = [
          ...values.map((v) => words.labels[v] ?? v),
          ...aliases.map(([a, v]) => `${a}: the same as \`${v}\``),
          ...party.map(([w, p]) => `${w}: \`provider\` or \`client\`, whichever is ${p === 'A' ? '甲方' : '乙方'} (parties.partyA, else the type's)`),
        ];
      }
      if (typeof js.description === 'string') js.markdownDescription = markdownOf(js.description);
      // blanks accept null (a draft's "left blank"), but the key itself is expected in the file
      const shape = kind(zs) === 'object' ? shapeOf(zs) : undefined;
      if (!shape) return;
      const blankKeys = Object.entries(shape)
        .filter(([, s]) => unwrap(s).isBlank && !blankWaivers.has(s))
        .map(([k]) => k);
      if (blankKeys.length === 0) return;
      const req = js as { required?: string[] };
      req.required = [...new Set([...(req.required ?? []), ...blankKeys])];
    },
  }) as Record<string, unknown>;
  // No $id: the schema is read from a file (schemas/ of the package, or a copy beside the specs)
  // and its base URI is where it was read from, which is all an id would say; it has no $ref to
  // another file. A made-up domain would name a place that serves nothing.
  return {
    $schema: schema.$schema,
    title: `${type.names[0]} (${type.id})`,
    description: `svc-contract spec of a ${type.names[0]}: ${type.summary}`,
    ...Object.fromEntries(Object.entries(nullableAsType(schema) as Record<string, unknown>).filter(([k]) => k !== '$schema')),
  };
}

type Node = Record<string, unknown>;
const isObject = (x: unknown): x is Node => !!x && typeof x === 'object' && !Array.isArray(x);

/**
 * A blank is its kind or null. Written `type: [kind, "null"]` instead of zod's `anyOf` of the two:
 * the same to a validator (pattern, enum, properties only constrain values of their own kind; an
 * enum lists null), while an editor shows the field's own markdownDescription and patternErrorMessage
 * (yaml-language-server joins the titles and plain descriptions of anyOf branches in a hover).
 */
function nullableAsType(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableAsType);
  if (!isObject(node)) return node;
  const out: Node = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, nullableAsType(v)]));
  const branches = out.anyOf;
  if (!Array.isArray(branches) || branches.length !== 2) return out;
  const nullAt = branches.findIndex((b) => isObject(b) && b.type === 'null' && Object.keys(b).length === 1);
  const kind = branches[1 - nullAt];
  if (nullAt < 0 || !isObject(kind) || typeof kind.type !== 'string' || ['anyOf', 'oneOf', 'allOf', '$ref', 'const'].some((k) => k in kind)) return out;
  const { anyOf: _, ...outer } = out;
  const merged: Node = { ...kind, ...outer, type: [kind.type, 'null'] };
  if (Array.isArray(kind.enum)) {
    merged.enum = [...kind.enum, null];
    if (Array.isArray(kind.markdownEnumDescriptions)) merged.markdownEnumDescriptions = [...kind.markdownEnumDescriptions, 'left blank (______ in a draft)'];
  }
  return merged;
}

/** "联系电话 — Phone number …" → "**联系电话** — Phone number …": the Chinese term first, in bold, as hover shows it. */
function markdownOf(description: string): string {
  const escapeMd = (s: string) => s.replace(/[\\`*_[\]<>]/g, '\\$&');
  const cut = description.indexOf(' — ');
  return cut < 0 ? escapeMd(description) : `**${escapeMd(description.slice(0, cut))}** — ${escapeMd(description.slice(cut + 3))}`;
}

/** The file name of a type's schema under schemas/. */
export const schemaFileName = (type: AgreementType) => `${type.id}.schema.json`;
