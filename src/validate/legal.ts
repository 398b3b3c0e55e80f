// Cross-field rules of the legal text: what a contract needs for its clauses to say one thing —
// sensitive personal information named when the spec says there is some, no cash or receipt
// between companies unless asked (and then a warning), annexes that have a body and exist where
// the text refers to them. Same contract as
// rules.ts: each rule skips what a draft leaves blank and points at the field to change.

import Nzh from 'nzh/cn';
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
    out.push(
      report(['dataProtection', 'sensitive'], 'value', {
        expected: '`sensitiveCategories` naming which personal information is sensitive (e.g. 健康监测数据)',
        got: 'sensitive: true with no categories',
        hint: 'the clause on sensitive personal information names them',
      }),
    );
  }
  if (dp && !dp.sensitive && present(dp.sensitiveCategories)) {
    out.push(
      report(['dataProtection', 'sensitiveCategories'], 'key', {
        expected: '`sensitive: true` beside the sensitive categories',
        got: 'sensitive categories, but sensitive is not true',
        hint: 'set `sensitive: true` to add the duties of sensitive personal information, or remove the categories',
      }),
    );
  }
  if (dp) out.push(...dataModelRules(dp, final, report));
  // money between companies goes through the bank and is invoiced: cash and a 收据 only when asked,
  // and then said to be unusual
  const companies = spec.parties?.provider?.kind === 'company' && spec.parties?.client?.kind === 'company';
  const methods = spec.payment?.methods ?? [];
  const cash = methods.indexOf('cash');
  if (companies && cash >= 0) {
    out.push(
      report(['payment', 'methods', cash], 'value', {
        severity: 'warning',
        expected: 'bank-transfer (or online-payment) between two companies',
        got: 'cash',
        hint: 'cash between companies is for small sums and leaves no bank record; the contract prints how it is handed over, but consider leaving it out',
      }),
    );
  }
  const inv = 'invoice' in spec ? spec.invoice : undefined;
  if (inv?.kind === 'receipt' && spec.parties?.provider?.kind === 'company') {
    out.push(
      report(['invoice', 'kind'], 'value', {
        severity: 'warning',
        expected: 'an invoice (vat-ordinary or vat-special) from a company provider',
        got: 'receipt',
        hint: 'a 收据 is no tax invoice: the client cannot book the fee or deduct its VAT with it',
      }),
    );
  }
  out.push(...annexRules(contract, report));
  if (contract.type.id === 'service-agreement') out.push(...platformRules(contract, report));
  out.push(...documentRules(contract, report));
  if (contract.type.id === 'work-contract') out.push(...workContractRules(contract, report));
  if (contract.type.id === 'maintenance-agreement') out.push(...onCallFeeRules(contract, report));
  if (contract.type.id === 'service-standards') out.push(...excessFeeRules(contract, report));
  return out;
}

/**
 * service-standards (re-review SS-S1): the price per item beyond the agreed volume is charged, so it
 * is a usage row of the fee table with its VAT rate, as every amount the contract charges is.
 */
function excessFeeRules(contract: Contract, report: Report): Diagnostic[] {
  type M = number | { amount: number } | null | undefined;
  const amount = (m: M) => (m === null || m === undefined ? undefined : typeof m === 'number' ? m : m.amount);
  const spec = contract.spec as { operations?: { excessPrice?: M } | null; fees?: { items?: { kind?: string; amount?: M }[] | null } };
  const price = amount(spec.operations?.excessPrice);
  const items = spec.fees?.items;
  if (price === undefined || !items || items.some((it) => it.kind === 'usage' && amount(it.amount) === price)) return [];
  return [
    report(['operations', 'excessPrice'], 'value', {
      expected: `a usage row of fees.items for the excess volume (e.g. name: 超量服务费, kind: usage, amount: ${price}, unit: 件)`,
      got: `a price of ${price} per item beyond the agreed volume that the fee table does not list`,
      hint: 'the fee table gives every amount the contract charges with its VAT rate',
    }),
  ];
}

