// The command line: commander wiring, one catch that turns every outcome into an exit code.
// Commands are imported only when run, so `--help` and `types` start fast.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Help, Option } from 'commander';
import { type Diagnostic, escapeControls, formatDiagnostic } from '../errors/diagnostic.js';
import { EXIT, EXIT_OF, kindOf } from '../errors/exit.js';
import { type Lang, langFromEnv, takeLangFlag } from '../i18n/lang.js';
import { diagnosticWords, localizeDiagnostic, sayError } from '../i18n/localize.js';
import { type MessageId, say, t } from '../i18n/messages.js';
import type { BuildFlags } from './commands/build.js';
import type { ValidateFlags } from './commands/validate.js';
import { colourFor, paintFor } from './io.js';
import { usageErrorReport } from './report.js';
import { realFs } from './write.js';

export type { Context, Io } from './context.js';
export { packageRoot, version } from './context.js';

import { type Context, type Io, packageRoot, version } from './context.js';

export async function main(given: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  // the language of every message, decided here once: --lang, else LC_ALL, LC_MESSAGES, LANG
  const { argv, lang: flagLang, bad } = takeLangFlag(given);
  const lang = flagLang ?? langFromEnv(io.env);
  if (bad !== undefined) {
    io.stderr.write(`svc-contract: ${t(lang, 'cli.bad-lang', { given: escapeControls(bad) })}\n`);
    return EXIT.usage;
  }
  const ctx = contextFor(io, lang);
  // a usage error under --reporter json still gives standard output (or --report-file) a JSON report
  const jsonRun = jsonRunOf(argv);
  let wroteOut = false;
  const out = ctx.out;
  ctx.out = (s) => {
    wroteOut = true;
    return out(s);
  };
  const usageJson = (message: string): void => {
    if (!jsonRun || wroteOut) return;
    const text = `${usageErrorReport(jsonRun.command, message.trim().replace(/^(error|错误)[:：] ?/, ''), version)}\n`;
    if (jsonRun.reportFile !== undefined) {
      try {
        writeFileSync(resolve(ctx.cwd, jsonRun.reportFile), text);
        return;
      } catch {
        // the file cannot be written: standard output gets the report
      }
    }
    io.stdout.write(text);
  };
  let code: number = EXIT.ok;
  const program = programFor(io, ctx, (n) => (code = n));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      // commander has printed its message already (in the user's language), which the JSON report repeats
      usageJson(say(e.message, lang));
      return EXIT.usage;
    }
    // the one place a thrown error becomes a message and an exit code (errors/exit.ts)
    const kind = kindOf(e);
    if (kind === 'usage' || kind === 'write') {
      const message = escapeControls(sayError(e, lang), true);
      ctx.err(`svc-contract: ${message}`);
      if (kind === 'usage') usageJson(message);
      return EXIT_OF[kind];
    }
    if (kind === 'spec' || kind === 'template') {
      // a stage's positioned mistakes that reached here unreported: print them as validate does
      const ds = (e as { diagnostics?: Diagnostic[] }).diagnostics ?? [];
      if (ds.length) for (const d of ds) ctx.err(formatDiagnostic(localizeDiagnostic(d, lang), undefined, ctx.paintErr, diagnosticWords(lang)));
      else ctx.err(`svc-contract: ${escapeControls(sayError(e, lang), true)}`);
      return EXIT_OF[kind];
    }
    const err = e as Error;
    ctx.err(`svc-contract: ${t(lang, 'cli.internal', { message: escapeControls(String(err?.message ?? err), true) })}\n${t(lang, 'report.bug')}`);
    if (io.env.SVC_CONTRACT_DEBUG) ctx.err(err?.stack ?? '');
    return EXIT.internal;
  }
}

/**
 * build, validate, lint or diff asked for a JSON report (`--reporter json`, `--reporter=json`, `--json`, which diff does not take),
 * read from the arguments as given, since a usage error stops commander before its options are known.
 */
