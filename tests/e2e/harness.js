// Test harness: serves the release build (dist/) on a loopback port and drives
// Debian's Chromium with playwright-core. Every test gets a fresh browser
// context (empty storage), like a first visit.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const dist = process.env.VERBATIM_DIST || path.join(repo, 'dist');
export const corpus = process.env.VERBATIM_CORPUS || path.resolve(repo, 'tests/corpus');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.tsv': 'text/tab-separated-values; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

/** Serve `root` on 127.0.0.1 (port 0: any free port); extra routes (path -> {status, body, headers}) for fixtures. */
export function serve(root = dist, routes = {}, port = 0) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const route = routes[url.pathname];
    if (route) {
      res.writeHead(route.status || 200, { 'content-type': 'text/plain; charset=utf-8', ...(route.headers || {}) });
      res.end(route.body);
      return;
    }
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
    const { port } = server.address();
    resolve({ url: `http://127.0.0.1:${port}/`, port, close: () => new Promise((r) => server.close(r)) });
  }));
}

export async function launch() {
  // playwright starts Chromium with a new empty profile directory of its own.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  return browser;
}

/** A fresh context and page that records page errors and dialogs. */
export async function freshPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => {});
  const page = await context.newPage();
  page.errors = [];
  page.dialogs = [];
  page.consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('dialog', async (d) => { page.dialogs.push(d.message()); await d.dismiss(); });
  return { context, page };
}

/** Wait until the app has rendered a record: all of it, and its outline
 *  (after the first screen, the rest renders in the background). */
export async function ready(page) {
  await page.waitForSelector('article.speech#s1', { timeout: 20000 });
  await page.waitForSelector('.record-body[data-rendered="all"]', { state: 'attached', timeout: 20000 });
  await page.waitForSelector('nav.outline[data-rendered="all"]', { state: 'attached', timeout: 20000 });
}

export function corpusText(rel) {
  return fs.readFileSync(path.join(corpus, rel), 'utf8');
}

/** Paste `text` anywhere on the page, as a reader does with Ctrl+V. */
export async function pasteText(page, text) {
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  }, text);
}

/** A fresh page on `url` with the corpus record `rel` pasted into it, once
 *  the record whose symbol is `symbol` is rendered in full. */
export async function openPasted(browser, url, rel, symbol) {
  const { context, page } = await freshPage(browser);
  await page.goto(url);
  await ready(page);
  await pasteText(page, corpusText(rel));
  await page.waitForFunction((s) => document.querySelector('.meeting-symbol')?.textContent === s, symbol, { timeout: 20000 });
  await ready(page);
  return { context, page };
}

/** Load the parser module (src/bin/verbatim-parser.rs) into `page` as
 * `window.parser`, as the page itself does on the first record it opens. */
export async function loadParser(page) {
  await page.evaluate(async () => {
    if (window.parser) return;
    const parser = await import(new URL('verbatim-parser.js', document.baseURI).href);
    await parser.default({ module_or_path: new URL('verbatim-parser_bg.wasm', document.baseURI) });
    window.parser = parser;
  });
}
