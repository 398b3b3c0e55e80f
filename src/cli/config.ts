// A repository's settings for build and validate: `svc-contract.config.json`, `.yaml` or `.yml`,
// or an "svc-contract" key in package.json, the nearest one up from the working folder (found by
// lilconfig). Read as written, checked, then normalised: paths in it are relative to its own
// folder. Flags given on the command line override it.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { lilconfigSync } from 'lilconfig';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { parseLocale } from '../compile.js';
import { closest } from '../errors/diagnostic.js';
import { said } from '../i18n/messages.js';
import { CATALOG, LINT_LEVELS, LINT_RULE_IDS, type LintLevel, type LintRuleId, type LintSetting } from '../lint/catalog.js';
import { type TemplateSet, templateSources } from '../render/render.js';
import { TYPES, type TypeId } from '../schema/types/index.js';
import { templateCache } from '../templates/cache.js';
import { checkOverrideFolder } from '../templates/load.js';
import type { Locale } from '../text/locale.js';
import { UsageError } from './io.js';
import { REPORTERS, type ReporterName } from './report.js';

export interface Config {
  /** where it was found, as shown in messages (relative to the working folder) */
  file: string;
  out?: string;
  formats?: string;
  locale?: string;
  templates?: string;
  fontRegular?: string;
  fontBold?: string;
  reporter?: ReporterName;
  jobs?: number;
  draft?: boolean;
  /** severities of `svc-contract lint` rules, under each spec's own `lint:` */
  lint?: Partial<Record<LintRuleId, LintSetting>>;
}

export const CONFIG_FILES = ['package.json', 'svc-contract.config.json', 'svc-contract.config.yaml', 'svc-contract.config.yml'];
const KEYS = ['out', 'formats', 'locale', 'templates', 'fonts', 'reporter', 'jobs', 'draft', 'lint'];

/** The YAML and JSON files parsed with positions (JSON is YAML); a syntax error names its line. */
function parse(path: string, shown: string, text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const p = lines.linePos(offset);
    return `${shown}:${p.line}:${p.col}`;
  };
  // YAML would take JSON with a trailing comma; a .json file is held to JSON
  if (/\.json$/.test(path)) {
    try {
      JSON.parse(text);
    } catch (e) {
      const m = /at position (\d+)/.exec((e as Error).message);
      throw new UsageError(said('usage.config-json', { at: at(m ? Number(m[1]) : 0), why: (e as Error).message.replace(/ in JSON at position \d+.*$/, '') }));
    }
  }
  const err = doc.errors[0];
  if (err)
    throw new UsageError(said(/\.json$/.test(path) ? 'usage.config-json' : 'usage.config-yaml', { at: at(err.pos[0]), why: err.message.split('\n')[0]! }));
  return { doc, at };
}

/**
 * The configuration for a run from `cwd`: the file `explicit` names (--config), else the nearest
 * found upward; undefined when there is none.
 */
export function loadConfig(cwd: string, explicit?: string): Config | undefined {
  const found = findConfig(cwd, explicit);
  if (!found) return undefined;
  const { path, base } = found;
  const shown = relative(cwd, path) || path;
  const { doc, at } = parse(path, shown, readFileSync(path, 'utf8'));
  /** where a setting is: its key for a key that is not a setting, else its value */
  const where = (keys: string[], key = false): string => {
    if (key && keys.length) {
      const parent = doc.getIn([...base, ...keys.slice(0, -1)], true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === keys[keys.length - 1]);
        if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
      }
    }
    const node = doc.getIn([...base, ...keys], true);
    return isNode(node) && node.range ? at(node.range[0]) : `${shown}:1:1`;
  };
  const data = (base.length ? doc.getIn(base) : doc.contents) as unknown;
  const raw = isNode(data) ? (data.toJSON() as unknown) : data;
  if (raw === null || raw === undefined) return undefined;
  const bad = (keys: string[], expected: string, got: unknown, key = false): never => {
    throw new UsageError(`${where(keys, key)}: ${[...base, ...keys].join('.')}: expected ${expected}, got ${JSON.stringify(got)}`);
  };
  if (typeof raw !== 'object' || Array.isArray(raw)) return bad([], `a mapping of settings (${KEYS.join(', ')})`, raw);
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) bad([k], `one of the settings ${KEYS.join(', ')}`, k, true);
  const dir = dirname(path);
  // a path in the file is relative to the file, passed on relative to the working folder
  const pathAt = (keys: string[], v: unknown): string => {
    if (typeof v !== 'string' || v === '') return bad(keys, 'a path (relative to the configuration file)', v);
    return relative(cwd, resolve(dir, v)) || '.';
  };
  return settingsOf(o, shown, bad, pathAt);
}

