// The properties of issue 9, shared by test/properties.test.ts (fixed seed, few runs, in `npm test`)
// and test/fuzz.test.ts (random seeds for minutes, `npm run fuzz`). Every spec starts from one of
// examples/*.yaml, parsed with `yaml`:
//   valid     values varied within what the schema and the rules allow (names, addresses, amounts,
//             dates, durations, lists) build in every format asked for, and the Markdown, read back,
//             holds each varied text value exactly;
//   mutated   a value's type changed, keys deleted, unknown keys inserted, strings replaced with
//             hostile text (private use, lone surrogates, controls, bidi overrides, emoji, 10,000+
//             characters, YAML- and template-special text): convert() never throws; either ok with
//             each inserted text value in the Markdown, or not ok with well-formed diagnostics.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import YAML from 'yaml';
import { type ConvertOptions, type ConvertResult, convert } from '../../src/convert.js';
import { TYPES as SCHEMA_TYPES } from '../../src/index.js';
import { capitals } from '../../src/text/money.js';
import { coupleFeeRows } from '../fee-rows.mjs';
import { fieldKinds, pathKey } from '../schema-fields.mjs';

type Format = 'md' | 'docx' | 'pdf' | 'html';
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const root = join(import.meta.dirname, '..', '..');
export const EXAMPLES: { type: string; spec: Json }[] = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => {
    const spec = YAML.parse(readFileSync(join(root, 'examples', f), 'utf8')) as Json;
    return { type: (spec as { type: string }).type, spec };
  });
export const TYPES = EXAMPLES.map((e) => e.type);

// ── walking a spec ──────────────────────────────────────────────────────────────────────────────

const isObj = (x: unknown): x is { [k: string]: Json } => typeof x === 'object' && x !== null && !Array.isArray(x);
function nodes(o: Json, p: Path = []): [Path, Json][] {
  const here: [Path, Json][] = [[p, o]];
  if (Array.isArray(o)) return [...here, ...o.flatMap((v, i) => nodes(v, [...p, i]))];
  if (isObj(o)) return [...here, ...Object.entries(o).flatMap(([k, v]) => nodes(v, [...p, k]))];
  return here;
}
const parentOf = (o: Json, p: Path): any => p.slice(0, -1).reduce((x: any, k) => x[k], o);
function setAt(o: Json, p: Path, v: Json): void {
  if (p.length) parentOf(o, p)[p.at(-1)!] = v;
}
function deleteAt(o: Json, p: Path): void {
  const parent = parentOf(o, p);
  if (Array.isArray(parent)) parent.splice(p.at(-1) as number, 1);
  else delete parent[p.at(-1)!];
}

/** Free-text fields a template prints as written (found by putting a marker in each string of every example). */
const TEXT_KEYS = new Set(
  (
    'title signingPlace name legalRepresentative authorisedAgent registeredAddress mailingAddress contactPerson contactAuthority ' +
    'qualification bankName accountName clientIndustry clientNeeds providerCapabilities account description clientSupport unit note ' +
    'calculation scope settlement text standard process target assessment platformRules measures mediation term meaning content ' +
    'schedule place commission seat problem remedy damagesFormula law'
  ).split(' '),
);
const TEXT_LISTS = new Set(['metrics', 'standards', 'breachActs', 'tasks']);
/** accepted by the schema but printed by no template of the type: none since the signing place and
 * qualifications are printed in the head and the parties block where the templates do not */
const UNPRINTED: Record<string, string[]> = {};