/**
 * maintenance-agreement (re-review MA-M2): a monthly 值守费 is part of the price. It is a fixed row
 * of the fee table, with its VAT rate, and counted in the monthly fee, which the cap basis uses; a
 * price stated two ways is no agreed price (民法典 第四百七十条, 第五百一十一条).
 */
function onCallFeeRules(contract: Contract, report: Report): Diagnostic[] {
  type M = number | { amount: number } | null | undefined;
  const amount = (m: M) => (m === null || m === undefined ? undefined : typeof m === 'number' ? m : m.amount);
  const spec = contract.spec as {
    onCall?: { monthlyFee?: M } | null;
    fees?: { monthly?: M; items?: { name?: string | null; kind?: string; amount?: M }[] | null };
  };
  const fee = amount(spec.onCall?.monthlyFee);
  const items = spec.fees?.items;
  if (fee === undefined || !items) return [];
  const out: Diagnostic[] = [];
  const row = items.findIndex((it) => it.kind === 'fixed' && amount(it.amount) === fee);
  if (row < 0) {
    out.push(
      report(['onCall', 'monthlyFee'], 'value', {
        expected: `a fixed row of fees.items for the on-call fee (e.g. name: 值守费, kind: fixed, amount: ${fee}, unit: 月)`,
        got: `an on-call fee of ${fee} a month that the fee table does not list`,
        hint: 'the fee table gives every amount the contract charges with its VAT rate; add the row and count it in fees.monthly',
      }),
    );
  }
  const monthly = amount(spec.fees?.monthly);
  const fixed = items.filter((it) => it.kind === 'fixed').reduce((a, it) => a + (amount(it.amount) ?? 0), 0);
  if (row >= 0 && monthly !== undefined && Math.abs(monthly - fixed) > 0.005) {
    out.push(
      report(['fees', 'monthly'], 'value', {
        expected: `the sum of the fixed rows of fees.items, the on-call fee included: ${fixed}`,
        got: String(monthly),
        hint: 'the monthly fee the contract calls fixed, and the cap basis built on it, must include the on-call fee',
      }),
    );
  }
  return out;
}

/**
 * work-contract: a client that deals in medical devices has the complaints that may be adverse
 * events escalated (review WC-S4); a refund of prepaid fees cannot arise when fees are paid in
 * arrears (WC-N1, WC-S13).
 */
function workContractRules(contract: Contract, report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  const spec = contract.spec as {
    medicalDevices?: unknown;
    parties?: { client?: { qualification?: string | null } };
    payment?: { timing?: string | null };
    liability?: { provider?: { refundOnTermination?: string } };
    services?: { volume?: { lower: number; upper: number } | null };
  };
  // a band whose floor is not below its ceiling agrees no band: the fee's basis would be undetermined
  const volume = spec.services?.volume;
  if (volume && volume.lower >= volume.upper) {
    out.push(
      report(['services', 'volume', 'upper'], 'value', {
        expected: `an upper bound above the lower bound (${volume.lower})`,
        got: String(volume.upper),
        hint: 'the fixed fee covers the items a month between lower and upper: give a band, e.g. lower 8000, upper 12000',
      }),
    );
  }
  const client = spec.parties?.client?.qualification ?? '';
  if (!spec.medicalDevices && client.includes('医疗器械')) {
    out.push(
      report(['parties', 'client', 'qualification'], 'value', {
        severity: 'warning',
        expected: 'a `medicalDevices:` block beside a client that deals in medical devices',
        got: client,
        hint: `complaints suggesting injury or a malfunction may be adverse events the client must report (医疗器械监督管理条例, 医疗器械不良事件监测和再评价管理办法): medicalDevices.escalateWithin sets how soon the provider passes them on`,
      }),
    );
  }
  // re-review WC-S2: passing on possible adverse events processes health data, so it is an entrusted purpose
  const purpose = (contract.spec as { dataProtection?: { purpose?: string | null } | null }).dataProtection?.purpose;
  if (spec.medicalDevices && purpose && !purpose.includes('不良事件')) {
    out.push(
      report(['dataProtection', 'purpose'], 'value', {
        severity: 'warning',
        expected: 'a purpose that includes helping the client meet its adverse-event duties (协助甲方履行医疗器械不良事件监测和报告义务)',
        got: purpose,
        hint: 'the medicalDevices clause has the provider pass on complaints with health data; an entrusted purpose must cover it (个人信息保护法 第六条, 第二十一条)',
      }),
    );
  }
  if (spec.liability?.provider?.refundOnTermination === 'unperformed' && spec.payment?.timing === 'in-arrears') {
    out.push(
      report(['liability', 'provider', 'refundOnTermination'], 'value', {
        severity: 'warning',
        expected: 'nonconforming (the default), all-paid or since-breach when fees are paid in arrears',
        got: 'unperformed',
        hint: 'fees paid after the month they pay for are never paid for service not yet given: the refund can never arise',
      }),
    );
  }
  return out;
}

