// Stage 2: YAML data → validated, normalised Contract of one agreement type; or every mistake at
// once, each positioned on the YAML node it is about.
import type * as z from 'zod';
import type { MessageRef, Position } from '../errors/diagnostic.js';
import { closest, type Diagnostic, type DiagnosticInit, diagnostic, sortDiagnostics } from '../errors/diagnostic.js';
import { type MessageId, said, t, worded } from '../i18n/messages.js';
import { type LoadedSpec, type PathSegment, positionIn } from '../load/load.js';
import { LABELS, roleOf } from '../schema/blocks.js';
import { durationText, durationUnits, enumWords, termOf, UNITS, type Unit } from '../schema/primitives.js';
import { findType, TYPE_NAMES, TYPES } from '../schema/types/index.js';
import { findBlanks, keysAt, normaliseWritten, schemaAt, termAt, unwrap, valueAt } from '../schema/walk.js';
import { type AmountFinding, checkAmountFields, checkAmountsInText } from './amounts.js';
import { checkRules } from './rules.js';

export type { Contract } from './contract.js';

import type { Contract } from './contract.js';

export interface ValidateOptions {
  /** render missing values as blanks instead of reporting them (also set by `draft: true`) */
  draft?: boolean;
}

export type ValidateResult =
  | {
      ok: true;
      contract: Contract /** paths of values a draft leaves blank */;
      blanks: string[] /** what does not stop the contract but would stop its PDF */;
      warnings: Diagnostic[];
    }
  | { ok: false; diagnostics: Diagnostic[] };

export function validateSpec(loaded: LoadedSpec, options: ValidateOptions = {}): ValidateResult {
  const data = loaded.data as Record<string, unknown>;
  const diag: Diag = (path, at, rest) => diagnostic({ file: loaded.file, pos: loaded.positionOf(path, at), path: formatPath(path), ...rest }, 'schema/invalid');
  const type = typeOf(data.type, loaded, diag);
  if ('ok' in type) return type;

  const draft = options.draft === true || data.draft === true;
  const schema = type.schema;
  // `draft: yes`, `drat: true` or `草稿: true` is one mistake, reported at its line: not also every
  // blank a final contract must fill
  const topKeys = keysAt(schema, [], data);
  const draftMistyped =
    (data.draft !== undefined && data.draft !== null && typeof data.draft !== 'boolean') ||
    (data.draft === undefined && Object.keys(data).some((k) => !topKeys.includes(k) && (closest(k, topKeys) === 'draft' || k.trim() === '草稿')));
  const working = structuredClone(data);
  // 电话 → phone, RMB → CNY, 甲方住所地 → the role that is 甲方: what zod, the rules and the Contract see
  const partyA = roleOf(valueAt(working, ['parties', 'partyA'])) ?? type.partyA;
  normaliseWritten(schema, working, { partyA });
  // how this contract names each party (甲方（委托方）), for hints about roles and courts
  const names: PartyNames = {
    provider: `${partyA === 'provider' ? '甲方' : '乙方'}（${type.roleNames.provider}）`,
    client: `${partyA === 'client' ? '甲方' : '乙方'}（${type.roleNames.client}）`,
  };
  const v: Validation = { loaded, data, working, schema, diag };
  const missing = findBlanks(schema, working, draft || draftMistyped).filter((m) => {
    // a blank that a sibling field can stand in for is not missing when that sibling is given
    const key = String(m.path[m.path.length - 1]);
    const parent = m.path.slice(0, -1);
    // an individual (kind: individual, or 自然人) has no legal representative
    if (key === 'legalRepresentative' && valueAt(working, [...parent, 'kind']) === 'individual') return false;
    const alternative = ALTERNATIVES[key];
    return !(alternative && valueAt(data, [...parent, alternative]) != null);
  });
  const diagnostics: Diagnostic[] = !draft && !draftMistyped ? requiredDiagnostics(v, missing) : [];
  let unplaced = 0;

  // capitals typed in free text are wrong whatever the shape of the rest: checked on the text as written
  diagnostics.push(...checkAmountsInText(data).map((f) => amountDiagnostic(f, loaded, schema, data)));

  const parsed = schema.safeParse(working);
  if (!parsed.success) {
    unplaced = schemaDiagnostics(v, parsed.error.issues, names, diagnostics);
  } else {
    const contract = { type, spec: parsed.data, draft } as unknown as Contract;
    diagnostics.push(
      ...checkRules(
        contract,
        (path, at, rest) => diag(path, at, { ruleId: `rule/${formatPath(path).replace(/\[\d+\]/g, '')}`, term: termAt(schema, path, data), ...rest }),
        data,
      ),
    );
    diagnostics.push(...checkAmountFields(contract.spec, contract.spec.fees?.currency ?? 'CNY').map((f) => amountDiagnostic(f, loaded, schema, data)));
    // a rule's warning (cash between companies) leaves the spec valid, as an unprintable character does
    if (diagnostics.every((d) => d.severity === 'warning')) {
      return { ok: true, contract, blanks: missing.map((m) => formatPath(m.path)), warnings: diagnostics };
    }
  }
  return { ok: false, diagnostics: capped(sortDiagnostics(uniq(diagnostics)), loaded.file, unplaced) };
}

