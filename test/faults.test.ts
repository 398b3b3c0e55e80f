// Nothing lost when writing fails: a full disk after N bytes, a rename that fails halfway, a real
// small tmpfs, SIGINT and SIGTERM at each stage of a build. Each time the build exits non-zero
// with a message naming the file, leaves no temporary file, and the previous outputs of the spec
// are all still there, byte for byte: the formats of one spec are all old or all new.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FileSystem, realFs } from '../src/cli/write.js';
import { root } from './helpers/check.js';
import { run, STACK } from './helpers/cli.js';

const wc = join(root, 'examples', 'work-contract.yaml');
const tmp = () => mkdtempSync(join(tmpdir(), 'svc-faults-'));
/** what a folder holds, file by file */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
  );

let earlier: Promise<[string, Buffer][]> | undefined;
/**
 * The outputs of a complete earlier build of a different contract (another number) under the same
 * names, built once for the file (a real build, in-process): every case starts from a copy.
 */
function earlierBuild(): Promise<[string, Buffer][]> {
  earlier ??= (async () => {
    const dir = tmp();
    const spec = join(dir, 'work-contract.yaml');
    writeFileSync(spec, readFileSync(wc, 'utf8').replace(/^(\s+number:) .*$/m, '$1 OLD-0001'));
    const r = await run(['build', spec, '--out', dir]);
    expect(r.code).toBe(0);
    const outputs = readdirSync(dir).filter((f) => f !== 'work-contract.yaml');
    expect(outputs.sort()).toEqual(['work-contract.docx', 'work-contract.md', 'work-contract.pdf']);
    return outputs.map((f): [string, Buffer] => [f, readFileSync(join(dir, f))]);
  })();
  return earlier;
}

/** A folder with a complete earlier build of a different contract under the same names. */
async function previous(): Promise<{ dir: string; spec: string; before: Record<string, string> }> {
  const dir = tmp();
  for (const [f, bytes] of await earlierBuild()) writeFileSync(join(dir, f), bytes);
  // now the spec changes, so that a new build would write different bytes
  const spec = join(dir, 'work-contract.yaml');
  writeFileSync(spec, readFileSync(wc, 'utf8'));
  return { dir, spec, before: snapshot(dir) };
}

/** node:fs, but writes fail with ENOSPC once `budget` bytes have been written. */
function fullAfter(budget: number): FileSystem {
  let left = budget;
  return {
    ...realFs,
    writeSync(fd, data, offset, length) {
      if (left <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const n = Math.min(length, left);
      left -= n;
      return realFs.writeSync(fd, data, offset, n);
    },
  };
}

describe('a write that fails', () => {
  it.each([0, 1, 4096, 30_000, 200_000])('a disk full after %i bytes: exit 2, the file named, no temporary, the old set intact', async (budget) => {
    const { dir, spec, before } = await previous();
    const r = await run(['build', spec, '--out', dir], { fs: fullAfter(budget) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*work-contract\.(md|docx|pdf): no space left on the device; free some space or choose another --out \(ENOSPC\)/);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).not.toContain('✓');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a rename that fails after the first format: the formats already replaced are put back', async () => {
    const { dir, spec, before } = await previous();
    let renames = 0;
    const faulty: FileSystem = {
      ...realFs,
      renameSync(from, to) {
        // the first target replaced, then the second rename fails (read-only from here on)
        if (++renames === 2) throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
        realFs.renameSync(from, to);
      },
    };
    const r = await run(['build', spec, '--out', dir], { fs: faulty });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the file system is read-only/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a short write that makes no progress is a full disk, not an endless loop', async () => {
    const { dir, spec, before } = await previous();
    const stuck: FileSystem = { ...realFs, writeSync: () => 0 };
    const r = await run(['build', spec, '--out', dir], { fs: stuck });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ENOSPC/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a real small file system', () => {
  let mount: string | undefined;
  let reason = '';
  beforeAll(() => {
    const dir = tmp();
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=160k', 'tmpfs', dir], { encoding: 'utf8' });
    if (r.status === 0) mount = dir;
    else reason = (r.stderr || r.error?.message || 'mount failed').trim();
    return () => {
      if (mount) spawnSync('umount', [mount]);
    };
  });

  it('a tmpfs too small for the PDF: exit 2, no partial file, the Markdown and DOCX not replaced alone', async (ctx) => {
    if (!mount) {
      console.log(`skipped: cannot mount a tmpfs here (${reason})`);
      ctx.skip();
      return;
    }
    const spec = join(mount, 'work-contract.yaml');
    writeFileSync(spec, readFileSync(wc, 'utf8').replace(/^(\s+number:) .*$/m, '$1 OLD-0001'));
    expect((await run(['build', spec, '--format', 'md', '--out', mount])).code).toBe(0);
    writeFileSync(spec, readFileSync(wc, 'utf8'));
    const before = snapshot(mount);
    const r = await run(['build', spec, '--out', mount]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no space left on the device/);
    expect(snapshot(mount)).toEqual(before);
  });
});

describe('signals', () => {
  /** The compiled CLI (what bin/svc-contract.js runs) in a process of its own, paused at a stage by a test hook, then sent a signal. */
  function interrupted(stage: string, signal: NodeJS.Signals, dir: string, spec: string): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const script = `import { main } from ${JSON.stringify(pathToFileURL(join(root, 'dist', 'bundle', 'cli.js')).href)};
main(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr, env: process.env, hooks: { pauseAt: ${JSON.stringify(stage)} } }).then((code) => { process.exitCode = code; });`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script, 'build', spec, '--out', dir], { env: process.env });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes(`paused at ${stage}`)) child.kill(signal);
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }

  it.each([
    ['before-write', 'SIGINT', 130],
    ['after-temps', 'SIGINT', 130],
    ['before-write', 'SIGTERM', 143],
    ['after-temps', 'SIGTERM', 143],
  ] as const)('at %s, %s: exit %i, no temporary file, the old set intact', async (stage, signal, code) => {
    const { dir, spec, before } = await previous();
    const r = await interrupted(stage, signal, dir, spec);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(`interrupted (${signal})`);
    expect(r.stderr).not.toMatch(STACK);
    expect(snapshot(dir)).toEqual(before);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.bak'))).toEqual([]);
  });
});

