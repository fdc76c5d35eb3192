// Page pieces shared by the views: memoir line, place in the Works, citation, stored text with its match marked, quotation link, pager, the form that goes to a page of the Works.
import { copyButton } from './copy.js';
import { h, srOnly } from './dom.js';
import { chapterText, citationText, editionShort, fmt, printedOtherwise, worksPlaceText } from './format.js';
import { href } from './router.js';
import { announce } from './status.js';

/** "N. K. Krupskaya, Reminiscences of Lenin — part, Chapter 3: title" with the title in <cite>. */
export function memoirLine(memoir, { chapter = true } = {}) {
  if (!memoir) return h('span', null, 'Unknown memoir');
  const parts = [];
  if (memoir.author) parts.push(memoir.author, ', ');
  parts.push(h('cite', null, memoir.title || 'Untitled'));
  if (memoir.part) parts.push(' — ', memoir.part);
  const ch = chapter ? chapterText(memoir.chapter) : null;
  if (ch && ch !== memoir.part) parts.push(' · ', ch);
  return h('span', { class: 'memoir' }, parts);
}

/**
 * "Lenin, Collected Works, Vol. 26, p. 289 — “title” (4th English edition)", the volume and pages a link to
 * that printed page in the Works view.
 */
export function worksLine(works, { testid } = {}) {
  if (!works) return h('span', null, 'Unknown place in the Works');
  return h('span', { class: 'works-line' },
    'Lenin, ', h('cite', null, 'Collected Works'), ', ', worksPlaceLink(works, testid),
    works.title ? [' — “', works.title, '”'] : null,
    works.edition ? ` (${editionShort(works.edition)})` : null);
}

/** "Vol. 26, p. 289" as a link to the first of those pages in the Works view (plain text without pages). */
export function worksPlaceLink(works, testid) {
  const first = works.pages?.find((p) => p && p.first != null)?.first;
  if (first == null) return worksPlaceText(works);
  return h('a', { href: href.worksPage(works.volume, first), 'data-testid': testid || null }, worksPlaceText(works));
}

/** The citation with, where the memoir wrote it otherwise, the words it used. */
export function citationBlock(citation, { testid, copy = false } = {}) {
  const display = citationText(citation);
  if (!display) {
    return h('p', { class: 'citation citation--none' }, 'The memoir gives no citation for these words.');
  }
  return h('p', { class: 'citation' },
    h('span', { class: 'citation__display', 'data-testid': testid || null }, display),
    citation.ibid ? h('span', { class: 'badge', title: 'The memoir wrote “Ibid.”; the volume comes from the citation before it' }, 'ibid.') : null,
    copy ? [' ', copyButton(display, `citation ${display}`)] : null,
    printedOtherwise(citation.raw, display)
      ? h('span', { class: 'citation__raw' }, 'As printed: ', h('q', null, citation.raw))
      : null);
}

/** The stored text with the matched part (offsets start..end) marked; `className` adds to the blockquote's. */
export function storedText(text, location, className) {
  const quote = h('blockquote', { class: className ? `quote ${className}` : 'quote' });
  const p = h('p');
  quote.append(p);
  if (location && Number.isInteger(location.start) && Number.isInteger(location.end)
      && location.start >= 0 && location.end <= text.length && location.start < location.end
      && !(location.start === 0 && location.end === text.length)) {
    p.append(text.slice(0, location.start),
      h('mark', null, srOnly('[matched: '), text.slice(location.start, location.end), srOnly(']')),
      text.slice(location.end));
  } else {
    p.append(text);
  }
  return quote;
}

export function quotationLink(id, label) {
  if (id == null) return null;
  return h('a', { href: href.quotation(id), class: 'quotation-link' }, label || `Quotation #${id}`);
}

/** "Previous / Page 2 of 5 / Next" as links to the same view with another page. */
export function pager(page, size, total, hrefFor, label) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  const link = (target, text, rel) => (target >= 0 && target < pages
    ? h('a', { href: hrefFor(target), class: 'button button--small', rel }, text)
    : h('span', { class: 'button button--small button--disabled', 'aria-disabled': 'true' }, text));
  return h('nav', { class: 'pager', 'aria-label': label },
    link(page - 1, '← Previous', 'prev'),
    h('span', { class: 'pager__where' }, `Page ${fmt(page + 1)} of ${fmt(pages)}`),
    link(page + 1, 'Next →', 'next'));
}
