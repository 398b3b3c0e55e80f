// PDF writer: document tree → .pdf bytes (pdfkit). Placeholder until it is written.
import type { ContractDocument } from '../tree/types.js';
import type { WriterOptions } from './index.js';

export async function writePdf(_doc: ContractDocument, _options: WriterOptions): Promise<Uint8Array> {
  throw new Error('the PDF writer is not written yet');
}
