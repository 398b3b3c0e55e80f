// Issue 18: the traps a newcomer fell into between following the README and a contract fit to send
// (docs: /work/shared/reviews/2026-12-07-newcomer.md). Each case repeats the newcomer's step and
// asserts what a user sees: file:line:col, a rule id, the documented exit code, no stack trace,
// nothing half written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/check.js';
import { run, STACK } from './helpers/cli.js';
import { readPdf } from './helpers/pdf.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'svc-traps-'));
const example = (type: string) => readFileSync(join(root, 'examples', `${type}.yaml`), 'utf8');
const TYPES = ['service-agreement', 'service-contract', 'service-standards', 'maintenance-agreement', 'work-contract'] as const;

/** The example with one more clause of the user's own, placed as `where` says (nothing: the default). */
function withAddedClause(type: string, where = ''): string {
  const clause = `    - id: extra-terms\n      title: 其他补充\n${where}      text: 双方另行约定的补充事项。\n`;
  const spec = example(type);
  return spec.includes('\nclauses:\n  add:\n')
    ? spec.replace('\nclauses:\n  add:\n', `\nclauses:\n  add:\n${clause}`)
    : spec.replace(/\n*$/, `\nclauses:\n  add:\n${clause}`);
}

describe('nothing after （以下无正文，为签署页） (issue 18)', () => {
  it.each(TYPES)('%s: a clause added without after:/before: goes before the closing clauses, not after the line', async (type) => {
    const dir = tmp();
    writeFileSync(join(dir, 'deal.yaml'), withAddedClause(type));
    const r = await run(['build', join(dir, 'deal.yaml'), '--format', 'md', '--out', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, 'deal.md'), 'utf8');
    const added = md.search(/^#+ .*其他补充$/m);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(md.indexOf('以下无正文'));
    // before disputes, the first of the closing clauses in every type
    expect(added).toBeLessThan(md.search(/^#+ .*争议解决$/m));
  });

  it('a clause placed after the clause that ends with the line is an error at its after:, nothing written', async () => {
    const dir = tmp();
    const spec = withAddedClause('service-agreement', '      after: miscellaneous\n');
    writeFileSync(join(dir, 'deal.yaml'), spec);
    const line = spec.split('\n').findIndex((l) => l.includes('after: miscellaneous')) + 1;
    for (const command of ['build', 'validate', 'lint']) {
      const r = await run(command === 'build' ? ['build', join(dir, 'deal.yaml'), '--format', 'md', '--out', dir] : [command, join(dir, 'deal.yaml')]);
      expect(r.code).toBe(1);
      expect(r.stderr + r.stdout).toMatch(
        new RegExp(`deal\\.yaml:${line}:14: error: clauses\\.add\\[0\\]\\.after: expected nothing binding after （以下无正文，为签署页）`),
      );
      expect(r.stderr + r.stdout).not.toMatch(STACK);
    }
    expect(existsSync(join(dir, 'deal.md'))).toBe(false);
    const json = await run(['lint', join(dir, 'deal.yaml'), '--json']);
    expect(JSON.parse(json.stdout).specs[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['clause/after-no-further-text']);
  });

  it('a template that prints a clause after the line is a template error at its line', async () => {
    const dir = tmp();
    const firm = join(dir, 'firm');
    mkdirSync(join(firm, 'partials'), { recursive: true });
    writeFileSync(join(firm, 'partials', 'no-further-text.md.hbs'), '（以下无正文，为签署页）{.center}\n\n## 附则 {#by-laws}\n\n双方另有约定。\n');
    const r = await run(['build', join(root, 'examples', 'work-contract.yaml'), '--format', 'md', '--templates', firm, '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no-further-text\.md\.hbs:3:1: error: expected nothing binding after （以下无正文，为签署页）.*got 十一、附则 after it/);
    // the template's line is quoted under its mistake (issue 19), never the spec's own line 3
    expect(r.stderr).toMatch(/^3 \| ## 附则 \{#by-laws\}$/m);
    expect(r.stderr).not.toContain(`3 | ${example('work-contract').split('\n')[2]}`);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
    expect(existsSync(join(dir, 'work-contract.md'))).toBe(false);
    const json = await run(['build', join(root, 'examples', 'work-contract.yaml'), '--format', 'md', '--templates', firm, '--out', dir, '--reporter', 'json']);
    expect(JSON.parse(json.stdout).specs[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['template/after-no-further-text']);
  });
});

describe('validate and build hold a final contract to the lint rules at error severity (issue 18)', () => {
  /** the newcomer's incons.yaml: a final work contract with placeholders, a void arbitration clause and no e-mail for the client */
  function inconsistent(): string {
    let spec = example('work-contract');
    spec = spec.replace(/^disputes:\n(?:[ ].*\n)*/m, 'disputes:\n  method: arbitration\n  commission: 当地仲裁委员会\n');
    spec = spec.replace(/(\n {2}client:\n(?: {4}.*\n)*?) {4}email: .*\n/, '$1');
    spec = spec.replace('\nclauses:\n  add:\n', '\nclauses:\n  add:\n    - id: amount-note\n      title: 合同金额\n      text: 本合同金额为XX元，待定。\n');
    return spec;
  }

  it('a final spec with XX/待定, 当地仲裁委员会 and e-mail service without an address: validate and build exit 1, positioned, nothing written', async () => {
    const dir = tmp();
    const spec = inconsistent();
    writeFileSync(join(dir, 'incons.yaml'), spec);
    const lineOf = (s: string) => spec.split('\n').findIndex((l) => l.includes(s)) + 1;
    const v = await run(['validate', join(dir, 'incons.yaml'), '--json']);
    expect(v.code).toBe(1);
    const report = JSON.parse(v.stdout).specs[0];
    expect(report.status).toBe('invalid');
    const found = report.diagnostics.map((d: { ruleId: string; line: number }) => `${d.ruleId}@${d.line}`).sort();
    expect(found).toEqual(
      [
        `lint/arbitration-commission-unclear@${lineOf('当地仲裁委员会')}`,
        `lint/blank-in-final@${lineOf('XX元')}`,
        `lint/blank-in-final@${lineOf('XX元')}`,
        `lint/email-service-without-address@${lineOf('  methods: [in-person')}`,
      ].sort(),
    );
    const human = await run(['validate', join(dir, 'incons.yaml')]);
    expect(human.stderr).toMatch(new RegExp(`incons\\.yaml:${lineOf('当地仲裁委员会')}:\\d+: error: disputes\\.commission`));
    expect(human.stderr + human.stdout).not.toMatch(STACK);
    const b = await run(['build', join(dir, 'incons.yaml'), '--format', 'md', '--out', dir]);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(new RegExp(`incons\\.yaml:${lineOf('XX元')}:\\d+: error: clauses\\.add\\[0\\]\\.text`));
    expect(existsSync(join(dir, 'incons.md'))).toBe(false);
    // the same spec as a draft is a draft: its blanks and placeholders are for later
    const draft = await run(['validate', '--draft', join(dir, 'incons.yaml')]);
    expect(draft.code).toBe(0);
  });

  it('a commission written loosely (上海的仲裁委员会, 有关仲裁委员会, 国际仲裁院): validate exit 1 at its line:col, in both languages', async () => {
    const dir = tmp();
    for (const [value, en, zh] of [
      ['上海的仲裁委员会', 'it describes a commission', '只是对仲裁委员会的描述'],
      ['有关仲裁委员会', 'it describes a commission', '只是对仲裁委员会的描述'],
      ['所在地仲裁委员会', 'it describes a commission', '只是对仲裁委员会的描述'],
      ['国际仲裁院', 'it names no city', '没有写明所在城市'],
      ['北京仲裁机构', 'it does not read as the name', '看不出是仲裁委员会的名称'],
    ] as const) {
      const spec = example('work-contract').replace(/^disputes:\n(?:[ ].*\n)*/m, `disputes:\n  method: arbitration\n  commission: ${value}\n`);
      writeFileSync(join(dir, 'deal.yaml'), spec);
      const line = spec.split('\n').findIndex((l) => l.includes(value)) + 1;
      const at = `deal\\.yaml:${line}:15: `;
      const c = await run(['validate', 'deal.yaml'], { cwd: dir, env: { LANG: 'C' } });
      expect(c.code, value).toBe(1);
      expect(c.stderr).toMatch(new RegExp(`${at}error: disputes\\.commission（仲裁委员会）: expected the full name of one arbitration commission`));
      expect(c.stderr).toContain(`got ${value} (${en}`);
      const z = await run(['validate', 'deal.yaml'], { cwd: dir, env: { LANG: 'zh_CN.UTF-8' } });
      expect(z.code, value).toBe(1);
      expect(z.stderr).toMatch(new RegExp(`${at}错误: disputes\\.commission（仲裁委员会）：应为一家仲裁委员会的全称`));
      expect(z.stderr).toContain(`${value}（${zh}`);
      expect(z.stderr).toContain('仲裁法 第十六条、第十八条');
    }
    // a commission named by its city passes
    writeFileSync(
      join(dir, 'deal.yaml'),
      example('work-contract').replace(/^disputes:\n(?:[ ].*\n)*/m, 'disputes:\n  method: arbitration\n  commission: 上海仲裁委员会\n'),
    );
    expect((await run(['validate', 'deal.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('a rule the spec turns off (lint:) is off for validate and build too', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'deal.yaml'),
      `${example('work-contract').replace(/^disputes:\n(?:[ ].*\n)*/m, 'disputes:\n  method: arbitration\n  commission: 当地仲裁委员会\n')}\nlint:\n  arbitration-commission-unclear: warning\n`,
    );
    const v = await run(['validate', join(dir, 'deal.yaml')]);
    expect(v.code).toBe(0);
  });

  it('the quick start names lint', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Commands'));
    expect(quick).toMatch(/npx svc-contract lint deal\.yaml/);
  });
});

describe('placeholders in a final contract, as the newcomers typed them (issue 18, P1/P7)', () => {
  const NEEDS = '乙方经营天猫、京东及自有小程序商城的母婴用品店铺，';
  /** the maintenance example with `text` put into background.clientNeeds (or `edit` applied) */
  function spec(text: string, edit?: (s: string) => string): string {
    const base = example('maintenance-agreement');
    const next = edit ? edit(base) : base.replace(NEEDS, `${NEEDS}${text}`);
    expect(next).not.toBe(base);
    return next;
  }
  /** validate --json on each case at once: the blank-in-final texts found per case */
  async function verdicts(cases: [string, string][]): Promise<Map<string, string[]>> {
    const dir = tmp();
    cases.forEach(([_name, text], i) => writeFileSync(join(dir, `c${i}.yaml`), text));
    const r = await run(['validate', ...cases.map((_, i) => join(dir, `c${i}.yaml`)), '--json']);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
    const specs = JSON.parse(r.stdout).specs as { file: string; diagnostics: { ruleId: string; got: string }[] }[];
    const out = new Map<string, string[]>();
    cases.forEach(([name], i) => {
      const s = specs.find((x) => x.file.endsWith(`c${i}.yaml`))!;
      out.set(
        name,
        s.diagnostics.map((d) => `${d.ruleId}: ${d.got}`),
      );
    });
    return out;
  }

  it('each placeholder the newcomers saw pass is refused by validate, at blank-in-final', async () => {
    const refused: [string, string][] = [
      ['xx', spec('店铺名称为南京xx科技有限公司，')],
      ['人民币xx元', spec('月费为人民币xx元，')],
      ['X alone', spec('', (s) => s.replace('legalRepresentative: 周明远', 'legalRepresentative: X'))],
      ['待确认 as the value', spec('', (s) => s.replace('legalRepresentative: 周明远', 'legalRepresentative: 待确认'))],
      ['（待确认）', spec('店铺名称为南京（待确认）科技有限公司，')],
      ['待确认的', spec('为店铺待确认的会员客户提供售后回访，')],
      ['待补充', spec('具体人数待补充。')],
      ['TBC', spec('上线日期TBC，')],
      ['TBA', spec('上线日期TBA，')],
      ['***', spec('店铺名称为***，')],
      ['＊＊', spec('店铺名称为＊＊，')],
      ['？？？', spec('店铺名称为？？？，')],
      ['？ before 元', spec('月费为人民币？元，')],
      ['○○', spec('店铺名称为○○，')],
      ['〇〇', spec('店铺名称为〇〇，')],
      ['[ ]', spec('店铺名称为[ ]，')],
      ['［ ］', spec('店铺名称为［ ］，')],
      ['__', spec('店铺名称为__，')],
      ['＿', spec('店铺名称为＿，')],
      ['{{客户名称}}', spec('为{{客户名称}}的会员客户提供售后回访，')],
      ['<客户名称>', spec('为<客户名称>的会员客户提供售后回访，')],
      ['xxx@xxx.com', spec('', (s) => s.replace('xujiayi@qinghe-ec.example.com', 'xxx@xxx.com'))],
      ['南京XX科技 (unquoted)', spec('店铺运营方为南京XX科技有限公司，')],
    ];
    const found = await verdicts(refused);
    for (const [name] of refused)
      expect(
        found.get(name)!.filter((d) => d.startsWith('lint/blank-in-final')),
        name,
      ).not.toHaveLength(0);
  });

  it('real text is not a placeholder: 其他待定事项, a quoted shop name with XX, XXL, 二〇〇〇年', async () => {
    const kept: [string, string][] = [
      ['其他待定事项', spec('本协议未尽事宜及其他待定事项，由双方另行协商，')],
      ['“XX家居旗舰店”', spec('店铺名称为“XX家居旗舰店”，')],
      ['「XX家居旗舰店」', spec('店铺名称为「XX家居旗舰店」，')],
      ['XXL', spec('主营XXL码童装，')],
      ['二〇〇〇年', spec('店铺成立于二〇〇〇年，')],
      ['3×8小时', spec('客服按3×8小时轮班，')],
      // letters inside a code: a credit code may hold T, B, A in a row (test/clients/batch-200, seed 7)
      ['TBA in a code', spec('系统编号为2TBA7，')],
    ];
    const found = await verdicts(kept);
    for (const [name] of kept) expect(found.get(name), name).toEqual([]);
  });

  it('the unquoted brand name is refused with a hint naming the rule and how to keep it', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'deal.yaml'), spec('店铺名称为XX家居旗舰店，'));
    const r = await run(['validate', join(dir, 'deal.yaml')], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('lint/blank-in-final');
    expect(r.stderr).toContain('“XX家居旗舰店”');
    expect(r.stderr).toContain('blank-in-final: off');
  });
});

describe('an omitted clause leaves no reference to it in words (issue 18, newcomer-3 #4)', () => {
  const BLOCK: Record<string, string> = { 'data-protection': 'dataProtection', notices: 'notices' };
  const NAMES: Record<string, string> = { 'data-protection': '个人信息保护|数据安全', notices: '通知送达|通知与送达' };
  /** the example without the clause's block, and the clause in clauses.omit */
  function omitting(type: string, id: string): string {
    let s = example(type).replace(new RegExp(`^${BLOCK[id]}:\\n(?:(?:[ #].*)?\\n)*`, 'm'), '');
    expect(s).not.toMatch(new RegExp(`^${BLOCK[id]}:`, 'm'));
    s = s.replace(/after: data-protection/, 'after: supervision');
    const omit = `  omit: [${id}]\n`;
    return /^clauses:\n/m.test(s) ? s.replace(/^clauses:\n/m, `clauses:\n${omit}`) : `${s.replace(/\n*$/, '\n')}clauses:\n${omit}`;
  }
  const cases: [string, string][] = [
    ...TYPES.map((t) => [t, 'data-protection'] as [string, string]),
    ['service-agreement', 'notices'],
    ['service-standards', 'notices'],
    ['maintenance-agreement', 'notices'],
  ];

  it('every type, every optional clause a template names: the built text names it only where the spec does, and lint finds no such reference', async () => {
    const dir = tmp();
    const files = cases.map(([type, id]) => {
      const f = join(dir, `${type}-${id}.yaml`);
      writeFileSync(f, omitting(type, id));
      return f;
    });
    // --jobs 1: the eight specs build in this thread (a pool of worker threads is batch.test.ts's subject)
    const b = await run(['build', ...files, '--format', 'md', '--out', dir, '--jobs', '1']);
    expect(b.stderr).not.toMatch(/error/);
    expect(b.code).toBe(0);
    for (const [type, id] of cases) {
      const re = new RegExp(`关于[^。；，\\n]{0,24}(?:${NAMES[id]})(?!法)[^。；\\n]{0,24}的约定`, 'g');
      const md = readFileSync(join(dir, `${type}-${id}.md`), 'utf8');
      const spec = readFileSync(join(dir, `${type}-${id}.yaml`), 'utf8');
      // the user's own text (an example's settlement clause) is lint's to report; the templates' text must not name it
      expect(md.match(re)?.length ?? 0, `${type} without ${id}: ${md.match(re)?.join(' / ')}`).toBe(spec.match(re)?.length ?? 0);
    }
    // the survival clause lists what survives, the omitted clause no more
    const wc = readFileSync(join(dir, 'work-contract-data-protection.md'), 'utf8');
    expect(wc).toContain('关于保密、通知送达等事项的约定');
    expect(wc).not.toContain('依照本合同关于个人信息保护的约定返还或者删除');
    const lint = await run(['lint', ...files, '--json']);
    const found = (JSON.parse(lint.stdout).specs as { diagnostics: { ruleId: string; path: string }[] }[])
      .flatMap((x) => x.diagnostics)
      .filter((d) => d.ruleId === 'lint/reference-to-omitted' && d.path.startsWith('clauses.omit'));
    expect(found).toEqual([]);
    // eight builds and eight lints: more than the 30 s default on a loaded 2-core machine
  }, 120_000);
});

describe('违约金与损失赔偿的关系 when the contract agrees no 违约金 (issue 18, newcomer-1 P3)', () => {
  it('maintenance-agreement without a service penalty, a late-payment rate or an added clause naming 违约金: 约定违约金的, not 本协议约定的违约金', async () => {
    const dir = tmp();
    const none = example('maintenance-agreement')
      .replace(/^ *latePaymentPercentPerDay:.*\n/m, '')
      .replace(/^ *serviceFailurePenalty:.*\n/m, '')
      .replace(/^clauses:\n(?:(?:[ #].*)?\n)*/m, '');
    expect(none).not.toMatch(/latePaymentPercentPerDay|serviceFailurePenalty|^clauses:/m);
    writeFileSync(join(dir, 'none.yaml'), none);
    writeFileSync(join(dir, 'agreed.yaml'), example('maintenance-agreement'));
    const b = await run(['build', join(dir, 'none.yaml'), join(dir, 'agreed.yaml'), '--format', 'md', '--out', dir]);
    expect(b.code).toBe(0);
    const without = readFileSync(join(dir, 'none.md'), 'utf8');
    expect(without).toContain('本协议约定违约金的，该违约金是双方对违约损失的预先约定');
    expect(without).not.toContain('本协议约定的违约金');
    // the example agrees a penalty per service failure: the clause speaks of it as agreed
    expect(readFileSync(join(dir, 'agreed.md'), 'utf8')).toContain('本协议约定的违约金，是双方对违约损失的预先约定');
  });
});

describe('text pasted from Word: tabs, no-break and full-width spaces (issue 18)', () => {
  const lines = () => example('work-contract').split('\n');
  const at = (ls: string[], start: string) => ls.findIndex((l) => l.trimStart().startsWith(start));

  it('a tab as indentation: one message naming the character at its line, not a cascade of parser text', async () => {
    const ls = lines();
    const i = at(ls, 'number:');
    ls[i] = `\t${ls[i]!.trimStart()}`;
    const dir = tmp();
    writeFileSync(join(dir, 'deal.yaml'), ls.join('\n'));
    const r = await run(['validate', join(dir, 'deal.yaml'), '--json']);
    expect(r.code).toBe(1);
    const ds = JSON.parse(r.stdout).specs[0].diagnostics;
    expect(ds.map((d: { line: number; col: number; ruleId: string }) => `${d.line}:${d.col} ${d.ruleId}`)).toEqual([`${i + 1}:1 yaml/indent-character`]);
    expect(ds[0].got).toBe('a tab (U+0009)');
    const human = await run(['validate', join(dir, 'deal.yaml')]);
    expect(human.stderr).not.toMatch(/All mapping items|Nested mappings/);
  });

  it('a key dedented or indented by one space: one message at the key’s own line:col, naming it and the indentation, in both languages', async () => {
    const dir = tmp();
    for (const [start, shift, key, got, want] of [
      ['dueDay:', -1, 'dueDay', 1, 2],
      ['dueDay:', +1, 'dueDay', 3, 2],
      ['methods:', -1, 'methods', 1, 2],
    ] as const) {
      const ls = lines();
      const i = at(ls, start);
      ls[i] = shift < 0 ? ls[i]!.slice(1) : ` ${ls[i]}`;
      writeFileSync(join(dir, 'deal.yaml'), ls.join('\n'));
      const r = await run(['validate', 'deal.yaml', '--json'], { cwd: dir, env: { LANG: 'C' } });
      expect(r.code, `${start} ${shift}`).toBe(1);
      const ds = JSON.parse(r.stdout).specs[0].diagnostics;
      expect(ds.map((d: { line: number; col: number; ruleId: string }) => `${d.line}:${d.col} ${d.ruleId}`)).toEqual([`${i + 1}:${got + 1} yaml/indent`]);
      const human = await run(['validate', 'deal.yaml'], { cwd: dir, env: { LANG: 'C' } });
      expect(human.stderr).toContain(
        `deal.yaml:${i + 1}:${got + 1}: error: expected \`${key}\` indented by ${want} spaces, as the other keys of its block, got an indentation of ${got}`,
      );
      expect(human.stderr).not.toMatch(/All mapping items|Nested mappings|:\d+:1: error/);
      const zh = await run(['validate', 'deal.yaml'], { cwd: dir, env: { LANG: 'zh_CN.UTF-8' } });
      expect(zh.code).toBe(1);
      expect(zh.stderr).toContain(`deal.yaml:${i + 1}:${got + 1}: 错误: 应为\`${key}\` 缩进 ${want} 个空格，与同一块中的其他键对齐，实际为缩进 ${got} 个空格`);
      expect(zh.stderr).toContain('提示: 键的缩进决定它属于哪一块');
    }
  });

  it('a full-width space before a key (parsed or not): one message naming U+3000, not "unknown field"', async () => {
    for (const indent of ['    \u3000', '  \u3000']) {
      const ls = lines();
      const i = at(ls, 'phone:');
      ls[i] = `${indent}${ls[i]!.trimStart()}`;
      const dir = tmp();
      writeFileSync(join(dir, 'deal.yaml'), ls.join('\n'));
      const r = await run(['validate', join(dir, 'deal.yaml'), '--json']);
      expect(r.code).toBe(1);
      const ds = JSON.parse(r.stdout).specs[0].diagnostics;
      expect(ds.map((d: { line: number; col: number; ruleId: string }) => `${d.line}:${d.col} ${d.ruleId}`)).toEqual([
        `${i + 1}:${indent.length} yaml/indent-character`,
      ]);
      expect(ds[0].got).toMatch(/^a full-width space \(U\+3000/);
    }
  });

  it('a tab or a no-break space inside a value or a clause text is read as a space: valid, and the PDF builds', async () => {
    let spec = example('work-contract').replace(/^(\s+contactPerson: .*)$/m, '$1\t经理');
    spec = spec.replace(
      '\nclauses:\n  add:\n',
      '\nclauses:\n  add:\n    - id: reconciliation\n      title: 对账\n      text: |\n        1.\t双方同意按月对账。\n        2.\u00a0对账单以书面形式确认。\n',
    );
    const dir = tmp();
    writeFileSync(join(dir, 'deal.yaml'), spec);
    const v = await run(['validate', join(dir, 'deal.yaml')]);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    const b = await run(['build', join(dir, 'deal.yaml'), '--format', 'md,pdf', '--out', dir]);
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    const md = readFileSync(join(dir, 'deal.md'), 'utf8');
    expect(md).toContain('1\\. 双方同意按月对账。');
    expect(md).toContain('2\\. 对账单以书面形式确认。');
    expect(md).toMatch(/ 经理/);
    expect(md).not.toMatch(/[\t\u00a0]/);
  });
});

describe('files the user did not mean (issue 18)', () => {
  it('a symbolic link into /proc, named or globbed, is not read; a link outside the folder named neither; one inside is', async () => {
    const dir = tmp();
    const outside = tmp();
    mkdirSync(join(dir, 'leak'));
    writeFileSync(join(outside, 'npmrc.yaml'), '//registry.npmjs.org/:_authToken=npm_SECRET_TOKEN_123\n');
    symlinkSync('/proc/version', join(dir, 'leak', 'b.yaml'));
    symlinkSync(join(outside, 'npmrc.yaml'), join(dir, 'leak', 'c.yaml'));
    writeFileSync(join(dir, 'leak', 'real.yaml'), example('work-contract'));
    symlinkSync(join(dir, 'leak', 'real.yaml'), join(dir, 'leak', 'd.yaml'));
    for (const args of [['leak/b.yaml', 'leak/c.yaml'], ['leak/*.yaml']]) {
      const r = await run(['validate', ...args, '--reporter', 'github'], { cwd: dir });
      const all = r.stdout + r.stderr;
      expect(r.code).toBe(2);
      expect(all).toContain('leak/b.yaml: a symbolic link to /proc/version; not read');
      expect(all).toContain('leak/c.yaml: a symbolic link to a file outside the folder named and the working folder; not read');
      expect(all).not.toMatch(/Linux version|SECRET_TOKEN/);
      expect(all).not.toMatch(STACK);
    }
    const inside = await run(['validate', 'leak/d.yaml'], { cwd: dir });
    expect(inside.code).toBe(0);
  });

  it('a folder of symbolic links to specs is not "a folder with no spec": each link is read as a spec named directly (newcomers 2, 3)', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'specs'));
    mkdirSync(join(dir, 'specs', 'sub'));
    writeFileSync(join(dir, 'deal.yaml'), example('work-contract'));
    writeFileSync(join(dir, 'specs', 'sub', 'other.yaml'), example('work-contract'));
    symlinkSync('../deal.yaml', join(dir, 'specs', 'up.yaml'));
    symlinkSync('sub/other.yaml', join(dir, 'specs', 'in.yaml'));
    // a link to a folder is not entered: no loop, no way out of the folder
    symlinkSync('..', join(dir, 'specs', 'sub', 'loop'));
    const ok = await run(['validate', 'specs', '--json'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { specs: { file: string; status: string }[] }).specs.map((x) => [x.file, x.status])).toEqual([
      ['specs/in.yaml', 'valid'],
      ['specs/sub/other.yaml', 'valid'],
      ['specs/up.yaml', 'valid'],
    ]);
    // a link out of the folder and the working folder is still refused, unread
    symlinkSync('/proc/version', join(dir, 'specs', 'leak.yaml'));
    const leak = await run(['validate', 'specs'], { cwd: dir });
    expect(leak.code).toBe(2);
    expect(leak.stderr).toContain('specs/leak.yaml: a symbolic link to /proc/version; not read');
    expect(leak.stdout + leak.stderr).not.toMatch(/Linux version/);
    const links = tmp();
    symlinkSync(join(dir, 'deal.yaml'), join(links, 'only-link.yaml'));
    const onlyLinks = await run(['validate', join(links)], { cwd: dir });
    expect(onlyLinks.stderr).not.toContain('a folder with no spec in it');
  });

  it('a file that is not a spec is reported without its content: a short excerpt of a text, nothing of a binary', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'token.yaml'), '//registry.npmjs.org/:_authToken=npm_SECRET_TOKEN_123\n');
    writeFileSync(join(dir, 'environ.yaml'), 'MYSECRET=hunter2\u0000SHELL=/bin/bash\u0000');
    for (const [name, rule] of [
      ['token.yaml', 'yaml/spec'],
      ['environ.yaml', 'file/not-text'],
    ] as const) {
      const human = await run(['validate', name], { cwd: dir });
      const github = await run(['validate', name, '--reporter', 'github'], { cwd: dir });
      expect(human.code).toBe(1);
      for (const out of [human.stdout + human.stderr, github.stdout + github.stderr]) {
        expect(out).toMatch(new RegExp(`${name.replace('.', '\\.')}(:1:1|,line=1,col=1)`));
        expect(out).not.toMatch(/SECRET_TOKEN|hunter2|bin\/bash/);
      }
      const json = JSON.parse((await run(['validate', name, '--json'], { cwd: dir })).stdout);
      expect(json.specs[0].diagnostics[0].ruleId).toBe(rule);
    }
  });

  it('control characters in an echoed key are escaped, in every reporter', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'esc.yaml'), example('work-contract').replace(/^(\s+)contactPerson:/m, '$1contact\u001b[2JPerson:'));
    for (const reporter of ['human', 'github', 'json']) {
      const r = await run(['validate', 'esc.yaml', '--reporter', reporter], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toContain('\u001b');
      expect(r.stdout + r.stderr).toMatch(/contact\\+u001b\[2JPerson/);
    }
  });

  it('deep nesting is one positioned error, not "Maximum call stack size exceeded"', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'deep.yaml'), `type: work-contract\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const r = await run(['validate', 'deep.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const ds = JSON.parse(r.stdout).specs[0].diagnostics;
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ ruleId: 'yaml/too-deep', line: 2, got: 'nesting too deep to read' });
    expect(r.stdout + r.stderr).not.toMatch(/Maximum call stack/);
  });

  it('an invalid spec built into a fresh --out leaves no empty folder behind; a folder that was there stays (newcomers 1, 2)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.yaml'), example('work-contract').replace(/^(\s+)contactPerson: .*$/m, '$1contactPerson: 待定'));
    writeFileSync(join(dir, 'ok.yaml'), example('work-contract'));
    const bad = await run(['build', 'bad.yaml', '--format', 'md', '--out', 'fresh/deeper'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(existsSync(join(dir, 'fresh'))).toBe(false);
    mkdirSync(join(dir, 'there'));
    expect((await run(['build', 'bad.yaml', '--format', 'md', '--out', 'there'], { cwd: dir })).code).toBe(1);
    expect(existsSync(join(dir, 'there'))).toBe(true);
    const ok = await run(['build', 'ok.yaml', '--format', 'md', '--out', 'fresh/deeper'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(existsSync(join(dir, 'fresh', 'deeper', 'ok.md'))).toBe(true);
  });
});

describe('CI details (issue 18)', () => {
  it('build --check --incremental reports an invalid spec as invalid with its diagnostics, not stale', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'specs'));
    writeFileSync(join(dir, 'specs', 'good.yaml'), example('work-contract'));
    writeFileSync(join(dir, 'specs', 'bad.yaml'), example('work-contract').replace('replyWithin: 2 hours', 'replyWithin: 2'));
    expect((await run(['build', 'specs', '--format', 'md', '--out', 'out', '--jobs', '1'], { cwd: dir })).code).toBe(1);
    const r = await run(['build', 'specs', '--format', 'md', '--out', 'out', '--check', '--incremental', '--json', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    const specs = JSON.parse(r.stdout).specs as { file: string; status: string; diagnostics: { ruleId: string; line: number }[] }[];
    const bad = specs.find((s) => s.file === 'specs/bad.yaml')!;
    expect(bad.status).toBe('invalid');
    expect(bad.diagnostics.length).toBeGreaterThan(0);
    expect(specs.find((s) => s.file === 'specs/good.yaml')!.status).toBe('current');
  });

  it('a YAML file with no top-level type: in a folder or glob is skipped with a note, so lint examples/ passes', async () => {
    const r = await run(['lint', 'examples/']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note: examples/ci/github-actions.yml: skipped, not a spec (no top-level `type:`)');
    expect(r.stdout).toMatch(/^5 specs: 5 linted/m);
    const dir = tmp();
    writeFileSync(join(dir, 'ci.yml'), 'jobs:\n  x: 1\n');
    const glob = await run(['validate', `${dir}/*.yml`]);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toMatch(/matched 1 YAML file, none a spec \(no top-level `type:`\)/);
    // named as a file, it is a spec and its mistakes are reported
    expect((await run(['validate', join(dir, 'ci.yml')])).code).toBe(1);
  });

  it('build --json means what validate --json means', async () => {
    const dir = tmp();
    const r = await run(['build', join(root, 'examples', 'work-contract.yaml'), '--format', 'md', '--out', dir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ command: 'build', summary: { total: 1 } });
  });

  it('init makes the missing folders; init … - prints to standard output; textconv - reads standard input', async () => {
    const dir = tmp();
    const r = await run(['init', '--type', 'work-contract', 'specs/acme/deal.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'specs', 'acme', 'deal.yaml'))).toBe(true);
    const out = await run(['init', '--type', '客服工作合同', '-'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^# yaml-language-server/);
    expect(existsSync(join(dir, '-'))).toBe(false);
    const t = await run(['textconv', '-'], { stdin: readFileSync(join(root, 'examples', 'work-contract.yaml')) });
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/^客服工作合同\n合同编号：/);
  });
});

describe('redlines fit to send (issue 18)', () => {
  it('no absolute path, every word Chinese, sub-clauses named with their article, references named properly', async () => {
    const dir = tmp();
    const v1 = example('work-contract');
    const v3 = v1
      .replace(/^(\s+amount:) 68000\b/m, '$1 70000')
      .replace('人民币陆万捌仟元整', '人民币柒万元整')
      .replace(/ {4}- id: non-solicitation\n(?:(?: {6}.*)?\n)*?(?= {2}replace:)/, '');
    expect(v3).not.toContain('non-solicitation');
    expect(v3).toContain('70000');
    writeFileSync(join(dir, 'deal-v1.yaml'), v1);
    writeFileSync(join(dir, 'deal-v3.yaml'), v3);
    const r = await run(['diff', join(dir, 'deal-v1.yaml'), join(dir, 'deal-v3.yaml'), '--out', join(dir, 'red'), '--format', 'md,pdf']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('~ 第四条第（一）项 费用标准：');
    expect(r.stdout).toMatch(/references to renumbered clauses updated in: 第三条第（一）项 甲方的权利和义务, /);
    const md = readFileSync(join(dir, 'red', 'deal-v3.redline.md'), 'utf8');
    expect(md).not.toContain(dir);
    // file names only, no hash: the spec's SHA-256 stays in the metadata and the JSON report
    expect(md).toContain('deal-v1.yaml → deal-v3.yaml');
    expect(md).not.toMatch(/spec-sha256|`[0-9a-f]{16}`/);
    expect(md).toContain('- 第六条 禁止招揽（删除）');
    // 第八条 (违约责任) changes too: its penalty base is 12 months of the fee (legal review WC M1)
    expect(md).toContain('- 第七条 违约责任：即人民币816,000.00元 → 人民币840,000.00元；大写：人民币捌拾壹万陆仟元整 → 人民币捌拾肆万元整（原第八条）');
    expect(md).toContain('- 编号变更（文字未改）：第七条→第六条；第九条→第八条；第十条→第九条');
    expect(md).toContain('- 所引条款编号随之更新：第三条第（一）项 甲方的权利和义务；');
    const head = md.slice(0, md.indexOf('\n---\n'));
    expect(head.replace(/deal-v\d\.yaml|spec-sha256|`[0-9a-f]+`/g, '')).not.toMatch(/[A-Za-z]/);
    const pdf = await readPdf(readFileSync(join(dir, 'red', 'deal-v3.redline.pdf')));
    const text = pdf.pages.flat().join('\n');
    expect(text).toContain('deal-v1.yaml → deal-v3.yaml');
    expect(text).not.toContain(dir);
    expect(JSON.stringify(pdf.info)).not.toContain(dir);
    expect(text).not.toContain('spec-sha256');
  });

  it('diff --base in a repository: the redline names the file, not its folders, and the old version by commit date and hash, not HEAD~1', async () => {
    const dir = tmp();
    const sh = (cmd: string) =>
      spawnSync('sh', ['-c', cmd], {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
          GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
          GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
        },
      });
    mkdirSync(join(dir, 'specs', 'acme'), { recursive: true });
    const v1 = example('work-contract');
    writeFileSync(join(dir, 'specs', 'acme', 'deal.contract.yaml'), v1);
    expect(sh('git init -q && git add specs && git commit -qm v1 && git commit -q --allow-empty -m v2').status).toBe(0);
    const hash = sh('git log -1 --format=%h HEAD~1').stdout.trim();
    writeFileSync(
      join(dir, 'specs', 'acme', 'deal.contract.yaml'),
      v1.replace(/^(\s+amount:) 68000\b/m, '$1 70000').replace('人民币陆万捌仟元整', '人民币柒万元整'),
    );
    const r = await run(['diff', 'specs/acme/deal.contract.yaml', '--base', 'HEAD~1', '--out', join(dir, 'red'), '--format', 'md,pdf'], { cwd: dir });
    expect(r.code).toBe(1);
    const md = readFileSync(join(dir, 'red', 'deal.contract.redline.md'), 'utf8');
    const pdf = (await readPdf(readFileSync(join(dir, 'red', 'deal.contract.redline.pdf')))).pages.flat().join('\n');
    // (the PDF spaces a date inside as Word does: 2026 年 11 月 20 日)
    for (const text of [md, pdf.replace(/(?<=[0-9年月]) (?=[0-9年月日])/g, '')]) {
      expect(text).toContain(`deal.contract.yaml（2026年11月20日提交，${hash}）`);
      expect(text).not.toMatch(/specs\/acme|HEAD~1|spec-sha256/);
    }
  });
});

describe('the README as a script (issue 18)', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('the git-URL install names a ref the repository has, not a tag that does not exist', () => {
    const ref = /git\+https:\/\/<host>\/<owner>\/svc-contract\.git#([^"]+)"/.exec(readme)?.[1];
    expect(ref).toBe('main');
    expect(readme).not.toMatch(/svc-contract\.git#v\d/);
  });

  it('the textconv setup uses the installed copy by path and cachetextconv, from any folder, and works as written', async () => {
    const block = /```sh\n(echo '[^']*diff=svc-contract'[^`]*)```/.exec(readme)?.[1] ?? '';
    expect(block).toContain(`git config diff.svc-contract.textconv "'$PWD/node_modules/.bin/svc-contract' textconv"`);
    expect(block).toContain('git config diff.svc-contract.cachetextconv true');
    expect(block).not.toContain('npx');
    // run as written in a fresh repository whose node_modules/.bin has the CLI
    const dir = tmp();
    const sh = (cmd: string, cwd = dir) =>
      spawnSync('sh', ['-c', cmd], {
        cwd,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      });
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', '.bin', 'svc-contract'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin', 'svc-contract.js')}" "$@"\n`, {
      mode: 0o755,
    });
    expect(sh(`git init -q && ${block}`).status).toBe(0);
    // the file names the README itself uses (init … deal.yaml, specs/acme/deal.yaml) take the driver
    mkdirSync(join(dir, 'specs', 'acme'), { recursive: true });
    for (const name of ['deal.yaml', 'specs/acme/deal.yaml'])
      expect(sh(`git check-attr diff -- ${name}`).stdout.trim(), name).toBe(`${name}: diff: svc-contract`);
    writeFileSync(join(dir, 'specs', 'acme', 'deal.yaml'), example('work-contract'));
    expect(sh('git add specs .gitattributes && git commit -qm v1').status).toBe(0);
    writeFileSync(
      join(dir, 'specs', 'acme', 'deal.yaml'),
      example('work-contract')
        .replace(/^(\s+amount:) 68000\b/m, '$1 70000')
        .replace('人民币陆万捌仟元整', '人民币柒万元整'),
    );
    const diff = sh('git diff', join(dir, 'specs'));
    expect(diff.stdout).toMatch(/^\+.*每月人民币70,000\.00元/m);
  });
});
