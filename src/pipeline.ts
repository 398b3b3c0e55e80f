// The stages in order, from a validated contract to the document tree the writers read:
// render (templates → Markdown + plain data) → parse (→ closed tree) → custom clauses → numbering
// → layout decisions. Pure: no file, clock or environment; `convert()` (convert.ts) wraps it.
import { type DiagnosticInit, SpecError, TemplateError } from './errors/diagnostic.js';
import { decideLayout } from './layout/decide.js';
import { markdownToTree } from './parse/from-markdown.js';
import { chineseDate } from './render/format.js';
import { FURNITURE_WORDS } from './render/furniture.js';
import { documentMeta, partiesBlock, signatureBlock } from './render/parties.js';
import { renderMarkdown, type TemplateSet } from './render/render.js';
import { converterFor, type Locale } from './text/locale.js';
import { convertClauses, proseConverter, registeredParts } from './text/values.js';
import { afterNoFurtherText, applyCustomClauses } from './tree/customize.js';
import { MissingRefError, numberTree, STYLES } from './tree/number.js';
import { type Block, blankText, type ContractDocument, type Inline, type LaidOutDocument } from './tree/types.js';
import { forEachInlines } from './tree/walk.js';
import type { Contract } from './validate/validate.js';

export interface BuildOptions {
  /** overrides the spec's `locale:` */
  locale?: Locale;
  /** the spec's file as named and its SHA-256 (for diagnostics; the documents' metadata carry the hash) */
  source?: { file: string; specHash: string };
  /** each annex's body that a Markdown `file` gives, by its place in `annexes` (convert() reads and parses them) */
  annexBlocks?: readonly (Block[] | undefined)[];
  /** the line and column of a spec path (LoadedSpec.positionOf), to point at a custom clause out of place */
  positionOf?: (path: (string | number)[]) => { line: number; col: number };
}

export async function buildDocument(
  contract: Contract,
  templates: TemplateSet,
  options: BuildOptions = {},
): Promise<{ doc: LaidOutDocument; markdown: string }> {
  assertAnnexesRead(contract, options);
  const locale = options.locale ?? contract.spec.locale;
  const rendered = renderMarkdown(contract, templates, {
    ...(options.annexBlocks ? { annexBlocks: options.annexBlocks } : {}),
    traditional: locale !== 'zh-Hans',
  });
  // a mistake found in the rendered whole (a marker inside a sentence, a blank in a final
  // contract) may come from any of the templates: the package's own fault only when all are its own
  const allBundled = [templates.main, ...Object.values(templates.partials)].every((t) => t.bundled === true);
  // the template's text is converted; values are tokens here and come back untouched
  const converter = await converterFor(locale);
  const convert = converter ?? ((s: string) => s);
  const markdown = convert(rendered.markdown);
  // and so is the prose the user typed (T-M1), keeping identity values and the spec's names as typed
  // and, as registered or issued: the parts of a registered address prose repeats, and the
  // title of an annex a party issues and the parties sign apart (its own document)
  const spec = contract.spec as {
    convertValues?: boolean;
    names?: string[] | null;
    annexes?: { title?: string | null; separate?: string | null }[] | null;
  };
  const parties = Object.values(contract.spec.parties as unknown as Record<string, unknown>) as ({
    registeredAddress?: unknown;
    mailingAddress?: unknown;
  } | null)[];
  const addresses = parties.flatMap((p) => [p?.registeredAddress, p?.mailingAddress].filter((a): a is string => typeof a === 'string' && a !== ''));
  const issued = (spec.annexes ?? []).flatMap((a) => (a.separate && a.title ? [a.title] : []));
  const prose = proseConverter(spec.convertValues === false ? undefined : converter, [
    ...rendered.table.identities(),
    ...registeredParts(addresses),
    ...issued,
    ...(spec.names ?? []),
  ]);
  rendered.table.convertProse(prose);
  // what the spec says that this type's templates do not print goes where every type can show it:
  // the signing place under the contract number, a party's qualifications among its particulars
  const sources = printedSources(templates);
  const meta = metaOf(contract, locale, convert, prose, sources);
  let doc = markdownToTree(markdown, {
    table: rendered.table,
    source: templates.main.file,
    bundled: allBundled,
    meta,
    parties: partiesBlock(contract, convert, { qualification: !sources.includes('qualification'), prose }),
    signature: signatureBlock(contract, convert, prose),
  });
  // a draft's title says it is one, on page 1 and in the running header of every other page (D-S1)
  if (contract.draft) doc.meta.title += convert(FURNITURE_WORDS.draftTitle);
  doc = applyCustomClauses(doc, convertClauses(contract.spec.clauses, prose));
  doc = numbered(doc, contract, templates, convert);
  assertNothingAfterNoFurtherText(doc, contract, templates, options);
  if (!contract.draft) assertNoBlanks(doc, templates.main.file, allBundled);
  return { doc: decideLayout(doc), markdown };
}

