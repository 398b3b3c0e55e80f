// How long a draft's blank is drawn, decided where the blank is made (render/values.ts for a
// template's {{field}}, render/parties.ts for a party's particulars) from the schema field that
// makes it: the size its kind of value has or the field was given (schema/primitives.ts
// blankSizes, `sized`). The tree only carries the size (`BlankSize`, tree/types.ts).
import type * as z from 'zod';
import { elementOf, kind, unwrap } from '../schema/walk.js';
import type { BlankSize } from '../tree/types.js';

/** The size of a blank for a spec field, from the field's schema (primitives.ts blankSizes); a list's from its elements'. */
export function blankSizeOf(field: z.ZodType | undefined): BlankSize {
  if (!field) return 'short';
  const u = unwrap(field);
  if (u.blankSize) return u.blankSize;
  return kind(u.inner) === 'array' ? blankSizeOf(elementOf(u.inner)) : 'short';
}
