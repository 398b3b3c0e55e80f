// Stage 3: validated contract → Markdown, through the type's Handlebars templates. Values enter as
// tokens (see values.ts); helpers format money, dates and durations; numbers are never typed here.
import Handlebars from 'handlebars';
import { type DiagnosticInit, SpecError, TemplateError } from '../errors/diagnostic.js';
import { LABELS } from '../schema/blocks.js';
import { clauseIds } from '../schema/common.js';
import type { Duration } from '../schema/primitives.js';
import { TYPES } from '../schema/types/index.js';
import { shapeOf } from '../schema/walk.js';
import { type BlankSize, type Block, blankText, isBlankSize } from '../tree/types.js';
import type { Contract } from '../validate/validate.js';
import { documentName } from './drafting.js';
import { capitals, chineseDate, chineseDuration, chineseNumber, figures, formatNumber, money, moneyText, percent, termEnd } from './format.js';
import { buildView, guardFields, UnknownFieldError, ValueTable } from './values.js';

export interface TemplateFile {
  /** shown in error messages, e.g. templates/work-contract/contract.md.hbs */
  file: string;
  source: string;
  /** one of the package's own templates: a fault in it is a bug (exit 3), not the user's to fix */
  bundled?: boolean;
  /**
   * `source` compiled ahead of time (Handlebars.precompile of `withRefLocations(source)` with
   * COMPILE_OPTIONS, done by the package build for its own templates): spares a cold build the
   * compiler. Whoever attaches it vouches that it was compiled from this very `source`.
   */
  precompiled?: TemplateSpecification;
}

/** How deep partials may include partials: the bundled templates go three levels down. */
export const MAX_PARTIAL_DEPTH = 24;

/** A precompiled template as Handlebars.precompile writes it, evaluated. */
export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** How every template is compiled, at run time or ahead of it: the same options both ways. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true, preventIndent: true } as const;

export interface TemplateSet {
  /** the type's main template */
  main: TemplateFile;
  /** partials by name ({{> disputes}}), the type's own over the shared ones */
  partials: Record<string, TemplateFile>;
}

/** Each template's text by the name its diagnostics give it, for quoting a mistake's line. */
export function templateSources(set: TemplateSet): Record<string, string> {
  return Object.fromEntries([set.main, ...Object.values(set.partials)].map((t) => [t.file, t.source]));
}

export interface Rendered {
  markdown: string;
  table: ValueTable;
}

type Labels = typeof LABELS;

/** Closing punctuation a value may end with, removed where the template continues the sentence. */
const TRAILING = /[\s。；;，,、：:.！？!?]+$/u;

/** Every type's top-level fields, as nulls: built once, as it builds all five schemas. */
let otherFields: Record<string, null> | undefined;

export interface RenderExtras {
  /** the body of each annex given as a Markdown `file`, by its place in `annexes`, read and parsed by the caller */
  annexBlocks?: readonly (Block[] | undefined)[];
  /** the edition is in Traditional script (a zh-Hant locale): {{traditional}} in the templates */
  traditional?: boolean;
}

export function renderMarkdown(contract: Contract, templates: TemplateSet, extras: RenderExtras = {}): Rendered {
  const table = new ValueTable();
  // the values first: their tokens are the table's first, as the template's own come after
  const root = templateRoot(contract, table, extras.traditional === true);
  const hb = Handlebars.create();
  // the file whose text is being rendered: a partial runs inside its caller, so {{ref}} asks here
  const at: RenderAt = { current: templates.main.file, depth: 0 };
  const helpers = templateHelpers(contract, table, extras, at);
  for (const [name, fn] of Object.entries(helpers)) {
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      // Handlebars passes its options object last; the helpers above take only the values
      return (fn as (...a: unknown[]) => unknown)(...args.slice(0, -1));
    });
  }
  const compile = (t: TemplateFile) => compiledTemplate(hb, t, at);
  for (const [name, t] of Object.entries(templates.partials)) hb.registerPartial(name, compile(t) as unknown as Handlebars.Template);
  const markdown = compile(templates.main)(root);
  return { markdown, table };
}

