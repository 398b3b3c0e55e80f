// Cross-field rules: what zod's per-field shapes cannot say. Each rule skips values a draft leaves
// blank; each finding points at the field a user should change.
import { closest, type Diagnostic, type DiagnosticInit } from '../errors/diagnostic.js';
import type { PathSegment } from '../load/load.js';
import { clauseIds } from '../schema/common.js';
import { type Duration, minutesOf } from '../schema/primitives.js';
import { valueAt } from '../schema/walk.js';
import type { Contract } from './contract.js';
import { checkLegalRules } from './legal.js';
import { checkVat } from './vat.js';

type Report = (path: PathSegment[], at: 'value' | 'key', rest: Omit<DiagnosticInit, 'file' | 'pos' | 'path'>) => Diagnostic;
// Rules read every type's spec through its typed union: a field only some types have is narrowed
// with `in` (shapes were checked by zod already).

const present = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

/** `raw`: the spec as written, before defaults, to tell what the user wrote from what defaults gave. */
export function checkRules(contract: Contract, report: Report, raw: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  termRules(out, contract, report);
  paymentRules(out, contract, report);
  timingRules(out, contract, report);
  signingRules(out, contract, report);
  clauseRules(out, contract, report, raw);
  out.push(...checkLegalRules(contract, report));
  out.push(...checkVat(contract, report));
  return out;
}

/** The term: end after start, a notice shorter than the term, one way to give its length. */
function termRules(out: Diagnostic[], contract: Contract, report: Report): void {
  const final = !contract.draft;
  // term: end after start; notice shorter than the term
  const term = contract.spec.term;
  if (term && present(term.start) && present(term.end) && term.end <= term.start) {
    out.push(report(['term', 'end'], 'value', { expected: `a date after the start (${term.start})`, got: term.end }));
  }
  if (term && present(term.terminationNotice)) {
    const termMinutes =
      present(term.start) && present(term.end)
        ? term.end > term.start
          ? ((Date.parse(term.end) - Date.parse(term.start)) / 86_400_000 + 1) * 1440
          : undefined // reported above
        : present(term.length)
          ? minutesOf(term.length)
          : undefined;
    if (termMinutes !== undefined && minutesOf(term.terminationNotice) >= termMinutes) {
      out.push(report(['term', 'terminationNotice'], 'value', { expected: 'a notice period shorter than the term', got: show(term.terminationNotice) }));
    }
  }

  // a term counted from the effective date has no dates of its own, and needs its length
  if (term && term.startsOnEffect === true) {
    for (const key of ['start', 'end'] as const) {
      if (present(term[key]))
        out.push(
          report(['term', key], 'key', {
            expected: 'no date: the term starts on the effective date (startsOnEffect)',
            got: term[key],
            hint: 'keep startsOnEffect and give a `length`, or drop it and give the dates',
          }),
        );
    }
    if (final && !present(term.length))
      out.push(
        report(['term', 'startsOnEffect'], 'key', {
          expected: 'a `length` (e.g. 1 year): the term runs for it from the effective date',
          got: 'no length',
          hint: 'add term.length',
        }),
      );
  }

  // a term from a start date ends on a computed day: a whole number of months (2.5 months has none)
  if (term && present(term.start) && present(term.length) && !present(term.end)) {
    const months = term.length.unit === 'year' ? term.length.value * 12 : term.length.value;
    if (!Number.isInteger(months))
      out.push(
        report(['term', 'length'], 'value', {
          expected: 'a whole number of months (or years that make whole months) when the term has a start: the contract prints its last day',
          got: show(term.length),
          hint: 'write the length in whole months, or give the last day as `end`',
        }),
      );
    // and a last day on the calendar the dates of a spec keep to (2200 at the latest)
    else if (Number(term.start.slice(0, 4)) + (Number(term.start.slice(5, 7)) - 1 + months) / 12 > 2201)
      out.push(report(['term', 'length'], 'value', { expected: 'a term that ends by 2200-12-31', got: show(term.length) }));
  }

  // one way to say a thing, not two that may disagree
  if (term && present(term.end) && present(term.length)) {
    out.push(
      report(['term', 'length'], 'key', {
        expected: 'either an `end` date or a `length`',
        got: 'both',
        hint: 'keep the one the contract states; the other follows from it',
      }),
    );
  }
}

/** Payment: one due rule, and a channel for online payment. */
function paymentRules(out: Diagnostic[], contract: Contract, report: Report): void {
  const final = !contract.draft;
  const pay = contract.spec.payment;
  if (pay && present(pay.dueDay) && present(pay.dueWithin)) {
    out.push(report(['payment', 'dueWithin'], 'key', { expected: 'either `dueDay` (pay by day N) or `dueWithin` (pay within N days)', got: 'both' }));
  }

  // online payment: through what, or the contract names a method nobody can use
  if (final && pay?.methods.includes('online-payment') && !present(pay.onlineChannel)) {
    const i = pay.methods.indexOf('online-payment');
    out.push(
      report(['payment', 'methods', i], 'value', {
        expected: 'a `payment.onlineChannel` naming where the client pays online',
        got: 'online-payment with no channel',
        hint: 'name the channel (e.g. 甲方平台费用中心的对公在线支付), or drop online-payment',
      }),
    );
  }
}

