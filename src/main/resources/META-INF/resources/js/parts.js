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

/**
 * "Go to page [ ] of volume [ ]": a form that opens a printed page of the Works. With `volumes` (the list of
 * the Works' volumes) the volume is chosen from them and the page field knows its range; without, the page is
 * one of `volume`. `id` prefixes the ids of the fields.
 */
export function worksJumpForm({ id, volumes = null, volume = null, page = null }) {
  const pageField = h('input', {
    // Text rather than number: no spinner, no wheel changing it, and a message of ours for what is not a page.
    id: `${id}-page`, name: 'page', type: 'text', inputmode: 'numeric', autocomplete: 'off',
    class: 'input input--page', required: true, value: page,
    'aria-describedby': `${id}-range`,
  });
  const range = h('span', { id: `${id}-range`, class: 'hint' });
  const error = h('p', { id: `${id}-error`, class: 'field-error', role: 'alert', hidden: true });
  const volumeSelect = volumes
    ? h('select', { id: `${id}-volume`, name: 'volume', class: 'input' },
      volumes.map((v) => h('option', { value: v.volume, selected: v.volume === volume }, `Vol. ${v.volume}`)))
    : null;
  const chosen = () => (volumeSelect ? Number(volumeSelect.value) : volume);
  const showRange = () => {
    const v = volumes?.find((x) => x.volume === chosen());
    if (v) {
      range.textContent = `pages ${fmt(v.firstPage)}–${fmt(v.lastPage)}`;
    }
  };
  if (volumeSelect) volumeSelect.addEventListener('change', showRange);
  showRange();
  const form = h('form', { class: 'jump', novalidate: true, 'aria-label': volumes ? 'Go to a page of the Works' : `Go to a page of volume ${volume}` },
    h('label', { for: `${id}-page` }, 'Go to page'), pageField,
    volumeSelect ? [h('label', { for: `${id}-volume` }, 'of', srOnly(' volume')), volumeSelect] : h('span', null, `of Vol. ${volume}`),
    h('button', { type: 'submit', class: 'button button--small' }, 'Go'),
    range, error);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = pageField.value.trim();
    const v = volumes?.find((x) => x.volume === chosen());
    const n = Number(value);
    const problem = !/^\d{1,5}$/.test(value) || n < 1 ? 'Enter a page number, such as 289.'
      : v && (n < v.firstPage || n > v.lastPage) ? `Vol. ${v.volume} has pages ${fmt(v.firstPage)}–${fmt(v.lastPage)}.`
        : null;
    error.textContent = problem || '';
    error.hidden = !problem;
    if (problem) pageField.setAttribute('aria-invalid', 'true');
    else pageField.removeAttribute('aria-invalid');
    pageField.setAttribute('aria-describedby', problem ? `${id}-error ${id}-range` : `${id}-range`);
    if (problem) {
      pageField.focus();
      return;
    }
    const target = href.worksPage(chosen(), n);
    if (location.hash === target) announce(`Already on page ${n}`);
    else location.hash = target;
  });
  return form;
}
