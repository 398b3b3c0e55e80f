// The locale rule: a Traditional contract prints identity values (names, addresses: the schema's
// identity(), an annex table's name columns, the spec's `names`) as typed, never converted (T-M1).
// One typed in Simplified prints in Simplified among Traditional text: the user should know.
import { said as msg } from '../i18n/messages.js';
import { forEachIdentity } from '../schema/walk.js';
import { simplifiedOnly } from '../text/values.js';
import type { LintRuleId } from './catalog.js';
import type { Check, Finding } from './types.js';

const identitySimplified: Check = (ctx) => {
  const locale = ctx.contract.spec.locale;
  if (locale === 'zh-Hans') return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  const check = (path: (string | number)[], value: string) => {
    const chars = simplifiedOnly(value, locale);
    if (!chars.length) return;
    // the same name in several places is one finding, at its first
    if (seen.has(value)) return;
    seen.add(value);
    out.push({
      path,
      inText: { index: value.indexOf(chars[0]!), text: chars[0]! },
      expected: msg('lint.identity-simplified.expected', { locale }),
      got: msg('lint.identity-simplified.got', { value, chars: chars.join('、') }),
      hint: msg('lint.identity-simplified.hint'),
    });
  };
  forEachIdentity(ctx.contract.type.schema, ctx.contract.spec, check);
  ((ctx.contract.spec as { names?: string[] | null }).names ?? []).forEach((n, i) => check(['names', i], n));
  return out;
};

export const LOCALE: Partial<Record<LintRuleId, Check>> = {
  'identity-simplified': identitySimplified,
};
