// Build helpers for tests: spec text → tree and Markdown through compile(), the library's door
// every command uses (draft marks, annex files, lint rules included), and the Markdown writer.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../src/compile.js';
import type { TemplateSet } from '../../src/render/render.js';
import { loadTemplates } from '../../src/templates/load.js';
import type { Locale } from '../../src/text/locale.js';
import type { LaidOutDocument } from '../../src/tree/types.js';
import { writeMarkdown } from '../../src/writers/markdown.js';
import { root } from './check.js';

export interface BuildOptions {
  draft?: boolean;
  locale?: Locale;
  templates?: TemplateSet;
  overrideDir?: string;
  /** the spec's name in messages and the draft mark; spec.yaml by default */
  file?: string;
  /** the folder annex and font files the spec names are read from; examples/ by default */
  dir?: string;
  /** false: the text of a spec the error-level lint rules refuse (build refuses it; the wording is still checked) */
  lint?: false;
}

export async function build(specText: string, opts: BuildOptions = {}): Promise<{ doc: LaidOutDocument; md: string }> {
  const dir = opts.dir ?? join(root, 'examples');
  const r = await compile(specText, {
    file: opts.file ?? 'spec.yaml',
    ...(opts.draft !== undefined ? { draft: opts.draft } : {}),
    ...(opts.locale ? { locale: opts.locale } : {}),
    templates: (type) => opts.templates ?? loadTemplates(join(root, 'templates'), type, opts.overrideDir),
    readFile: (p) => readFileSync(join(dir, p)),
    ...(opts.lint === false ? { lint: false as const } : {}),
  });
  if (!r.ok || !r.tree) throw new Error(`spec invalid: ${JSON.stringify(r.diagnostics, null, 1)}`);
  return { doc: r.tree, md: writeMarkdown(r.tree) };
}

/**
 * `build`, with each distinct spec and options built once per test file: most cases of a file
 * read the same example, and the builds are what the suite spends its time on. The result is
 * shared: a test must not change the tree it gets.
 */
export function memoisedBuild(): typeof build {
  const builds = new Map<string, ReturnType<typeof build>>();
  return (specText, opts = {}) => {
    const key = JSON.stringify([specText, opts]);
    let b = builds.get(key);
    if (!b) builds.set(key, (b = build(specText, opts)));
    return b;
  };
}
