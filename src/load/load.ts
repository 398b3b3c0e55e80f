// Stage 1: spec bytes → YAML document with positions. Checks everything about the file that is
// not about the contract: size, encoding, YAML syntax, one document, aliases, reserved keys.
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, parseAllDocuments, visit } from 'yaml';
import { type Diagnostic, type DiagnosticInit, diagnostic, type Position } from '../errors/diagnostic.js';
import { type MessageId, said, worded } from '../i18n/messages.js';

/** A spec larger than this is refused before parsing (a real contract spec is a few KiB). */
export const MAX_SPEC_BYTES = 1024 * 1024;
/** Alias expansions allowed when the YAML is turned into data (guards against "billion laughs"). */
export const MAX_ALIAS_EXPANSIONS = 100;
/** YAML's own tags for the core schema: writing them changes nothing a spec could not say plainly. */
const CORE_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);
/** Keys that would touch JavaScript object prototypes; never legitimate in a spec. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type PathSegment = string | number;

export interface LoadedSpec {
  file: string;
  /** the text as parsed, BOM removed */
  text: string;
  doc: Document.Parsed;
  /** plain data, as the YAML says it (before validation and defaults) */
  data: unknown;
  /** position of the node at `path`; with `at: 'key'` the key naming it; falls back to the nearest ancestor */
  positionOf(path: readonly PathSegment[], at?: 'value' | 'key'): Position;
  /** the text of the value at `path` as written in the file (e.g. 0571… before YAML made it a number) */
  sourceOf(path: readonly PathSegment[]): string | undefined;
}

export type LoadResult = { ok: true; spec: LoadedSpec } | { ok: false; diagnostics: Diagnostic[]; text?: string };

const START: Position = { line: 1, col: 1 };

export function loadSpec(input: Uint8Array | string, file: string): LoadResult {
  const fail: Fail = (d, text) => ({
    ok: false,
    diagnostics: [diagnostic({ file, path: '', ...d }, 'yaml/spec')],
    text,
  });

  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_SPEC_BYTES) return { ok: false, diagnostics: [oversized(file, size)] };

  const decoded = decodeSpec(input, fail);
  if (typeof decoded !== 'string') return decoded;
  const text = decoded;
  const lines = lineStarts(text);
  const posAt = (offset: number): Position => positionFromStarts(text, lines, offset);

  const parsed = parseDocument(text, file, posAt, fail);
  if (!('doc' in parsed)) return parsed;
  const { doc } = parsed;
  const diagnostics = nodeMistakes(doc, text, file, posAt);
  if (diagnostics.length > 0) return { ok: false, diagnostics: diagnostics.map((d) => diagnostic(d, 'yaml/spec')), text };

  const data = specData(doc, posAt, fail, text);
  if (data.ok === false) return data;
  const spec: LoadedSpec = {
    file,
    text,
    doc,
    data: normaliseSpaces(data.value),
    positionOf(path, at = 'value') {
      let node: unknown = doc.contents;
      let keyNode: Node | undefined;
      for (const seg of path) {
        const next = child(node, seg);
        if (!next) break;
        node = next.value;
        keyNode = next.key;
        if (node == null) break;
      }
      // an empty value (`key:` with nothing after it) has no spot of its own: point at its key
      const empty = isScalar(node) && node.value === null && !node.source;
      const target = (at === 'key' || empty) && keyNode ? keyNode : ((node as Node | null) ?? keyNode);
      const offset = target?.range?.[0];
      return offset === undefined ? START : posAt(offset);
    },
    sourceOf(path) {
      let node: unknown = doc.contents;
      for (const seg of path) node = child(node, seg)?.value;
      const range = (node as Node | undefined)?.range;
      return range ? text.slice(range[0], range[1]).trim() : undefined;
    },
  };
  return { ok: true, spec };
}

type Failed = Extract<LoadResult, { ok: false }>;
type Fail = (d: Omit<DiagnosticInit, 'file' | 'path'> & { path?: string }, text?: string) => Failed;

