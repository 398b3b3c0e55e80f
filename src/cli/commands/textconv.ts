// `svc-contract textconv <spec>`: the contract's text for git's diff driver (textconv), so that
// `git diff` and `git log -p` show the wording a spec edit changed. Always exit 0 once the file is
// read: git stops the whole diff when a textconv fails, so a spec that does not validate is
// printed as its YAML, after one line saying so (without the file's name: git hands over a
// temporary copy, whose name differs between the two sides of the diff).
import { dirname, resolve } from 'node:path';
import { compile } from '../../compile.js';
import { exitCodeIn, kindOfFault } from '../../errors/exit.js';
import { said, t } from '../../i18n/messages.js';
import { documentAsText } from '../../tree/text.js';
import { templatesOf, textSettings } from '../config.js';
import type { Context } from '../context.js';
import { readFontFile } from '../fonts.js';
import { EXIT, MAX_STDIN, readSpecFile, UsageError } from '../io.js';

/** The line before the YAML of a spec that does not validate (in English; in the reader's language: t(lang, 'textconv.not-valid')). */
export const NOT_VALID_LINE = `# svc-contract textconv: ${t('en', 'textconv.not-valid')}`;

export async function textconvCommand(file: string, ctx: Context): Promise<number> {
  // `-`: standard input, as git's textconv may be fed and as every other command reads it
  const read = file === '-' ? readStdin(ctx) : readSpecFile(file, ctx.cwd);
  if ('oversize' in read) {
    ctx.out(`# svc-contract textconv: ${t(ctx.lang, 'textconv.oversize', { n: read.oversize })}`);
    return EXIT.ok;
  }
  const specDir = file === '-' ? ctx.cwd : dirname(resolve(ctx.cwd, file));
  // in the locale, from the templates and as a draft or not as the settings file says: the text build writes
  const settings = textSettings({}, ctx.cwd);
  // the wording as it stands, lint findings or not: git shows what an edit changed
  const result = await compile(read.bytes, {
    file: file === '-' ? '<stdin>' : file,
    draft: settings.draft,
    ...(settings.locale ? { locale: settings.locale } : {}),
    templates: templatesOf(settings),
    readFile: (p) => readFontFile(resolve(specDir, p)),
    lint: false,
  });
  if (result.ok && result.tree) {
    ctx.out(documentAsText(result.tree));
    return EXIT.ok;
  }
  const raw = new TextDecoder('utf-8').decode(read.bytes).replace(/^\ufeff/, '');
  ctx.out(`# svc-contract textconv: ${t(ctx.lang, 'textconv.not-valid')}\n${raw}`);
  // 0 for the user's spec, as git needs; a bundled template that fails is a bug (errors/exit.ts)
  const kind = kindOfFault(result.fault);
  if (kind === 'internal') ctx.err(`svc-contract: ${result.diagnostics[0]?.message ?? ''}\n${t(ctx.lang, 'report.bug')}`);
  return exitCodeIn('textconv', kind);
}

function readStdin(ctx: Context): { bytes: Uint8Array } | { oversize: number } {
  let bytes: Uint8Array;
  try {
    bytes = ctx.readStdin();
  } catch (e) {
    throw new UsageError(said('usage.stdin', { why: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  return bytes.byteLength > MAX_STDIN ? { oversize: bytes.byteLength } : { bytes };
}
