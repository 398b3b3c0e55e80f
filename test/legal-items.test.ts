// Legal review 2026-12-07 (issue 17), items whose fix had no test on the built text: see
// docs/reviews/2026-12-07-legal-items.md for the table item → commit → test. Each example is built
// once for the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAFF_FEE_FLOOR } from '../src/lint/staffing.js';
import { root } from './helpers/check.js';
import { build } from './helpers/pipeline.js';

const example = (id: string) => readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8');
const md = new Map<string, string>();

beforeAll(async () => {
  for (const id of ['work-contract']) md.set(id, (await build(example(id))).md);
});

describe('legal review 2026-12-07: work-contract', () => {
  it('WC-S5: the monthly fee covers the team 附件二 lists, before VAT, at or above the staff-fee floor per person', () => {
    const text = md.get('work-contract')!;
    const fee = /标准为每月人民币([\d,]+\.\d{2})元（大写：[^）]+），为含税价格，增值税税率为(\d+)%/.exec(text);
    expect(fee).not.toBeNull();
    const [amount, rate] = [Number(fee![1]!.replace(/,/g, '')), Number(fee![2])];
    // 附件二 is a list of roles and minimum headcounts: sum its 最低人数 column
    const annex = text.slice(text.indexOf('## 附件二：项目团队岗位及人数'));
    const table = annex
      .slice(0, annex.indexOf('\n## '))
      .split('\n')
      .filter((l) => l.startsWith('|'));
    const header = table[0]!.split('|').map((c) => c.trim());
    const col = header.indexOf('最低人数');
    expect(col).toBeGreaterThan(0);
    const heads = table.slice(2).map((l) => Number(l.split('|')[col]!.trim()));
    expect(heads.length).toBeGreaterThan(0);
    const team = heads.reduce((a, b) => a + b, 0);
    expect(team).toBeGreaterThanOrEqual(8);
    const perPerson = amount / (1 + rate / 100) / team;
    expect(perPerson).toBeGreaterThanOrEqual(STAFF_FEE_FLOOR.yuan);
    // the fee the reviewer found below the legal minimum wage is gone
    expect(text).not.toContain('每月人民币12,000.00元');
  });
});