/** The configuration file: the one --config names, else the nearest upward; `base` is the key it sits under (package.json). */
function findConfig(cwd: string, explicit: string | undefined): { path: string; base: string[] } | undefined {
  let path: string;
  let base: string[] = [];
  if (explicit !== undefined) {
    path = resolve(cwd, explicit);
    if (/(^|[\\/])package\.json$/.test(path)) base = ['svc-contract'];
    try {
      readFileSync(path);
    } catch {
      throw new UsageError(said('usage.config-missing', { file: explicit }));
    }
  } else {
    const found = lilconfigSync('svc-contract', {
      searchPlaces: CONFIG_FILES,
      // parsed here only to find the file; read again below with positions for messages
      loaders: { '.json': (_p, c) => parseDocument(c).toJS(), '.yaml': (_p, c) => parseDocument(c).toJS(), '.yml': (_p, c) => parseDocument(c).toJS() },
    }).search(cwd);
    if (!found || found.isEmpty) return undefined;
    path = found.filepath;
    if (/(^|[\\/])package\.json$/.test(path)) base = ['svc-contract'];
  }
  return { path, base };
}

type Bad = (keys: string[], expected: string, got: unknown, key?: boolean) => never;

/** The settings of a mapping whose keys are known settings, each checked. */
function settingsOf(o: Record<string, unknown>, shown: string, bad: Bad, pathAt: (keys: string[], v: unknown) => string): Config {
  const c: Config = { file: shown };
  if (o.out !== undefined) c.out = pathAt(['out'], o.out);
  if (o.templates !== undefined) c.templates = pathAt(['templates'], o.templates);
  if (o.formats !== undefined) {
    const f = o.formats;
    if (Array.isArray(f) && f.every((x) => typeof x === 'string')) c.formats = f.join(',');
    else if (typeof f === 'string') c.formats = f;
    else bad(['formats'], 'a list of formats such as [md, docx, pdf]', f);
  }
  if (o.locale !== undefined) {
    if (typeof o.locale !== 'string') bad(['locale'], 'a locale such as zh-Hans', o.locale);
    c.locale = o.locale as string;
  }
  if (o.fonts !== undefined) {
    const f = o.fonts;
    if (typeof f !== 'object' || f === null || Array.isArray(f)) bad(['fonts'], 'a mapping with regular and bold font files', f);
    for (const k of Object.keys(f as object)) if (k !== 'regular' && k !== 'bold') bad(['fonts', k], 'regular or bold', k, true);
    const ff = f as { regular?: unknown; bold?: unknown };
    if (ff.regular !== undefined) c.fontRegular = pathAt(['fonts', 'regular'], ff.regular);
    if (ff.bold !== undefined) c.fontBold = pathAt(['fonts', 'bold'], ff.bold);
  }
  if (o.reporter !== undefined) {
    if (!REPORTERS.includes(o.reporter as ReporterName)) bad(['reporter'], `one of ${REPORTERS.join(', ')}`, o.reporter);
    c.reporter = o.reporter as ReporterName;
  }
  if (o.jobs !== undefined) {
    if (typeof o.jobs !== 'number' || !Number.isInteger(o.jobs) || o.jobs < 1) bad(['jobs'], 'a whole number of at least 1', o.jobs);
    c.jobs = o.jobs as number;
  }
  if (o.draft !== undefined) {
    if (typeof o.draft !== 'boolean') bad(['draft'], 'true or false', o.draft);
    c.draft = o.draft as boolean;
  }
  if (o.lint !== undefined) c.lint = lintSettings(o.lint, bad);
  return c;
}

