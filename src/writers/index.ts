// The output formats. Each writer is one function, tree + options in, bytes out, loaded only
// when its format is asked for (pdfkit and docx are heavy).
import type { ContractDocument } from '../tree/types.js';

export interface WriterOptions {
  /** svc-contract's version, for document properties */
  version: string;
  /** SHA-256 of the spec's bytes, so that a signed copy can be traced to its spec */
  specHash: string;
}

export type Writer = (doc: ContractDocument, options: WriterOptions) => Promise<Uint8Array>;

export const FORMATS = {
  md: {
    ext: 'md',
    load: async (): Promise<Writer> => {
      const { writeMarkdown } = await import('./markdown.js');
      return async (doc) => new TextEncoder().encode(writeMarkdown(doc));
    },
  },
} as const satisfies Record<string, { ext: string; load: () => Promise<Writer> }>;

export type Format = keyof typeof FORMATS;
export const DEFAULT_FORMATS: Format[] = ['md'];