/** What the steps of one validation share: the spec as written and as normalised, and its type's schema. */
interface Validation {
  loaded: LoadedSpec;
  /** the spec as written */
  data: Record<string, unknown>;
  /** the spec with words normalised (电话 → phone): what zod sees */
  working: Record<string, unknown>;
  schema: z.ZodType;
  diag: Diag;
}

/** The spec's agreement type, or the failure that says it has none or an unknown one. */
function typeOf(typeName: unknown, loaded: LoadedSpec, diag: Diag): NonNullable<ReturnType<typeof findType>> | Extract<ValidateResult, { ok: false }> {
  if (typeName === undefined || typeName === null) {
    return {
      ok: false,
      diagnostics: [
        diagnostic({
          file: loaded.file,
          pos: { line: 1, col: 1 },
          path: 'type',
          ruleId: 'schema/type-missing',
          term: '合同类型',
          expected: 'a `type:` line naming the agreement type',
          got: 'none',
          hint: `one of: ${TYPES.map((t) => `${t.id} (${t.names[0]})`).join(', ')}`,
        }),
      ],
    };
  }
  const type = typeof typeName === 'string' ? findType(typeName) : undefined;
  if (type) return type;
  const guess = typeof typeName === 'string' ? closest(typeName, TYPE_NAMES) : undefined;
  return {
    ok: false,
    diagnostics: [
      diag(['type'], 'value', {
        ruleId: 'schema/unknown-type',
        term: '合同类型',
        ...(guess
          ? worded({
              expected: said('diag.agreement-type'),
              got: valueSaid(typeName),
              hint: said('diag.did-you-mean-types', { key: guess, list: TYPES.map((t) => `${t.id} (${t.names[0]})`).join(', ') }),
            })
          : {
              ...worded({ expected: said('diag.agreement-type'), got: valueSaid(typeName) }),
              hint: `one of: ${TYPES.map((t) => `${t.id} (${t.names[0]})`).join(', ')}; \`svc-contract types\` lists them`,
            }),
      }),
    ],
  };
}

