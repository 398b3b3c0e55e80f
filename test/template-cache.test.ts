// The package's templates are read once while unchanged (templates/load.ts): a template edited
// since, in size or in modification time, is read again, so a long-running caller sees the edit.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../src/templates/load.js';

describe('bundled templates, read once while unchanged', () => {
  const root = mkdtempSync(join(tmpdir(), 'svc-templates-'));
  const main = join(root, 'service-agreement', 'contract.md.hbs');
  mkdirSync(join(root, 'service-agreement'), { recursive: true });
  mkdirSync(join(root, 'partials'), { recursive: true });
  writeFileSync(join(root, 'partials', 'disputes.md.hbs'), '争议解决\n');
  const load = () => loadTemplates(root, 'service-agreement').main.source;

  it('reads an edited template again, whether its size or only its time changed', () => {
    writeFileSync(main, '# 第一稿\n');
    expect(load()).toBe('# 第一稿\n');
    expect(load()).toBe('# 第一稿\n');
    writeFileSync(main, '# 第二稿，更长\n');
    expect(load()).toBe('# 第二稿，更长\n');
    // the same size, a later time
    writeFileSync(main, '# 第三稿，更长\n');
    utimesSync(main, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    expect(load()).toBe('# 第三稿，更长\n');
    expect(loadTemplates(root, 'service-agreement').partials.disputes?.source).toBe('争议解决\n');
  });
});
