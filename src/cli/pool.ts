// Worker threads for a batch: n workers, each loading the pipeline once; jobs go to whichever is
// free. A result crosses back as plain data; a job that throws (a bug) rejects with its stack.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../assets.js';
import type { Job, JobResult, JobSettings } from './job.js';

/**
 * The worker's module: beside this one when compiled (dist/cli/, or dist/bundle/ where the bundle
 * puts it), else the compiled one (tests run this module from src/, which Node cannot run itself).
 */
function workerFile(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  return join(packageRoot, 'dist', 'cli', 'worker.js');
}

export class InternalError extends Error {
  override name = 'InternalError';
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

interface Slot {
  worker: Worker;
  busy?: { id: number; resolve: (r: JobResult) => void; reject: (e: Error) => void };
}

/** Workers that may die (out of memory on a hostile spec, a crash) and be replaced before the pool gives up. */
const MAX_RESPAWNS = 8;

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: { id: number; job: Job; resolve: (r: JobResult) => void; reject: (e: Error) => void }[] = [];
  private next = 0;
  private respawns = 0;
  private closing = false;
  private readonly file = workerFile();

  constructor(
    size: number,
    private readonly settings: JobSettings,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.file, { workerData: this.settings });
    const slot: Slot = { worker };
    worker.on('message', (msg: { id: number; result?: JobResult; crash?: { message: string; stack?: string } }) => {
      const busy = slot.busy;
      delete slot.busy;
      if (busy) {
        if (msg.result) busy.resolve(msg.result);
        else busy.reject(new InternalError(msg.crash?.message ?? 'a worker failed', msg.crash?.stack));
      }
      this.pump();
    });
    // a worker that dies takes only its own spec with it: that one is an internal error, a new
    // worker takes its place for the rest
    const died = (e: Error) => {
      const busy = slot.busy;
      delete slot.busy;
      busy?.reject(new InternalError(e.message, e.stack));
      if (this.closing) return;
      const i = this.slots.indexOf(slot);
      if (i === -1) return;
      if (++this.respawns > MAX_RESPAWNS) {
        this.slots.splice(i, 1);
        if (this.slots.length === 0) for (const q of this.queue.splice(0)) q.reject(new InternalError('every worker thread failed'));
        return;
      }
      this.slots[i] = this.spawn();
      this.pump();
    };
    worker.on('error', died);
    worker.on('exit', (code) => {
      if (!this.closing && this.slots.includes(slot)) died(new Error(`a worker thread stopped (exit code ${code})`));
    });
    return slot;
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.next++, job, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const item = this.queue.shift();
      if (!item) return;
      slot.busy = { id: item.id, resolve: item.resolve, reject: item.reject };
      slot.worker.postMessage({ id: item.id, job: item.job });
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Runs `work` over `items` with at most `limit` started and not yet handed on, and hands each
 * result to `done` in the items' order (awaiting it before the next), as soon as it and every
 * earlier one are finished. Once `stop()` is true after a `done`, nothing more is started: what
 * was started is still handed to `done`, the rest to `skipped`.
 */
export async function inOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  done: (result: R, item: T, index: number) => void | Promise<void>,
  stop: () => boolean = () => false,
  skipped: (item: T, index: number) => void = () => {},
): Promise<void> {
  const running: Promise<R>[] = [];
  let started = 0;
  let stopped = false;
  const launch = (handed: number) => {
    while (!stopped && started < items.length && started - handed < limit) {
      const i = started++;
      running[i] = work(items[i]!, i);
      // awaited in order below; this keeps an early rejection from counting as unhandled
      running[i].catch(() => {});
    }
  };
  for (let i = 0; i < items.length; i++) {
    launch(i);
    if (i >= started) {
      skipped(items[i]!, i);
      continue;
    }
    const result = await running[i]!;
    delete running[i];
    await done(result, items[i]!, i);
    if (!stopped && stop()) stopped = true;
  }
}