/** The blanks of a final contract: a block left out whole is one mistake, each other blank one. */
function requiredDiagnostics(v: Validation, missing: { path: PathSegment[]; description?: string | undefined }[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // a block left out whole (payment:) is one mistake, at the place it belongs: not one per blank in it
  const absent = new Map<string, { path: PathSegment[]; fields: string[] }>();
  for (const m of missing) {
    const depth = m.path.findIndex((_, i) => i < m.path.length - 1 && valueAt(v.working, m.path.slice(0, i + 1)) == null);
    if (depth === -1) continue;
    const block = m.path.slice(0, depth + 1) as PathSegment[];
    const entry = absent.get(formatPath(block)) ?? { path: block, fields: [] };
    entry.fields.push(formatPath(m.path.slice(depth + 1) as PathSegment[]));
    absent.set(formatPath(block), entry);
  }
  for (const { path, fields } of absent.values()) diagnostics.push(missingBlock(v, path, fields));
  for (const m of missing) {
    if ([...absent.keys()].some((b) => formatPath(m.path).startsWith(`${b}.`))) continue;
    const key = m.path[m.path.length - 1];
    diagnostics.push(
      v.diag(m.path, 'key', {
        ruleId: 'schema/required',
        term: termOf(m.description),
        ...worded({ expected: said('diag.value-for', { field: String(key) }), got: said('diag.nothing'), hint: said('diag.fill-or-draft') }),
      }),
    );
  }
  return diagnostics;
}

/**
 * Where a top-level block the spec leaves out belongs: at the key it goes before, else on the
 * line after the block it follows (in the order of the spec's type), else at the end of the
 * top-level mapping; never at 1:1 for want of a neighbour.
 */
function topLevelPlace(v: Validation, name: string): { pos: Position; where: MessageRef } {
  const { loaded, data } = v;
  const order = keysAt(v.schema, [], v.working);
  const at = order.indexOf(name);
  const next = order.slice(at + 1).find((k) => Object.hasOwn(data, k));
  const prev = order
    .slice(0, at)
    .reverse()
    .find((k) => Object.hasOwn(data, k));
  const where =
    prev && next
      ? said('diag.where-between', { prev, next })
      : next
        ? said('diag.where-before', { next })
        : prev
          ? said('diag.where-after', { prev })
          : said('diag.where-end');
  if (next) return { pos: loaded.positionOf([next], 'key'), where };
  const node = (prev ? loaded.doc.getIn([prev], true) : loaded.doc.contents) as { range?: [number, number, number] } | null | undefined;
  const end = node?.range?.[1];
  if (end === undefined) return { pos: loaded.positionOf(prev ? [prev] : [], 'key'), where };
  const after = positionIn(loaded.text, end);
  return { pos: after.col === 1 ? after : { line: after.line + 1, col: 1 }, where };
}

/**
 * A required block the spec leaves out: at the line of the mapping that should hold it, or, for a
 * block of the top level, at the key it belongs before (after) in the order of the spec.
 */
function missingBlock(v: Validation, path: PathSegment[], fields: string[]): Diagnostic {
  const name = String(path[path.length - 1]);
  let pos = v.loaded.positionOf(path, 'key');
  let where = said('diag.where-under', { path: formatPath(path.slice(0, -1)) });
  if (path.length === 1) ({ pos, where } = topLevelPlace(v, name));
  return diagnostic(
    {
      file: v.loaded.file,
      pos,
      path: formatPath(path),
      ruleId: 'schema/required',
      term: termAt(v.schema, path, v.data),
      ...worded({
        expected: said('diag.block-with', { name, fields: fields.map((f) => `\`${f}\``).join(', ') }),
        got: said('diag.nothing'),
        hint: said('diag.add-block', { name, where }),
      }),
    },
    'schema/invalid',
  );
}

/**
 * zod's issues as diagnostics, added to `diagnostics`: one per value, a misspelt key not also
 * missing, a top-level block placed where it belongs. Returns how many issues were counted, not placed.
 */
function schemaDiagnostics(v: Validation, issues: z.core.$ZodIssue[], names: PartyNames, diagnostics: Diagnostic[]): number {
  const { loaded, schema, data } = v;
  // positions cost a walk each: past the cap, count without placing
  const nearMisses: string[] = [];
  const seen = new Set<string>();
  for (const issue of issues.slice(0, MAX_DIAGNOSTICS + 1)) {
    for (const d of fromIssue(issue, [], loaded, schema, data, v.diag, nearMisses, names)) {
      // one value, one mistake: an e-mail too long and malformed, a code malformed and failing its check
      if (d.ruleId !== 'schema/unknown-field' && seen.has(d.path)) continue;
      seen.add(d.path);
      diagnostics.push(d);
    }
  }
  // a misspelt key is one mistake: the key it was meant to be is not missing as well
  if (nearMisses.length) {
    const meant = (p: string) => nearMisses.some((t) => p === t || p.startsWith(`${t}.`) || p.startsWith(`${t}[`));
    diagnostics.splice(0, diagnostics.length, ...diagnostics.filter((d) => !(d.ruleId === 'schema/required' && meant(d.path))));
  }
  // a top-level block left out (contract:, parties:) goes where it belongs, named, not at 1:1
  for (const [i, d] of diagnostics.entries()) {
    if (d.ruleId !== 'schema/required' || !/^\w+$/.test(d.path) || Object.hasOwn(data, d.path)) continue;
    const { pos, where } = topLevelPlace(v, d.path);
    diagnostics[i] = diagnostic({
      file: d.file,
      pos,
      path: d.path,
      ruleId: d.ruleId,
      ...(d.term !== undefined ? { term: d.term } : {}),
      expected: d.expected,
      got: t('en', 'diag.nothing'),
      hint: t('en', 'diag.add-block', { name: d.path, where }),
      ids: { ...(d.ids?.expected ? { expected: d.ids.expected } : {}), got: said('diag.nothing'), hint: said('diag.add-block', { name: d.path, where }) },
    });
  }
  let unplaced = Math.max(0, issues.length - (MAX_DIAGNOSTICS + 1));
  // one issue may name thousands of unknown keys: those past the cap are counted, not placed
  for (const issue of issues) if (issue.code === 'unrecognized_keys') unplaced += Math.max(0, issue.keys.length - (MAX_DIAGNOSTICS + 1));
  return unplaced;
}

/** A finding about capitals, at the capitals themselves when they are inside a longer text. */
function amountDiagnostic(f: AmountFinding, loaded: LoadedSpec, schema: z.ZodType, data: unknown): Diagnostic {
  const pos = f.at ? positionInValue(loaded, f.path, f.at.index, f.at.text) : loaded.positionOf(f.path);
  const { path, at: _, ...rest } = f;
  return diagnostic({ file: loaded.file, pos, path: formatPath(path), term: termAt(schema, path, data), ...rest });
}

/**
 * Where in the file the `index`-th character of the string at `path` is: found as the `text`
 * there in the value's source (a block scalar's line, a plain or quoted scalar without escapes in
 * that stretch); else the start of the value.
 */
export function positionInValue(loaded: LoadedSpec, path: PathSegment[], index: number, text: string) {
  const value = valueAt(loaded.data, path);
  const node = loaded.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const range = node?.range;
  if (typeof value === 'string' && range && text) {
    // the same text earlier in the value: find the same occurrence in the source
    let nth = 0;
    for (let i = value.indexOf(text); i !== -1 && i < index; i = value.indexOf(text, i + 1)) nth++;
    const source = loaded.text.slice(range[0], range[1]);
    let at = source.indexOf(text);
    for (let k = 0; k < nth && at !== -1; k++) at = source.indexOf(text, at + 1);
    if (at !== -1) return positionIn(loaded.text, range[0] + at);
  }
  return loaded.positionOf(path);
}

/** More mistakes than anyone reads: show the first ones and say how many more there are. */
export const MAX_DIAGNOSTICS = 100;
function capped(ds: Diagnostic[], file: string, unplaced: number): Diagnostic[] {
  const more = Math.max(0, ds.length - MAX_DIAGNOSTICS) + unplaced;
  if (more === 0) return ds;
  const shown = ds.slice(0, MAX_DIAGNOSTICS);
  const last = shown[shown.length - 1]!;
  return [
    ...shown,
    diagnostic({
      file,
      pos: { line: last.line, col: last.col },
      path: '',
      ruleId: 'spec/too-many',
      expected: 'fewer mistakes',
      got: `${more} more not shown`,
      hint: 'fix these first; is this the right file?',
    }),
  ];
}

/** Blanks that another field of the same map may replace. */
const ALTERNATIVES: Record<string, string> = {
  legalRepresentative: 'authorisedAgent', // an authorised agent signs instead
  amount: 'priceList', // a fee item priced from a list
};

type Diag = (path: PathSegment[], at: 'value' | 'key', rest: Omit<DiagnosticInit, 'file' | 'pos' | 'path'>) => Diagnostic;

/** `nearMisses` collects the paths unknown keys were probably meant as, so that they are not reported missing too. */
/** How a contract names its parties: 甲方（委托方） and 乙方（受托方） in a work contract. */
type PartyNames = { provider: string; client: string };

function fromIssue(
  issue: z.core.$ZodIssue,
  base: PathSegment[],
  loaded: LoadedSpec,
  schema: z.ZodType,
  data: unknown,
  diag: Diag,
  nearMisses: string[],
  names?: PartyNames,
): Diagnostic[] {
  const path = [...base, ...(issue.path as PathSegment[])];
  const at: IssueAt = { loaded, schema, data, diag, nearMisses, names, path, value: valueAt(data, path), term: termAt(schema, path, data) };
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeys(issue, at);
    case 'invalid_type':
      return invalidType(issue, at);
    case 'invalid_value':
      return invalidValue(issue, at);
    case 'invalid_union':
      return invalidUnion(issue, at);
    case 'too_small':
    case 'too_big':
      return outOfRange(issue, at);
    default: {
      const { value, term } = at;
      // a zod check's own message is a string (matched at the edge); the rest by id
      const own = issue.message && !/^Invalid/.test(issue.message) ? issue.message : undefined;
      const expected = own ?? t('en', 'diag.valid-value');
      return [
        diag(path, 'value', {
          ruleId: 'schema/format',
          term,
          expected,
          got: describeValue(value),
          hint: formatHint(expected, value, schemaAt(schema, path, data)),
          ids: { ...(own === undefined ? { expected: said('diag.valid-value') } : {}), got: valueSaid(value) },
        }),
      ];
    }
  }
}

