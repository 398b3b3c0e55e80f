// A diagnostic said in the user's language, at the CLI edge: expected, got, hint and the message
// line change; file, position, path, rule id and severity stay as they are.
import type { Diagnostic, DiagnosticWords, MessageRef } from '../errors/diagnostic.js';
import type { Lang } from './lang.js';
import { say, sayRef, t } from './messages.js';

export function localizeDiagnostic(d: Diagnostic, lang: Lang): Diagnostic {
  // a text the stage said by id is rendered from its id; one it wrote in English is matched (MATCHED)
  const { ids, ...rest } = d;
  if (lang === 'en') return rest;
  const word = (part: 'expected' | 'got' | 'hint', text: string) => (ids?.[part] ? sayRef(ids[part], lang) : say(text, lang));
  const expected = word('expected', d.expected);
  const got = d.got === undefined ? undefined : word('got', d.got);
  const hint = d.hint === undefined ? undefined : word('hint', d.hint);
  const out: Diagnostic = { ...rest, expected, ...(got !== undefined ? { got } : {}), ...(hint !== undefined ? { hint } : {}) };
  out.message = summaryIn(lang, out);
  return out;
}

/** "path（term）: expected …, got …" in `lang` */
export function summaryIn(lang: Lang, d: Pick<Diagnostic, 'path' | 'term' | 'expected' | 'got'>): string {
  const where = d.path ? `${d.path}${d.term ? `（${d.term}）` : ''}${t(lang, 'diagnostic.colon')}` : '';
  return `${where}${t(lang, 'diagnostic.expected', { expected: d.expected })}${d.got !== undefined ? t(lang, 'diagnostic.got', { got: d.got }) : ''}`;
}

/** The words formatDiagnostic prints around a diagnostic (error, warning, info, hint) in `lang`. */
export function diagnosticWords(lang: Lang): DiagnosticWords {
  return { error: t(lang, 'severity.error'), warning: t(lang, 'severity.warning'), info: t(lang, 'severity.info'), hint: t(lang, 'diagnostic.hint') };
}

/** A thrown error's text in `lang`: by its id when it carries one (UsageError, WriteError), else its English matched. */
export function sayError(e: unknown, lang: Lang): string {
  const ref = (e as { ref?: MessageRef } | undefined)?.ref;
  return ref ? sayRef(ref, lang) : say(String((e as Error)?.message ?? e), lang);
}