/** Whether the value at `p` (a string in the example) is text the Markdown prints as written. */
export function printedText(type: string, p: Path, spec?: Json): boolean {
  if (UNPRINTED[type]?.includes(p.join('.'))) return false;
  // the bank account is printed only when the fee is paid by bank transfer
  if (p.includes('bank')) {
    const methods = (spec as any)?.payment?.methods;
    if (Array.isArray(methods) ? !methods.includes('bank-transfer') : methods !== undefined) return false;
  }
  if (p[0] === 'type' || p[0] === 'locale' || p[0] === 'fonts') return false;
  const last = p.at(-1)!;
  if (typeof last === 'number') return TEXT_LISTS.has(String(p.at(-2)));
  if (p.length === 2 && p[0] === 'contract' && last === 'number') return true;
  if (p[0] === 'clauses' && p[1] === 'replace' && p.length === 3) return true;
  if (p[0] === 'clauses' && p[1] === 'add' && (last === 'id' || last === 'after' || last === 'before')) return false;
  return TEXT_KEYS.has(last);
}

// ── reading the Markdown back ───────────────────────────────────────────────────────────────────

/** The Markdown's text as a reader sees it: escapes and character references resolved, one block a line. */
export function readBack(md: string): string {
  const out: string[] = [];
  const inline = (n: any): string => (n.type === 'break' ? '\n' : 'value' in n ? String(n.value) : (n.children ?? []).map(inline).join(''));
  const walk = (n: any): void => {
    if (['paragraph', 'heading', 'tableCell'].includes(n.type)) out.push(inline(n));
    else (n.children ?? []).forEach(walk);
  };
  walk(fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  return out.join('\n');
}

/**
 * What of an inserted value must appear: trimmed as the schema trims; a list cell may drop one
 * final 。; a tab or a no-break space read as the space it meant (text pasted from Word: the loader
 * normalises it in every value, the contract number included; README "Text pasted from Word").
 */
export function expectedPieces(v: string): string[] {
  // prose: blank lines separate paragraphs, "- " starts a list item; check each line on its own
  return v
    .replace(/[\t\u00a0]/g, ' ')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim().replace(/^- /, '').trim())
    .filter((l) => l !== '');
}
/**
 * The templates end a value's sentence themselves ({{sentence x}}, {{bare x}}): closing
 * punctuation at its end may be replaced (render.ts TRAILING), so a value is present when what
 * comes before that punctuation is; a value that is nothing but such punctuation has nothing to check.
 */
const TRAILING = /[\s。；;，,、：:.！？!?]+$/u;
function present(text: string, md: string, piece: string): boolean {
  const bare = piece.replace(TRAILING, '');
  return bare === '' || md.includes(piece) || text.includes(piece) || text.includes(bare);
}

// ── valid specs ─────────────────────────────────────────────────────────────────────────────────

const HANZI = [
  ...'上海北京深圳苏州杭州市区路街号楼室有限公司科技服务管理中心张王李赵陈刘明华伟芳静云帆智联澄餐饮维修咨询技术支持平台客户甲乙丙丁一二三四五六七八九十',
];
const LATIN = [...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'];
const INNER = [...'（）、，·-/.：'];
const ch = (xs: string[]) => fc.constantFrom(...xs);
/** One line of ordinary contract text: hanzi, letters, digits, some punctuation inside, never at the ends. */
export const plainText = fc
  .tuple(
    ch([...HANZI, ...LATIN]),
    fc.array(fc.oneof({ weight: 6, arbitrary: ch(HANZI) }, { weight: 3, arbitrary: ch(LATIN) }, { weight: 1, arbitrary: ch([...INNER, ' ']) }), {
      maxLength: 40,
    }),
    ch([...HANZI, ...LATIN]),
  )
  .map(([a, m, b]) => (a + m.join('') + b).replace(/ {2,}/g, ' '));

const dateArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 9_999_999 }),
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 100),
);

/** A variation of one example: each choice fast-check can shrink towards "as in the example". */
export interface ValidCase {
  ex: number;
  texts: string[];
  amounts: (number | null)[];
  durations: (number | null)[];
  signingDate: string | null;
  term: { start: string; days: number } | null;
  keep: boolean[][];
}

