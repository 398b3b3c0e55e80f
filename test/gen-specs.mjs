// Generates specs for batch builds and the benchmark, deterministically from a seed:
//   node test/gen-specs.mjs --count 200 --out DIR [--invalid 3] [--seed 1]
// (after `npm run build`: the amounts, durations, enum lists and omittable clauses it varies are
// read from the compiled schemas in dist/, test/schema-fields.mjs)
// writes `count` valid specs of all five types in turn, each a variation of examples/<type>.yaml
// (parties, names, addresses, contract numbers, signing dates, terms, amounts with their capitals,
// durations, percentages, list subsets, optional clauses omitted, custom clauses, some in zh-Hant),
// as DIR/<type>/<group>/deal-N.yaml (N = 1…count, a group per region); and with `--invalid K`, K
// invalid specs as DIR/<type>/<group>/bad-N.yaml, each with one mistake in turn: a date that does
// not exist, a misspelt key, capitals that do not match the amount. Nothing else is written, and
// DIR may already hold files (same names are overwritten). Spec N depends only on the seed and N,
// so a smaller --count gives a prefix of a larger one. Prints one line: what it wrote.
//
// As a module: `generateSpecs({ count, invalid, seed })` returns the specs without writing, each
// `{ path, type, valid, text, defect? }` (path relative to DIR; defect: `{ kind, path, ruleId }` of
// an invalid one's one diagnostic), and `writeSpecs(dir, options)` writes them and returns the same list.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Nzh from 'nzh/cn';
import YAML from 'yaml';
import { TYPES } from '../dist/index.js';
import { coupleFeeRows } from './fee-rows.mjs';
import { fieldKinds, omittableClauses, pathKey } from './schema-fields.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => YAML.parse(readFileSync(join(root, 'examples', f), 'utf8')));

// ── a seeded generator (mulberry32), one stream per spec ─────────────────────────────────────────
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}
const streamSeed = (seed, n) => (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca77)) >>> 0;

// ── Chinese names, places and companies ─────────────────────────────────────────────────────────
const REGIONS = [
  {
    group: 'east',
    cities: [
      ['上海市', '浦东新区', '021'],
      ['江苏省南京市', '建邺区', '025'],
      ['浙江省杭州市', '西湖区', '0571'],
      ['江苏省苏州市', '工业园区', '0512'],
    ],
  },
  {
    group: 'north',
    cities: [
      ['北京市', '海淀区', '010'],
      ['天津市', '和平区', '022'],
      ['山东省济南市', '历下区', '0531'],
    ],
  },
  {
    group: 'south',
    cities: [
      ['广东省广州市', '天河区', '020'],
      ['广东省深圳市', '南山区', '0755'],
      ['福建省厦门市', '思明区', '0592'],
    ],
  },
  {
    group: 'west',
    cities: [
      ['四川省成都市', '高新区', '028'],
      ['湖北省武汉市', '武昌区', '027'],
      ['陕西省西安市', '雁塔区', '029'],
      ['重庆市', '渝北区', '023'],
    ],
  },
];
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建文云红宇浩凯俊峰琳雪梅晨欣悦博睿哲思雨涵嘉怡佳乐安宁志国海波立群蕾婷'];
const BRANDS = [
  '云帆',
  '华康',
  '联信',
  '远航',
  '星辰',
  '博远',
  '恒信',
  '启明',
  '智汇',
  '卓越',
  '金桥',
  '天诚',
  '鼎新',
  '瑞丰',
  '嘉禾',
  '明德',
  '致远',
  '华瑞',
  '安达',
  '信达',
  '蓝海',
  '润泽',
  '弘毅',
  '长风',
];
const TRADES = [
  ['客户服务外包', '客户服务'],
  ['信息技术', '软件'],
  ['电子商务', '零售'],
  ['健康科技', '医疗器械'],
  ['网络科技', '互联网'],
  ['物流', '供应链'],
  ['智能家居', '家电'],
  ['教育科技', '培训'],
  ['数字营销', '广告'],
  ['企业服务', '咨询'],
];
const TITLES = ['项目经理', '客服主管', '运营经理', '用户服务部经理', '商务经理', '客户成功经理'];
const ROADS = ['中山路', '人民路', '解放路', '建设路', '长江路', '和平路', '科技路', '创新大道', '金融街', '学府路', '滨江大道', '世纪大道'];
const BUILDINGS = ['国际大厦', '科技园', '商务中心', '金融港', '创新广场', '总部基地', '软件园'];
const LATIN = [
  'yunfan',
  'huakang',
  'lianxin',
  'yuanhang',
  'xingchen',
  'boyuan',
  'hengxin',
  'qiming',
  'zhihui',
  'zhuoyue',
  'jinqiao',
  'tiancheng',
  'dingxin',
  'ruifeng',
  'jiahe',
  'mingde',
  'zhiyuan',
  'huarui',
  'anda',
  'xinda',
  'lanhai',
  'runze',
  'hongyi',
  'changfeng',
];
const BANKS = ['中国工商银行', '中国建设银行', '中国银行', '中国农业银行', '招商银行', '交通银行'];

