// Browser test of the Verbatim web page against a running service.
//   VERBATIM_URL=http://localhost:8080 npm test
// Drives Debian's Chromium (/usr/bin/chromium) through playwright-core; no browser is downloaded.
// Prints "N passed, N failed" and exits non-zero when anything failed.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.VERBATIM_URL || 'http://localhost:8080';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.VERBATIM_TIMEOUT || 15000);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const SHOTS = path.join(HERE, 'screenshots');

const REAL_QUOTE = 'At such dizzy speed, in a few weeks, from October 25, 1917, to the Brest Peace, we built up the Soviet state';
const FAKE_QUOTE = 'The capitalists will sell us the rope with which we will hang them';
const EXPECTED_CITATION = 'Works, Vol. 33, pp. 91-92';
// A sentence of the Works (volume 26, which the test profile loads), quoted in Krupskaya's memoirs in another translation.
const WORKS_QUOTE = 'Socialism cannot be decreed from above.';
const WORKS_PLACE = 'Vol. 26, p. 289';
const WORKS_TITLE = 'Meeting of the All-Russia Central Executive Committee';
const KRUPSKAYA_WORDING = 'Socialism cannot be built up by decrees from above';
// Krupskaya cites that wording as "(Works, Vol. 26, p. 255.)": p. 255 of the Russian 4th edition, p. 289 of the English
// volume (the paragraph begins on p. 288: her other chapter quotes all of it as "pp. 254-55", English pp. 288–289).
const KRUPSKAYA_CITATION = 'Works, Vol. 26, p. 255';
const KRUPSKAYA_ENGLISH = 'p. 289';
const PARAGRAPH_CITATION = 'Works, Vol. 26, pp. 254-55';
const PARAGRAPH_ENGLISH = 'pp. 288–289';

let passed = 0;
let failed = 0;

