// What a redline changed, clause by clause, read off the redline tree (redline.ts): for the
// terminal, the JSON report and the redline's first page. A clause is the nearest clause with an
// id (or annex, or the parties, or the signatures) around a change. A clause whose words are the
// same and whose number (or the number of a clause it refers to) moved because clauses came or
// went is "renumbered", not "changed". Pure.
import { diffArrays } from 'diff';
import { type Block, type Inline, labelled, plain, unreachable } from '../tree/types.js';

export type ClauseChangeKind = 'added' | 'deleted' | 'changed' | 'renumbered';

export interface TextChange {
  /** the words before the change, up to a punctuation mark (at most a dozen characters) */
  context: string;
  /** what the old version said there ('' for an insertion) */
  before: string;
  /** what the new version says there ('' for a deletion) */
  after: string;
}

export interface ClauseChange {
  kind: ClauseChangeKind;
  /** the clause's id, if it has one */
  id?: string;
  /** its number in the new version (the old one if deleted); '' for the parties, the signatures, an annex */
  number: string;
  /** its number in the old version, where that differs */
  numberWas?: string;
  /** a sub-clause named with its article, as a cross-reference reads: 第四条第（一）项 (absent for a clause whose number says it all) */
  reference?: string;
  title: string;
  /** for a changed clause, each change of its words in order */
  changes: TextChange[];
}

/** A clause with the pieces of its own content (not its sub-clauses with ids of their own). */
interface Unit {
  id?: string;
  number: string;
  reference?: string;
  numberWas?: string;
  title: string;
  whole?: 'del' | 'ins';
  /** the unit's inline arrays, its heading's first */
  content: { inlines: Inline[]; change?: 'del' | 'ins' | undefined; numberWas?: string | undefined }[];
  /** changes of words printed with it that no block holds (the head's, the signature page's note) */
  extra?: TextChange[];
  /** its title is the summary's own word (首部, 当事人, 签署页), in the document's locale when listed */
  ours?: true;
}

/**
 * Changes of the page furniture, which no block of the redline holds: the title and the lines over
 * it (合同编号：…; the running header repeats both), a draft's mark, and the signature page's note.
 */
export interface FurnitureChanges {
  head?: TextChange[];
  signatureNote?: TextChange[];
}

/**
 * The changed clauses of a redline, in the new version's order (deleted ones where they were); the
 * head's changes with 首部, the note's with 签署页. `convert` puts those names (and 当事人) in the
 * document's locale, as the clauses' own titles already are.
 */
export function summarize(blocks: readonly Block[], furniture: FurnitureChanges = {}, convert: (s: string) => string = (s) => s): ClauseChange[] {
  const units: Unit[] = [];
  const preamble: Unit = { number: '', title: '首部', ours: true, content: [], ...(furniture.head?.length ? { extra: furniture.head } : {}) };
  units.push(preamble);
  unitsOf(blocks, preamble, units, undefined, furniture.signatureNote);

  const out: ClauseChange[] = [];
  for (const u of units) {
    const base = {
      ...(u.id ? { id: u.id } : {}),
      number: u.number,
      ...(u.reference ? { reference: u.reference } : {}),
      ...(u.numberWas !== undefined ? { numberWas: u.numberWas } : {}),
      title: u.ours ? convert(u.title) : u.title,
    };
    if (u.whole) {
      out.push({ kind: u.whole === 'del' ? 'deleted' : 'added', ...base, changes: [] });
      continue;
    }
    const changes = [...(u.extra ?? []), ...u.content.flatMap((c) => textChanges(c.inlines))];
    const renumbered = u.numberWas !== undefined || u.content.some((c) => c.numberWas !== undefined) || u.content.some((c) => hasRenumbering(c.inlines));
    if (changes.length) out.push({ kind: 'changed', ...base, changes });
    else if (renumbered) out.push({ kind: 'renumbered', ...base, changes: [] });
  }
  return out;
}