/** Where rendering is: the template file whose text runs now (partials run inside their caller), and how deep partials are nested. */
interface RenderAt {
  current: string;
  depth: number;
}

/** What the templates see: the validated spec as a view of tokens, every type's other fields as nulls, and the words the type decides. */
function templateRoot(contract: Contract, table: ValueTable, traditional: boolean): Record<string, unknown> {
  const spec = contract.spec;
  const view = buildView(contract.type.schema, contract.spec, table, { draft: contract.draft }) as Record<string, unknown>;
  const partyA = spec.parties.partyA ?? contract.type.partyA;
  // fields other types have: shared partials may ask `{{#if invoice}}` of any type
  otherFields ??= Object.fromEntries(TYPES.flatMap((t) => Object.keys(shapeOf(t.schema)!)).map((k) => [k, null]));
  // a party that signs by its authorised agent annexes the agent's 授权委托书 (民法典 第一百六十五条;
  // legal review MA-S3, X6), after the annexes the spec lists: 甲方's first
  const order = partyA === 'provider' ? (['provider', 'client'] as const) : (['client', 'provider'] as const);
  const listed = ((spec as { annexes?: unknown[] | null }).annexes ?? []).length;
  const parties = view.parties as Record<'provider' | 'client', unknown>;
  const signatoryAnnexes = order
    .filter((role) => spec.parties[role].kind !== 'individual' && !!spec.parties[role].authorisedAgent)
    .map((role, i) =>
      guardFields({
        number: listed + i + 1,
        title: `授权委托书（${role === partyA ? '甲方' : '乙方'}授权代表）`,
        party: parties[role],
        other: parties[role === 'provider' ? 'client' : 'provider'],
      }),
    );
  return guardFields({
    ...otherFields,
    ...view,
    /** the 授权委托书 of each party that signs by its authorised agent, numbered after the spec's annexes */
    signatoryAnnexes,
    /** whether the contract has annexes at all, the spec's or the generated ones */
    listsAnnexes: listed + signatoryAnnexes.length > 0,
    /** 甲方 or 乙方, for the provider and the client */
    P: partyA === 'provider' ? '甲方' : '乙方',
    C: partyA === 'client' ? '甲方' : '乙方',
    partyA,
    typeName: contract.type.names[0],
    defaultTitle: contract.type.title ?? contract.type.names[0],
    draft: contract.draft,
    /** a Traditional edition (zh-Hant locales): the clause saying which text governs */
    traditional,
  });
}

