// `svc-contract preview <spec>`: the contract as a page in the browser, re-rendered on every save.
// One process keeps the pipeline warm (convert() with the HTML writer: schemas, templates and
// converters loaded once), a plain node:http server on 127.0.0.1 serves the page and pushes each
// new rendering to it as a Server-Sent Event, and directory watchers (which see editors that save
// by writing a new file and renaming it over the old) re-render, debounced, when the spec, a file
// it names or a template changes. A spec that stops being valid shows its errors in the page
// while the last good contract stays there. I/O lives here; the rendering is convert()'s.
import { type FSWatcher, readdirSync, watch } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { packageRoot } from '../../assets.js';
import { type ConvertResult, convert } from '../../convert.js';
import { type Diagnostic, formatDiagnostic, type Sources } from '../../errors/diagnostic.js';
import type { Lang } from '../../i18n/lang.js';
import { diagnosticWords, localizeDiagnostic, sayError } from '../../i18n/localize.js';
import { said, t } from '../../i18n/messages.js';
import { noContractPage, type PageState, type PreviewError, previewPage, redlineErrorPage } from '../../preview/page.js';
import { type Comparison, compareSpecs } from '../../redline.js';
import { type TemplateSet, templateSources } from '../../render/render.js';
import type { TypeId } from '../../schema/types/index.js';
import { templateCache } from '../../templates/cache.js';
import { TemplateOverrideError } from '../../templates/load.js';
import type { Locale } from '../../text/locale.js';
import { textSettings } from '../config.js';
import { type Context, version } from '../context.js';
import { readFontFile } from '../fonts.js';
import { gitShow } from '../git.js';
import { readSpecFile, UsageError } from '../io.js';
import { fromFolder } from './diff.js';

export interface PreviewFlags {
  port?: string;
  host?: string;
  draft?: boolean;
  locale?: string;
  templates?: string;
  /** a configuration file; false with --no-config */
  config?: string | false;
}

export const DEFAULT_PORT = 4477;
/** How long the watchers wait after the last change before rendering: one save is often several events. */
export const DEBOUNCE_MS = 30;

export type { PreviewError };

type State = PageState;

export interface PreviewSettings {
  /** the spec as the user named it, relative to `cwd` */
  file: string;
  cwd: string;
  draft: boolean;
  locale?: Locale;
  /** a firm's template folder (absolute) and as the user named it */
  templatesDir?: string;
  templatesShown?: string;
  /** the language of the terminal lines and the page's diagnostics (English by default) */
  lang?: Lang;
}

/**
 * The redline of the spec as saved against its last commit, for the page's "redline vs last
 * commit" toggle (GET /redline): the committed spec (git show HEAD:<path>) and the saved one
 * converted, their trees compared (src/diff/), the redline written by the HTML writer, which
 * shows deletions and insertions as <del>/<ins>. Not available, with the reason, outside a git
 * repository, for a spec not yet committed, or while either does not validate.
 */
export async function redlineHtml(spec: {
  path: string;
  shown: string;
  bytes: Uint8Array;
  settings: PreviewSettings;
}): Promise<{ available: true; html: string } | { available: false; message: string }> {
  const { settings } = spec;
  const lang = settings.lang ?? 'en';
  const because = (reason: string) => t(lang, 'page.redline-unavailable-because', { reason });
  let committed: Uint8Array;
  try {
    committed = gitShow('HEAD', spec.path, spec.shown);
  } catch (e) {
    if (e instanceof UsageError) return { available: false, message: because(sayError(e, lang).replace(/^--base HEAD[:：] ?/, '')) };
    throw e;
  }
  let r: Comparison;
  try {
    const readFile = fromFolder(dirname(spec.path));
    r = await compareSpecs(
      { name: `${spec.shown}@HEAD`, bytes: committed, readFile },
      { name: spec.shown, bytes: spec.bytes, readFile },
      {
        formats: ['html'],
        draft: settings.draft,
        ...(settings.locale ? { locale: settings.locale } : {}),
        ...(settings.templatesDir ? { templates: templateCache(settings.templatesDir, settings.templatesShown ?? settings.templatesDir) } : {}),
        version,
        lint: false,
      },
    );
  } catch (e) {
    if (e instanceof UsageError) return { available: false, message: because(sayError(e, lang)) };
    throw e;
  }
  if (!r.ok) return { available: false, message: because(t(lang, 'page.redline-invalid', { file: r.failed.diagnostics[0]?.file ?? spec.shown })) };
  return { available: true, html: new TextDecoder().decode(r.outputs.html!) };
}

