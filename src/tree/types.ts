// The document tree: the contract between rendering and the writers. A closed union of node types,
// plain data with no private characters to decode: values, cross-references, blanks and lines to
// sign on are nodes of their own. Writers switch on `type` and end in an exhaustiveness check.
// Numbers are resolved in the tree (tree/number.ts), so every format prints the same 第五条 / 5.2
// / （一）; the layout stage (layout/decide.ts) sets the flags every format must agree on.
// This file imports nothing: a test can build a tree by hand.

/** How a cross-reference reads when it names several clauses. */
export type RefMode =
  /** one clause: missing is an error */
  | 'one'
  /** those of the clauses the contract has, in document order: 第五条、第六条和第九条 */
  | 'all'
  /** the first of them the contract has */
  | 'first';

/** Inline content: the leaves a writer prints and the marks (strong, emphasis, change) around them. */
export type Inline =
  /** the project's own words (template text), converted to the document's locale */
  | { type: 'text'; value: string }
  /** a value from the user's spec, printed as written (a registered name, an address, a sum) */
  | { type: 'value'; value: string }
  /** content set bold */
  | { type: 'strong'; children: Inline[] }
  /** content set in italics */
  | { type: 'emphasis'; children: Inline[] }
  /** a value a draft leaves to fill in, drawn as long as what it stands for (the size is decided where the blank is made, render/blank-size.ts) */
  | { type: 'blank'; size?: BlankSize }
  /** a line to sign on (signature block): a long rule, never a value */
  | { type: 'signline' }
  /**
   * A cross-reference to clauses by id. `text` is empty until the numbering stage resolves it to
   * the clauses' numbers (第五条); `where` names the template line that wrote it, for errors.
   * `parts` (also set by numbering) is `text` in pieces: each clause's number with its id, the
   * words between them (、 和) without, so that writers can link each number to its clause.
   */
  | { type: 'ref'; ids: string[]; mode: RefMode; text?: string; parts?: RefPart[]; where?: { file: string; line: number } }
  /** a line break inside a paragraph */
  | { type: 'break' }
  /**
   * A tracked change (redlines only, src/diff/): text the new version deleted or inserted. The
   * writers show it as tracked changes (DOCX w:del / w:ins) or marked (struck through, underlined).
   */
  | { type: 'change'; change: Change; children: Inline[] /** a reference whose number changed because clauses came or went */; renumbered?: true };

/** What a redline says of a piece of the contract: the new version deleted it, or inserted it. */
export type Change = 'del' | 'ins';

/**
 * Revision marks on a block, set only in a redline (src/diff/redline.ts): the whole block deleted or
 * inserted (its paragraph marks are tracked too), and a number that changed because clauses before
 * it came or went (shown as the old number struck through beside the new one).
 */
export interface Revision {
  change?: Change;
  numberWas?: string;
}

/** A piece of a resolved cross-reference: a clause's number and its id, or the words between two numbers. */
export interface RefPart {
  text: string;
  /** the clause this number names; absent for 、 and 和 */
  id?: string;
}

/** Decisions of the layout stage that every writer follows (absent before layout). */
export interface BlockLayout {
  /** starts a new page (the first block after the signatures, every appendix) */
  pageBreakBefore?: boolean;
  /** stays on one page with the block after it (an introduction 如下： with its list or table) */
  keepWithNext?: boolean;
}

/** A numbered clause (条, 款, 项) with its heading and the blocks under it. */
export interface Clause extends BlockLayout, Revision {
  type: 'clause';
  /** id for cross-references and custom clauses; absent for unnamed clauses */
  id?: string;
  /** 1 = top (第一章 / 一、), 2, 3 */
  level: 1 | 2 | 3;
  /** resolved number text, e.g. 第一章, 1.1, （一）, 一、 */
  number: string;
  title: Inline[];
  children: Block[];
}

/** A paragraph of text, numbered where the type's style numbers paragraphs. */
export interface Paragraph extends BlockLayout, Revision {
  type: 'paragraph';
  /** resolved number of a numbered paragraph (001's 1.1.1), if the style numbers paragraphs */
  number?: string;
  children: Inline[];
  /** centred, e.g. the contract number line or a note */
  align?: 'left' | 'center' | 'right';
  /**
   * an annex's unnumbered sub-heading (每周需求汇总表, 价目表): set as a heading a level under the
   * annex's title, flush left, kept with what follows
   */
  heading?: true;
  /** a displayed line (a formula): set apart, four characters in on every line, not justified */
  display?: true;
}