function jsonRunOf(argv: readonly string[]): { command: 'build' | 'validate' | 'lint' | 'diff'; reportFile?: string } | undefined {
  const command = argv[0];
  if (command !== 'build' && command !== 'validate' && command !== 'lint' && command !== 'diff') return undefined;
  let json = false;
  let reportFile: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if ((a === '--json' && command !== 'diff') || a === '--reporter=json' || (a === '--reporter' && argv[i + 1] === 'json')) json = true;
    if (a === '--report-file' && argv[i + 1] !== undefined) reportFile = argv[i + 1];
    if (a.startsWith('--report-file=')) reportFile = a.slice('--report-file='.length);
  }
  return json ? { command, ...(reportFile !== undefined ? { reportFile } : {}) } : undefined;
}

/** What every command may touch: the streams, the folder, the file system and the hooks given (a shell's or a test's). */
function contextFor(io: Io, lang: Lang): Context {
  return {
    lang,
    out: (s) => io.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
    err: (s) => io.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
    errRaw: (s) => io.stderr.write(s),
    paintOut: paintFor(io.stdout, io.env),
    paintErr: paintFor(io.stderr, io.env),
    env: io.env,
    cwd: io.cwd ?? process.cwd(),
    fs: io.fs ?? realFs,
    readStdin: io.stdin ?? (() => readFileSync(0)),
    stderrIsTTY: io.stderr.isTTY === true,
    packageRoot,
    hooks: io.hooks ?? {},
  };
}

/** The wiring the commands' registrations share: the context, the help in the user's language, where the exit code goes. */
interface Wiring {
  ctx: Context;
  h: (id: MessageId) => string;
  inputsHelp: string;
  done: (code: number) => void;
}

/** commander's program: the top-level help and options, then every command, each imported only when run. */
function programFor(io: Io, ctx: Context, done: (code: number) => void): Command {
  const { lang } = ctx;
  // --help in the user's language: every description and paragraph by id; commander's own titles
  // (Usage:, Options: …) and its help command's description are matched
  const tr = (s: string) => say(s, lang);
  const h = (id: MessageId) => t(lang, id);
  const program = new Command('svc-contract')
    .description(h('help.program'))
    .version(version, '-V, --version', h('help.version'))
    .helpOption('-h, --help', h('help.help'))
    .showSuggestionAfterError(true)
    .configureHelp({
      styleTitle: (title) => tr(title),
      commandDescription: (cmd) => tr(Help.prototype.commandDescription.call(new Help(), cmd)),
      subcommandDescription: (cmd) => tr(Help.prototype.subcommandDescription.call(new Help(), cmd)),
      optionDescription: (option) => tr(Help.prototype.optionDescription.call(new Help(), option)),
      argumentDescription: (argument) => tr(Help.prototype.argumentDescription.call(new Help(), argument)),
    })
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // commander's own errors (an unknown option, a missing argument), in the user's language
      outputError: (s, write) =>
        write(
          s
            .split('\n')
            .map((line) => say(line, lang))
            .join('\n'),
        ),
      // commander would look at process.stdout and process.env; the streams and env given are the ones that count
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns) || 80,
      getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns) || 80,
      getOutHasColors: () => colourFor(io.stdout, io.env),
      getErrHasColors: () => colourFor(io.stderr, io.env),
    })
    .addHelpText(
      'after',
      `
${h('help.exit-codes')}

${h('help.examples')}
  $ svc-contract types
  $ svc-contract init --type work-contract deal.yaml
  $ svc-contract validate deal.yaml
  $ svc-contract lint deal.yaml
  $ svc-contract build deal.yaml --out out/
  $ svc-contract validate --draft examples/*.yaml

${h('help.lang')}`,
    );
  const w: Wiring = {
    ctx,
    h,
    done,
    inputsHelp: h('help.inputs'),
  };
  addSpecCommands(program, w);
  addBuildCommands(program, w);
  addToolCommands(program, w);
  return program;
}

/** Options several commands take, declared once: [flags, description] for commander's option(). */
const optionsIn = (h: (id: MessageId) => string) =>
  ({
    reporter: ['--reporter <name>', h('help.reporter')],
    reportFile: ['--report-file <file>', h('help.report-file')],
    json: ['--json', h('help.json')],
    shard: ['--shard <i/n>', h('help.shard')],
    config: ['--config <file>', h('help.config')],
    noConfig: ['--no-config', h('help.no-config')],
    templates: ['--templates <dir>', h('help.templates')],
    locale: ['--locale <locale>', h('help.locale')],
    draft: ['--draft', h('help.draft-build')],
  }) as const satisfies Record<string, readonly [string, string]>;

