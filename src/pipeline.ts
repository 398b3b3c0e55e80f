// The stages in order, from a validated contract to the document tree the writers read:
// render (templates → Markdown) → parse (→ tree) → custom clauses → numbering → locale.
import { renderMarkdown, type TemplateSet } from './render/render.js';
import { applyCustomClauses, type CustomClauses } from './tree/customize.js';
import { markdownToTree } from './tree/from-markdown.js';
import { convertTree, converterFor, type Locale } from './tree/locale.js';
import { STYLES, numberTree } from './tree/number.js';
import type { ContractDocument } from './tree/types.js';
import type { Contract } from './validate/validate.js';

export interface BuildOptions {
  /** overrides the spec's `locale:` */
  locale?: Locale;
}

export async function buildDocument(contract: Contract, templates: TemplateSet, options: BuildOptions = {}): Promise<{ doc: ContractDocument; markdown: string }> {
  const { markdown, table } = renderMarkdown(contract, templates);
  const spec = contract.spec as { clauses?: CustomClauses | null; locale: Locale };
  let doc = markdownToTree(markdown, { contract, table, source: templates.main.file });
  doc = applyCustomClauses(doc, spec.clauses);
  doc = numberTree(doc, STYLES[contract.type.numbering], table);
  const locale = options.locale ?? spec.locale;
  const convert = await converterFor(locale);
  if (convert) doc = convertTree(doc, convert, locale);
  return { doc, markdown };
}
