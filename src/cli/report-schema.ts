// The JSON Schema of `--reporter json` (build, validate and lint), published as
// schemas/report.schema.json by `svc-contract schema --out schemas`. Kept beside report.ts, whose
// types it describes; test/batch.test.ts validates real reports against it.
import { SPEC_STATUSES } from './report.js';

const diagnostic = {
  type: 'object',
  required: ['file', 'line', 'col', 'path', 'ruleId', 'severity', 'message', 'expected'],
  additionalProperties: false,
  properties: {
    file: { type: 'string', description: 'the spec as the command named it' },
    line: { type: 'integer', minimum: 1 },
    col: { type: 'integer', minimum: 1, description: 'in characters (code points), not bytes' },
    path: { type: 'string', description: "dotted path of the field, e.g. parties.provider.phone; '' for the document" },
    ruleId: { type: 'string', description: 'what kind of mistake: yaml/syntax, schema/required, rule/term-order …, lint/<rule> for a lint finding' },
    severity: { enum: ['error', 'warning', 'info'], description: 'info: a lint finding that asks for no change' },
    message: { type: 'string' },
    term: { type: 'string', description: "the field's Chinese term" },
    expected: { type: 'string' },
    got: { type: 'string' },
    hint: { type: 'string' },
  },
} as const;

const output = {
  type: 'object',
  required: ['format', 'path', 'bytes', 'sha256', 'state'],
  additionalProperties: false,
  properties: {
    format: { enum: ['md', 'docx', 'pdf'] },
    path: { type: 'string', description: "--out joined with the spec's place under it" },
    bytes: { type: 'integer', minimum: 0 },
    sha256: {
      type: 'string',
      pattern: '^([0-9a-f]{64})?$',
      description: 'of the output as built (empty when --check --incremental found it missing or stale without building)',
    },
    state: { enum: ['written', 'current', 'stale', 'missing', 'unchanged'] },
  },
} as const;

const status = SPEC_STATUSES;

export const REPORT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'report.schema.json',
  title: 'svc-contract report',
  description: 'What `svc-contract build|validate|lint --reporter json` prints: one document per run, a record per spec in the order the specs were named.',
  type: 'object',
  required: ['tool', 'command', 'options', 'summary', 'specs'],
  additionalProperties: false,
  properties: {
    tool: {
      type: 'object',
      required: ['name', 'version'],
      additionalProperties: false,
      properties: { name: { const: 'svc-contract' }, version: { type: 'string' } },
    },
    command: { enum: ['build', 'validate', 'lint'] },
    options: { type: 'object', description: 'the settings the run used (flags over the configuration file)' },
    error: {
      type: 'object',
      description: 'a usage error that stopped the run before any spec was read (an unknown option, a missing argument): specs is empty',
      required: ['kind', 'message', 'exitCode'],
      additionalProperties: false,
      properties: { kind: { const: 'usage' }, message: { type: 'string' }, exitCode: { const: 2 } },
    },
    summary: {
      type: 'object',
      required: ['command', 'total', 'failed', 'byStatus', 'durationMs'],
      additionalProperties: false,
      properties: {
        command: { enum: ['build', 'validate', 'lint'] },
        total: { type: 'integer', minimum: 0 },
        failed: {
          type: 'integer',
          minimum: 0,
          description: 'specs that were stale, invalid, unreadable, unwritable, hit an internal error, or had lint errors',
        },
        byStatus: { type: 'object', propertyNames: { enum: status }, additionalProperties: { type: 'integer', minimum: 1 } },
        durationMs: { type: 'integer', minimum: 0 },
      },
    },
    specs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'status', 'diagnostics', 'outputs', 'durationMs'],
        additionalProperties: false,
        properties: {
          file: { type: 'string' },
          status: {
            enum: status,
            description:
              'built, valid: done; linted: valid, and lint found no error-severity finding; lint-errors: valid, with at least one error-severity lint finding; current: --check found the outputs as the spec produces them; unchanged: --incremental did not rebuild; stale: --check found an output missing or different; invalid: mistakes in the spec or templates; unreadable: the spec could not be read or used; unwritable: outputs could not be written; internal-error: a bug in svc-contract; not-run: left out after a failure with --fail-fast',
          },
          type: { type: 'string', description: "the agreement type's id" },
          draft: { type: 'boolean' },
          blanks: { type: 'integer', minimum: 0 },
          blankPaths: { type: 'array', items: { type: 'string' } },
          diagnostics: { type: 'array', items: diagnostic },
          outputs: { type: 'array', items: output },
          error: { type: 'string' },
          durationMs: { type: 'integer', minimum: 0 },
        },
      },
    },
  },
} as const;

/** What `svc-contract diff --reporter json` prints: the two versions, the changed clauses, the files written. */
export const DIFF_REPORT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'diff-report.schema.json',
  title: 'svc-contract diff report',
  description:
    'What `svc-contract diff --reporter json` prints: one document per run; the comparison, or (exit 2, 3 for a bug) the error that stopped the run before the specs were compared: a usage error, or a spec or template that does not compile, with its positioned diagnostics.',
  type: 'object',
  required: ['schema', 'tool'],
  oneOf: [{ required: ['same', 'before', 'after', 'changes', 'outputs'] }, { required: ['error'] }],
  additionalProperties: false,
  properties: {
    schema: { const: 'diff-report.schema.json', description: 'the published schema (schemas/) this document follows' },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      additionalProperties: false,
      properties: { name: { const: 'svc-contract' }, version: { type: 'string' } },
    },
    error: {
      type: 'object',
      required: ['kind', 'message', 'exitCode'],
      additionalProperties: false,
      description:
        'what stopped the run before the specs were compared: a usage error (an unknown option, a missing spec, a --base outside git), a spec or template that does not compile (its diagnostics), or a bug (internal, exit 3)',
      properties: {
        kind: { enum: ['usage', 'spec', 'template', 'internal'] },
        message: { type: 'string' },
        exitCode: { enum: [2, 3] },
        diagnostics: { type: 'array', items: diagnostic, description: 'the positioned mistakes, for kind spec or template' },
      },
    },
    same: { type: 'boolean', description: 'no word, number or clause differs' },
    before: { $ref: '#/$defs/version' },
    after: { $ref: '#/$defs/version' },
    changes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'number', 'title', 'changes'],
        additionalProperties: false,
        properties: {
          kind: { enum: ['added', 'deleted', 'changed', 'renumbered'] },
          id: { type: 'string' },
          number: { type: 'string', description: "its number in the new version (the old one's if deleted); '' for the parties, the signatures, an annex" },
          numberWas: { type: 'string' },
          reference: { type: 'string' },
          title: { type: 'string' },
          changes: {
            type: 'array',
            items: {
              type: 'object',
              required: ['context', 'before', 'after'],
              additionalProperties: false,
              properties: { context: { type: 'string' }, before: { type: 'string' }, after: { type: 'string' } },
            },
          },
        },
      },
    },
    outputs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'bytes', 'sha256'],
        additionalProperties: false,
        properties: { path: { type: 'string' }, bytes: { type: 'integer', minimum: 0 }, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
      },
    },
  },
  $defs: {
    version: {
      type: 'object',
      required: ['file', 'specHash'],
      additionalProperties: false,
      properties: { file: { type: 'string' }, specHash: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
    },
  },
} as const;
