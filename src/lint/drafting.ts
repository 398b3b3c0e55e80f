// The drafting lint rules: the wording of the contract as rendered (the document tree) against the
// text the user wrote in the spec — defined terms, references to clauses left out, placeholders
// in a final contract, an added clause that says what a standard one says already. Findings point
// into the user's own text (its line and column inside a block of clause text), never at template
// wording, which the user cannot change here.
import { said } from '../i18n/messages.js';
import { type PathSegment, positionIn } from '../load/load.js';
import { type ClauseInfo, clauseIds } from '../schema/common.js';
import { forEachString, valueAt } from '../schema/walk.js';
import { numbered } from '../tree/number.js';
import { type Clause, type ContractDocument, plain } from '../tree/types.js';
import { forEachBlock, forEachInlines } from '../tree/walk.js';
import type { LintRuleId } from './catalog.js';
import { type Check, type Finding, present } from './types.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words that introduce a defined term written after them: （以下简称“平台”）, 本条所称“X”. */
const INTRODUCED_BY = '(?:以下简称|以下合称|以下统称|以下称|下称|简称|合称|统称|所称)(?:为)?';
/** What follows a term defined in place: “工作日”是指…, “X”，系指… */
const DEFINED_AS = '[，,]?\\s*(?:是指|系指|意指|指)';
const QUOTED = /“([^“”\n]{1,24})”/g;

/** Every term the text defines, by either form. */
export function definedTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(new RegExp(`${INTRODUCED_BY}“([^“”\\n]{1,24})”`, 'g'))) out.add(m[1]!);
  for (const m of text.matchAll(new RegExp(`“([^“”\\n]{1,24})”${DEFINED_AS}`, 'g'))) out.add(m[1]!);
  return out;
}

/** The document's text, every inline array a line: headings, paragraphs, list items, table cells, particulars. */
export function documentText(tree: ContractDocument): string {
  const lines: string[] = [];
  forEachInlines(tree.children, (xs) => lines.push(plain(xs)));
  return lines.join('\n');
}

/** The text of a clause and everything in it. */
function clauseText(c: Clause): string {
  const lines: string[] = [];
  forEachInlines(c.children, (xs) => lines.push(plain(xs)));
  return lines.join('\n');
}

/** The texts of clauses the user writes: added clauses' bodies and replaced clauses' bodies, as written. */
function clauseTextsWritten(raw: unknown): { path: PathSegment[]; text: string }[] {
  const out: { path: PathSegment[]; text: string }[] = [];
  const add = valueAt(raw, ['clauses', 'add']);
  if (Array.isArray(add)) add.forEach((a, i) => typeof a?.text === 'string' && out.push({ path: ['clauses', 'add', i, 'text'], text: a.text }));
  const replace = valueAt(raw, ['clauses', 'replace']);
  if (replace && typeof replace === 'object')
    for (const [id, t] of Object.entries(replace)) if (typeof t === 'string') out.push({ path: ['clauses', 'replace', id], text: t });
  return out;
}

/** Terms the spec defines as data: service-contract's definitions, service-standards' glossary. */
function listedTerms(spec: unknown): { path: PathSegment[]; term: string; glossary: boolean }[] {
  const out: { path: PathSegment[]; term: string; glossary: boolean }[] = [];
  const defs = valueAt(spec, ['definitions']);
  if (Array.isArray(defs)) defs.forEach((d, i) => present(d?.term) && out.push({ path: ['definitions', i, 'term'], term: String(d.term), glossary: false }));
  const glossary = valueAt(spec, ['appendices', 'glossary']);
  if (Array.isArray(glossary))
    glossary.forEach((d, i) => present(d?.term) && out.push({ path: ['appendices', 'glossary', i, 'term'], term: String(d.term), glossary: true }));
  return out;
}

/** “无条件退款”等, 标明“另附”: quotation marks around words quoted, not around a term. */
const QUOTING_BEFORE = /(?:如|例如|诸如|标明|注明|载明|写明|标注|称为|即|为)$/;
const QUOTING_AFTER = /^(?:等?字样|等)/;

