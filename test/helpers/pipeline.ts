// Build helpers for tests: spec text → tree and Markdown, through the real stages.
import { join } from 'node:path';
import { buildDocument } from '../../src/pipeline.js';
import type { TemplateSet } from '../../src/render/render.js';
import { loadTemplates } from '../../src/templates/load.js';
import type { Locale } from '../../src/text/locale.js';
import type { ContractDocument } from '../../src/tree/types.js';
import { writeMarkdown } from '../../src/writers/markdown.js';
import { checkText, root } from './check.js';

export async function build(specText: string, opts: { draft?: boolean; locale?: Locale; templates?: TemplateSet; overrideDir?: string } = {}): Promise<{ doc: ContractDocument; md: string }> {
  const r = checkText(specText, { draft: opts.draft });
  if (!r.ok) throw new Error(`spec invalid: ${JSON.stringify(r.diagnostics, null, 1)}`);
  const templates = opts.templates ?? loadTemplates(join(root, 'templates'), r.contract.type.id, opts.overrideDir);
  const { doc } = await buildDocument(r.contract, templates, opts.locale ? { locale: opts.locale } : {});
  return { doc, md: writeMarkdown(doc) };
}
