// The stages in order, from a validated contract to the document tree the writers read:
// render (templates → Markdown) → parse (→ tree) → custom clauses → numbering → locale.
import { renderMarkdown, type TemplateSet } from './render/render.js';
import { applyCustomClauses, type CustomClauses } from './tree/customize.js';
import { markdownToTree } from './tree/from-markdown.js';
import { converterFor, type Locale } from './tree/locale.js';
import { STYLES, numberTree } from './tree/number.js';
import { SpecError } from './errors/diagnostic.js';
import { plain, type Block, type ContractDocument, type Inline } from './tree/types.js';
import type { Contract } from './validate/validate.js';

export interface BuildOptions {
  /** overrides the spec's `locale:` */
  locale?: Locale;
}

export async function buildDocument(contract: Contract, templates: TemplateSet, options: BuildOptions = {}): Promise<{ doc: ContractDocument; markdown: string }> {
  const rendered = renderMarkdown(contract, templates);
  const spec = contract.spec as { clauses?: CustomClauses | null; locale: Locale };
  const locale = options.locale ?? spec.locale;
  // the template's text is converted; values are tokens here and come back untouched
  const convert = (await converterFor(locale)) ?? ((s: string) => s);
  const markdown = convert(rendered.markdown);
  const table = rendered.table;
  let doc = markdownToTree(markdown, { contract, table, source: templates.main.file, convert, locale });
  doc = applyCustomClauses(doc, spec.clauses, convert);
  doc = numberTree(doc, STYLES[contract.type.numbering], table, convert);
  if (!contract.draft) assertNoBlanks(doc, templates.main.file);
  return { doc, markdown };
}

/**
 * A final contract has no blanks but the lines left for signatures. A blank elsewhere means a
 * template printed a value the spec does not have: a bug to report, never a contract to sign.
 */
function assertNoBlanks(doc: ContractDocument, file: string): void {
  const where: string[] = [];
  const has = (xs: Inline[]): boolean => xs.some((x) => x.type === 'blank' || ((x.type === 'strong' || x.type === 'emphasis') && has(x.children)));
  const walk = (blocks: Block[], clause: string) => {
    for (const b of blocks) {
      const here = b.type === 'clause' ? `${b.number}${plain(b.title)}` : clause;
      const found =
        (b.type === 'paragraph' && has(b.children)) ||
        (b.type === 'list' && b.items.some((i) => has(i.children))) ||
        (b.type === 'table' && b.rows.some((r) => r.some(has))) ||
        (b.type === 'clause' && has(b.title));
      if (found) where.push(here || '(before the first clause)');
      if (b.type === 'clause' || b.type === 'appendix') walk(b.children, here);
    }
  };
  walk(doc.children, '');
  if (where.length) {
    throw new SpecError([
      {
        file,
        pos: { line: 1, col: 1 },
        path: '',
        expected: 'a final contract without blanks',
        got: `a blank (______) in ${[...new Set(where)].join('; ')}`,
        hint: 'a template prints a value this spec leaves out: guard it with {{#if}}, or mark the spec as a draft',
      },
    ]);
  }
}