export async function previewCommand(file: string, flags: PreviewFlags, ctx: Context): Promise<number> {
  // Ctrl-C (or a TERM) closes the server and the watchers; the command then ends normally, exit 0.
  // The handlers are in place before the server starts (its first line says Ctrl-C stops it) and
  // stay until it has stopped: a signal never meets Node's default, which kills with no exit code.
  let server: PreviewServer | undefined;
  let stopping = false;
  let finish: () => void = () => {};
  const ended = new Promise<void>((done) => {
    finish = done;
  });
  const closeServer = (s: PreviewServer) =>
    void s.close().then(() => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // a watcher or timer of a render begun at the last moment must not keep the process alive
      // after the command has ended: exit 0 a second later if one does (unref'd: this timer alone
      // keeps nothing alive)
      setTimeout(() => process.exit(0), 1000).unref();
      finish();
    });
  function stop(signal: NodeJS.Signals): void {
    if (stopping) return;
    stopping = true;
    ctx.err(`svc-contract preview: ${t(ctx.lang, 'preview.stopped', { signal })}`);
    if (server) closeServer(server);
  }
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    server = await startPreview(file, flags, ctx);
  } catch (e) {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    throw e;
  }
  if (stopping) closeServer(server);
  await ended;
  return 0;
}

export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Whether an address only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || (isIP(h) === 4 && h.startsWith('127.'));
}

export function parsePort(given: string | undefined): number {
  if (given === undefined) return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(given) || Number(given) > 65535) throw new UsageError(said('usage.port', { given }));
  return Number(given);
}

/** Checks the arguments, renders the spec once, listens, and watches; resolves when the page can be opened. */
export async function startPreview(file: string, flags: PreviewFlags, ctx: Context): Promise<PreviewServer> {
  const { port, host, specPath, settings } = previewSettings(file, flags, ctx);
  if (!isLoopback(host)) ctx.err(`svc-contract preview: ${t(ctx.lang, 'preview.exposed', { host })}`);
  const live = new Live(specPath, settings, ctx);
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.end();
    });
  });
  const handle = requestHandler(live, isLoopback(host));
  const bound = await listen(server, host, port);
  const close = () =>
    new Promise<void>((done) => {
      live.close();
      server.close(() => done());
      server.closeAllConnections();
    });
  try {
    await live.render();
    live.watchTemplates();
  } catch (e) {
    await close();
    throw e;
  }
  const shownHost = isIP(host) === 6 ? `[${host}]` : host;
  const url = `http://${shownHost}:${bound}/`;
  const watching = settings.templatesShown
    ? t(ctx.lang, 'preview.watching-firm', { file, templates: settings.templatesShown })
    : t(ctx.lang, 'preview.watching', { file });
  ctx.out(`svc-contract preview: ${t(ctx.lang, 'preview.address', { url, watching })}`);
  return { url, port: bound, close };
}

/** The flags checked: a missing or unreadable spec, a bad port, locale or template folder is a usage error before anything starts. */
function previewSettings(file: string, flags: PreviewFlags, ctx: Context): { port: number; host: string; specPath: string; settings: PreviewSettings } {
  const port = parsePort(flags.port);
  const host = flags.host ?? '127.0.0.1';
  // the locale, templates and draft as every command settles them (the settings file under the flags)
  const text = textSettings(flags, ctx.cwd);
  const specPath = resolve(ctx.cwd, file);
  readSpecFile(file, ctx.cwd);
  const settings: PreviewSettings = {
    file,
    cwd: ctx.cwd,
    draft: text.draft,
    ...(text.locale ? { locale: text.locale } : {}),
    ...(text.templatesDir ? { templatesDir: text.templatesDir, templatesShown: text.templatesShown! } : {}),
    lang: ctx.lang,
  };
  return { port, host, specPath, settings };
}

/**
 * The live side of the preview: the state every page is brought to, the pages listening for
 * events, the watchers, and the renderings they schedule, one at a time (changes during one render
 * once more after it).
 */
