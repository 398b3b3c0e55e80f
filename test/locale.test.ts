// Traditional output (text/locale.ts): the converters share OpenCC's tries across locales and must
// convert exactly as opencc-js's own Converter does, for every locale, on all the templates' text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { sharedConverter } from '../src/text/locale.js';
import { root } from './helpers/check.js';

const templates = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templates(join(dir, e.name)) : e.name.endsWith('.hbs') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
const text =
  templates(join(root, 'templates')).join('\n') +
  '\n软件 信息 并为 台账 销毁 叁 “引号” ‘单引号’ 后台 计算机 鼠标 内存 打印机 网络 程序员 视频 质量 里程 范围 发布 干预';

// pieces of text: words of the dictionaries (their sources), ideographic description sequences
// (⿰氵青), characters outside the BMP, lone surrogates, Latin and punctuation
const words = Object.values(OpenCC.Locale.configs ?? {}).flatMap((c) =>
  c.conversionChain.flat().flatMap((d) =>
    typeof d === 'string'
      ? d
          .split('|')
          .slice(0, 3000)
          .map((e) => e.split(' ')[0]!)
      : [],
  ),
);
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 1, arbitrary: fc.constantFrom('⿰', '⿱', '⿲', '⿳', '⿴', '⿻', '氵', '青', '𠀀', '𪚥', '\ud800', '\udc00', 'a', ' ', '，', '“', '‘', '\n') },
);
const randomText = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

describe('Traditional conversion', () => {
  it('over random text as well', () => {
    const official = Object.fromEntries(['tw', 'twp', 'hk'].map((to) => [to, OpenCC.Converter({ from: 'cn', to })]));
    fc.assert(
      fc.property(randomText, fc.constantFrom('tw', 'twp', 'hk'), (s, to) => {
        expect(sharedConverter(OpenCC, to)!(s)).toBe(official[to]!(s));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  for (const to of ['tw', 'twp', 'hk']) {
    it(`cn → ${to} over the shared tries is opencc-js's own Converter`, () => {
      const shared = sharedConverter(OpenCC, to);
      expect(shared).toBeDefined();
      expect(shared!(text)).toBe(OpenCC.Converter({ from: 'cn', to })(text));
    });
  }
});
