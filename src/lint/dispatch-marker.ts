// The dispatch markers a spec's own fields and text put into operation (cold review 2026-12-07,
// item 1): a fee priced per head or per person-time, the client replacing individual staff or the
// whole team, staff passing an exam the client sets. Each is a sign that labour, not a result, is
// bought (劳务派遣暂行规定 第二十七条), whatever the independence clause says.
import { type MessageId, said } from '../i18n/messages.js';
import type { PathSegment } from '../load/load.js';
import type { Check, Finding } from './types.js';

interface View {
  fees?: { items?: { unit?: string | null }[] | null };
  parties?: { partyA?: string };
}

/** a unit of one person and a time, or a head: 人·天, 人天, 人/小时, 每人, 名 */
const PER_HEAD_UNIT = /^(?:人\s*[·・./*×]?\s*(?:天|日|小时|时|月)|人|名|每人.*|.*\/人)$/;
const PER_HEAD_TEXT = /每人\s*[·・./]?\s*(?:天|日|小时|月)|人\s*[·・]\s*(?:天|日|小时|月)|人天数|人时数|人·小时/;

/** every text value the user wrote, with its path */
function* texts(v: unknown, path: PathSegment[] = []): Generator<[PathSegment[], string]> {
  if (typeof v === 'string') yield [path, v];
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* texts(v[i], [...path, i]);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'lint') yield* texts(x, [...path, k]);
}

export const dispatchMarker: Check = (ctx) => {
  // the three types that buy an outsourced customer-service operation
  if (!['service-standards', 'maintenance-agreement', 'work-contract'].includes(ctx.contract.type.id)) return [];
  const s = ctx.contract.spec as unknown as View;
  const client = (s.parties?.partyA ?? ctx.contract.type.partyA) === 'client' ? '甲方' : '乙方';
  const out: Finding[] = [];
  const found = (path: PathSegment[], what: MessageId, text: string, index?: number) =>
    out.push({
      path,
      ...(index === undefined ? {} : { inText: { index, text } }),
      expected: said('lint.dispatch-marker.expected'),
      got: said('lint.dispatch.got', { what: said(what), text }),
      hint: said('lint.dispatch-marker.hint'),
    });
  (s.fees?.items ?? []).forEach((item, i) => {
    const unit = item.unit?.trim();
    if (unit && PER_HEAD_UNIT.test(unit)) found(['fees', 'items', i, 'unit'], 'lint.dispatch-marker.per-head', unit);
  });
  const markers: [RegExp, MessageId][] = [
    [PER_HEAD_TEXT, 'lint.dispatch-marker.per-head'],
    [/(?:更换|调换)[^。；，\n]{0,6}(?:人员|团队|客服|组长|专员)/, 'lint.dispatch-marker.replace'],
    [new RegExp(`(?:通过|参加)(?:${client}|委托方)[^。；，\\n]{0,10}(?:考核|考试|测试)`), 'lint.dispatch-marker.exam'],
  ];
  for (const [path, text] of texts(ctx.raw)) {
    if (path[0] === 'fees' && path[1] === 'items' && path[3] === 'unit') continue;
    for (const [re, what] of markers) {
      const m = re.exec(text);
      if (!m) continue;
      found(path, what, m[0], m.index);
      break;
    }
  }
  return out;
};