/** One zod issue and where it is: what the diagnostics made of it need. */
interface IssueAt {
  loaded: LoadedSpec;
  schema: z.ZodType;
  data: unknown;
  diag: Diag;
  nearMisses: string[];
  names: PartyNames | undefined;
  path: PathSegment[];
  value: unknown;
  term: string | undefined;
}

/** Unknown keys: the key meant (a near miss, its Chinese term) or the block below it belongs to. */
function unknownKeys(issue: z.core.$ZodIssueUnrecognizedKeys, { schema, data, diag, nearMisses, path }: IssueAt): Diagnostic[] {
  return issue.keys.slice(0, MAX_DIAGNOSTICS + 1).map((key) => {
    const allowed = keysAt(schema, path, data);
    const guess = closest(key, allowed);
    // a key written as its Chinese term (联系电话:): keys are the English names
    const byTerm = guess ? undefined : allowed.find((k) => termAt(schema, [...path, k], data) === key.trim());
    // a key of a block below, indented one level too little (parties: phone: for parties.provider.phone)
    const blocks = guess || byTerm ? [] : allowed.filter((k) => keysAt(schema, [...path, k], data).includes(key));
    // of those, the one block the spec writes without that key is where it was meant to go
    const lacking = blocks.filter((k) => {
      const v = valueAt(data, [...path, k]);
      return !!v && typeof v === 'object' && valueAt(v, [key]) === undefined;
    });
    const below = (lacking.length === 1 ? lacking : blocks).map((k) => formatPath([...path, k]));
    const meant = guess ?? byTerm;
    if (meant) nearMisses.push(formatPath([...path, meant]));
    if (lacking.length === 1) nearMisses.push(`${below[0]}.${key}`);
    return diag([...path, key], 'key', {
      ruleId: 'schema/unknown-field',
      ...worded({
        expected: path.length ? said('diag.field-of', { path: formatPath(path) }) : said('diag.field-of-spec'),
        got: said('diag.unknown-field', { key }),
        hint: guess
          ? said('diag.did-you-mean', { key: guess })
          : byTerm
            ? said('diag.did-you-mean-term', { key: byTerm, term: key })
            : below.length
              ? said(below.length === 1 ? 'diag.indent-under-one' : 'diag.indent-under', { key, blocks: below.map((b) => `\`${b}\``).join(' and ') })
              : said('diag.allowed-here', { list: allowed.map((k) => `\`${k}\``).join(', ') }),
      }),
    });
  });
}

