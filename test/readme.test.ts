// The README is the user's reference: it must name what the code really has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/io.js';
import { MAX_ALIAS_EXPANSIONS, MAX_SPEC_BYTES } from '../src/load/load.js';
import { clauseIds } from '../src/schema/common.js';
import { TYPES } from '../src/schema/types/index.js';
import { root } from './helpers/check.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it.each(TYPES.map((t) => t.id))('lists every clause id of %s in its section', (id) => {
    const type = TYPES.find((t) => t.id === id)!;
    const section = readme.slice(readme.indexOf(`- **${id}**`)).split('\n- **')[0]!;
    for (const c of clauseIds(type.clauses)) expect(section, c.id).toContain(`\`${c.id}\``);
  });
  it('documents the exit codes the CLI uses and the limits the loader enforces', () => {
    for (const code of Object.values(EXIT)) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
    expect(readme).toContain(`at most **${MAX_SPEC_BYTES / 1024 / 1024} MiB**`);
    expect(readme).toContain(`at most **${MAX_ALIAS_EXPANSIONS}** times`);
  });
  it('has the two-command quick start that .ci/run mirrors', () => {
    expect(readme).toMatch(/npm ci && npx svc-contract /);
    expect(readme).toMatch(/^npm test /m);
    expect(readFileSync(join(root, '.ci', 'run'), 'utf8')).toMatch(/npm ci[^\n]*\nnpm test\n/);
  });
  it('says the library is ESM only, with an import example, as package.json exports it (issue 18)', () => {
    const section = readme.slice(readme.indexOf('## As a library')).split('\n## ')[0]!;
    expect(section).toMatch(/ESM only: load it with `import`/);
    expect(section).toMatch(/`require\('svc-contract'\)` fails/);
    expect(section).toMatch(/```js\n(?:.*\n)*?import \{ compile \} from 'svc-contract';\n/);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { type: string; exports: Record<string, Record<string, string>> };
    expect(pkg.type).toBe('module');
    expect(Object.keys(pkg.exports['.']!)).not.toContain('require');
  });
});
