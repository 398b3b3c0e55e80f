// Values never become Markdown. Every user value reaches the template as a token (private-use
// characters around a number); the Markdown parser sees only the token, and the tree builder
// puts the value back as literal text. So `*`, `#`, `|`, `[`, `<`, `{{`, backslashes and
// newlines in a party's name cannot change the document's structure, in any output format.
import type * as z from 'zod';
import { annexTable, identityColumns } from '../schema/blocks.js';
import { blankWaivers } from '../schema/primitives.js';
import { elementOf, kind, optionsOf, shapeOf, unionOption, unwrap, valueTypeOf } from '../schema/walk.js';
import type { BlankSize, Block } from '../tree/types.js';
import { blankSizeOf } from './blank-size.js';

export type TokenValue =
  /**
   * a value the user wrote. An identity value (a name, an address: the schema's identity()) prints
   * exactly as written in every locale; prose is converted with the template text (T-M1)
   */
  | { kind: 'text'; value: string; identity?: boolean }
  | { kind: 'blank'; size?: BlankSize }
  | { kind: 'ref'; id: string; where: string }
  /** several clauses, those the contract has: for lists such as survival clauses */
  | { kind: 'refs'; ids: string[]; first?: boolean }
  | { kind: 'marker'; name: 'parties' | 'signature' }
  /** blocks made outside the template (an annex's Markdown file): a paragraph of its own, spliced in by the parser */
  | { kind: 'blocks'; blocks: Block[] };

/** An annex file's blocks with their text converted (its values and its own words alike are the user's prose). */
function convertBlocks(blocks: Block[], convert: (s: string) => string): Block[] {
  return JSON.parse(JSON.stringify(blocks), (key, x) => (key === 'value' && typeof x === 'string' ? convert(x) : x)) as Block[];
}

/** Rows a draft's table leaves to fill in by hand. */
const BLANK_ROWS = 3;

const OPEN = '\uE000';
const CLOSE = '\uE001';
export const TOKEN_RE = /\uE000([0-9a-z]+)\uE001/g;

export class ValueTable {
  private readonly values: TokenValue[] = [];

  token(v: TokenValue): string {
    this.values.push(v);
    return `${OPEN}${(this.values.length - 1).toString(36)}${CLOSE}`;
  }

  text(value: string, identity = false): string {
    return this.token(identity ? { kind: 'text', value, identity } : { kind: 'text', value });
  }

  /** A new text value made from a value's text (trimmed, its full stop): an identity value's stays one. */
  derive(from: unknown, value: string): string {
    const v = typeof from === 'string' ? this.get(from) : undefined;
    return this.text(value, v?.kind === 'text' && v.identity === true);
  }

  /** Every identity value, the longest first: the names converted prose keeps as typed. */
  identities(): string[] {
    const out = new Set<string>();
    for (const v of this.values)
      if (v.kind === 'text' && v.identity && v.value.trim()) {
        out.add(v.value.trim());
        // a person's name with a job title: the name alone is kept wherever prose names the person (MA-S3)
        const p = personWithTitle(v.value);
        if (p) out.add(p.name);
      }
    return [...out].sort((a, b) => b.length - a.length);
  }

  /**
   * Convert every prose value in place (a Traditional build), an annex file's words too; identity
   * values stay as written.
   */
  convertProse(convert: (s: string) => string): void {
    for (const v of this.values) {
      if (v.kind === 'text' && !v.identity) v.value = convert(v.value);
      else if (v.kind === 'text') {
        // the job title after a person's name is prose (王蕾（用户服务部经理）): converted, the name kept (issue 17)
        const p = personWithTitle(v.value);
        if (p) v.value = `${p.name}（${convert(p.title)}）`;
      } else if (v.kind === 'blocks') v.blocks = convertBlocks(v.blocks, convert);
    }
  }