/** A value of the wrong type (or none): a number YAML read where text was meant says what the text must be. */
function invalidType(issue: z.core.$ZodIssueInvalidType, { loaded, schema, data, diag, path, value, term }: IssueAt): Diagnostic[] {
  if (value === undefined) {
    const key = path[path.length - 1];
    return [
      diag(path, 'key', {
        ruleId: 'schema/required',
        term,
        ...worded({ expected: said('diag.value-for', { field: String(key) }), got: said('diag.nothing'), hint: said('diag.required') }),
      }),
    ];
  }
  if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    // YAML read it as a number: would it be right as text? If not, say what the text must look like
    const field = schemaAt(schema, path, data);
    const asText = field?.safeParse(String(value));
    const message = asText && !asText.success ? asText.error.issues[0]?.message : undefined;
    if (message && !/^Invalid/.test(message)) {
      return [
        diag(path, 'value', {
          ruleId: 'schema/format',
          term,
          expected: message,
          got: describeValue(value),
          hint: formatHint(message, value, field),
          ids: { got: valueSaid(value) },
        }),
      ];
    }
  }
  const written = loaded.sourceOf(path) ?? String(value);
  return [
    diag(path, 'value', {
      ruleId: 'schema/type',
      term,
      ...worded({ expected: expectedType(issue.expected), got: valueSaid(value) }),
      hint: typeHint(issue.expected, value, written),
    }),
  ];
}