/**
 * What the annexes and the title claim holds (review SS-S1, SS-S4, SS-S8): a separate
 * confidentiality agreement the clause relies on is listed, and one listed is relied on; a
 * qualification printed as a list of documents holds documents; a bilateral contract is not
 * titled as rules.
 */
function documentRules(contract: Contract, report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  const spec = contract.spec as unknown as {
    confidentiality?: { separateAgreement?: boolean } | null;
    annexes?: AnnexSpec[] | null;
    parties?: Record<string, { qualification?: string | null } | undefined>;
    contract?: { title?: string | null };
  };
  const annexes = spec.annexes ?? [];
  const nda = annexes.findIndex((a) => (a.title ?? '').includes('保密协议'));
  const separate = spec.confidentiality?.separateAgreement === true;
  if (separate && nda < 0 && !contract.draft) {
    out.push(
      report(['confidentiality', 'separateAgreement'], 'value', {
        expected: 'an annex titled 保密协议, attached (separate:) when the contract is signed',
        got: 'a separate confidentiality agreement the annex list does not have',
        hint: 'list the agreement under `annexes` (title: 保密协议, separate: what it is), or set separateAgreement: false if none is signed',
      }),
    );
  }
  if (!separate && nda >= 0) {
    out.push(
      report(['annexes', nda, 'title'], 'value', {
        expected: 'a confidentiality agreement annex only beside `confidentiality.separateAgreement: true`',
        got: annexes[nda]!.title ?? '',
        hint: 'set separateAgreement: true so that the clause says how the two relate, or drop the annex if no such agreement is signed',
      }),
    );
  }
  for (const role of ['provider', 'client'] as const) {
    const listed = annexes.some((a) => a.content === `${role}-documents`);
    const q = spec.parties?.[role]?.qualification;
    if (listed && q && /[。！？]\s*\S/.test(q.trim())) {
      out.push(
        report(['parties', role, 'qualification'], 'value', {
          severity: 'warning',
          expected: 'documents only (营业执照；…许可证), as the documents annex lists them',
          got: q,
          hint: 'the annex asks for copies of what this names: a description of the business is not a document; leave it out here',
        }),
      );
    }
  }
  const title = spec.contract?.title;
  if (contract.type.id === 'service-standards' && title && /准则(?:（[^）]*）)?$/.test(title.trim())) {
    out.push(
      report(['contract', 'title'], 'value', {
        severity: 'warning',
        expected: 'a contract title (客户服务合同, the default)',
        got: title,
        hint: 'a bilateral contract titled as rules calls itself 本准则, beside the defined 客户服务准则 it contains; the 准则 is its annex',
      }),
    );
  }
  return out;
}

