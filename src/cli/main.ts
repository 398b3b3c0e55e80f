// The command line: commander wiring, one catch that turns every outcome into an exit code.
// Commands are imported only when run, so `--help` and `types` start fast.
import { Command, CommanderError, Option } from 'commander';
import type { BuildFlags } from './commands/build.js';
import { DEFAULT_FORMATS } from '../writers/index.js';
import { realFs } from './write.js';
import { EXIT, UsageError, colourFor, paintFor } from './io.js';

export type { Context, Io } from './context.js';
export { packageRoot, version } from './context.js';
import { packageRoot, version, type Context, type Io } from './context.js';

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const ctx: Context = {
    out: (s) => io.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
    err: (s) => io.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
    paintOut: paintFor(io.stdout, io.env),
    paintErr: paintFor(io.stderr, io.env),
    env: io.env,
    cwd: io.cwd ?? process.cwd(),
    fs: io.fs ?? realFs,
    packageRoot,
  };
  let code: number = EXIT.ok;
  const program = new Command('svc-contract')
    .description('Customer-service agreements (客户服务协议) from one YAML spec, validated and written as DOCX, PDF and Markdown.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // commander would look at process.stdout and process.env; the streams and env given are the ones that count
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns) || 80,
      getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns) || 80,
      getOutHasColors: () => colourFor(io.stdout, io.env),
      getErrHasColors: () => colourFor(io.stderr, io.env),
    })
    .addHelpText(
      'after',
      `
Exit codes: 0 success, 1 a spec is invalid, 2 usage error (unknown option, missing file), 3 internal error.

Examples:
  $ svc-contract types
  $ svc-contract init --type work-contract deal.yaml
  $ svc-contract validate deal.yaml
  $ svc-contract build deal.yaml --out out/
  $ svc-contract validate --draft examples/*.yaml`,
    );

  program
    .command('validate')
    .description('check one or more specs; print each file\'s verdict and every mistake with its line and column')
    .argument('<spec...>', 'spec files (YAML)')
    .option('--draft', 'allow values to be left out (they become blanks ______), as if each spec said draft: true')
    .option('--json', 'print the verdicts and mistakes as JSON, for CI and editors')
    .addHelpText(
      'after',
      `
Examples:
  $ svc-contract validate deal.yaml
  $ svc-contract validate examples/*.yaml
  $ svc-contract validate --draft starter.yaml
  $ svc-contract validate --json deal.yaml > report.json`,
    )
    .action(async (files: string[], opts: { draft?: boolean; json?: boolean }) => {
      const { validateCommand } = await import('./commands/validate.js');
      code = validateCommand(files, opts, ctx);
    });

  program
    .command('build')
    .description('write each spec\'s contract as DOCX, PDF and Markdown into --out')
    .argument('<spec...>', 'spec files (YAML)')
    .option('-f, --format <list>', 'formats to write, comma-separated: md, docx, pdf', DEFAULT_FORMATS.join(','))
    .option('-o, --out <dir>', 'folder for the outputs (file names come from the spec file names)', '.')
    .option('--draft', 'allow values to be left out: they print as blanks ______')
    .option('--locale <locale>', 'zh-Hans, zh-Hant, zh-Hant-TW (Taiwan wording) or zh-Hant-HK; overrides the spec')
    .option('--templates <dir>', 'your own templates or partials, by file name, over the built-in ones')
    .option('--check', 'write nothing: exit 1 and list the outputs in --out that differ from what the specs produce now (for CI)')
    .option('--font-regular <file>', 'font file for the PDF body (e.g. a Song face); overrides the spec')
    .option('--font-bold <file>', 'bold font file for the PDF headings; overrides the spec')
    .addHelpText(
      'after',
      `
Examples:
  $ svc-contract build deal.yaml --out out/
  $ svc-contract build examples/*.yaml --format md --out out/
  $ svc-contract build --draft starter.yaml --out drafts/
  $ svc-contract build deal.yaml --locale zh-Hant --out out/
  $ svc-contract build deal.yaml --templates firm-templates/ --out out/
  $ svc-contract build --check contracts/*.yaml --out contracts/out/`,
    )
    .action(async (files: string[], opts: BuildFlags) => {
      const { buildCommand } = await import('./commands/build.js');
      code = await buildCommand(files, opts, ctx);
    });

  program
    .command('types')
    .description('list the five agreement types: id, Chinese name, what each is for')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  $ svc-contract types')
    .action(async (opts: { json?: boolean }) => {
      const { typesCommand } = await import('./commands/types.js');
      code = typesCommand(opts, ctx);
    });

  program
    .command('init')
    .description('write a complete, commented starter spec for an agreement type; never overwrites a file')
    .addOption(new Option('-t, --type <type>', 'agreement type: id or Chinese name (see `svc-contract types`)').makeOptionMandatory())
    .argument('[file]', 'where to write it; printed to standard output when left out')
    .addHelpText(
      'after',
      `
Examples:
  $ svc-contract init --type work-contract deal.yaml
  $ svc-contract init --type 客户维护服务协议 maintenance.yaml
  $ svc-contract init --type service-standards > standards.yaml`,
    )
    .action(async (file: string | undefined, opts: { type: string }) => {
      const { initCommand } = await import('./commands/init.js');
      code = initCommand(opts.type, file, ctx);
    });

  program
    .command('schema')
    .description('write the JSON Schema of every type (for editors and other tools)')
    .option('-o, --out <dir>', 'folder to write <type>.schema.json files into')
    .option('-t, --type <type>', 'print only this type\'s schema to standard output')
    .addHelpText(
      'after',
      `
Examples:
  $ svc-contract schema --out schemas
  $ svc-contract schema --type work-contract > work-contract.schema.json`,
    )
    .action(async (opts: { out?: string; type?: string }) => {
      const { schemaCommand } = await import('./commands/schema.js');
      code = schemaCommand(opts, ctx);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      // commander has printed its message already
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      ctx.err(`svc-contract: ${e.message}`);
      return EXIT.usage;
    }
    const err = e as Error;
    ctx.err(`svc-contract: internal error: ${err.message}\nThis is a bug in svc-contract, not in your spec; please report it with the spec and command that caused it.`);
    if (io.env.SVC_CONTRACT_DEBUG) ctx.err(err.stack ?? '');
    return EXIT.internal;
  }
}