/** The helpers a template calls: values in Chinese (money, dates, labels, blanks), annexes, cross-references, the blocks built in the tree. */
function templateHelpers(contract: Contract, table: ValueTable, extras: RenderExtras, at: RenderAt): Helpers {
  const spec = contract.spec;
  // the document's own name, the word of its title: 本协议 / 本合同 / 本准则
  const docName = documentName(spec.contract?.title ?? contract.type.title ?? contract.type.names[0]);
  const tools = valueTools(contract, table, docName);
  const { raw } = tools;
  const annexList =
    (
      spec as {
        annexes?:
          | {
              content?: string | null;
              title?: string | null;
              separate?: string | null;
              description?: string | null;
              text?: string | null;
              table?: unknown;
              file?: string | null;
            }[]
          | null;
      }
    ).annexes ?? [];
  // the clauses the spec omits (clauses.omit), with the clauses inside them
  const known = new Map(clauseIds(contract.type.clauses).map((c) => [c.id, c]));
  const omitted = new Set((spec.clauses?.omit ?? []).flatMap((id) => (known.has(id) ? clauseIds([known.get(id)!]).map((c) => c.id) : [])));
  return {
    /** whether the contract has a clause of its type (not omitted): text that names it in words is guarded by {{#if (hasClause "data-protection")}} */
    hasClause: (id: unknown) => {
      if (!known.has(String(id))) throw new Error(`hasClause: ${String(id)} is not a clause id of ${contract.type.id}`);
      return !omitted.has(String(id));
    },
    /** 本协议, 本合同 or 本准则, as the title names the document */
    doc: () => `本${docName}`,
    /** 协议, 合同 or 准则: for headings such as {{docName}}期限 */
    docName: () => docName,
    /** whether a text value mentions a word: {{#unless (mentions parties.provider.qualification "营业执照")}} */
    mentions: (x: unknown, word: unknown) => typeof raw(x) === 'string' && String(raw(x)).includes(String(word)),
    /** whether a clause the spec adds (clauses.add) mentions a word: {{#if (addedMentions "减免")}} */
    addedMentions: (word: unknown) =>
      ((spec as { clauses?: { add?: { text?: string | null }[] | null } | null }).clauses?.add ?? []).some(
        (c) => typeof c.text === 'string' && c.text.includes(String(word)),
      ),
    /** whether the spec lists an annex whose body is this generated content: {{#if (hasAnnex "fee-schedule")}} */
    hasAnnex: (kind: unknown) => annexList.some((a) => a.content === kind),
    /** whether some annex of the list is marked 另附 (attached or signed separately, not printed here) */
    hasSeparateAnnex: () => annexList.some((a) => !!a.separate || (!!a.description && !a.content && !a.text && !a.table && !a.file)),
    /** 附件二《收费标准》: the annex with this generated content; guard it with hasAnnex */
    annexRef: (kind: unknown) => {
      const i = annexList.findIndex((a) => a.content === kind);
      if (i < 0)
        throw new Error(
          `template refers to the annex with content "${String(kind)}", which this spec does not list: guard it with {{#if (hasAnnex "${String(kind)}")}}`,
        );
      const title = annexList[i]!.title;
      // the title with its 《》 in the value, so that it converts as a title, as where the spec prints it (issue 17)
      return `附件${chineseNumber(i + 1)}${typeof title === 'string' ? table.text(`《${title.replace(/^《(.*)》$/, '$1')}》`) : ''}`;
    },
    /** 附件三《平台规则》: the annex whose title is this value (《》 aside), or '' when the list has none */
    annexTitled: (title: unknown) => {
      const bare = (t: unknown) => (typeof t === 'string' ? t.trim().replace(/^《(.*)》$/, '$1') : undefined);
      const want = bare(raw(title));
      const i = want === undefined ? -1 : annexList.findIndex((a) => bare(a.title) === want);
      return i < 0 ? '' : `附件${chineseNumber(i + 1)}${table.text(`《${want!}》`)}`;
    },
    /** the body of the annex at this place that a Markdown file gives, parsed by the caller: {{annexBody @index}} */
    annexBody: (index: unknown) => {
      const blocks = extras.annexBlocks?.[Number(index)];
      if (!blocks) throw new Error(`annex ${Number(index) + 1} names a file that was not read (convert() reads it through options.readFile)`);
      return table.token({ kind: 'blocks', blocks });
    },
    ...valueHelpers(spec, table, tools),
    ...logicHelpers(table, at),
  };
}

type Helpers = Record<string, (...args: never[]) => unknown>;

