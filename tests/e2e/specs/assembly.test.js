// General Assembly records in the page (and a 1990s typescript one, a
// constructed fixture): the Acting President by name, the items taken up
// as the header's agenda, and what each item decided in the outline and in
// the text, linked to the resolution it became.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPasted } from '../harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const openRecord = (rel, symbol) => openPasted(browser, server.url, rel, symbol);

test('A/76/PV.102: the Acting President by name, the agenda from the items taken up', async () => {
  const { context, page } = await openRecord('ga/raw/A_76_PV_102.txt', 'A/76/PV.102');
  const agenda = page.locator('.meeting .agenda li');
  assert.equal(await agenda.count(), 12);
  // Each item in its printed lines: the number, the title, the draft.
  assert.match(await agenda.first().textContent(), /^Agenda item 66 \(continued\) Peacebuilding and sustaining peace/);
  assert.match(await agenda.first().innerText(), /^Agenda item 66 \(continued\)\s*\n\s*Peacebuilding and sustaining peace\s*\n\s*Draft resolution/);
  // "Mr. Muhith (Bangladesh), Vice-President, took the Chair." is a stage
  // direction, and each "The Acting President:" turn after it is his.
  const note = page.locator('p.narrative', { hasText: 'Vice-President, took the Chair.' });
  assert.equal(await note.count(), 1);
  assert.match(await note.textContent(), /^Mr\. Muhith \(Bangladesh\), Vice-President, took the Chair\.$/);
  // (textContent: off-screen batches are not laid out, so have no innerText.)
  const acting = await page.locator('article.speech .speech-header').filter({ hasText: 'Acting President' }).allTextContents();
  assert.equal(acting.length, 24);
  for (const header of acting) assert.match(header, /Mr\. Muhith[\s\S]*Bangladesh/);
  // 24 turns in the Chair and one earlier for Bangladesh (p. 3).
  assert.equal(await page.locator('nav.outline .outline-speaker', { hasText: 'Mr. Muhith' }).count(), 25);
  await context.close();
});

test('A/65/PV.71: each item lists what it decided, linked to its resolution', async () => {
  const { context, page } = await openRecord('ga/raw/A_65_PV_71.txt', 'A/65/PV.71');
  const item27 = page.locator('nav.outline .outline-group').filter({ has: page.locator('h3', { hasText: /^Agenda item 27 / }) });
  const outcomes = item27.locator('.outline-outcomes .outcome');
  assert.equal(await outcomes.count(), 7);
  assert.equal(await outcomes.first().innerText(), 'Adopted A/RES/65/182');
  const link = outcomes.first().locator('a.doc-symbol');
  assert.equal(await link.getAttribute('href'), 'https://docs.un.org/en/A/RES/65/182');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  // The notice in the text links the resolution it names.
  const notice = page.locator('p.narrative', { hasText: 'Draft resolution I was adopted (resolution 65/182).' });
  assert.equal(await notice.locator('a.doc-symbol[data-symbol="A/RES/65/182"]').count(), 1);
  // A recorded vote's outcome names its resolution too.
  assert.ok((await page.locator('.outline-outcomes a.doc-symbol[data-symbol="A/RES/65/206"]').count()) === 1);
  await context.close();
});

test('a 1990s typescript record: capitals, interpretation notes, the Acting President', async () => {
  const { context, page } = await openRecord('constructed/A_48_PV_35_1993.txt', 'A/48/PV.35');
  assert.match(await page.locator('.meeting-organ').innerText(), /^General Assembly · FORTY-EIGHTH SESSION · meeting 35$/);
  assert.match(await page.locator('.meeting-when').innerText(), /^Tuesday, 19 October 1993 · 3 p\.m\. · New York$/);
  assert.equal(await page.locator('.meeting-when time').getAttribute('datetime'), '1993-10-19');
  assert.equal(await page.locator('nav[aria-label="Outline"] a[href^="#s"]').count(), 6);
  assert.match(await page.locator('#s1 .speech-header').textContent(), /Mr\. INSANALLY[\s\S]*President/);
  assert.match(await page.locator('#s3 .speech-header').textContent(), /Mr\. LAMAMRA[\s\S]*Algeria[\s\S]*spoke in French/);
  assert.match(await page.locator('#s4 .speech-header').textContent(), /Mr\. Zlenko[\s\S]*Ukraine[\s\S]*Acting President/);
  assert.equal(await page.locator('h2.agenda-heading', { hasText: 'AGENDA ITEM 14' }).count(), 1);
  assert.equal(await page.locator('.banner.error').count(), 0);
  await context.close();
});