const personName = (r) => r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.7) ? r.pick(GIVEN) : '');
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** A unified social credit code with a right check character (GB 32100-2015). */
function creditCode(r) {
  let s = '91' + String(r.int(110000, 659000));
  while (s.length < 17) s += USCC_CHARS[r.int(0, USCC_CHARS.length - 1)];
  const sum = [...s].reduce((a, c, i) => a + USCC_CHARS.indexOf(c) * USCC_WEIGHTS[i], 0);
  return s + USCC_CHARS[(31 - (sum % 31)) % 31];
}
function place(r) {
  const region = r.pick(REGIONS);
  const [city, district, area] = r.pick(region.cities);
  return {
    region,
    city,
    district,
    area,
    address: `${city}${district}${r.pick(ROADS)}${r.int(1, 999)}号${r.pick(BRANDS)}${r.pick(BUILDINGS)}${r.int(1, 30)}层`,
  };
}
/** A company party: the example's keys kept (so each type's required fields stay), the values new. */
function company(r, old, trade) {
  const at = place(r);
  const brand = r.pick(BRANDS);
  const latin = LATIN[BRANDS.indexOf(brand)];
  const name = `${at.city.replace(/^.*省/, '').replace(/市$/, '')}${brand}${trade}有限公司`;
  const p = { ...old, name, kind: 'company', creditCode: creditCode(r), legalRepresentative: personName(r), registeredAddress: at.address };
  if ('mailingAddress' in old || r.chance(0.3)) p.mailingAddress = place(r).address;
  if ('contactPerson' in old) p.contactPerson = `${personName(r)}（${r.pick(TITLES)}）`;
  if ('phone' in old) p.phone = `${at.area}-${r.int(5000, 8999)} ${String(r.int(0, 9999)).padStart(4, '0')}`;
  if ('email' in old) p.email = `${r.pick(['service', 'contact', 'kefu', 'biz'])}${r.int(1, 99)}@${latin}-${r.pick(['tech', 'cs', 'group', 'bpo'])}.example.cn`;
  if (old.bank)
    p.bank = {
      bankName: `${r.pick(BANKS)}${at.city.replace(/^.*省/, '').replace(/市$/, '')}${r.pick(['分行', '支行', '营业部'])}`,
      accountName: name,
      accountNumber: String(r.int(1e8, 9e8)) + String(r.int(1e9, 9e9)),
    };
  delete p.idNumber;
  return { party: p, at };
}

