// The JSON Schema in schemas/: current with the zod schemas, and agreeing with them when an
// independent validator (ajv) judges the examples, the starters and the bad fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { schemaText } from '../src/cli/commands/schema.js';
import { starterSpec } from '../src/init/starter.js';
import { loadSpec } from '../src/load/load.js';
import { EDITOR_KEYWORDS, jsonSchemaFor } from '../src/schema/json-schema.js';
import { findType, TYPES } from '../src/schema/types/index.js';
import { check, checkText, fixture, root } from './helpers/check.js';

// strict: an unknown keyword is an error, but for the editors' annotations, which a tool is told of
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addVocabulary([...EDITOR_KEYWORDS]);
const validators = new Map(TYPES.map((t) => [t.id, ajv.compile(JSON.parse(readFileSync(join(root, 'schemas', `${t.id}.schema.json`), 'utf8')))]));

function ajvAccepts(data: unknown): boolean {
  const type = typeof (data as { type?: unknown })?.type === 'string' ? findType((data as { type: string }).type) : undefined;
  if (!type) return false; // no schema applies: an unknown type is rejected by both
  return validators.get(type.id)!(data) as boolean;
}

describe('schemas/ is current', () => {
  it.each(TYPES.map((t) => t.id))('%s.schema.json matches the zod schema (regenerate with `npm run schemas`)', (id) => {
    const committed = readFileSync(join(root, 'schemas', `${id}.schema.json`), 'utf8');
    expect(committed).toBe(schemaText(jsonSchemaFor(findType(id)!)));
  });

  it('every field carries a description (the Chinese term first)', () => {
    const missing: string[] = [];
    const walk = (s: Record<string, unknown>, path: string) => {
      const props = s.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [k, v] of Object.entries(props ?? {})) {
        if (!v.description) missing.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
        for (const alt of [...((v.anyOf as Record<string, unknown>[]) ?? []), ...((v.oneOf as Record<string, unknown>[]) ?? [])]) walk(alt, `${path}.${k}`);
        if (v.items) walk(v.items as Record<string, unknown>, `${path}.${k}[]`);
      }
    };
    for (const t of TYPES) walk(jsonSchemaFor(t), t.id);
    expect(missing).toEqual([]);
  });
});

describe('what an editor shows', () => {
  const wc = jsonSchemaFor(findType('work-contract')!);
  const at = (...path: string[]) => path.reduce<Record<string, unknown>>((s, k) => (s.properties as Record<string, Record<string, unknown>>)[k]!, wc);

  it('has no $id: its base is the file it is read from, not a made-up address', () => {
    expect(wc).not.toHaveProperty('$id');
  });

  it("the Chinese term in bold in markdownDescription, the values' labels in markdownEnumDescriptions", () => {
    expect(at('parties', 'provider', 'phone').markdownDescription).toBe('**联系电话** — Phone number for this contract');
    const items = at('services', 'channels').items as { enum: string[]; markdownEnumDescriptions: string[] };
    expect(items.enum.slice(0, 2)).toEqual(['phone', 'email']);
    expect(items.markdownEnumDescriptions.slice(0, 2)).toEqual(['电话', '电子邮件']);
    expect(items.markdownEnumDescriptions[items.enum.indexOf('电话')]).toBe('电话: the same as `phone`');
  });

  it('patternErrorMessage for dates and durations; defaultSnippets for a party and a fee item', () => {
    expect(at('term', 'start')).toMatchObject({ type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(at('term', 'start').patternErrorMessage).toBe('Expected a date written YYYY-MM-DD, e.g. 2026-01-01 — 日期写作 年-月-日，如 2026-01-01');
    expect(at('term', 'renewal').patternErrorMessage).toBe(
      'Expected a number and a unit (months, years), e.g. "3 months" or "1 year" — 期限写作 数字和单位，如 3 个月',
    );
    expect((at('parties', 'provider').defaultSnippets as { label: string }[]).map((x) => x.label)).toEqual(['企业 company', '自然人 individual']);
    const sa = jsonSchemaFor(findType('service-agreement')!);
    const fee = ((sa.properties as Record<string, Record<string, unknown>>).fees!.properties as Record<string, Record<string, unknown>>).items!.items as Record<
      string,
      unknown
    >;
    expect((fee.defaultSnippets as { body: unknown }[])[0]!.body).toEqual({ name: '${1:服务费}', kind: 'fixed', amount: '^${2:1000}' });
  });
});

describe('ajv and zod agree', () => {
  const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml'));

  it.each(examples)('examples/%s: both accept', (name) => {
    const file = join(root, 'examples', name);
    const loaded = loadSpec(readFileSync(file), file);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(check(file).ok).toBe(true);
    const validate = validators.get(findType((loaded.spec.data as { type: string }).type)!.id)!;
    expect(validate(loaded.spec.data), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(TYPES.map((t) => t.id))('the %s starter: both accept', (id) => {
    const text = starterSpec(findType(id)!);
    expect(checkText(text).ok).toBe(true);
    const loaded = loadSpec(text, 'starter.yaml');
    expect(loaded.ok && ajvAccepts(loaded.spec.data)).toBe(true);
  });

  // fixtures zod rejects for the shape of what is written (not for cross-field or calendar rules)
  const shapeFixtures = [
    'list-for-map',
    'unknown-type',
    'missing-type',
    'unknown-key',
    'wrong-types',
    'missing-required',
    'percent-range',
    'draft-date',
    'misspelt-key-final',
    'date-wrong-shape',
    'draft-mistyped',
  ];
  it.each(shapeFixtures)('bad/%s.yaml: both reject', (name) => {
    const file = fixture(`bad/${name}.yaml`);
    expect(check(file).ok).toBe(false);
    const loaded = loadSpec(readFileSync(file), file);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(ajvAccepts(loaded.spec.data)).toBe(false);
  });

  it('Chinese labels, synonyms and 9:00: both accept, as an editor must not flag what validation takes', () => {
    const text = readFileSync(join(root, 'examples', 'service-agreement.yaml'), 'utf8')
      .replace('channels: [phone, online-chat, network, remote, on-site]', 'channels: [电话, 在线聊天, 网络, 远程协助, 现场服务]')
      .replace('from: "08:00"', 'from: 8:00')
      .replace('satisfactionSurvey: monthly', 'satisfactionSurvey: 每月')
      .replace('currency: CNY', 'currency: RMB')
      .replace('method: litigation', 'method: 诉讼')
      .replace('court: defendant', 'court: 被告所在地');
    expect(checkText(text).ok).toBe(true);
    const loaded = loadSpec(text, 'x.yaml');
    expect(loaded.ok && ajvAccepts(loaded.spec.data)).toBe(true);
    // and not what validation refuses
    const wrong = loadSpec(text.replace('currency: RMB', 'currency: 人民币币'), 'x.yaml');
    expect(wrong.ok && ajvAccepts(wrong.spec.data)).toBe(false);
  });

  // rules JSON Schema cannot state (end after start): zod alone rejects, as the README says
  it('a cross-field mistake in a complete spec: ajv accepts, zod rejects', () => {
    const text = readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8').replace(
      /^ {2}startsOnEffect: .*\n {2}length: .*$/m,
      '  start: 2027-01-01\n  end: 2020-01-01',
    );
    const loaded = loadSpec(text, 'x.yaml');
    expect(loaded.ok && ajvAccepts(loaded.spec.data)).toBe(true);
    const r = checkText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.path)).toEqual(['term.end']);
  });
});
