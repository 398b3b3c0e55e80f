// Where the bundled PDF font lives: an npm dependency, part of the install, never a system font.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The folder of @embedpdf/fonts-sc's files (it exports no font paths: go from its entry, dist/). */
export function bundledFontDir(packageRoot: string): string {
  const entry = createRequire(join(packageRoot, 'package.json')).resolve('@embedpdf/fonts-sc');
  return join(dirname(entry), '..', 'fonts');
}

export const BUNDLED_REGULAR = 'NotoSansHans-Regular.otf';
