// Every capital amount (大写) a spec writes, checked: the `inWords` of an amount field against its
// figure, and the capitals typed inside free text (custom clauses, notes, calculations) against the
// figure before them and the rules of 《支付结算办法》附一 (src/text/capitals.ts). Findings carry
// the field's path and, inside a text, where the capitals start; validate.ts positions them.
import type { PathSegment } from '../load/load.js';
import { forEachString } from '../schema/walk.js';
import { amountProblems, checkCapitals } from '../text/capitals.js';
import { CURRENCIES, type Currency, figures } from '../text/money.js';

export interface AmountFinding {
  path: PathSegment[];
  /** inside a text value: the UTF-16 index where the capitals start, and the capitals themselves */
  at?: { index: number; text: string };
  ruleId: 'amount/capitals-mismatch' | 'amount/capitals-form';
  expected: string;
  got: string;
  hint?: string;
}

const ruleOf = (kind: 'form' | 'mismatch') => (kind === 'form' ? 'amount/capitals-form' : 'amount/capitals-mismatch') as AmountFinding['ruleId'];

/** `{amount, inWords}` values of the validated spec, in the contract's currency (fees.currency). */
export function checkAmountFields(spec: unknown, currency: Currency): AmountFinding[] {
  const out: AmountFinding[] = [];
  forEachMoney(spec, [], (path, amount, inWords) => {
    const r = checkCapitals(inWords, { amount, currency });
    if (r.ok) return;
    const at = [...path, 'inWords'];
    if (r.kind === 'mismatch' && r.currency) {
      out.push({
        path: at,
        ruleId: 'amount/capitals-mismatch',
        expected: `${r.expected} (fees.currency)`,
        got: `capitals in ${CURRENCIES[r.currency].name}: ${inWords}`,
      });
    } else if (r.kind === 'mismatch') {
      out.push({
        path: at,
        ruleId: 'amount/capitals-mismatch',
        expected: `the capitals of ${amount}: ${r.expected}`,
        got: inWords,
        hint: `${r.why}: correct the capitals or the amount`,
      });
    } else {
      out.push({
        path: at,
        ruleId: 'amount/capitals-form',
        expected: `the capitals of ${figures(amount)} as the rules write them: ${r.expected}`,
        got: inWords,
        hint: r.why,
      });
    }
  });
  return out;
}

/** Capitals inside every text of the spec as written, but `inWords` (checked with their figure above). */
export function checkAmountsInText(data: unknown): AmountFinding[] {
  const out: AmountFinding[] = [];
  forEachString(data, (path, s) => {
    if (path[path.length - 1] === 'inWords') return;
    for (const p of amountProblems(s)) {
      const text = s.slice(p.index, p.index + p.length);
      out.push(
        p.kind === 'mismatch'
          ? {
              path,
              at: { index: p.index, text },
              ruleId: ruleOf(p.kind),
              expected: `capitals that say the figure before them: ${p.expected}`,
              got: p.got,
              hint: `${p.why}: correct the capitals or the figure`,
            }
          : {
              path,
              at: { index: p.index, text },
              ruleId: ruleOf(p.kind),
              expected: `capitals as the rules write them: ${p.expected}`,
              got: p.got,
              hint: p.why,
            },
      );
    }
  });
  return out;
}

/** Visit every money value written as {amount, inWords} with its capitals given. */
function forEachMoney(v: unknown, path: PathSegment[], fn: (path: PathSegment[], amount: number, inWords: string) => void): void {
  if (!v || typeof v !== 'object') return;
  if (Array.isArray(v)) return v.forEach((x, i) => forEachMoney(x, [...path, i], fn));
  const o = v as { amount?: unknown; inWords?: unknown };
  if (typeof o.amount === 'number' && typeof o.inWords === 'string') fn(path, o.amount, o.inWords);
  for (const [k, x] of Object.entries(v)) forEachMoney(x, [...path, k], fn);
}
