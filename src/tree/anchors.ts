// The name each clause id (and annex id) goes by inside the documents: the DOCX's bookmark, which
// its REF fields name, and the PDF's named destination, which its links name. One name in both, so
// that a reader's tool (or a redline) finds 第五条 by the same name in either file. Word's rules:
// at most 40 characters, a letter first, then letters, digits and underscores (a leading `_` is a
// bookmark Word hides); and names that differ only in case are the same bookmark.
import type { ContractDocument } from './types.js';
import { forEachBlock } from './walk.js';

export const MAX_ANCHOR = 40;
const HASH = 8;

/** FNV-1a, 32 bits, as 8 hex digits: a short stable suffix (no randomness, no dependency). */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(HASH, '0');
}

/** The id as Word would take it: `-` and any other character as `_`, a letter first. */
function spelled(id: string): string {
  const s = id.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(s) ? s : `c${s}`;
}

/** The id's name with a hash of the id (salted when even that clashes), cut to fit. */
function hashed(id: string, salt: number): string {
  const suffix = `_${fnv(salt ? `${id}\u0000${salt}` : id)}`;
  return `${spelled(id).slice(0, MAX_ANCHOR - suffix.length)}${suffix}`;
}

/**
 * Each id to its name, for every clause and annex id the document has, in document order. An id
 * keeps its own spelling (`service-fees` → `service_fees`) unless that is too long or is also the
 * spelling of another id (`a-b` and `a_b`, `Fees` and `fees`): then each of them is spelled with a
 * hash of itself, so a name depends only on its id and on which ids clash with it (a clash of two
 * hashes, in practice never, is settled in document order).
 */
export function anchorNames(doc: ContractDocument): Map<string, string> {
  const ids: string[] = [];
  const seen = new Set<string>();
  forEachBlock(doc.children, (b) => {
    if ((b.type === 'clause' || b.type === 'appendix') && b.id && !seen.has(b.id)) {
      seen.add(b.id);
      ids.push(b.id);
    }
  });
  const key = (name: string) => name.toLowerCase();
  const count = new Map<string, number>();
  for (const id of ids) count.set(key(spelled(id)), (count.get(key(spelled(id))) ?? 0) + 1);
  const names = new Map<string, string>();
  const taken = new Set<string>();
  // the ids that keep their spelling first, so that a hashed name never takes one of theirs
  const plain = ids.filter((id) => spelled(id).length <= MAX_ANCHOR && count.get(key(spelled(id))) === 1);
  for (const id of plain) {
    names.set(id, spelled(id));
    taken.add(key(spelled(id)));
  }
  for (const id of ids) {
    if (names.has(id)) continue;
    let salt = 0;
    let name = hashed(id, salt);
    while (taken.has(key(name))) name = hashed(id, ++salt);
    names.set(id, name);
    taken.add(key(name));
  }
  return names;
}