async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
    return true;
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e && e.message ? e.message : e).split('\n').join('\n     ')}`);
    return false;
  }
}

function assertEqual(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const text = async (locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
/** The text as seen on screen: without what is there for screen readers only ("[the memoir only: …]"). */
const seenText = (locator) => locator.evaluate((el) => {
  const copy = el.cloneNode(true);
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
});

/**
 * Puts a quotation in the textarea, submits it (Ctrl+Enter, or the button), waits for the answer of
 * the lookup call and for the page to render it; returns the HTTP status of the lookup.
 */
async function lookUp(page, quotation, { via = 'keyboard' } = {}) {
  const textarea = page.getByRole('textbox', { name: 'Quotation', exact: true });
  await textarea.click();
  await textarea.fill('');
  await textarea.pressSequentially(quotation, { delay: 0 });
  const answered = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/lookup') && r.request().method() === 'POST',
    { timeout: TIMEOUT });
  if (via === 'keyboard') {
    await textarea.press('Control+Enter');
  } else {
    await page.getByRole('button', { name: 'Check quotation' }).click();
  }
  const response = await answered;
  await page.waitForSelector('#lookup-result[aria-busy="false"]', { state: 'attached', timeout: TIMEOUT });
  return response.status();
}

async function verdictOf(page) {
  const verdict = page.getByTestId('verdict');
  await verdict.waitFor({ state: 'visible', timeout: TIMEOUT });
  return {
    word: await text(page.getByTestId('verdict-word')),
    attribute: await verdict.getAttribute('data-verdict'),
    all: await text(verdict),
  };
}

/** Waits until the section of `view` is the one shown. */
async function visibleView(page, view) {
  await page.locator(`section.view[data-view="${view}"]`).waitFor({ state: 'visible' });
  assertEqual(await page.locator('section.view:not([hidden])').count(), 1, 'views shown at once');
}

const activeId = (page) => page.evaluate(() => document.activeElement && document.activeElement.id);

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-e2e-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
    });
  } catch (e) {
    failed++;
    console.log(`FAIL launch Chromium at ${CHROMIUM}\n     ${e.message}`);
    fs.rmSync(userDataDir, { recursive: true, force: true });
    return;
  }

  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const origin = new URL(BASE_URL).origin;
  const foreignRequests = [];
  const pageErrors = [];
  const scripts = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push({ url: r.url().replace(origin, ''), status: r.status() });
  });

  try {
    const loaded = await step('the page loads with a labelled quotation field', async () => {
      const response = await page.goto(BASE_URL, { waitUntil: 'load', timeout: TIMEOUT });
      assert(response && response.ok(), `GET ${BASE_URL} answered ${response && response.status()}`);
      await page.getByRole('textbox', { name: 'Quotation', exact: true }).waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Check quotation' }).waitFor({ state: 'visible' });
    });
    if (!loaded) return;

    let verified = false;
    await step('a real quotation, submitted with Ctrl+Enter, is VERIFIED', async () => {
      const status = await lookUp(page, REAL_QUOTE, { via: 'keyboard' });
      assertEqual(status, 200, 'status of POST /api/v1/lookup');
      const verdict = await verdictOf(page);
      assertEqual(verdict.word, 'VERIFIED', 'verdict word');
      assertEqual(verdict.attribute, 'VERIFIED', 'data-verdict');
      verified = true;
    });

    await step(`the citation shown is "${EXPECTED_CITATION}"`, async () => {
      assert(verified, 'skipped: no VERIFIED result to read the citation from');
      const citation = page.getByTestId('citation');
      await citation.waitFor({ state: 'visible' });
      assertEqual(await text(citation), EXPECTED_CITATION, 'citation');
      await page.getByRole('button', { name: `Copy citation ${EXPECTED_CITATION}` }).waitFor({ state: 'visible' });
    });
    await page.screenshot({ path: path.join(SHOTS, 'lookup.png'), fullPage: true }).catch(() => {});

    let quotationId = null;
    await step('the best match links to its quotation as #/quotation/ID', async () => {
      assert(verified, 'skipped: no VERIFIED result to take the link from');
      const link = page.getByRole('link', { name: 'Open this quotation' });
      const href = await link.getAttribute('href');
      const m = /^#\/quotation\/(\d+)$/.exec(href || '');
      assert(m, `href of "Open this quotation": ${href}`);
      quotationId = m[1];
    });

    await step('a famous fake, submitted with the button, is NOT_FOUND', async () => {
      const status = await lookUp(page, FAKE_QUOTE, { via: 'button' });
      assertEqual(status, 200, 'status of POST /api/v1/lookup');
      const verdict = await verdictOf(page);
      assertEqual(verdict.word, 'NOT_FOUND', 'verdict word');
      assertEqual(verdict.attribute, 'NOT_FOUND', 'data-verdict');
      assertEqual(await page.getByTestId('citation').count(), 0, 'citations shown for NOT_FOUND');
      const searched = await text(page.getByTestId('searched'));
      assert(/the memoirs in the corpus; \d+ volumes? of the Collected Works searched; not available: \d+(, \d+)*\.$/.test(searched),
        `what was searched: ${searched}`);
    });
    await page.screenshot({ path: path.join(SHOTS, 'lookup-not-found.png'), fullPage: true }).catch(() => {});

    await step('too short a text shows the service\'s explanation', async () => {
      const status = await lookUp(page, 'Comrades!', { via: 'keyboard' });
      assertEqual(status, 400, 'status of POST /api/v1/lookup');
      const error = page.locator('#lookup-error');
      await error.waitFor({ state: 'visible' });
      assert((await text(error)).length > 0, 'the error message is empty');
      assertEqual(await page.getByRole('textbox', { name: 'Quotation', exact: true }).getAttribute('aria-invalid'), 'true', 'aria-invalid');
    });

    let worksMatch = false;
    await step(`a sentence of the Works is VERIFIED, its best match the Works at ${WORKS_PLACE}`, async () => {
      const status = await lookUp(page, WORKS_QUOTE);
      assertEqual(status, 200, 'status of POST /api/v1/lookup');
      assertEqual((await verdictOf(page)).word, 'VERIFIED', 'verdict word');
      const source = await text(page.getByTestId('source'));
      assert(source.startsWith(`Lenin, Collected Works, ${WORKS_PLACE} — “${WORKS_TITLE}`), `source line: ${source}`);
      assert(source.endsWith('(4th English edition)'), `edition in the source line: ${source}`);
      assertEqual(await text(page.getByTestId('words-of')), 'Lenin’s own words, in his Collected Works', 'words of');
      assertEqual(await text(page.locator('.best-match blockquote mark')), `[matched: ${WORKS_QUOTE.replace(/\.$/, '')}]`, 'matched part');
      assertEqual(await page.locator('.best-match').getByTestId('citation').count(), 0, 'memoir citation shown for a Works match');
      worksMatch = true;
    });
    await page.screenshot({ path: path.join(SHOTS, 'lookup-works.png'), fullPage: true }).catch(() => {});

    let krupskayaId = null;
    await step('the place in the Works opens the Works page view with the text and the memoir quotation on it', async () => {
      assert(worksMatch, 'skipped: no Works match to follow');
      await page.getByTestId('works-place').click();
      await page.waitForURL(/#\/works\/26\/289$/);
      await visibleView(page, 'works-page');
      assertEqual(await activeId(page), 'works-page-heading', 'focused element');
      assertEqual(await text(page.locator('#works-page-heading')), `Collected Works, ${WORKS_PLACE}`, 'heading');
      assertEqual(await page.title(), `${WORKS_PLACE} — Collected Works — Verbatim`, 'title');
      await page.getByTestId('works-text').waitFor({ state: 'visible' });
      assert((await text(page.getByTestId('works-text'))).includes(WORKS_QUOTE), 'the page text lacks the sentence');
      assert((await text(page.getByTestId('works-title'))).startsWith(WORKS_TITLE), `work: ${await text(page.getByTestId('works-title'))}`);
      const located = page.getByTestId('works-located').locator('li')
        .filter({ has: page.locator('blockquote', { hasText: new RegExp(`^\\s*${KRUPSKAYA_WORDING}`) }) });
      assertEqual(await located.count(), 1, 'located quotations with Krupskaya\'s wording');
      assert((await text(located)).includes('N. K. Krupskaya'), `located quotation: ${await text(located)}`);
      const m = /^#\/quotation\/(\d+)$/.exec(await located.getByRole('link').getAttribute('href') || '');
      assert(m, 'the located quotation does not link to #/quotation/ID');
      krupskayaId = m[1];
    });
    await page.screenshot({ path: path.join(SHOTS, 'works-page.png'), fullPage: true }).catch(() => {});

    await step('the next-page link and the page field move through the volume', async () => {
      await page.goto(`${BASE_URL}/#/works/26/289`);
      await page.getByRole('navigation', { name: 'Pages of volume 26, top' }).getByRole('link', { name: 'p. 290 →' }).click();
      await page.waitForURL(/#\/works\/26\/290$/);
      await page.waitForSelector('#works-page-heading:text("p. 290")');
      await page.waitForSelector('#works-page-detail[aria-busy="false"]', { state: 'attached' });
      assertEqual(await activeId(page), 'works-page-heading', 'focused element after "next"');
      const field = page.getByRole('textbox', { name: 'Go to page' });
      await field.fill('abc');
      await field.press('Enter');
      await page.getByText('Enter a page number, such as 289.').waitFor({ state: 'visible' });
      assertEqual(await field.getAttribute('aria-invalid'), 'true', 'aria-invalid of a bad page number');
      await field.fill('253');
      await field.press('Enter');
      await page.waitForURL(/#\/works\/26\/253$/);
    });

    await step('words Lenin quotes and the editors\' text are marked and labelled', async () => {
      const editorial = page.locator('[data-testid="works-text"] .stretch--editorial').first();
      await editorial.waitFor({ state: 'visible' });
      assertEqual(await text(editorial.locator('.stretch__label')), 'editors:', 'label of the editors\' text');
      assert((await text(editorial)).includes('Izvestia No. 208'), `editors' text: ${await text(editorial)}`);
      await page.goto(`${BASE_URL}/#/works/27/308`);
      const quoted = page.locator('[data-testid="works-text"] .stretch--quoted').first();
      await quoted.waitFor({ state: 'visible' });
      assertEqual(await text(quoted.locator('.stretch__label')), 'quoted from Bukharin:', 'label of the quoted words');
      assert((await text(quoted)).includes('I disassociate myself from those who embrace me'), `quoted words: ${await text(quoted)}`);
    });
    await page.screenshot({ path: path.join(SHOTS, 'works-page-quoted.png'), fullPage: true }).catch(() => {});

    await step('the Works entry of the navigation lists the volumes, each opening at its first page', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Works' }).click();
      await page.waitForURL(/#\/works$/);
      await visibleView(page, 'works');
      assertEqual(await activeId(page), 'works-heading', 'focused element');
      const row = page.locator('[data-testid="works-volumes"] tr').filter({ has: page.locator('a[data-volume="26"]') });
      await row.waitFor({ state: 'visible' });
      assert((await text(row)).includes('September 1917 – February 1918'), `row of volume 26: ${await text(row)}`);
      const href = await row.getByRole('link').getAttribute('href');
      assert(/^#\/works\/26\/\d+$/.test(href || ''), `link of volume 26: ${href}`);
      await page.screenshot({ path: path.join(SHOTS, 'works-volumes.png'), fullPage: true }).catch(() => {});
      await page.getByRole('combobox', { name: 'of volume' }).selectOption('27');
      await page.getByRole('textbox', { name: 'Go to page' }).fill('308');
      await page.getByRole('button', { name: 'Go' }).click();
      await page.waitForURL(/#\/works\/27\/308$/);
      await page.waitForSelector('#works-page-heading:text("Vol. 27, p. 308")');
    });

    await step('a volume the service lacks shows the service\'s "not available"', async () => {
      await page.goto(`${BASE_URL}/#/works/3/10`);
      const error = page.locator('#works-page-detail .notice--error');
      await error.waitFor({ state: 'visible' });
      assertEqual(await text(error), 'Not found. Volume 3 of the Collected Works is not available', 'error text');
    });
    await page.screenshot({ path: path.join(SHOTS, 'works-missing.png'), fullPage: false }).catch(() => {});

    await step('the quotation view of Krupskaya\'s wording shows its place in the Works, the Works\' wording beside hers', async () => {
      assert(krupskayaId, 'skipped: no quotation id from the Works page');
      await page.goto(`${BASE_URL}/#/quotation/${krupskayaId}`);
      const section = page.getByTestId('quotation-works');
      await section.waitFor({ state: 'visible' });
      assertEqual(await text(section.getByRole('heading', { level: 2 })), 'In the Collected Works', 'heading');
      const place = page.getByTestId('quotation-works-place');
      assertEqual(await text(place), WORKS_PLACE, 'place in the Works');
      assertEqual(await place.getAttribute('href'), '#/works/26/289', 'link to the Works page');
      const columns = page.getByTestId('quotation-works-differences').locator('blockquote');
      assertEqual(await columns.count(), 2, 'columns of wording');
      assert((await seenText(columns.nth(0))).startsWith(`${KRUPSKAYA_WORDING}... living`), `memoir's wording: ${await seenText(columns.nth(0))}`);
      assert((await seenText(columns.nth(1))).startsWith(WORKS_QUOTE), `Works wording: ${await seenText(columns.nth(1))}`);
      assertEqual(await text(columns.nth(0).locator('del').first()), '[the memoir only: built up by]', 'first word only in the memoir');
      assertEqual(await text(columns.nth(1).locator('ins').first()), '[the Works only: decreed]', 'first word only in the Works');
      assertEqual(await columns.nth(0).locator('ins').count(), 0, 'Works-only words marked in the memoir\'s column');
    });
    await page.screenshot({ path: path.join(SHOTS, 'quotation-works.png'), fullPage: true }).catch(() => {});

    await step(`the quotation citing "${KRUPSKAYA_CITATION}" is checked: another edition's pages, English ${KRUPSKAYA_ENGLISH}`, async () => {
      assert(krupskayaId, 'skipped: no quotation page');
      assertEqual(await text(page.getByTestId('citation')), KRUPSKAYA_CITATION, 'citation');
      const check = page.getByTestId('quotation-check');
      await check.waitFor({ state: 'visible' });
      assertEqual(await text(check.getByRole('heading', { level: 2 })), 'Checked against the Collected Works', 'heading');
      const outcome = page.getByTestId('quotation-check-outcome');
      assertEqual(await outcome.getAttribute('data-outcome'), 'OTHER_PAGINATION', 'outcome');
      assertEqual(await text(outcome), 'another edition’s pages', 'outcome label');
      assertEqual(await text(page.getByTestId('quotation-check-claimed-volume')), 'Vol. 26', 'claimed volume');
      assertEqual(await text(page.getByTestId('quotation-check-claimed-pages')), 'p. 255', 'claimed pages');
      assertEqual(await text(page.getByTestId('quotation-check-found-volume')), 'Vol. 26', 'volume found');
      const found = await text(page.getByTestId('quotation-check-found-pages'));
      assert(found.startsWith(`English ${KRUPSKAYA_ENGLISH} (+34 pages`), `pages found: ${found}`);
      assertEqual(await page.getByTestId('quotation-check-found-pages').getByRole('link').getAttribute('href'), '#/works/26/289', 'link to the English page');
      assertEqual(await text(page.getByTestId('quotation-check-found-edition')), '4th English edition', 'edition found');
      assert((await text(page.getByTestId('quotation-check-claimed-edition'))).includes('Russian 4th'), 'claimed edition');
      assert((await text(page.getByTestId('quotation-check-explanation'))).includes('another edition'), 'explanation');
      assertEqual(await text(page.getByTestId('citation-source')), 'Works', 'source cited');
    });
    await page.screenshot({ path: path.join(SHOTS, 'quotation-check.png'), fullPage: true }).catch(() => {});

    await step('a lookup of Krupskaya\'s wording shows the check of her citation', async () => {
      await page.goto(`${BASE_URL}/#/`);
      assertEqual(await lookUp(page, KRUPSKAYA_WORDING), 200, 'status of POST /api/v1/lookup');
      assertEqual(await text(page.locator('.best-match').getByTestId('citation')), KRUPSKAYA_CITATION, 'citation of the best match');
      assertEqual(await text(page.getByTestId('match-check-claimed')), 'claimed p. 255', 'claimed pages');
      assertEqual(await text(page.getByTestId('match-check-found')), `English ${KRUPSKAYA_ENGLISH}`, 'English pages');
      assertEqual(await page.getByTestId('match-check-outcome').getAttribute('data-outcome'), 'OTHER_PAGINATION', 'outcome');
    });

    await step('the volumes view lists volume 26', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Volumes' }).click();
      await page.waitForURL(/#\/volumes$/);
      const vol26 = page.locator('[data-testid="volumes"] a[data-volume="26"]');
      await vol26.waitFor({ state: 'visible' });
      assertEqual(await text(vol26), 'Vol. 26', 'link text of volume 26');
    });

    await step('choosing volume 26 lists its citations', async () => {
      await page.locator('[data-testid="volumes"] a[data-volume="26"]').click();
      await page.waitForURL(/#\/volumes\/26/);
      const first = page.locator('[data-testid="citations"] > li').first();
      await first.waitFor({ state: 'visible' });
      assert((await text(first)).includes('Vol. 26'), `first citation does not name Vol. 26: ${await text(first)}`);
    });

    await step('the volume 26 view shows the claimed pages beside the English pages found, with the outcome', async () => {
      const citation = (display) => page.locator('[data-testid="citations"] > li')
        .filter({ has: page.locator('h3', { hasText: new RegExp(`^\\s*${display.replace(/[.]/g, '\\.')}\\s*$`) }) });
      for (const [display, claimed, english] of [[KRUPSKAYA_CITATION, 'p. 255', KRUPSKAYA_ENGLISH], [PARAGRAPH_CITATION, 'pp. 254–255', PARAGRAPH_ENGLISH]]) {
        const row = citation(display);
        assertEqual(await row.count(), 1, `citations "${display}"`);
        assertEqual(await text(row.getByTestId('volume-check-claimed')), `claimed ${claimed}`, `claimed pages of ${display}`);
        assertEqual(await text(row.getByTestId('volume-check-found')), `English ${english}`, `English pages of ${display}`);
        assertEqual(await row.getByTestId('volume-check-outcome').getAttribute('data-outcome'), 'OTHER_PAGINATION', `outcome of ${display}`);
        assertEqual(await text(row.getByTestId('volume-check-outcome')), 'another edition’s pages', `outcome label of ${display}`);
      }
    });
    await page.screenshot({ path: path.join(SHOTS, 'volumes.png'), fullPage: false }).catch(() => {});

    await step('the duplicates view loads', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Duplicates' }).click();
      await page.waitForURL(/#\/duplicates$/);
      await page.waitForSelector('#duplicates-list[aria-busy="false"]', { state: 'attached' });
      assertEqual(await page.locator('#view-duplicates .notice--error').count(), 0, 'error boxes in the duplicates view');
    });
    await page.screenshot({ path: path.join(SHOTS, 'duplicates.png'), fullPage: false }).catch(() => {});

    await step('the citation checks list, from the navigation, filters by outcome and pages', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Citation checks' }).click();
      await page.waitForURL(/#\/checks$/);
      await visibleView(page, 'checks');
      assertEqual(await activeId(page), 'checks-heading', 'focused element');
      const rows = page.locator('[data-testid="checks"] > li');
      await rows.first().waitFor({ state: 'visible' });
      const filter = page.getByRole('combobox', { name: 'Outcome' });
      await filter.selectOption({ label: 'likely wrong page' });
      await page.waitForURL(/#\/checks\?outcome=PAGE_MISMATCH$/);
      await page.waitForSelector('#checks-status:has-text("likely wrong page")');
      await page.waitForSelector('#checks-list[aria-busy="false"]', { state: 'attached' });
      const outcomes = await rows.evaluateAll((lis) => lis.map((li) => li.dataset.outcome));
      assert(outcomes.length > 0 && outcomes.every((o) => o === 'PAGE_MISMATCH'), `outcomes listed: ${outcomes.join(', ')}`);
      await page.screenshot({ path: path.join(SHOTS, 'citation-checks.png'), fullPage: false }).catch(() => {});

      await filter.selectOption('OTHER_PAGINATION');
      await page.waitForURL(/#\/checks\?outcome=OTHER_PAGINATION$/);
      await page.waitForSelector('#checks-status:has-text("another edition’s pages")');
      await page.waitForSelector('#checks-list[aria-busy="false"]', { state: 'attached' });
      await page.getByRole('navigation', { name: 'Pages of citation checks, top' }).getByRole('link', { name: 'Next →' }).click();
      await page.waitForURL(/#\/checks\?outcome=OTHER_PAGINATION&page=2$/);
      await page.waitForSelector('#checks-list[aria-busy="false"] nav:has-text("Page 2 of")', { state: 'attached' });
      assertEqual(await filter.inputValue(), 'OTHER_PAGINATION', 'outcome chosen on page 2');
      const second = await rows.evaluateAll((lis) => lis.map((li) => li.dataset.outcome));
      assert(second.length > 0 && second.every((o) => o === 'OTHER_PAGINATION'), `outcomes on page 2: ${second.join(', ')}`);

      const link = rows.first().getByRole('link', { name: /^Quotation #\d+$/ });
      const target = await link.getAttribute('href');
      await link.click();
      await page.waitForURL((u) => u.hash === target);
      await page.getByTestId('quotation-check-outcome').waitFor({ state: 'visible' });
      assertEqual(await page.getByTestId('quotation-check-outcome').getAttribute('data-outcome'), 'OTHER_PAGINATION', 'outcome on the quotation');
    });

    await step('a click in the main navigation moves focus to the heading of the view', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Look up' }).click();
      await page.waitForURL(/#\/$/);
      await visibleView(page, 'lookup');
      assertEqual(await activeId(page), 'lookup-heading', 'focused element after "Look up"');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Volumes' }).click();
      await page.waitForURL(/#\/volumes$/);
      await visibleView(page, 'volumes');
      assertEqual(await activeId(page), 'volumes-heading', 'focused element after "Volumes"');
      assertEqual(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Volumes' })
        .getAttribute('aria-current'), 'page', 'aria-current of the Volumes link');
    });

    await step('each view opens at its address, and Back returns to the one before', async () => {
      const visits = [
        ['#/volumes/26', 'volumes', 'Volume 26 — Verbatim'],
        ['#/duplicates', 'duplicates', 'Passages quoted more than once — Verbatim'],
        ['#/checks?outcome=PAGES_MATCH', 'checks', 'Citation checks — Verbatim'],
        ['#/works', 'works', 'The Collected Works — Verbatim'],
        ['#/works/26/289', 'works-page', 'Vol. 26, p. 289 — Collected Works — Verbatim'],
        ['#/lookup', 'lookup', 'Verbatim — check a Lenin quotation'],
        ['#/no/such/page', 'notfound', 'Page not found — Verbatim'],
      ];
      for (const [hash, view, title] of visits) {
        await page.goto(`${BASE_URL}/${hash}`);
        await visibleView(page, view);
        assertEqual(await page.title(), title, `title at ${hash}`);
      }
      for (const [hash, view] of visits.slice(0, -1).reverse()) {
        await page.goBack();
        await page.waitForURL((u) => u.hash === hash);
        await visibleView(page, view);
      }
      await page.locator('[data-testid="citations"] > li').first().waitFor({ state: 'visible' });
    });

    await step('a quotation link as the service sends it to editor plugins opens that quotation', async () => {
      assert(quotationId, 'skipped: no quotation id from the lookup');
      await page.goto('about:blank');
      await page.goto(`${BASE_URL}/#/quotation/${quotationId}`, { waitUntil: 'load' });
      await visibleView(page, 'quotation');
      assertEqual(await text(page.locator('#quotation-heading')), `Quotation #${quotationId}`, 'heading');
      const citation = page.getByTestId('citation');
      await citation.waitFor({ state: 'visible' });
      assertEqual(await text(citation), EXPECTED_CITATION, 'citation');
      assertEqual(await page.title(), `Quotation #${quotationId} — Verbatim`, 'title');
    });
    await page.screenshot({ path: path.join(SHOTS, 'quotation.png'), fullPage: true }).catch(() => {});

    await step('"Check this wording" on a quotation looks it up again: VERIFIED', async () => {
      assert(quotationId, 'skipped: no quotation page');
      const answered = page.waitForResponse(
        (r) => r.url().endsWith('/api/v1/lookup') && r.request().method() === 'POST', { timeout: TIMEOUT });
      await page.getByRole('button', { name: 'Check this wording' }).click();
      assertEqual((await answered).status(), 200, 'status of POST /api/v1/lookup');
      await page.waitForURL(/#\/$/);
      await page.waitForSelector('#lookup-result[aria-busy="false"]', { state: 'attached' });
      assertEqual((await verdictOf(page)).word, 'VERIFIED', 'verdict word');
    });

    await step('an unknown quotation shows the service\'s "not found"', async () => {
      await page.goto(`${BASE_URL}/#/quotation/987654321`);
      const error = page.locator('#quotation-detail .notice--error');
      await error.waitFor({ state: 'visible' });
      assert((await text(error)).startsWith('Not found.'), `error text: ${await text(error)}`);
    });

    await step('every script module of the page loads', async () => {
      assert(scripts.some((s) => s.url.endsWith('/js/main.js')), `js/main.js was not loaded (${scripts.map((s) => s.url).join(', ')})`);
      const failedScripts = scripts.filter((s) => s.status >= 400);
      assertEqual(failedScripts.length, 0, `failed scripts (${failedScripts.map((s) => `${s.status} ${s.url}`).join(', ')})`);
    });

    await step('the page loads nothing from other origins and throws no script errors', async () => {
      assertEqual(foreignRequests.length, 0, `requests to other origins (${foreignRequests.join(', ')})`);
      assertEqual(pageErrors.length, 0, `script errors (${pageErrors.join(' | ')})`);
    });
  } finally {
    await context.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (e) {
  failed++;
  console.log(`FAIL unexpected error\n     ${e && e.stack ? e.stack : e}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
