// The document tree: the contract between rendering and the writers. A closed union of node types;
// writers switch on `type` and end in an exhaustiveness check. Numbers are resolved in the tree,
// so every format prints the same 第五条 / 5.2 / （一）.

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  /** a value a draft leaves out: printed as ______ (writers may underline it) */
  | { type: 'blank' }
  /** a line break inside a paragraph */
  | { type: 'break' };

export interface Clause {
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

export interface Paragraph {
  type: 'paragraph';
  /** resolved number of a numbered paragraph (001's 1.1.1), if the style numbers paragraphs */
  number?: string;
  children: Inline[];
  /** centred, e.g. the contract number line or a note */
  align?: 'left' | 'center' | 'right';
}

export interface List {
  type: 'list';
  items: ListItem[];
}

export interface ListItem {
  /** resolved marker: a), (1), 1., （一） */
  number: string;
  children: Inline[];
}

export interface Table {
  type: 'table';
  /** header row first */
  rows: Inline[][][];
  align: ('left' | 'center' | 'right' | null)[];
}

export interface PartyLine {
  label: string;
  value: Inline[];
}

export interface PartyInfo {
  /** 甲方 / 乙方 */
  label: string;
  /** 服务提供方, 委托方 … */
  role: string;
  name: Inline[];
  lines: PartyLine[];
}

/** The parties at the head of the contract: 甲方（服务提供方）：… with their particulars. */
export interface PartiesBlock {
  type: 'parties';
  parties: [PartyInfo, PartyInfo];
}

export interface Signatory {
  label: string;
  name: Inline[];
  /** lines under the seal: 法定代表人或授权代表（签字）, 日期 */
  lines: PartyLine[];
}

/** Both parties side by side: seal, signature, date; kept together on one page. */
export interface SignatureBlock {
  type: 'signature';
  parties: [Signatory, Signatory];
}

/** Headed part after the signatures (附件, 附录); numbering restarts inside. */
export interface Appendix {
  type: 'appendix';
  title: Inline[];
  children: Block[];
}

export type Block = Clause | Paragraph | List | Table | PartiesBlock | SignatureBlock | Appendix;

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
  /** the writers' own words, in the document's locale */
  labels: { contractNumber: string; footer: string };
}

/** 第 {n} 页 共 {m} 页 (or its Traditional form) for page n of m. */
export function pageFooter(meta: DocumentMeta, page: number, pages: number): string {
  return meta.labels.footer.replace('{n}', String(page)).replace('{m}', String(pages));
}

export interface ContractDocument {
  type: 'document';
  meta: DocumentMeta;
  children: Block[];
}

/** For switches over a closed union: a new node type that a writer forgets fails to compile. */
export function unreachable(x: never): never {
  throw new Error(`unhandled node: ${JSON.stringify(x)}`);
}

/** Plain text of inline content (blanks as ______), for titles, metadata and tests. */
export function plain(inlines: readonly Inline[]): string {
  return inlines
    .map((n) => {
      switch (n.type) {
        case 'text': return n.value;
        case 'strong':
        case 'emphasis': return plain(n.children);
        case 'blank': return BLANK;
        case 'break': return '\n';
        default: return unreachable(n);
      }
    })
    .join('');
}

export const BLANK = '______';
