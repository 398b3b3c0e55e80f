// A character the PDF's faces lack (layout/glyphs.ts), as a diagnostic at the spec value that holds
// it, where it can be fixed: a warning from compile() with `canPrint` (validate), an error when a
// PDF is written. Characters no value holds (a firm's own template text) are one diagnostic at the
// top of the file.
import { type Diagnostic, diagnostic } from '../errors/diagnostic.js';
import { FACE_NAMES, type MissingGlyph, showCharacter } from '../layout/glyphs.js';
import type { LoadedSpec, PathSegment } from '../load/load.js';
import { forEachString } from '../schema/walk.js';
import { formatPath, positionInValue } from './validate.js';

export function glyphDiagnostics(
  missing: readonly MissingGlyph[],
  loaded: LoadedSpec,
  severity: 'error' | 'warning',
  faceName?: (m: MissingGlyph) => string,
): Diagnostic[] {
  const byPath = new Map<string, { path: PathSegment[] | undefined; glyphs: MissingGlyph[]; first?: { index: number } }>();
  for (const m of missing) {
    let at: { path: PathSegment[]; index: number } | undefined;
    forEachString(loaded.data, (p, s) => {
      const i = s.indexOf(m.character);
      return i === -1 ? false : ((at = { path: p as PathSegment[], index: i }), true);
    });
    const key = at ? JSON.stringify(at.path) : '';
    const entry = byPath.get(key) ?? { path: at?.path, glyphs: [], ...(at ? { first: { index: at.index } } : {}) };
    entry.glyphs.push(m);
    byPath.set(key, entry);
  }
  return [...byPath.values()].map(({ path, glyphs, first }) => {
    const pos = path && first ? positionInValue(loaded, path, first.index, glyphs[0]!.character) : { line: 1, col: 1 };
    const shown = glyphs
      .slice(0, 5)
      .map((m) =>
        severity === 'error'
          ? `${showCharacter(m.character)} in ${m.where} (${FACE_NAMES[m.face]}${faceName ? `: ${faceName(m)}` : ''})`
          : showCharacter(m.character),
      );
    const more = glyphs.length > 5 ? ` and ${glyphs.length - 5} more` : '';
    return diagnostic({
      file: loaded.file,
      pos,
      path: path ? formatPath(path) : '',
      ruleId: 'pdf/missing-glyph',
      severity,
      ...(severity === 'error'
        ? {
            expected: 'characters the PDF font has',
            got: `no glyph for ${shown.join('; ')}${more}`,
            hint: 'name a font file that has these characters (fonts.pdfRegular / --font-regular), or replace the characters',
          }
        : {
            expected: 'characters the PDF faces can print',
            got: `${shown.join(', ')}${more}`,
            hint: 'the DOCX and the Markdown carry it, but a PDF build stops here: replace the character, or name a font that has it (fonts.pdfRegular, fonts.pdfBold)',
          }),
    });
  });
}
