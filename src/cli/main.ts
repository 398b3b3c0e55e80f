// The command line: commander wiring, one catch that turns every outcome into an exit code.
// Commands are imported only when run, so `--help` and `types` start fast.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Help, Option } from 'commander';
import { type Diagnostic, escapeControls, formatDiagnostic } from '../errors/diagnostic.js';
import { EXIT, EXIT_OF, kindOf } from '../errors/exit.js';
import { type Lang, langFromEnv, takeLangFlag } from '../i18n/lang.js';
import { diagnosticWords, localizeDiagnostic } from '../i18n/localize.js';
import { say, t } from '../i18n/messages.js';
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
      const message = escapeControls(say((e as Error).message, lang), true);
      ctx.err(`svc-contract: ${message}`);
      if (kind === 'usage') usageJson(message);
      return EXIT_OF[kind];
    }
    if (kind === 'spec' || kind === 'template') {
      // a stage's positioned mistakes that reached here unreported: print them as validate does
      const ds = (e as { diagnostics?: Diagnostic[] }).diagnostics ?? [];
      if (ds.length) for (const d of ds) ctx.err(formatDiagnostic(localizeDiagnostic(d, lang), undefined, ctx.paintErr, diagnosticWords(lang)));
      else ctx.err(`svc-contract: ${escapeControls(say((e as Error).message, lang), true)}`);
      return EXIT_OF[kind];
    }
    const err = e as Error;
    ctx.err(`svc-contract: ${t(lang, 'cli.internal', { message: escapeControls(String(err?.message ?? err), true) })}\n${t(lang, 'report.bug')}`);
    if (io.env.SVC_CONTRACT_DEBUG) ctx.err(err?.stack ?? '');
    return EXIT.internal;
  }
}

/**
 * build, validate or lint asked for a JSON report (`--reporter json`, `--reporter=json`, `--json`),
 * read from the arguments as given, since a usage error stops commander before its options are known.
 */
function jsonRunOf(argv: readonly string[]): { command: 'build' | 'validate' | 'lint'; reportFile?: string } | undefined {
  const command = argv[0];
  if (command !== 'build' && command !== 'validate' && command !== 'lint') return undefined;
  let json = false;
  let reportFile: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--json' || a === '--reporter=json' || (a === '--reporter' && argv[i + 1] === 'json')) json = true;
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
  helpText: (text: string) => string;
  inputsHelp: string;
  done: (code: number) => void;
}

/** commander's program: the top-level help and options, then every command, each imported only when run. */
function programFor(io: Io, ctx: Context, done: (code: number) => void): Command {
  const { lang } = ctx;
  // --help in the user's language: commander's titles and every description go through the catalogue
  const tr = (s: string) => say(s, lang);
  const helpText = (text: string) =>
    lang === 'en'
      ? text
      : text
          .replace(/^\n/, '')
          .split('\n\n')
          .map((p) => (tr(p) !== p ? tr(p) : p.split('\n').map(tr).join('\n')))
          .join('\n\n')
          .replace(/^/, '\n');
  const program = new Command('svc-contract')
    .description('Customer-service agreements (客户服务协议) from one YAML spec, validated and written as DOCX, PDF and Markdown.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
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
      helpText(`
Exit codes: 0 success, 1 a spec is invalid (or, with --check, an output is not current; with lint, a finding of error severity), 2 usage error (unknown option, missing file, outputs that cannot be written), 3 internal error.

Examples:
  $ svc-contract types
  $ svc-contract init --type work-contract deal.yaml
  $ svc-contract validate deal.yaml
  $ svc-contract lint deal.yaml
  $ svc-contract build deal.yaml --out out/
  $ svc-contract validate --draft examples/*.yaml

Messages: in Chinese when LC_ALL, LC_MESSAGES or LANG (the first one set) starts with zh, else in English; --lang zh-CN or --lang en chooses.`),
    );
  const w: Wiring = {
    ctx,
    helpText,
    done,
    inputsHelp: "spec files, folders (every .yaml/.yml beneath) or quoted globs ('specs/**/*.yaml'); - for standard input",
  };
  addSpecCommands(program, w);
  addBuildCommands(program, w);
  addToolCommands(program, w);
  return program;
}

