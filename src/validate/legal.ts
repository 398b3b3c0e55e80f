// Cross-field rules of the legal text: what a contract needs for its clauses to say one thing —
// sensitive personal information named when the spec says there is some, no cash or receipt
// between companies unless asked (and then a warning). Same contract as
// rules.ts: each rule skips what a draft leaves blank and points at the field to change.
import type { Diagnostic, DiagnosticInit } from '../errors/diagnostic.js';
import type { PathSegment } from '../load/load.js';
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
  return out;
}