/** `lint:`: a level per rule id, or a level and the rule's options. */
function lintSettings(l: unknown, bad: Bad): NonNullable<Config['lint']> {
  if (typeof l !== 'object' || l === null || Array.isArray(l)) bad(['lint'], `a mapping of lint rule ids to ${LINT_LEVELS.join(', ')}`, l);
  const out: NonNullable<Config['lint']> = {};
  for (const [id, level] of Object.entries(l as object)) {
    if (!LINT_RULE_IDS.includes(id as LintRuleId)) {
      const guess = closest(id, LINT_RULE_IDS);
      bad(['lint', id], `a lint rule id${guess ? ` (did you mean ${guess}?)` : ''}; \`svc-contract lint --rules\` lists them`, id, true);
    }
    const options = (CATALOG[id as LintRuleId] as { options?: Record<string, unknown> }).options;
    if (options && typeof level === 'object' && level !== null && !Array.isArray(level)) {
      for (const [k, v] of Object.entries(level)) {
        if (k === 'level') {
          if (!LINT_LEVELS.includes(v as LintLevel)) bad(['lint', id, k], `one of ${LINT_LEVELS.join(', ')}`, v);
        } else if (!(k in options)) bad(['lint', id, k], `level or an option of ${id}: ${Object.keys(options).join(', ')}`, k, true);
        else if (typeof v !== 'number' || !(v > 0)) bad(['lint', id, k], 'a number above zero', v);
      }
      out[id as LintRuleId] = level as LintSetting;
      continue;
    }
    if (!LINT_LEVELS.includes(level as LintLevel)) bad(['lint', id], `one of ${LINT_LEVELS.join(', ')}${options ? ', or { level, <option>: n }' : ''}`, level);
    out[id as LintRuleId] = level as LintLevel;
  }
  return out;
}

/** The flags of a command that builds a contract's text, as far as the settings file also gives them. */
export interface TextFlags {
  /** a configuration file; false with --no-config */
  config?: string | false;
  draft?: boolean;
  locale?: string;
  templates?: string;
}

/** What every command that builds a contract's text builds it with, flags over the settings file, checked. */
export interface TextSettings {
  config: Config | undefined;
  draft: boolean;
  locale?: Locale;
  /** a firm's templates folder, absolute, and as the user named it (relative to the working folder) */
  templatesDir?: string;
  templatesShown?: string;
  /** the settings file's lint severities */
  lint?: Config['lint'];
}

/**
 * The one place the commands that build text (validate, lint, textconv, diff, preview, build)
 * settle the settings file against their flags: so that what validate passes is what build
 * builds, in the same locale from the same templates. The locale is checked by the library
 * (parseLocale); a templates folder that is missing or holds a stray file is a usage error here,
 * before any spec is read.
 */
export function textSettings(flags: TextFlags, cwd: string): TextSettings {
  const config = flags.config === false ? undefined : loadConfig(cwd, flags.config);
  const locale = flags.locale ?? config?.locale;
  const shown = flags.templates ?? config?.templates;
  const dir = shown === undefined ? undefined : resolve(cwd, shown);
  if (dir !== undefined) checkOverrideFolder(dir, shown!);
  return {
    config,
    draft: flags.draft ?? config?.draft ?? false,
    ...(locale !== undefined ? { locale: parseLocale(locale) } : {}),
    ...(dir !== undefined ? { templatesDir: dir, templatesShown: shown! } : {}),
    ...(config?.lint ? { lint: config.lint } : {}),
  };
}

/** The templates of the settings: the bundled ones, with the firm's folder over them, each type read once. */
export function templatesOf(s: TextSettings): (type: TypeId) => TemplateSet {
  return templateCache(s.templatesDir, s.templatesShown);
}

/**
 * The text of a template by the file name its diagnostics give (any type's), to quote the line of
 * a template's mistake under it as diff and preview do; undefined for a file that is no template.
 */
export function templateText(templates: (type: TypeId) => TemplateSet): (file: string) => string | undefined {
  return (file) => {
    for (const { id } of TYPES) {
      try {
        const text = templateSources(templates(id))[file];
        if (text !== undefined) return text;
      } catch {
        // a type whose templates do not load names no line to quote
      }
    }
    return undefined;
  };
}
