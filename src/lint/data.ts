// The data-protection lint rules: the entrustment terms (个人信息保护法 第二十一条) against what the
// rest of the contract says the service does. A contract that asks for proactive care or reports
// for 选品 while its data clause forbids them, that keeps call recordings its categories never list,
// or that serves a 母婴 or health business with no sensitive-data terms is valid as data but not
// as a deal. The rest of the contract is read as rendered (template wording and the user's values
// alike), without the data-protection clause itself; what validate already refuses (a method that
// forbids the outreach chosen, minors not sensitive) is left to it.
import type { MessageRef } from '../errors/diagnostic.js';
import { said as msg } from '../i18n/messages.js';
import type { PathSegment } from '../load/load.js';
import { type Block, type ContractDocument, plain } from '../tree/types.js';
import { forEachInlines } from '../tree/walk.js';
import type { LintRuleId } from './catalog.js';
import { type Check, type Finding, type LintContext, present } from './types.js';

interface DataView {
  outreach?: string;
  analytics?: string;
  categories?: string[] | null;
  sensitive?: boolean;
  sensitiveCategories?: string[] | null;
  minors?: boolean;
  excluded?: string[] | null;
}

/** What the clause prints when the spec lists no categories. */
const DEFAULT_CATEGORIES = '个人的姓名或者称呼、联系方式、地址，以及咨询、投诉、订单和服务记录';

/** The data block, or nothing when the clause is omitted (personal-data-without-clause says so). */
function dataOf(ctx: LintContext): DataView | undefined {
  const spec = ctx.contract.spec as { dataProtection?: DataView; clauses?: { omit?: string[] | null } | null };
  if ((spec.clauses?.omit ?? []).includes('data-protection')) return undefined;
  return spec.dataProtection;
}

/** The contract's sentences outside the data-protection clause. */
function sentencesOutside(tree: ContractDocument): string[] {
  const lines: string[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'clause') {
        if (b.id === 'data-protection') continue;
        lines.push(plain(b.title));
        walk(b.children);
      } else if (b.type === 'appendix') {
        lines.push(plain(b.title));
        walk(b.children);
      } else forEachInlines([b], (xs) => lines.push(plain(xs)));
    }
  };
  walk(tree.children);
  return lines
    .join('\n')
    .split(/[。；;\n]/)
    .filter((s) => s.trim() !== '');
}

/** A sentence that forbids rather than requires: 不得推销竞争产品 asks for no marketing. */
const PROHIBITS = /不得|禁止|严禁|不应/;

/** The first sentence (not a prohibition) matching, shortened around the match for the message. */
function quote(sentences: readonly string[], re: RegExp, prohibitionsToo = false): string | undefined {
  for (const s of sentences) {
    if (!prohibitionsToo && PROHIBITS.test(s)) continue;
    const m = re.exec(s);
    if (m) return `「${s.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12).trim()}」`;
  }
  return undefined;
}

/** The deepest of these paths the spec writes (the key the user would change, or its block). */
function pathIn(raw: unknown, path: PathSegment[]): { path: PathSegment[]; at: 'value' | 'key' } {
  let node: unknown = raw;
  for (let i = 0; i < path.length; i++) {
    const next = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[path[i]!] : undefined;
    if (next === undefined) return { path: path.slice(0, Math.max(1, i)), at: 'key' };
    node = next;
  }
  return { path, at: 'value' };
}

const OUTREACH = /主动沟通|主动联系|主动外呼|外呼|客户关怀|定期关怀|售后回访|开展[^，]{0,8}回访/;
const MARKETING = /营销推广|精准营销|推介商品|推送促销|促销信息/;
const ANALYTICS = /选品|消费偏好|消费习惯|(?:用于|供)[^，]{0,10}运营/;
const PROFILING = /用户画像|客户画像|精准营销|个性化推荐/;

/** "call recordings (通话录音)": the English as written, the Chinese in its brackets for a Chinese reader */
function both(what: string): MessageRef {
  const zh = /\(([^,)]+)/.exec(what)?.[1] ?? what;
  return msg('lint.both', { en: what, zh });
}

const useForbidsService: Check = (ctx) => {
  const dp = dataOf(ctx);
  if (!dp) return [];
  const text = sentencesOutside(ctx.tree);
  const out: Finding[] = [];
  const at = (key: string) => pathIn(ctx.raw, ['dataProtection', key]);
  const outreach = dp.outreach ?? 'none';
  const analytics = dp.analytics ?? 'none';
  const wantsMarketing = quote(text, MARKETING);
  const wantsOutreach = quote(text, OUTREACH);
  if (wantsMarketing && outreach !== 'marketing') {
    out.push({
      ...at('outreach'),
      expected: msg('lint.outreach-marketing.expected'),
      got: msg('lint.outreach-marketing.got', { value: outreach, quote: wantsMarketing }),
      hint: msg('lint.outreach-marketing.hint'),
    });
  } else if (wantsOutreach && outreach === 'none') {
    out.push({
      ...at('outreach'),
      expected: msg('lint.outreach-care.expected'),
      got: msg('lint.outreach-care.got', { quote: wantsOutreach }),
      hint: msg('lint.outreach-care.hint'),
    });
  }
  const wantsProfiling = quote(text, PROFILING);
  const wantsAnalytics = quote(text, ANALYTICS);
  if (wantsProfiling && analytics !== 'profiling') {
    out.push({
      ...at('analytics'),
      expected: msg('lint.profiling.expected'),
      got: msg('lint.analytics.got', { value: analytics, quote: wantsProfiling }),
      hint: msg('lint.profiling.hint'),
    });
  } else if (wantsAnalytics && analytics === 'none') {
    out.push({
      ...at('analytics'),
      expected: msg('lint.aggregate.expected'),
      got: msg('lint.analytics.got', { value: 'none', quote: wantsAnalytics }),
      hint: msg('lint.aggregate.hint'),
    });
  }
  return out;
};