/** The spec's text: UTF-8 (a string as given), its BOM dropped; UTF-16, other encodings, binary content and CR-only lines refused. */
function decodeSpec(input: Uint8Array | string, fail: Fail): string | LoadResult {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    // a document or an archive named by mistake (the built .docx, a scanned .pdf): said by kind,
    // with no encoding hint and nothing of its bytes quoted
    const kind = binaryKind(input);
    if (kind)
      return fail({
        pos: START,
        ruleId: 'file/not-text',
        ...worded({
          expected: said('load.binary.expected'),
          got: said('load.binary.got', { kind: said(`load.kind.${kind}` as MessageId) }),
          hint: said('load.binary.hint'),
        }),
      });
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
      const shown = new TextDecoder(input[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(input.subarray(2));
      return fail({ pos: START, expected: 'UTF-8 text', got: 'UTF-16 text', hint: 'save the file as UTF-8' }, shown);
    }
    const bad = firstInvalidUtf8(input);
    if (bad !== -1) {
      const before = new TextDecoder('utf-8').decode(input.subarray(0, bad));
      const shown = new TextDecoder('utf-8').decode(input); // with U+FFFD for the bad bytes, to quote the line
      return fail(
        {
          pos: positionIn(before, before.length),
          expected: 'UTF-8 text',
          got: `the byte 0x${input[bad]!.toString(16).padStart(2, '0')}, which is not UTF-8`,
          hint: 'save the file as UTF-8 (a GBK/GB2312 file from an older editor must be converted, e.g. iconv -f GBK -t UTF-8)',
        },
        shown,
      );
    }
    text = new TextDecoder('utf-8').decode(input);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM is harmless: drop it
  // NUL and the like are never in a text file someone wrote: this is some other file (a link into
  // /proc, a binary). Its content is not quoted: it may hold what no log should show.
  const binary = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.exec(text);
  if (binary) {
    return fail({
      pos: positionIn(text, binary.index),
      ruleId: 'file/not-text',
      expected: 'a text file (a YAML spec)',
      got: `binary content (the control character U+${binary[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`,
      hint: 'is this the right file? Its content is not shown',
    });
  }
  if (/\r(?!\n)/.test(text) && !/\n/.test(text)) {
    return fail(
      {
        pos: START,
        expected: 'lines ending in LF or CRLF',
        got: 'old Mac line endings (CR only)',
        hint: 'save the file with Unix (LF) or Windows (CRLF) line endings',
      },
      text,
    );
  }

  return text;
}

/** What a file that is no text is, by its first bytes (its signature); undefined for anything else. */
function binaryKind(b: Uint8Array): string | undefined {
  const starts = (...xs: number[]) => xs.every((x, i) => b[i] === x);
  const ascii = (s: string) => starts(...[...s].map((c) => c.charCodeAt(0)));
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) {
    // an Office file is a ZIP whose member names tell the application
    const head = new TextDecoder('latin1').decode(b.subarray(0, Math.min(b.length, 64 * 1024)));
    return /\bword\//.test(head) ? 'docx' : /\bxl\//.test(head) ? 'xlsx' : /\bppt\//.test(head) ? 'pptx' : 'zip';
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (ascii('%PDF-')) return 'pdf';
  if (ascii('{\\rtf')) return 'rtf';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (ascii('GIF8')) return 'gif';
  if (starts(0x1f, 0x8b)) return 'gzip';
  if (starts(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return '7z';
  if (ascii('Rar!')) return 'rar';
  return undefined;
}

/** The one YAML document of the spec, a map; syntax errors each at their line (or one message for a bad indent or deep nesting). */
function parseDocument(text: string, file: string, posAt: (offset: number) => Position, fail: Fail): { doc: Document.Parsed } | LoadResult {
  if (text.trim() === '' || /^(\s*(#.*)?(\r\n|\n|\r|$))*$/.test(text)) {
    return fail(
      {
        pos: START,
        expected: 'a contract spec (a map starting with `type:`)',
        got: 'an empty file',
        hint: 'run `svc-contract init --type <type> deal.yaml` for a starter spec',
      },
      text,
    );
  }

  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (e) {
    // the parser recurses: thousands of nested brackets exhaust the stack
    if (e instanceof RangeError)
      return fail({ pos: START, ruleId: 'yaml/too-deep', expected: 'a spec nested at most a few levels deep', got: 'nesting too deep to read' }, text);
    throw e;
  }
  if (docs.length === 0 || docs[0]!.contents === undefined) {
    return fail(
      {
        pos: START,
        expected: 'a contract spec (a map starting with `type:`)',
        got: 'no YAML content',
        hint: 'run `svc-contract init --type <type> deal.yaml` for a starter spec',
      },
      text,
    );
  }
  const diagnostics = syntaxErrors(docs, text, file, posAt);
  // a line indented with a tab or a full-width space (text pasted from Word, an input method left
  // in full-width mode) throws every line after it out of place: one message naming the character
  // stands for the parser's cascade
  // nesting past the parser's stack fails at every level it unwinds: one message, where it starts to fail
  const deep = diagnostics.filter((d) => d.ruleId === 'yaml/too-deep').sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col)[0];
  if (deep) return { ok: false, diagnostics: [diagnostic(deep)], text };
  const badIndent = diagnostics.length > 0 ? indentCharacter(text) : undefined;
  if (badIndent) return fail({ pos: posAt(badIndent.offset), ruleId: 'yaml/indent-character', ...badIndent.what }, text);
  const misaligned = misalignedDiagnostic(text, diagnostics, posAt);
  if (misaligned) return fail(misaligned, text);
  if (diagnostics.length > 0) return { ok: false, diagnostics: dedupe(diagnostics).map((d) => diagnostic(d)), text };

  if (docs.length > 1) {
    const second = docs[1]!;
    return fail(
      {
        pos: posAt(second.range[0]),
        expected: 'one contract per file',
        got: `${docs.length} YAML documents (separated by ---)`,
        hint: 'put each contract in a file of its own',
      },
      text,
    );
  }
  const doc = docs[0]!;
  if (!isMap(doc.contents)) {
    const contents = doc.contents;
    // not quoted: a file that is no spec may be anything (a token, an environment)
    return fail({
      pos: contents?.range ? posAt(contents.range[0]) : START,
      expected: 'a map of fields (type:, contract:, parties:, …)',
      got: contents === null ? 'nothing' : describeNode(contents, 12),
      hint: 'is this the right file? A spec starts with `type:`',
    });
  }

  return { doc };
}

/**
 * One key out of line with the keys of its block (dedented by a space, or indented under a key
 * that has a value): the parser reports it at the line above, or at column 1 of every line after
 * it; one message at the key's own line:col, naming the key and the indentation its block uses.
 */
function misalignedDiagnostic(
  text: string,
  diagnostics: DiagnosticInit[],
  posAt: (offset: number) => Position,
): Omit<DiagnosticInit, 'file' | 'path'> | undefined {
  if (diagnostics.length === 0) return undefined;
  const lines = diagnostics.map((d) => d.pos.line);
  const off = misalignedKey(text);
  if (!off || off.line < Math.min(...lines) - 1 || off.line > Math.max(...lines) + 1) return undefined;
  return {
    pos: posAt(off.offset),
    ruleId: 'yaml/indent',
    ...worded({
      expected: said('load.indent.expected', { key: off.key, n: off.want }),
      got: said('load.indent.got', { n: off.got }),
      hint: said('load.indent.hint'),
    }),
  };
}

/** The parser's errors, each at the place the mistake is (an unclosed quote or bracket, not where YAML noticed). */
function syntaxErrors(docs: Document.Parsed[], text: string, file: string, posAt: (offset: number) => Position): DiagnosticInit[] {
  const diagnostics: DiagnosticInit[] = [];
  for (const err of docs.flatMap((d) => d.errors)) {
    let offset = err.pos[0];
    if (err.code === 'MISSING_CHAR' && /quote/.test(err.message)) {
      // YAML notices at the end of the file; the mistake is the quote that was never closed,
      // which is the last quote character before that point (a later one would have closed it)
      const q = err.message.includes("'") ? "'" : '"';
      const open = text.lastIndexOf(q, offset - 1);
      if (open !== -1) offset = open;
    } else if (/Flow sequence in block collection must be sufficiently indented/.test(err.message)) {
      // noticed on the next line; the mistake is the [ that was never closed
      const open = text.lastIndexOf('[', offset - 1);
      if (open !== -1) offset = open;
    }
    diagnostics.push({
      file,
      path: '',
      pos: posAt(offset),
      ruleId: /Maximum call stack/i.test(err.message) ? 'yaml/too-deep' : 'yaml/syntax',
      ...describeYamlError(err.code, err.message, text, offset),
    });
  }
  return diagnostics;
}

/** What YAML accepts but a spec must not hold: tags, a value cut short by #, keys that are lists or aliases, indented keys, reserved keys. */
function nodeMistakes(doc: Document.Parsed, text: string, file: string, posAt: (offset: number) => Position): DiagnosticInit[] {
  const diagnostics: DiagnosticInit[] = [];
  // explicit tags (!!js/function, !secret, !!binary) have no meaning in a spec: refused, not ignored
  const checkTag = (node: Node) => {
    const tag = (node as { tag?: string }).tag;
    if (tag && !CORE_TAGS.has(tag)) {
      const at = node.range?.[0] ?? 0;
      let written = text.lastIndexOf('!', at);
      while (written > 0 && text[written - 1] === '!') written--;
      diagnostics.push({
        file,
        path: '',
        pos: posAt(written === -1 ? at : written),
        expected: 'a plain value',
        got: `the YAML tag ${tag.replace('tag:yaml.org,2002:', '!!')}`,
        hint: 'remove the tag; quote the value if it must be text',
      });
    }
  };
  visit(doc, {
    Map(_, node) {
      checkTag(node);
    },
    Seq(_, node) {
      checkTag(node);
    },
    Scalar(_, node) {
      checkTag(node);
      // `name: 南京华康 #1号` is the name 南京华康 and a comment "1号": almost surely not meant.
      // A comment written as "# …" (with the space) is taken at its word.
      const range = node.range;
      if (node.type === 'PLAIN' && typeof node.value === 'string' && node.comment && !/^\s/.test(node.comment) && range && range[2] > range[1]) {
        const hash = text.indexOf('#', range[1]);
        diagnostics.push({
          file,
          path: '',
          pos: posAt(hash === -1 ? range[0] : hash),
          expected: 'the whole value',
          got: `a value cut short: YAML reads " #${node.comment}" as a comment`,
          hint: `quote it if the # belongs to it: "${text.slice(range[0], range[2]).trim()}"`,
        });
      }
    },
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        diagnostics.push({
          file,
          path: '',
          pos: posAt((pair.key as Node).range?.[0] ?? 0),
          expected: 'a field name',
          got: isAlias(pair.key) ? 'an alias (*name) as a key' : 'a list or map as a key',
          hint: 'keys are plain names such as `parties:`',
        });
        return;
      }
      // `　phone:`: a full-width space (or a tab, a no-break space) before a key parses as part of it
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && /^[\t\u00a0\u3000]/.test(pair.key.value)) {
        const at = pair.key.range?.[0] ?? 0;
        diagnostics.push({ file, path: '', pos: posAt(at), ruleId: 'yaml/indent-character', ...indentMessage(pair.key.value[0]!) });
        return;
      }
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && RESERVED_KEYS.has(pair.key.value)) {
        diagnostics.push({
          file,
          path: '',
          pos: posAt(pair.key.range?.[0] ?? 0),
          expected: 'a field name of the spec',
          got: `the reserved key \`${pair.key.value}\``,
          hint: 'this name is not a field of any contract type; remove it',
        });
      }
    },
  });
  return diagnostics;
}