/** Options several commands take, declared once: [flags, description] for commander's option(). */
const OPTION = {
  reporter: ['--reporter <name>', 'human (default), json, github (annotations) or junit (XML)'],
  reportFile: ['--report-file <file>', "write the --reporter's output to this file; the terminal gets the human one"],
  json: ['--json', 'the same as --reporter json'],
  shard: ['--shard <i/n>', 'only the i-th of n equal shares of the specs (sorted by path), for a CI matrix'],
  config: ['--config <file>', 'settings file (default: the nearest svc-contract.config.json|yaml or package.json "svc-contract")'],
  noConfig: ['--no-config', 'ignore any settings file'],
  templates: ['--templates <dir>', 'your own templates or partials, by file name, over the built-in ones'],
  locale: ['--locale <locale>', 'zh-Hans, zh-Hant, zh-Hant-TW (Taiwan wording) or zh-Hant-HK; overrides the spec'],
  draft: ['--draft', 'allow values to be left out: they print as blanks ______'],
} as const satisfies Record<string, readonly [string, string]>;

/** validate, lint and textconv: reading specs */
function addSpecCommands(program: Command, w: Wiring): void {
  program
    .command('validate')
    .description("check specs; print each one's verdict and every mistake with its line and column")
    .argument('<spec...>', w.inputsHelp)
    .option('--draft', 'allow values to be left out (they become blanks ______), as if each spec said draft: true')
    .option(...OPTION.reporter)
    .option(...OPTION.reportFile)
    .option(...OPTION.json)
    .option(...OPTION.shard)
    .option('--fail-fast', 'stop at the first spec that fails')
    .option(...OPTION.config)
    .option(...OPTION.noConfig)
    .addHelpText(
      'after',
      w.helpText(`
Examples:
  $ svc-contract validate deal.yaml
  $ svc-contract validate specs/
  $ svc-contract validate 'specs/**/*.yaml' --reporter github
  $ svc-contract validate --draft starter.yaml
  $ svc-contract validate --json deal.yaml > report.json`),
    )
    .action(async (files: string[], opts: ValidateFlags) => {
      const { validateCommand } = await import('./commands/validate.js');
      w.done(await validateCommand(files, opts, w.ctx));
    });

  program
    .command('lint')
    .description('validate each spec, then check its terms against each other and its wording (lint rules, each with an id and a severity)')
    .argument('[spec...]', w.inputsHelp)
    .option('--draft', 'treat every spec as a draft (rules about blanks then stay quiet)')
    .option(...OPTION.reporter)
    .option(...OPTION.reportFile)
    .option(...OPTION.json)
    .option(...OPTION.shard)
    .option('--fail-fast', 'stop at the first spec that is invalid or has a lint error')
    .option('--rules', 'list the rules: id, default severity, what each finds')
    .option(...OPTION.config)
    .option(...OPTION.noConfig)
    .addHelpText(
      'after',
      w.helpText(`
Severities: each rule has a default (error, warning or info); set one per rule, or off, under
\`lint:\` in the spec or in the settings file (the spec wins), e.g. lint: { zero-penalty: off }.

Exit codes: 0 no finding of error severity, 1 a spec is invalid or has a finding of error severity, 2 usage error (unknown option, missing file, a mistake in the settings file), 3 internal error.

Examples:
  $ svc-contract lint deal.yaml
  $ svc-contract lint specs/ --reporter github
  $ svc-contract lint 'specs/**/*.yaml' --reporter junit --report-file lint.xml
  $ svc-contract lint --rules`),
    )
    .action(async (files: string[], opts: import('./commands/lint.js').LintFlags) => {
      const { lintCommand } = await import('./commands/lint.js');
      w.done(await lintCommand(files, opts, w.ctx));
    });

  program
    .command('textconv')
    .description("print the contract's text, a paragraph a line, for git's diff driver (git diff shows the wording a spec edit changed)")
    .argument('<spec>', 'a spec file (git passes the file to show)')
    .addHelpText(
      'after',
      w.helpText(`
A spec that does not validate is printed as its YAML, after one line saying so; the exit code is 0
either way (git stops the whole diff when a textconv fails), 2 only when the file cannot be read.

Set up in a repository of specs:
  $ echo '*.contract.yaml diff=svc-contract' >> .gitattributes
  $ git config diff.svc-contract.textconv "npx svc-contract textconv"`),
    )
    .action(async (file: string) => {
      const { textconvCommand } = await import('./commands/textconv.js');
      w.done(await textconvCommand(file, w.ctx));
    });
}

