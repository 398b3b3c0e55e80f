// What a lint check sees and what it returns: the validated contract, the spec as written, the
// document tree (for the drafting rules), and findings that name the field a user should change.
import type { MessageRef } from '../errors/diagnostic.js';
import type { PathSegment } from '../load/load.js';
import type { ContractDocument } from '../tree/types.js';
import type { Contract } from '../validate/contract.js';

export interface LintContext {
  contract: Contract;
  /** the spec as written, before defaults (what the user typed, for their own text) */
  raw: unknown;
  /** the contract's document tree, rendered from the same spec; drafting rules read it */
  tree: ContractDocument;
  draft: boolean;
  /** the rule's options (catalog.ts), as the spec or the settings file set them, else their defaults */
  options?: Record<string, number>;
  /** the text of each annex file the spec names (`annexes[i].file`), as read: the user's own words too */
  annexTexts?: readonly AnnexText[];
}

/** An annex file's text: the annex's index in `annexes`, the file as messages name it, its text. */
export interface AnnexText {
  index: number;
  file: string;
  text: string;
}

export interface Finding {
  path: PathSegment[];
  /** the key naming the field, or its value (the default) */
  at?: 'value' | 'key';
  /** inside a text value: where the finding starts (UTF-16 index) and the text found there */
  inText?: { index: number; text: string };
  /** in another file than the spec (an annex file): its name and the line:col there */
  where?: { file: string; line: number; col: number };
  /** each a text by id (src/i18n/lint-messages.ts), said in the reader's language at the edge; a plain string only for text quoted as written */
  expected: Said;
  got?: Said;
  hint?: Said;
}

export type Said = string | MessageRef;

export type Check = (ctx: LintContext) => Finding[];

export const present = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;
