// Cross-field rules of the legal text: what a contract needs for its clauses to say one thing —
// sensitive personal information named when the spec says there is some, no cash or receipt
// between companies unless asked (and then a warning), annexes that have a body and exist where
// the text refers to them. Same contract as
// rules.ts: each rule skips what a draft leaves blank and points at the field to change.
import type { Diagnostic, DiagnosticInit } from '../errors/diagnostic.js';
import type { PathSegment } from '../load/load.js';
import Nzh from 'nzh/cn';
import type { Contract } from './contract.js';

export type Report = (path: PathSegment[], at: 'value' | 'key', rest: Omit<DiagnosticInit, 'file' | 'pos' | 'path'>) => Diagnostic;

const present = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

export function checkLegalRules(contract: Contract, report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  const spec = contract.spec;
  const final = !contract.draft;

  // sensitive personal information (个人信息保护法 第二十八条): the clause must say which
  const dp = spec.dataProtection;
  if (dp?.sensitive && final && !present(dp.sensitiveCategories)) {
    out.push(report(['dataProtection', 'sensitive'], 'value', { expected: '`sensitiveCategories` naming which personal information is sensitive (e.g. 健康监测数据)', got: 'sensitive: true with no categories', hint: 'the clause on sensitive personal information names them' }));
  }
  if (dp && !dp.sensitive && present(dp.sensitiveCategories)) {
    out.push(report(['dataProtection', 'sensitiveCategories'], 'key', { expected: '`sensitive: true` beside the sensitive categories', got: 'sensitive categories, but sensitive is not true', hint: 'set `sensitive: true` to add the duties of sensitive personal information, or remove the categories' }));
  }
  if (dp) out.push(...dataModelRules(dp, final, report));
  // money between companies goes through the bank and is invoiced: cash and a 收据 only when asked,
  // and then said to be unusual
  const companies = spec.parties?.provider?.kind === 'company' && spec.parties?.client?.kind === 'company';
  const methods = spec.payment?.methods ?? [];
  const cash = methods.indexOf('cash');
  if (companies && cash >= 0) {
    out.push(report(['payment', 'methods', cash], 'value', { severity: 'warning', expected: 'bank-transfer (or online-payment) between two companies', got: 'cash', hint: 'cash between companies is for small sums and leaves no bank record; the contract prints how it is handed over, but consider leaving it out' }));
  }
  const inv = 'invoice' in spec ? spec.invoice : undefined;
  if (inv?.kind === 'receipt' && spec.parties?.provider?.kind === 'company') {
    out.push(report(['invoice', 'kind'], 'value', { severity: 'warning', expected: 'an invoice (vat-ordinary or vat-special) from a company provider', got: 'receipt', hint: 'a 收据 is no tax invoice: the client cannot book the fee or deduct its VAT with it' }));
  }
  out.push(...annexRules(contract, report));
  return out;
}

type DataProtection = NonNullable<Contract['spec']['dataProtection']>;

/**
 * The data-protection model said two ways at once (个人信息保护法 第二十一条: the entrustment fixes
 * purpose, method and categories, and the clause must say one thing): a chain with no 处理者
 * named, the 处理者's staff with no 处理者, minors not marked sensitive (第二十八条), a method
 * written to forbid the outreach or profiling chosen, a category both processed and excluded.
 */
function dataModelRules(dp: DataProtection, final: boolean, report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  const chain = dp.clientRole !== 'handler';
  if (chain && final && !present(dp.handlers)) {
    out.push(report(['dataProtection', 'clientRole'], 'value', { expected: '`handlers` naming the 个人信息处理者 whose 受托人 the client is (e.g. 乙方的企业客户)', got: `clientRole: ${dp.clientRole} with no handlers`, hint: 'the clause says whose data the provider processes as a 转委托 sub-processor and whose consent the client warrants (个人信息保护法 第二十一条)' }));
  }
  if (!chain && present(dp.handlers)) {
    out.push(report(['dataProtection', 'handlers'], 'key', { expected: 'handlers only with clientRole entrusted or both', got: 'handlers, while the client is the 个人信息处理者 (clientRole: handler)', hint: 'set clientRole: entrusted (or both) if the client processes the data for its business customers, or remove handlers' }));
  }
  const hs = dp.individuals.indexOf('handler-staff');
  if (!chain && hs >= 0) {
    out.push(report(['dataProtection', 'individuals', hs], 'value', { expected: 'end-customers, client-staff or signatories: with clientRole handler there is no other 处理者', got: 'handler-staff', hint: 'set clientRole: entrusted (or both) with handlers, or use client-staff' }));
  }
  if (dp.minors && !dp.sensitive) {
    out.push(report(['dataProtection', 'minors'], 'value', { expected: '`sensitive: true` beside minors: true', got: 'minors: true, sensitive not true', hint: "a minor's information under 14 is sensitive (个人信息保护法 第二十八条); set sensitive: true and name it in sensitiveCategories" }));
  }
  const method = dp.method ?? '';
  const forbids = (word: RegExp) => method.split(/[。；;]/).some((s) => /不得|禁止|严禁/.test(s) && word.test(s.slice(s.search(/不得|禁止|严禁/))));
  if (dp.outreach === 'marketing' && forbids(/营销|推广|推介/)) {
    out.push(report(['dataProtection', 'method'], 'value', { expected: 'a method that allows the marketing outreach chosen (outreach: marketing)', got: 'a method forbidding 营销/推广', hint: 'the provider may not go beyond the agreed method (第二十一条): drop the prohibition, or set outreach: care or none' }));
  }
  if (dp.analytics === 'profiling' && forbids(/画像|自动化决策/)) {
    out.push(report(['dataProtection', 'method'], 'value', { expected: 'a method that allows the profiling chosen (analytics: profiling)', got: 'a method forbidding 用户画像', hint: 'drop the prohibition, or set analytics: aggregate or none' }));
  }
  const processed = new Set([...(dp.categories ?? []), ...(dp.sensitiveCategories ?? [])]);
  (dp.excluded ?? []).forEach((x, i) => {
    if (processed.has(x)) out.push(report(['dataProtection', 'excluded', i], 'value', { expected: 'information either processed (categories) or not collected (excluded)', got: `${x}, in both`, hint: 'keep it in one of the two lists' }));
  });
  return out;
}

