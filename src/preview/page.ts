// The live preview's page: the HTML writer's document with the preview's bar, error panel, style
// and script added; and the pages the server sends instead (no contract yet, no redline). The bar,
// the empty page, those pages, the CSS and the script are files of their own
// (assets/preview/), read once from the package; the server (src/cli/commands/preview.ts) serves
// what this returns. Pure but for reading the package's own files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../assets.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import { esc } from '../writers/html.js';

/** What the page shows of a spec that does not build: each mistake as the terminal prints it. */
export interface PreviewError {
  file: string;
  line: number;
  col: number;
  severity: string;
  message: string;
  /** file:line:col: error: message, the quoted line with a caret under the spot, the hint */
  text: string;
}

/** The state every page is brought to: the last good contract, and the mistakes of the latest save (none when it built). */
export interface PageState {
  /** counts renderings that produced a contract, so that a page knows whether it has the latest */
  seq: number;
  html?: string;
  errors: PreviewError[];
}

const cache = new Map<string, string>();
type Asset = 'bar.html' | 'empty.html' | 'no-contract.html' | 'redline-error.html' | 'page.css' | 'page.js';
/** One of the page's files in assets/preview/. */
function asset(name: Asset): string {
  let text = cache.get(name);
  if (text === undefined) cache.set(name, (text = readFileSync(join(packageRoot, 'assets', 'preview', name), 'utf8')));
  return text;
}

/** An asset's {{name}} slots filled with the values given, which are HTML already. */
const fill = (text: string, values: Record<string, string>): string => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

/** The page: the writer's own document with the preview's bar, error panel and script added to its body; its own words in `lang`. */
export function previewPage(state: PageState, file: string, lang: Lang = 'en'): string {
  const doc = state.html ?? fill(asset('empty.html'), { file: esc(file), lang, empty: esc(t(lang, 'page.empty', { file })) });
  const at = doc.lastIndexOf('</body>');
  const open = doc.indexOf('<main');
  const close = doc.lastIndexOf('</main>') + '</main>'.length;
  // the contract inside a container the script swaps it in; the redline beside it, hidden
  const body = `${doc.slice(0, open)}<div id="svc_preview_contract">${doc.slice(open, close)}</div>\n<div id="svc_preview_redline" hidden></div>${doc.slice(close, at)}`;
  const headAt = body.indexOf('</head>');
  const style = `<style id="svc_preview_style">${asset('page.css')}</style>\n`;
  const script = `<script data-seq="${state.seq}" data-words="${esc(JSON.stringify(scriptWords(lang)))}">${asset('page.js')}</script>\n`;
  return `${body.slice(0, headAt)}${style}${body.slice(headAt)}${bar(state, file, lang)}${script}${doc.slice(at)}`;
}

/** The words the page's script says itself (the error heading, the redline note), {n}/{reason} left to fill. */
const scriptWords = (lang: Lang) => ({
  errorsOne: t(lang, 'page.errors.one'),
  errorsMany: t(lang, 'page.errors.many'),
  unavailable: t(lang, 'page.redline-unavailable'),
  unavailableBecause: t(lang, 'page.redline-unavailable-because'),
});

function bar(state: PageState, file: string, lang: Lang): string {
  const n = state.errors.length;
  return fill(asset('bar.html'), {
    live: esc(t(lang, 'page.live', { file })),
    toggle: esc(t(lang, 'page.redline-toggle')),
    hidden: n ? '' : ' hidden',
    heading: n ? esc(t(lang, n === 1 ? 'page.errors.one' : 'page.errors.many', { n })) : '',
    errors: state.errors.map((e) => `<pre class="svc_preview_error">${esc(e.text)}</pre>`).join(''),
  });
}

/** What /contract answers before the spec has built once, in `lang`. */
export const noContractPage = (lang: Lang = 'en'): string =>
  fill(asset('no-contract.html'), { lang, title: esc(t(lang, 'page.no-contract-title')), text: esc(t(lang, 'page.no-contract')) });

/** What /redline answers when there is no redline to show (no earlier version, a spec that does not build): the reason, in `lang`. */
export const redlineErrorPage = (message: string, lang: Lang = 'en'): string =>
  fill(asset('redline-error.html'), { lang, title: esc(t(lang, 'page.redline-title')), message: esc(message) });