describe('an --out that cannot hold files', () => {
  it.each([
    ['a file', (d: string) => (writeFileSync(join(d, 'f'), ''), join(d, 'f')), /is a file, not a folder/],
    ['a path under a file', (d: string) => (writeFileSync(join(d, 'f'), ''), join(d, 'f', 'x')), /a file is in the way of the folder.*ENOTDIR/],
    ['a broken link', (d: string) => (fs.symlinkSync(join(d, 'nowhere'), join(d, 'l')), join(d, 'l')), /is a broken symbolic link/],
    ['/proc', () => '/proc/self', /is on a system file system/],
  ] as const)('%s: exit 2 with what to do, no stack trace', async (_what, make, message) => {
    const out = make(tmp());
    const r = await run(['build', wc, '--format', 'md', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stderr).not.toMatch(STACK);
  });

  // issue 19: node's recursive mkdir spins for ever where creating makes no progress
  it.each(['/proc/self/newdir', '/proc/newdir/x', '/sys/newdir'])('--out %s: exit 2 within a second, not a hang', async (out) => {
    const started = performance.now();
    const r = await run(['build', wc, '--format', 'md', '--out', out]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot write --out ${out}: a system folder (/proc, /sys)`);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a symbolic link to a folder inside --out is refused, naming it; nothing is written through it', async () => {
    const dir = tmp();
    const specs = join(dir, 'specs', 'acme');
    fs.mkdirSync(specs, { recursive: true });
    fs.copyFileSync(wc, join(specs, 'deal.yaml'));
    const elsewhere = join(dir, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.mkdirSync(join(dir, 'out'));
    fs.symlinkSync(elsewhere, join(dir, 'out', 'acme'));
    const r = await run(['build', 'specs', '--format', 'md', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write out/acme: acme inside --out is a symbolic link; svc-contract does not write through it');
    expect(readdirSync(elsewhere)).toEqual([]);
    // --out itself may be a link to a folder
    fs.symlinkSync(elsewhere, join(dir, 'linked'));
    expect((await run(['build', 'specs', '--format', 'md', '--out', 'linked'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(elsewhere, 'acme'))).toEqual(['deal.md']);
  });

  it('EACCES: a read-only folder, as a user who is not root, is exit 2 naming the file', async (t) => {
    const dir = tmp();
    fs.chmodSync(dir, 0o755);
    const spec = join(dir, 'deal.yaml');
    fs.copyFileSync(wc, spec);
    fs.chmodSync(spec, 0o644);
    const ro = join(dir, 'ro');
    fs.mkdirSync(ro, { mode: 0o555 });
    fs.chmodSync(ro, 0o555);
    const cli = join(root, 'bin', 'svc-contract.js');
    const args = ['build', spec, '--format', 'md'];
    let as: (more: string[]) => ReturnType<typeof spawnSync>;
    if (process.getuid?.() !== 0)
      as = (more) => spawnSync(process.execPath, [cli, ...args, ...more], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    else {
      // root may write anywhere: drop to nobody when the system lets this process do so
      const probe = spawnSync(
        'setpriv',
        ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(cli)})`],
        { encoding: 'utf8' },
      );
      if (probe.status !== 0) {
        console.log(`EACCES case skipped: running as root, and setpriv to nobody is not available here (${(probe.stderr || String(probe.error)).trim()})`);
        t.skip();
        return;
      }
      as = (more) =>
        spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cli, ...args, ...more], {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '' },
        });
    }
    for (const [out, shown] of [
      [ro, join(ro, 'deal.md')],
      [join(ro, 'sub'), `--out ${join(ro, 'sub')}`],
    ] as const) {
      const r = as(['--out', out]);
      expect(r.status).toBe(2);
      expect(String(r.stderr)).toContain(`cannot write ${shown}: permission denied; choose a folder you may write to (EACCES)`);
      expect(String(r.stderr)).not.toMatch(STACK);
    }
    expect(readdirSync(ro)).toEqual([]);
  });

  it('SOURCE_DATE_EPOCH out of range is a usage error before anything is built', async () => {
    for (const epoch of ['999999999999', '-5', '1e9', 'yesterday']) {
      const r = await run(['build', wc, '--format', 'md', '--out', tmp()], { env: { SOURCE_DATE_EPOCH: epoch } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/SOURCE_DATE_EPOCH must be whole seconds since 1970 up to the year 9999/);
    }
    // the last second of 9999 is fine, and the documents carry it
    const out = tmp();
    expect((await run(['build', wc, '--format', 'md,docx', '--out', out], { env: { SOURCE_DATE_EPOCH: '253402300799' } })).code).toBe(0);
  });
});
