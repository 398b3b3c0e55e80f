// The spec's values in a Traditional build (legal review T-M1). Prose the user typed (the title,
// service descriptions, annexes, custom clauses) is converted with the template text, by the same
// converter and glossary, so a Traditional contract is Traditional throughout. Identity values
// (the schema's identity(): names, addresses, numbers, e-mails) and the spec's `names` are never
// converted: they print as typed, and stay so where they occur inside converted prose, so one
// party or person is spelt one way on every page. `convertValues: false` prints every value as typed.
import type { Convert, Locale } from './locale.js';
import { REGIONAL, SIMPLIFIED_ONLY } from './simplified-only.js';

/**
 * The conversion of a prose value: `convert` over the text between the protected names. A name
 * the conversion leaves alone (digits, an e-mail, a name already in Traditional) needs no protecting.
 */
export function proseConverter(convert: Convert | undefined, names: readonly string[]): Convert {
  if (!convert) return (s) => s;
  const kept = [...new Set(names.map((n) => n.trim()).filter((n) => n !== '' && convert(n) !== n))].sort((a, b) => b.length - a.length);
  if (!kept.length) return convert;
  const re = new RegExp(kept.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (s: string) => {
    let out = '';
    let last = 0;
    for (const m of s.matchAll(re)) {
      if (m.index > last) out += convert(s.slice(last, m.index));
      out += m[0];
      last = m.index + m[0].length;
    }
    return last === 0 ? convert(s) : out + (last < s.length ? convert(s.slice(last)) : '');
  };
}

interface Clauses {
  replace?: Record<string, string> | null;
  add?: readonly { title?: string | null; text?: string | null }[] | null;
}

/** The custom clauses (clauses.replace, clauses.add) with their titles and text converted. */
export function convertClauses<T extends Clauses | null | undefined>(clauses: T, convert: Convert): T {
  if (!clauses) return clauses;
  return {
    ...clauses,
    ...(clauses.replace ? { replace: Object.fromEntries(Object.entries(clauses.replace).map(([id, text]) => [id, convert(text)])) } : {}),
    ...(clauses.add
      ? { add: clauses.add.map((a) => ({ ...a, ...(a.title ? { title: convert(a.title) } : {}), ...(a.text ? { text: convert(a.text) } : {}) })) }
      : {}),
  };
}

const ONLY = new Set(SIMPLIFIED_ONLY);
// and what every Traditional locale keeps (glossary.ts): the capital 叁, a Traditional character too (issue 17, X-4)
const EVERY_LOCALE = '叁';
const KEPT = { tw: new Set(REGIONAL.tw + EVERY_LOCALE), hk: new Set(REGIONAL.hk + EVERY_LOCALE) };

/**
 * The characters of `s` that exist only in Simplified (simplified-only.ts) and that the locale's
 * own characters do not keep (Hong Kong writes 户): for the lint finding on identity values.
 */
export function simplifiedOnly(s: string, locale: Exclude<Locale, 'zh-Hans'>): string[] {
  const kept = KEPT[locale === 'zh-Hant-HK' ? 'hk' : 'tw'];
  return [...new Set([...s].filter((c) => ONLY.has(c) && !kept.has(c)))];
}
