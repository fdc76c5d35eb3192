// A memoir citation checked against the Collected Works: the outcome as words and as a badge, and what the memoir claims beside what the Works hold.
import { h } from './dom.js';
import { pagesText, plural } from './format.js';
import { href } from './router.js';

/**
 * The outcomes of a check, in the order the list view offers them: a label a reader understands without the
 * API's word, and a tone for the badge (ok: the citation holds; warn: it holds in another edition's paging;
 * bad: it points at the wrong place; none: it cannot be checked).
 */
export const OUTCOMES = {
  PAGES_MATCH: { label: 'pages match', tone: 'ok' },
  OTHER_PAGINATION: { label: 'another edition’s pages', tone: 'warn' },
  PAGE_MISMATCH: { label: 'likely wrong page', tone: 'bad' },
  OTHER_VOLUME: { label: 'in another volume', tone: 'bad' },
  NOT_IN_VOLUME: { label: 'not in the volume cited', tone: 'bad' },
  VOLUME_UNAVAILABLE: { label: 'volume not available', tone: 'none' },
  NOT_A_WORKS_CITATION: { label: 'not a citation of the Works', tone: 'none' },
};

export const outcomeLabel = (outcome) => OUTCOMES[outcome]?.label || String(outcome || 'not checked').toLowerCase().replace(/_/g, ' ');

/** The outcome as a badge; the API's word stays in data-outcome for tests and in the title for the curious. */
export function outcomeBadge(check, testid) {
  if (!check || !check.outcome) return null;
  const tone = OUTCOMES[check.outcome]?.tone || 'none';
  return h('span', {
    class: `outcome outcome--${tone}`, 'data-outcome': check.outcome, 'data-testid': testid || null, title: check.outcome,
  }, outcomeLabel(check.outcome));
}

/** "Vol. 26, pp. 288–289" of a side of a check (claimed or found). */
export function placeText(side) {
  if (!side || side.volume == null) return pagesText(side?.pages) || '';
  return `Vol. ${side.volume}${pagesText(side.pages) ? `, ${pagesText(side.pages)}` : ''}`;
}

/** The found place (or `text`) as a link to its first page in the Works view. */
export function foundLink(found, testid, text = placeText(found)) {
  if (!found || found.volume == null) return null;
  const first = found.pages?.find((p) => p && p.first != null)?.first;
  return first == null ? h('span', { 'data-testid': testid || null }, text)
    : h('a', { href: href.worksPage(found.volume, first), 'data-testid': testid || null }, text);
}

/** "claimed p. 255 → English p. 289 [another edition's pages]": the short form for rows of a list, the English pages a link. */
export function checkSummary(check, { testid } = {}) {
  if (!check) return null;
  const claimed = check.claimed || {};
  const found = check.found;
  const id = (part) => (testid ? `${testid}-${part}` : null);
  const claimedText = pagesText(claimed.pages) || (claimed.volume != null ? `Vol. ${claimed.volume}` : claimed.display || 'no pages');
  // Another volume than the claimed one is named; in the same volume the pages say it all.
  const foundText = found && (found.volume !== claimed.volume ? placeText(found) : pagesText(found.pages) || placeText(found));
  return h('span', { class: 'check-summary', 'data-testid': testid || null },
    h('span', { class: 'check-summary__claimed', 'data-testid': id('claimed') }, `claimed ${claimedText}`),
    found
      ? [' → ', h('span', { class: 'check-summary__found', 'data-testid': id('found') }, foundLink(found, null, `English ${foundText}`))]
      : [' → ', h('span', { 'data-testid': id('found') }, 'not found in the Works')],
    ' ', outcomeBadge(check, id('outcome')));
}

const EDITION_BASIS = { STATED: 'stated by the memoir', INFERRED: 'inferred' };

/** "4th English edition" from the found place's display ("Collected Works, 4th English edition, Moscow: …"). */
const foundEdition = (found) => /Collected Works,\s*([^,:]*edition)/i.exec(found?.display || '')?.[1] || null;

/** The edition the memoir's page numbers follow: its name and whether the memoir said so or Verbatim worked it out. */
function claimedEdition(edition) {
  if (!edition || !edition.name) return null;
  const basis = EDITION_BASIS[edition.basis];
  return [edition.name, basis ? h('span', { class: 'hint' }, ` (${basis})`) : null];
}

/**
 * What the memoir claims beside what the Works hold: source, volume, pages, edition, as a table with a column
 * for each; the English pages link to that page of the Works. Cells carry test ids `${testid}-claimed-pages` etc.
 */
export function claimedFoundTable(check, { testid = 'check' } = {}) {
  const claimed = check.claimed || {};
  const found = check.found;
  const offset = Number.isInteger(check.pageOffset) && check.pageOffset !== 0
    ? `${check.pageOffset > 0 ? '+' : '−'}${plural(Math.abs(check.pageOffset), 'page')} from the claim` : null;
  const none = (text) => h('span', { class: 'hint' }, text);
  const cell = (side, id, content, fallback) => h('td', { 'data-testid': `${testid}-${side}-${id}` }, content || none(fallback));
  const row = (name, id, a, b, fallbackA = 'not stated', fallbackB = '—') => h('tr', null,
    h('th', { scope: 'row' }, name), cell('claimed', id, a, fallbackA), cell('found', id, b, found ? fallbackB : 'not found'));
  return h('table', { class: 'table check-table', 'data-testid': `${testid}-table` },
    h('caption', { class: 'visually-hidden' }, 'The citation as the memoir gives it, beside the place found in the Works'),
    h('thead', null, h('tr', null,
      h('td', null),
      h('th', { scope: 'col' }, 'Claimed by the memoir'),
      h('th', { scope: 'col' }, 'Found in the Works'))),
    h('tbody', null,
      row('Source', 'source', claimed.source, found ? h('cite', null, 'Collected Works') : null),
      row('Volume', 'volume', claimed.volume != null ? `Vol. ${claimed.volume}` : null,
        found?.volume != null ? `Vol. ${found.volume}` : null),
      row('Pages', 'pages', pagesText(claimed.pages) || null,
        found && pagesText(found.pages)
          ? [foundLink({ volume: found.volume, pages: found.pages }, null, `English ${pagesText(found.pages)}`),
            offset ? none(` (${offset})`) : null]
          : null),
      found?.title ? row('Work', 'title', null, ['“', found.title, '”'], '—') : null,
      row('Edition', 'edition', claimedEdition(check.edition), found ? foundEdition(found) || 'English edition' : null, 'not stated')));
}
