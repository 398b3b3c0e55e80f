// `npm run fuzz -- --minutes 10 [--seed 123]`: runs test/fuzz.test.ts with FUZZ_MINUTES (and FUZZ_SEED) set.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { minutes: { type: 'string' }, seed: { type: 'string' } } });
const env = { ...process.env, FUZZ_MINUTES: values.minutes ?? process.env.FUZZ_MINUTES ?? '1' };
if (values.seed) env.FUZZ_SEED = values.seed;
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const r = spawnSync(process.execPath, [vitest, 'run', '--config', 'test/vitest.config.ts', 'test/fuzz.test.ts'], {
  stdio: 'inherit',
  env,
  cwd: new URL('..', import.meta.url),
});
process.exit(r.status ?? 1);
