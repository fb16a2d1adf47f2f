// Records in French and Spanish open in the page: their cover, speakers and
// languages read, the delegation named in English, the built-in (English)
// themes set aside with a note, a French resolution citation linked, and a
// permalink that lands. The records are the constructed fixtures of
// tests/corpus/constructed (see its README).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, freshPage, openPasted, ready, corpus } from '../harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const openRecord = (name, symbol) => openPasted(browser, server.url, `constructed/${name}.txt`, symbol);

test('a French record opens with its cover, speakers, languages and a landing permalink', async () => {
  const { context, page } = await openRecord('S_PV_9876_fr', 'S/PV.9876');
  assert.equal(await page.locator('.meeting-language').innerText(), 'Record in French');
  assert.match(await page.locator('.meeting-organ').innerText(), /^Security Council · Quatre-vingt-unième année · meeting 9876$/);
  assert.match(await page.locator('.meeting-when').innerText(), /^Monday, 23 March 2026 · 15 heures · New York$/);
  assert.match(await page.locator('.meeting-president').innerText(), /M\. Fu Cong \(Chine\)/);
  assert.equal(await page.locator('.record-body').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('nav[aria-label="Outline"] a[href^="#s"]').count(), 10);
  // "Le Président (parle en chinois) :" is the cover's President, in Chinese.
  const chair = await page.locator('#s1 .speech-header').textContent();
  assert.match(chair, /M\. Fu Cong/);
  assert.match(chair, /President/);
  assert.match(chair, /spoke in Chinese/);
  // The delegation as printed, its English UN name as the tooltip.
  const russia = page.locator('#s6 .speech-header .country');
  assert.equal(await russia.textContent(), 'Fédération de Russie');
  assert.equal(await russia.getAttribute('title'), 'Russian Federation');
  assert.ok(!(await page.locator('#s4 .speech-header').textContent()).includes('spoke in'), 'France spoke French, the record\'s language');
  // A label over two lines, and her note that she goes on in French.
  assert.match(await page.locator('#s7 .speech-header .country').textContent(), /^Royaume-Uni de Grande-Bretagne et d’Irlande du Nord$/);
  assert.equal(await page.locator('.language-note').textContent(), '(l’oratrice poursuit en français)');
  // "résolution 2334 (2016)" is the Council's resolution, linked.
  const link = page.locator('#s2 a.doc-symbol[data-symbol="S/RES/2334 (2016)"]');
  assert.ok((await link.count()) >= 1);
  assert.match(await link.first().textContent(), /^résolution 2334 \(2016\)$/);
  // The vote, its French lists and the resolution it became.
  const vote = page.locator('.vote');
  assert.equal(await vote.count(), 1);
  assert.match(await vote.textContent(), /Royaume-Uni de Grande-Bretagne et d’Irlande du Nord/);
  assert.equal(await page.locator('.outline-outcomes a[data-symbol="S/RES/2801 (2026)"]').count(), 1);
  // Themes: English words, so none is counted here, and the panel says why.
  assert.match(await page.locator('.themes-language').innerText(), /built-in themes match English words, and this record is in French/);
  assert.equal(await page.locator('.theme-row').count(), 0);
  assert.equal(await page.locator('.record-body mark').count(), 0);
  // A permalink to a paragraph lands in a fresh browser.
  await page.click('#s6-p1 .copy-link');
  await page.waitForSelector('#s6-p1 .copy-link[data-copied=true]');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  await context.close();
  const fresh = await freshPage(browser);
  await fresh.page.goto(url);
  await fresh.page.waitForSelector('#s6-p1.landed', { timeout: 20000 });
  assert.match(await fresh.page.locator('#s6-p1').textContent(), /^Nous avons écouté avec attention/);
  assert.equal(await fresh.page.locator('.meeting-language').innerText(), 'Record in French');
  await fresh.context.close();
});

