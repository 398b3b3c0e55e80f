// Valid specs derived from the zod schemas themselves (issue 23), for `npm run fuzz`
// (test/fuzz.test.ts), the fixed-seed properties (test/properties.test.ts) and the reachability
// test (test/fuzz-reach.test.ts).
//
// `specArb(typeIndex)` walks the type's schema (TYPES[i].schema of the library entry): objects and
// their optional, defaulted and blank fields, arrays within their lengths, enums and literals,
// discriminated and plain unions, records, number ranges and integers, string lengths and
// formats (a regex a field states is generated from, fc.stringMatching, when no hand-written value
// knows it). So a field added to a schema is generated without anyone adding it here.
//
// Hand-written, and only there:
//   - text a reader sees (names, addresses, prose): Chinese text of characters the bundled fonts
//     hold, never 附件N or 保修期 or capitals (rules read those in free text);
//   - formats with a check a regex cannot say: dates on the calendar, credit codes and ID numbers
//     with their check character, durations (a number and one of the units the field's regex
//     lists), times of day, phones, e-mails, clause ids;
//   - amounts: round figures mostly, their 大写 (inWords) made from the figure in fees.currency,
//     the fee table coupled to the amounts it states by test/fee-rows.mjs (shared with the other
//     generators), the clauses to omit by test/schema-fields.mjs;
//   - VAT rates: those of the 增值税法;
//   - `repair()`: what the cross-field rules of src/validate/ require (term end after start, notice
//     shorter than the term, one of dueDay/dueWithin, tier times in order, working hours in order,
//     the data-protection model said one way, annexes with one body each, clause ids that exist …).
// A zod kind this file does not know is generated as nothing and named in `unknownKinds`: the
// reachability test then fails on the field it leaves out.
import fc from 'fast-check';
import type * as z from 'zod';
import { TYPES } from '../../src/index.js';
import { capitals } from '../../src/text/money.js';
import { CONTENT_NEEDS } from '../../src/validate/legal.js';
import { coupleFeeRows } from '../fee-rows.mjs';
import { omittableClauses } from '../schema-fields.mjs';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Def = { type: string; [k: string]: any };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const ABSENT = Symbol('absent');
type Gen = fc.Arbitrary<Json | typeof ABSENT>;

export const TYPE_IDS = TYPES.map((t) => t.id);
/** Kinds of zod schema met that the generator cannot produce, by path (the reachability test reports them). */
export const unknownKinds = new Map<string, string>();

// ── text ────────────────────────────────────────────────────────────────────────────────────────

// no 附 (附件三 is a cross-reference), no 保 修 (保修期 needs a warranty block), no capitals or 元 (amounts in text are checked)
const HANZI = [
  ...'上海北京深圳苏州杭州市区路街号楼室有限公司科技服务管理中心张王李赵陈刘明华伟芳静云帆智联澄餐饮维咨询技术支持平台客户甲乙丙丁一二三四五六七八九十的和在应当可以按照约定事项工作时间内方式系统质量标准',
];
const LATIN = [...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'];
const INNER = [...'（）、，·-/：'];
const ch = (xs: string[]) => fc.constantFrom(...xs);
/** One line of contract text: hanzi mostly, some letters, digits and punctuation inside, never at the ends. */
export const lineText = (max = 30) =>
  fc
    .tuple(
      ch(HANZI),
      fc.array(fc.oneof({ weight: 8, arbitrary: ch(HANZI) }, { weight: 2, arbitrary: ch(LATIN) }, { weight: 1, arbitrary: ch(INNER) }), { maxLength: max }),
      ch(HANZI),
    )
    .map(([a, m, b]) => a + m.join('') + b);
/** Prose: a few sentences, sometimes paragraphs or "- " list items. */
const proseText = fc
  .array(fc.tuple(lineText(40), fc.constantFrom('。', '；', '')), { minLength: 1, maxLength: 4 })
  .chain((ss) =>
    fc.constantFrom('', '\n', '\n\n', '\n- ').map((sep) => (sep === '\n- ' ? `- ${ss.map(([s]) => s).join('\n- ')}` : ss.map(([s, p]) => s + p).join(sep))),
  );

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉'];
const person = fc.tuple(ch(SURNAMES), ch(GIVEN), fc.option(ch(GIVEN), { nil: '' })).map((xs) => xs.join(''));
const CITIES = ['上海市浦东新区', '北京市海淀区', '广东省深圳市南山区', '浙江省杭州市西湖区', '四川省成都市高新区', '江苏省苏州市工业园区'];
const address = fc
  .tuple(ch(CITIES), ch(['中山路', '人民路', '科技路', '世纪大道']), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 30 }))
  .map(([c, r, n, f]) => `${c}${r}${n}号${f}层`);