// ── dates, durations, amounts ───────────────────────────────────────────────────────────────────
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const addDays = (d, n) => iso(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000);
const addYears = (d, n) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCFullYear(t.getUTCFullYear() + n);
  return iso(t);
};
const capitals = (amount) => `人民币${Nzh.toMoney(Math.round(amount * 100) / 100, { outSymbol: false })}`;
/** A round amount near the example's: contracts quote round figures. */
function amountNear(r, old) {
  const step = old >= 10000 ? 500 : old >= 1000 ? 100 : 10;
  return Math.max(step, Math.round((old * (0.5 + r.next() * 1.5)) / step) * step);
}
const DURATION = /^(\d+(?:\.\d+)?)\s*(.+)$/;
// durations other rules compare (the term, the tiers' order): varied only as a whole, below
// and the reply and resolution times the reply-after-resolution rule (an error in validate) compares
const fixedDuration = (path) => path[0] === 'term' || path[0] === 'tiers' || path.at(-1) === 'replyWithin' || /ResolutionWithin$/.test(String(path.at(-1)));

// ── one spec ────────────────────────────────────────────────────────────────────────────────────
const isObj = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
function walk(o, fn, path = []) {
  if (Array.isArray(o)) o.forEach((v, i) => (fn(path.concat(i), v, o, i), walk(v, fn, path.concat(i))));
  else if (isObj(o)) for (const [k, v] of Object.entries(o)) fn(path.concat(k), v, o, k), walk(v, fn, path.concat(k));
}
// What the schemas say (test/schema-fields.mjs, over the compiled schemas in dist/): the amounts,
// the durations and the lists of enum values of each type, and the optional clauses it may omit
// with the block that fills them, which must go too (not those whose block is required).
const KINDS = new Map(TYPES.map((t) => [t.id, fieldKinds(t.schema)]));
const OMITTABLE = Object.fromEntries(TYPES.map((t) => [t.id, omittableClauses(t)]));
/**
 * Lists of independent entries (not a schema fact: no other value refers to one of them): any non-empty subset is valid, as of enum values.
 * Not the annexes: an example's text refers to them by number (service-contract: 附件二所列设备), which validate checks.
 */
const ENTRY_LISTS = new Set(['tasks', 'standards', 'breachActs', 'measures', 'indicators', 'metrics']);