/** build and diff: writing contracts and redlines */
function addBuildCommands(program: Command, w: Wiring): void {
  program
    .command('build')
    .description("write each spec's contract as DOCX, PDF and Markdown into --out, mirroring the folders the specs are in")
    .argument('<spec...>', w.inputsHelp)
    .option('-f, --format <list>', 'formats to write, comma-separated: md, docx, pdf, html (default: md, docx, pdf)')
    .option('-o, --out <dir>', 'folder for the outputs (default: the working folder); specs found in a folder or glob keep their subfolders')
    .option(...OPTION.draft)
    .option(...OPTION.locale)
    .option(...OPTION.templates)
    .option('--check', 'write nothing: exit 1 and list the outputs in --out that differ from what the specs produce now (for CI)')
    .option('--incremental', 'skip a spec whose outputs already record this build (same spec, version, templates and options)')
    .option('-j, --jobs <n>', 'worker threads building in parallel (default: one per core; 1 builds in this process)')
    .option('--fail-fast', 'stop at the first spec that fails (default: build the rest, exit 1 at the end)')
    .option(...OPTION.reporter)
    .option(...OPTION.json)
    .option(...OPTION.reportFile)
    .option(...OPTION.shard)
    .option('--font-regular <file>', 'font file for the PDF body (e.g. a Song face); overrides the spec')
    .option('--font-bold <file>', 'bold font file for the PDF headings; overrides the spec')
    .option(...OPTION.config)
    .option(...OPTION.noConfig)
    .addHelpText(
      'after',
      w.helpText(`
Examples:
  $ svc-contract build deal.yaml --out out/
  $ svc-contract build specs/ --out contracts/ --jobs 4
  $ svc-contract build 'specs/**/*.yaml' --format md --out out/
  $ svc-contract build --draft starter.yaml --out drafts/
  $ svc-contract build deal.yaml --locale zh-Hant --out out/
  $ svc-contract build deal.yaml --templates firm-templates/ --out out/
  $ svc-contract build specs/ --out contracts/ --check --reporter github
  $ svc-contract build specs/ --out contracts/ --shard 2/4 --reporter junit --report-file junit.xml
  $ cat deal.yaml | svc-contract build - --out out/`),
    )
    .action(async (files: string[], opts: BuildFlags) => {
      const { buildCommand } = await import('./commands/build.js');
      w.done(await buildCommand(files, opts, w.ctx));
    });

  program
    .command('diff')
    .description('the redline between two versions of a contract: the changed clauses, and with --out a tracked-change DOCX, a marked PDF and a Markdown diff')
    .argument('<spec...>', 'the old and the new spec; or one spec with --base')
    .option('--base <rev>', 'compare the spec with its version at this git revision (read with git show), e.g. HEAD~1 or main')
    .option('-o, --out <dir>', 'write <new>.redline.docx, .pdf and .md into this folder')
    .option('-f, --format <list>', 'redline formats to write with --out, comma-separated: md, docx, pdf (default: all three)')
    .option('--reporter <name>', 'human (default) or json (the changed clauses as data)')
    .option('--draft', 'allow values to be left out in both specs (they print as blanks ______)')
    .option('--locale <locale>', 'zh-Hans, zh-Hant, zh-Hant-TW or zh-Hant-HK; overrides both specs')
    .option(...OPTION.templates)
    .option(...OPTION.config)
    .option(...OPTION.noConfig)
    .addHelpText(
      'after',
      w.helpText(`
Exit codes: 0 the two are the same contract, 1 they differ, 2 error (a spec that does not validate, specs of two types, no git repository).

Examples:
  $ svc-contract diff deal-v1.yaml deal-v2.yaml
  $ svc-contract diff deal.yaml --base HEAD~1 --out redlines/
  $ svc-contract diff deal.yaml --base main --reporter json`),
    )
    .action(async (files: string[], opts: import('./commands/diff.js').DiffFlags) => {
      const { diffCommand } = await import('./commands/diff.js');
      w.done(await diffCommand(files, opts, w.ctx));
    });
}