/** An annex whose body a Markdown file gives must come with its blocks (convert() reads them). */
function assertAnnexesRead(contract: Contract, options: BuildOptions): void {
  const files = ((contract.spec as { annexes?: { file?: string | null }[] | null }).annexes ?? []).flatMap((a, i) =>
    a.file && !options.annexBlocks?.[i] ? [i] : [],
  );
  if (files.length) {
    throw new SpecError(
      files.map(
        (i): DiagnosticInit => ({
          file: options.source?.file ?? '<spec>',
          pos: { line: 1, col: 1 },
          path: `annexes[${i}].file`,
          ruleId: 'annex/unread',
          expected: "the annex's file, read and parsed",
          got: 'a file that was not read',
          hint: 'convert() reads annex files through options.readFile; buildDocument() takes them as options.annexBlocks',
        }),
      ),
    );
  }
}

/**
 * The text of the templates that print the spec's particulars, to tell what they leave out (an
 * annex listing a party's documents does not print its particulars: annex-* partials do not count;
 * nor does the disputes clause, which names the signing place only as the court's).
 */
function printedSources(templates: TemplateSet): string {
  return [
    templates.main,
    ...Object.entries(templates.partials)
      .filter(([name]) => !name.startsWith('annex-') && name !== 'disputes')
      .map(([, t]) => t),
  ]
    .map((t) => t.source)
    .join('\n');
}

/**
 * The document's metadata: what the spec says that this type's templates do not print goes where
 * every type can show it (the signing place under the contract number); a draft's mark.
 */
function metaOf(contract: Contract, locale: Parameters<typeof documentMeta>[1], convert: (s: string) => string, prose: (s: string) => string, sources: string) {
  const place = contract.spec.contract.signingPlace;
  const meta = documentMeta(contract, locale, convert);
  // a draft says so on every page, with the version label and date the counterparty refers to;
  // the spec's file name and hash are the firm's own, kept in the documents' metadata (D-S2)
  if (contract.draft)
    meta.draftMark = [
      convert(FURNITURE_WORDS.draftMark),
      contract.spec.contract.version,
      contract.spec.contract.versionDate ? chineseDate(contract.spec.contract.versionDate) : undefined,
    ].filter((s): s is string => !!s);
  if (place && !sources.includes('signingPlace')) meta.headLines = [{ label: convert(FURNITURE_WORDS.signingPlace), value: prose(place) }];
  // a draft leaves the signing place to fill in, under the number, whatever the templates print (D-S4)
  else if (!place && contract.draft) meta.headLines = [{ label: convert(FURNITURE_WORDS.signingPlace), value: blankText('long') }];
  return meta;
}

/** The clauses numbered in the type's style; a reference to no clause is the spec's or template's mistake. */
function numbered(doc: ContractDocument, contract: Contract, templates: TemplateSet, convert: (s: string) => string): ContractDocument {
  try {
    return numberTree(doc, STYLES[contract.type.numbering], convert);
  } catch (e) {
    if (!(e instanceof MissingRefError)) throw e;
    throw new SpecError(
      e.missing.map(
        (m): DiagnosticInit => ({
          file: m.where?.file ?? templates.main.file,
          pos: { line: m.where?.line ?? 1, col: 1 },
          path: '',
          ruleId: 'ref/missing',
          expected: 'a reference to a clause of this contract',
          got: `{{ref "${m.id}"}}, but no clause has that id`,
          hint: 'the clause may have been omitted (clauses.omit) or its id misspelt',
        }),
      ),
    );
  }
}