/** The helpers that print a value: money, dates, durations, numbers, labels, blanks, sentences. */
function valueHelpers(spec: Contract['spec'], table: ValueTable, tools: ReturnType<typeof valueTools>): Helpers {
  const { raw, blank, isBlank, amountOf, durationOf, labelOf, draft } = tools;
  const currency: keyof Labels['currency'] = spec.fees.currency ?? 'CNY';
  return {
    /** 人民币12,000.00元（大写：人民币壹万贰仟元整）; 美元1,010.50（大写：美元壹仟零壹拾元伍角） */
    money: (x: unknown) => {
      const a = amountOf(x);
      return a === undefined ? moneyText(blank('amount'), blank('words'), currency) : money(a, currency);
    },
    /** an amount times a count, printed as money, blank when the amount is: {{moneyTimes fees.monthly 12}} */
    moneyTimes: (x: unknown, n: unknown) => {
      const a = amountOf(x);
      const k = Number(raw(n));
      return a === undefined || !Number.isFinite(k) ? moneyText(blank('amount'), blank('words'), currency) : money(Math.round(a * k * 100) / 100, currency);
    },
    /** 12,000.00 */
    figures: (x: unknown) => {
      const a = amountOf(x);
      return a === undefined ? blank('amount') : figures(a);
    },
    capitals: (x: unknown) => {
      const a = amountOf(x);
      return a === undefined ? blank('words') : capitals(a, currency);
    },
    // a date to fill in is one form to write on: ____年__月__日
    date: (x: unknown) => (isBlank(x) ? blank('date') : chineseDate(String(raw(x)))),
    duration: (x: unknown) => {
      const d = durationOf(x);
      return d ? chineseDuration(d) : blank();
    },
    /** the last day of a term given by its first day and a length in months or years: {{termEnd term.start term.length}} → 2027年11月30日 */
    termEnd: (start: unknown, length: unknown) => {
      const d = durationOf(length);
      const end = !isBlank(start) && d ? termEnd(String(raw(start)), d) : undefined;
      return end ? chineseDate(end) : blank('date');
    },
    /** whether any fee is charged by usage (a usage fee item or a price list): {{#if (usageFees)}} */
    usageFees: () => (spec.fees.items ?? []).some((i) => i.kind === 'usage') || (spec.fees.unitPrices ?? []).length > 0,
    percent: (x: unknown) => (typeof x === 'number' ? percent(x) : `${blank()}%`),
    num: (x: unknown) => (typeof x === 'number' ? formatNumber(x) : blank()),
    /** a quantity in Chinese: {{qty 2}} → 两 (一式两份), {{qty 3}} → 三 */
    qty: (x: unknown) => (typeof x === 'number' ? (x === 2 ? '两' : chineseNumber(x)) : blank()),
    times: (a: unknown, b: unknown) => Number(raw(a)) * Number(raw(b)),
    minus: (a: unknown, b: unknown) => Number(raw(a)) - Number(raw(b)),
    /** 月 / 季度 / 年度 for a payment cycle */
    period: (x: unknown) => ({ monthly: '月', quarterly: '季度', yearly: '年度', once: '期' })[String(raw(x)) as 'monthly'] ?? blank(),
    /** Chinese numeral: {{cn 3}} → 三 */
    cn: (x: unknown) => (typeof x === 'number' ? chineseNumber(x) : blank()),
    /** the Chinese wording of an enum value: {{label "channel" this}} */
    label: (group: string, x: unknown) => labelOf(group, x),
    /** a list of enum values in Chinese, joined with 、 */
    labels: (group: string, xs: unknown, sep?: unknown) =>
      Array.isArray(xs) ? xs.map((x) => labelOf(group, x)).join(typeof sep === 'string' ? sep : '、') : blank(),
    /** join text values: {{join standards "；"}} */
    join: (xs: unknown, sep: unknown) => (Array.isArray(xs) ? xs.join(typeof sep === 'string' ? sep : '、') : blank()),
    /** a blank to fill in: {{blank}} six low lines, {{blank "name"}} sized to what it stands for */
    blank: (size?: unknown) => {
      if (size !== undefined && !isBlankSize(size))
        throw new Error(`{{blank}} takes a size (short, amount, words, name, code, long, date), not ${JSON.stringify(size)}`);
      return blank(size);
    },
    /** a date a signatory writes by hand on a form (日期：______年____月____日), in a final contract too: a line to fill in, not a missing value */
    handDate: () => table.text(blankText('date')),
    /** a value without its closing punctuation, to continue the sentence: {{bare x}}； */
    bare: (x: unknown) => (typeof raw(x) === 'string' ? table.derive(x, String(raw(x)).replace(TRAILING, '')) : x),
    /** a value as a sentence: exactly one closing 。 (or its own ！？) */
    sentence: (x: unknown) =>
      typeof raw(x) === 'string'
        ? table.derive(x, /[。！？]$/.test(String(raw(x)).trim()) ? String(raw(x)).trim() : `${String(raw(x)).replace(TRAILING, '')}。`)
        : x,
    isBlank: (x: unknown) => isBlank(x),
    /** a value, or where the spec leaves it out a cell for the pen: a draft's blank, a final contract's
     * full-width space (`{{#if x}}` is true of a blank, so it cannot tell): {{fillIn party.legalRepresentative}} */
    fillIn: (x: unknown) => (!isBlank(x) ? x : draft ? (x ?? blank()) : '\u3000'),
  };
}