class Live {
  readonly state: State = { seq: 0, errors: [] };
  readonly clients = new Set<ServerResponse>();
  readonly renderer: Renderer;
  // the spec's folder, not the spec: an editor that saves by rename replaces the file being watched
  private readonly watchers = new Watchers(() => this.schedule());
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    readonly specPath: string,
    readonly settings: PreviewSettings,
    private readonly ctx: Context,
  ) {
    this.renderer = new Renderer(specPath, settings);
    // every comment line keeps proxies and the browser from closing a quiet stream
    this.heartbeat = setInterval(() => {
      for (const c of this.clients) c.write(':\n\n');
    }, 15_000);
    this.heartbeat.unref();
  }

  send(event: 'contract' | 'errors', data: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const c of this.clients) c.write(frame);
  }

  async render(): Promise<void> {
    const { ctx, state } = this;
    const file = this.settings.file;
    const t0 = performance.now();
    const r = await this.renderer.render();
    const ms = Math.round(performance.now() - t0);
    // the spec and the annex files it names now
    this.watchers.files(this.renderer.inputs());
    if (r.ok) {
      state.seq++;
      state.html = r.html;
      state.errors = [];
      this.send('contract', { seq: state.seq, html: r.html });
      this.send('errors', { errors: [] });
      ctx.out(`svc-contract preview: ${t(ctx.lang, 'preview.rendered', { file, ms })}`);
    } else {
      state.errors = r.errors;
      this.send('errors', { errors: r.errors });
      const errors = t(ctx.lang, r.errors.length === 1 ? 'report.errors.one' : 'report.errors.many', { n: r.errors.length });
      ctx.err(`svc-contract preview: ${t(ctx.lang, state.seq > 0 ? 'preview.errors' : 'preview.errors-none-yet', { file, errors })}`);
      for (const e of r.errors) ctx.err(e.text);
    }
  }

  watchTemplates(): void {
    for (const dir of this.renderer.templateFolders()) this.watchers.folder(dir, () => this.renderer.templatesChanged());
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running) {
        this.again = true;
        return;
      }
      const loop = async () => {
        do {
          this.again = false;
          await this.render();
        } while (this.again);
      };
      this.running = loop()
        .catch((e: unknown) => this.ctx.err(`svc-contract preview: ${t(this.ctx.lang, 'cli.internal', { message: (e as Error).message })}`))
        .finally(() => (this.running = undefined));
    }, DEBOUNCE_MS);
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    clearInterval(this.heartbeat);
    this.watchers.close();
    for (const c of this.clients) c.end();
    this.clients.clear();
  }
}

/** The server's routes: the page, the contract alone, the event stream, the redline. */
function requestHandler(live: Live, loopback: boolean): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { state, clients, settings } = live;
  const file = settings.file;
  const lang = settings.lang ?? 'en';
  return async (req, res) => {
    // a page elsewhere cannot reach the contract through a name that resolves to this machine (DNS rebinding)
    if (loopback && !isLoopback((req.headers.host ?? '').replace(/:\d+$/, '')))
      return void res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden: open the preview at its 127.0.0.1 address\n');
    const url = new URL(req.url ?? '/', 'http://preview');
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    const html = (status: number, body: string) => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    switch (url.pathname) {
      case '/':
        return void html(200, previewPage(state, file, lang));
      case '/contract.html':
        return state.html ? void html(200, state.html) : void html(404, noContractPage(lang));
      case '/events': {
        res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
        // a page loaded before the latest rendering gets it at once
        const since = Number(url.searchParams.get('since'));
        res.write(`retry: 1000\n\n`);
        if (state.html && since !== state.seq) res.write(`event: contract\ndata: ${JSON.stringify({ seq: state.seq, html: state.html })}\n\n`);
        res.write(`event: errors\ndata: ${JSON.stringify({ errors: state.errors })}\n\n`);
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      case '/redline': {
        let r: Awaited<ReturnType<typeof redlineHtml>>;
        try {
          r = await redlineHtml({ path: live.specPath, shown: file, bytes: live.renderer.lastBytes ?? new Uint8Array(), settings });
        } catch (e) {
          r = { available: false, message: t(lang, 'page.redline-unavailable-because', { reason: sayError(e, lang) }) };
        }
        return r.available ? void html(200, r.html) : void html(501, redlineErrorPage(r.message, lang));
      }
      default:
        return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    }
  };
}

/** The port the server listens on (the one asked for, or any free one for 0); a port in use or not allowed is a usage error. */
function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise<number>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const where = `${host}:${port}`;
      if (e.code === 'EADDRINUSE') fail(new UsageError(said('usage.port-in-use', { port, host })));
      else if (e.code === 'EACCES') fail(new UsageError(said('usage.port-denied', { where })));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') fail(new UsageError(said('usage.host', { host })));
      else fail(new UsageError(said('usage.listen', { where, why: e.code ?? e.message })));
    });
    server.listen(port, host, () => ok((server.address() as { port: number }).port));
  });
}

type Rendered = { ok: true; html: string } | { ok: false; errors: PreviewError[] };

/**
 * The warm pipeline: convert() of the spec to HTML, with the templates of each type read once and
 * read again only when a template changes; the files the spec names, recorded as they are read.
 */
class Renderer {
  private templates: (type: TypeId) => TemplateSet;
  private read = new Set<string>();
  lastBytes: Uint8Array | undefined;

  constructor(
    private readonly specPath: string,
    private readonly s: PreviewSettings,
  ) {
    this.templates = templateCache(s.templatesDir, s.templatesShown);
  }

