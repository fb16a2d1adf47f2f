// The viewer in a real browser: opening records every way users do, reading,
// themes, tooltips, permalinks, persistence and error messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, freshPage, ready, corpus, corpusText, pasteText, openPasted } from '../harness.js';

let server, browser;
const r8701 = corpusText('raw/S_PV_8701.txt');

before(async () => {
  server = await serve(undefined, {
    '/fixtures/S_PV_8701.txt': { body: r8701, headers: { 'access-control-allow-origin': '*' } },
    '/fixtures/missing.txt': { status: 404, body: 'no' },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function open(url = server.url, options) {
  const { context, page } = await freshPage(browser, options);
  await page.goto(url);
  return { context, page };
}

const symbolText = (page) => page.locator('.meeting-symbol').innerText();

test('opens the built-in sample with outline, speeches and paragraph ids', async () => {
  const { context, page } = await open();
  await ready(page);
  assert.equal(await symbolText(page), 'S/PV.8700');
  assert.equal(await page.locator('article.speech[id]').count(), 23);
  assert.equal(await page.locator('nav[aria-label="Outline"] a[href^="#s"]').count(), 23);
  assert.ok(await page.locator('#s3-p2').count() === 1);
  assert.match(await page.locator('#s2 .speech-header').textContent(), /Nebenzia[\s\S]*Russian Federation[\s\S]*spoke in Russian/);
  // Votes render as a tally with their result.
  const vote = page.locator('section.vote').nth(1);
  assert.match(await vote.textContent(), /In favour \(11\)[\s\S]*Abstaining \(4\)[\s\S]*resolution 2504 \(2020\)/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('paste anywhere and the paste box open a record', async () => {
  const { context, page } = await open();
  await ready(page);
  await pasteText(page, r8701);
  await page.waitForFunction(() => document.querySelector('.meeting-symbol')?.textContent === 'S/PV.8701');
  await page.click('text=Paste text…');
  await page.fill('#paste-input', 'Mr. Kazykhanov (Kazakhstan): We are pleased.\n\nSince the Brahimi report (S/2000/809) and A/58/1.\n');
  await page.click('.open-pasted');
  await page.waitForFunction(() => document.querySelector('#s1 .speech-header')?.textContent.includes('Kazykhanov'));
  assert.match(await page.locator('#s1 .speech-header').textContent(), /Kazykhanov[\s\S]*Kazakhstan/);
  assert.equal(await page.locator('a.doc-symbol[data-symbol="S/2000/809"]').getAttribute('href'), 'https://docs.un.org/en/S/2000/809');
  await context.close();
});

test('a copy from a browser PDF viewer opens with its symbol, speeches and votes', async () => {
  // select-all + copy in a pdf.js viewer prints "United Nations S/PV.8700"
  // as one line; the header showed "Meeting record" for every such copy.
  const { context, page } = await openPasted(browser, server.url, 'variants/S_PV_8700.pdfjs-copy.txt', 'S/PV.8700');
  assert.equal(await page.locator('article.speech[id]').count(), 23);
  assert.equal(await page.locator('section.vote').count(), 2);
  assert.match(await page.locator('#s2 .speech-header').textContent(), /Nebenzia[\s\S]*Russian Federation/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a vote whose lists do not add up says so in its box', async () => {
  // S/PV.8700 with one name of the first vote's In favour list lost (as a
  // damaged copy would have it): the box shows the parser's warning.
  const damaged = corpusText('raw/S_PV_8700.txt').replace('China, Russian Federation, Viet Nam\n', 'China, Russian Federation\n');
  const { context, page } = await open();
  await ready(page);
  await pasteText(page, damaged);
  await page.waitForFunction(() => document.querySelectorAll('section.vote').length === 2);
  const boxes = page.locator('section.vote');
  assert.match(await boxes.nth(0).locator('.vote-warning').textContent(), /lists name 2 in favour, 7 against, 5 abstaining; the result states 3, 7, 5/);
  assert.equal(await boxes.nth(1).locator('.vote-warning').count(), 0, 'the second vote adds up');
  await context.close();
});

test('the outline groups speeches under the agenda item, not its adoption', async () => {
  // S/PV.8699 prints its item over six lines after "The agenda was adopted."
  const { context, page } = await open();
  await ready(page);
  await pasteText(page, corpusText('raw/S_PV_8699.txt'));
  await page.waitForFunction(() => document.querySelector('.meeting-symbol')?.textContent === 'S/PV.8699');
  const headings = await page.locator('nav[aria-label="Outline"] .outline-group h3').allTextContents();
  assert.equal(headings.length, 1, JSON.stringify(headings));
  assert.match(headings[0], /^Maintenance of international peace and security Upholding the United Nations Charter Letter dated 31 December 2019 .*\(S\/2020\/1\)$/);
  assert.ok(!headings.includes('Adoption of the agenda'));
  // The heading's three printed lines (item, sub-title, the letter), in the
  // record and in the outline, as the PDF prints them.
  const lines = (selector) => page.evaluate((sel) => {
    const h = [...document.querySelectorAll(sel)].find((e) => e.textContent.startsWith('Maintenance'));
    return h.innerHTML.split('<br>').length;
  }, selector);
  assert.equal(await lines('h2.agenda-heading'), 3);
  assert.equal(await lines('nav[aria-label="Outline"] .outline-group h3'), 3);
  // The letter the item concerns is linked in the record's heading.
  const letter = page.locator('h2.agenda-heading a.doc-symbol[data-symbol="S/2020/1"]');
  assert.equal(await letter.count(), 1);
  assert.equal(await letter.textContent(), 'S/2020/1');
  await context.close();
});

test('interleaved columns are read back, and an unsettled page says so', async () => {
  // A/76/PV.102 as pdftotext gives it: Malaysia's statement once came out
  // split between the President and the Secretariat; p. 28 stays uncertain.
  const { context, page } = await open();
  await ready(page);
  await pasteText(page, corpusText('ga/raw/A_76_PV_102.txt'));
  await page.waitForFunction(() => document.querySelector('.meeting-symbol')?.textContent === 'A/76/PV.102');
  await page.waitForSelector('.record-body[data-rendered="all"]', { state: 'attached', timeout: 20000 });
  const speakerOf = (passage) => page.evaluate((text) => {
    const para = [...document.querySelectorAll('p.para')].find((p) => p.textContent.includes(text));
    const n = para?.closest('article')?.dataset.speech;
    return n ? document.querySelector(`#s${n} .speech-header .speaker`)?.textContent : null;
  }, passage);
  for (const passage of ['Malaysia welcomes the submission', 'Malaysia fully supports the establishment', 'Let me conclude by reaffirming Malaysia']) {
    assert.match(await speakerOf(passage), /Rizal/, passage);
  }
  const notes = page.locator('.order-uncertain');
  assert.ok(await notes.count() >= 1);
  assert.match(await notes.first().textContent(), /Order uncertain here/);
  assert.equal(await notes.first().getAttribute('role'), 'note');
  const following = await page.evaluate(() => [...document.querySelectorAll('.order-uncertain')].map((n) => n.nextElementSibling?.textContent ?? ''));
  assert.ok(following.some((t) => t.includes('during the seventy-seventh session is therefore')), JSON.stringify(following));
  // Every paragraph of such a page is marked, not only the first: p. 28's
  // European Union paragraphs that land under Ukraine, below the note.
  const marked = (passage) => page.evaluate((text) => {
    const para = [...document.querySelectorAll('p.para')].find((p) => p.textContent.includes(text));
    return para ? [para.classList.contains('uncertain'), para.getAttribute('title') ?? ''] : null;
  }, passage);
  for (const passage of ['As to the matter at hand, I have the honour', 'We deplore Russia’s failure']) {
    const [isMarked, title] = await marked(passage);
    assert.ok(isMarked, passage);
    assert.match(title, /Check this page against the PDF/);
  }
  // A paragraph of a page read with confidence is not.
  assert.deepEqual(await marked('Malaysia welcomes the submission'), [false, '']);
  // A record the parser reads with confidence has no such note.
  await pasteText(page, r8701);
  await page.waitForFunction(() => document.querySelector('.meeting-symbol')?.textContent === 'S/PV.8701');
  assert.equal(await page.locator('.order-uncertain').count(), 0);
  assert.equal(await page.locator('p.para.uncertain').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a file picked or dropped opens; reload keeps it', async () => {
  const { context, page } = await open();
  await ready(page);
  await page.setInputFiles('input[type=file]', path.join(corpus, 'raw/S_PV_8698.txt'));
  await page.waitForFunction(() => document.querySelector('.meeting-symbol')?.textContent === 'S/PV.8698');
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'S_PV_8701.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, r8701);
  await page.waitForFunction(() => document.querySelector('.meeting-symbol')?.textContent === 'S/PV.8701');
  await page.reload();
  await ready(page);
  assert.equal(await symbolText(page), 'S/PV.8701');
  await page.click('.sample-button');
  await page.waitForFunction(() => document.querySelector('.meeting-symbol')?.textContent === 'S/PV.8700');
  await context.close();
});

test('bad files get a clear message and the open record stays', async () => {
  const { context, page } = await open();
  await ready(page);
  // (PDFs open now; those that give no record are in pdf.test.js.)
  await page.setInputFiles('input[type=file]', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]) });
  await page.waitForSelector('.banner.error');
  assert.match(await page.locator('.banner.error').innerText(), /stays open/);
  assert.equal(await symbolText(page), 'S/PV.8700');
  await page.click('.banner.error button');
  await page.setInputFiles('input[type=file]', { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') });
  await page.waitForSelector('.banner.error');
  assert.match(await page.locator('.banner.error').innerText(), /empty/);
  await page.click('.banner.error button');
  await page.setInputFiles('input[type=file]', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Just notes.\nNo speakers here.') });
  await page.waitForSelector('.banner.error');
  assert.match(await page.locator('.banner.error').innerText(), /No speeches/);
  assert.equal(await symbolText(page), 'S/PV.8700');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('outline links navigate, scroll-spy marks the speech in view, j/k move', async () => {
  const { context, page } = await open();
  await ready(page);
  await page.click('nav[aria-label="Outline"] a[href="#s12"]');
  await page.waitForFunction(() => document.querySelector('nav[aria-label="Outline"] a.active')?.getAttribute('href') === '#s12');
  const top = await page.locator('#s12').evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 400, `s12 in view (top ${top})`);
  await page.locator('#s18').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.waitForFunction(() => document.querySelector('nav[aria-label="Outline"] a.active')?.getAttribute('href') === '#s18');
  await page.keyboard.press('j');
  await page.waitForFunction(() => document.querySelector('nav[aria-label="Outline"] a.active')?.getAttribute('href') === '#s19');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await page.waitForFunction(() => document.querySelector('nav[aria-label="Outline"] a.active')?.getAttribute('href') === '#s17');
  // Turning a theme off changes only its marks: the record's elements stay
  // (one tagged before is still in the page), the marks lose their
  // highlight, and scroll-spy goes on reading the same speeches.
  await page.locator('#s9').evaluate((e) => { e.dataset.kept = 'yes'; });
  const marksOn = await page.locator('mark.theme[data-theme="protection-of-civilians"]').count();
  assert.ok(marksOn > 0, 'the theme marks something in S/PV.8700');
  await page.locator('.theme-row[data-theme="protection-of-civilians"] input[type=checkbox]').uncheck();
  await page.waitForFunction(() => !document.querySelector('mark.theme[data-theme="protection-of-civilians"]'));
  assert.equal(await page.locator('mark.theme-off[data-theme="protection-of-civilians"]').count(), marksOn);
  assert.equal(await page.locator('#s9').getAttribute('data-kept'), 'yes', 'the speech was not rendered anew');
  await page.locator('#s9').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.waitForFunction(() => document.querySelector('nav[aria-label="Outline"] a.active')?.getAttribute('href') === '#s9');
  await page.locator('#s14').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.waitForFunction(() => document.querySelector('nav[aria-label="Outline"] a.active')?.getAttribute('href') === '#s14');
  await page.locator('.theme-row[data-theme="protection-of-civilians"] input[type=checkbox]').check();
  // Arrow keys move focus along the outline; Enter follows the link.
  await page.focus('nav[aria-label="Outline"] a[href="#s3"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#s5');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('nav[aria-label="Outline"] a.active')?.getAttribute('href') === '#s5');
  // The filter narrows the outline.
  await page.fill('.outline-filter input', 'france');
  assert.equal(await page.locator('nav[aria-label="Outline"] li:not(.hidden)').count(), 1);
  await context.close();
});

test('themes: marks, toggles, and a custom theme that survives reload', async () => {
  const { context, page } = await open();
  await ready(page);
  const marks = () => page.locator('mark.theme[data-theme="protection-of-civilians"]').count();
  assert.ok((await marks()) > 10);
  // Toggling re-renders the marks in a later task: wait for them, then check.
  // (A function, not a string: Playwright polls a string predicate with
  // `eval` in the page, which the page's content security policy refuses,
  // so a re-render slower than the first check failed the test.)
  const marksAre = (atLeast, atMost) => page.waitForFunction(([low, high]) => {
    const n = document.querySelectorAll('mark.theme[data-theme="protection-of-civilians"]').length;
    return n >= low && n <= high;
  }, [atLeast, atMost], { timeout: 5000 });
  await page.locator('.theme-row[data-theme="protection-of-civilians"] input[type=checkbox]').uncheck();
  await marksAre(0, 0);
  assert.equal(await marks(), 0);
  await page.locator('.theme-row[data-theme="protection-of-civilians"] input[type=checkbox]').check();
  await marksAre(11, 1e9);
  assert.ok((await marks()) > 10);
  await page.fill('input[name=theme-name]', 'Cross-border aid');
  await page.fill('textarea[name=theme-terms]', 'cross-border; Al-Yarubiyah; Bab al-Hawa');
  await page.click('text=Add theme');
  const custom = page.locator('mark.theme[data-theme="custom-cross-border-aid"]');
  await page.waitForFunction(() => document.querySelectorAll('mark.theme[data-theme="custom-cross-border-aid"]').length > 3);
  await page.reload();
  await ready(page);
  assert.ok((await custom.count()) > 3);
  await context.close();
});

test('themes: terms in curly quotes and before a curly possessive are marked', async () => {
  const { context, page } = await open();
  await ready(page);
  await page.click('text=Paste text…');
  await page.fill('#paste-input', 'Ms. Juul (Norway): The report of the “Human Rights Council” and the work of “peacekeeping” guide us, as does the African Union’s Agenda 2063.\n');
  await page.click('.open-pasted');
  await page.waitForFunction(() => document.querySelector('#s1 .speech-header')?.textContent.includes('Juul'));
  const marked = await page.locator('#s1 mark.theme').evaluateAll((ms) => ms.map((m) => `${m.dataset.theme}: ${m.textContent}`));
  assert.ok(marked.includes('human-rights: Human Rights Council'), marked.join(' | '));
  assert.ok(marked.includes('peacekeeping: peacekeeping'), marked.join(' | '));
  assert.ok(marked.some((m) => m.endsWith(': African Union')), marked.join(' | '));
  await context.close();
});

test('symbol tooltips on hover and keyboard focus, with resolution data', async () => {
  const { context, page } = await open();
  await ready(page);
  await page.hover('a.doc-symbol[data-symbol="S/2020/24"] >> nth=0');
  const tip = page.locator('#symbol-tooltip[role=tooltip]');
  await page.waitForSelector('#symbol-tooltip.visible');
  assert.match(await tip.innerText(), /S\/2020\/24[\s\S]*Security Council[\s\S]*2020/);
  await page.mouse.move(0, 0);
  await page.waitForSelector('#symbol-tooltip:not(.visible)', { state: 'attached' });
  await page.locator('a.doc-symbol[data-symbol="S/RES/2504 (2020)"]').first().focus();
  await page.waitForFunction(() => /Adopted[\s\S]*2020-01-10/.test(document.querySelector('#symbol-tooltip')?.innerText || ''));
  assert.match(await tip.innerText(), /The situation in the Middle East/);
  const link = page.locator('a.doc-symbol[data-symbol="S/RES/2504 (2020)"]').first();
  assert.equal(await link.getAttribute('href'), 'https://docs.un.org/en/S/RES/2504(2020)');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.getAttribute('rel'), /noopener/);
  assert.ok((await page.locator('.cited-list li').count()) >= 9);
  await context.close();
});

test('copy link, then open it in a fresh browser: it lands and highlights', async () => {
  const { context, page } = await open();
  await ready(page);
  await page.click('#s7-p3 .copy-link');
  await page.waitForSelector('#s7-p3 .copy-link[data-copied=true]');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(url, /#v1\./);
  await context.close();
  const fresh = await open(url);
  await fresh.page.waitForSelector('#s7-p3.landed');
  assert.equal(await fresh.page.locator('.meeting-symbol').innerText(), 'S/PV.8700');
  const top = await fresh.page.locator('#s7-p3').evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(top > 0 && top < 900);
  await fresh.context.close();
});

test('?src= loads a record by URL; failures are explained', async () => {
  const { context, page } = await open(`${server.url}?src=${encodeURIComponent(server.url + 'fixtures/S_PV_8701.txt')}`);
  await page.waitForFunction(() => document.querySelector('.meeting-symbol')?.textContent === 'S/PV.8701');
  await page.click('#s2-p1 .copy-link');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(url.includes('?src='), 'a src record links to its source');
  assert.ok(url.length < 400, `no embedded text (${url.length} chars)`);
  await context.close();
  const bad = await open(`${server.url}?src=${encodeURIComponent(server.url + 'fixtures/missing.txt')}`);
  await bad.page.waitForSelector('.banner.error');
  assert.match(await bad.page.locator('.banner.error').innerText(), /404/);
  await ready(bad.page);
  await bad.context.close();
});

test('damaged links explain themselves and still show a record', async () => {
  for (const fragment of ['v1.this-is-not-deflate', 'v1.%%%not*base64', 'v1.' + Buffer.from('not json').toString('base64url')]) {
    const { context, page } = await open(`${server.url}#${fragment}`);
    await page.waitForSelector('.banner.error');
    assert.match(await page.locator('.banner.error').innerText(), /damaged/);
    await ready(page);
    await context.close();
  }
});

test('find in record counts matches and steps through them', async () => {
  const { context, page } = await open();
  await ready(page);
  await page.fill('.find-input', 'Yarubiyah');
  await page.waitForFunction(() => /\d+ matches in \d+ passages/.test(document.querySelector('.find-count').textContent));
  const total = Number((await page.locator('.find-count').innerText()).match(/(\d+) matches/)[1]);
  assert.ok(total >= 5, `${total} matches`);
  await page.press('.find-input', 'Enter');
  await page.waitForSelector('.para.landed');
  assert.match(await page.locator('.para.landed').textContent(), /Yarubiyah/);
  assert.match(await page.locator('.find-count').innerText(), /passage 1 of/);
  await context.close();
});

test('phones: the page fits 360 px wide', async () => {
  const { context, page } = await open(server.url, { viewport: { width: 360, height: 740 } });
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
  await context.close();
});