/** types, init, schema and preview */
function addToolCommands(program: Command, w: Wiring): void {
  program
    .command('types')
    .description('list the five agreement types: id, Chinese name, what each is for')
    .option('--json', 'print as JSON')
    .addHelpText('after', w.helpText('\nExample:\n  $ svc-contract types'))
    .action(async (opts: { json?: boolean }) => {
      const { typesCommand } = await import('./commands/types.js');
      w.done(typesCommand(opts, w.ctx));
    });

  program
    .command('init')
    .description('write a complete, commented starter spec for an agreement type; never overwrites a file')
    .addOption(new Option('-t, --type <type>', 'agreement type: id or Chinese name (see `svc-contract types`)').makeOptionMandatory())
    .argument('[file]', 'where to write it (its folder is made as needed); printed to standard output when left out or -')
    .addHelpText(
      'after',
      w.helpText(`
Examples:
  $ svc-contract init --type work-contract deal.yaml
  $ svc-contract init --type 客户维护服务协议 maintenance.yaml
  $ svc-contract init --type service-standards > standards.yaml`),
    )
    .action(async (file: string | undefined, opts: { type: string }) => {
      const { initCommand } = await import('./commands/init.js');
      w.done(initCommand(opts.type, file, w.ctx));
    });

  program
    .command('schema')
    .description('write the JSON Schema of every type (for editors and other tools)')
    .option('-o, --out <dir>', 'folder to write <type>.schema.json files into')
    .option('-t, --type <type>', "print only this type's schema to standard output")
    .addHelpText(
      'after',
      w.helpText(`
Examples:
  $ svc-contract schema --out schemas
  $ svc-contract schema --type work-contract > work-contract.schema.json`),
    )
    .action(async (opts: { out?: string; type?: string }) => {
      const { schemaCommand } = await import('./commands/schema.js');
      w.done(schemaCommand(opts, w.ctx));
    });

  program
    .command('preview')
    .description('serve the contract as a page on 127.0.0.1 that re-renders on every save of the spec or the templates, with its errors in the page')
    .argument('<spec>', 'the spec file to show')
    .option('-p, --port <n>', 'port to listen on (default: 4477; 0 for any free port)')
    .option('--host <addr>', 'address to listen on (default: 127.0.0.1, this machine only); another lets the network read the contract')
    .option(...OPTION.draft)
    .option(...OPTION.locale)
    .option('--templates <dir>', 'your own templates or partials, by file name, over the built-in ones (watched too)')
    .option(...OPTION.config)
    .option(...OPTION.noConfig)
    .addHelpText(
      'after',
      w.helpText(`
Open the address it prints. Ctrl-C stops it (exit 0); a missing spec or a port in use is a usage error (exit 2).

Examples:
  $ svc-contract preview deal.yaml
  $ svc-contract preview deal.yaml --port 0
  $ svc-contract preview deal.yaml --templates firm-templates/`),
    )
    .action(async (file: string, opts: import('./commands/preview.js').PreviewFlags) => {
      const { previewCommand } = await import('./commands/preview.js');
      w.done(await previewCommand(file, opts, w.ctx));
    });
}