/** An enumeration (（一）, a), (1) …): at least one item. */
export interface List extends BlockLayout, Revision {
  type: 'list';
  items: ListItem[];
}

/** An item of a list: its marker and its text. */
export interface ListItem extends Revision {
  /** resolved marker: a), (1), 1., （一） */
  number: string;
  children: Inline[];
}

/** A table spanning the text column: its rows, the header row first. */
export interface Table extends BlockLayout, Revision {
  type: 'table';
  /** the header row first; every row has `align.length` cells */
  children: TableRow[];
  align: ('left' | 'center' | 'right' | null)[];
  /** column widths as fractions of the text width, summing to 1 (set by the layout stage) */
  widths?: number[];
  /**
   * The least height of each row in points, the header row first (set by the layout stage): a row
   * to fill in by hand is tall enough for a pen (a short answer, a narrative, a seal); 0 where the
   * text decides.
   */
  rowHeights?: number[];
}

/** A row of a table: its cells, one per column. */
export interface TableRow {
  type: 'tableRow';
  children: TableCell[];
  /** in a redline, the new version deleted or inserted the whole row */
  change?: Change;
}

/** A cell of a table row: one line of inline content (a break inside is printed as a space in Markdown). */
export interface TableCell {
  type: 'tableCell';
  children: Inline[];
  /**
   * Room to fill in by hand, beyond what an empty cell gets (one written line): `text` a narrative
   * answer of several lines, `seal` a signature with a company seal beside it.
   */
  room?: CellRoom;
}

/** What a form's cell is filled in with by hand: several written lines, or a seal and a signature. */
export type CellRoom = 'text' | 'seal';

/** A table row of cells from their inline content. */
export const tableRow = (cells: Inline[][], change?: Change): TableRow => ({
  type: 'tableRow',
  children: cells.map((children): TableCell => ({ type: 'tableCell', children })),
  ...(change ? { change } : {}),
});

/** A table's cells as inline content, row by row (the header row first). */
export const cellsOf = (t: Table): Inline[][][] => t.children.map((r) => r.children.map((c) => c.children));

/** A line of a party's particulars or of the signature block: 住所：…, 日期：… */
export interface PartyLine {
  label: string;
  value: Inline[];
}

/**
 * The words before a label's value, a signing line or a party's name: 住所：, 甲方：. Made here
 * only, like partyHead: every writer, the typesetter, the text and the walks join a label so, and
 * a change of punctuation is one change.
 */
export const labelled = (label: string): string => `${label}：`;

/** The head of a party's particulars: 甲方（委托方）：, before its name (see labelled). */
export const partyHead = (p: { label: string; role: string }): string => `${p.label}（${p.role}）：`;

/** One party at the head of the contract: 甲方（服务提供方）：name, then its particulars. */
export interface PartyInfo {
  /** 甲方 / 乙方 */
  label: string;
  /** 服务提供方, 委托方 … */
  role: string;
  name: Inline[];
  lines: PartyLine[];
}

/** The parties at the head of the contract: 甲方（服务提供方）：… with their particulars. */
export interface PartiesBlock extends BlockLayout {
  type: 'parties';
  parties: [PartyInfo, PartyInfo];
}

/** One party in the signature block: its label, name (the seal goes beside it) and the lines to sign or fill in. */
export interface Signatory {
  label: string;
  name: Inline[];
  /** lines under the seal: 法定代表人或授权代表（签字）, 日期 */
  lines: PartyLine[];
}

/** Both parties side by side: seal, signature, date; kept together on one page. */
export interface SignatureBlock extends BlockLayout {
  type: 'signature';
  parties: [Signatory, Signatory];
  /**
   * The words heading the signature page, which stands on a page of its own in every format:
   * （本页无正文，为《title》（合同编号：…）之签署页）, in the document's locale, so that a detached
   * page still names its contract. Absent in a tree built by hand.
   */
  note?: string;
}