/** Times that must come in order: the tiers' time limits, working hours, the after-hours reply. */
function timingRules(out: Diagnostic[], contract: Contract, report: Report): void {
  const spec = contract.spec;
  // tiered problem handling: level 1 ≤ level 2 ≤ level 3, and inside level 3 escalate ≤ first solution ≤ closure
  const t = 'tiers' in spec ? spec.tiers : undefined;
  if (t) {
    orderRule(out, report, [
      [['tiers', 'level1', 'answerWithin'], t.level1?.answerWithin, '一级问题答复时限'],
      [['tiers', 'level2', 'coordinateWithin'], t.level2?.coordinateWithin, '二级问题对接时限'],
      [['tiers', 'level3', 'closeWithin'], t.level3?.closeWithin, '三级问题闭环时限'],
    ]);
    orderRule(out, report, [
      [['tiers', 'level3', 'escalateWithin'], t.level3?.escalateWithin, '联系负责人时限'],
      [['tiers', 'level3', 'initialSolutionWithin'], t.level3?.initialSolutionWithin, '初步方案时限'],
      [['tiers', 'level3', 'closeWithin'], t.level3?.closeWithin, '闭环时限'],
    ]);
  }

  // working hours: start before end, after-hours reply inside them
  const reversed = new Set<string>();
  for (const path of [
    ['services', 'hours'],
    ['communication', 'workingHours'],
  ] as const) {
    const h = valueAt(spec, [...path]) as { from?: string | null; to?: string | null } | undefined;
    if (h && present(h.from) && present(h.to) && h.from >= h.to) {
      out.push(report([...path, 'to'], 'value', { expected: `a time after the start (${h.from})`, got: h.to }));
      reversed.add(path.join('.'));
    }
  }
  const c = 'communication' in spec ? spec.communication : undefined;
  // hours that end before they start are one mistake, reported above: not also a reply time outside them
  if (c && present(c.afterHoursReplyBy) && present(c.workingHours?.from) && present(c.workingHours?.to) && !reversed.has('communication.workingHours')) {
    if (c.afterHoursReplyBy < c.workingHours.from || c.afterHoursReplyBy > c.workingHours.to) {
      out.push(
        report(['communication', 'afterHoursReplyBy'], 'value', {
          expected: `a time within working hours (${c.workingHours.from}–${c.workingHours.to})`,
          got: c.afterHoursReplyBy,
        }),
      );
    }
  }
}

/** The court of the signing place, the originals and who signs for each party. */
function signingRules(out: Diagnostic[], contract: Contract, report: Report): void {
  const spec = contract.spec;
  const final = !contract.draft;
  if (final && spec.disputes?.method === 'litigation' && spec.disputes.court === 'signing-place' && !present(spec.contract?.signingPlace)) {
    out.push(
      report(['disputes', 'court'], 'value', {
        expected: 'a `contract.signingPlace` when the court is that of the signing place',
        got: 'signing-place with no place given',
      }),
    );
  }

  // originals: each party's copies fit in the total
  const k = spec.contract;
  if (k && k.originalsPerParty * 2 > k.originals) {
    out.push(
      report(['contract', 'originalsPerParty'], 'value', {
        expected: `at most ${Math.floor(k.originals / 2)} (half of ${k.originals} originals)`,
        got: String(k.originalsPerParty),
      }),
    );
  }

  // parties: a company signs through its legal representative or an authorised agent
  for (const role of ['provider', 'client'] as const) {
    const p = spec.parties?.[role];
    if (!p) continue;
    // (an empty `legalRepresentative:` line is a blank, reported as missing already)
    if (final && p.kind === 'company' && p.legalRepresentative === undefined && !present(p.authorisedAgent)) {
      out.push(
        report(['parties', role], 'key', {
          expected: 'a `legalRepresentative` (法定代表人) or an `authorisedAgent` (授权代表) who signs for the company',
          got: 'neither',
        }),
      );
    }
    // the 授权委托书 this build prints identifies its agent (cold review MA-S2)
    if (final && p.kind === 'company' && present(p.authorisedAgent) && !present(p.authorisedAgentIdNumber)) {
      out.push(
        report(['parties', role, 'authorisedAgent'], 'key', {
          expected: "the agent's ID number (`authorisedAgentIdNumber`, 授权代表身份证件号码) for the 授权委托书 of a final build",
          got: 'none',
        }),
      );
    }
    if (
      final &&
      role === 'client' &&
      p.kind === 'company' &&
      !present(p.contactIdNumber) &&
      (spec.annexes ?? []).some((a: { content?: string }) => a.content === 'power-of-attorney')
    ) {
      out.push(
        report(['parties', role, 'contactPerson'], 'key', {
          expected: "the contact's ID number (`contactIdNumber`, 对接人身份证件号码) for the 授权委托书 of a final build",
          got: 'none',
        }),
      );
    }
    if (p.kind === 'individual' && present(p.creditCode)) {
      out.push(
        report(['parties', role, 'creditCode'], 'key', {
          expected: 'no credit code for an individual',
          got: p.creditCode,
          hint: 'set `kind: company`, or give `idNumber` instead',
        }),
      );
    }
  }
}

