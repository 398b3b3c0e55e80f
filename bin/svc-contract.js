#!/usr/bin/env node
// Thin entry: all logic is in dist/, compiled from src/ and bundled (dist/bundle/, one file per
// command and per writer) by `npm run build`, which npm runs on `npm ci` in a clone and on
// `npm pack`: an installed package has it built and never builds.
import { main } from '../dist/bundle/cli.js';

// `svc-contract … | head` closes the pipe early: stop quietly, as other command-line tools do
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`svc-contract: internal error: ${e?.message}\n`);
    process.exitCode = 3;
  },
);