  get(token: string): TokenValue | undefined {
    const m = /^\uE000([0-9a-z]+)\uE001$/.exec(token);
    return m ? this.values[parseInt(m[1]!, 36)] : undefined;
  }

  byId(id: string): TokenValue {
    return this.values[parseInt(id, 36)]!;
  }

  /** The original value behind a token (or the value itself); blanks come back as undefined. */
  raw(x: unknown): unknown {
    if (typeof x !== 'string') return x;
    const v = this.get(x);
    if (!v) return x;
    return v.kind === 'text' ? v.value : undefined;
  }

  isBlank(x: unknown): boolean {
    return typeof x === 'string' && this.get(x)?.kind === 'blank';
  }
}

/**
 * The data templates see: the validated spec with every string replaced by its token, every
 * field of the schema present (absent optional values are null, so a misspelt field in a template
 * is an error, not silence), and every blank a draft leaves out a blank token. A blank list
 * becomes one row of blanks; a blank group (tiers.level1) a group of blanks.
 */
export function buildView(schema: z.ZodType, data: unknown, table: ValueTable, options: { draft?: boolean } = {}): unknown {
  return walk({ table, draft: options.draft === true }, schema, data);
}

/** What the view of one spec is built with: its value table, and whether it is a draft. */
interface View {
  table: ValueTable;
  draft: boolean;
}

function walk(c: View, s: z.ZodType, value: unknown, path: readonly string[] = [], inIdentity = false): unknown {
  let v = value;
  const info = unwrap(s);
  const identity = inIdentity || info.isIdentity;
  if ((v === undefined || v === null) && info.defaultValue !== undefined) v = structuredClone(info.defaultValue);
  if (v === undefined || v === null) {
    if (!info.isBlank) return null;
    return blankOf(c, info.inner, path, blankSizeOf(s));
  }
  const option = unionOption(s, v);
  if (option) return walk(c, option, v, path, identity);
  const inner = info.inner;
  const k = kind(inner);
  if (inner === annexTable) return annexTableView(c, v as AnnexTable);
  if (k === 'object') {
    const out: Record<string, unknown> = {};
    const obj = v as Record<string, unknown>;
    // a blank a sibling choice waives (no start date for a term counted from the effective date) stays empty
    for (const [key, field] of Object.entries(shapeOf(inner)!))
      out[key] = (obj[key] === undefined || obj[key] === null) && blankWaivers.get(field)?.(obj) ? null : walk(c, field, obj[key], [...path, key], identity);
    return guardFields(out);
  }
  if (k === 'array') {
    const el = elementOf(inner);
    const row = unwrap(el).inner;
    if (!c.draft || !info.isBlank || kind(row) !== 'object') return (v as unknown[]).map((x) => walk(c, el, x, path, identity));
    // a draft's table (a list of blanks the user fills in): a row the spec leaves empty (init's
    // starter row, its defaults aside) is a row of blanks, and at least BLANK_ROWS rows to write on
    const rows = (v as unknown[]).map((x) => (isEmptyRow(row, x) ? blankRow(c, row, path) : walk(c, el, x, path)));
    while (rows.length < BLANK_ROWS) rows.push(blankRow(c, row, path));
    return rows;
  }
  if (k === 'record') {
    const vt = valueTypeOf(inner);
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([key, x]) => [key, walk(c, vt, x, [...path, key], identity)]));
  }
  if (k === 'union' && typeof v === 'object') {
    const objectOption = optionsOf(inner).find((o) => shapeOf(o));
    return objectOption ? walk(c, objectOption, v, path, identity) : v;
  }
  return tokenise(c, v, identity);
}

/** An annex table: the cells of its name columns are identity values, the rest prose. */
function annexTableView(c: View, t: AnnexTable): unknown {
  const names = identityColumns(t);
  return guardFields({
    header: tokenise(c, t.header),
    rows: t.rows.map((row) => row.map((cell, i) => tokenise(c, cell, names.has(i)))),
    names: t.names ? tokenise(c, t.names) : null,
  });
}