/** Custom clauses: ids that exist, only optional clauses omitted, no clashes. */
function clauseRules(out: Diagnostic[], contract: Contract, report: Report, raw: unknown): void {
  const cl = contract.spec.clauses;
  if (!cl) return;
  const all = clauseIds(contract.type.clauses);
  const byId = new Map(all.map((x) => [x.id, x]));
  const known = [...byId.keys()];
  const added = new Set<string>();
  (cl.omit ?? []).forEach((id: string, i: number) => {
    const info = byId.get(id);
    if (!info) out.push(report(['clauses', 'omit', i], 'value', { expected: `a clause id of ${contract.type.id}`, got: id, hint: idHint(id, known) }));
    else if (!info.optional)
      out.push(
        report(['clauses', 'omit', i], 'value', {
          expected: 'an optional clause',
          got: `\`${id}\` (${info.title}), which the contract cannot do without`,
          hint: `optional here: ${
            all
              .filter((x) => x.optional)
              .map((x) => x.id)
              .join(', ') || 'none'
          }; replace its text instead`,
        }),
      );
  });
  for (const id of Object.keys(cl.replace ?? {})) {
    if (!byId.has(id))
      out.push(report(['clauses', 'replace', id], 'key', { expected: `a clause id of ${contract.type.id}`, got: id, hint: idHint(id, known) }));
    else if ((cl.omit ?? []).includes(id)) out.push(report(['clauses', 'replace', id], 'key', { expected: 'a clause that is not omitted', got: id }));
  }
  // an omitted clause whose content the spec also writes out: the content would vanish unseen
  (cl.omit ?? []).forEach((id: string, i: number) => {
    const field = byId.get(id)?.block;
    if (field && valueAt(raw, field.split('.')) != null) {
      out.push(
        report(['clauses', 'omit', i], 'value', {
          expected: 'a clause whose content the spec does not give',
          got: `\`${id}\`, while ${field} fills it`,
          hint: `remove ${field}, or keep the clause`,
        }),
      );
    }
  });
  (cl.add ?? []).forEach((a, i) => {
    if (byId.has(a.id) || added.has(a.id))
      out.push(report(['clauses', 'add', i, 'id'], 'value', { expected: 'a new clause id', got: `\`${a.id}\`, which is taken` }));
    for (const where of ['after', 'before'] as const) {
      const ref = a[where];
      if (present(ref) && !byId.has(ref) && !added.has(ref))
        out.push(
          report(['clauses', 'add', i, where], 'value', {
            expected: 'the id of a clause that comes earlier in the list or in the type',
            got: ref,
            hint: idHint(ref, [...known, ...added]),
          }),
        );
      if (present(ref) && (cl.omit ?? []).includes(ref))
        out.push(report(['clauses', 'add', i, where], 'value', { expected: 'a clause that is not omitted', got: ref }));
    }
    if (present(a.after) && present(a.before))
      out.push(report(['clauses', 'add', i, 'before'], 'key', { expected: 'either `after` or `before`', got: 'both' }));
    added.add(a.id);
  });
}

function idHint(id: string, known: string[]): string {
  const guess = closest(id, known);
  const near = guess ? [guess] : known.filter((k) => k.includes(id) || id.includes(k));
  return near.length ? `did you mean ${near.map((n) => `\`${n}\``).join(' or ')}?` : `clause ids: ${known.join(', ')}`;
}

function orderRule(out: Diagnostic[], report: Report, steps: [PathSegment[], Duration | null | undefined, string][]): void {
  const filled = steps.filter((s): s is [PathSegment[], Duration, string] => present(s[1]));
  for (let i = 1; i < filled.length; i++) {
    const [prevPath, prev, prevName] = filled[i - 1]!;
    const [path, cur] = filled[i]!;
    if (minutesOf(cur) < minutesOf(prev)) {
      out.push(
        report(path, 'value', {
          expected: `no less than ${prevName} (${show(prev)}, at ${prevPath.join('.')})`,
          got: show(cur),
          hint: 'a higher level may take longer, never less',
        }),
      );
    }
  }
}

function show(d: Duration): string {
  return `${d.value} ${d.unit}${d.value === 1 ? '' : 's'}`;
}
