// A batch worker thread: loads the pipeline once (templates, fonts and writers stay warm in this
// thread), then builds each spec it is sent and posts the result back. Run by pool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { type Job, type JobSettings, runJob } from './job.js';

const settings = workerData as JobSettings;

parentPort!.on('message', (msg: { id: number; job: Job }) => {
  // a test of what happens when a worker dies (out of memory, a crash in a native module)
  if (settings.dieOn !== undefined && msg.job.file === settings.dieOn) process.exit(70);
  runJob(msg.job, settings).then(
    (result) => parentPort!.postMessage({ id: msg.id, result }),
    (e: unknown) => parentPort!.postMessage({ id: msg.id, crash: { message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack } }),
  );
});