const termUndefined: Check = (ctx) => {
  const defined = definedTerms(documentText(ctx.tree));
  for (const t of listedTerms(ctx.contract.spec)) defined.add(t.term);
  const out: Finding[] = [];
  for (const { path, text } of clauseTextsWritten(ctx.raw)) {
    for (const m of text.matchAll(QUOTED)) {
      const term = m[1]!;
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + m[0].length);
      if (new RegExp(`${INTRODUCED_BY}$`).test(before) || new RegExp(`^${DEFINED_AS}`).test(after)) continue;
      if (QUOTING_BEFORE.test(before) || QUOTING_AFTER.test(after) || defined.has(term)) continue;
      out.push({
        path,
        inText: { index: m.index, text: m[0] },
        expected: said('lint.undefined-term.expected', { term }),
        got: said('lint.undefined-term.got', { term }),
        hint: said('lint.undefined-term.hint'),
      });
    }
  }
  return out;
};

/** How often the document uses a term outside the places that define it. */
function uses(text: string, term: string): number {
  const t = esc(term);
  const rest = text.replace(new RegExp(`“${t}”${DEFINED_AS}[^；;。\\n]*`, 'g'), '').replace(new RegExp(`${INTRODUCED_BY}“${t}”`, 'g'), '');
  return rest.split(term).length - 1;
}

const termUnused: Check = (ctx) => {
  const text = documentText(ctx.tree);
  const out: Finding[] = [];
  const unused = (term: string) => ({
    expected: said('lint.unused-term.expected'),
    got: said('lint.unused-term.got', { term }),
    hint: said('lint.unused-term.hint'),
  });
  // a glossary explains words (法律名词及解释) rather than defining the contract's terms: not checked
  for (const t of listedTerms(ctx.contract.spec).filter((x) => !x.glossary)) {
    if (uses(text, t.term) === 0) out.push({ path: t.path, ...unused(t.term) });
  }
  for (const { path, text: written } of clauseTextsWritten(ctx.raw)) {
    for (const term of definedTerms(written)) {
      if (uses(text, term) > 0) continue;
      const at = written.indexOf(`“${term}”`);
      out.push({ path, inText: { index: at, text: `“${term}”` }, ...unused(term) });
    }
  }
  return out;
};

/** The clauses an id stands for: itself and the clauses inside it, which go with it. */
function omittedClauses(all: readonly ClauseInfo[], omit: readonly string[]): ClauseInfo[] {
  const byId = new Map(clauseIds(all).map((c) => [c.id, c]));
  return omit.flatMap((id) => {
    const c = byId.get(id);
    return c ? clauseIds([c]) : [];
  });
}

const referenceToOmitted: Check = (ctx) => {
  const omit = ctx.contract.spec.clauses?.omit ?? [];
  if (omit.length === 0) return [];
  const gone = omittedClauses(ctx.contract.type.clauses, omit);
  const out: Finding[] = [];
  forEachString(ctx.raw, (path, s) => {
    if ((path[0] === 'clauses' && path[1] === 'omit') || path[0] === 'lint') return;
    for (const c of gone) {
      const t = esc(c.title);
      const re = new RegExp(`关于${t}的(?:约定|条款|规定)|${t}条款|“${t}”(?:一?[条章节])|${t}一[条章节]`, 'g');
      for (const m of s.matchAll(re)) {
        out.push({
          path,
          inText: { index: m.index, text: m[0] },
          expected: said('lint.omitted-ref.expected'),
          got: said('lint.omitted-ref.got', { text: m[0], id: c.id, title: c.title }),
          hint: said('lint.omitted-ref.hint'),
        });
      }
    }
  });
  // the contract's own text (the templates' included): a clause named in words, 关于保密、个人信息保护等事项的约定
  const text = documentText(ctx.tree);
  for (const c of gone) {
    const names = [...new Set([c.title, c.title.replace(/与/g, ''), c.title.split('与')[0]!])].filter((n) => n.length >= 2).map(esc);
    const re = new RegExp(`关于[^。；，\\n]{0,24}?(?:${names.join('|')})(?!法)[^。；\\n]{0,24}?的(?:约定|条款)`, 'g');
    const i = omit.findIndex((id) => id === c.id || clauseIds(ctx.contract.type.clauses.filter((x) => x.id === id)).some((x) => x.id === c.id));
    for (const m of text.matchAll(re)) {
      if (out.some((f) => f.inText?.text === m[0])) continue;
      out.push({
        path: ['clauses', 'omit', Math.max(i, 0)],
        expected: said('lint.omitted-ref.expected'),
        got: said('lint.omitted-ref.got', { text: m[0], id: c.id, title: c.title }),
        hint: said('lint.omitted-ref.tree-hint'),
      });
    }
  }
  return out;
};

