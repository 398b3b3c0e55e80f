// DOCX writer: document tree → .docx bytes (docx library). Placeholder until it is written.
import type { ContractDocument } from '../tree/types.js';
import type { WriterOptions } from './index.js';

export async function writeDocx(_doc: ContractDocument, _options: WriterOptions): Promise<Uint8Array> {
  throw new Error('the DOCX writer is not written yet');
}