/** The helpers templates decide with (eq, some, and …) and the tokens the tree resolves (ref, parties). */
function logicHelpers(table: ValueTable, at: RenderAt): Helpers {
  const raw = (x: unknown) => table.raw(x);
  return {
    eq: (a: unknown, b: unknown) => raw(a) === raw(b),
    ne: (a: unknown, b: unknown) => raw(a) !== raw(b),
    gt: (a: unknown, b: unknown) => Number(raw(a)) > Number(raw(b)),
    includes: (xs: unknown, x: unknown) => Array.isArray(xs) && xs.some((y) => raw(y) === raw(x)),
    /** whether an item of a list has that value at that key: {{#if (some fees.items "kind" "usage")}} */
    some: (xs: unknown, key: unknown, x: unknown) =>
      Array.isArray(xs) && xs.some((y) => typeof raw(y) === 'object' && raw(y) !== null && raw((raw(y) as Record<string, unknown>)[String(key)]) === raw(x)),
    and: (...args: unknown[]) => args.every((a) => !!raw(a) || table.isBlank(a)),
    or: (...args: unknown[]) => args.some((a) => !!raw(a) || table.isBlank(a)),
    not: (a: unknown) => !(raw(a) || table.isBlank(a)),
    /** 1-based position in an #each: {{inc @index}} */
    inc: (i: unknown) => Number(i) + 1,
    /** a cross-reference, resolved to the clause's final number: 见{{ref "confidentiality"}} */
    // (a {{ref}} whose id is no quoted literal has no line from withRefLocations: the template's line 1)
    ref: (id: unknown, where: unknown) => table.token({ kind: 'ref', id: String(id), where: `${at.current}:${typeof where === 'number' ? where : 1}` }),
    /** the numbers of those of several clauses the contract has: {{refs "confidentiality" "data-protection"}} → 第五条和第六条 */
    refs: (...ids: unknown[]) => table.token({ kind: 'refs', ids: ids.map(String) }),
    /** the number of the first of these clauses the contract has: {{firstref "after-termination" "termination"}} */
    firstref: (...ids: unknown[]) => table.token({ kind: 'refs', ids: ids.map(String), first: true }),
    /** the parties block and the signature block, built from the spec in the tree */
    parties: () => table.token({ kind: 'marker', name: 'parties' }),
    signature: () => table.token({ kind: 'marker', name: 'signature' }),
  };
}

/** A value's raw form, blanks of each size, amounts and durations read from tokens, and enum values in Chinese (a draft's options to tick). */
function valueTools(contract: Contract, table: ValueTable, docName: string) {
  const raw = (x: unknown) => table.raw(x);
  const blank = (size?: BlankSize) => table.token(size ? { kind: 'blank', size } : { kind: 'blank' });
  const isBlank = (x: unknown) => table.isBlank(x) || x === null || x === undefined;
  const amountOf = (x: unknown): number | undefined => {
    const v = raw(x);
    if (typeof v === 'number') return v;
    if (v && typeof v === 'object' && 'amount' in v)
      return typeof (v as { amount: unknown }).amount === 'number' ? (v as { amount: number }).amount : undefined;
    return undefined;
  };
  const durationOf = (x: unknown): Duration | undefined => {
    if (!x || typeof x !== 'object' || !('value' in x)) return undefined;
    return { value: (x as { value: number }).value, unit: raw((x as { unit?: unknown }).unit) as Duration['unit'] };
  };
  // a draft does not make the commercial choices for the parties (legal review D-S4): where it
  // stands at the schema's default, the forum and the invoice type print as options to tick
  // (the invoice's once, then 约定的发票); a value other than the default is the user's choice
  let invoiceOffered = false;
  const draftOptions = (group: string, v: unknown): string | undefined => {
    if (!contract.draft) return undefined;
    if (group === 'court' && v === 'defendant') return `□被告住所地 □原告住所地 □甲方住所地 □乙方住所地 □本${docName}签订地（勾选其一）`;
    if (group === 'invoiceKind' && v === 'vat-ordinary') {
      if (invoiceOffered) return '约定的发票';
      invoiceOffered = true;
      return '□增值税专用发票 □增值税普通发票（勾选其一）';
    }
    return undefined;
  };
  const labelOf = (group: string, x: unknown): string => {
    if (isBlank(x)) return blank();
    const offered = draftOptions(group, raw(x));
    if (offered !== undefined) return offered;
    const labels = (LABELS as Record<string, Record<string, string>>)[group];
    const v = raw(x);
    const label = labels?.[String(v)];
    if (label === undefined) throw new Error(`template asks for label "${String(v)}" of "${group}", which does not exist`);
    return label;
  };
  return { raw, blank, isBlank, amountOf, durationOf, labelOf, draft: contract.draft };
}

