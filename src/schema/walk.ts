// Reading zod schemas as data: unwrap wrappers, find the schema of a field, list an object's keys.
// Used for hints (did-you-mean, Chinese terms), the blank check, the words a spec may use for an
// enum value, the starter spec and the JSON Schema.
import type * as z from 'zod';
import type { BlankSize } from '../tree/types.js';
import { annexTable, identityColumns } from './blocks.js';
import { blankSizes, blanks, blankWaivers, enumWords, identities, termOf } from './primitives.js';

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => s._zod.def as Def;

export function kind(s: z.ZodType): string {
  return defOf(s).type;
}

/** An array schema's element schema. */
export const elementOf = (s: z.ZodType): z.ZodType => defOf(s).element as z.ZodType;
/** A record schema's value schema. */
export const valueTypeOf = (s: z.ZodType): z.ZodType => defOf(s).valueType as z.ZodType;
/** A union schema's options. */
export const optionsOf = (s: z.ZodType): z.ZodType[] => defOf(s).options as z.ZodType[];
/** An enum schema's values, in their order. */
export const enumValuesOf = (s: z.ZodType): string[] => Object.values(defOf(s).entries as Record<string, string>);

/** Strip optional / nullable / default / transform wrappers, keeping the first description seen. */
export function unwrap(s: z.ZodType): {
  inner: z.ZodType;
  description?: string;
  defaultValue?: unknown;
  isBlank: boolean;
  isIdentity: boolean;
  /** how long a draft's blank for it is drawn (primitives.ts blankSizes), the outermost size given */
  blankSize?: BlankSize;
} {
  let description = s.description;
  let blankSize = blankSizes.get(s)?.size;
  let defaultValue: unknown;
  let isBlank = blanks.has(s);
  let isIdentity = identities.has(s);
  let cur = s;
  for (;;) {
    const def = defOf(cur);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'readonly') cur = def.innerType as z.ZodType;
    else if (def.type === 'default' || def.type === 'prefault') {
      defaultValue = def.defaultValue;
      cur = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') cur = def.in as z.ZodType;
    else break;
    description ??= cur.description;
    isBlank ||= blanks.has(cur);
    isIdentity ||= identities.has(cur);
    blankSize ??= blankSizes.get(cur)?.size;
  }
  return { inner: cur, description, defaultValue, isBlank, isIdentity, ...(blankSize ? { blankSize } : {}) };
}

export function shapeOf(s: z.ZodType): Record<string, z.ZodType> | undefined {
  const { inner } = unwrap(s);
  const def = defOf(inner);
  return def.type === 'object' ? (def.shape as Record<string, z.ZodType>) : undefined;
}

/** For a discriminated union, the option the data selects (or the first one). */
export function unionOption(s: z.ZodType, data: unknown): z.ZodType | undefined {
  const def = defOf(unwrap(s).inner);
  if (def.type !== 'union') return undefined;
  const options = def.options as z.ZodType[];
  const key = def.discriminator as string | undefined;
  if (!key) return undefined;
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return (
    options.find((o) => {
      const lit = shapeOf(o)?.[key];
      return lit && (defOf(lit).values as unknown[] | undefined)?.includes(value);
    }) ?? options[0]
  );
}

