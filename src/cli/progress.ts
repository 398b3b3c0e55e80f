// A progress line on standard error while a batch builds: files done of all, failures, elapsed
// time and a bar. Only on a terminal, and never under CI (CI=true or any CI's own variable), so
// logs and pipes get nothing animated; the reporters' lines are printed above it.
import type { Context } from './context.js';
import { FAILED, type SpecReport } from './report.js';

/** CI services set CI=true (GitHub, GitLab, CircleCI, Travis, Buildkite…); some only their own name. */
export function underCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return true;
  return ['GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'TF_BUILD', 'JENKINS_URL', 'TEAMCITY_VERSION'].some((k) => env[k]);
}

const WIDTH = 24;

export class Progress {
  private readonly on: boolean;
  private done = 0;
  private failed = 0;
  private shown = false;
  private readonly started = performance.now();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly ctx: Context,
    private readonly total: number,
  ) {
    // a single spec needs no bar
    this.on = ctx.stderrIsTTY && !underCi(ctx.env) && ctx.env.TERM !== 'dumb' && total > 1;
    if (this.on) {
      this.timer = setInterval(() => this.draw(), 200);
      this.timer.unref();
    }
  }

  tick(r: SpecReport): void {
    this.done++;
    if (FAILED.has(r.status)) this.failed++;
    this.draw();
  }

  private draw(): void {
    if (!this.on) return;
    const filled = this.total ? Math.round((this.done / this.total) * WIDTH) : WIDTH;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    const secs = ((performance.now() - this.started) / 1000).toFixed(1);
    const failed = this.failed ? this.ctx.paintErr.red(` · ${this.failed} failed`) : '';
    this.ctx.errRaw(`\r\u001b[K${bar} ${this.done}/${this.total}${failed} · ${secs} s`);
    this.shown = true;
  }

  /** Removes the line (before other output, and at the end). */
  clear(): void {
    if (this.shown) this.ctx.errRaw('\r\u001b[K');
    this.shown = false;
    if (this.done >= this.total && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