/** A template compiled (or its precompiled form), run with `at` following it; its errors located in it. */
function compiledTemplate(hb: typeof Handlebars, t: TemplateFile, at: RenderAt): (ctx: unknown, options?: Handlebars.RuntimeOptions) => string {
  let fn: Handlebars.TemplateDelegate;
  try {
    fn = t.precompiled ? hb.template(t.precompiled) : hb.compile(withRefLocations(t.source), COMPILE_OPTIONS);
  } catch (e) {
    throw templateError(t, e);
  }
  return (ctx: unknown, options?: Handlebars.RuntimeOptions) => {
    const caller = at.current;
    at.current = t.file;
    // partials that include each other without end would grow the text until memory runs out
    if (++at.depth > MAX_PARTIAL_DEPTH) {
      at.depth = 0;
      throw new TemplateError(
        [
          {
            file: t.file,
            pos: { line: 1, col: 1 },
            path: '',
            ruleId: 'template/recursion',
            expected: `partials nested at most ${MAX_PARTIAL_DEPTH} deep`,
            got: `${t.file} entered more than ${MAX_PARTIAL_DEPTH} times in a row`,
            hint: 'a partial includes itself, directly or through another partial',
          },
        ],
        t.bundled === true,
      );
    }
    try {
      return fn(ctx, options);
    } catch (e) {
      throw e instanceof SpecError || e instanceof TemplateError ? e : templateError(t, e);
    } finally {
      at.current = caller;
      at.depth = Math.max(0, at.depth - 1);
    }
  };
}

/**
 * {{ref "x"}} → {{ref "x" 12}}, its line, so that a reference to a missing clause names where it
 * is written; the ref helper adds the file being rendered. The file is not written into the text:
 * it depends on the working folder, and the package's templates are compiled before that is known.
 */
export function withRefLocations(source: string): string {
  return source.replace(/\{\{\s*ref\s+("[^"]*"|'[^']*')\s*\}\}/g, (_m, id: string, offset: number) => {
    const line = source.slice(0, offset).split('\n').length;
    return `{{ref ${id} ${line}}}`;
  });
}

function templateError(t: TemplateFile, e: unknown): TemplateError {
  if (e instanceof UnknownFieldError) {
    // no position from Handlebars here: the first line naming the field is the one to fix
    const lines = t.source.split('\n');
    const re = new RegExp(`[\\s.(]${e.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    const i = Math.max(
      0,
      lines.findIndex((l) => re.test(l)),
    );
    const col = (lines[i]!.search(re) ?? -1) + 2;
    return new TemplateError(
      [
        {
          file: t.file,
          pos: { line: i + 1, col },
          path: '',
          ruleId: 'template/unknown-field',
          expected: 'a template that renders',
          got: e.message,
          hint: 'check the field name against the spec reference in the README',
        },
      ],
      t.bundled === true,
    );
  }
  const err = e as Error & { lineNumber?: number; column?: number };
  const m = /(?:line (\d+))|(?: - (\d+):(\d+)$)/.exec(err.message);
  const line = err.lineNumber ?? Number(m?.[1] ?? m?.[2] ?? 1);
  const col = (err.column ?? Number(m?.[3] ?? 0)) + 1;
  const d: DiagnosticInit = {
    file: t.file,
    pos: { line, col },
    path: '',
    ruleId: 'template/render',
    expected: 'a template that renders',
    got: err.message.split('\n')[0]!.replace(/ - \d+:\d+$/, ''),
    hint: 'a custom template (--templates) may only use the fields and helpers the README lists',
  };
  return new TemplateError([d], t.bundled === true);
}