test('a Spanish record opens with its cover, speakers and languages', async () => {
  const { context, page } = await openRecord('S_PV_9876_es', 'S/PV.9876');
  assert.equal(await page.locator('.meeting-language').innerText(), 'Record in Spanish');
  assert.match(await page.locator('.meeting-when').innerText(), /^Monday, 23 March 2026 · 15\.00 horas · Nueva York$/);
  assert.equal(await page.locator('.record-body').getAttribute('lang'), 'es');
  assert.equal(await page.locator('nav[aria-label="Outline"] a[href^="#s"]').count(), 10);
  assert.match(await page.locator('#s1 .speech-header').textContent(), /Sr\. Fu Cong[\s\S]*President[\s\S]*spoke in Chinese/);
  assert.match(await page.locator('#s4 .speech-header').textContent(), /spoke in French/);
  const us = page.locator('#s8 .speech-header .country');
  assert.equal(await us.textContent(), 'Estados Unidos de América');
  assert.equal(await us.getAttribute('title'), 'United States of America');
  assert.equal(await page.locator('.language-note').textContent(), '(continúa en español)');
  assert.ok((await page.locator('a.doc-symbol[data-symbol="S/RES/2334 (2016)"]').count()) >= 1);
  assert.match(await page.locator('.themes-language').innerText(), /this record is in Spanish/);
  // The reader's own theme, in Spanish, counts.
  await page.fill('input[name="theme-name"]', 'Rehenes');
  await page.fill('textarea[name="theme-terms"]', 'rehenes');
  await page.click('.custom-theme button[type=submit]');
  await page.waitForFunction(() => document.querySelector('.theme-row .theme-count')?.textContent === '1', null, { timeout: 10000 });
  assert.equal(await page.locator('.theme-row').count(), 1);
  assert.equal(await page.locator('mark.theme').count(), 1);
  await context.close();
});

test('French and Spanish PDFs open as their text does', async () => {
  // Typeset from the constructed records by tests/e2e/typeset-constructed.mjs
  // (Chromium's PDF: CID fonts whose widths come in ranges).
  for (const [name, language, header, russia] of [
    ['S_PV_9876_fr', 'French', /Mme Woodward[\s\S]*Royaume-Uni de Grande-Bretagne et d’Irlande du Nord[\s\S]*spoke in English/, 'Fédération de Russie'],
    ['S_PV_9876_es', 'Spanish', /Sra\. Woodward[\s\S]*Reino Unido de Gran Bretaña e Irlanda del Norte[\s\S]*spoke in English/, 'Federación de Rusia'],
  ]) {
    const { context, page } = await freshPage(browser);
    await page.goto(server.url);
    await ready(page);
    await page.setInputFiles('input[type=file]', path.join(corpus, `constructed/${name}.pdf`));
    await page.waitForFunction((l) => document.querySelector('.meeting-language')?.textContent === `Record in ${l}`, language, { timeout: 60000 });
    assert.equal(await page.locator('.meeting-symbol').textContent(), 'S/PV.9876', name);
    assert.equal(await page.locator('nav[aria-label="Outline"] a[href^="#s"]').count(), 10, name);
    assert.match(await page.locator('#s7 .speech-header').textContent(), header, name);
    const country = page.locator('#s6 .speech-header .country');
    assert.equal(await country.textContent(), russia, name);
    assert.equal(await country.getAttribute('title'), 'Russian Federation', name);
    // Words spaced as printed: justified lines' words are not run together.
    assert.match(await page.locator('#s1-p1').textContent(), /^(Conformément à l’article 37 du Règlement intérieur provisoire du Conseil, j’invite le représentant|De conformidad con el artículo 37 del reglamento provisional del Consejo, invito al representante)/, name);
    assert.equal(await page.locator('.vote').count(), 1, name);
    assert.equal(await page.locator('.outline-outcomes a[data-symbol="S/RES/2801 (2026)"]').count(), 1, name);
    assert.equal(await page.locator('.banner.error').count(), 0, name);
    await context.close();
  }
});