/** The blocks' text into units: a clause with an id opens one (added to `units`), anything else goes into `unit`. */
function unitsOf(bs: readonly Block[], unit: Unit, units: Unit[], outer?: string, note?: TextChange[]): void {
  for (const b of bs) {
    switch (b.type) {
      case 'clause':
        if (b.id) {
          const reference = referenceOf(b.number, outer);
          const u: Unit = {
            id: b.id,
            number: b.number,
            ...(reference ? { reference } : {}),
            ...(b.numberWas !== undefined ? { numberWas: b.numberWas } : {}),
            title: plainBoth(b.title),
            ...(b.change ? { whole: b.change } : {}),
            content: [{ inlines: b.title }],
          };
          units.push(u);
          unitsOf(b.children, u, units, b.number, note);
        } else {
          unit.content.push({ inlines: b.title, change: b.change, numberWas: b.numberWas });
          unitsOf(b.children, unit, units, b.number, note);
        }
        break;
      case 'appendix': {
        const u: Unit = { number: '', title: plainBoth(b.title), ...(b.change ? { whole: b.change } : {}), content: [{ inlines: b.title }] };
        units.push(u);
        unitsOf(b.children, u, units, undefined, note);
        break;
      }
      case 'paragraph':
        unit.content.push({ inlines: b.children, change: b.change, numberWas: b.numberWas });
        break;
      case 'list':
        for (const i of b.items) unit.content.push({ inlines: i.children, change: i.change, numberWas: i.numberWas });
        break;
      case 'table':
        for (const r of b.children)
          unit.content.push({
            inlines: r.children.flatMap((c, ci) => (ci ? [{ type: 'text' as const, value: ' | ' }, ...c.children] : c.children)),
            change: r.change ?? b.change,
          });
        break;
      case 'parties':
      case 'signature': {
        const u: Unit = {
          number: '',
          title: b.type === 'parties' ? '当事人' : '签署页',
          ours: true,
          content: [],
          ...(b.type === 'signature' && note?.length ? { extra: note } : {}),
        };
        units.push(u);
        for (const p of b.parties) {
          u.content.push({ inlines: p.name });
          for (const l of p.lines) u.content.push({ inlines: [{ type: 'text', value: labelled(l.label) }, ...l.value] });
        }
        break;
      }
      default:
        unreachable(b);
    }
  }
}

/** Title text with deleted words too (a deleted annex is named by what it was). */
function plainBoth(xs: readonly Inline[]): string {
  return xs
    .map((x) => (x.type === 'change' ? plainBoth(x.children) : x.type === 'strong' || x.type === 'emphasis' ? plainBoth(x.children) : plain([x])))
    .join('');
}

function hasRenumbering(xs: readonly Inline[]): boolean {
  return xs.some((x) => (x.type === 'change' && x.renumbered) || ((x.type === 'strong' || x.type === 'emphasis') && hasRenumbering(x.children)));
}

/** The inline content as segments of unchanged, deleted and inserted text (renumbered references count as unchanged). */
function segments(xs: readonly Inline[], change: 'eq' | 'del' | 'ins' = 'eq', out: { change: 'eq' | 'del' | 'ins'; text: string }[] = []) {
  for (const x of xs) {
    if (x.type === 'change') {
      if (x.renumbered) {
        if (x.change === 'ins') segments(x.children, change, out);
      } else segments(x.children, x.change, out);
    } else if (x.type === 'strong' || x.type === 'emphasis') segments(x.children, change, out);
    else {
      const text = plain([x]);
      const last = out[out.length - 1];
      if (last && last.change === change) last.text += text;
      else out.push({ change, text });
    }
  }
  return out;
}

const CUT = /[，。；：、（）()|\n]/u;
const clip = (s: string, n: number, fromEnd = false) => {
  const cs = [...s];
  if (cs.length <= n) return s;
  return fromEnd ? `…${cs.slice(-n).join('')}` : `${cs.slice(0, n).join('')}…`;
};

/** Each run of deletions and insertions with the words before it. */
export function textChanges(xs: readonly Inline[]): TextChange[] {
  const segs = segments(xs);
  const out: TextChange[] = [];
  for (let i = 0; i < segs.length; i++) {
    if (segs[i]!.change === 'eq') continue;
    let before = '';
    let after = '';
    let j = i;
    for (; j < segs.length && segs[j]!.change !== 'eq'; j++) {
      if (segs[j]!.change === 'del') before += segs[j]!.text;
      else after += segs[j]!.text;
    }
    const prev = i > 0 ? segs[i - 1]!.text : '';
    // from the last punctuation mark before it (one ending the words, as in 大写：, is kept)
    const chars = [...prev];
    const cut = Math.max(...chars.slice(0, -1).map((c, k) => (CUT.test(c) ? k + 1 : -1)), 0);
    const context = clip(chars.slice(cut).join('').trimStart(), 12, true);
    if (before.trim() || after.trim()) out.push({ context, before: clip(before, 40), after: clip(after, 40) });
    i = j - 1;
  }
  return out;
}