/**
 * （以下无正文，为签署页） ends the text of the contract: a clause after it is not agreed text a
 * reader can rely on. An added clause placed there is the spec's mistake (at its after:/before:);
 * anything else the template's, at the line of the template that prints it.
 */
function assertNothingAfterNoFurtherText(doc: ContractDocument, contract: Contract, templates: TemplateSet, options: BuildOptions): void {
  const out = afterNoFurtherText(doc);
  if (!out) return;
  const name =
    out.type === 'clause' ? `${out.number}${plainOf(out.title)}`.trim() || 'a clause' : out.type === 'appendix' ? plainOf(out.title) : `a ${out.type}`;
  const expected = 'nothing binding after （以下无正文，为签署页）, which ends the text of the contract';
  const added = (contract.spec.clauses?.add ?? []).findIndex((a) => out.type === 'clause' && a.id === out.id);
  if (added !== -1) {
    const a = contract.spec.clauses!.add![added]!;
    const key = a.after ? 'after' : a.before ? 'before' : 'id';
    const path = ['clauses', 'add', added, key];
    throw new SpecError([
      {
        file: options.source?.file ?? '<spec>',
        pos: options.positionOf?.(path) ?? { line: 1, col: 1 },
        path: `clauses.add[${added}].${key}`,
        ruleId: 'clause/after-no-further-text',
        expected,
        got: `${name} placed after it`,
        hint: `place it before a clause of the body (before: ${a.after ?? 'miscellaneous'}), or leave after:/before: out to put it before the closing clauses`,
      },
    ]);
  }
  // the template line that prints the clause (its {#id}), else the line that prints the closing line
  // the user's own templates first: a bundled template that does this is a bug, theirs their fix
  const files = [templates.main, ...Object.values(templates.partials)].sort((a, b) => Number(a.bundled === true) - Number(b.bundled === true));
  const lineOf = (re: RegExp) => {
    for (const t of files) {
      const i = t.source.split('\n').findIndex((l) => re.test(l));
      if (i !== -1) return { file: t.file, line: i + 1, bundled: t.bundled === true };
    }
    return undefined;
  };
  const at = (out.type === 'clause' && out.id ? lineOf(new RegExp(`\\{#${out.id}\\}`)) : undefined) ??
    lineOf(/no-further-text|以下[无無]正文/) ?? { file: templates.main.file, line: 1, bundled: templates.main.bundled === true };
  throw new TemplateError(
    [
      {
        file: at.file,
        pos: { line: at.line, col: 1 },
        path: '',
        ruleId: 'template/after-no-further-text',
        expected,
        got: `${name} after it`,
        hint: 'print （以下无正文，为签署页） ({{> no-further-text}}) last, just before {{signature}}',
      },
    ],
    at.bundled,
  );
}

const plainOf = (xs: readonly Inline[]): string =>
  xs.map((x) => (x.type === 'text' || x.type === 'value' ? x.value : x.type === 'ref' ? (x.text ?? '') : '')).join('');

/**
 * A final contract has no blanks but the lines left for signatures. A blank elsewhere means a
 * template printed a value the spec does not have: a bug to report, never a contract to sign.
 */
function assertNoBlanks(doc: ContractDocument, file: string, bundled: boolean): void {
  const where: string[] = [];
  const has = (xs: Inline[]): boolean => xs.some((x) => x.type === 'blank' || ((x.type === 'strong' || x.type === 'emphasis') && has(x.children)));
  // the parties and signature blocks are the spec's own data, checked by validation
  forEachInlines(doc.children, (xs, ctx) => {
    if (ctx.block !== 'parties' && ctx.block !== 'signature' && has(xs)) where.push(ctx.where || '(before the first clause)');
  });
  if (where.length) {
    throw new TemplateError(
      [
        {
          file,
          pos: { line: 1, col: 1 },
          path: '',
          ruleId: 'template/blank-in-final',
          expected: 'a final contract without blanks',
          got: `a blank (______) in ${[...new Set(where)].join('; ')}`,
          hint: 'a template prints a value this spec leaves out: guard it with {{#if}}',
        },
      ],
      bundled,
    );
  }
}
