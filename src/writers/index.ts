// The output formats. Each writer is one function, tree + options in, bytes out, loaded only
// when its format is asked for (pdfkit and docx are heavy).

export type { FontFile, PdfFonts, Writer, WriterOptions } from './types.js';

import type { Writer } from './types.js';

export const FORMATS = {
  md: {
    ext: 'md',
    load: async (): Promise<Writer> => {
      const { writeMarkdown } = await import('./markdown.js');
      // the build key, when given, as a comment at the end (invisible where the Markdown is shown)
      return async (doc, o) =>
        new TextEncoder().encode(
          writeMarkdown(doc) + (o.buildKey ? `\n<!-- svc-contract ${o.version}; spec-sha256:${o.specHash}; build:${o.buildKey} -->\n` : ''),
        );
    },
  },
  docx: {
    ext: 'docx',
    load: async (): Promise<Writer> => (await import('./docx.js')).writeDocx,
  },
  pdf: {
    ext: 'pdf',
    load: async (): Promise<Writer> => (await import('./pdf.js')).writePdf,
  },
  // a fourth format, written only when asked for (--format html) and by the live preview
  html: {
    ext: 'html',
    load: async (): Promise<Writer> => (await import('./html.js')).writeHtml,
  },
} as const satisfies Record<string, { ext: string; load: () => Promise<Writer> }>;

export type Format = keyof typeof FORMATS;
export const DEFAULT_FORMATS: Format[] = ['md', 'docx', 'pdf'];
