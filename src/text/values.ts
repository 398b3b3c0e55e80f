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

/**
 * What else prints as registered (issue 17, X-2): the parts of a registered address that prose
 * repeats, so that one place is not written as registered on page 1 and converted in an annex or
 * the signing place. Of an address 江苏省苏州市高新区科灵路78号7号楼: each run that starts at its
 * beginning or after 省 or 市 and ends after a district (区, 县) or at the first 号, and names a
 * city or a road (江苏省苏州市高新区, 苏州市高新区科灵路78号, 高新区科灵路78号; not 高新区 alone).
 */
export function registeredParts(values: readonly string[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (!/[省市].*[区县路街]/.test(v)) continue;
    const starts = [0, ...[...v.matchAll(/[省市]/g)].map((m) => m.index + 1)];
    const number = v.search(/号/);
    const ends = [...[...v.matchAll(/[区县]/g)].map((m) => m.index + 1), ...(number > 0 ? [number + 1] : [])];
    for (const a of starts)
      for (const b of ends) {
        const part = v.slice(a, b);
        if (b > a + 2 && part !== v && /市|[路街].*号/.test(part)) out.add(part);
      }
  }
  return [...out];
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