function validSpec(r, n) {
  const base = EXAMPLES[(n - 1) % EXAMPLES.length];
  const spec = structuredClone(base);
  const type = spec.type;
  const [trade] = r.pick(TRADES);
  const provider = company(r, spec.parties.provider, r.chance(0.5) ? '客户服务外包' : trade);
  const client = company(r, spec.parties.client, r.pick(TRADES)[0]);
  spec.parties.provider = provider.party;
  spec.parties.client = client.party;

  // contract: number, dates, place
  const year = r.int(2025, 2029);
  const signing = addDays(`${year}-01-01`, r.int(0, 364));
  const prefix = { 'service-agreement': 'FW', 'service-contract': 'HT', 'service-standards': 'ZZ', 'maintenance-agreement': 'WH', 'work-contract': 'KF' }[type];
  spec.contract.number = `${r.pick(['YF', 'HK', 'LX', 'XC', 'BY', 'QM'])}-${prefix}-${year}-${String(n).padStart(4, '0')}`;
  spec.contract.signingDate = signing;
  if ('signingPlace' in spec.contract) spec.contract.signingPlace = `${client.at.city}${client.at.district}`;
  for (const role of ['provider', 'client']) if ('signingDate' in base.parties[role]) spec.parties[role].signingDate = signing;
  if (r.chance(0.3)) {
    spec.contract.originals = r.pick([2, 4]);
    spec.contract.originalsPerParty = spec.contract.originals / 2;
  }

  // the term: starts on or after signing, one to three years
  if (spec.term) {
    if ('start' in spec.term) spec.term.start = addDays(signing, r.int(0, 45));
    const years = r.int(1, 3);
    if ('end' in spec.term) spec.term.end = addDays(addYears(spec.term.start, years), -1);
    if ('length' in spec.term) spec.term.length = `${years} ${years === 1 ? 'year' : 'years'}`;
    if ('terminationNotice' in spec.term) spec.term.terminationNotice = r.pick(['1 month', '30 days', '2 months', '15 days']);
  }

  // amounts (with their capitals), percentages and durations
  const kinds = KINDS.get(type);
  walk(spec, (path, v, parent, key) => {
    if (path[0] === 'parties' || path[0] === 'contract' || path[0] === 'term' || path[0] === 'clauses') return;
    const kind = kinds.get(pathKey(path));
    if (key === 'amount' && typeof v === 'number' && 'inWords' in parent) {
      parent.amount = amountNear(r, v);
      parent.inWords = capitals(parent.amount);
    } else if ((kind === 'money' || kind === 'amount') && typeof v === 'number') {
      const amount = amountNear(r, v);
      // sometimes with its capitals, as a careful drafter writes it
      parent[key] = kind === 'money' && r.chance(0.3) ? { amount, inWords: capitals(amount) } : amount;
    } else if (typeof key === 'string' && /Percent/.test(key) && typeof v === 'number' && v > 0) {
      // per-day rates stay small, shares stay below 100
      parent[key] = /PerDay$/.test(key) ? r.pick([0.03, 0.05, 0.1]) : v >= 100 ? v : Math.min(99, Math.max(1, v + r.int(-10, 5)));
    } else if (kind === 'duration' && typeof v === 'string' && !fixedDuration(path)) {
      const [, num, unit] = DURATION.exec(v);
      const k = Number(num);
      parent[key] = `${Math.max(1, Math.round(k * (0.5 + r.next())))} ${unit}`;
    }
  });
  // amounts the fee table states once (src/validate/legal.ts): the on-call fee and the excess price
  // are their rows' amounts, the monthly fee the sum of the fixed rows (test/fee-rows.mjs)
  coupleFeeRows(spec, { type, capitals });
  if (spec.payment && 'dueDay' in spec.payment) spec.payment.dueDay = r.int(1, 28);

  // lists: a non-empty subset, in the example's order
  walk(spec, (path, v, parent, key) => {
    if (!Array.isArray(v) || v.length < 2 || path[0] === 'clauses' || !(kinds.get(pathKey(path)) === 'enumList' || ENTRY_LISTS.has(String(key)))) return;
    const kept = v.filter(() => r.chance(0.75));
    parent[key] = kept.length ? kept : [v[0]];
  });
  // optional clauses: some left out, with the block only they print
  // (not one a custom clause is placed by)
  const placedBy = new Set((spec.clauses?.add ?? []).flatMap((a) => [a.after, a.before]));
  const omit = OMITTABLE[type].filter(([id]) => !placedBy.has(id) && r.chance(0.25));
  if (omit.length) {
    spec.clauses ??= {};
    spec.clauses.omit = [...(spec.clauses.omit ?? []), ...omit.map(([id]) => id)];
    for (const [, block] of omit) {
      if (!block) continue;
      const path = block.split('.');
      const parent = path.slice(0, -1).reduce((o, k) => o?.[k], spec);
      if (parent) delete parent[path.at(-1)];
    }
  }
  // a separate confidentiality agreement is relied on only while it is listed as an annex (the
  // list may have gone with its clause)
  if (spec.confidentiality?.separateAgreement && !(spec.annexes ?? []).some((a) => a.title === '保密协议')) spec.confidentiality.separateAgreement = false;
  // custom clauses: kept, dropped, or one more of our own
  if (spec.clauses?.add && r.chance(0.3)) delete spec.clauses.add;
  if (r.chance(0.3)) {
    spec.clauses ??= {};
    spec.clauses.add = [
      ...(spec.clauses.add ?? []),
      {
        id: `extra-${n}`,
        title: r.pick(['廉洁合作', '知识产权', '信息系统对接', '服务交接']),
        text: `双方应当${r.pick(['遵守廉洁自律的要求', '尊重对方的知识产权', '按约定完成系统对接', '在合同终止后做好服务交接'])}，具体安排由${personName(r)}与${personName(r)}于${addDays(signing, r.int(1, 30)).replace(/^(\d+)-(\d+)-(\d+)$/, (_, y, m, d) => `${y}年${Number(m)}月${Number(d)}日`)}前书面确认。`,
      },
    ];
  }
  if (spec.clauses && !Object.keys(spec.clauses).length) delete spec.clauses;
  if (r.chance(0.15)) spec.locale = r.pick(['zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK']);
  return { type, spec, group: provider.at.region.group };
}