/** A value outside an enumeration: the near miss, and the values' labels as this contract names the parties. */
function invalidValue(issue: z.core.$ZodIssueInvalidValue, { schema, data, diag, names, path, value, term }: IssueAt): Diagnostic[] {
  const values = issue.values.map(String);
  const field = schemaAt(schema, path, data);
  const words = field && enumWords.get(unwrap(field).inner);
  const aliases = words?.aliases ?? {};
  // a near miss of a value or of one of its Chinese names (电活 for 电话)
  const guess = typeof value === 'string' ? closest(value, [...values, ...Object.keys(aliases)]) : undefined;
  const meant = guess && Object.hasOwn(aliases, guess) ? `\`${guess}\` (${aliases[guess]})` : guess && `\`${guess}\``;
  // provider and client as this contract names them (client = 甲方（委托方）住所地), not the generic labels
  const named =
    names && words?.labels === LABELS.court
      ? { ...words.labels, provider: `${names.provider}住所地`, client: `${names.client}住所地` }
      : names && words?.labels === LABELS.role
        ? names
        : words?.labels;
  // the other words only beside the generic labels (not beside 甲方（委托方）住所地, which they would contradict)
  const labels = labelsFor(values, named, named === words?.labels ? aliases : {});
  return [
    diag(path, 'value', {
      ruleId: 'schema/enum',
      term,
      ...worded({
        expected:
          values.length === 1
            ? said('diag.as-written', { value: `\`${values[0]}\`` })
            : said('diag.one-of', { list: values.map((v) => `\`${v}\``).join(', ') }),
        got: valueSaid(value),
      }),
      hint: `${meant ? `did you mean ${meant}? ` : ''}${labels}`.trim() || undefined,
    }),
  ];
}