  /** The spec and the files it named in the last rendering (annex files): what a change of re-renders. */
  inputs(): string[] {
    return [this.specPath, ...this.read];
  }

  /** The template folders in use, each with its subfolders (<type>/, partials/). */
  templateFolders(): string[] {
    // the package's own templates/, which bundledTemplates() reads under a firm's
    const roots = [...(this.s.templatesDir ? [this.s.templatesDir] : []), join(packageRoot, 'templates')];
    return roots.flatMap((r) => [r, ...subfolders(r)]);
  }

  /** the reader's language: the diagnostics in the terminal and in the page are said in it */
  private get lang(): Lang {
    return this.s.lang ?? 'en';
  }

  templatesChanged(): void {
    this.templates = templateCache(this.s.templatesDir, this.s.templatesShown);
  }

  async render(): Promise<Rendered> {
    let bytes: Uint8Array;
    try {
      const r = readSpecFile(this.s.file, this.s.cwd);
      if ('oversize' in r)
        return { ok: false, errors: [plainError(this.s.file, t(this.lang, 'preview.oversize', { n: Math.ceil(r.oversize / 1024) }), this.lang)] };
      bytes = r.bytes;
    } catch (e) {
      // between an editor's delete and its rename, or a spec removed: say so, keep the last contract
      return {
        ok: false,
        errors: [plainError(this.s.file, sayError(e, this.lang).replace(new RegExp(`^${escapeRe(this.s.file)}[:：] ?`), ''), this.lang)],
      };
    }
    this.lastBytes = bytes;
    const specDir = dirname(this.specPath);
    const read = new Set<string>();
    let result: ConvertResult;
    try {
      result = await convert(bytes, {
        file: this.s.file,
        formats: ['html'],
        draft: this.s.draft,
        ...(this.s.locale ? { locale: this.s.locale } : {}),
        templates: this.templates,
        readFile: (p) => {
          const path = resolve(specDir, p);
          read.add(path);
          return readFontFile(path);
        },
        version,
      });
    } catch (e) {
      if (e instanceof TemplateOverrideError)
        return { ok: false, errors: [plainError(this.s.templatesShown ?? 'templates', sayError(e, this.lang), this.lang)] };
      throw e;
    }
    this.read = read;
    if (result.ok) return { ok: true, html: new TextDecoder().decode(result.outputs.html!) };
    // each mistake under its own file's line: the spec's, or a template's
    const sources = { ...(result.contract ? templateSources(this.templates(result.contract.type.id)) : {}), [this.s.file]: result.text };
    return {
      ok: false,
      errors: result.diagnostics.filter((d) => d.severity === 'error').map((d) => previewError(localizeDiagnostic(d, this.lang), sources, this.lang)),
    };
  }
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}

function previewError(d: Diagnostic, sources: Sources, lang: Lang): PreviewError {
  return {
    file: d.file,
    line: d.line,
    col: d.col,
    severity: d.severity,
    message: d.message,
    text: formatDiagnostic(d, sources, undefined, diagnosticWords(lang)),
  };
}

function plainError(file: string, message: string, lang: Lang): PreviewError {
  return { file, line: 1, col: 1, severity: 'error', message, text: `${file}: ${t(lang, 'severity.error')}: ${message}` };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Directory watchers: a folder's watcher outlives the files in it being replaced, so an editor's
 * save by rename is seen; events are filtered to the files asked about.
 */
class Watchers {
  private readonly all: FSWatcher[] = [];
  /** folders watched for the files in `wanted` */
  private readonly dirs = new Set<string>();
  private wanted = new Set<string>();

  constructor(private readonly changed: () => void) {}

  /** Watch these files (instead of those asked for before), each through its folder. */
  files(paths: readonly string[]): void {
    this.wanted = new Set(paths);
    for (const p of paths) {
      const dir = dirname(p);
      if (this.dirs.has(dir)) continue;
      this.dirs.add(dir);
      // no name (some platforms): it may have been one of ours
      this.add(dir, (name) => name === null || this.wanted.has(join(dir, name)));
    }
  }

  /** Watch every file of a folder; `first` runs before the change is reported. */
  folder(dir: string, first: () => void): void {
    this.add(dir, () => {
      first();
      return true;
    });
  }

  private add(dir: string, accept: (name: string | null) => boolean): void {
    try {
      const w = watch(dir, { persistent: true }, (_event, name) => {
        if (accept(name === null ? null : String(name))) this.changed();
      });
      // a folder removed meanwhile: nothing more to see there
      w.on('error', () => w.close());
      this.all.push(w);
    } catch {
      /* a folder that cannot be watched (gone, or no permission): the others still are */
    }
  }

  close(): void {
    for (const w of this.all) w.close();
    this.all.length = 0;
  }
}