/** One mistake in a valid spec, in turn: a date that does not exist, a misspelt key, capitals that disagree. */
function breakSpec(r, spec, k) {
  const kind = ['bad-date', 'misspelt-key', 'wrong-amount'][k % 3];
  if (kind === 'bad-date') {
    spec.contract.signingDate = `${spec.contract.signingDate.slice(0, 4)}-02-30`;
    return { kind, path: 'contract.signingDate', ruleId: 'schema/format' };
  }
  if (kind === 'misspelt-key') {
    // an optional key, so that the one mistake is the unknown key; its place in the file kept
    const c = spec.contract;
    spec.contract = Object.fromEntries(Object.entries(c).map(([key, v]) => [key === 'signingPlace' ? 'signingPlase' : key, v]));
    return { kind, path: 'contract.signingPlase', ruleId: 'schema/unknown-field' };
  }
  // capitals that say a little more than the figure
  const money = spec.fees?.monthly ?? spec.liability?.serviceFailurePenalty;
  const amount = typeof money === 'number' ? money : money.amount;
  const wrong = { amount, inWords: capitals(amount + r.pick([1, 10, 100])) };
  if (spec.fees?.monthly !== undefined) spec.fees.monthly = wrong;
  else spec.liability.serviceFailurePenalty = wrong;
  const path = spec.fees?.monthly !== undefined ? 'fees.monthly.inWords' : 'liability.serviceFailurePenalty.inWords';
  return { kind, path, ruleId: 'amount/capitals-mismatch' };
}

const header = (type) => `# generated by test/gen-specs.mjs from examples/${type}.yaml\n`;

export function generateSpecs({ count = 200, invalid = 0, seed = 1 } = {}) {
  const out = [];
  for (let n = 1; n <= count; n++) {
    const r = rng(streamSeed(seed, n));
    const { type, spec, group } = validSpec(r, n);
    out.push({ path: `${type}/${group}/deal-${n}.yaml`, type, valid: true, text: header(type) + YAML.stringify(spec, { lineWidth: 0 }) });
  }
  for (let k = 0; k < invalid; k++) {
    const n = count + k + 1;
    const r = rng(streamSeed(seed, n));
    const { type, spec, group } = validSpec(r, n);
    const defect = breakSpec(r, spec, k);
    out.push({ path: `${type}/${group}/bad-${k + 1}.yaml`, type, valid: false, defect, text: header(type) + YAML.stringify(spec, { lineWidth: 0 }) });
  }
  return out;
}

export function writeSpecs(dir, options) {
  const specs = generateSpecs(options);
  for (const s of specs) {
    const file = join(dir, s.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, s.text);
  }
  return specs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '200' },
      out: { type: 'string' },
      invalid: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
    },
  });
  const whole = (s, name) => {
    if (!/^\d+$/.test(s)) {
      console.error(`gen-specs: --${name} takes a whole number, got "${s}"`);
      process.exit(2);
    }
    return Number(s);
  };
  if (!values.out) {
    console.error('usage: node test/gen-specs.mjs --count 200 --out DIR [--invalid 3] [--seed 1]');
    process.exit(2);
  }
  const specs = writeSpecs(values.out, { count: whole(values.count, 'count'), invalid: whole(values.invalid, 'invalid'), seed: whole(values.seed, 'seed') });
  const bad = specs.filter((s) => !s.valid).length;
  console.log(`gen-specs: ${specs.length - bad} valid and ${bad} invalid specs in ${values.out}`);
}
