// The staffing rules: a monthly fee that cannot pay the team it buys, and outsourcing text that reads
// as labour dispatch (劳务派遣暂行规定 第二十七条). The first reads the fee and the headcount; the second
// reads the user's own text (template wording never carries the markers).
import { type MessageId, said } from '../i18n/messages.js';
import type { PathSegment } from '../load/load.js';
import type { LintRuleId } from './catalog.js';
import { type Check, type Finding, present } from './types.js';

/**
 * The floor, in yuan per dedicated staff member per month before VAT: the highest provincial
 * 月最低工资标准 in force (上海, 2,740 yuan from 2025-07-01) plus about 30 % for the employer's
 * social insurance, rounded up: 2,740 × 1.3 ≈ 3,562 → 3,600. Update it when a province raises its
 * minimum wage above Shanghai's or Shanghai raises its own (usually each 1 July); the README says so.
 */
export const STAFF_FEE_FLOOR = { yuan: 3600, minimumWage: 2740, province: '上海市', since: '2025-07-01', socialInsurance: 0.3 } as const;

type Money = number | { amount: number };
interface View {
  fees?: { monthly?: Money | null; taxIncluded?: boolean; vatRate?: number };
  staffing?: { dedicatedStaff?: number | null };
  communication?: { dedicatedAgents?: number | null };
  parties?: { partyA?: string };
  annexes?: { title?: string; table?: { header?: string[] } | null }[];
}

const staffFee: Check = (ctx) => {
  const s = ctx.contract.spec as View;
  const fee = s.fees?.monthly;
  const [path, count] = present(s.staffing?.dedicatedStaff)
    ? [['staffing', 'dedicatedStaff'], s.staffing.dedicatedStaff]
    : [['communication', 'dedicatedAgents'], s.communication?.dedicatedAgents];
  if (!present(fee) || !present(count) || count <= 0) return [];
  const amount = typeof fee === 'number' ? fee : fee.amount;
  const beforeTax = s.fees?.taxIncluded === false ? amount : amount / (1 + (s.fees?.vatRate ?? 6) / 100);
  const perPerson = beforeTax / count;
  const floor = ctx.options?.staffFeeFloor ?? STAFF_FEE_FLOOR.yuan;
  if (perPerson >= floor) return [];
  return [
    {
      path: typeof fee === 'number' ? ['fees', 'monthly'] : ['fees', 'monthly', 'amount'],
      expected: said('lint.staff-fee.expected', {
        floor,
        count,
        path: (path as string[]).join('.'),
        total: Math.ceil(floor * count * (s.fees?.taxIncluded === false ? 1 : 1 + (s.fees?.vatRate ?? 6) / 100)),
        tax: s.fees?.taxIncluded === false ? '' : said('lint.staff-fee.tax'),
      }),
      got: said('lint.staff-fee.got', { fee: Math.round(perPerson) }),
      hint: said('lint.staff-fee.hint', {
        province: STAFF_FEE_FLOOR.province,
        wage: STAFF_FEE_FLOOR.minimumWage,
        since: STAFF_FEE_FLOOR.since,
        insurance: STAFF_FEE_FLOOR.socialInsurance * 100,
      }),
    },
  ];
};

/** every text value the user wrote, with its path */
function* texts(v: unknown, path: PathSegment[] = []): Generator<[PathSegment[], string]> {
  if (typeof v === 'string') yield [path, v];
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* texts(v[i], [...path, i]);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'lint') yield* texts(x, [...path, k]);
}

const dispatch: Check = (ctx) => {
  const s = ctx.contract.spec as View;
  const client = (s.parties?.partyA ?? ctx.contract.type.partyA) === 'client' ? '甲方' : '乙方';
  const markers: [RegExp, MessageId][] = [
    [/劳务派遣/, 'lint.dispatch.licence'],
    [/派驻/, 'lint.dispatch.posted'],
    [
      new RegExp(`(?:人员|客服|员工|专员|经理|组长|团队|名单)[^。；\\n]{0,24}(?:经|征得|取得)(?:${client}|委托方|客户)[^。；\\n]{0,6}(?:同意|批准|审批|认可)`),
      'lint.dispatch.approving',
    ],
    [new RegExp(`(?:${client}|委托方)[^。；\\n]{0,4}(?:审批|批准|面试|选定)[^。；\\n]{0,10}(?:人员|客服|上岗)`), 'lint.dispatch.approving'],
  ];
  const out: Finding[] = [];
  for (const [path, text] of texts(ctx.raw)) {
    for (const [re, what] of markers) {
      const m = re.exec(text);
      if (!m) continue;
      out.push({
        path,
        inText: { index: m.index, text: m[0] },
        expected: said('lint.outsourcing.expected'),
        got: said('lint.dispatch.got', { what: said(what), text: m[0] }),
        hint: HINT,
      });
      break;
    }
  }
  (s.annexes ?? []).forEach((a, i) => {
    const j = a.table?.header?.findIndex((h) => /姓名|名字/.test(h)) ?? -1;
    if (j >= 0)
      out.push({
        path: ['annexes', i, 'table', 'header', j],
        expected: said('lint.roster.expected'),
        got: said('lint.roster.got', { title: a.title ?? said('lint.annex-n', { n: i + 1 }) }),
        hint: HINT,
      });
  });
  return out;
};
const HINT = said('lint.dispatch.hint');

export const STAFFING: Partial<Record<LintRuleId, Check>> = {
  'staff-fee-below-floor': staffFee,
  'labour-dispatch-markers': dispatch,
};