/**
 * What stands for a value still to be written, as the value itself or a token of its own, never a
 * part of a real word (XXL, 其他待定事项, 二〇〇〇年, **bold**): low-line runs (__, ＿), x/X/Ｘ/×
 * runs (xx, 人民币X元, xxx@xxx.com), 某某, 待定/待确认/待补充/待填写 not followed by the noun they
 * qualify, TBD/TBC/TBA/TODO, fill runs (***, ＊＊, ？？, ○○, 〇〇), empty brackets ([ ], ［ ］,
 * 【 】, （ ）), template leftovers ({{客户名称}}, <客户名称>) and example.com addresses.
 */
export const PLACEHOLDER = new RegExp(
  [
    '_{2,}|＿+',
    // x runs: a whole token (not in XXL or max@), or one x as the value or before a unit (X元, 第X条)
    '(?<![A-Za-z0-9])(?:[xXＸｘ]{2,}|×{2,})(?![A-Za-z0-9])',
    '^[xXＸｘ×]$|(?<![A-Za-z0-9×])[xXＸｘ×](?=[元万千百日月年个人天周条款项%％])',
    '某某',
    // 待定事项 is a word; 待定, （待确认）, 待确认的 are the blank
    '(?:待定|待确认|待补充|待填写)(?!(?!的)\\p{Script=Han})',
    '(?<![A-Za-z0-9])(?:TBD|TBC|TBA|TODO|tbd|tbc|tba)(?![A-Za-z0-9])',
    '\\*{3,}|＊{2,}|\\?{2,}|？{2,}|^[?？*＊○〇]$|[?？](?=[元万千百日月年个人天周条款项])',
    '(?<![一二三四五六七八九十〇零])[○〇]{2,}(?![一二三四五六七八九十〇零年])',
    '【\\s*】|[（(][ \\u3000]*[）)]|\\[[ \\u3000]*\\]|［[ \\u3000]*］',
    '\\{\\{[^{}]*\\}\\}|[<＜‹](?=[^<>＜＞‹›\\n]*\\p{Script=Han})[^<>＜＞‹›\\n]{1,30}[>＞›]',
    '(?<![A-Za-z0-9.-])example\\.(?:com|org|net|cn)(?![A-Za-z0-9])',
  ].join('|'),
  'gu',
);

/**
 * A run of X that is part of a quoted name: “XX家居旗舰店”, 「XX家居」 — the quotation marks say the
 * letters are the name's own (a brand), so it is not a blank. Unquoted (南京XX科技有限公司) it is.
 */
function inQuotedName(s: string, index: number, text: string): boolean {
  if (!/^[xXＸｘ]{2,}$/u.test(text)) return false;
  const pairs: [string, string][] = [
    ['“', '”'],
    ['「', '」'],
    ['『', '』'],
    ['"', '"'],
  ];
  for (const [open, close] of pairs) {
    const start = s.lastIndexOf(open, index - 1);
    if (start === -1) continue;
    const end = s.indexOf(close, index + text.length);
    if (end === -1) continue;
    const quoted = s.slice(start + 1, end);
    if (quoted.includes(open) || quoted.includes(close) || /[，。；\n]/u.test(quoted)) continue;
    const rest = quoted.replace(text, '');
    if ((rest.match(/\p{Script=Han}/gu) ?? []).length >= 2) return true;
  }
  return false;
}