const _company = fc
  .tuple(
    ch(['上海', '北京', '深圳', '杭州', '成都']),
    ch(['云帆', '华康', '联信', '远航', '星辰', '博远', '启明']),
    ch(['客户服务外包', '信息技术', '电子商务', '网络科技']),
  )
  .map(([c, b, t]) => `${c}${b}${t}有限公司`);

/** Hand-written values by field name: text a reader recognises. */
const BY_KEY: Record<string, fc.Arbitrary<Json>> = {
  legalRepresentative: person,
  authorisedAgent: person,
  contactPerson: fc.tuple(person, fc.option(ch(['（项目经理）', '（客服主管）']), { nil: '' })).map(([p, t]) => p + t),
  registeredAddress: address,
  mailingAddress: address,
  bankName: fc.constantFrom('中国工商银行上海分行', '招商银行深圳南山支行', '中国银行杭州分行营业部'),
  vatRate: fc.constantFrom(13, 9, 6, 5, 3, 1, 0),
  // the bundled faces, served by the properties' readFile
  pdfRegular: fc.constantFrom('fonts/regular.ttf', 'fonts/regular.otf'),
  pdfBold: fc.constant('fonts/bold.ttf'),
  file: fc.integer({ min: 1, max: 9 }).map((n) => `annexes/annex-${n}.md`),
};

