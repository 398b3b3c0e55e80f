#!/usr/bin/env node
// Thin entry: all logic is in dist/ (compiled from src/ when the package is installed).
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`svc-contract: internal error: ${e && e.message}\n`);
    process.exitCode = 3;
  },
);