const blankInFinal: Check = (ctx) => {
  if (ctx.draft) return [];
  const out: Finding[] = [];
  forEachString(ctx.raw, (path, s) => {
    // font files are paths, lint settings are rule ids
    if (path[0] === 'fonts' || path[0] === 'lint') return;
    for (const m of s.matchAll(PLACEHOLDER)) {
      if (inQuotedName(s, m.index, m[0])) continue;
      out.push({
        path,
        inText: { index: m.index, text: m[0] },
        expected: said('lint.placeholder.expected'),
        got: said('lint.placeholder.got', { text: m[0] }),
        hint: said('lint.placeholder.hint'),
      });
    }
  });
  // an annex file's words are the user's own as much as the spec's: each placeholder at its line:col there
  for (const a of ctx.annexTexts ?? []) {
    let start = 0;
    for (const raw of a.text.split('\n')) {
      const lineStart = start;
      start += raw.length + 1;
      // Markdown's own marks are no blanks: __bold__ / **bold** (their words are still read)
      const line = raw
        .replace(/\r$/, '')
        .replace(/(__|\*\*)(?=\S)(.+?)(?<=\S)\1/gu, (_, mark: string, inner: string) => `${' '.repeat(mark.length)}${inner}${' '.repeat(mark.length)}`);
      for (const m of line.matchAll(PLACEHOLDER)) {
        if (inQuotedName(line, m.index, m[0])) continue;
        const pos = positionIn(a.text, lineStart + m.index);
        out.push({
          path: ['annexes', a.index, 'file'],
          where: { file: a.file, line: pos.line, col: pos.col },
          expected: said('lint.placeholder.expected'),
          got: said('lint.placeholder.got', { text: m[0] }),
          hint: said('lint.placeholder.hint'),
        });
      }
    }
  }
  return out;
};

/** Characters of a text that carry its content: no punctuation, spaces or numbering. */
function letters(s: string): string {
  return s.replace(/[\s\p{P}\p{S}\d]/gu, '');
}

/** Dice coefficient of the two texts' character pairs: 1 for the same text, near 0 for unrelated ones. */
export function similarity(a: string, b: string): number {
  const pairs = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const x = pairs(letters(a));
  const y = pairs(letters(b));
  let both = 0;
  let total = 0;
  for (const [k, n] of x) both += Math.min(n, y.get(k) ?? 0);
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * both) / total;
}

/** An added clause this close to a standard one says the same thing. */
export const REPEAT_SIMILARITY = 0.5;

const repeatsStandard: Check = (ctx) => {
  const added = ctx.contract.spec.clauses?.add ?? [];
  if (added.length === 0) return [];
  const addedIds = new Set(added.map((a) => a.id));
  // each standard clause, and each of its paragraphs: an added clause may copy either
  const standard: Clause[] = [];
  const units: { clause: Clause; text: string }[] = [];
  forEachBlock(ctx.tree.children, (b, parents) => {
    const inAdded = [b, ...parents].some((p) => p.type === 'clause' && p.id && addedIds.has(p.id));
    if (inAdded) return;
    if (b.type === 'clause') {
      standard.push(b);
      units.push({ clause: b, text: clauseText(b) });
    } else if (b.type === 'paragraph' || b.type === 'list') {
      const clause = [...parents].reverse().find((p): p is Clause => p.type === 'clause');
      if (clause) units.push({ clause, text: clauseText({ ...clause, children: [b] }) });
    }
  });
  const name = (c: Clause) => `${numbered(c.number)}${plain(c.title)}${c.id ? ` (\`${c.id}\`)` : ''}`;
  const instead = (c: Clause) => (c.id ? said('lint.instead.replace', { id: c.id }) : said('lint.instead.templates'));
  const out: Finding[] = [];
  added.forEach((a, i) => {
    const title = letters(a.title ?? '');
    const same = title ? standard.find((c) => letters(plain(c.title)) === title) : undefined;
    if (same) {
      out.push({
        path: ['clauses', 'add', i, 'title'],
        expected: said('lint.duplicate-title.expected'),
        got: said('lint.duplicate-title.got', { title: a.title ?? '', clause: name(same) }),
        hint: instead(same),
      });
      return;
    }
    if (!present(a.text)) return;
    let best: { clause: Clause; score: number } | undefined;
    for (const u of units) {
      const score = similarity(a.text, u.text);
      if (!best || score > best.score) best = { clause: u.clause, score };
    }
    if (best && best.score >= REPEAT_SIMILARITY) {
      out.push({
        path: ['clauses', 'add', i, 'text'],
        expected: said('lint.duplicate-text.expected'),
        got: said('lint.duplicate-text.got', { percent: Math.round(best.score * 100), clause: name(best.clause) }),
        hint: instead(best.clause),
      });
    }
  });
  return out;
};

export const DRAFTING: Partial<Record<LintRuleId, Check>> = {
  'term-undefined': termUndefined,
  'term-unused': termUnused,
  'reference-to-omitted': referenceToOmitted,
  'blank-in-final': blankInFinal,
  'repeats-standard-clause': repeatsStandard,
};