/** The schema of the field at `path`, following the data through unions and arrays. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[], data: unknown): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  let d: unknown = data;
  for (const seg of path) {
    if (!s) return undefined;
    const option = unionOption(s, d);
    if (option) s = option;
    const { inner } = unwrap(s);
    const def = defOf(inner);
    if (def.type === 'object') s = (def.shape as Record<string, z.ZodType>)[String(seg)];
    else if (def.type === 'array') s = def.element as z.ZodType;
    else if (def.type === 'record') s = def.valueType as z.ZodType;
    else if (def.type === 'union') {
      // money: number or {amount, inWords}; go on into the field of the object option
      const option = (def.options as z.ZodType[]).find((o) => shapeOf(o)?.[String(seg)]);
      s = option ? shapeOf(option)![String(seg)] : undefined;
    } else return undefined;
    d = d && typeof d === 'object' ? (d as Record<PropertyKey, unknown>)[seg as never] : undefined;
  }
  return s;
}

export function termAt(root: z.ZodType, path: readonly PropertyKey[], data: unknown): string | undefined {
  const s = schemaAt(root, path, data);
  return s ? termOf(unwrap(s).description) : undefined;
}

/** Keys of the object at `path`, for "did you mean" on unknown keys. */
export function keysAt(root: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  const s = path.length === 0 ? root : schemaAt(root, path, data);
  if (!s) return [];
  const option = unionOption(s, walkData(data, path));
  const shape = shapeOf(option ?? s);
  return shape ? Object.keys(shape) : [];
}

function walkData(data: unknown, path: readonly PropertyKey[]): unknown {
  let d = data;
  for (const seg of path) d = d && typeof d === 'object' ? (d as Record<PropertyKey, unknown>)[seg as never] : undefined;
  return d;
}

export interface MissingBlank {
  path: (string | number)[];
  description?: string;
}

/**
 * Walk schema and raw data together. Reports blanks that are missing (undefined or null) and, when
 * `fill` is set, puts an empty map in place of every missing required block, so that a draft may
 * leave whole sections out. Descends into defaults so that a block left to its default still has
 * its blanks checked.
 */
export function findBlanks(schema: z.ZodType, data: unknown, fill: boolean): MissingBlank[] {
  const out: MissingBlank[] = [];
  const visit = (s: z.ZodType, value: unknown, path: (string | number)[]): void => {
    const option = unionOption(s, value);
    if (option) return visit(option, value, path);
    const { inner } = unwrap(s);
    const def = defOf(inner);
    if (def.type === 'object') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return;
      const obj = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const info = unwrap(field);
        let v = obj[key];
        if (v === null && !info.isBlank) {
          // an empty `key:` means the same as leaving the key out
          delete obj[key];
          v = undefined;
        }
        if (v === undefined || v === null) {
          if (info.isBlank && !blankWaivers.get(field)?.(obj)) {
            out.push({ path: [...path, key], description: info.description });
            continue;
          }
          if (info.isBlank) continue;
          if (info.defaultValue !== undefined) {
            v = structuredClone(info.defaultValue);
          } else if (fill && kind(field) === 'object' && defOf(info.inner).type === 'object') {
            // a required block a draft leaves out: an empty map stands in for it
            obj[key] = v = {};
          } else continue;
        }
        visit(field, v, [...path, key]);
      }
    } else if (def.type === 'array' && Array.isArray(value)) {
      value.forEach((item, i) => visit(def.element as z.ZodType, item, [...path, i]));
    } else if (def.type === 'union' && value && typeof value === 'object') {
      const objectOption = (def.options as z.ZodType[]).find((o) => shapeOf(o));
      if (objectOption) visit(objectOption, value, path);
    }
  };
  visit(schema, data, []);
  return out;
}

/**
 * The spec as written → the values the schema holds: an enum value written as its Chinese label
 * or a synonym (电话, 被告所在地, RMB, 诉讼) becomes the value itself (phone, defendant, CNY,
 * litigation). Walks schema and data together, as findBlanks does, changing `data` in place
 * (validate's working copy), so that zod, the rules and the templates see only the values.
 */
