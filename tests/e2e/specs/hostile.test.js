// Untrusted input never runs: record text, labels, symbols, custom themes,
// ?src= and permalink fragments full of hostile strings render as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { serve, launch, freshPage, ready } from '../harness.js';
import { PAYLOADS } from '../payloads.js';

let server, browser;

/** A record whose labels, paragraphs and symbols carry every payload. */
function hostileRecord() {
  const lines = [];
  PAYLOADS.forEach((p, i) => {
    const clean = p.replace(/[()\n\u0000]/g, ' ');
    const name = String.fromCharCode(65 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26));
    lines.push(`Mr. Tester${name} (Niger ${clean}) (spoke in French): ${p} cites S/2020/${i + 1} and ${p}.`);
    lines.push('');
    lines.push(`Second paragraph ${p} resolution ${i + 1} (2020) S/RES/${p}.`);
    lines.push('');
  });
  return lines.join('\n');
}

function fragmentFor(text, anchor) {
  const json = JSON.stringify({ a: anchor, t: text });
  return 'v1.' + zlib.deflateRawSync(Buffer.from(json)).toString('base64url');
}

async function assertInert(page, label) {
  await page.waitForTimeout(300);
  assert.deepEqual(page.dialogs, [], `${label}: no dialog`);
  assert.deepEqual(page.errors, [], `${label}: no page error`);
  assert.deepEqual(page.consoleErrors, [], `${label}: no console error`);
  const audit = await page.evaluate(() => {
    const scripts = [...document.scripts].map((s) => s.src || 'inline');
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${el.tagName}[${a.name}]`));
    const jsLinks = [...document.querySelectorAll('[href],[src],[action]')].filter((el) =>
      /^\s*(javascript|data):/i.test(el.getAttribute('href') || el.getAttribute('src') || el.getAttribute('action') || '')
      && el.getAttribute('href') !== 'data:,');
    const foreign = [...document.querySelectorAll('img:not([src="data:,"]),iframe,object,embed,svg,math,form[action],base,meta[http-equiv=refresh],template,video,marquee,details,x')];
    return { scripts, handlers, jsLinks: jsLinks.length, foreign: foreign.map((e) => e.tagName) };
  });
  assert.ok(audit.scripts.every((s) => s !== 'inline'), `${label}: no inline script (${audit.scripts})`);
  assert.equal(audit.scripts.length, 1, `${label}: only the boot script`);
  assert.deepEqual(audit.handlers, [], `${label}: no on* attributes`);
  assert.equal(audit.jsLinks, 0, `${label}: no javascript:/data: links`);
  assert.deepEqual(audit.foreign, [], `${label}: no injected elements`);
}

before(async () => {
  server = await serve(undefined, {
    '/fixtures/hostile.txt': { body: hostileRecord(), headers: { 'access-control-allow-origin': '*' } },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

test(`the page ships a Content-Security-Policy and no inline script`, async () => {
  const { context, page } = await freshPage(browser);
  await page.goto(server.url);
  await ready(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  // An inline script added later is refused by the policy.
  const ran = await page.evaluate(() => {
    window.__ran = false;
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.appendChild(s);
    return window.__ran;
  });
  assert.equal(ran, false);
  await context.close();
});

test(`${PAYLOADS.length} payloads in labels, paragraphs and symbols of a pasted record render as text`, async () => {
  const { context, page } = await freshPage(browser);
  await page.goto(server.url);
  await ready(page);
  await page.click('text=Paste text…');
  await page.fill('#paste-input', hostileRecord());
  await page.click('.open-pasted');
  await page.waitForSelector('#s50');
  const text = await page.locator('main').textContent();
  assert.ok(text.includes('<script>alert(1)</script>'), 'payload shown as text');
  assert.ok(text.includes('<img src=x onerror=alert(1)>'));
  await page.waitForFunction((n) => document.querySelectorAll('article.speech[id]').length >= n, PAYLOADS.length);
  await page.hover('a.doc-symbol >> nth=0');
  await assertInert(page, 'pasted record');
  await context.close();
});

test('payloads as custom theme names and terms stay inert, also after reload', async () => {
  const { context, page } = await freshPage(browser);
  await page.goto(server.url);
  await ready(page);
  for (const p of PAYLOADS.slice(0, 12)) {
    await page.fill('input[name=theme-name]', p);
    await page.fill('textarea[name=theme-terms]', `${p}; Syria; council`);
    await page.click('text=Add theme');
  }
  await page.reload();
  await ready(page);
  const ids = await page.locator('.theme-row').evaluateAll((rows) => rows.map((r) => r.dataset.theme));
  assert.ok(ids.every((id) => /^[a-z0-9-]+$/.test(id)), `theme ids are slugs: ${ids}`);
  await assertInert(page, 'custom themes');
  await context.close();
});

test('?src= with javascript:, data: and hostile URLs is refused; a hostile record by URL is inert', async () => {
  for (const src of ['javascript:alert(1)', 'data:text/plain,Mr.%20X%20(Y):%20hi', '<script>alert(1)</script>', 'file:///etc/passwd']) {
    const { context, page } = await freshPage(browser);
    await page.goto(`${server.url}?src=${encodeURIComponent(src)}`);
    await page.waitForSelector('.banner.error');
    assert.match(await page.locator('.banner.error').innerText(), /Only http and https/);
    await assertInert(page, `src ${src}`);
    await context.close();
  }
  const { context, page } = await freshPage(browser);
  await page.goto(`${server.url}?src=${encodeURIComponent(server.url + 'fixtures/hostile.txt')}`);
  await page.waitForSelector('#s5');
  await assertInert(page, 'hostile src record');
  await context.close();
});

test('a permalink carrying hostile text and anchors is inert and lands nearest', async () => {
  const anchors = [{ s: 3, p: 1, q: PAYLOADS[0] }, { s: 99999, p: 7, q: '<img src=x onerror=alert(1)>' }];
  for (const a of anchors) {
    const { context, page } = await freshPage(browser);
    await page.goto(`${server.url}#${fragmentFor(hostileRecord(), a)}`);
    await page.waitForSelector('.para.landed, article.landed');
    await assertInert(page, `fragment ${a.s}`);
    await context.close();
  }
  const { context, page } = await freshPage(browser);
  // Chromium caps URLs at 2 MB; a fragment just under that must still be refused cleanly.
  await page.goto(`${server.url}#v1.${'A'.repeat(2 * 1024 * 1024 - 200)}`);
  await page.waitForSelector('.banner.error');
  await ready(page);
  await assertInert(page, '2 MB fragment');
  await context.close();
});
