// How long a draft's blank is drawn, decided where the blank is made (render/values.ts for a
// template's {{field}}, render/parties.ts for a party's particulars): the tree only carries the
// size (`BlankSize`, tree/types.ts) and never guesses it.
import type { BlankSize } from '../tree/types.js';

/**
 * The size of a blank for a spec field, from its name (the last key of its path): a date its
 * 年月日, a credit code or account 20 places, an address or a name room to write in, an amount ten.
 */
export function blankSizeFor(key: string | undefined): BlankSize {
  if (!key) return 'short';
  if (/date$/i.test(key) || key === 'start' || key === 'end') return 'date';
  if (/creditcode|idnumber|account(number)?$|^number$/i.test(key)) return 'code';
  if (/address|place|bank|court|commission|title|body|text|heading/i.test(key)) return 'long';
  // a phone number with its area code and extension is written longer than an amount
  if (/name$|representative|person|^provider$|^client$|email|phone/i.test(key)) return 'name';
  if (/amount|fee|price|monthly|fixed|penalty|cap|deposit/i.test(key)) return 'amount';
  return 'short';
}
