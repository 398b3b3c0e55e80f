// What a command may touch of its surroundings, and the package it runs from: the types every
// command shares, apart from main.ts so that commands need not import the program that loads them.
import { packageRoot, packageVersion } from '../assets.js';
import type { Paint } from '../errors/diagnostic.js';
import type { Lang } from '../i18n/lang.js';
import type { OutStream } from './io.js';
import type { FileSystem } from './write.js';

/** What a command may touch of its surroundings; tests pass their own, a shell passes the process's. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  env: NodeJS.ProcessEnv;
  /** the folder that paths named by the user are relative to; process.cwd() when left out */
  cwd?: string;
  /** the file system outputs are written through; node:fs when left out (tests inject faults) */
  fs?: FileSystem;
  /** all of standard input, for a spec named `-`; the process's when left out */
  stdin?: () => Uint8Array;
  /** what tests make happen inside a run; never set by bin/svc-contract.js */
  hooks?: TestHooks;
}

/** Faults a test injects through `Io`, not through the environment a user's shell passes. */
export interface TestHooks {
  /** `build` stops at this stage until a signal comes: the interrupt tests */
  pauseAt?: 'before-write' | 'after-temps';
  /** the batch worker thread building this spec (as named) dies: the worker-crash test */
  workerExit?: string;
}

export interface Context {
  out(s: string): void;
  err(s: string): void;
  /** standard error as it is, no newline added (a progress line redrawn in place) */
  errRaw(s: string): void;
  paintOut: Paint;
  paintErr: Paint;
  env: NodeJS.ProcessEnv;
  /** the folder that paths named by the user are relative to */
  cwd: string;
  /** the file system outputs are written through */
  fs: FileSystem;
  /** all of standard input (read once, when a spec is named `-`) */
  readStdin: () => Uint8Array;
  /** whether standard error is a terminal a progress line may be drawn on */
  stderrIsTTY: boolean;
  /** the installed package's folder: schemas/ and templates/ live there */
  packageRoot: string;
  /** the language of messages, help and init's comments: decided once, from --lang or the locale variables */
  lang: Lang;
  /** a test's injected faults (Io.hooks); none in a user's run */
  hooks: TestHooks;
}

/** the installed package's folder and version, found as assets.ts finds them (from src/, dist/ or the bundle) */
export { packageRoot };
export const version = packageVersion();
