// Every kind of bad input a user can give: each fixture's messages and positions, exactly.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SPEC_BYTES } from '../src/load/load.js';
import { brief, check, fixture } from './helpers/check.js';

type Expect = { at: string; expected: RegExp; got?: RegExp; hint?: RegExp; rule?: string };

const cases: Record<string, Expect[]> = {
  'empty.yaml': [{ at: '1:1 ', expected: /a contract spec/, got: /an empty file/, hint: /svc-contract init/ }],
  'comments-only.yaml': [{ at: '1:1 ', expected: /a contract spec/, got: /an empty file/ }],
  'not-yaml.yaml': [{ at: '1:1 ', expected: /a map of fields/, got: /^a text of 22 characters starting "本合同由甲乙双方于二〇二"…$/ }],
  'syntax-error.yaml': [{ at: '4:11 ', expected: /a closing quote/, got: /never closed/ }],
  'tabs.yaml': [
    { at: '4:1 ', expected: /indentation with ordinary spaces/, got: /a tab \(U\+0009\)/, hint: /replace it with spaces/, rule: 'yaml/indent-character' },
  ],
  'duplicate-keys.yaml': [{ at: '8:5 ', expected: /each key once/, got: /`name` a second time/ }],
  'list-for-map.yaml': [{ at: '4:3 parties', expected: /a map of fields/, got: /a list/, hint: /not "- " items/ }],
  'unknown-type.yaml': [{ at: '1:7 type', expected: /an agreement type/, got: /work-contrat/, hint: /did you mean `work-contract`\?.*service-agreement/ }],
  'missing-type.yaml': [{ at: '1:1 type', expected: /`type:` line/, got: /none/, hint: /work-contract \(客服工作合同\)/ }],
  'unknown-key.yaml': [
    { at: '3:1 contarct', expected: /a field of the spec/, got: /unknown field `contarct`/, hint: /did you mean `contract`\?/ },
    { at: '8:5 parties.provider.phonee', expected: /a field of `parties.provider`/, hint: /did you mean `phone`\?/ },
  ],
  'wrong-types.yaml': [
    { at: '5:14 contract.originals', expected: /a number/, got: /the text "two"/ },
    { at: '9:12 parties.provider.phone', expected: /^text$/, got: /the number 13800138000/, hint: /quote it \("13800138000"\)/ },
    { at: '13:12 fees.monthly', expected: /an amount such as 12000/, got: /"12,000元"/ },
    { at: '15:16 services.replyWithin', expected: /a number and a unit/, got: /the number 2/, hint: /"2 hours"/ },
    { at: '17:11 disputes.method', expected: /one of `litigation`, `arbitration`/, got: /"court"/ },
  ],
  'missing-required.yaml': [{ at: '6:3 parties.provider.phone', expected: /a value for `phone`/, got: /nothing/, hint: /draft: true/ }],
  // one mistake, one error: a misspelt key (or one written as its Chinese term) is not also missing
  'misspelt-key-final.yaml': [
    { at: '10:5 parties.provider.phonee', expected: /a field of `parties.provider`/, got: /unknown field `phonee`/, hint: /^did you mean `phone`\?$/ },
    {
      at: '16:5 parties.client.联系电话',
      expected: /a field of `parties.client`/,
      got: /unknown field `联系电话`/,
      hint: /did you mean `phone`\? \(联系电话 is its Chinese term/,
    },
  ],
  // …and a date in another shape is not also a date off the calendar
  'date-wrong-shape.yaml': [{ at: '4:16 contract.signingDate', expected: /^a date written YYYY-MM-DD/, got: /"2026\/11\/20"/, hint: /^write 2026-11-20/ }],
  // …and `draft: yes` does not make every blank of a final contract missing
  'draft-mistyped.yaml': [{ at: '2:8 draft', expected: /true or false/, got: /the text "yes"/, hint: /write true, unquoted/ }],
  'multiple-documents.yaml': [{ at: '3:1 ', expected: /one contract per file/, got: /2 YAML documents/ }],
  'billion-laughs.yaml': [{ at: '4:8 ', expected: /at most 100 alias/, got: /expand without bound/ }],
  'proto-keys.yaml': [
    { at: '4:3 ', expected: /a field name/, got: /reserved key `__proto__`/ },
    { at: '6:3 ', expected: /a field name/, got: /reserved key `constructor`/ },
    { at: '7:5 ', expected: /a field name/, got: /reserved key `prototype`/ },
  ],
  'non-utf8.yaml': [{ at: '5:11 ', expected: /UTF-8 text/, got: /0xc9/, hint: /iconv -f GBK/ }],
  // a BOM and Windows line endings are accepted; positions after them stay right
  'bom.yaml': [{ at: '5:16 contract.signingDate', expected: /exists on the calendar/, got: /2026-02-30/ }],
  'crlf.yaml': [{ at: '5:16 contract.signingDate', expected: /exists on the calendar/, got: /2026-13-01/ }],
  'draft-date.yaml': [{ at: '4:10 term.start', expected: /YYYY-MM-DD/, got: /2026-1-1/, hint: /two digits/ }],
  'percent-range.yaml': [{ at: '4:31 rectification.resolutionRateBelowPercent', expected: /at most 100/, got: /185/ }],
  'cross-field.yaml': [
    { at: '5:8 term.end', expected: /a date after the start \(2027-01-01\)/, got: /2026-12-31/ },
    { at: '9:9 communication.workingHours.to', expected: /a time after the start \(18:00\)/ },
    { at: '14:23 tiers.level2.coordinateWithin', expected: /no less than 一级问题答复时限 \(3 hours/, got: /2 hours/ },
    { at: '22:14 fees.monthly.inWords', expected: /人民币壹万贰仟元整/, got: /壹万贰仟伍佰/ },
  ],
  'cr-only.yaml': [{ at: '1:1', expected: /LF or CRLF/, got: /CR only/ }],
  'comment-cuts-value.yaml': [{ at: '5:16', expected: /the whole value/, got: /" #1号" as a comment/, hint: /"南京华康 #1号"/ }],
  'unknown-alias.yaml': [{ at: '4:16', expected: /an anchor \(&name\) defined before it/, got: /two/ }],
  'invisible-characters.yaml': [
    { at: '5:11 parties.client.name', expected: /invisible marks/ },
    { at: '7:11 parties.provider.name', expected: /invisible marks/ },
  ],
  'capitals-wrong-currency.yaml': [{ at: '7:14 fees.monthly.inWords', rule: 'amount/capitals-mismatch', expected: /capitals in 人民币/, got: /美元/ }],
  // capitals checked by 《支付结算办法》附一: a field's, and those typed inside a clause's text, each at its spot
  'capitals-in-clause.yaml': [
    {
      at: '6:14 fees.monthly.inWords',
      rule: 'amount/capitals-form',
      expected: /^the capitals of 100,000.00 as the rules write them: 人民币壹拾万元整$/,
      got: /^人民币壹拾万元$/,
      hint: /第二条: 整 \(or 正\) after 元 when no 角 or 分 follows/,
    },
    {
      at: '9:63 clauses.replace.amendments',
      rule: 'amount/capitals-mismatch',
      expected: /^capitals that say the figure before them: 人民币伍万元整$/,
      got: /^人民币伍仟元整$/,
      hint: /^these capitals say 5,000.00, the figure 50,000.00: correct the capitals or the figure$/,
    },
    {
      at: '16:32 clauses.add[0].text',
      rule: 'amount/capitals-form',
      expected: /^capitals as the rules write them: 人民币壹拾万元整$/,
      got: /^人民币壹拾万元$/,
      hint: /第二条: 整 \(or 正\) after 元/,
    },
    { at: '17:25 clauses.add[0].text', rule: 'amount/capitals-form', expected: /^capitals as the rules write them: 贰万元整$/, got: /^贰万元$/ },
  ],
  'utf16.yaml': [{ at: '1:1', expected: /UTF-8/, got: /UTF-16/ }],
  'yaml-tag.yaml': [{ at: '4:11', expected: /a plain value/, got: /!!js\/function/ }],
  'collection-key.yaml': [{ at: '4:5', expected: /a field name/, got: /a list or map as a key/ }],
  // one value, one mistake: the e-mail is too long and malformed, but only the first is said
  'checksums-and-email.yaml': [
    { at: '5:17 parties.client.creditCode', expected: /last character checks/ },
    { at: '6:12 parties.client.email', expected: /at most 254 characters/ },
  ],
  'zero-and-float.yaml': [
    { at: '4:16 services.replyWithin', expected: /longer than zero/ },
    { at: '6:12 fees.monthly', expected: /two decimals/, got: /0\.30000000000000004/ },
  ],
  'omit-filled-block.yaml': [
    { at: '6:10 clauses.omit[0]', expected: /does not give/, got: /while training fills it/ },
    { at: '8:5 clauses.replace.nope', expected: /a clause id of service-contract/ },
    { at: '9:5 clauses.replace.Amendments', expected: /a clause id of service-contract/ },
  ],
  'full-width-colon.yaml': [{ at: '3:1', expected: /ASCII colon/, got: /full-width colon/ }],
  'colon-in-value.yaml': [{ at: '5:11', expected: /one `key: value` per line/, hint: /"南京华康: 健康"/ }],
  'unclosed-bracket.yaml': [{ at: '4:13', expected: /closed on its line/, hint: /closing \]/ }],
  'custom-clauses.yaml': [
    { at: '6:22 term.terminationNotice', expected: /shorter than the term/, got: /13 months/ },
    { at: '8:10 clauses.omit[0]', expected: /an optional clause/, got: /confidentiality/ },
    { at: '8:27 clauses.omit[1]', expected: /a clause id of work-contract/, got: /trainning/ },
    { at: '10:5 clauses.replace.confidentialty', expected: /a clause id/, hint: /did you mean `confidentiality`\?/ },
    { at: '14:14 clauses.add[0].after', expected: /not omitted/, got: /confidentiality/ },
  ],
};

describe('bad input: each fixture gives its positioned messages', () => {
  for (const [name, expected] of Object.entries(cases)) {
    it(name, () => {
      const r = check(fixture(`bad/${name}`));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(brief(r.diagnostics)).toEqual(expected.map((e) => e.at.trimEnd()));
      r.diagnostics.forEach((d, i) => {
        const e = expected[i]!;
        expect(d.expected).toMatch(e.expected);
        if (e.got) expect(d.got).toMatch(e.got);
        if (e.hint) expect(d.hint).toMatch(e.hint);
        if (e.rule) expect(d.ruleId).toBe(e.rule);
        expect(d.file).toBe(fixture(`bad/${name}`));
      });
    });
  }

  it('covers every fixture in test/fixtures/bad', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(fixture('bad')).sort()).toEqual(Object.keys(cases).sort());
  });

  it('an oversized file is refused before parsing, with the documented limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svc-'));
    const file = join(dir, 'huge.yaml');
    const line = 'type: work-contract\ndraft: true\n' + '# padding\n'.repeat(MAX_SPEC_BYTES / 10 + 10);
    writeFileSync(file, line);
    const r = check(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(brief(r.diagnostics)).toEqual(['1:1']);
    expect(r.diagnostics[0]!.expected).toBe('a spec of at most 1024 KiB');
  });

  it('a BOM with Windows line endings validates like the plain file', () => {
    const plain = check(fixture('good/minimal-draft.yaml'));
    const windows = check(fixture('good/bom-crlf.yaml'));
    expect(plain.ok && windows.ok).toBe(true);
    if (plain.ok && windows.ok) expect(windows.contract.spec).toEqual(plain.contract.spec);
    expect(readFileSync(fixture('good/bom-crlf.yaml')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(fixture('good/bom-crlf.yaml'), 'latin1')).toContain('\r\n');
  });

  it('__proto__ and constructor keys pollute nothing', () => {
    check(fixture('bad/proto-keys.yaml'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('many mistakes', () => {
  it('shows the first hundred, in file order, and counts the rest', async () => {
    const { checkText } = await import('./helpers/check.js');
    const text = `type: work-contract\ndraft: true\n${Array.from({ length: 5000 }, (_, i) => `k${i}: 1\n`).join('')}`;
    const r = checkText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics).toHaveLength(101);
    expect(r.diagnostics[0]!).toMatchObject({ line: 3, col: 1 });
    expect(r.diagnostics[99]!).toMatchObject({ line: 102, col: 1 });
    expect(r.diagnostics[100]!.got).toBe('4900 more not shown');
  });
});