/** The spec as plain data, aliases expanded within bounds; an unresolved or unbounded alias refused at its place. */
function specData(doc: Document.Parsed, posAt: (offset: number) => Position, fail: Fail, text: string): { ok: true; value: unknown } | Failed {
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (e) {
    let first: Node | undefined;
    const unresolved = /Unresolved alias/i.test((e as Error).message);
    visit(doc, {
      Alias(_, a) {
        if (!unresolved || !a.resolve(doc)) {
          first ??= a;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (unresolved) {
      return fail(
        {
          pos: first?.range ? posAt(first.range[0]) : START,
          expected: 'an alias (*name) to an anchor (&name) defined before it',
          got: (e as Error).message.replace(/\.$/, ''),
          hint: 'define the anchor first, or write the value out',
        },
        text,
      );
    }
    return fail(
      {
        pos: first?.range ? posAt(first.range[0]) : START,
        expected: `at most ${MAX_ALIAS_EXPANSIONS} alias (*name) expansions`,
        got: (e as Error).message.includes('alias') ? 'aliases that expand without bound' : (e as Error).message,
        hint: 'write the values out instead of nesting aliases',
      },
      text,
    );
  }

  return { ok: true, value: data };
}

/** The diagnostic for a spec over the size limit; the CLI gives it without reading such a file. */
export function oversized(file: string, size: number): Diagnostic {
  return diagnostic({
    file,
    path: '',
    pos: START,
    ruleId: 'file/too-large',
    expected: `a spec of at most ${MAX_SPEC_BYTES / 1024} KiB`,
    got: `${Math.ceil(size / 1024)} KiB`,
    hint: 'a contract spec is a few KiB; is this the right file?',
  });
}

function child(node: unknown, seg: PathSegment): { key?: Node; value: unknown } | undefined {
  if (isAlias(node)) return undefined;
  if (isMap(node)) {
    for (const item of node.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(seg)) {
        return { key: item.key, value: item.value };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof seg === 'number') {
    const item = node.items[seg];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

/** `max`: at most this many characters of a text are shown, and how long it is */
function describeNode(n: Node, max = Infinity): string {
  if (isSeq(n)) return 'a list';
  if (isScalar(n)) {
    if (n.value === null) return 'nothing';
    if (typeof n.value !== 'string') return `the ${typeof n.value} ${JSON.stringify(n.value)}`;
    const chars = [...n.value];
    return chars.length <= max
      ? `the text ${JSON.stringify(n.value)}`
      : `a text of ${chars.length} characters starting ${JSON.stringify(chars.slice(0, max).join(''))}…`;
  }
  return 'an alias';
}

function describeYamlError(code: string, message: string, text: string, offset: number): Pick<DiagnosticInit, 'expected' | 'got' | 'hint' | 'ids'> {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineText = text.slice(lineStart, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
  // the mistakes people make most, said in their terms (by id: the same words in both languages' catalogues)
  if (/^\s*[^\s:#][^:]*：/.test(lineText) && !/^\s*[^:]+:\s/.test(lineText)) {
    return worded({ expected: said('diag.ascii-colon'), got: said('diag.full-width-colon'), hint: said('diag.type-colon') });
  }
  if (/Nested mappings are not allowed in compact mappings|Implicit map keys need to be followed by map values/.test(message) && /:\s.*:\s/.test(lineText)) {
    return worded({
      expected: said('diag.one-per-line'),
      got: said('diag.colon-in-value'),
      hint: said('diag.quote-value', { example: 'name: "南京华康: 健康"' }),
    });
  }
  if (/Flow sequence in block collection must be sufficiently indented and end with a \]/.test(message)) {
    return worded({ expected: said('diag.list-closed'), got: said('diag.unclosed-bracket'), hint: said('diag.add-bracket') });
  }
  // the parser recurses: thousands of nested brackets or levels exhaust its stack
  if (/Maximum call stack size exceeded/i.test(message)) {
    return worded({ expected: said('diag.nesting'), got: said('diag.nesting-deep'), hint: said('diag.nesting-hint') });
  }
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\r\n]*/.exec(text.slice(offset))?.[0]?.trim() ?? '';
      return worded({ expected: said('diag.key-once'), got: said('diag.key-again', { key }), hint: said('diag.remove-or-merge') });
    }
    case 'TAB_AS_INDENT':
      return worded({ expected: said('diag.indent-spaces-plain'), got: said('diag.tab-plain'), hint: said('diag.no-tabs') });
    case 'MISSING_CHAR':
      return /quote/.test(message)
        ? worded({
            expected: said('diag.closing-quote'),
            got: said('diag.unclosed-quote'),
            hint: said('diag.close-quote', { example: 'number: "KF-2026-0001"' }),
          })
        : worded({ expected: said('diag.valid-yaml'), got: said(yamlCode(code, message)![0]), hint: said(yamlCode(code, message)![1]) });
    case 'BAD_INDENT':
    case 'BAD_INDENTATION':
      return worded({ expected: said('diag.consistent-indent'), got: said('yaml.BAD_INDENT'), hint: said('yaml.BAD_INDENT.hint') });
    default: {
      // the parser's own English is not shown: its code says what it found, in the reader's language
      const own = yamlCode(code, message);
      if (own) return worded({ expected: said('diag.valid-yaml'), got: said(own[0]), hint: said(own[1]) });
      return worded({ expected: said('diag.valid-yaml'), got: said('diag.as-written', { value: message.replace(/\s+/g, ' ').replace(/\.$/, '') }) });
    }
  }
}

/** What the parser found (got) and what to do (hint), by its error code and, for a missing character, which one. */
const YAML_CODES: Record<string, [MessageId, MessageId]> = {
  ALIAS_PROPS: ['yaml.ALIAS_PROPS', 'yaml.ALIAS_PROPS.hint'],
  BAD_ALIAS: ['yaml.BAD_ALIAS', 'yaml.BAD_ALIAS.hint'],
  BAD_DIRECTIVE: ['yaml.BAD_DIRECTIVE', 'yaml.BAD_DIRECTIVE.hint'],
  BAD_DQ_ESCAPE: ['yaml.BAD_DQ_ESCAPE', 'yaml.BAD_DQ_ESCAPE.hint'],
  BAD_PROP_ORDER: ['yaml.BAD_PROP_ORDER', 'yaml.BAD_PROP_ORDER.hint'],
  BAD_SCALAR_START: ['yaml.BAD_SCALAR_START', 'yaml.BAD_SCALAR_START.hint'],
  BLOCK_AS_IMPLICIT_KEY: ['yaml.BLOCK_AS_IMPLICIT_KEY', 'yaml.BLOCK_AS_IMPLICIT_KEY.hint'],
  BLOCK_IN_FLOW: ['yaml.BLOCK_IN_FLOW', 'yaml.BLOCK_IN_FLOW.hint'],
  BAD_COLLECTION_TYPE: ['yaml.BAD_COLLECTION_TYPE', 'diag.remove-tag'],
  IMPOSSIBLE: ['yaml.IMPOSSIBLE', 'yaml.IMPOSSIBLE.hint'],
  MISSING_CHAR: ['yaml.MISSING_CHAR', 'yaml.MISSING_CHAR.hint'],
  MULTILINE_IMPLICIT_KEY: ['yaml.MULTILINE_IMPLICIT_KEY', 'yaml.MULTILINE_IMPLICIT_KEY.hint'],
  MULTIPLE_ANCHORS: ['yaml.MULTIPLE_ANCHORS', 'yaml.MULTIPLE_ANCHORS.hint'],
  MULTIPLE_TAGS: ['yaml.MULTIPLE_TAGS', 'diag.remove-tag'],
  NON_STRING_KEY: ['yaml.NON_STRING_KEY', 'diag.plain-keys'],
  RESOURCE_EXHAUSTION: ['yaml.RESOURCE_EXHAUSTION', 'diag.alias-write-out'],
  TAG_RESOLVE_FAILED: ['yaml.TAG_RESOLVE_FAILED', 'diag.remove-tag'],
  UNEXPECTED_TOKEN: ['yaml.UNEXPECTED_TOKEN', 'yaml.UNEXPECTED_TOKEN.hint'],
};

function yamlCode(code: string, message: string): [MessageId, MessageId] | undefined {
  if (code === 'MISSING_CHAR' && /Implicit map keys need to be followed by map values/.test(message)) return ['yaml.MISSING_VALUE', 'yaml.MISSING_VALUE.hint'];
  if (code === 'MISSING_CHAR' && /Comments must be separated/.test(message)) return ['yaml.COMMENT_SPACE', 'yaml.COMMENT_SPACE.hint'];
  return YAML_CODES[code];
}

const SPACE_NAMES: Record<string, MessageId> = { '\t': 'diag.tab', '\u00a0': 'diag.nbsp', '\u3000': 'diag.ideographic-space' };

function indentMessage(ch: string, more = 0): Pick<DiagnosticInit, 'expected' | 'got' | 'hint' | 'ids'> {
  const got = SPACE_NAMES[ch];
  return worded({
    expected: said('diag.indent-spaces'),
    got: got ? said(got) : said('diag.as-written', { value: `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` }),
    hint: more === 0 ? said('diag.replace-indent') : said(more === 1 ? 'diag.replace-indent-more.one' : 'diag.replace-indent-more.many', { n: more }),
  });
}

/**
 * The first key whose indentation matches no block open at its line: more than the key before it,
 * which has a value of its own (so opens no block), or less, between two levels. Block texts
 * (| and >) are skipped. Its offset, 1-based line, the key, its spaces and the spaces its block uses.
 */
function misalignedKey(text: string): { offset: number; line: number; key: string; got: number; want: number } | undefined {
  const KEY = /^( *)(- +)?((?:"[^"]*"|'[^']*'|[^\s#'"\-?:,[\]{}][^:#]*?)):(?:[ \t]+(.*))?$/;
  let offset = 0;
  // the columns of the keys (and list dashes) of the blocks open at this line
  const open: number[] = [];
  let prev: { col: number; opens: boolean; first: boolean; offset: number; line: number; key: string } | undefined;
  let scalarAbove: number | undefined;
  const all = text.split('\n');
  for (let i = 0; i < all.length; i++) {
    const raw = all[i]!;
    const start = offset;
    offset += raw.length + 1;
    const lineText = raw.replace(/\r$/, '');
    if (/^\s*(#.*)?$/.test(lineText)) continue;
    const indent = /^ */.exec(lineText)![0].length;
    if (scalarAbove !== undefined && indent > scalarAbove) continue;
    scalarAbove = undefined;
    const m = KEY.exec(lineText);
    if (!m) {
      // not a key (a list entry, a line of a text, a key written with ：): nothing to compare the next key with
      prev = undefined;
      continue;
    }
    const dash = m[2] ? indent : undefined;
    const col = m[2] ? indent + m[2].length : indent;
    // a comment straight after the colon (`volume: # …`) leaves the key opening a block
    const value = (m[4] ?? '').replace(/(^|\s+)#.*$/, '').trim();
    if (prev && !prev.opens && dash === undefined) {
      // the first key of a block out of line with the rest: that one is the odd one out
      if (col > prev.col && prev.first && open.at(-2) !== undefined && open.at(-2)! < col)
        return { offset: prev.offset, line: prev.line, key: prev.key, got: prev.col, want: col };
      if (col > prev.col || !open.includes(col)) {
        const want = col > prev.col ? prev.col : Math.min(...open.filter((c) => c > col));
        if (Number.isFinite(want)) return { offset: start + col, line: i + 1, key: m[3]!.trim(), got: col, want };
      }
    }
    const first = dash === undefined && prev?.opens === true && col > prev.col;
    while (open.length && open.at(-1)! > (dash ?? col)) open.pop();
    if (dash !== undefined && open.at(-1) !== dash) open.push(dash);
    if (open.at(-1) !== col) open.push(col);
    const block = /^[|>][-+0-9]*$/.test(value);
    if (block) scalarAbove = col;
    prev = { col, opens: value === '', first, offset: start + col, line: i + 1, key: m[3]!.trim() };
  }
  return undefined;
}

/** The first line whose indentation holds a tab, a no-break space or a full-width space. */
function indentCharacter(text: string): { offset: number; what: Pick<DiagnosticInit, 'expected' | 'got' | 'hint' | 'ids'> } | undefined {
  // a key or a list item after it: a paragraph of a block text may start with 　　 on purpose
  const indented = /^[ ]*([\t\u00a0\u3000])[\t\u00a0\u3000 ]*(?:-\s|[^\s#'"|>][^\n]*?:(?:[ \t]|$))/gm;
  const m = indented.exec(text);
  if (!m) return undefined;
  const offset = m.index + m[0].search(/[\t\u00a0\u3000]/);
  const others = [...text.matchAll(indented)].length;
  return { offset, what: indentMessage(m[1]!, others) };
}

/**
 * Text pasted from Word carries tabs and no-break spaces inside values: each is read as an
 * ordinary space (one character for one, so positions inside a value stay right), which is what
 * it meant and what every format can print.
 */
function normaliseSpaces(data: unknown): unknown {
  if (typeof data === 'string') return /[\t\u00a0]/.test(data) ? data.replace(/[\t\u00a0]/g, ' ') : data;
  if (Array.isArray(data)) return data.map(normaliseSpaces);
  if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) (data as Record<string, unknown>)[k] = normaliseSpaces(v);
  }
  return data;
}

/** YAML reports one mistake at several spots at times; keep the first per position. */
function dedupe(ds: DiagnosticInit[]): DiagnosticInit[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.pos.line}:${d.pos.col}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function positionFromStarts(text: string, starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  // columns count characters, so a surrogate pair (e.g. an emoji or a rare hanzi) is one column
  const col = [...text.slice(starts[lo], offset)].length + 1;
  return { line: lo + 1, col };
}

/** Position of a string offset; exported for stages that hold text but no YAML document. */
export function positionIn(text: string, offset: number): Position {
  return positionFromStarts(text, lineStarts(text), offset);
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0xff >> (n + 2));
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}