/** What a generated annex is made of: the block of the spec it needs, for the types that have it. */
const CONTENT_NEEDS: Record<string, string> = { 'training-plan': 'training', 'report-templates': 'feedback', 'service-report-template': 'serviceReport' };

type AnnexSpec = { title?: string | null; description?: string | null; content?: string | null; text?: string | null; table?: { header: string[]; rows: unknown[][] } | null; file?: string | null; separate?: string | null };

function annexRules(contract: Contract, report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  const spec = contract.spec as unknown as Record<string, unknown> & { annexes?: AnnexSpec[] | null };
  const annexes = spec.annexes ?? [];
  const final = !contract.draft;
  const seen = new Map<string, number>();
  annexes.forEach((a, i) => {
    const bodies = (['content', 'text', 'table', 'file'] as const).filter((k) => present(a[k]));
    if (present(a.separate) && bodies.length) {
      out.push(report(['annexes', i, 'separate'], 'key', { expected: 'an annex either printed (content, text, table or file) or attached separately', got: `separate beside ${bodies.join(', ')}`, hint: 'keep the one that is true of this annex' }));
    }
    if (final && !bodies.length && !present(a.separate) && !present(a.description)) {
      out.push(report(['annexes', i], 'key', { expected: 'the annex\'s body (`content`, `text`, `table` or `file`) or `separate` saying what is attached', got: `only a title${present(a.title) ? ` (${a.title})` : ''}`, hint: 'an annex the contract lists must be in it, or be said to be attached or signed separately' }));
    }
    if (present(a.content)) {
      const needs = CONTENT_NEEDS[a.content];
      if (needs && !(needs in spec)) out.push(report(['annexes', i, 'content'], 'value', { expected: `a content ${contract.type.id} can generate`, got: `${a.content}, which needs \`${needs}\` (a block of another type)` }));
      const first = seen.get(a.content);
      if (first !== undefined) out.push(report(['annexes', i, 'content'], 'value', { expected: 'each generated annex once', got: `${a.content}, already annex ${first + 1}` }));
      else seen.set(a.content, i);
    }
    a.table?.rows.forEach((row, r) => {
      if (row.length !== a.table!.header.length) out.push(report(['annexes', i, 'table', 'rows', r], 'value', { expected: `${a.table!.header.length} cells, as the header has`, got: `${row.length}` }));
    });
  });

  // 附件三《…》 written in the spec's own text: an annex of the list, under its title
  const titleOf = (t: string | null | undefined) => (t ?? '').replace(/^《|》$/g, '');
  walkStrings(spec, [], (path, text) => {
    if (path[0] === 'annexes' && path[2] === 'title') return;
    for (const m of text.matchAll(/(?<!本)附件([一二三四五六七八九十]+|\d+)(?:《([^》]*)》)?/g)) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : Number(Nzh.decodeS(m[1]!));
      const target = annexes[n - 1];
      if (!target) {
        out.push(report(path, 'value', { expected: `a reference to an annex of the list (${annexes.length ? `附件一 to 附件${Nzh.encodeS(annexes.length)}` : 'the spec lists none'})`, got: m[0], hint: 'add the annex to `annexes`, or correct the number' }));
      } else if (m[2] !== undefined && present(target.title) && titleOf(m[2]) !== titleOf(target.title)) {
        out.push(report(path, 'value', { expected: `附件${m[1]}《${titleOf(target.title)}》, the title the list gives it`, got: m[0] }));
      }
    }
  });
  return out;
}

function walkStrings(v: unknown, path: PathSegment[], fn: (path: PathSegment[], s: string) => void): void {
  if (typeof v === 'string') fn(path, v);
  else if (Array.isArray(v)) v.forEach((x, i) => walkStrings(x, [...path, i], fn));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walkStrings(x, [...path, k], fn);
}