export const validCase = (types: readonly number[] = EXAMPLES.map((_, i) => i)): fc.Arbitrary<ValidCase> =>
  fc.record({
    ex: fc.constantFrom(...types),
    texts: fc.array(
      fc.option(plainText, { freq: 2, nil: '' }).map((s) => s ?? ''),
      { minLength: 10, maxLength: 80 },
    ),
    amounts: fc.array(fc.option(amountArb, { nil: null }), { maxLength: 20 }),
    durations: fc.array(fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }), { maxLength: 30 }),
    signingDate: fc.option(dateArb, { nil: null }),
    term: fc.option(fc.record({ start: dateArb, days: fc.integer({ min: 400, max: 4000 }) }), { nil: null }),
    keep: fc.array(fc.array(fc.boolean(), { maxLength: 10 }), { maxLength: 12 }),
  });

/** The amounts and durations of each type, read from its schema (test/schema-fields.mjs), not named here. */
const KINDS = new Map(SCHEMA_TYPES.map((t) => [t.id, fieldKinds(t.schema) as Map<string, string>]));
/** Whether the number at `p` is an amount: a money or amount field, or the figure of a money field's {amount, inWords}. */
const isAmountAt = (type: string, p: Path) => {
  const kinds = KINDS.get(type)!;
  const kind = kinds.get(pathKey(p));
  return kind === 'money' || kind === 'amount' || (p.at(-1) === 'amount' && kinds.get(pathKey(p.slice(0, -1))) === 'money');
};
const isDurationAt = (type: string, p: Path) => KINDS.get(type)!.get(pathKey(p)) === 'duration';
/** durations that rules compare with others (tier order, notice shorter than the term): left as written */
const ordered = (p: Path) => p[0] === 'term' || p[0] === 'tiers';

/** The spec of a valid case, and the text values it varied (to find in the Markdown). */
export function buildValid(c: ValidCase): { spec: Json; type: string; texts: string[]; at: Map<string, string> } {
  const { type } = EXAMPLES[c.ex]!;
  const spec = structuredClone(EXAMPLES[c.ex]!.spec);
  // lists: keep a non-empty subset of each list of several items (objects or enum values)
  // (not an annex's table: its rows and header must keep their cells; not the fee table, whose
  // rows other amounts name)
  const lists = nodes(spec).filter(
    ([p, v]) =>
      Array.isArray(v) && v.length > 1 && p[0] !== 'clauses' && !(p[0] === 'annexes' && p.includes('table')) && !(p[0] === 'fees' && p[1] === 'items'),
  );
  lists.forEach(([p, v], i) => {
    const keep = c.keep[i];
    if (!keep) return;
    const arr = v as Json[];
    const kept = arr.filter((_, j) => keep[j] ?? true);
    setAt(spec, p, kept.length ? kept : arr.slice(0, 1));
  });
  const at = new Map<string, string>();
  let ti = 0;
  let ai = 0;
  let di = 0;
  for (const [p, v] of nodes(spec)) {
    if (typeof v === 'string' && printedText(type, p, spec)) {
      const t = c.texts[ti++];
      if (t) {
        setAt(spec, p, t);
        at.set(p.join('.'), t);
      }
    } else if (typeof v === 'number' && isAmountAt(type, p)) {
      const a = c.amounts[ai++];
      // an amount with its capitals (inWords) is checked against them: left as written
      if (a !== undefined && a !== null && !('inWords' in parentOf(spec, p))) setAt(spec, p, a);
    } else if (typeof v === 'string' && !ordered(p) && isDurationAt(type, p)) {
      const n = c.durations[di++];
      if (n !== undefined && n !== null) setAt(spec, p, v.replace(/^\d+(?:\.\d+)?/, String(n)));
    }
  }
  // a separate confidentiality agreement is relied on only while its annex is listed, under its title (rules: documentRules)
  const conf = (spec as any).confidentiality;
  if (conf?.separateAgreement && !((spec as any).annexes ?? []).some((a: any) => String(a?.title ?? '').includes('保密协议'))) conf.separateAgreement = false;
  // amounts the fee table states once (validate/legal.ts): the on-call fee and the excess price
  // are their rows' amounts, the monthly fee the sum of the fixed rows (test/fee-rows.mjs)
  coupleFeeRows(spec as any, { type, capitals: (n: number) => capitals(n, (spec as any).fees?.currency ?? 'CNY') });
  const contract = (spec as any).contract;
  if (c.signingDate && contract) contract.signingDate = c.signingDate;
  const term = (spec as any).term;
  if (c.term && term && typeof term.start === 'string') {
    term.start = c.term.start;
    if (typeof term.end === 'string') {
      const end = new Date(Date.parse(`${c.term.start}T00:00:00Z`) + c.term.days * 86_400_000);
      // the schema's years stop at 2200
      term.end = end.getUTCFullYear() > 2200 ? '2200-12-31' : end.toISOString().slice(0, 10);
    }
  }
  for (const k of at.keys())
    if (
      !printedText(
        type,
        k.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x)),
        spec,
      )
    )
      at.delete(k);
  return { spec, type, texts: [...at.entries()].map(([k, v]) => `${k}\u0000${v}`), at };
}

