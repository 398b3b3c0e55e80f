// `svc-contract preview` without a browser: the command started as a user starts it (the compiled
// CLI, any free port), its page and its event stream read over HTTP as the page's script reads
// them, the spec saved as editors save it (in place, or a new file renamed over it), a template
// edited; bad input refused with a usage error. The page in a real browser: clients/preview.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PORT, isLoopback, parsePort } from '../src/cli/commands/preview.js';
import { root } from './helpers/check.js';
import { run } from './helpers/cli.js';
import { type Preview, startPreview } from './helpers/preview.js';

const original = readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8');
const fee = (amount: number, words: string) =>
  original.replace('amount: 68000', `amount: ${amount}`).replace('inWords: 人民币陆万捌仟元整', `inWords: ${words}`);

interface Event {
  event: string;
  data: { seq?: number; html?: string; errors?: { line: number; text: string }[] };
}

/** The page's event stream, read as EventSource reads it. */
async function stream(url: string) {
  const controller = new AbortController();
  const res = await fetch(`${url}events?since=-1`, { signal: controller.signal });
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const queue: Event[] = [];
  const pump = async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (event && data) queue.push({ event, data: JSON.parse(data) });
      }
    }
  };
  const pumping = pump().catch(() => undefined);
  return {
    /** the next event of this kind that `test` accepts (earlier ones are dropped) */
    async next(kind: string, test: (e: Event) => boolean = () => true, ms = 30_000): Promise<Event> {
      const deadline = Date.now() + ms;
      for (;;) {
        const i = queue.findIndex((e) => e.event === kind && test(e));
        if (i !== -1) return queue.splice(0, i + 1).at(-1)!;
        if (Date.now() > deadline) throw new Error(`no ${kind} event in ${ms} ms; got ${queue.map((e) => e.event).join(', ')}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: async () => {
      controller.abort();
      await pumping;
    },
  };
}

describe('svc-contract preview, over HTTP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'svc-preview-'));
  const spec = join(dir, 'deal.yaml');
  const templates = join(dir, 'firm');
  let preview: Preview;

  beforeAll(async () => {
    writeFileSync(spec, original);
    // a firm's own confidentiality clause over the bundled one
    mkdirSync(join(templates, 'partials'), { recursive: true });
    writeFileSync(join(templates, 'partials', 'confidentiality.md.hbs'), readFileSync(join(root, 'templates', 'partials', 'confidentiality.md.hbs')));
    preview = await startPreview('deal.yaml', dir, ['--templates', 'firm']);
  });
  afterAll(async () => {
    await preview?.stop();
  });

  it('serves the contract as a page on 127.0.0.1, with the live script and the redline toggle', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(preview.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await res.text();
    expect(page).toContain('<h1 class="title">客服工作合同</h1>');
    expect(page).toContain('每月人民币68,000.00元（大写：人民币陆万捌仟元整）');
    expect(page).toContain("new EventSource('/events?since='");
    expect(page).toContain('id="svc_preview_redline_toggle"');
    expect(page).toMatch(/<aside id="svc_preview_errors" role="alert" hidden>/);
    expect(preview.stdout()).toContain('watching deal.yaml, firm and the bundled templates');
  });

  it("a save pushes the new contract; an editor's save by rename is seen too", async () => {
    const events = await stream(preview.url);
    try {
      writeFileSync(spec, fee(15000, '人民币壹万伍仟元整'));
      const first = await events.next('contract', (e) => e.data.html!.includes('15,000.00元'));
      expect(first.data.html).not.toContain('68,000.00元');
      // as vim and many editors save: a new file, renamed over the spec
      writeFileSync(`${spec}.tmp`, fee(16000, '人民币壹万陆仟元整'));
      renameSync(`${spec}.tmp`, spec);
      const second = await events.next('contract', (e) => e.data.html!.includes('16,000.00元'));
      expect(second.data.seq).toBeGreaterThan(first.data.seq!);
      // the page asks for the latest it has not got
      const page = await (await fetch(preview.url)).text();
      expect(page).toContain('16,000.00元');
    } finally {
      await events.close();
    }
  });

  it('a broken spec sends its errors with their lines, and the page keeps the last good contract', async () => {
    const events = await stream(preview.url);
    try {
      const broken = fee(16000, '人民币壹万陆仟元整').replace('dueDay: 10', 'dueDay: 40');
      const line = broken.split('\n').findIndex((l) => l.includes('dueDay: 40')) + 1;
      writeFileSync(spec, broken);
      const { data } = await events.next('errors', (e) => e.data.errors!.length > 0);
      expect(data.errors![0]!.line).toBe(line);
      expect(data.errors![0]!.text).toMatch(new RegExp(`^deal\\.yaml:${line}:\\d+: error: payment\\.dueDay`));
      expect(data.errors![0]!.text).toContain(`${line} |   dueDay: 40`);
      const page = await (await fetch(preview.url)).text();
      expect(page).toContain('16,000.00元');
      expect(page).toMatch(/<aside id="svc_preview_errors" role="alert"><p class="svc_preview_heading">The spec has 1 error/);
      expect(preview.stderr()).toContain(`deal.yaml:${line}:`);
      writeFileSync(spec, original);
      await events.next('contract', (e) => e.data.html!.includes('68,000.00元'));
      expect((await events.next('errors')).data.errors).toEqual([]);
    } finally {
      await events.close();
    }
  });

  it('an edit of a template in use re-renders the contract', async () => {
    const events = await stream(preview.url);
    try {
      const file = join(templates, 'partials', 'confidentiality.md.hbs');
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n本条另附保密承诺函一份。\n`);
      await events.next('contract', (e) => e.data.html!.includes('本条另附保密承诺函一份。'));
    } finally {
      await events.close();
    }
  });

  it('/redline says it is not available yet; another Host is refused; unknown paths are 404', async () => {
    const redline = await fetch(`${preview.url}redline`);
    expect(redline.status).toBe(501);
    expect(await redline.text()).toContain('redline not available');
    expect((await fetch(`${preview.url}nothing`)).status).toBe(404);
    expect((await fetch(preview.url, { method: 'POST' })).status).toBe(405);
    // a name that resolves to this machine from a page elsewhere (DNS rebinding)
    const { request } = await import('node:http');
    const status = await new Promise<number>((done, fail) => {
      const req = request(preview.url, { headers: { host: 'attacker.example' } }, (res) => {
        res.resume();
        done(res.statusCode!);
      });
      req.on('error', fail);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('Ctrl-C closes it: exit 0, no stack trace', async () => {
    expect(await preview.stop()).toBe(0);
    expect(preview.stderr()).toContain('stopped (SIGINT)');
    expect(preview.stderr()).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('svc-contract preview in Chinese (issue 18)', () => {
  it('--lang zh-CN: the terminal lines and the page’s diagnostics in Chinese; a spec never valid is not said to keep a contract', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svc-preview-zh-'));
    writeFileSync(join(dir, 'deal.yaml'), original.replace('dueDay: 10', 'dueDay: 40'));
    const preview = await startPreview('deal.yaml', dir, ['--lang', 'zh-CN']);
    try {
      const events = await stream(preview.url);
      try {
        const { data } = await events.next('errors', (e) => e.data.errors!.length > 0);
        expect(data.errors![0]!.text).toMatch(/^deal\.yaml:\d+:\d+: 错误: payment\.dueDay（[^）]+）：应为/);
        expect(data.errors![0]!.text).not.toMatch(/\bexpected\b|\bgot\b|: error: /);
        // the page's own bar, notes, button and script words in Chinese too (issue 18, s18-c 1)
        const page = await (await fetch(preview.url)).text();
        expect(page).toContain('<span id="svc_preview_status">deal.yaml · 实时预览</span>');
        expect(page).toContain('>与上次提交的修订对比</button>');
        expect(page).toContain('<p class="svc_preview_heading">规格文件有 1 个错误；页面显示上一份有效的合同。</p>');
        expect(page).toContain('<p>deal.yaml：尚无合同：规格文件尚未生成合同。</p>');
        const words = JSON.parse(
          /data-words="([^"]*)"/
            .exec(page)![1]!
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&'),
        );
        expect(words).toEqual({
          errorsOne: '规格文件有 1 个错误；页面显示上一份有效的合同。',
          errorsMany: '规格文件有 {n} 个错误；页面显示上一份有效的合同。',
          unavailable: '修订对比不可用',
          unavailableBecause: '修订对比不可用：{reason}',
        });
        expect(page).not.toMatch(/· live|Redline vs|The spec has|no contract yet|redline not available/);
        const redline = await fetch(`${preview.url}redline`);
        expect(redline.status).toBe(501);
        const said = await redline.text();
        expect(said).toMatch(/<html lang="zh-CN">.*<title>修订对比<\/title><p>修订对比不可用：/);
        expect(said).not.toContain('redline not available');
        const contract = await fetch(`${preview.url}contract.html`);
        expect(contract.status).toBe(404);
        expect(await contract.text()).toContain('<p>规格文件尚未生成合同。</p>');
      } finally {
        await events.close();
      }
    } finally {
      expect(await preview.stop()).toBe(0);
    }
    expect(preview.stdout()).toMatch(/^svc-contract preview: http:\/\/127\.0\.0\.1:\d+\/（正在监视 deal\.yaml 和模板；按 Ctrl-C 停止）$/m);
    expect(preview.stderr()).toContain('svc-contract preview: deal.yaml：1 个错误（显示在页面中；规格文件有效后即显示合同）');
    expect(preview.stderr()).toMatch(/deal\.yaml:\d+:\d+: 错误: payment\.dueDay/);
    expect(preview.stderr()).toContain('svc-contract preview: 已停止（SIGINT）');
    expect(preview.stderr()).not.toMatch(/: error: |last good contract|stopped/);
  });

  it('a port in use, in Chinese (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svc-preview-zh-'));
    writeFileSync(join(dir, 'deal.yaml'), original);
    const busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
    const port = (busy.address() as { port: number }).port;
    try {
      const r = await run(['preview', 'deal.yaml', '--port', String(port)], { cwd: dir, env: { LANG: 'zh_CN.UTF-8' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`127.0.0.1 上的端口 ${port} 已被占用（另一个预览？）；请用 --port 另选端口`);
    } finally {
      busy.close();
    }
  });
});

describe('svc-contract preview, bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'svc-preview-bad-'));
  writeFileSync(join(dir, 'deal.yaml'), original);

  it('a missing spec is a usage error (exit 2), no stack trace', async () => {
    const r = await run(['preview', 'nope.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('svc-contract: nope.yaml: no such file\n');
  });

  it('a port in use says so (exit 2)', async () => {
    const busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
    const port = (busy.address() as { port: number }).port;
    try {
      const r = await run(['preview', 'deal.yaml', '--port', String(port)], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      busy.close();
    }
  });

  it('a port that is not a number, a folder of templates that does not exist: usage errors', async () => {
    expect((await run(['preview', 'deal.yaml', '--port', 'http'], { cwd: dir })).stderr).toMatch(/--port http: expected a port number from 0 to 65535/);
    const r = await run(['preview', 'deal.yaml', '--templates', 'nowhere'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, 'svc-contract: --templates nowhere: no such folder\n']);
    expect(parsePort(undefined)).toBe(4477);
    expect(parsePort('0')).toBe(0);
    expect(() => parsePort('65536')).toThrow(/0 to 65535/);
  });

  it('the README documents the command, its flags, its address and --format html', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Live preview'), readme.indexOf('## The documents'));
    for (const s of [
      'svc-contract preview deal.yaml',
      '`-p, --port <n>`',
      '`--host <addr>`',
      `http://127.0.0.1:${DEFAULT_PORT}/`,
      'listens only on 127.0.0.1 unless `--host`',
    ])
      expect(section, s).toContain(s);
    expect(readme).toContain('`--format html` writes a `.html` page');
  });

  it('only loopback addresses count as this machine only', () => {
    expect(['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]'].map(isLoopback)).toEqual([true, true, true, true, true]);
    expect(['0.0.0.0', '192.168.1.5', '::', 'example.com', ''].map(isLoopback)).toEqual([false, false, false, false, false]);
  });
});
