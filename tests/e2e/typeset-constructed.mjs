// Typesets a constructed record (tests/corpus/constructed/*.txt) as a
// two-column PDF the way the UN prints its records, so the PDF reader is
// tested on layouts the corpus has no real PDF of (French and Spanish).
//
// Not part of the test run: the PDFs it writes are committed beside the
// text, with what a pdf.js-based browser viewer copies of each
// (NAME.pdfjs-copy.txt: pdfjs-dist 4's text items, a newline at each
// end-of-line mark, a blank line between pages, as the corpus's variants).
// Run it again when a constructed record changes:
//
//   cargo build --release -p verbatim-cli
//   (cd tests/e2e && npm install --no-save pdfjs-dist@4)
//   node tests/e2e/typeset-constructed.mjs S_PV_9876_fr S_PV_9876_es
//
// The record's structure comes from the parser's own reading of the text
// (`verbatim parse`): each speech's paragraphs set with a first-line indent,
// the label in bold before the first, headings in bold, stage directions in
// italics, vote lists as printed. Page furniture sits in the bands the UN
// uses: the symbol, title and date at the top of each page after the first,
// the job number and page number at the foot. Chromium prints it.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, repo } from './harness.js';

const dir = path.join(repo, 'tests/corpus/constructed');
const cli = path.join(repo, 'target/release/verbatim');

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function html(name) {
  const text = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const bytes = Buffer.from(text, 'utf8');
  const record = JSON.parse(execFileSync(cli, ['parse', path.join(dir, `${name}.txt`)], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const french = record.meeting.language === 'French';
  const colon = french ? ' :' : ':';
  // The cover: the first page's lines as printed, less its foot (the job
  // number and bar code, printed in the footer band here).
  const cover = text.split('\f')[0].split('\n')
    .filter((l) => l.trim() && !/^\d{2}-\d{5}/.test(l) && !/^\*\d+\*$/.test(l))
    .map((l) => `<div>${escape(l)}</div>`).join('\n');
  const body = [];
  for (const block of record.body) {
    switch (block.kind) {
      case 'heading':
        body.push(`<h2>${escape(block.text)}</h2>`);
        break;
      case 'narrative':
      case 'language':
        body.push(`<p class="direction">${escape(block.text)}</p>`);
        break;
      case 'vote': {
        const lines = bytes.subarray(block.span[0], block.span[1]).toString('utf8').split('\n').filter((l) => l.trim());
        const [procedure, ...rest] = lines;
        body.push(`<p class="direction">${escape(procedure)}</p>`);
        // Each side's heading on its line, its names run on under it.
        const sides = [];
        for (const l of rest) {
          if (/:\s*$/.test(l) || sides.length === 0) sides.push([l, []]);
          else sides[sides.length - 1][1].push(l);
        }
        body.push(`<div class="vote">${sides.map(([side, names]) => `<div class="side">${escape(side)}</div><div class="names">${escape(names.join(' '))}</div>`).join('')}</div>`);
        break;
      }
      case 'speech': {
        const speech = record.speeches[block.speech];
        for (let p = block.first_paragraph; p < block.first_paragraph + block.paragraph_count; p++) {
          const label = p === 0 ? `<b>${escape(speech.label)}</b>${colon} ` : '';
          body.push(`<p>${label}${escape(speech.paragraphs[p])}</p>`);
        }
        break;
      }
      default:
        throw new Error(`unknown block ${block.kind}`);
    }
  }
  return `<!doctype html><html lang="${french ? 'fr' : 'es'}"><head><meta charset="utf-8"><style>
  @page { size: 612pt 792pt; margin: 100pt 54pt 100pt 54pt; }
  body { font: 10.5pt/1.2 "Liberation Serif", "Times New Roman", serif; margin: 0; }
  .cover div { min-height: 1.2em; }
  .cover { break-after: page; }
  .columns { column-count: 2; column-gap: 24pt; column-fill: auto; text-align: justify; }
  p { margin: 0; text-indent: 2em; }
  p.direction { font-style: italic; }
  h2 { font-size: 10.5pt; margin: 1.2em 0 0.6em; break-after: avoid; }
  .vote { margin: 0 0 0 2em; }
  .vote .side { margin-left: -2em; }
</style></head><body>
<div class="cover">${cover}</div>
<div class="columns">
${body.join('\n')}
</div></body></html>`;
}

/** What a pdf.js-based viewer's select-all and copy gives of `file`. */
async function pdfjsCopy(file) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), disableFontFace: true }).promise;
  const pages = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(content.items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join('').replace(/\n?$/, '\n'));
  }
  return `${pages.join('\n')}\n`;
}

const browser = await launch();
try {
  for (const name of process.argv.slice(2)) {
    const text = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
    const pages = text.split('\f');
    // The running header of the body pages and the job number, from the text.
    const header = pages[1].split('\n').filter((l) => l.trim()).slice(0, 3);
    const job = (pages[0].match(/^(\d{2}-\d{5}) \([EFS]\)$/m) || [])[1] ?? '';
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(html(name), { waitUntil: 'load' });
    const band = 'font: 8pt "Liberation Serif", serif; width: 100%; margin: 0 54pt; display: flex; justify-content: space-between;';
    await page.pdf({
      path: path.join(dir, `${name}.pdf`),
      width: '8.5in',
      height: '11in',
      printBackground: false,
      displayHeaderFooter: true,
      preferCSSPageSize: true,
      headerTemplate: `<div style='${band} padding-top: 36pt;'>${header.map((h) => `<span>${escape(h)}</span>`).join('')}</div>`,
      footerTemplate: `<div style='${band} padding-bottom: 36pt;'><span>${escape(job)}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
    });
    await context.close();
    const pdf = path.join(dir, `${name}.pdf`);
    fs.writeFileSync(path.join(dir, `${name}.pdfjs-copy.txt`), await pdfjsCopy(pdf));
    console.log(`${name}.pdf, ${name}.pdfjs-copy.txt`);
  }
} finally {
  await browser.close();
}