// ── mutations ───────────────────────────────────────────────────────────────────────────────────

const codeUnits = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => String.fromCharCode(n));
const EMOJI = ['😀', '👨‍👩‍👧‍👦', '🇨🇳', '❤️', '🏳️‍🌈', '🧑🏽‍💻', '👍🏿', '🀄', '𠀀', '𪚥'];
const YAML_SPECIAL = [
  '*',
  '&',
  '{{',
  '}}',
  '{{name}}',
  '{{{x}}}',
  '{{> p}}',
  '|',
  '#',
  '>',
  '- ',
  ': ',
  '!',
  '%',
  '@',
  '`',
  '[',
  ']',
  '---',
  '...',
  '~',
  'null',
  'true',
  '0x1F',
  '1e3',
  '<b>',
  '\\',
  '"',
  "'",
  '*a*',
  '_a_',
  '[x](y)',
  '<!-- -->',
  '&amp;',
  '\t',
  '\n',
  '\n\n',
  ' ',
];
/** one piece of hostile text */
const piece = fc.oneof(
  plainText,
  codeUnits(0xe000, 0xf8ff),
  codeUnits(0xd800, 0xdfff),
  codeUnits(0x00, 0x1f),
  codeUnits(0x7f, 0x9f),
  codeUnits(0x202a, 0x202e),
  ch(EMOJI),
  ch(YAML_SPECIAL),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
export const hostileText = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((xs) => xs.join('')) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.integer({ min: 10_000, max: 25_000 })).map(([xs, n]) =>
      xs
        .join('')
        .repeat(Math.ceil(n / Math.max(1, xs.join('').length)))
        .slice(0, Math.max(n, 10_000)),
    ),
  },
);
/** a value of any shape, for retyping */
const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  plainText,
  fc.array(fc.oneof(fc.integer(), plainText), { maxLength: 3 }),
  fc.dictionary(fc.oneof(ch(['name', 'amount', 'title', 'x']), plainText), fc.oneof(fc.integer(), plainText), { maxKeys: 3 }),
);

export type Mutation =
  | { kind: 'retype'; pick: number; value: Json }
  | { kind: 'delete'; pick: number }
  | { kind: 'unknownKey'; pick: number; key: string; value: Json }
  | { kind: 'string'; pick: number; value: string; raw: boolean; printed: boolean };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('retype' as const), pick: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('unknownKey' as const), pick: fc.nat(), key: fc.oneof(plainText, hostileText), value: anyValue }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('string' as const), pick: fc.nat(), value: hostileText, raw: fc.boolean(), printed: fc.boolean() }) },
);

export interface MutatedCase {
  base: ValidCase;
  muts: Mutation[];
}
export const mutatedCase = (types?: readonly number[]): fc.Arbitrary<MutatedCase> =>
  fc.record({ base: validCase(types), muts: fc.array(mutation, { minLength: 1, maxLength: 3 }) });

