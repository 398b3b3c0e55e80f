// Stage after validation: lint a valid contract. Each rule (catalog.ts) runs at the severity the
// spec's `lint:` gives it, else the settings file's, else its own default; `off` skips it. Every
// finding is a positioned diagnostic with the rule id `lint/<id>`, made as validate makes its own.
import { type Diagnostic, diagnostic, type MessageIds, sortDiagnostics } from '../errors/diagnostic.js';
import { sayRef } from '../i18n/messages.js';
import type { LoadedSpec } from '../load/load.js';
import { termAt } from '../schema/walk.js';
import type { ContractDocument } from '../tree/types.js';
import type { Contract } from '../validate/contract.js';
import { formatPath, positionInValue } from '../validate/validate.js';
import { CATALOG, LINT_RULE_IDS, type LintLevel, type LintRuleId, type LintSetting } from './catalog.js';
import { COMMERCIAL } from './commercial.js';
import { DATA } from './data.js';
import { dispatchMarker } from './dispatch-marker.js';
import { DRAFTING } from './drafting.js';
import { LOCALE } from './locale.js';
import { STAFFING } from './staffing.js';
import type { AnnexText, Check, Finding, LintContext, Said } from './types.js';

export { CATALOG, LINT_LEVELS, LINT_RULE_IDS, type LintLevel, type LintRuleId, type LintSetting } from './catalog.js';

/** A rule: its catalogue entry and its check. */
export interface LintRule {
  id: LintRuleId;
  severity: Exclude<LintLevel, 'off'>;
  group: 'commercial' | 'drafting';
  finds: string;
  why: string;
  check: Check;
}

export const RULES: readonly LintRule[] = LINT_RULE_IDS.map((id) => {
  const check = COMMERCIAL[id] ?? DATA[id] ?? DRAFTING[id] ?? STAFFING[id] ?? (id === 'dispatch-marker' ? dispatchMarker : undefined) ?? LOCALE[id];
  if (!check) throw new Error(`lint rule ${id} has no check`);
  return { id, ...CATALOG[id], check };
});

export type Severities = Partial<Record<LintRuleId, LintSetting>>;

const levelOf = (s: LintSetting | undefined): LintLevel | undefined => (typeof s === 'string' ? s : s?.level);

export interface LintInput {
  /** the spec as loaded: positions, and the data as written */
  loaded: LoadedSpec;
  contract: Contract;
  /** the contract's tree (convert() with formats: []) */
  tree: ContractDocument;
  /** the settings file's severities; the spec's own `lint:` wins over them */
  settings?: Severities;
  /** run only the rules at error severity (what validate and build hold a final contract to) */
  errorsOnly?: boolean;
  /** the annex files' texts (`annexes[].file`), checked as the spec's own values are */
  annexTexts?: readonly AnnexText[];
}

/** The severity each rule runs at for this spec: the spec's `lint:`, over the settings file's, over the default. */
export function severitiesFor(contract: Contract, settings: Severities = {}): Record<LintRuleId, LintLevel> {
  const own = (contract.spec as { lint?: Severities | null }).lint ?? {};
  return Object.fromEntries(LINT_RULE_IDS.map((id) => [id, levelOf(own[id]) ?? levelOf(settings[id]) ?? CATALOG[id].severity])) as Record<
    LintRuleId,
    LintLevel
  >;
}

/** A rule's options for this spec: each the spec's `lint:`, over the settings file's, over the catalogue's default. */
export function optionsFor(id: LintRuleId, contract: Contract, settings: Severities = {}): Record<string, number> {
  const declared = (CATALOG[id] as { options?: Record<string, { default: number }> }).options ?? {};
  const own = (contract.spec as { lint?: Severities | null }).lint?.[id];
  const shared = settings[id];
  const pick = (s: LintSetting | undefined, k: string) => (typeof s === 'object' && typeof s[k] === 'number' ? (s[k] as number) : undefined);
  return Object.fromEntries(Object.entries(declared).map(([k, o]) => [k, pick(own, k) ?? pick(shared, k) ?? o.default]));
}

const english = (x: Said): string => (typeof x === 'string' ? x : sayRef(x, 'en'));
function idsOf(f: Finding): MessageIds {
  const ids: MessageIds = {};
  for (const part of ['expected', 'got', 'hint'] as const) {
    const x = f[part];
    if (x !== undefined && typeof x !== 'string') ids[part] = x;
  }
  return ids;
}

export function lintContract(input: LintInput): Diagnostic[] {
  const { loaded, contract, tree } = input;
  const levels = severitiesFor(contract, input.settings);
  const ctx: LintContext = { contract, raw: loaded.data, tree, draft: contract.draft, ...(input.annexTexts ? { annexTexts: input.annexTexts } : {}) };
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    const level = levels[rule.id];
    if (level === 'off' || (input.errorsOnly && level !== 'error')) continue;
    for (const f of rule.check({ ...ctx, options: optionsFor(rule.id, contract, input.settings) })) {
      const pos = f.where
        ? { line: f.where.line, col: f.where.col }
        : f.inText && f.inText.index >= 0
          ? positionInValue(loaded, f.path, f.inText.index, f.inText.text)
          : loaded.positionOf(f.path, f.at ?? 'value');
      const term = termAt(contract.type.schema, f.path, loaded.data);
      out.push(
        diagnostic({
          file: f.where?.file ?? loaded.file,
          pos,
          path: formatPath(f.path),
          ruleId: `lint/${rule.id}`,
          severity: level,
          ...(term ? { term } : {}),
          // English in the fields (the library's, --json's in en); the ids for the reader's language
          expected: english(f.expected),
          ...(f.got !== undefined ? { got: english(f.got) } : {}),
          ...(f.hint !== undefined ? { hint: english(f.hint) } : {}),
          ids: idsOf(f),
        }),
      );
    }
  }
  return sortDiagnostics(out);
}