/** What the service produces, how the contract says so, and how a category names it. */
const PRODUCED: readonly { what: string; said: RegExp; listed: RegExp }[] = [
  { what: 'call recordings (通话录音)', said: /录音|呼叫中心/, listed: /录音/ },
  { what: 'chat logs (聊天记录)', said: /聊天记录|会话记录|在线聊天|在线客服|企业微信/, listed: /聊天|会话/ },
  { what: 'order or purchase history (订单、购买或者消费记录)', said: /订单|购买记录|消费记录|消费数据/, listed: /订单|购买|消费/ },
  { what: 'screen recordings of remote sessions (远程协助录屏)', said: /录屏|屏幕录像/, listed: /录屏|屏幕/ },
  { what: 'data held on the devices worked on (终端或者设备中的信息)', said: /远程接入|远程访问|远程诊断|远程协助|数据导出/, listed: /终端|设备/ },
];

const categoriesMissing: Check = (ctx) => {
  const dp = dataOf(ctx);
  // a draft that lists no categories leaves them to fill in, as it leaves its other blanks
  if (!dp || (ctx.draft && !present(dp.categories))) return [];
  const listed = present(dp.categories) ? [...dp.categories, ...(dp.sensitiveCategories ?? [])].join('\n') : DEFAULT_CATEGORIES;
  const text = sentencesOutside(ctx.tree);
  const where = pathIn(ctx.raw, ['dataProtection', 'categories']);
  const out: Finding[] = [];
  for (const p of PRODUCED) {
    const said = quote(text, p.said, true);
    if (said && !p.listed.test(listed)) {
      out.push({
        ...where,
        expected: msg('lint.category.expected', { what: both(p.what) }),
        got: msg('lint.category.got', { quote: said }),
        hint: msg('lint.category.hint'),
      });
    }
  }
  return out;
};

/** Sensitive information a business implies (个人信息保护法 第二十八条), and how the spec covers it. */
const IMPLIED: readonly { what: string; said: RegExp; covered: (dp: DataView) => boolean }[] = [
  {
    what: "children's information (不满十四周岁未成年人的个人信息, 第二十八条, 第三十一条)",
    said: /母婴|婴幼儿|婴儿|幼儿|儿童|童装|早教/,
    covered: (dp) => (dp.sensitive === true && dp.minors === true) || (dp.excluded ?? []).some((x) => /婴|儿童|未成年/.test(x)),
  },
  {
    what: 'pregnancy and maternity information (孕产期健康状况, 第二十八条)',
    said: /母婴|孕/,
    covered: (dp) => [...(dp.sensitiveCategories ?? []), ...(dp.excluded ?? [])].some((x) => /孕/.test(x)),
  },
  {
    what: 'health information (医疗健康信息, 第二十八条)',
    said: /医疗器械|医疗|健康监测|诊疗|药品|保健/,
    covered: (dp) => [...(dp.sensitiveCategories ?? []), ...(dp.excluded ?? [])].some((x) => /健康|医疗|病|诊断|体征|血压|心率|用药/.test(x)),
  },
];

const sensitiveImplied: Check = (ctx) => {
  const dp = dataOf(ctx);
  if (!dp) return [];
  const text = sentencesOutside(ctx.tree);
  const where = pathIn(ctx.raw, ['dataProtection', 'sensitive']);
  const out: Finding[] = [];
  for (const s of IMPLIED) {
    const said = quote(text, s.said, true);
    if (said && !s.covered(dp)) {
      out.push({
        ...where,
        expected: msg('lint.sensitive.expected', { what: both(s.what), minors: s.what.startsWith('children') ? msg('lint.sensitive.minors') : '' }),
        got: msg(dp.sensitive ? 'lint.sensitive.got-without' : 'lint.sensitive.got-none', { quote: said }),
        hint: msg('lint.sensitive.hint'),
      });
    }
  }
  return out;
};

export const DATA: Partial<Record<LintRuleId, Check>> = {
  'data-use-forbids-service': useForbidsService,
  'data-categories-missing': categoriesMissing,
  'sensitive-data-implied': sensitiveImplied,
};