const PH = (i: number) => `fcph${i}x`;
/** A YAML double-quoted scalar: controls, surrogates (each code unit: "\ud800"), bidi and private use escaped. */
export function yamlQuoted(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (s[i] === '"' || s[i] === '\\') out += `\\${s[i]}`;
    else if (
      c < 0x20 ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0xd800 && c <= 0xdfff) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0xe000 && c <= 0xf8ff) ||
      c === 0xfeff ||
      c >= 0xfff0
    )
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += s[i];
  }
  return `${out}"`;
}

/** The YAML of a mutated case and the text values inserted at printed places (to find in the Markdown). */
export function buildMutated(c: MutatedCase): { yaml: string; type: string; texts: string[] } {
  const { spec, type, at } = buildValid(c.base);
  return applyMutations(spec, type, c.muts, at);
}

/**
 * A spec with mutations applied, as YAML; `at` (path → printed text) tracks the values the
 * Markdown must show, or is left out when nothing is to be looked for (a generated spec).
 */
export function applyMutations(spec: Json, type: string, muts: Mutation[], at?: Map<string, string>): { yaml: string; type: string; texts: string[] } {
  const track = at !== undefined;
  at ??= new Map();
  const subs: string[] = [];
  for (const m of muts) {
    const all = nodes(spec).filter(([p]) => p.length > 0);
    if (m.kind === 'retype' || m.kind === 'delete') {
      const [p, v] = all[m.pick % all.length]!;
      if (m.kind === 'delete') deleteAt(spec, p);
      else if (typeof m.value !== typeof v || Array.isArray(m.value) !== Array.isArray(v)) setAt(spec, p, m.value);
      else setAt(spec, p, m.value === null ? 0 : null);
      at.clear(); // the varied values may have gone with it
    } else if (m.kind === 'unknownKey') {
      const objs = nodes(spec).filter(([, v]) => isObj(v));
      const [, o] = objs[m.pick % objs.length]!;
      (o as Record<string, Json>)[PH(subs.length)] = m.value;
      subs.push(yamlQuoted(m.key));
    } else {
      // half the time a free-text field the Markdown prints, else any string
      const any = all.filter(([, v]) => typeof v === 'string');
      const printed = any.filter(([p]) => printedText(type, p, spec));
      const strings = m.printed && printed.length ? printed : any;
      if (!strings.length) continue;
      const [p] = strings[m.pick % strings.length]!;
      const raw = m.raw && !/[\u0000-\u001f\u007f-\u009f\ud800-\udfff\u2028\u2029\ufeff]/.test(m.value);
      setAt(spec, p, PH(subs.length));
      subs.push(raw ? m.value : yamlQuoted(m.value));
      if (!raw && track && printedText(type, p, spec)) at.set(p.join('.'), m.value);
      else at.delete(p.join('.'));
    }
  }
  let yaml = YAML.stringify(spec, { lineWidth: 0 });
  subs.forEach((s, i) => (yaml = yaml.replace(PH(i), () => s)));
  for (const k of at.keys())
    if (
      !printedText(
        type,
        k.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x)),
        spec,
      )
    )
      at.delete(k);
  return { yaml, type, texts: [...at.entries()].map(([k, v]) => `${k}\u0000${v}`) };
}

// ── the checks ──────────────────────────────────────────────────────────────────────────────────

const FILE = 'fuzz.yaml';
const decoder = new TextDecoder();

