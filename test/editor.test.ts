// The JSON Schema in an editor: the real yaml-language-server over stdio (LSP JSON-RPC with
// Content-Length framing), with yaml.schemas mapping each document to schemas/<type>.schema.json
// as VS Code's YAML extension does. Completion, hover and diagnostics speak the contract's terms.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/check.js';

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}
interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}
interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
  insertText?: string;
}

/** A client of one language server: requests, notifications, and what the server publishes. */
class LspClient {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiters: (() => void)[] = [];
  stderr = '';

  constructor(private readonly settings: Record<string, unknown>) {
    this.server = spawn(process.execPath, [join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'], { cwd: root });
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.server.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.handle(message);
    }
  }

  private handle(m: Message): void {
    if (m.method && m.id !== undefined) {
      // the server asks for its settings (workspace/configuration) and may register capabilities
      const items = (m.params as { items?: { section?: string }[] } | undefined)?.items ?? [];
      const result = m.method === 'workspace/configuration' ? items.map((i) => this.settings[i.section ?? ''] ?? null) : null;
      this.send({ id: m.id, result });
    } else if (m.id !== undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    } else if (m.method === 'textDocument/publishDiagnostics') {
      const p = m.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(p.uri, p.diagnostics);
      this.waiters.splice(0).forEach((w) => w());
    }
  }

  private send(m: Message): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...m });
    this.server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result as T)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The diagnostics of `uri` once the server has published some that satisfy `ready`. */
  async diagnosticsOf(uri: string, ready: (ds: Diagnostic[]) => boolean, timeoutMs = 8000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ds = this.diagnostics.get(uri);
      if (ds && ready(ds)) return ds;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} in ${timeoutMs} ms: ${JSON.stringify(ds)}\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async close(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    this.server.kill();
  }
}

const schemaUri = (id: string) => pathToFileURL(join(root, 'schemas', `${id}.schema.json`)).href;
// the documents live only in the editor's memory (didOpen): nothing is written to test/editor/
const docUri = (name: string) => pathToFileURL(join(root, 'test', 'editor', name)).href;
const example = (id: string) => readFileSync(join(root, 'examples', `${id}.yaml`), 'utf8').replace(/^# yaml-language-server: .*\n/, '');

/** 0-based line of the first line starting with `prefix` (after its indentation) */
const lineOf = (text: string, prefix: string) => {
  const i = text.split('\n').findIndex((l) => l.trimStart().startsWith(prefix));
  expect(i, prefix).toBeGreaterThanOrEqual(0);
  return i;
};
const docText = (d: CompletionItem['documentation']) => (typeof d === 'string' ? d : (d?.value ?? ''));

// the work-contract example with a misspelt key, a date in another shape, Chinese values the CLI
// takes (电话, 被告所在地, RMB), and an empty line inside parties.provider to complete at
const contract = example('work-contract')
  .replace('    phone: 025-8669 1200', '    phonee: 025-8669 1200')
  .replace(/^ {2}startsOnEffect: .*$/m, '  start: 2027/01/01')
  .replace('channels: [phone, email, online-chat]', 'channels: [电话, 电子邮件, 在线聊天]')
  .replace('  court: client', '  court: 被告所在地')
  .replace('  currency: CNY', '  currency: RMB')
  .replace(/( {2}provider:\n {4}name: .*\n)/, '$1    \n');
// a new spec: a party and a fee item still to be written
const fresh = 'type: service-agreement\ndraft: true\nparties:\n  client:\n    \nfees:\n  items:\n    - \n';

const CONTRACT = docUri('work-contract.yaml');
const FRESH = docUri('service-agreement.yaml');
let lsp: LspClient;

beforeAll(async () => {
  const yaml = {
    schemas: { [schemaUri('work-contract')]: [CONTRACT], [schemaUri('service-agreement')]: [FRESH] },
    validate: true,
    hover: true,
    completion: true,
    schemaStore: { enable: false },
  };
  lsp = new LspClient({ yaml, http: {}, '[yaml]': {}, editor: {} });
  await lsp.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: {
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: {},
      },
    },
  });
  lsp.notify('initialized', {});
  lsp.notify('workspace/didChangeConfiguration', { settings: { yaml } });
  lsp.notify('textDocument/didOpen', { textDocument: { uri: CONTRACT, languageId: 'yaml', version: 1, text: contract } });
  lsp.notify('textDocument/didOpen', { textDocument: { uri: FRESH, languageId: 'yaml', version: 1, text: fresh } });
}, 20_000);