/** Headed part after the signatures (附件, 附录); numbering restarts inside. */
export interface Appendix extends BlockLayout, Revision {
  type: 'appendix';
  /** the annex's own id (annex-3 for 附件三), for bookmarks and destinations; absent when its heading has none */
  id?: string;
  title: Inline[];
  children: Block[];
}

/** Block content: what stands in the body, in reading order. */
export type Block = Clause | Paragraph | List | Table | PartiesBlock | SignatureBlock | Appendix;

/** What the document says of itself: its title, number, type, locale, and the words of its furniture. */
export interface DocumentMeta {
  title: string;
  contractNumber?: string;
  signingDate?: string;
  signingPlace?: string;
  /** agreement type id */
  type: string;
  typeName: string;
  locale: string;
  draft: boolean;
  /** the furniture's own words, in the document's locale (render/furniture.ts holds them) */
  labels: { contractNumber: string; footer: string };
  /** lines printed under the contract number, e.g. 签订地点：上海市 when no template prints the place */
  headLines?: { label: string; value: string }[];
  /**
   * On a draft, what every page says of it, in parts a line may break between: 征求意见稿（…）
   * (unsigned, for review), then the spec's version label and date where it gives them
   * (contract.version, contract.versionDate). A redline's mark names the two versions.
   */
  draftMark?: string[];
  /**
   * Blocks printed before the contract's head, on a page of their own: a redline's list of the
   * changed clauses. Absent in a contract.
   */
  preface?: Block[];
}

/**
 * What stands around the contract's text, composed once so that every writer prints the same
 * words: the head over the title, the running header and footer of a paged format, a draft's mark.
 * The signature page's note is the signature block's `note`; annex headings are `appendix` nodes.
 */
export interface Furniture {
  /** lines over the title, set at the right: 合同编号：…, then 签订地点：… (a draft's blank where a value is left out) */
  head: HeadLine[];
  /** paged formats, from page 2: the title at the left, the contract number at the right (absent when there is none and it is no draft) */
  runningHeader: { left: string; right?: string };
  /** paged formats, every page's foot: words around the page's number and the count of pages */
  footer: FooterPart[];
  /** a draft's (or a redline's) mark on every page (paged formats) or over the head (md, html): whole, and in parts a line may break between */
  draftMark?: { text: string; parts: string[] };
}

export interface HeadLine {
  /** label：value, as printed */
  text: string;
  /** the value is not in the spec: a blank to fill in (textconv leaves the line out) */
  open?: true;
}

/** A piece of the page footer: words, or a field the paged writer fills in (the page's number, the count of pages). */
export type FooterPart = { text: string } | { field: 'page' | 'pages' };

/** The footer as text for page n of m (第 1 页 共 5 页). */
export function footerText(parts: readonly FooterPart[], page: number, pages: number): string {
  return parts.map((p) => ('text' in p ? p.text : String(p.field === 'page' ? page : pages))).join('');
}

/** The root: the metadata and the body (parties, clauses, signatures, annexes). Not yet laid out: see LaidOutDocument. */
export interface ContractDocument {
  type: 'document';
  meta: DocumentMeta;
  children: Block[];
}

/**
 * A tree the layout stage has decided (layout/decide.ts): its furniture composed. What the
 * pipeline and a redline hand the writers, and the only tree a writer takes: a tree built by hand
 * goes through `decideLayout` first, so the furniture always comes from one place.
 */
export interface LaidOutDocument extends ContractDocument {
  meta: LaidOutMeta;
}

/** A laid-out document's metadata: the page furniture as every writer prints it (tree/furniture.ts). */
export interface LaidOutMeta extends DocumentMeta {
  furniture: Furniture;
}

/** For switches over a closed union: a new node type that a writer forgets fails to compile. */
export function unreachable(x: never): never {
  throw new Error(`unhandled node: ${JSON.stringify(x)}`);
}

/** An inline node that holds no other: what a writer prints. */
export type InlineLeaf = Exclude<Inline, { type: 'strong' | 'emphasis' | 'change' }>;

/** What the inline parents above a leaf say of it: set bold, set italic, deleted or inserted by a redline. */
export interface InlineMarks {
  strong?: true;
  emphasis?: true;
  change?: Change;
}