/** Throws (an assertion, for fast-check to shrink) unless the result is as the properties say. */
export async function check(
  yaml: string,
  texts: string[],
  formats: Format[],
  mustBuild: boolean,
  options: Omit<ConvertOptions, 'file' | 'formats'> = {},
): Promise<ConvertResult> {
  // the generator varies values, not the commercial consistency the lint rules hold a final
  // contract to (test/lint.test.ts): the pipeline is what is checked here
  const r = await convert(yaml, { file: FILE, formats, lint: false, ...options });
  if (!r.ok) {
    if (mustBuild) throw new Error(`a valid spec was refused:\n${r.diagnostics.map((d) => `${d.line}:${d.col} ${d.ruleId} ${d.message}`).join('\n')}`);
    if (!r.diagnostics.length) throw new Error('ok: false with no diagnostics');
    // the package's own templates failing on a spec is a bug in svc-contract (exit 3)
    if (r.fault === 'bundled-templates' && !options.templates)
      throw new Error(`the bundled templates failed:\n${r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.ruleId} ${d.message}`).join('\n')}`);
    for (const d of r.diagnostics) {
      const bad: string[] = [];
      // a template mistake is at a template: the user's, or (for what only the rendered whole
      // shows: a marker in a sentence, a blank in a final contract) line 1 of the main template;
      // a {{ref}} to a clause that is not there is the spec's fault (an omitted clause), at the template
      if (d.file !== FILE && !/^(my-)?templates\//.test(d.file)) bad.push(`file ${JSON.stringify(d.file)}`);
      if (!Number.isInteger(d.line) || d.line < 1) bad.push(`line ${d.line}`);
      if (!Number.isInteger(d.col) || d.col < 1) bad.push(`col ${d.col}`);
      if (typeof d.ruleId !== 'string' || !d.ruleId) bad.push(`ruleId ${JSON.stringify(d.ruleId)}`);
      if (d.severity !== 'error' && d.severity !== 'warning') bad.push(`severity ${JSON.stringify(d.severity)}`);
      if (typeof d.message !== 'string' || !d.message) bad.push(`message ${JSON.stringify(d.message)}`);
      if (STACK.test(JSON.stringify(d))) bad.push('a stack trace');
      if (bad.length) throw new Error(`malformed diagnostic (${bad.join(', ')}): ${JSON.stringify(d).slice(0, 500)}`);
    }
    return r;
  }
  for (const f of formats) if (!r.outputs[f]?.byteLength) throw new Error(`ok: true but the ${f} output is empty`);
  if (!texts.length) return r;
  const md = decoder.decode(r.outputs.md);
  const text = readBack(md);
  for (const entry of texts) {
    const cut = entry.indexOf('\u0000');
    const [path, t] = [entry.slice(0, cut), entry.slice(cut + 1)];
    for (const p of expectedPieces(t)) {
      if (!present(text, md, p))
        throw new Error(`ok: true but the Markdown lacks the value at ${path}: ${JSON.stringify(p.length > 200 ? `${p.slice(0, 200)}…` : p)}`);
    }
  }
  return r;
}

/** A line of a JavaScript stack trace (\n    at f (file:1:2)), which no message may carry. */
export const STACK = /(?:\n|\\n)\s*at .*(?:\.[cm]?[jt]s|<anonymous>|node:)/;

export interface Settings {
  formats: Format[];
  types?: readonly number[];
}

export const validProperty = (s: Settings) =>
  fc.asyncProperty(validCase(s.types), async (c) => {
    const { spec, texts } = buildValid(c);
    await check(YAML.stringify(spec, { lineWidth: 0 }), texts, s.formats, true);
  });

export const mutatedProperty = (s: Settings, skip: (yaml: string) => string | undefined = () => undefined) =>
  fc.asyncProperty(mutatedCase(s.types), async (c) => {
    const { yaml, texts } = buildMutated(c);
    if (skip(yaml)) return; // a known bug, named by `skip`
    await check(yaml, texts, s.formats, false);
  });

/** A case as the report shows it: the spec's YAML, long values cut. */
export function showCase(c: ValidCase | MutatedCase): string {
  const yaml = 'muts' in c ? buildMutated(c).yaml : YAML.stringify(buildValid(c).spec, { lineWidth: 0 });
  return yaml.replace(/[^\n]{300,}/g, (l) => `${l.slice(0, 200)}… (${l.length} characters)`);
}
