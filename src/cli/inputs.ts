// What the user named on the command line, expanded into the specs to read: files, folders
// (every .yaml/.yml beneath, skipping node_modules and dot folders), globs (expanded here with
// tinyglobby, so a quoted `specs/**/*.yaml` means the same on every shell) and `-` for standard
// input. Each spec gets the stem its outputs are written under in --out, mirroring the folder or
// glob it was found beneath: `specs/acme/deal.yaml` found under `specs` → `acme/deal`.

import { closeSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { said } from '../i18n/messages.js';
import { UsageError } from './io.js';

export interface SpecInput {
  /** the spec as messages name it: as the user wrote it, or the folder or glob's path joined with what was found */
  file: string;
  /** its absolute path; absent for standard input */
  path?: string;
  /** where its outputs go under --out, without extension, with forward slashes: `acme/deal` */
  stem: string;
  /** read from standard input (`-`) */
  stdin?: true;
  /** the folder the input names (absolute): a symbolic link is followed only to a file inside it (or the working folder) */
  root?: string;
}

const SPEC = /\.ya?ml$/i;
const IGNORE = ['**/node_modules/**', '**/.*/**'];

/** `a/b/../c` with forward slashes, as messages and --out paths show it. */
function posix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function stemOf(rel: string): string {
  return posix(rel).replace(SPEC, '');
}

/** The folders before a glob's first pattern segment: where the mirrored tree starts (`specs/**\/*.yaml` → `specs`). */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

function kindOf(path: string): 'file' | 'folder' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/**
 * The .yaml/.yml files beneath a folder, relative to it with forward slashes, sorted: node_modules,
 * dot folders and dot files left out. A symbolic link to a file (or a broken one) is listed, as a
 * spec named directly is (the read decides whether it may be followed); a link to a folder is not
 * entered, so a link cannot lead the walk out of the folder or round in a loop.
 */
function specsBeneath(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(resolve(dir, e.name), r);
      } else if (SPEC.test(e.name) && (e.isFile() || (e.isSymbolicLink() && kindOf(resolve(dir, e.name)) !== 'folder'))) out.push(r);
    }
  };
  walk(folder, '');
  return out.sort();
}

/** Joins a folder as the user wrote it with a path found beneath it, as a user would write it. */
function shownUnder(base: string, rel: string): string {
  if (base === '.' || base === './' || base === '') return posix(rel);
  return `${base.replace(/\/+$/, '')}/${posix(rel)}`;
}

/**
 * The specs the arguments name, in the order given (what a folder or glob finds, sorted by path),
 * each once. A folder or glob that finds no spec is a usage error; a file that does not exist is
 * kept, so that reading it reports it beside the other specs' results. Two specs whose outputs
 * would have the same path are a usage error before anything is built.
 */
/**
 * Whether a file a folder or glob found reads as a spec: a top-level `type:` within its first
 * 64 KiB. A workflow file or a settings file beside the specs (examples/ci/*.yml) is not one.
 * A link is left to the read, which decides whether it may be followed.
 */
function looksLikeSpec(path: string): boolean {
  try {
    if (lstatSync(path).isSymbolicLink()) return true;
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(64 * 1024);
      const n = readSync(fd, buf, 0, buf.length, 0);
      return /^(?:\ufeff)?type[ \t]*:/m.test(buf.subarray(0, n).toString('utf8'));
    } finally {
      closeSync(fd);
    }
  } catch {
    return true; // the read reports it
  }
}

/**
 * The specs the arguments name (see expandInputs), with `skipped`: the YAML files a folder or glob
 * found that have no top-level `type:` and so are not specs (named as a file, a YAML file is a spec).
 */
export function expandInputs(args: readonly string[], cwd: string, skipped: string[] = []): SpecInput[] {
  const found: SpecInput[] = [];
  const seen = new Set<string>();
  const add = (input: SpecInput) => {
    const key = input.path ?? '-';
    if (seen.has(key)) return;
    seen.add(key);
    found.push(input);
  };
  for (const arg of args) {
    if (arg === '-') {
      add({ file: '<stdin>', stem: 'stdin', stdin: true });
      continue;
    }
    const path = resolve(cwd, arg);
    const kind = kindOf(path);
    if (kind === 'file' || (kind === 'missing' && !isDynamicPattern(arg))) {
      add({ file: arg, path, stem: stemOf(basename(arg)), root: dirname(path) });
      continue;
    }
    if (kind === 'folder') {
      const all = specsBeneath(path);
      const rels = all.filter((rel) => looksLikeSpec(resolve(path, rel)) || (skipped.push(shownUnder(arg, rel)), false));
      if (rels.length === 0) throw new UsageError(said('usage.empty-folder', { folder: arg }));
      for (const rel of rels) add({ file: shownUnder(arg, rel), path: resolve(path, rel), stem: stemOf(rel), root: path });
      continue;
    }
    // a glob: relative to the working folder (or absolute), mirrored from its fixed folders
    const pattern = posix(arg);
    const base = globBase(pattern);
    const matches = globSync(pattern, { cwd, ignore: IGNORE, expandDirectories: false, absolute: true }).sort();
    const yamls = matches.filter((m) => SPEC.test(m));
    const specs = yamls.filter((m) => looksLikeSpec(m) || (skipped.push(shownUnder(base, relative(resolve(cwd, base), m))), false));
    if (specs.length === 0 && yamls.length > 0)
      throw new UsageError(yamls.length === 1 ? said('usage.glob-none-one', { glob: arg }) : said('usage.glob-none', { glob: arg, n: yamls.length }));
    if (specs.length === 0) {
      throw new UsageError(
        matches.length === 0
          ? said(isAbsolute(pattern) ? 'usage.glob-no-file-root' : 'usage.glob-no-file', { glob: arg })
          : said(matches.length === 1 ? 'usage.glob-no-yaml-one' : 'usage.glob-no-yaml', { glob: arg, n: matches.length }),
      );
    }
    const baseAbs = resolve(cwd, base);
    for (const m of specs) {
      const rel = relative(baseAbs, m);
      add({ file: shownUnder(base, rel), path: m, stem: stemOf(rel), root: baseAbs });
    }
  }
  const byStem = new Map<string, SpecInput>();
  for (const input of found) {
    const other = byStem.get(input.stem);
    if (other) {
      throw new UsageError(said('usage.collision', { a: other.file, b: input.file, stem: input.stem }));
    }
    byStem.set(input.stem, input);
  }
  return found;
}

export interface Shard {
  /** 1-based, as written: 1/3 is the first of three */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(said('usage.shard', { given: text }));
  return { index, count };
}

/**
 * This shard's share of the specs: sorted by path, every n-th from the i-th. The same set of specs
 * gives every job the same split, so n jobs with 1/n … n/n cover each spec exactly once. The specs
 * kept stay in the order given.
 */
export function shardOf(inputs: readonly SpecInput[], shard: Shard): SpecInput[] {
  const key = (s: SpecInput) => s.stem;
  const order = [...inputs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const mine = new Set(order.filter((_, i) => i % shard.count === shard.index - 1));
  return inputs.filter((s) => mine.has(s));
}
