// Page furniture composed once, from the document's metadata: the head over the title, the running
// header and footer of a paged format, a draft's mark. The layout stage stores the result in
// `meta.furniture` (layout/decide.ts); every writer prints it as given (md, docx, pdf, html, and
// textconv's plain text), so no writer joins a label to its value or splits a mark again.
import { blankText, type DocumentMeta, type FooterPart, type Furniture } from './types.js';

/** The separator between a draft mark's parts where they stand on one line. */
export const MARK_SEPARATOR = ' · ';

export function decideFurniture(meta: DocumentMeta): Furniture {
  const number = `${meta.labels.contractNumber}：${meta.contractNumber ?? blankText('code')}`;
  return {
    head: [
      { text: number, ...(meta.contractNumber === undefined ? { open: true as const } : {}) },
      ...(meta.headLines ?? []).map((l) => ({ text: `${l.label}：${l.value}` })),
    ],
    // a draft keeps the slot for the number on every page, against a page swapped once it is filled in (D-N2)
    runningHeader: { left: meta.title, ...(meta.contractNumber || meta.draft ? { right: number } : {}) },
    footer: footerParts(meta.labels.footer),
    ...(meta.draftMark?.length ? { draftMark: { text: meta.draftMark.join(MARK_SEPARATOR), parts: [...meta.draftMark] } } : {}),
  };
}

/** 第 {n} 页 共 {m} 页 → words around the page and pages fields. */
function footerParts(pattern: string): FooterPart[] {
  return pattern
    .split(/(\{n\}|\{m\})/)
    .filter((s) => s !== '')
    .map((s): FooterPart => (s === '{n}' ? { field: 'page' } : s === '{m}' ? { field: 'pages' } : { text: s }));
}
