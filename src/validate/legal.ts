// Cross-field rules of the legal text: what a contract needs for its clauses to say one thing —
// sensitive personal information named when the spec says there is some. Same contract as
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
  return out;
}