afterAll(async () => {
  await lsp?.close();
});

describe('yaml-language-server with schemas/', () => {
  it('diagnostics: the misspelt key, and the date in the words the CLI uses', async () => {
    const ds = await lsp.diagnosticsOf(CONTRACT, (d) => d.some((x) => x.message.startsWith('Property phonee')));
    const at = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`;
    expect(ds.map(at)).toContain(`${lineOf(contract, 'phonee:') + 1}:5 Property phonee is not allowed.`);
    expect(ds.map(at)).toContain(
      `${lineOf(contract, 'start: 2027/01/01') + 1}:10 Expected a date written YYYY-MM-DD, e.g. 2026-01-01 — 日期写作 年-月-日，如 2026-01-01`,
    );
    // the Chinese values validation accepts are not flagged
    const chinese = ['channels: [电话', 'court: 被告所在地', 'currency: RMB'].map((p) => lineOf(contract, p));
    expect(ds.filter((d) => chinese.includes(d.range.start.line)).map(at)).toEqual([]);
  });

  it('completion inside parties.provider: the fields it lacks, with their Chinese terms', async () => {
    const line = lineOf(contract, 'name: 武汉联信') + 1;
    expect(contract.split('\n')[line]).toBe('    ');
    const result = await lsp.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: CONTRACT },
      position: { line, character: 4 },
    });
    const items = Array.isArray(result) ? result : result.items;
    const byLabel = new Map(items.map((i) => [i.label, i]));
    // fields the provider does not have yet; those it has (name, phone) are not offered again
    expect(docText(byLabel.get('authorisedAgent')?.documentation)).toBe('**授权代表** — Authorised agent who signs instead of the legal representative');
    expect(docText(byLabel.get('idNumber')?.documentation)).toContain('**身份证号码**');
    expect(byLabel.has('name')).toBe(false);
    expect(byLabel.has('phone')).toBe(false);
  });

  it('completion in an empty party and an empty fee item offers their snippets', async () => {
    const complete = async (line: number, character: number) => {
      const result = await lsp.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: FRESH },
        position: { line, character },
      });
      return new Map((Array.isArray(result) ? result : result.items).map((i) => [i.label, i]));
    };
    const party = await complete(lineOf(fresh, 'client:') + 1, 4);
    expect(party.get('企业 company')?.insertText).toBe(
      'name: $1\nkind: company\ncreditCode: $2\nlegalRepresentative: $3\nregisteredAddress: $4\ncontactPerson: $5\nphone: $6\nemail: $7',
    );
    expect(party.has('自然人 individual')).toBe(true);
    const fee = await complete(lineOf(fresh, '- '), 6);
    expect(fee.get('固定收费 fixed fee')?.insertText).toBe('name: ${1:服务费}\n  kind: fixed\n  amount: ${2:1000}');
    expect(fee.has('按量收费 usage fee')).toBe(true);
  });

  it('hover on a key shows its Chinese term', async () => {
    const line = lineOf(contract, 'phone: 027-8771 0350');
    const hover = await lsp.request<{ contents: { kind: string; value: string } }>('textDocument/hover', {
      textDocument: { uri: CONTRACT },
      position: { line, character: 5 },
    });
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('**联系电话** — Phone number for this contract');
  });
});
