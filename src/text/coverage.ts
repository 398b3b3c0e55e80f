// Which characters a font can draw, read from its cmap table alone (formats 4 and 12), so that
// `validate` can tell which values the PDF could not print without parsing the whole face (the
// bundled faces are 10-15 MB) or loading fontkit. Pure: bytes in, a membership test out.

export type Coverage = (codePoint: number) => boolean;

/** Where a font's cmap table is: offset and length in the file (the first face of a collection). */
export function cmapRange(head: Uint8Array): { offset: number; length: number } | undefined {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let base = 0;
  if (view.getUint32(0) === 0x74746366) base = view.getUint32(12); // 'ttcf': the first face
  if (base + 12 > head.byteLength) return undefined;
  const tables = view.getUint16(base + 4);
  for (let i = 0; i < tables && base + 12 + i * 16 + 16 <= head.byteLength; i++) {
    const at = base + 12 + i * 16;
    if (view.getUint32(at) === 0x636d6170) return { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) }; // 'cmap'
  }
  return undefined;
}

/** The coverage of a TrueType or OpenType font (the first face of a collection). */
export function coverageOf(bytes: Uint8Array): Coverage {
  const range = cmapRange(bytes);
  return range ? coverageOfCmap(bytes.subarray(range.offset, range.offset + range.length)) : () => false;
}

/** The coverage a cmap table (its bytes alone) gives. */
export function coverageOfCmap(table: Uint8Array): Coverage {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const cmap = 0;
  const subtables = view.getUint16(cmap + 2);
  let best = -1;
  let bestRank = -1;
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    // the full-Unicode table (3,10 or 0,4 format 12) over the BMP one (3,1 format 4)
    const rank = format === 12 && ((platform === 3 && encoding === 10) || platform === 0) ? 2 : format === 4 && (platform === 3 || platform === 0) ? 1 : -1;
    if (rank > bestRank) {
      best = offset;
      bestRank = rank;
    }
  }
  if (best < 0) return () => false;
  const ranges: number[] = []; // start, end pairs, sorted
  if (view.getUint16(best) === 12) {
    const groups = view.getUint32(best + 12);
    for (let g = 0; g < groups; g++) {
      const at = best + 16 + g * 12;
      if (view.getUint32(at + 8) !== 0) ranges.push(view.getUint32(at), view.getUint32(at + 4));
    }
  } else {
    const segX2 = view.getUint16(best + 6);
    const ends = best + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const offsets = deltas + segX2;
    for (let s = 0; s < segX2 / 2; s++) {
      const start = view.getUint16(starts + 2 * s);
      const end = view.getUint16(ends + 2 * s);
      if (start === 0xffff) continue;
      const rangeOffset = view.getUint16(offsets + 2 * s);
      if (rangeOffset === 0) {
        ranges.push(start, end);
        continue;
      }
      // glyph ids from the array: a code point maps to glyph 0 (none) when its entry is 0
      const delta = view.getInt16(deltas + 2 * s);
      for (let c = start; c <= end; c++) {
        const glyph = view.getUint16(offsets + 2 * s + rangeOffset + 2 * (c - start));
        if (glyph !== 0 && ((glyph + delta) & 0xffff) !== 0) ranges.push(c, c);
      }
    }
  }
  return (cp) => {
    let lo = 0;
    let hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < ranges[2 * mid]!) hi = mid - 1;
      else if (cp > ranges[2 * mid + 1]!) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Characters of `text` that `coverage` lacks, once each (line breaks and spaces need no glyph). */
export function missingIn(text: string, coverage: Coverage): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 10 || cp === 13 || cp === 32 || cp === 9) continue;
    if (!coverage(cp)) out.add(ch);
  }
  return [...out];
}