/**
 * service-agreement: a 保修期 the fees depend on is defined (review SA-S4), and the platform rules,
 * standard terms (民法典 第四百九十六条), are attached as an annex under their own title (SA-S6).
 */
function platformRules(contract: Contract, report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  const spec = contract.spec as {
    warranty?: { purchaseContract?: string | null; months?: number | null } | null;
    platformRules?: string | null;
    annexes?: AnnexSpec[] | null;
  };
  const w = spec.warranty;
  if (w && !present(w.purchaseContract) && !present(w.months)) {
    out.push(
      report(['warranty'], 'key', {
        expected: '`purchaseContract`, `months` or both',
        got: 'neither',
        hint: 'name the device purchase contract whose warranty applies, or give the months from delivery',
      }),
    );
  }
  if (!w && !contract.draft) {
    let first: PathSegment[] | undefined;
    walkStrings(spec, [], (path, text) => {
      if (!first && path[0] !== 'clauses' && text.includes('保修期')) first = path;
    });
    if (first)
      out.push(
        report(first, 'value', {
          expected: 'a `warranty:` block saying what 保修期 means',
          got: 'a mention of 保修期, which the contract never defines',
          hint: 'warranty.purchaseContract names the device purchase contract whose warranty applies; warranty.months gives the months from delivery',
        }),
      );
  }
  const name = (t: string | null | undefined) => (t ?? '').trim().replace(/^《(.*)》$/, '$1');
  if (present(spec.platformRules) && !contract.draft && !(spec.annexes ?? []).some((a) => name(a.title) === name(spec.platformRules))) {
    out.push(
      report(['platformRules'], 'value', {
        severity: 'warning',
        expected: `an annex titled ${spec.platformRules}, its text attached (separate: or file:)`,
        got: 'no annex with that title',
        hint: 'platform rules are standard terms (民法典 第四百九十六条): the contract binds the customer to the text it was shown; the clause then says the provider hands over a sealed copy at signing',
      }),
    );
  }
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
    out.push(
      report(['dataProtection', 'clientRole'], 'value', {
        expected: '`handlers` naming the 个人信息处理者 whose 受托人 the client is (e.g. 乙方的企业客户)',
        got: `clientRole: ${dp.clientRole} with no handlers`,
        hint: 'the clause says whose data the provider processes as a 转委托 sub-processor and whose consent the client warrants (个人信息保护法 第二十一条)',
      }),
    );
  }
  if (!chain && present(dp.handlers)) {
    out.push(
      report(['dataProtection', 'handlers'], 'key', {
        expected: 'handlers only with clientRole entrusted or both',
        got: 'handlers, while the client is the 个人信息处理者 (clientRole: handler)',
        hint: 'set clientRole: entrusted (or both) if the client processes the data for its business customers, or remove handlers',
      }),
    );
  }
  const hs = dp.individuals.indexOf('handler-staff');
  if (!chain && hs >= 0) {
    out.push(
      report(['dataProtection', 'individuals', hs], 'value', {
        expected: 'end-customers, client-staff or signatories: with clientRole handler there is no other 处理者',
        got: 'handler-staff',
        hint: 'set clientRole: entrusted (or both) with handlers, or use client-staff',
      }),
    );
  }
  if (dp.minors && !dp.sensitive) {
    out.push(
      report(['dataProtection', 'minors'], 'value', {
        expected: '`sensitive: true` beside minors: true',
        got: 'minors: true, sensitive not true',
        hint: "a minor's information under 14 is sensitive (个人信息保护法 第二十八条); set sensitive: true and name it in sensitiveCategories",
      }),
    );
  }
  const method = dp.method ?? '';
  const forbids = (word: RegExp) => method.split(/[。；;]/).some((s) => /不得|禁止|严禁/.test(s) && word.test(s.slice(s.search(/不得|禁止|严禁/))));
  if (dp.outreach === 'marketing' && forbids(/营销|推广|推介/)) {
    out.push(
      report(['dataProtection', 'method'], 'value', {
        expected: 'a method that allows the marketing outreach chosen (outreach: marketing)',
        got: 'a method forbidding 营销/推广',
        hint: 'the provider may not go beyond the agreed method (第二十一条): drop the prohibition, or set outreach: care or none',
      }),
    );
  }
  if (dp.analytics === 'profiling' && forbids(/画像|自动化决策/)) {
    out.push(
      report(['dataProtection', 'method'], 'value', {
        expected: 'a method that allows the profiling chosen (analytics: profiling)',
        got: 'a method forbidding 用户画像',
        hint: 'drop the prohibition, or set analytics: aggregate or none',
      }),
    );
  }
  const processed = new Set([...(dp.categories ?? []), ...(dp.sensitiveCategories ?? [])]);
  (dp.excluded ?? []).forEach((x, i) => {
    if (processed.has(x))
      out.push(
        report(['dataProtection', 'excluded', i], 'value', {
          expected: 'information either processed (categories) or not collected (excluded)',
          got: `${x}, in both`,
          hint: 'keep it in one of the two lists',
        }),
      );
  });
  return out;
}

