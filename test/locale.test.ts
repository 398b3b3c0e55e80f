// Traditional output (text/locale.ts): the converters share OpenCC's tries across locales and must
// convert exactly as opencc-js's own Converter does, for every locale, on all the templates' text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { sharedConverter } from '../src/text/locale.js';
import { root } from './helpers/check.js';

const templates = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? templates(join(dir, e.name)) : e.name.endsWith('.hbs') ? [readFileSync(join(dir, e.name), 'utf8')] : []));
const text = templates(join(root, 'templates')).join('\n') + '\n软件 信息 并为 台账 销毁 叁 “引号” ‘单引号’ 后台 计算机 鼠标 内存 打印机 网络 程序员 视频 质量 里程 范围 发布 干预';

describe('Traditional conversion', () => {
  for (const to of ['tw', 'twp', 'hk']) {
    it(`cn → ${to} over the shared tries is opencc-js's own Converter`, () => {
      const shared = sharedConverter(OpenCC, to);
      expect(shared).toBeDefined();
      expect(shared!(text)).toBe(OpenCC.Converter({ from: 'cn', to })(text));
    });
  }
});