/** Where a line of furniture breaks into phrases: punctuation, brackets, a line's end. */
const PHRASE_CUT = /([，。；：、（）《》\n])/u;

/**
 * Changes of furniture text (the head's lines, the signature page's note) phrase by phrase, each
 * changed value whole: 合同编号：YF-2026-03 → YF-2026-04, not the digits that differ.
 */
export function phraseChanges(before: string, after: string): TextChange[] {
  if (before === after) return [];
  const split = (s: string) => s.split(PHRASE_CUT).filter((p) => p !== '');
  const out: TextChange[] = [];
  // a line that came or went is one value, without its line's end
  const line = (s: string) => clip(s.split('\n').filter(Boolean).join('；'), 40);
  const push = (r: TextChange) => {
    if (r.before.trim() || r.after.trim()) out.push({ context: clip(r.context, 12, true), before: line(r.before), after: line(r.after) });
  };
  let kept: string[] = [];
  let run: TextChange | undefined;
  for (const c of diffArrays(split(before), split(after))) {
    if (!c.added && !c.removed) {
      if (run) push(run);
      run = undefined;
      kept = c.value;
      continue;
    }
    if (!run) {
      // the phrase before the change with the marks after it (合同编号：), within its line
      let k = kept.length;
      while (k > 0 && PHRASE_CUT.test(kept[k - 1]!) && kept[k - 1] !== '\n') k--;
      if (k > 0 && kept[k - 1] !== '\n') k--;
      run = { context: kept.slice(k).join(''), before: '', after: '' };
    }
    if (c.removed) run.before += c.value.join('');
    else run.after += c.value.join('');
  }
  if (run) push(run);
  return out;
}

/**
 * A sub-clause numbered （一） inside an article (第四条, 四、) named as a cross-reference names it:
 * 第四条第（一）项. Other numbers (第五条, 1.1, 第十五章) say where they are by themselves.
 */
function referenceOf(number: string, outer: string | undefined): string | undefined {
  if (!outer || !/^（.+）$/.test(number)) return undefined;
  const article = /^第(.+)条$/.exec(outer)?.[1] ?? /^(.+)、$/.exec(outer)?.[1];
  return article ? `第${article}条第${number}项` : undefined;
}

/** How a changed clause is named in a list: 第四条第（一）项 费用标准, 第七条 禁止招揽 (not 七、 or a bare （一）). */
export function clauseName(c: Pick<ClauseChange, 'number' | 'reference' | 'title'>): string {
  const n = c.reference ?? (/^(.+)、$/.test(c.number) ? `第${c.number.slice(0, -1)}条` : c.number);
  return n ? `${n} ${c.title}` : c.title;
}

/** A clause's number alone, as in a list of renumbered clauses: 第七条, 第四条第（一）项, 1.2 */
export function clauseNumber(number: string, reference?: string): string {
  return reference ?? (/^(.+)、$/.test(number) ? `第${number.slice(0, -1)}条` : number);
}

const WORDS = {
  en: {
    added: 'added',
    deleted: 'deleted',
    from: (n: string) => `renumbered from ${n}`,
    refs: 'references to renumbered clauses updated',
    was: (n: string) => `was ${n}`,
    open: ' (',
    close: ')',
  },
  zh: {
    added: '新增',
    deleted: '删除',
    from: (n: string) => `原${n}，文字未改`,
    refs: '所引条款的编号随之更新',
    was: (n: string) => `原${n}`,
    open: '（',
    close: '）',
  },
};

/**
 * One line per clause: 第四条 服务费用：每月人民币12,000.00元 → 15,000.00元; `zh` for a document in
 * the contract's language, whose own words `convert` puts in the document's locale.
 */
export function changeLine(c: ClauseChange, lang: 'en' | 'zh' = 'en', convert: (s: string) => string = (s) => s): string {
  const w = WORDS[lang];
  const head = clauseName(c);
  const note = (s: string) => `${w.open}${lang === 'zh' ? convert(s) : s}${w.close}`;
  switch (c.kind) {
    case 'added':
      return `${head}${note(w.added)}`;
    case 'deleted':
      return `${head}${note(w.deleted)}`;
    case 'renumbered':
      return `${head}${note(c.numberWas ? w.from(clauseNumber(c.numberWas)) : w.refs)}`;
    case 'changed':
      return `${head}：${c.changes.map((t) => `${t.context}${t.before || '∅'} → ${t.after || '∅'}`).join('；')}${c.numberWas ? note(w.was(clauseNumber(c.numberWas))) : ''}`;
    default:
      return unreachable(c.kind);
  }
}