// ── formats ─────────────────────────────────────────────────────────────────────────────────────

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
export const addDays = (d: string, n: number) => iso(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000);
const dateArb = fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2150, 11, 31) / 86_400_000 }).map((d) => iso(d * 86_400_000));
const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const creditCodeArb = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 15, maxLength: 15 }).map((xs) => {
  const s = '91' + xs.map((i) => USCC[i]).join('');
  const sum = [...s].reduce((a, c, i) => a + USCC.indexOf(c) * USCC_W[i]!, 0);
  return s + USCC[(31 - (sum % 31)) % 31];
});
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idNumberArb = fc.tuple(fc.integer({ min: 110000, max: 659000 }), dateArb, fc.integer({ min: 0, max: 999 })).map(([area, d, seq]) => {
  const s = `${area}${d.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  const sum = [...s].reduce((a, c, i) => a + Number(c) * ID_W[i]!, 0);
  return s + '10X98765432'[sum % 11];
});
const timeArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(':', '：'), fc.boolean())
      .map(([h, m, c, pad]) => `${pad ? String(h).padStart(2, '0') : h}${c}${String(m).padStart(2, '0')}`),
  },
  { weight: 1, arbitrary: fc.constant('24:00') },
);
const phoneArb = fc.oneof(
  fc
    .tuple(ch(['021', '010', '0755', '0571']), fc.integer({ min: 2000, max: 8999 }), fc.integer({ min: 0, max: 9999 }))
    .map(([a, b, c]) => `${a}-${b} ${String(c).padStart(4, '0')}`),
  fc.integer({ min: 0, max: 99_999_999 }).map(
    (n) =>
      `+86 138 ${String(n)
        .padStart(8, '0')
        .replace(/^(\d{4})/, '$1 ')}`,
  ),
  fc.tuple(fc.integer({ min: 1000_0000, max: 8999_9999 }), fc.integer({ min: 1, max: 999 })).map(([n, x]) => `021-${n} 转 ${x}`),
);
const emailArb = fc
  .tuple(ch(['service', 'legal', 'kefu', 'biz']), fc.integer({ min: 1, max: 99 }), ch(['yunfan', 'huakang', 'lianxin']), ch(['com', 'cn', 'com.cn']))
  .map(([a, n, d, t]) => `${a}${n}@${d}.example.${t}`);

/** Minutes in a duration as written ("3 working days", "2 个月"), for the rules that compare durations. */
export function minutesOf(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(.+)$/.exec(s.trim());
  if (!m) return NaN;
  const w = m[2]!;
  const per = /分钟|^min/.test(w)
    ? 1
    : /工作日|working|business/.test(w)
      ? 1440
      : /hour|小时|^h$/.test(w)
        ? 60
        : /day|日|天/.test(w)
          ? 1440
          : /week|周|星期/.test(w)
            ? 10080
            : /month|月/.test(w)
              ? 43800
              : /year|年/.test(w)
                ? 525600
                : NaN;
  return Number(m[1]) * per;
}

/** A duration in one of the words its regex lists: `^(\d…)\s*(w1|w2|…)$`. */
function durationArb(pattern: RegExp): fc.Arbitrary<string> | undefined {
  const m = /\\s\*\((.*)\)\$$/.exec(pattern.source);
  if (!m) return undefined;
  const words = m[1]!.split('|').map((w) => w.replace(/\\(.)/g, '$1'));
  const n = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 36 }) },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 99 }).map((x) => x + 0.5) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 999_999 }) },
  );
  return fc.tuple(n, ch(words), fc.constantFrom(' ', '')).map(([v, w, sp]) => `${v}${sp}${w}`);
}

/** A string from its checks: a known format, the field's regex, or text. */
function stringArb(d: Def, key: string): fc.Arbitrary<Json> {
  const checks = (d.checks ?? []).map((c: any) => c._zod.def);
  const min = checks.find((c: any) => c.check === 'min_length')?.minimum ?? 0;
  const max = checks.find((c: any) => c.check === 'max_length')?.maximum ?? Infinity;
  const patterns: RegExp[] = checks.filter((c: any) => c.check === 'string_format' && c.pattern).map((c: any) => c.pattern);
  const src = patterns.map((p) => p.source).join(' ');
  if (src.includes('\\d{4}-\\d{2}-\\d{2}')) return dateArb;
  if (src.includes('0-9A-HJ-NPQRTUWXY')) return creditCodeArb;
  if (src.includes('\\d{17}[\\dX]')) return idNumberArb;
  if (src.includes('[0-5]\\d|24')) return timeArb;
  if (src.includes('@')) return emailArb;
  if (src.includes('转|ext')) return phoneArb;
  if (src.includes('^[a-z][a-zA-Z0-9-]')) return fc.integer({ min: 1, max: 99 }).map((n) => `extra-${n}`); // clause ids: repair() places them
  const dur = patterns.map(durationArb).find(Boolean);
  if (dur) return dur;
  if (BY_KEY[key]) return BY_KEY[key]!;
  const text = (patterns.length && src !== '^[^\\r\\n]*$' ? fc.stringMatching(patterns[0]!) : src ? lineText() : proseText) as fc.Arbitrary<string>;
  return text.filter((s) => s.length >= min && s.length <= max);
}

const AMOUNT = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 2000 }).map((n) => n * 50) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 100) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000_000 }) },
);

function numberArb(d: Def, key: string): fc.Arbitrary<Json> {
  if (BY_KEY[key]) return BY_KEY[key]!;
  let lo = -1e9;
  let hi = 1e9;
  let int = false;
  let exclusiveLo = false;
  for (const c of (d.checks ?? []).map((x: any) => x._zod.def)) {
    if (c.check === 'greater_than') {
      lo = Math.max(lo, c.value);
      exclusiveLo = !c.inclusive;
    } else if (c.check === 'less_than') hi = Math.min(hi, c.value);
    else if (c.check === 'number_format' && /int/.test(c.format)) int = true;
  }
  const refined = (d.checks ?? []).some((x: any) => x._zod.def.check === 'custom');
  // an amount (its fen checked by a refinement): round figures mostly
  if (refined && !int && hi >= 1e9) return AMOUNT.filter((n) => n >= lo && n <= hi);
  const ilo = Math.ceil(exclusiveLo ? lo + (int ? 1 : 0.01) : lo);
  const ihi = Math.floor(hi);
  const small = fc.integer({ min: ilo, max: Math.min(ihi, ilo + 30) });
  const whole = fc.integer({ min: ilo, max: ihi });
  if (int) return fc.oneof({ weight: 3, arbitrary: small }, { weight: 1, arbitrary: whole });
  const cents = fc.integer({ min: Math.ceil(lo * 100) + (exclusiveLo ? 1 : 0), max: Math.floor(hi * 100) }).map((n) => n / 100);
  return fc.oneof(
    { weight: 3, arbitrary: small.filter((n) => n > lo || !exclusiveLo) },
    { weight: 2, arbitrary: cents },
    { weight: 1, arbitrary: whole.filter((n) => n > lo || !exclusiveLo) },
  );
}

// ── the schema walk ─────────────────────────────────────────────────────────────────────────────

interface Ctx {
  path: string[];
  /** draft specs may leave blanks out */
  draft: boolean;
}

/** How often an optional field is written. */
const PRESENT = 0.65;

/** A field of an object: its value, or ABSENT when left out. */
function fieldArb(s: z.ZodType, ctx: Ctx): Gen {
  const d = defOf(s);
  if (d.type === 'optional' && defOf(d.innerType).type === 'nullable') {
    // a blank: required in a final spec; a draft may leave it out or write ~
    const inner = arb(defOf(d.innerType).innerType, ctx);
    return ctx.draft
      ? fc.oneof({ weight: 4, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(ABSENT) }, { weight: 1, arbitrary: fc.constant(null) })
      : inner;
  }
  if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault') {
    const inner = arb(d.innerType, ctx);
    // a block with blanks of its own is required of a final spec, though it has a default
    if (!ctx.draft && hasBlanks(d.innerType)) return inner;
    return fc.oneof({ weight: Math.round(PRESENT * 20), arbitrary: inner }, { weight: Math.round((1 - PRESENT) * 20), arbitrary: fc.constant(ABSENT) });
  }
  return arb(s, ctx);
}

/** Whether an object (through wrappers) has a blank field. */
function hasBlanks(s: z.ZodType): boolean {
  let d = defOf(s);
  while (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(d.type)) d = defOf(d.innerType);
  if (d.type !== 'object') return false;
  return Object.values(d.shape as Record<string, z.ZodType>).some((f) => {
    const fd = defOf(f);
    return fd.type === 'optional' && defOf(fd.innerType).type === 'nullable';
  });
}

const lengths = (d: Def) => {
  const checks = (d.checks ?? []).map((c: any) => c._zod.def);
  const min = checks.find((c: any) => c.check === 'min_length')?.minimum ?? 0;
  const max = checks.find((c: any) => c.check === 'max_length')?.maximum ?? Infinity;
  return { min, max };
};

/** The value of a schema (never ABSENT for a value inside a list or union). */
export function arb(s: z.ZodType, ctx: Ctx): Gen {
  const d = defOf(s);
  const key = ctx.path.at(-1) ?? '';
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return arb(d.innerType, ctx);
    case 'pipe':
      return arb(d.in, ctx);
    case 'string':
      return stringArb(d, key);
    case 'number':
      return numberArb(d, key);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(Object.values(d.entries) as string[]));
    case 'literal':
      return fc.constantFrom(...(d.values as Json[]));
    case 'object': {
      const shape = d.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      return fc.tuple(...keys.map((k) => fieldArb(shape[k]!, { ...ctx, path: [...ctx.path, k] }))).map((vs) => {
        const o: Record<string, Json> = {};
        vs.forEach((v, i) => {
          if (v !== ABSENT) o[keys[i]!] = v;
        });
        return o;
      });
    }
    case 'array': {
      const { min, max } = lengths(d);
      const el = arb(d.element, { ...ctx, path: [...ctx.path, '[]'] }) as fc.Arbitrary<Json>;
      return fc.array(el, { minLength: min, maxLength: Math.min(max, min + 3) });
    }
    case 'union': {
      // money: an amount, or {amount, inWords} with its capitals (made from the figure by repair())
      return fc.oneof(...(d.options as z.ZodType[]).map((o) => arb(o, ctx) as fc.Arbitrary<Json>));
    }
    case 'record': {
      const v = arb(d.valueType, { ...ctx, path: [...ctx.path, '*'] }) as fc.Arbitrary<Json>;
      // keys are named by repair() where they mean something (clauses.replace: clause ids)
      return fc.array(fc.tuple(fc.integer({ min: 0, max: 999 }), v), { maxLength: 3 }).map((es) => Object.fromEntries(es.map(([k, x]) => [`k${k}`, x])));
    }
    default:
      unknownKinds.set(ctx.path.join('.'), d.type);
      return fc.constant(ABSENT);
  }
}

// ── consistency: what the rules of src/validate/ ask beyond the schema ──────────────────────────

const isObj = (x: unknown): x is Record<string, any> => typeof x === 'object' && x !== null && !Array.isArray(x);
const present = (x: unknown) => x !== undefined && x !== null;
const normTime = (t: string) => t.replace('：', ':').padStart(5, '0');

/** A tiny seeded generator, for the choices repair() makes (a bit from fast-check per case). */
function chooser(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
  };
}

/** The field schema at a path of the type's schema (through wrappers), or undefined. */
function fieldSchema(root: z.ZodType, path: string[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  for (const k of path) {
    let d: Def = defOf(s!);
    while (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(d.type)) d = defOf(d.innerType);
    if (d.type !== 'object') return undefined;
    s = (d.shape as Record<string, z.ZodType>)[k];
    if (!s) return undefined;
  }
  return s;
}
/** Whether a field must be written (a final spec's blank, or a required field). */
function required(root: z.ZodType, path: string[]): boolean {
  const s = fieldSchema(root, path);
  if (!s) return false;
  const d = defOf(s);
  if (d.type === 'optional') return defOf(d.innerType).type === 'nullable';
  return !['default', 'prefault'].includes(d.type);
}

function deleteAt(o: Record<string, any>, path: string[]): void {
  const parent = path.slice(0, -1).reduce<any>((x, k) => (isObj(x) ? x[k] : undefined), o);
  if (isObj(parent)) delete parent[path.at(-1)!];
}

export function repair(spec: Record<string, any>, typeIndex: number, seed: number): Record<string, any> {
  const type = TYPES[typeIndex]!;
  const root = type.schema as z.ZodType;
  const pick = chooser(seed);
  const draft = spec.draft === true;
  const drop = (a: string[], b: string[]) => {
    // one of two fields that say the same thing: keep the one the type requires, else either
    const [keep, gone] = required(root, a) ? [a, b] : required(root, b) ? [b, a] : pick(2) ? [a, b] : [b, a];
    void keep;
    deleteAt(spec, gone);
  };

  // contract: each party's originals fit in the total
  const k = spec.contract;
  if (isObj(k)) {
    const total = k.originals ?? 2;
    const each = k.originalsPerParty ?? 1;
    if (each * 2 > total) {
      if (each * 2 <= 20) k.originals = each * 2;
      else (k.originalsPerParty = Math.max(1, Math.floor(total / 2))), total < 2 && (k.originals = 2);
    }
  }

  // parties: a company signs through its legal representative or an agent; an individual has no credit code
  for (const role of ['provider', 'client']) {
    const p = spec.parties?.[role];
    if (!isObj(p)) continue;
    if ((p.kind ?? 'company') === 'company') {
      if (p.legalRepresentative === undefined && !present(p.authorisedAgent) && !draft) p.legalRepresentative = '张伟';
      // a final 授权委托书 identifies its agent, and the contact a power-of-attorney annex names (rules.ts, MA-S2)
      if (present(p.authorisedAgent) && !draft && !present(p.authorisedAgentIdNumber)) p.authorisedAgentIdNumber = '330105199108231519';
      const poa = Array.isArray(spec.annexes) && spec.annexes.some((a: { content?: string }) => isObj(a) && a.content === 'power-of-attorney');
      if (role === 'client' && poa && !draft && !present(p.contactIdNumber)) p.contactIdNumber = '330106198804122625';
      if (pick(4) === 0) p.name = `上海${['云帆', '华康'][pick(2)]}客户服务有限公司`;
    } else {
      delete p.creditCode;
      if (pick(2) === 0) p.name = ['王芳', '李强', '陈静'][pick(3)];
    }
  }

  // a volume band: its upper bound above its lower bound (legal.ts, WC-S2)
  const vol = spec.services?.volume;
  if (isObj(vol) && typeof vol.lower === 'number' && typeof vol.upper === 'number' && vol.lower >= vol.upper) {
    // both bounds are positiveWhole (at most 1,000,000): npm run fuzz, seed 120822, made 1,000,001
    if (vol.lower >= 1_000_000) vol.lower = 999_999;
    vol.upper = vol.lower + 1;
  }

  // term: end after start, notice shorter than the term, an end or a length
  const t = spec.term;
  if (isObj(t)) {
    // counted from the effective date: no dates of its own, a length (rule term.start, term.startsOnEffect)
    if (t.startsOnEffect === true) {
      delete t.start;
      delete t.end;
      if (!present(t.length)) t.length = '1 year';
    }
    if (present(t.end) && present(t.length)) drop(['term', 'end'], ['term', 'length']);
    // from a start, a length of whole months (the last day is computed)
    if (typeof t.start === 'string' && typeof t.length === 'string') t.length = t.length.replace(/^(\d+)\.\d+/, '$1');
    // ending by 2200 (a longer term is refused: rule term.length)
    if (typeof t.start === 'string' && typeof t.length === 'string' && Number(t.start.slice(0, 4)) + minutesOf(t.length) / 525600 > 2199) t.length = '1 year';
    if (typeof t.start === 'string' && typeof t.end === 'string' && t.end <= addDays(t.start, 30)) {
      t.end = addDays(t.start, 30 + pick(1500));
      if (t.end > '2200-12-31') t.end = '2200-12-31';
      if (t.end <= addDays(t.start, 30)) t.start = addDays(t.end, -400);
    }
    const termMinutes =
      typeof t.start === 'string' && typeof t.end === 'string'
        ? ((Date.parse(t.end) - Date.parse(t.start)) / 86_400_000 + 1) * 1440
        : typeof t.length === 'string'
          ? minutesOf(t.length)
          : undefined;
    if (typeof t.terminationNotice === 'string' && termMinutes !== undefined && minutesOf(t.terminationNotice) >= termMinutes) t.terminationNotice = '1 day';
  }

  // payment: by a day or within a time, not both; online payment through a named channel
  const pay = spec.payment;
  if (isObj(pay)) {
    if (present(pay.dueDay) && present(pay.dueWithin)) drop(['payment', 'dueDay'], ['payment', 'dueWithin']);
    if (Array.isArray(pay.methods) && pay.methods.includes('online-payment') && !present(pay.onlineChannel) && !draft)
      pay.onlineChannel = '甲方平台费用中心的对公在线支付';
  }

  // tiers: level 1 ≤ level 2 ≤ level 3; escalate ≤ first solution ≤ closure
  const tiers = spec.tiers;
  if (isObj(tiers)) {
    const slots: [Record<string, any> | undefined, string][] = [
      [tiers.level1, 'answerWithin'],
      [tiers.level2, 'coordinateWithin'],
      [tiers.level3, 'escalateWithin'],
      [tiers.level3, 'initialSolutionWithin'],
      [tiers.level3, 'closeWithin'],
    ];
    const filled = slots.filter(([o, key]) => isObj(o) && typeof o[key] === 'string');
    const sorted = filled.map(([o, key]) => o![key] as string).sort((a, b) => minutesOf(a) - minutesOf(b));
    filled.forEach(([o, key], i) => (o![key] = sorted[i]));
  }

  // working hours: start before end; the after-hours reply inside them
  for (const h of [spec.services?.hours, spec.communication?.workingHours, spec.operations?.hours]) {
    if (!isObj(h) || typeof h.from !== 'string' || typeof h.to !== 'string') continue;
    if (normTime(h.from) >= normTime(h.to)) [h.from, h.to] = normTime(h.from) === normTime(h.to) ? ['09:00', '18:00'] : [h.to, h.from];
  }
  const c = spec.communication;
  if (
    isObj(c) &&
    typeof c.afterHoursReplyBy === 'string' &&
    isObj(c.workingHours) &&
    typeof c.workingHours.from === 'string' &&
    typeof c.workingHours.to === 'string'
  ) {
    const r = normTime(c.afterHoursReplyBy);
    if (r < normTime(c.workingHours.from) || r > normTime(c.workingHours.to)) c.afterHoursReplyBy = c.workingHours.from;
  }

  // every amount charged is a row of the fee table, the monthly fee the sum of its fixed rows
  // (rules operations.excessPrice, onCall.monthlyFee, fees.monthly): test/fee-rows.mjs
  coupleFeeRows(spec, { type: type.id, capitals: (n: number) => capitals(n, spec.fees?.currency ?? 'CNY') });

  // the court of the signing place needs the place
  if (spec.disputes?.method === 'litigation' && spec.disputes.court === 'signing-place' && isObj(k) && !present(k.signingPlace))
    k.signingPlace = '上海市浦东新区';

  // warranty: one of its two fields
  if (isObj(spec.warranty) && !present(spec.warranty.purchaseContract) && !present(spec.warranty.months)) spec.warranty.months = 12;

  // data protection: the model said one way (个人信息保护法 第二十一条, 第二十八条)
  const dp = spec.dataProtection;
  if (isObj(dp)) {
    if (dp.minors) dp.sensitive = true;
    if (dp.sensitive && !present(dp.sensitiveCategories) && !draft) dp.sensitiveCategories = ['健康监测数据'];
    if (!dp.sensitive) delete dp.sensitiveCategories;
    const chain = (dp.clientRole ?? 'handler') !== 'handler';
    if (chain && !present(dp.handlers) && !draft) dp.handlers = '乙方的企业客户';
    if (!chain) {
      delete dp.handlers;
      if (Array.isArray(dp.individuals)) {
        dp.individuals = dp.individuals.filter((x: string) => x !== 'handler-staff');
        if (!dp.individuals.length) dp.individuals = ['end-customers'];
      }
    }
    if (Array.isArray(dp.excluded)) {
      const processed = new Set([...(dp.categories ?? []), ...(dp.sensitiveCategories ?? [])]);
      dp.excluded = dp.excluded.filter((x: string) => !processed.has(x));
      if (!dp.excluded.length) delete dp.excluded;
    }
  }

  // fees: the 大写 of each amount in the contract's currency; no 0 % on a special VAT invoice
  const currency = spec.fees?.currency ?? 'CNY';
  const capitalsOf = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(capitalsOf);
    else if (isObj(v)) {
      if (typeof v.amount === 'number' && 'inWords' in v && Object.keys(v).every((x) => x === 'amount' || x === 'inWords'))
        v.inWords = capitals(v.amount, currency);
      Object.values(v).forEach(capitalsOf);
    }
  };
  capitalsOf(spec);
  if (spec.invoice?.kind === 'vat-special') {
    const fix = (o: unknown) => isObj(o) && o.vatRate === 0 && (o.vatRate = 6);
    fix(spec.fees);
    (spec.fees?.items ?? []).forEach(fix);
    (spec.fees?.unitPrices ?? []).forEach(fix);
  }

  // annexes: each printed one way or attached separately, each generated content once and of this type
  const shapeKeys = new Set(Object.keys(defOf(root).shape));
  if (Array.isArray(spec.annexes)) {
    const seen = new Set<string>();
    for (const a of spec.annexes as Record<string, any>[]) {
      const bodies = ['content', 'text', 'table', 'file', 'separate'].filter((x) => present(a[x]));
      const keep = bodies.length ? bodies[pick(bodies.length)] : undefined;
      for (const b of bodies) if (b !== keep) delete a[b];
      if (present(a.content) && ((CONTENT_NEEDS[a.content] && !shapeKeys.has(CONTENT_NEEDS[a.content]!)) || seen.has(a.content))) {
        delete a.content;
        a.text = '双方确认的内容以书面形式另行提供。';
      }
      if (present(a.content)) seen.add(a.content);
      if (!present(a.content) && !present(a.text) && !present(a.table) && !present(a.file) && !present(a.separate) && !present(a.description) && !draft)
        a.separate = '双方另行签署的文件';
      if (isObj(a.table)) a.table.rows = a.table.rows.map((r: Json[]) => a.table.header.map((_: unknown, i: number) => r[i] ?? ''));
      if (typeof a.title === 'string' && a.title.includes('保密协议')) a.title = a.title.replace(/保密协议/g, '协议');
    }
  }
  // a separate confidentiality agreement is listed as an annex
  if (spec.confidentiality?.separateAgreement === true) {
    spec.annexes ??= [];
    if (Array.isArray(spec.annexes) && spec.annexes.length < 50) spec.annexes.push({ title: '保密协议', separate: '双方另行签署的《保密协议》' });
    else spec.confidentiality.separateAgreement = false;
  }

  // custom clauses: only optional clauses omitted (with the block they print), existing ids replaced, new ids placed by existing ones
  const cl = spec.clauses;
  if (isObj(cl)) {
    const all: { id: string; optional?: boolean; block?: string; children?: unknown[] }[] = [];
    const flat = (cs: readonly any[]) => cs.forEach((x) => (all.push(x), flat(x.children ?? [])));
    flat(type.clauses);
    // the optional clauses whose block a spec may leave out (test/schema-fields.mjs, as gen-specs.mjs);
    // not the annex list while a separate confidentiality agreement relies on its annex (rule
    // confidentiality.separateAgreement; npm run fuzz, seed 23036)
    const keepAnnexes = spec.confidentiality?.separateAgreement === true;
    const optional = omittableClauses(type).filter(([, block]) => !(keepAnnexes && block === 'annexes'));
    if (Array.isArray(cl.omit)) {
      cl.omit = [...new Set(cl.omit.map((_: unknown) => optional[pick(optional.length)]?.[0]).filter(Boolean))];
      for (const id of cl.omit) {
        const block = all.find((x) => x.id === id)!.block;
        if (block) deleteAt(spec, block.split('.'));
      }
    }
    const omitted = new Set<string>(cl.omit ?? []);
    const kept = all.map((x) => x.id).filter((id) => !omitted.has(id));
    // only clauses without children: replacing a parent's text drops its children, which the
    // templates' {{ref}}s name (known: validation accepts it, the build fails with ref/missing)
    const leaves = kept.filter((id) => !all.find((x) => x.id === id)!.children?.length);
    if (isObj(cl.replace)) cl.replace = Object.fromEntries(Object.values(cl.replace).map((v) => [leaves[pick(leaves.length)]!, v]));
    if (Array.isArray(cl.add)) {
      // never after the last clause (nor inside it): it ends with （以下无正文）, and the build
      // refuses a clause after that (clause/after-no-further-text, src/pipeline.ts)
      const last: string[] = [];
      const under = (x: any): void => (last.push(x.id), (x.children ?? []).forEach(under));
      under(type.clauses.at(-1));
      const ids = kept.filter((id) => !last.includes(id));
      cl.add.forEach((a: Record<string, any>, i: number) => {
        a.id = `extra-${i + 1}`;
        if (present(a.after)) a.after = ids[pick(ids.length)];
        if (present(a.before)) a.before = [...ids, ...last][pick(ids.length + last.length)];
        if (present(a.after) && present(a.before)) delete a[pick(2) ? 'after' : 'before'];
        ids.push(a.id);
      });
    }
  }
  return spec;
}

// ── the arbitraries ─────────────────────────────────────────────────────────────────────────────

const cache = new Map<string, fc.Arbitrary<Record<string, any>>>();
function rawSpec(typeIndex: number, draft: boolean): fc.Arbitrary<Record<string, any>> {
  const key = `${typeIndex}:${draft}`;
  let a = cache.get(key);
  if (!a) {
    a = arb(TYPES[typeIndex]!.schema as z.ZodType, { path: [], draft }).map((o) => ({
      ...(o as Record<string, any>),
      ...(draft ? { draft: true } : {}),
    })) as fc.Arbitrary<Record<string, any>>;
    cache.set(key, a);
  }
  return a;
}

export interface GeneratedSpec {
  typeIndex: number;
  spec: Record<string, any>;
}

/** A valid spec of one of the types (all five by default): final mostly, sometimes a draft. */
export const specArb = (types: readonly number[] = TYPES.map((_, i) => i)): fc.Arbitrary<GeneratedSpec> =>
  fc
    .tuple(fc.constantFrom(...types), fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }), fc.nat())
    .chain(([typeIndex, draft, seed]) => rawSpec(typeIndex, draft).map((raw) => ({ typeIndex, spec: repair(structuredClone(raw), typeIndex, seed) })));

// ── reachability: every path of every type's schema, and what a sample produced ────────────────

/** Every leaf of a schema: `path#number`, `path#string`, `path=value` for enums, literals and booleans. */
export function schemaLeaves(s: z.ZodType, path = ''): string[] {
  const d = defOf(s);
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return schemaLeaves(d.innerType, path);
    case 'pipe':
      return schemaLeaves(d.in, path);
    case 'string':
      return [`${path}#string`];
    case 'number':
      return [`${path}#number`];
    case 'boolean':
      return [`${path}=true`, `${path}=false`];
    case 'enum':
      return Object.values(d.entries as Record<string, string>).map((v) => `${path}=${v}`);
    case 'literal':
      return (d.values as unknown[]).map((v) => `${path}=${String(v)}`);
    case 'object':
      return Object.entries(d.shape as Record<string, z.ZodType>).flatMap(([k, v]) => schemaLeaves(v, path ? `${path}.${k}` : k));
    case 'array':
      return schemaLeaves(d.element, `${path}[]`);
    case 'record':
      return schemaLeaves(d.valueType, `${path}.*`);
    case 'union':
      return [...new Set((d.options as z.ZodType[]).flatMap((o) => schemaLeaves(o, path)))];
    default:
      return [`${path}#${d.type}`];
  }
}

/**
 * Leaves a valid spec of the type cannot hold, with the rule that forbids them: the annex contents
 * made from a block of another type (src/validate/legal.ts). The reachability test skips these.
 */
export function invalidLeaves(typeIndex: number): Record<string, string> {
  const keys = new Set(Object.keys(defOf(TYPES[typeIndex]!.schema as z.ZodType).shape));
  return Object.fromEntries(
    Object.entries(CONTENT_NEEDS)
      .filter(([, block]) => !keys.has(block))
      .map(([content, block]) => [`annexes[].content=${content}`, `needs \`${block}\`, a block of another type`]),
  );
}

/** The leaves a spec holds, read with its schema (record keys as `*`). */
export function producedLeaves(s: z.ZodType, v: unknown, path = '', out = new Set<string>()): Set<string> {
  const d = defOf(s);
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return producedLeaves(d.innerType, v, path, out);
    case 'pipe':
      return producedLeaves(d.in, v, path, out);
    case 'object':
      if (isObj(v)) for (const [k, x] of Object.entries(v)) if (d.shape[k]) producedLeaves(d.shape[k], x, path ? `${path}.${k}` : k, out);
      return out;
    case 'array':
      if (Array.isArray(v)) v.forEach((x) => producedLeaves(d.element, x, `${path}[]`, out));
      return out;
    case 'record':
      if (isObj(v)) Object.values(v).forEach((x) => producedLeaves(d.valueType, x, `${path}.*`, out));
      return out;
    case 'union': {
      const options = d.options as z.ZodType[];
      const o =
        options.find((x) => (x as any).safeParse(v).success) ?? options.find((x) => (isObj(v) ? defOf(x).type === 'object' : defOf(x).type !== 'object'));
      return o ? producedLeaves(o, v, path, out) : out;
    }
    default:
      if (v === null || v === undefined) return out;
      out.add(`${path}#${typeof v}`);
      out.add(`${path}=${String(v)}`);
      return out;
  }
}
