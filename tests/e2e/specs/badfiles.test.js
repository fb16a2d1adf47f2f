// Bad and unusual files: each gets a clear message or a correct view, the tab
// stays responsive, and the record that was open stays open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, freshPage, ready, corpusText } from '../harness.js';

let server, browser;
const speech = 'Mr. Kazykhanov (Kazakhstan): We are pleased to see you presiding, Sir.\n\nSince the Brahimi report (S/2000/809), much has changed.\n';

before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function pick(page, name, buffer) {
  await page.setInputFiles('input[type=file]', { name, mimeType: 'text/plain', buffer });
}

async function responsive(page) {
  const t0 = Date.now();
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.ok(Date.now() - t0 < 2000, 'the page answers');
}

const utf16 = (text, le, bom) => {
  const body = Buffer.from(text, 'utf16le');
  if (!le) for (let i = 0; i < body.length; i += 2) [body[i], body[i + 1]] = [body[i + 1], body[i]];
  return bom ? Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
};

test('UTF-16 (with and without BOM) and Windows-1252 files open correctly', async () => {
  const { context, page } = await freshPage(browser);
  await page.goto(server.url);
  await ready(page);
  const cases = [
    ['le-bom.txt', utf16(speech, true, true)],
    ['be-bom.txt', utf16(speech, false, true)],
    ['le.txt', utf16(speech, true, false)],
    ['cp1252.txt', Buffer.from('Mr. Ja\x92afari (Syrian Arab Republic): The Council\x92s work \x96 caf\xe9.\r\n', 'latin1')],
  ];
  for (const [name, buffer] of cases) {
    await page.click('.sample-button');
    await page.waitForFunction(() => document.querySelector('.meeting-symbol')?.textContent === 'S/PV.8700');
    await pick(page, name, buffer);
    const expected = name === 'cp1252.txt' ? 'Ja’afari' : 'Kazykhanov';
    const header = await (await page.waitForFunction((who) => {
      const text = document.querySelector('#s1 .speech-header')?.textContent || '';
      return text.includes(who) && text;
    }, expected)).jsonValue();
    if (name === 'cp1252.txt') {
      assert.match(header, /Ja’afari/);
      await page.waitForFunction(() => /Council’s work – café/.test(document.querySelector('#s1-p1')?.textContent || ''));
    } else {
      assert.match(header, /Kazykhanov[\s\S]*Kazakhstan/, name);
      await page.waitForFunction(() => document.querySelectorAll('a.doc-symbol[data-symbol="S/2000/809"]').length === 1);
    }
  }
  await context.close();
});

test('a 100 MB file, a 10 MB single line, binary data and a truncated record', async () => {
  const { context, page } = await freshPage(browser);
  await page.goto(server.url);
  await ready(page);
  // Playwright passes buffers over 50 MB by path.
  const huge = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-')), 'huge.txt');
  fs.writeFileSync(huge, Buffer.alloc(100 * 1024 * 1024, 'Mr. X (Y): words. '));
  await page.setInputFiles('input[type=file]', huge);
  fs.rmSync(path.dirname(huge), { recursive: true });
  await page.waitForSelector('.banner.error');
  assert.match(await page.locator('.banner.error').innerText(), /too large/);
  assert.equal(await page.locator('.meeting-symbol').innerText(), 'S/PV.8700');
  await page.click('.banner.error button');
  await pick(page, 'line.txt', Buffer.alloc(10 * 1024 * 1024, 'word '));
  await page.waitForSelector('.banner.error', { timeout: 60000 });
  assert.match(await page.locator('.banner.error').innerText(), /No speeches/);
  await responsive(page);
  await page.click('.banner.error button');
  await pick(page, 'image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  await page.waitForSelector('.banner.error');
  assert.match(await page.locator('.banner.error').innerText(), /not text/);
  await page.click('.banner.error button');
  const full = corpusText('raw/S_PV_8702.txt');
  await pick(page, 'truncated.txt', Buffer.from(full.slice(0, Math.floor(full.length * 0.3))));
  await page.waitForFunction(() => document.querySelector('.meeting-symbol')?.textContent === 'S/PV.8702');
  // The speeches after the first screen render in the background.
  await page.waitForFunction(() => document.querySelectorAll('article.speech[id]').length >= 3);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('storage that refuses writes is reported, not fatal', async () => {
  const { context, page } = await freshPage(browser);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };
  });
  await page.goto(server.url);
  await ready(page);
  await pick(page, 'speech.txt', Buffer.from(speech));
  await page.waitForFunction(() => document.querySelector('#s1 .speech-header')?.textContent.includes('Kazykhanov'));
  await page.waitForSelector('.banner.notice');
  assert.match(await page.locator('.banner.notice').innerText(), /could not be saved/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the sample is fetched beside the app: if it is missing the page says so, and a record opened while it loads stays', async () => {
  const { context, page } = await freshPage(browser);
  await context.route('**/data/S_PV_8700.txt', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(server.url);
  await page.waitForSelector('text=The sample record could not be loaded');
  await pick(page, 'speech.txt', Buffer.from(speech));
  await page.waitForSelector('article.speech#s1');
  await context.close();

  const slow = await freshPage(browser);
  await slow.context.route('**/data/S_PV_8700.txt', async (route) => {
    await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  await slow.page.goto(server.url);
  await pick(slow.page, 'speech.txt', Buffer.from(speech));
  await slow.page.waitForSelector('article.speech#s1');
  await slow.page.waitForTimeout(3000);
  assert.match(await slow.page.locator('#s1').textContent(), /Kazykhanov/, 'the sample arriving late does not replace it');
  assert.equal(await slow.page.locator('nav.outline li').count(), 1);
  await slow.context.close();
});