/** A union no option of which matches: the dispute method, or the option whose shape was written (money). */
function invalidUnion(issue: z.core.$ZodIssueInvalidUnion, { loaded, schema, data, diag, nearMisses, names, path, value, term }: IssueAt): Diagnostic[] {
  if ('discriminator' in issue && issue.discriminator) {
    const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
    const guess = typeof value === 'string' ? closest(value, options) : undefined;
    // disputes.method is the one discriminated union
    const labels = labelsFor(options, LABELS.disputeMethod);
    return [
      diag(path, 'value', {
        ruleId: 'schema/enum',
        term,
        ...worded({ expected: said('diag.one-of', { list: options.map((o) => `\`${o}\``).join(', ') }), got: valueSaid(value) }),
        hint: `${guess ? `did you mean \`${guess}\`? ` : ''}${labels}`.trim() || undefined,
      }),
    ];
  }
  // money and the like: report the errors of the option whose shape matches what was written
  const branches = issue.errors;
  const matching = branches.find((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (matching) return matching.flatMap((i) => fromIssue(i, path, loaded, schema, data, diag, nearMisses, names));
  const n = typeof value === 'string' ? plainNumber(value) : undefined;
  return [
    diag(path, 'value', {
      ruleId: 'schema/type',
      term,
      ...worded({ expected: said('diag.amount'), got: valueSaid(value), ...(n !== undefined ? { hint: said('diag.amount-plain', { n }) } : {}) }),
    }),
  ];
}

/** A number, text or list too small or too big. */
function outOfRange(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, { diag, path, value, term }: IssueAt): Diagnostic[] {
  const min = issue.code === 'too_small';
  const bound = Number(min ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
  const origin = issue.origin;
  const expected =
    origin === 'array'
      ? said(min ? (bound === 1 ? 'diag.items-at-least' : 'diag.items-at-least-many') : bound === 1 ? 'diag.items-at-most' : 'diag.items-at-most-many', {
          n: bound,
        })
      : origin === 'string'
        ? min && bound === 1
          ? said('diag.not-empty')
          : said('diag.chars-at-most', { n: bound })
        : said(min ? 'diag.number-at-least' : 'diag.number-at-most', { n: bound });
  return [
    diag(path, 'value', {
      ruleId: 'schema/range',
      term,
      ...worded({ expected, got: origin === 'array' && Array.isArray(value) ? said('diag.items-count', { n: value.length }) : valueSaid(value) }),
    }),
  ];
}

export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

/** A value as a message says what was found: by id, said in the reader's language at the edge. */
export function valueSaid(v: unknown): MessageRef {
  if (v === undefined || v === null) return said('diag.nothing');
  if (Array.isArray(v)) return said('diag.a-list');
  if (typeof v === 'object') return said('diag.a-map');
  if (typeof v === 'string') return said('diag.the-text', { value: JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v) });
  if (typeof v === 'boolean') return said('diag.as-written', { value: `${v}` });
  if (typeof v === 'number' && !Number.isFinite(v)) return said(Number.isNaN(v) ? 'diag.nan' : 'diag.too-large');
  return said('diag.the-number', { value: String(v) });
}

/** The same in English, as the library's diagnostics carry it. */
export function describeValue(v: unknown): string {
  return t('en', valueSaid(v).id as MessageId, valueSaid(v).params);
}

/** What a field of a schema type expects, by id. */
function expectedType(type: string): MessageRef {
  switch (type) {
    case 'string':
      return said('diag.text');
    case 'number':
      return said('diag.number');
    case 'int':
      return said('diag.whole-number');
    case 'boolean':
      return said('diag.boolean');
    case 'object':
      return said('diag.map-of-fields');
    case 'array':
      return said('diag.list-of');
    default:
      return said('diag.as-written', { value: type });
  }
}

function typeHint(expected: string, value: unknown, written: string): string | undefined {
  if (expected === 'string' && typeof value === 'number')
    return `quote it ("${written}") so that YAML keeps it as text${written !== String(value) ? `; unquoted, YAML reads it as the number ${String(value)}` : ''}`;
  if (expected === 'boolean' && typeof value === 'string') {
    if (/^(yes|y|on|true|是)$/i.test(value.trim())) return 'write true, unquoted (YAML reads yes, on and "true" as text)';
    if (/^(no|n|off|false|否)$/i.test(value.trim())) return 'write false, unquoted (YAML reads no, off and "false" as text)';
  }
  if (expected === 'string' && typeof value === 'boolean') return `quote it ("${written}"); YAML reads true/false as a truth value`;
  if (expected === 'number' && typeof value === 'string') {
    const n = plainNumber(value);
    return n !== undefined
      ? `write ${n}: a plain number, without quotes, units or thousands separators`
      : 'write the number without quotes, units or thousands separators, e.g. 12000.50';
  }
  if (expected === 'object' && Array.isArray(value)) return 'write `key: value` lines here, not "- " items';
  if (expected === 'array' && value && typeof value === 'object') return 'write each entry on a line starting with "- "';
  return undefined;
}

/** `field`: the schema of the value, for the units it allows. */
function formatHint(expected: string, value: unknown, field: z.ZodType | undefined): string | undefined {
  if (/a number and a unit/.test(expected)) {
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
    const unit = field && unitFor(field);
    if (n !== undefined && unit) return `add the unit, e.g. "${durationText(n, unit)}"`;
  }
  if (/YYYY-MM-DD/.test(expected)) {
    const iso = isoDate(value);
    return iso ? `write ${iso}: months and days take two digits` : 'e.g. 2026-01-01; months and days take two digits';
  }
  return undefined;
}

/** The unit to suggest for a bare number: the one of the field's own example ("1 year"), else the first it allows. */
function unitFor(field: z.ZodType): Unit | undefined {
  const { inner, description } = unwrap(field);
  const allowed = durationUnits.get(inner);
  if (!allowed) return undefined;
  const example = /e\.g\. "\d+(?:\.\d+)?\s*([^"]+)"/.exec(description ?? '')?.[1];
  return allowed.find((u) => (UNITS[u].words as readonly string[]).includes(example ?? '')) ?? allowed[0];
}

/** 2026/1/1, 2026.1.1, 2026年1月1日, 20260101 → 2026-01-01, when that is a date. */
function isoDate(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A number as people write it in a contract (12,000 / 1.2万 / ¥12,000元 / 5%) → the plain number a spec takes. */
export function plainNumber(text: string): number | undefined {
  const m = /^(?:人民币|RMB|CNY|[¥￥])?\s*(\d[\d,，]*(?:\.\d+)?)\s*(万|亿)?\s*(?:元|圆)?整?\s*[%％]?$/i.exec(text.trim());
  if (!m) return chineseNumber(text);
  const digits = m[1]!.replace(/[,，]/g, '');
  const n = Number(digits) * (m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1);
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : undefined;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  貳: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const CN_PLACES: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/**
 * A whole amount written in Chinese numerals, as people write one (十二万, 十二万元, 人民币十二万元整,
 * 一万二千, 壹拾贰万元整) → the number; undefined for anything else (一二, 大约十万, 三百五千).
 * The colloquial short forms read as people mean them: a last digit straight after 百/千/万/亿
 * stands for the next lower place (七万五 = 75000, 三千五 = 3500, 一万二 = 12000, 两百五 = 250),
 * while after 零 it is the digit itself (一万零五 = 10005). A short form followed by 元 (七万五元)
 * is not read: it is not how people write an amount, and a wrong figure in a hint is worse than none.
 */
function chineseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/^(?:人民币|人民幣)/u, '');
  const s = trimmed
    .replace(/(?:元|圆|圓)?[整正]?$/u, '')
    .replace(/萬/gu, '万')
    .replace(/億/gu, '亿');
  const withYuan = s.length !== trimmed.length;
  if (!s || !/^[〇零一壹二两贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万亿]+$/u.test(s)) return undefined;
  let total = 0; // whole 亿s
  let wan = 0; // under 亿: whole 万s
  let section = 0; // under 万
  let digit: number | undefined;
  let place = 1e4; // the last of 十/百/千 in this section; 1e4 when none yet
  let big = 1e12; // the last of 万/亿; 1e12 when none yet
  let last: 'digit' | 'place' | 'big' | 'zero' | undefined;
  let beforeDigit: typeof last;
  for (const ch of s) {
    if (CN_DIGITS[ch] === 0) {
      if (last !== 'place' && last !== 'big') return undefined; // 零 at the start, 零零, 五零
      last = 'zero';
    } else if (Object.hasOwn(CN_DIGITS, ch)) {
      if (last === 'digit') return undefined; // 一二: digits without places
      digit = CN_DIGITS[ch];
      beforeDigit = last;
      last = 'digit';
    } else if (Object.hasOwn(CN_PLACES, ch)) {
      const p = CN_PLACES[ch]!;
      if (p >= place) return undefined; // 三百五千, 十十
      if (digit === undefined && !(p === 10 && last === undefined)) return undefined; // 百 or 千 without a digit; 十 alone only first (十二万)
      section += (digit ?? 1) * p;
      digit = undefined;
      place = p;
      last = 'place';
    } else {
      const b = ch === '万' ? 1e4 : 1e8;
      if (b >= big || (last !== 'digit' && last !== 'place')) return undefined; // 万万, 亿 after 万, 零万, 万 first
      const value = section + (digit ?? 0);
      if (b === 1e4) {
        wan += value * 1e4;
      } else {
        total += (wan + value) * 1e8;
        wan = 0;
      }
      section = 0;
      digit = undefined;
      place = 1e4;
      big = b;
      last = 'big';
    }
  }
  if (last === 'zero') return undefined; // 一万零
  let tail = digit ?? 0;
  if (last === 'digit' && (beforeDigit === 'place' || beforeDigit === 'big')) {
    // the short form: a digit straight after a place stands for the next lower one (after 十: the units)
    const after = beforeDigit === 'place' ? place : big;
    if (after >= 100) {
      if (withYuan) return undefined;
      tail = digit! * (after / 10);
    }
  }
  const n = total + wan + section + tail;
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}

/** "in-advance = 当期、预付、先付 …": each value with its Chinese label and other words for it (which the spec may write instead). */
function labelsFor(values: string[], labels: Readonly<Record<string, string>> | undefined, aliases: Readonly<Record<string, string>> = {}): string {
  const known = labels ? values.filter((v) => Object.hasOwn(labels, v)) : [];
  const words = (v: string) => [labels![v]!, ...Object.keys(aliases).filter((a) => aliases[a] === v && a !== labels![v])].join('、');
  return known.length ? known.map((v) => `${v} = ${words(v)}`).join('; ') : '';
}

function uniq(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.line}:${d.col}:${d.path}:${d.expected}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
