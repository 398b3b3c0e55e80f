// The layout stage's spacing tables, which the PDF typesetter and the DOCX writer both follow:
// the space above and below each kind of paragraph, around tables, parties and the signatures,
// the rows of the signature block, and the hanging indent of a number. Points throughout; a
// writer converts units, never the amounts.

import { numbered } from '../tree/number.js';
import { songHalfWidth, songWidth } from './measure.js';
import { BLOCK_SPACE, PARA, SEAL_SPACE, SIGNATURE_GAP, TEXT_WIDTH, TYPE } from './page.js';

export interface Space {
  before: number;
  after: number;
}

/** Space above and below each kind of paragraph (the typesetter adds one block's after to the next's before). */
export const PARAGRAPH_SPACE = {
  title: { before: PARA.title.before, after: PARA.title.after },
  contractNumber: { before: PARA.contractNumber.before, after: PARA.contractNumber.after },
  heading1: { before: PARA.heading1.before, after: PARA.heading1.after },
  heading2: { before: PARA.heading2.before, after: PARA.heading2.after },
  heading3: { before: PARA.heading3.before, after: PARA.heading3.after },
  appendixTitle: { before: PARA.appendixTitle.before, after: PARA.heading1.after },
  partyName: { before: PARA.partyName.before, after: PARA.partyName.after },
  partyLine: { before: PARA.partyLine.before, after: PARA.partyLine.after },
} as const satisfies Record<string, Space>;

/** Space around blocks that are not paragraphs: a table; under a party's particulars; above the signatures. */
export const BLOCK_SPACING = {
  table: { before: BLOCK_SPACE.table.before, after: BLOCK_SPACE.table.after },
  partyAfter: BLOCK_SPACE.party.after,
  signature: { before: BLOCK_SPACE.signature.before, after: 0 },
} as const;

/** Each party's column in the signature block: half the text width less the gap between them (the gap on the right of the first). */
export const SIGNATURE_COLUMN = (TEXT_WIDTH - SIGNATURE_GAP) / 2;

/**
 * The signature block's rows: the parties' labels 24 pt under its top, the seal's room under the
 * names, 10 pt between the lines below; a line to sign on takes half a line more than its text.
 */
export function signatureRowSpace(row: number, toSign: boolean): { before: number; after?: number } {
  return { before: row === 0 ? BLOCK_SPACE.signature.top : row === 1 ? SEAL_SPACE : 10, ...(toSign ? { after: PARA.signature.pitch / 2 } : {}) };
}

/**
 * A number's hanging indent in body text: its width in the Song face, and never narrower than in
 * a face whose half-width characters are half an em (SimSun), so a tab after it is not pushed on.
 */
export function hangingIndent(number: string): number {
  const mark = numbered(number);
  return Math.max(songWidth(mark, TYPE.body), songHalfWidth(mark.trimEnd(), TYPE.body));
}