/** What a generated annex is made of: the block of the spec it needs, for the types that have it. */
export const CONTENT_NEEDS: Record<string, string> = {
  'training-plan': 'training',
  'report-templates': 'feedback',
  'service-report-template': 'serviceReport',
};

type AnnexSpec = {
  title?: string | null;
  description?: string | null;
  content?: string | null;
  text?: string | null;
  table?: { header: string[]; rows: unknown[][] } | null;
  file?: string | null;
  separate?: string | null;
};

function annexRules(contract: Contract, report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  const spec = contract.spec as Record<string, unknown> & { annexes?: AnnexSpec[] | null };
  const annexes = spec.annexes ?? [];
  const final = !contract.draft;
  const seen = new Map<string, number>();
  annexes.forEach((a, i) => {
    const bodies = (['content', 'text', 'table', 'file'] as const).filter((k) => present(a[k]));
    if (present(a.separate) && bodies.length) {
      out.push(
        report(['annexes', i, 'separate'], 'key', {
          expected: 'an annex either printed (content, text, table or file) or attached separately',
          got: `separate beside ${bodies.join(', ')}`,
          hint: 'keep the one that is true of this annex',
        }),
      );
    }
    if (final && !bodies.length && !present(a.separate) && !present(a.description)) {
      out.push(
        report(['annexes', i], 'key', {
          expected: "the annex's body (`content`, `text`, `table` or `file`) or `separate` saying what is attached",
          got: `only a title${present(a.title) ? ` (${a.title})` : ''}`,
          hint: 'an annex the contract lists must be in it, or be said to be attached or signed separately',
        }),
      );
    }
    if (present(a.content)) {
      const needs = CONTENT_NEEDS[a.content];
      if (needs && !(needs in spec))
        out.push(
          report(['annexes', i, 'content'], 'value', {
            expected: `a content ${contract.type.id} can generate`,
            got: `${a.content}, which needs \`${needs}\` (a block of another type)`,
          }),
        );
      const first = seen.get(a.content);
      if (first !== undefined)
        out.push(report(['annexes', i, 'content'], 'value', { expected: 'each generated annex once', got: `${a.content}, already annex ${first + 1}` }));
      else seen.set(a.content, i);
    }
    a.table?.rows.forEach((row, r) => {
      if (row.length !== a.table!.header.length)
        out.push(report(['annexes', i, 'table', 'rows', r], 'value', { expected: `${a.table!.header.length} cells, as the header has`, got: `${row.length}` }));
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
        out.push(
          report(path, 'value', {
            expected: `a reference to an annex of the list (${annexes.length ? `附件一 to 附件${Nzh.encodeS(annexes.length)}` : 'the spec lists none'})`,
            got: m[0],
            hint: 'add the annex to `annexes`, or correct the number',
          }),
        );
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
