// The live preview in a real browser: Debian's Chromium, headless, driven by puppeteer-core (no
// browser of its own). The preview runs as a user starts it, on a copy of an example; the test
// reads the page as a reader sees it and edits the spec as an editor saves it.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/check.js';
import { type Preview, startPreview } from '../helpers/preview.js';

const CHROMIUM = process.env.CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const NO_BROWSER = "Chromium is not installed: the preview's browser test is skipped (apt-get install chromium; .ci/run installs it)";
if (!CHROMIUM) console.warn(NO_BROWSER);

const dir = mkdtempSync(join(tmpdir(), 'svc-preview-'));
const spec = join(dir, 'deal.yaml');
const original = readFileSync(join(root, 'examples', 'work-contract.yaml'), 'utf8');
const fee = (amount: number, words: string) =>
  original.replace('amount: 68000', `amount: ${amount}`).replace('inWords: 人民币陆万捌仟元整', `inWords: ${words}`);
const cheaper = fee(15000, '人民币壹万伍仟元整');
// a payment day that no month has: an error at its own line
const broken = cheaper.replace('dueDay: 10', 'dueDay: 40');
const brokenLine = broken.split('\n').findIndex((l) => l.includes('dueDay: 40')) + 1;

let preview: Preview;
let browser: Browser;
let page: Page;

/** What the reader sees of the contract (the page's text, not its markup). */
const contractText = () => page.$eval('main.contract', (m) => (m as HTMLElement).innerText);
/** Whether the error panel is shown, and what it says. */
const panel = () =>
  page.$eval('#svc_preview_errors', (e) => ({
    shown: !(e as HTMLElement).hidden && getComputedStyle(e).display !== 'none',
    text: (e as HTMLElement).innerText,
  }));

describe.skipIf(!CHROMIUM)('svc-contract preview in headless Chromium', () => {
  beforeAll(async () => {
    writeFileSync(spec, original);
    preview = await startPreview('deal.yaml', dir);
    // root in a container has no sandbox to drop into
    browser = await puppeteer.launch({ executablePath: CHROMIUM!, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(preview.url, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('shows the contract: the clause numbers and titles, the parties, the fee', async () => {
    const headings = await page.$$eval('main.contract h2, main.contract h3, main.contract h4', (hs) => hs.map((h) => (h as HTMLElement).innerText.trim()));
    expect(headings.slice(0, 3)).toEqual(['一、委托事项及要求', '（一）服务事项', '（二）服务标准']);
    expect(headings).toContain('四、服务费用和支付');
    expect(headings).toContain('五、保密条款');
    const text = await contractText();
    expect(text).toContain('客服工作合同');
    expect(text).toContain('甲方（委托方）：南京华康健康科技有限公司');
    expect(text).toContain('每月人民币68,000.00元（大写：人民币陆万捌仟元整）');
    expect((await panel()).shown).toBe(false);
    // 见第五条 is a link that lands on the clause
    const target = await page.$eval(
      'a.ref[href="#confidentiality"]',
      (a) => document.getElementById((a as HTMLAnchorElement).hash.slice(1))?.querySelector('h2')?.innerText,
    );
    expect(target).toBe('五、保密条款');
  });

  it('a saved change of amount is on the page, where the reader had scrolled to', async () => {
    // how fast is npm run bench's part 5 (the save-to-page time, beside the targets), never a timed test:
    // under CI's load a one-second limit failed a correct build (fresh-clone-check of aee44a2)
    // one save first, so that the measured one meets a warm process (as every save after the first does)
    const swapped = () => page.evaluate(() => ((document.querySelector('main.contract') as HTMLElement & { seen?: boolean }).seen = true));
    await swapped();
    writeFileSync(spec, original);
    await page.waitForFunction(() => !(document.querySelector('main.contract') as HTMLElement & { seen?: boolean }).seen, { timeout: 30_000, polling: 20 });

    await page.evaluate(() => window.scrollTo(0, 1500));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBe(1500);
    writeFileSync(spec, cheaper);
    await page.waitForFunction(
      () => {
        const t = (document.querySelector('main.contract') as HTMLElement).innerText;
        return t.includes('每月人民币15,000.00元（大写：人民币壹万伍仟元整）') && !t.includes('68,000.00元');
      },
      { timeout: 30_000, polling: 20 },
    );
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expect(await page.evaluate(() => document.querySelectorAll('main.contract').length)).toBe(1);
  });

  it('a broken spec shows its error with the line, and the last good contract stays', async () => {
    writeFileSync(spec, broken);
    await page.waitForFunction(() => !(document.getElementById('svc_preview_errors') as HTMLElement).hidden, { timeout: 10_000, polling: 20 });
    const { shown, text } = await panel();
    expect(shown).toBe(true);
    expect(text).toContain(`deal.yaml:${brokenLine}:`);
    expect(text).toContain('dueDay: 40');
    expect(text).toMatch(/error/);
    expect(await contractText()).toContain('每月人民币15,000.00元');
  });

  it('fixing it removes the error panel', async () => {
    writeFileSync(spec, cheaper);
    await page.waitForFunction(() => (document.getElementById('svc_preview_errors') as HTMLElement).hidden, { timeout: 10_000, polling: 20 });
    expect((await panel()).shown).toBe(false);
    expect(await contractText()).toContain('每月人民币15,000.00元');
  });

  it('the redline toggle says it is not available yet, and the contract stays', async () => {
    await page.click('#svc_preview_redline_toggle');
    await page.waitForFunction(() => !(document.getElementById('svc_preview_note') as HTMLElement).hidden, { timeout: 10_000, polling: 20 });
    expect(await page.$eval('#svc_preview_note', (n) => (n as HTMLElement).innerText)).toMatch(/redline not available/);
    expect(await contractText()).toContain('每月人民币15,000.00元');
  });

  it('Ctrl-C stops it cleanly: exit 0', async () => {
    await browser.close();
    expect(await preview.stop()).toBe(0);
    expect(preview.stderr()).not.toMatch(/internal error|at .*\.js:\d+/);
  });
});
