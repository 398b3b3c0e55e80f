// The starter spec `init` writes: every field of a type, generated from its schema so that it can
// never fall behind. Blanks are left empty (a draft renders them as ______), defaults are written
// out, optional fields appear commented out with their description.
import YAML from 'yaml';
import type * as z from 'zod';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import { LABELS } from '../schema/blocks.js';
import type { AgreementType } from '../schema/common.js';
import { elementOf, enumValuesOf, kind, shapeOf, unionOption, unwrap } from '../schema/walk.js';

export interface StarterOptions {
  /** value for the yaml-language-server $schema comment; none when absent */
  schemaUrl?: string;
  /** the language of the comments (the CLI's); keys and values are the same in every language */
  lang?: Lang;
}

export function starterSpec(type: AgreementType, options: StarterOptions = {}): string {
  const lang = options.lang ?? 'en';
  const out: string[] = [];
  if (options.schemaUrl) out.push(`# yaml-language-server: $schema=${options.schemaUrl}`);
  out.push(
    `# ${t(lang, 'init.title', { name: type.names[0]!, id: type.id })}`,
    '#',
    ...t(lang, 'init.guide')
      .split('\n')
      .map((l) => `# ${l}`),
    '',
  );
  const shape = shapeOf(type.schema)!;
  for (const [key, field] of Object.entries(shape)) {
    if (key === 'type') {
      out.push(`# ${type.names[0]}`, `type: ${type.id}`, '');
      continue;
    }
    if (key === 'draft') {
      out.push(`# ${t(lang, 'init.draft')}`, 'draft: true', '');
      continue;
    }
    emitField(out, key, field, 0, undefined, lang);
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Groups whose words depend on the agreement type (the roles' names): their values are listed as they are. */
const ROLE_WORDED = new Set(['court', 'role']);

/**
 * The values a field takes, as written in the spec; in Chinese each with its Chinese word
 * (daily（每日）) when one group of LABELS names them all, so that the reader knows which to write.
 */
function valueList(values: readonly string[], lang: Lang): string {
  if (lang === 'en') return values.join(', ');
  const group = Object.entries(LABELS).find(
    ([name, words]) => !ROLE_WORDED.has(name) && values.every((v) => Object.hasOwn(words, v) && /[\u4e00-\u9fff]/.test((words as Record<string, string>)[v]!)),
  );
  if (!group) return values.join(', ');
  const words = group[1] as Record<string, string>;
  return values.map((v) => `${v}（${words[v]}）`).join('、');
}

/**
 * A field's comment: its description ("中文术语 — English sentence"), and its values when it has a
 * list of them. In Chinese, the Chinese term alone: the English sentence is not repeated.
 */
function comment(s: z.ZodType, given: string | undefined, lang: Lang): string | undefined {
  const { inner } = unwrap(s);
  const values = enumValues(inner);
  const term = given?.split(' — ')[0];
  const description = lang !== 'en' && term !== given && /[\u4e00-\u9fff]/.test(term ?? '') ? term : given;
  const listed = values?.every((v) => description?.includes(v));
  const parts = [description, values && !listed ? t(lang, 'init.one-of', { list: valueList(values, lang) }) : undefined].filter(Boolean);
  return parts.length ? parts.join(t(lang, 'init.and')) : undefined;
}

function enumValues(s: z.ZodType): string[] | undefined {
  if (kind(s) === 'enum') return enumValuesOf(s);
  if (kind(s) === 'array') {
    const el = elementOf(s);
    return kind(el) === 'enum' ? enumValuesOf(el) : undefined;
  }
  return undefined;
}

/** `inherited`: the value an enclosing block's default gives this field (it wins over the field's own). */
function emitField(out: string[], key: string, field: z.ZodType, depth: number, inherited?: unknown, lang: Lang = 'en'): void {
  const pad = '  '.repeat(depth);
  const own = unwrap(field);
  const info = inherited === undefined ? own : { ...own, defaultValue: inherited };
  const note = comment(field, info.description, lang);
  const inner = info.inner;
  const k = kind(inner);

  if (!info.isBlank && info.defaultValue === undefined && kind(field) === 'optional') {
    // optional without a default: shown commented out
    if (note) out.push(`${pad}# ${note}`);
    out.push(`${pad}# ${key}:`);
    return;
  }
  if (note) out.push(`${pad}# ${note}`);

  const union = unionOption(inner, info.defaultValue);
  if (union && info.defaultValue !== undefined) {
    out.push(`${pad}${key}:`);
    const shape = shapeOf(union)!;
    const dv = info.defaultValue as Record<string, unknown>;
    for (const [k2, f2] of Object.entries(shape)) {
      emitField(out, k2, f2, depth + 1, dv[k2], lang);
    }
    return;
  }
  if (k === 'object' && (info.isBlank || info.defaultValue === undefined || isPlainObject(info.defaultValue))) {
    const lines: string[] = [];
    const given = isPlainObject(info.defaultValue) ? (info.defaultValue as Record<string, unknown>) : {};
    for (const [k2, f2] of Object.entries(shapeOf(inner)!)) emitField(lines, k2, f2, depth + 1, given[k2], lang);
    // a block whose fields are all optional stays commented out as a whole
    const used = lines.some((l) => !l.trimStart().startsWith('#'));
    out.push(`${pad}${used ? '' : '# '}${key}:`, ...lines);
    return;
  }
  if (k === 'array' && info.isBlank) {
    const el = elementOf(inner);
    if (kind(el) === 'object') {
      out.push(`${pad}${key}:`);
      const lines: string[] = [];
      for (const [k2, f2] of Object.entries(shapeOf(el)!)) emitField(lines, k2, f2, depth + 2, undefined, lang);
      // first field line of the item carries the "- "
      const first = lines.findIndex((l) => !l.trimStart().startsWith('#'));
      lines[first] = `${pad}  - ${lines[first]!.trimStart()}`;
      out.push(...lines);
      return;
    }
  }
  if (Array.isArray(info.defaultValue) && info.defaultValue.some(isPlainObject)) {
    // a list of objects (the annexes a type lists unless told otherwise) as block YAML
    const body = YAML.stringify(info.defaultValue, { lineWidth: 0 }).trimEnd().split('\n');
    out.push(`${pad}${key}:`, ...body.map((l) => `${pad}  ${l}`));
    return;
  }
  if (info.defaultValue !== undefined) {
    out.push(`${pad}${key}: ${scalar(info.defaultValue)}`);
    return;
  }
  out.push(`${pad}${key}:`);
}

function isPlainObject(v: unknown): boolean {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function scalar(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => scalar(x)).join(', ')}]`;
  return YAML.stringify(v, { lineWidth: 0 }).trim();
}
