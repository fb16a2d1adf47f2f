// The UN's PDF opened in the page: by the file picker, by drop and by
// ?src=; its structure from the layout, its permalinks, and PDFs that give
// no record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, freshPage, ready, corpus } from '../harness.js';

let server, browser;
const pdf8701 = fs.readFileSync(path.join(corpus, 'pdf/S_PV_8701.pdf'));

before(async () => {
  server = await serve(undefined, {
    '/fixtures/S_PV_8701.pdf': { body: pdf8701, headers: { 'content-type': 'application/pdf', 'access-control-allow-origin': '*' } },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function open(url = server.url) {
  const { context, page } = await freshPage(browser);
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(url);
  return { context, page, workers };
}

const symbolIs = (page, symbol) =>
  page.waitForFunction((s) => document.querySelector('.meeting-symbol')?.textContent === s, symbol, { timeout: 30000 });

test('a PDF picked opens with its speeches and paragraphs, and its links land', async () => {
  const { context, page, workers } = await open();
  await ready(page);
  // The longest main-thread task while the PDF is read and shown (printed,
  // not asserted: the reading itself runs in the worker).
  await page.evaluate(() => {
    window.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longestTask = Math.max(window.longestTask, e.duration);
    }).observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  await page.setInputFiles('input[type=file]', path.join(corpus, 'pdf/S_PV_8699.pdf'));
  await symbolIs(page, 'S/PV.8699');
  await page.waitForSelector('#s1');
  const firstScreen = Date.now() - t0;
  assert.ok(workers.some((u) => u.endsWith('/parse-worker.js')), `the PDF was read in the worker: ${workers}`);
  assert.equal(await page.locator('nav[aria-label="Outline"] a[href^="#s"]').count(), 101);
  // Paragraphs as the PDF lays them out: the President's opening, then
  // the Secretary-General's first paragraph.
  assert.match(await page.locator('#s1-p1').textContent(), /^I wish to warmly welcome the Secretary-General/);
  assert.match(await page.locator('#s1-p2').textContent(), /^In accordance with rule 37 of the Council’s provisional rules of procedure/);
  assert.match(await page.locator('#s2 .speech-header').textContent(), /Secretary-General/);
  // A printed compound keeps its hyphen (pdftotext drops it).
  assert.ok((await page.locator('#s2').textContent()).includes('ever-growing fury'));
  const longest = await page.evaluate(() => window.longestTask);
  console.log(`S/PV.8699 PDF (65 pages): symbol and first speech on screen ${firstScreen} ms after the file was chosen; longest main-thread task ${Math.round(longest)} ms`);
  // Themes, document symbols and find work as for text.
  await page.waitForSelector('.record-body[data-rendered="all"]', { state: 'attached', timeout: 30000 });
  assert.ok(await page.locator('mark[data-theme]').count() > 0, 'theme marks');
  assert.ok(await page.locator('a.doc-symbol[data-symbol="S/2020/1"]').count() > 0, 'a symbol link');
  await page.fill('.find-input', 'Charter');
  await page.waitForFunction(() => /\d+ matches in \d+ passages/.test(document.querySelector('.find-count').textContent));
  await page.press('.find-input', 'Enter');
  await page.waitForSelector('.para.landed');
  assert.match(await page.locator('.para.landed').textContent(), /Charter/);
  await page.click('#s2-p3 .copy-link');
  await page.waitForSelector('#s2-p3 .copy-link[data-copied=true]');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(page.errors, []);
  await context.close();
  const fresh = await open(url);
  await fresh.page.waitForSelector('#s2-p3.landed', { timeout: 30000 });
  assert.equal(await fresh.page.locator('.meeting-symbol').innerText(), 'S/PV.8699');
  await fresh.context.close();
});

test('a PDF dropped or linked with ?src= opens; reload keeps it', async () => {
  const { context, page } = await open();
  await ready(page);
  await page.evaluate((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'S_PV_8701.pdf', { type: 'application/pdf' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [...pdf8701]);
  await symbolIs(page, 'S/PV.8701');
  assert.equal(await page.locator('article.speech[id]').count(), 2);
  await page.reload();
  await symbolIs(page, 'S/PV.8701');
  await context.close();
  const linked = await open(`${server.url}?src=${encodeURIComponent(server.url + 'fixtures/S_PV_8701.pdf')}`);
  await symbolIs(linked.page, 'S/PV.8701');
  await linked.context.close();
});

test('a PDF with no text or a damaged one is explained and the open record stays', async () => {
  const { context, page } = await open();
  await ready(page);
  const pick = (name, bytes) => page.evaluate(({ name, bytes }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, bytes: [...bytes] });
  // A page with a rectangle and no text, as a scan without OCR.
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>',
    '<< /Length 16 >>\nstream\n0 0 612 792 re f\nendstream',
  ];
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((o, i) => { offsets.push(body.length); body += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  await pick('scan.pdf', Buffer.from(body, 'latin1'));
  await page.waitForSelector('.banner.error', { timeout: 30000 });
  assert.match(await page.locator('.banner.error').innerText(), /hold no text[\s\S]*OCR[\s\S]*stays open/);
  assert.equal(await page.locator('.meeting-symbol').innerText(), 'S/PV.8700');
  await pick('truncated.pdf', pdf8701.subarray(0, 2000));
  await page.waitForFunction(() => /damaged or truncated/.test(document.querySelector('.banner.error')?.innerText ?? ''), null, { timeout: 30000 });
  assert.equal(await page.locator('.meeting-symbol').innerText(), 'S/PV.8700');
  // The fuzzer's finding (crates/pdf/tests/bad_pdfs.rs): the engine stops
  // the worker; the page says so and keeps the record.
  await page.click('.banner.error button');
  const broken = Buffer.from(pdf8701);
  for (const [at, byte] of [[9657, 91], [463032, 37], [463033, 80], [463034, 68], [463035, 70], [463036, 45], [463037, 50], [463038, 111], [463039, 91], [463040, 114],]) broken[at] = byte;
  await pick('broken.pdf', broken);
  await page.waitForSelector('.banner.error', { timeout: 30000 });
  assert.match(await page.locator('.banner.error').innerText(), /PDF could not be read[\s\S]*stays open/);
  assert.equal(await page.locator('.meeting-symbol').innerText(), 'S/PV.8700');
  await context.close();
});

test('the page and the command line read every corpus PDF the same', async () => {
  // The page keeps the text the layout made of the PDF (and parses it the
  // same way on reload); `verbatim text` prints what the native build makes.
  const repo = path.join(import.meta.dirname, '../../..');
  const pdfs = [
    ...fs.readdirSync(path.join(corpus, 'pdf')).map((f) => path.join(corpus, 'pdf', f)),
    ...fs.readdirSync(path.join(corpus, 'ga/pdf')).map((f) => path.join(corpus, 'ga/pdf', f)),
    ...fs.readdirSync(path.join(corpus, 'constructed')).map((f) => path.join(corpus, 'constructed', f)),
  ].filter((f) => f.endsWith('.pdf'));
  assert.equal(pdfs.length, 15);
  const { context, page } = await open();
  await ready(page);
  for (const file of pdfs) {
    const native = execFileSync('cargo', ['run', '-q', '-p', 'verbatim-cli', '--', 'text', file], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 26 });
    await page.evaluate(() => localStorage.removeItem('verbatim.record.text'));
    await page.setInputFiles('input[type=file]', file);
    const stored = await page.waitForFunction(() => localStorage.getItem('verbatim.record.text'), null, { timeout: 60000 });
    const inPage = await stored.jsonValue();
    assert.equal(inPage.length, native.length, path.basename(file));
    assert.ok(inPage === native, `${path.basename(file)}: the page's text differs from the command line's`);
  }
  await context.close();
});