/** validate, lint and textconv: reading specs */
function addSpecCommands(program: Command, w: Wiring): void {
  const { h } = w;
  const OPTION = optionsIn(h);
  program
    .command('validate')
    .description(h('help.validate'))
    .argument('<spec...>', w.inputsHelp)
    .option('--draft', h('help.draft-validate'))
    .option(...OPTION.reporter)
    .option(...OPTION.reportFile)
    .option(...OPTION.json)
    .option(...OPTION.shard)
    .option('--fail-fast', h('help.fail-fast'))
    .option(...OPTION.config)
    .option(...OPTION.noConfig)
    .addHelpText(
      'after',
      `
${h('help.examples')}
  $ svc-contract validate deal.yaml
  $ svc-contract validate specs/
  $ svc-contract validate 'specs/**/*.yaml' --reporter github
  $ svc-contract validate --draft starter.yaml
  $ svc-contract validate --json deal.yaml > report.json`,
    )
    .action(async (files: string[], opts: ValidateFlags) => {
      const { validateCommand } = await import('./commands/validate.js');
      w.done(await validateCommand(files, opts, w.ctx));
    });

  program
    .command('lint')
    .description(h('help.lint'))
    .argument('[spec...]', w.inputsHelp)
    .option('--draft', h('help.draft-lint'))
    .option(...OPTION.reporter)
    .option(...OPTION.reportFile)
    .option(...OPTION.json)
    .option(...OPTION.shard)
    .option('--fail-fast', h('help.fail-fast-lint'))
    .option('--rules', h('help.rules'))
    .option(...OPTION.config)
    .option(...OPTION.noConfig)
    .addHelpText(
      'after',
      `
${h('help.lint-severities')}

${h('help.lint-exit-codes')}

${h('help.examples')}
  $ svc-contract lint deal.yaml
  $ svc-contract lint specs/ --reporter github
  $ svc-contract lint 'specs/**/*.yaml' --reporter junit --report-file lint.xml
  $ svc-contract lint --rules`,
    )
    .action(async (files: string[], opts: import('./commands/lint.js').LintFlags) => {
      const { lintCommand } = await import('./commands/lint.js');
      w.done(await lintCommand(files, opts, w.ctx));
    });

  program
    .command('textconv')
    .description(h('help.textconv'))
    .argument('<spec>', h('help.textconv-spec'))
    .addHelpText(
      'after',
      `
${h('help.textconv-after')}

${h('help.textconv-setup')}
  $ echo '*.contract.yaml diff=svc-contract' >> .gitattributes
  $ git config diff.svc-contract.textconv "npx svc-contract textconv"`,
    )
    .action(async (file: string) => {
      const { textconvCommand } = await import('./commands/textconv.js');
      w.done(await textconvCommand(file, w.ctx));
    });
}

