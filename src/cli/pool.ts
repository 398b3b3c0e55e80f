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

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: { id: number; job: Job; resolve: (r: JobResult) => void; reject: (e: Error) => void }[] = [];
  private next = 0;

  constructor(size: number, settings: JobSettings) {
    const file = workerFile();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file, { workerData: settings });
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
      worker.on('error', (e) => {
        const busy = slot.busy;
        delete slot.busy;
        busy?.reject(new InternalError(e.message, e.stack));
      });
      this.slots.push(slot);
    }
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
