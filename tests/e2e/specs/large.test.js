// Large records: parsed in a Web Worker, rendered in batches, still navigable.
// (Speed is measured by bench.mjs, not asserted here.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, freshPage, ready, corpus, loadParser } from '../harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Every corpus record end to end, twice: about 2.2 MB, over the worker threshold.
function bigRecord() {
  const dir = path.join(corpus, 'raw');
  const texts = fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()
    .map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
  return texts.join('\n') + '\n' + texts.join('\n');
}

async function pick(page, text) {
  await page.setInputFiles('input[type=file]', { name: 'session.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
}

test('a 2 MB record is parsed in the worker, equals the page parse, and renders in full', async () => {
  const { context, page } = await freshPage(browser);
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(server.url);
  await ready(page);
  const text = bigRecord();
  await pick(page, text);
  await page.waitForSelector('.record-body[data-rendered="all"] article.speech#s600', { state: 'attached', timeout: 60000 });
  await page.waitForSelector('nav.outline[data-rendered="all"]', { state: 'attached', timeout: 60000 });
  assert.ok(workers.some((u) => u.endsWith('/parse-worker.js')), `a parse worker ran: ${workers}`);
  await loadParser(page);
  const expected = await page.evaluate((t) => window.parser.bench_parse(t, 0), text);
  assert.ok(expected > 600, `${expected} speeches`);
  assert.equal(await page.locator('nav.outline li').count(), expected, 'outline lists every speech');
  assert.equal(await page.locator('article.speech[id]').count(), expected, 'every speech rendered');
  assert.equal(await page.locator('.batch-pending').count(), 0);
  const last = await page.locator(`#s${expected}`).textContent();
  assert.ok(last.length > 20, 'the last speech has its text');
  await context.close();
});

test('in a large record, links and keys reach speeches not yet rendered', async () => {
  const { context, page } = await freshPage(browser);
  await page.goto(server.url);
  await ready(page);
  await pick(page, bigRecord());
  // Right after the record appears, before the background has rendered the end.
  await page.waitForFunction(() => document.querySelectorAll('nav.outline li').length > 600, null, { timeout: 60000 });
  const n = await page.locator('nav.outline li').count();
  await page.evaluate((n) => { location.hash = `#s${n}-p1`; }, n);
  await page.waitForSelector(`#s${n}-p1.landed`, { timeout: 10000 });
  const box = await page.locator(`#s${n}-p1`).boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box && box.y >= 0 && box.y < viewport.height, `the paragraph is on screen (${box?.y})`);
  await page.locator('nav.outline li a').nth(n - 3).click();
  await page.waitForSelector(`#s${n - 2}.landed`, { timeout: 10000 });
  await context.close();
});

test('a large record shows its beginning at once, then all of it', async () => {
  const { context, page } = await freshPage(browser);
  // A slow worker script keeps the preview on screen long enough to look at.
  await context.route('**/parse-worker.js', async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    await route.continue();
  });
  await page.goto(server.url);
  await ready(page);
  const big = bigRecord();
  await pick(page, big);
  await page.waitForSelector('text=Showing the beginning', { timeout: 10000 });
  const size = (Buffer.byteLength(big) / 1e6).toFixed(1);
  const banner = await page.locator('.banner.loading').textContent();
  assert.ok(banner.includes(`Showing the beginning while parsing all ${size} MB of text`), banner);
  await page.waitForFunction(() => document.querySelector('.meeting-symbol')?.textContent.includes('S/PV.8698'));
  const early = await page.locator('nav.outline li').count();
  assert.ok(early >= 5 && early < 100, `the preview lists the first speeches (${early})`);
  assert.match(await page.locator('#s1').textContent(), /Security Council/);
  await page.waitForFunction(() => document.querySelectorAll('nav.outline li').length > 600, null, { timeout: 60000 });
  await page.waitForFunction(() => !document.querySelector('.banner.loading'));
  assert.match(await page.locator('#s1').textContent(), /Security Council/);
  await context.close();
});

test('if the worker cannot run, the record is parsed on the page and still opens', async () => {
  const { context, page } = await freshPage(browser);
  await context.route('**/parse-worker.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(server.url);
  await ready(page);
  await pick(page, bigRecord());
  await page.waitForSelector('text=The background parser failed', { timeout: 60000 });
  await page.waitForFunction(() => document.querySelectorAll('nav.outline li').length > 600, null, { timeout: 60000 });
  await context.close();
});

test('a record opened while a large one is still parsing wins', async () => {
  const { context, page } = await freshPage(browser);
  await page.goto(server.url);
  await ready(page);
  await pick(page, bigRecord());
  await page.waitForSelector('text=Parsing', { timeout: 10000 });
  const speech = 'Mr. Kazykhanov (Kazakhstan): We are pleased to see you presiding, Sir.\n\nSince the Brahimi report (S/2000/809), much has changed.\n';
  await page.setInputFiles('input[type=file]', { name: 'speech.txt', mimeType: 'text/plain', buffer: Buffer.from(speech) });
  await page.waitForFunction(() => document.querySelectorAll('nav.outline li').length === 1);
  // Long enough for the large parse to have finished had it not been dropped.
  await page.waitForTimeout(6000);
  assert.equal(await page.locator('nav.outline li').count(), 1);
  assert.match(await page.locator('#s1').textContent(), /Kazykhanov/);
  await context.close();
});

test('a plain passage id lands once the record is open: on the sample, and on a large stored record', async () => {
  const { context, page } = await freshPage(browser);
  await page.goto(server.url + '#s3-p2');
  await page.waitForSelector('#s3-p2.landed', { timeout: 20000 });
  await context.close();

  const big = await freshPage(browser);
  const text = bigRecord();
  await big.page.addInitScript((t) => {
    if (!localStorage.getItem('verbatim.record.text')) localStorage.setItem('verbatim.record.text', t);
  }, text);
  await big.page.goto(server.url + '#s600-p1');
  await big.page.waitForSelector('#s600-p1.landed', { timeout: 60000 });
  const box = await big.page.locator('#s600-p1').boundingBox();
  assert.ok(box && box.y >= 0 && box.y < big.page.viewportSize().height, `on screen (${box?.y})`);
  await big.context.close();
});