export function normaliseWritten(schema: z.ZodType, data: unknown, context: { partyA?: 'provider' | 'client' } = {}): void {
  const visit = (s: z.ZodType, value: unknown): unknown => {
    if (value === undefined || value === null) return value;
    const { inner } = unwrap(s);
    const words = enumWords.get(inner);
    if (words && typeof value === 'string' && context.partyA && words.party && Object.hasOwn(words.party, value)) {
      // 甲方住所地: the role the spec makes 甲方; 乙方住所地: the other
      return words.party[value] === 'A' ? context.partyA : context.partyA === 'provider' ? 'client' : 'provider';
    }
    if (words) return typeof value === 'string' && Object.hasOwn(words.aliases, value) ? words.aliases[value] : value;
    const def = defOf(inner);
    if (typeof value !== 'object') return value;
    if (def.type === 'object' && !Array.isArray(value)) {
      const obj = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        if (Object.hasOwn(obj, key)) obj[key] = visit(field, obj[key]);
      }
    } else if (def.type === 'array' && Array.isArray(value)) {
      value.forEach((item, i) => (value[i] = visit(def.element as z.ZodType, item)));
    } else if (def.type === 'record' && !Array.isArray(value)) {
      const obj = value as Record<string, unknown>;
      for (const key of Object.keys(obj)) obj[key] = visit(def.valueType as z.ZodType, obj[key]);
    } else if (def.type === 'union' && !Array.isArray(value)) {
      const key = def.discriminator as string | undefined;
      const obj = value as Record<string, unknown>;
      // the discriminator first (method: 诉讼), so that the option it names is the one walked
      if (key && Object.hasOwn(obj, key)) {
        for (const o of def.options as z.ZodType[]) {
          const lit = shapeOf(o)?.[key];
          if (lit) obj[key] = visit(lit, obj[key]);
        }
      }
      const option = key ? unionOption(inner, obj) : (def.options as z.ZodType[]).find((o) => shapeOf(o));
      if (option) visit(option, obj);
    }
    return value;
  };
  visit(schema, data);
}

/** The value at a path of plain data (map keys and list indexes); undefined where there is none. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let d = data;
  for (const seg of path) d = d && typeof d === 'object' ? (d as Record<PropertyKey, unknown>)[seg] : undefined;
  return d;
}

/** Every string of plain data with its path, depth first in key order; `fn` returning true stops the walk. */
export function forEachString(data: unknown, fn: (path: (string | number)[], s: string) => boolean | void, path: (string | number)[] = []): boolean {
  if (typeof data === 'string') return fn(path, data) === true;
  if (Array.isArray(data)) return data.some((x, i) => forEachString(x, fn, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).some(([k, x]) => forEachString(x, fn, [...path, k]));
  return false;
}

/**
 * Every identity value of a spec (T-M1: the fields the schema wraps in identity(), an annex
 * table's name columns) with its path: what a Traditional build prints as typed.
 */
export function forEachIdentity(schema: z.ZodType, data: unknown, fn: (path: (string | number)[], value: string) => void): void {
  const walk = (s: z.ZodType, v: unknown, path: (string | number)[], inIdentity: boolean): void => {
    if (v === undefined || v === null) return;
    const info = unwrap(s);
    const identity = inIdentity || info.isIdentity;
    const option = unionOption(s, v);
    if (option) return walk(option, v, path, identity);
    const inner = info.inner;
    if (inner === annexTable) {
      const t = v as { header: string[]; rows: unknown[][]; names?: string[] | null };
      const cols = identityColumns(t);
      t.rows.forEach((row, r) => row.forEach((cell, c) => typeof cell === 'string' && cols.has(c) && fn([...path, 'rows', r, c], cell)));
      return;
    }
    const k = kind(inner);
    if (typeof v === 'string') {
      if (identity) fn(path, v);
    } else if (k === 'object' && typeof v === 'object') {
      for (const [key, field] of Object.entries(shapeOf(inner)!)) walk(field, (v as Record<string, unknown>)[key], [...path, key], identity);
    } else if (k === 'array' && Array.isArray(v)) {
      const el = elementOf(inner);
      v.forEach((x, i) => walk(el, x, [...path, i], identity));
    } else if (k === 'record' && typeof v === 'object') {
      const vt = valueTypeOf(inner);
      for (const [key, x] of Object.entries(v as Record<string, unknown>)) walk(vt, x, [...path, key], identity);
    }
  };
  walk(schema, data, [], false);
}