/** build and diff: writing contracts and redlines */
function addBuildCommands(program: Command, w: Wiring): void {
  const { h } = w;
  const OPTION = optionsIn(h);
  program
    .command('build')
    .description(h('help.build'))
    .argument('<spec...>', w.inputsHelp)
    .option('-f, --format <list>', h('help.format'))
    .option('-o, --out <dir>', h('help.out'))
    .option(...OPTION.draft)
    .option(...OPTION.locale)
    .option(...OPTION.templates)
    .option('--check', h('help.check'))
    .option('--incremental', h('help.incremental'))
    .option('-j, --jobs <n>', h('help.jobs'))
    .option('--fail-fast', h('help.fail-fast-build'))
    .option(...OPTION.reporter)
    .option(...OPTION.json)
    .option(...OPTION.reportFile)
    .option(...OPTION.shard)
    .option('--font-regular <file>', h('help.font-regular'))
    .option('--font-bold <file>', h('help.font-bold'))
    .option(...OPTION.config)
    .option(...OPTION.noConfig)
    .addHelpText(
      'after',
      `
${h('help.examples')}
  $ svc-contract build deal.yaml --out out/
  $ svc-contract build specs/ --out contracts/ --jobs 4
  $ svc-contract build 'specs/**/*.yaml' --format md --out out/
  $ svc-contract build --draft starter.yaml --out drafts/
  $ svc-contract build deal.yaml --locale zh-Hant --out out/
  $ svc-contract build deal.yaml --templates firm-templates/ --out out/
  $ svc-contract build specs/ --out contracts/ --check --reporter github
  $ svc-contract build specs/ --out contracts/ --shard 2/4 --reporter junit --report-file junit.xml
  $ cat deal.yaml | svc-contract build - --out out/`,
    )
    .action(async (files: string[], opts: BuildFlags) => {
      const { buildCommand } = await import('./commands/build.js');
      w.done(await buildCommand(files, opts, w.ctx));
    });

  program
    .command('diff')
    .description(h('help.diff'))
    .argument('<spec...>', h('help.diff-specs'))
    .option('--base <rev>', h('help.base'))
    .option('-o, --out <dir>', h('help.diff-out'))
    .option('-f, --format <list>', h('help.diff-format'))
    .option('--reporter <name>', h('help.diff-reporter'))
    .option('--draft', h('help.diff-draft'))
    .option('--locale <locale>', h('help.diff-locale'))
    .option(...OPTION.templates)
    .option(...OPTION.config)
    .option(...OPTION.noConfig)
    .addHelpText(
      'after',
      `
${h('help.diff-exit-codes')}

${h('help.examples')}
  $ svc-contract diff deal-v1.yaml deal-v2.yaml
  $ svc-contract diff deal.yaml --base HEAD~1 --out redlines/
  $ svc-contract diff deal.yaml --base main --reporter json`,
    )
    .action(async (files: string[], opts: import('./commands/diff.js').DiffFlags) => {
      const { diffCommand } = await import('./commands/diff.js');
      w.done(await diffCommand(files, opts, w.ctx));
    });
}

/** types, init, schema and preview */
function addToolCommands(program: Command, w: Wiring): void {
  const { h } = w;
  const OPTION = optionsIn(h);
  program
    .command('types')
    .description(h('help.types'))
    .option('--json', h('help.types-json'))
    .addHelpText('after', `\n${h('help.example')}\n  $ svc-contract types`)
    .action(async (opts: { json?: boolean }) => {
      const { typesCommand } = await import('./commands/types.js');
      w.done(typesCommand(opts, w.ctx));
    });

  program
    .command('init')
    .description(h('help.init'))
    .addOption(new Option('-t, --type <type>', h('help.init-type')).makeOptionMandatory())
    .argument('[file]', h('help.init-file'))
    .addHelpText(
      'after',
      `
${h('help.examples')}
  $ svc-contract init --type work-contract deal.yaml
  $ svc-contract init --type 客户维护服务协议 maintenance.yaml
  $ svc-contract init --type service-standards > standards.yaml`,
    )
    .action(async (file: string | undefined, opts: { type: string }) => {
      const { initCommand } = await import('./commands/init.js');
      w.done(initCommand(opts.type, file, w.ctx));
    });

  program
    .command('schema')
    .description(h('help.schema'))
    .option('-o, --out <dir>', h('help.schema-out'))
    .option('-t, --type <type>', h('help.schema-type'))
    .addHelpText(
      'after',
      `
${h('help.examples')}
  $ svc-contract schema --out schemas
  $ svc-contract schema --type work-contract > work-contract.schema.json`,
    )
    .action(async (opts: { out?: string; type?: string }) => {
      const { schemaCommand } = await import('./commands/schema.js');
      w.done(schemaCommand(opts, w.ctx));
    });

  program
    .command('preview')
    .description(h('help.preview'))
    .argument('<spec>', h('help.preview-spec'))
    .option('-p, --port <n>', h('help.port'))
    .option('--host <addr>', h('help.host'))
    .option(...OPTION.draft)
    .option(...OPTION.locale)
    .option('--templates <dir>', h('help.preview-templates'))
    .option(...OPTION.config)
    .option(...OPTION.noConfig)
    .addHelpText(
      'after',
      `
${h('help.preview-after')}

${h('help.examples')}
  $ svc-contract preview deal.yaml
  $ svc-contract preview deal.yaml --port 0
  $ svc-contract preview deal.yaml --templates firm-templates/`,
    )
    .action(async (file: string, opts: import('./commands/preview.js').PreviewFlags) => {
      const { previewCommand } = await import('./commands/preview.js');
      w.done(await previewCommand(file, opts, w.ctx));
    });
}
