// What every agreement type shares: the header of a spec, and the description of a type.
import * as z from 'zod';
import { CATALOG, LINT_LEVELS, LINT_RULE_IDS } from '../lint/catalog.js';
import { annex, contractInfo, customClauses, disputes, labelled, notices, type PartyField, parties } from './blocks.js';
import { def, line, opt } from './primitives.js';

/** `lint:` — a severity per lint rule (svc-contract lint), over its default and the settings file's. */
function lintSettings() {
  const level = z.enum(LINT_LEVELS);
  const setting = (id: (typeof LINT_RULE_IDS)[number]) => {
    const options = (CATALOG[id] as { options?: Record<string, { default: number; describe: string }> }).options;
    if (!options) return level;
    const fields = Object.fromEntries(Object.entries(options).map(([k, o]) => [k, opt(z.number().positive(), k, `${o.describe} (default: ${o.default})`)]));
    return z.union([level, z.strictObject({ level: opt(level, '规则级别', 'off, info, warning or error'), ...fields })]);
  };
  return z.strictObject(
    Object.fromEntries(
      LINT_RULE_IDS.map((id) => [
        id,
        opt(
          setting(id),
          '规则级别',
          `${CATALOG[id].finds} (default: ${CATALOG[id].severity}); off, info, warning or error${(CATALOG[id] as { options?: object }).options ? ', or { level, options }' : ''}`,
        ),
      ]),
    ),
  );
}

/** One clause of a type's skeleton: what custom clauses and cross-references refer to by id. */
export interface ClauseInfo {
  id: string;
  title: string;
  /** may be left out with clauses.omit */
  optional?: boolean;
  /** the spec block this clause prints (dotted path), so omitting it while filling the block is an error */
  block?: string;
  children?: ClauseInfo[];
}

export interface AgreementType<S extends z.ZodType = z.ZodType> {
  id: string;
  /** Chinese names accepted for `type:`; the first is the title printed on the contract */
  names: [string, ...string[]];
  /** the title printed when the spec gives none (contract.title); names[0] when left out */
  title?: string;
  /** the reference document (a sample agreement kept outside the repository) whose structure and topics the type follows */
  reference: string;
  summary: string;
  /** 甲方 when the spec does not say */
  partyA: 'provider' | 'client';
  /** how the role is called beside 甲方/乙方, e.g. 服务提供方 / 委托方 */
  roleNames: { provider: string; client: string };
  clauses: ClauseInfo[];
  /** numbering style of the reference document (see src/tree/number.ts) */
  numbering: 'article' | 'chapter' | 'section' | 'section-decimal' | 'section-paren';
  schema: S;
}

/**
 * The header of every type's spec. Every type takes effect the same way unless the spec says
 * otherwise (contract.signingRule): signed and sealed, the formality a firm's client signing for a
 * company can least dispute; the references differ here only by accident.
 */
export function header(id: string, names: readonly string[], opts: { partyBlanks?: readonly PartyField[] } = {}) {
  return {
    type: z.enum([id, ...names] as [string, ...string[]]).describe('合同类型 — Agreement type: its id or its Chinese name'),
    draft: def(z.boolean(), false, '草稿', 'true: values left out render as blanks (______) instead of being errors'),
    locale: def(labelled('locale'), 'zh-Hans', '文字', 'zh-Hans (简体), zh-Hant (繁體), zh-Hant-TW (繁體, Taiwan wording), zh-Hant-HK'),
    convertValues: def(
      z.boolean(),
      true,
      '转换填写内容',
      'In a Traditional build (locale zh-Hant, zh-Hant-TW, zh-Hant-HK): true converts the text you typed (title, service descriptions, annexes, custom clauses) with the template text; false prints it as typed, for a spec written in Traditional. Names, addresses and other identity values are never converted',
    ),
    names: opt(
      z.array(line).min(1).max(200),
      '专名',
      'Names a Traditional build prints as typed wherever they occur, also inside converted text: brands, products, stores, systems, e.g. 澄明·观前街店',
    ),
    contract: contractInfo('sign-and-seal').describe('合同信息 — Number, signing date and place, originals'),
    parties: parties(opts.partyBlanks).describe('当事人 — The provider and the client'),
  };
}

/** The closing fields every type ends with: disputes, notices, annexes, custom clauses. */
export function tail() {
  return {
    disputes,
    notices: notices.prefault({}).describe('通知与送达 — How notices are delivered between the parties'),
    annexes: opt(z.array(annex).max(50), '附件', 'Annexes listed at the end of the contract'),
    clauses: opt(customClauses, '自定义条款', 'Add your own clauses, replace the text of a clause, or omit optional ones'),
    fonts: z
      .strictObject({
        body: opt(
          line,
          '正文字体',
          'East Asian font the DOCX names for body text (the reader’s Word renders it); by the locale when left out: 宋体 (zh-Hans), 新細明體 (zh-Hant, zh-Hant-TW), 細明體_HKSCS (zh-Hant-HK)',
        ),
        heading: opt(
          line,
          '标题字体',
          'East Asian font the DOCX names for the title, headings and bold text; by the locale when left out: 黑体 (zh-Hans), 微軟正黑體 (zh-Hant, zh-Hant-TW, zh-Hant-HK)',
        ),
        pdfRegular: opt(
          line,
          'PDF正文字体文件',
          'Font file (.ttf, .otf, .ttc#PostScriptName) for the PDF body, relative to the spec; the bundled Noto Serif SC (a Song face; TC or HK in a Traditional build) when left out',
        ),
        pdfBold: opt(
          line,
          'PDF粗体字体文件',
          'Font file for the PDF title, headings and bold text, relative to the spec; the bundled Noto Sans SC Bold (a 黑体 face; TC or HK in a Traditional build) when left out, or the body file when pdfRegular is given alone',
        ),
      })
      .prefault({})
      .describe('字体 — Fonts of the DOCX and the PDF'),
    lint: opt(
      lintSettings(),
      '检查规则',
      "Severity of each `svc-contract lint` rule for this contract: off, info, warning or error, over the rule's default and the settings file",
    ),
  };
}

/** All clause ids of a skeleton, depth first, in document order. */
export function clauseIds(clauses: readonly ClauseInfo[]): ClauseInfo[] {
  return clauses.flatMap((c) => [c, ...clauseIds(c.children ?? [])]);
}