function blankOf(c: View, inner: z.ZodType, path: readonly string[], size: BlankSize): unknown {
  const k = kind(inner);
  if (k === 'object') return walk(c, inner, {}, path);
  if (k === 'array') {
    const el = elementOf(inner);
    // a table to fill in by hand has rows to write on (legal review D-S3), every cell blank:
    // no default is chosen for the user (收费方式, 说明)
    return kind(unwrap(el).inner) === 'object'
      ? Array.from({ length: BLANK_ROWS }, () => blankRow(c, unwrap(el).inner, path))
      : [c.table.token({ kind: 'blank', size })];
  }
  return c.table.token({ kind: 'blank', size });
}

/** A row with no value but its fields' defaults. */
const isEmptyRow = (row: z.ZodType, x: unknown): boolean =>
  !!x &&
  typeof x === 'object' &&
  Object.entries(shapeOf(row)!).every(([key, field]) => {
    const given = (x as Record<string, unknown>)[key];
    return given === undefined || given === null || given === '' || given === unwrap(field).defaultValue;
  });

/**
 * A row of a blank table: every text, choice, number and date it needs a blank, a choice with a
 * default (收费方式) too, so that nothing is chosen for the user; an optional alternative (a price
 * list instead of an amount) left out, switches and lists as the schema leaves them.
 */
function blankRow(c: View, inner: z.ZodType, path: readonly string[]): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shapeOf(inner)!)) {
    const f = unwrap(field);
    const k = kind(f.inner);
    const optional = !f.isBlank && f.defaultValue === undefined && kind(field) === 'optional';
    if (k === 'object') out[key] = optional ? null : blankRow(c, f.inner, [...path, key]);
    else if (optional || k === 'boolean' || k === 'array' || k === 'record') out[key] = walk(c, field, undefined, [...path, key]);
    else out[key] = c.table.token({ kind: 'blank', size: blankSizeOf(field) });
  }
  return guardFields(out);
}

// values that went through a transform (durations) are objects the schema no longer describes
function tokenise(c: View, v: unknown, identity = false): unknown {
  if (typeof v === 'string') return c.table.text(v, identity);
  if (Array.isArray(v)) return v.map((x) => tokenise(c, x, identity));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tokenise(c, x, identity)]));
  return v;
}

type AnnexTable = { header: string[]; rows: (string | number)[][]; names?: string[] | null };

/** A template asked for a field the spec's schema does not have (a misspelt name). */
export class UnknownFieldError extends Error {
  constructor(readonly field: string) {
    super(`the template uses \`${field}\`, which is not a field here`);
    this.name = 'UnknownFieldError';
  }
}

/**
 * Handlebars reads missing fields as empty, even under `strict` when they are a helper's argument
 * ({{money fees.monthy}}). The view's maps therefore refuse to be asked for keys they do not have.
 */
export function guardFields<T extends Record<string, unknown>>(o: T): T {
  return new Proxy(o, {
    get(target, key, receiver) {
      if (typeof key === 'symbol' || key in target || PASS.has(key)) return Reflect.get(target, key, receiver);
      throw new UnknownFieldError(key);
    },
  });
}
// names JavaScript and Handlebars themselves probe on any object
const PASS = new Set(['toJSON', 'then', 'constructor', 'length', 'valueOf', 'toString', '__proto__', 'nodeType', 'inspect']);

/**
 * A person's name followed by a job title, as a contact or an agent is typed: 许佳怡（客户体验部主管）.
 * The name is two to four Han characters (a company's name is longer and ends otherwise).
 */
export function personWithTitle(value: string): { name: string; title: string } | undefined {
  const m = /^(\p{Script=Han}{2,4})（([^（）]+)）$/u.exec(value.trim());
  return m ? { name: m[1]!, title: m[2]! } : undefined;
}