/**
 * A writer's handlers for the one walk over inline content (`inlineRuns`): one per leaf type,
 * each given the leaf and its marks; and, for a writer whose output nests (Markdown, HTML), a
 * wrapper per mark that takes what the content inside gave. Without a wrapper the mark reaches
 * the leaves only (the DOCX and PDF writers set runs, each with its marks).
 */
export interface InlineHandlers<R> {
  leaf: { [K in InlineLeaf['type']]: (x: Extract<InlineLeaf, { type: K }>, marks: InlineMarks) => R[] };
  wrap?: {
    strong?: (inner: R[]) => R[];
    emphasis?: (inner: R[]) => R[];
    change?: (inner: R[], change: Change) => R[];
  };
  /** `'new'`: read a redline as its new version (deleted text left out, inserted text unmarked); `'both'` by default */
  read?: 'both' | 'new';
}

/**
 * The one walk from inline content to what a writer makes of it (runs, spans, nodes, text). The
 * redline's `change` is decided here, once: its text is marked (or, read as the new version,
 * deleted text left out), and every writer sees a change only as a mark on its leaves or as its
 * `wrap.change`.
 */
export function inlineRuns<R>(xs: readonly Inline[], h: InlineHandlers<R>, marks: InlineMarks = {}): R[] {
  return xs.flatMap((x): R[] => {
    switch (x.type) {
      case 'strong': {
        const inner = inlineRuns(x.children, h, { ...marks, strong: true });
        return h.wrap?.strong ? h.wrap.strong(inner) : inner;
      }
      case 'emphasis': {
        const inner = inlineRuns(x.children, h, { ...marks, emphasis: true });
        return h.wrap?.emphasis ? h.wrap.emphasis(inner) : inner;
      }
      case 'change': {
        if (h.read === 'new') return x.change === 'del' ? [] : inlineRuns(x.children, h, marks);
        const inner = inlineRuns(x.children, h, { ...marks, change: x.change });
        return h.wrap?.change ? h.wrap.change(inner, x.change) : inner;
      }
      default:
        return (h.leaf[x.type] as (x: InlineLeaf, m: InlineMarks) => R[])(x, marks);
    }
  });
}

const PLAIN: InlineHandlers<string> = {
  leaf: {
    text: (x) => [x.value],
    value: (x) => [x.value],
    blank: (x) => [blankText(x.size)],
    signline: () => [BLANK],
    ref: (x) => [x.text ?? ''],
    break: () => ['\n'],
  },
  // a redline reads as the new version
  read: 'new',
};

/** Plain text of inline content (blanks as ______), for titles, metadata and tests. */
export function plain(inlines: readonly Inline[]): string {
  return inlineRuns(inlines, PLAIN).join('');
}

export const BLANK = '______';

/**
 * What a blank stands for, and so how long it is drawn: a name or an address needs room to write
 * in, a credit code 18 characters, a date its 年月日.
 */
export type BlankSize = 'short' | 'amount' | 'words' | 'name' | 'code' | 'long' | 'date';

const BLANKS: Record<BlankSize, string> = {
  short: BLANK,
  amount: '_'.repeat(10),
  // an amount in capitals: 人民币壹拾贰万叁仟肆佰伍拾陆元整 is some twenty characters written by hand
  words: '_'.repeat(20),
  name: '_'.repeat(16),
  // an 18-digit credit code, a 19- to 20-digit bank account
  code: '_'.repeat(20),
  long: '_'.repeat(24),
  // room to write a date by hand: four digits, then one or two
  date: '______年____月____日',
};

/** a size a template may ask for by name: {{blank "code"}} */
export const isBlankSize = (x: unknown): x is BlankSize => typeof x === 'string' && Object.hasOwn(BLANKS, x);

/**
 * The size of a blank inside a table cell: a column is a fraction of the line, so a blank longer
 * than an amount's would wrap its last low line onto a line of its own.
 */
export const cellBlankSize = (size: BlankSize | undefined): BlankSize | undefined =>
  size === 'words' || size === 'name' || size === 'code' || size === 'long' ? 'amount' : size;

/** The text of a blank of this size (six low lines when the size is not known). */
export function blankText(size: BlankSize | undefined): string {
  return BLANKS[size ?? 'short'];
}

/** what a line to sign on prints as where it is drawn as text (ten full-width low lines) */
export const SIGN_LINE = '＿'.repeat(10);
