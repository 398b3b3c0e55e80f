// Golden files under test/golden/: compared exactly, written only by `npm run golden`
// (UPDATE_GOLDEN=1), never as a side effect of a test run; a missing one is a failure.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { root } from './check.js';

export const updating = process.env.UPDATE_GOLDEN === '1';

export function expectGolden(name: string, actual: string): void {
  const file = join(root, 'test', 'golden', name);
  if (updating) writeFileSync(file, actual);
  else if (!existsSync(file)) throw new Error(`test/golden/${name} is missing: run \`npm run golden\` to write it, then review the diff and commit it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
