// The Works page view (#/works/26/289): one printed page of the Collected Works, Lenin's words plain and the words he quotes or the editors' marked, with the memoir quotations standing on it or citing it.
import * as api from '../api.js';
import { $, fragment, h, srOnly } from '../dom.js';
import { editionShort, fmt, stretchLabel } from '../format.js';
import { memoirLine, quotationLink, worksJumpForm } from '../parts.js';
import { href } from '../router.js';
import { clearStatus, errorBox, showLoading } from '../status.js';

export function createWorksPageView() {
  const statusEl = $('#works-page-status');
  const detailEl = $('#works-page-detail');
  const heading = $('#works-page-heading');
  let request = 0; // the latest request; older answers are dropped

  async function showPage(volume, page, focus) {
    const mine = ++request;
    heading.textContent = page == null ? `Collected Works, Vol. ${volume}` : `Collected Works, Vol. ${volume}, p. ${page}`;
    detailEl.setAttribute('aria-busy', 'true');
    detailEl.classList.add('result--stale');
    showLoading(statusEl, 'Loading the page…');
    // Another page of the same view: the link that was followed goes, so the heading takes focus.
    if (focus) heading.focus();
    try {
      if (page == null) {
        // #/works/26: the volume opens at its first page.
        const v = (await api.allWorksVolumes()).find((x) => x.volume === volume);
        if (mine !== request) return;
        if (!v) throw new api.ApiError(404, `Volume ${volume} of the Collected Works is not available.`);
        location.replace(href.worksPage(volume, v.firstPage));
        return;
      }
      const data = await api.worksPage(volume, page);
      if (mine !== request) return;
      clearStatus(statusEl);
      detailEl.replaceChildren(fragment(renderPage(data)));
    } catch (e) {
      if (mine !== request) return;
      clearStatus(statusEl);
      detailEl.replaceChildren(errorBox(e, () => showPage(volume, page, true)),
        h('p', null, h('a', { href: href.works() }, 'The volumes of the Works')));
    } finally {
      if (mine === request) {
        detailEl.setAttribute('aria-busy', 'false');
        detailEl.classList.remove('result--stale');
      }
    }
  }

  return {
    name: 'works-page',
    nav: 'works',
    title: (route) => `Vol. ${route.volume}${route.page != null ? `, p. ${route.page}` : ''} — Collected Works — Verbatim`,
    show: (route, { initial, viewChanged }) => showPage(route.volume, route.page, !initial && !viewChanged),
  };
}

function renderPage(d) {
  const quotations = Array.isArray(d.quotations) ? d.quotations : [];
  const located = quotations.filter((q) => q.relation === 'LOCATED');
  const cited = quotations.filter((q) => q.relation === 'CITED');
  const marked = markedStretches(d.text || '', d.stretches);
  return [
    h('dl', { class: 'facts facts--compact' },
      h('dt', null, 'Volume'),
      h('dd', null, `${d.volume}`, d.period ? ` (${d.period})` : ''),
      d.work ? [h('dt', null, d.work.editorial ? 'Section' : 'Work'), h('dd', { 'data-testid': 'works-title' },
        h('a', { href: href.worksPage(d.volume, d.work.firstPage) }, d.work.title || 'Untitled'),
        d.work.firstPage != null ? ` (pp. ${fmt(d.work.firstPage)}–${fmt(d.work.lastPage)})` : '',
        d.work.editorial ? [' ', h('span', { class: 'badge' }, 'editors')] : null)] : null,
      d.edition ? [h('dt', null, 'Edition'), h('dd', null, editionShort(d.edition),
        d.pdfPage != null ? h('span', { class: 'hint' }, ` · page ${fmt(d.pdfPage)} of the source PDF`) : '')] : null),
    pageNav(d, 'top'),
    marked.length ? legend(marked) : null,
    h('article', { class: 'works-text', 'data-testid': 'works-text', 'aria-label': `Text of page ${d.page}` },
      paragraphs(d.text || '', marked)),
    pageNav(d, 'bottom'),
    quotationsSection('works-located', 'Memoir quotations on this page', located,
      'Where the memoirs in the corpus quote Lenin’s words that stand here.'),
    quotationsSection('works-cited', 'Memoirs citing this page', cited,
      'Quotations whose memoir gives this page as their source; the words may stand elsewhere.'),
    located.length || cited.length ? null : h('p', { class: 'hint' }, 'No memoir in the corpus quotes or cites this page.'),
  ];
}

/** The stretches to mark: QUOTED and EDITORIAL ones with words in them (not a stray page number), in order. */
function markedStretches(text, stretches) {
  return (Array.isArray(stretches) ? stretches : [])
    .filter((s) => s.kind !== 'LENIN' && s.start < s.end && /\p{L}/u.test(text.slice(s.start, s.end)))
    .sort((a, b) => a.start - b.start);
}

/** The text by paragraph (newlines), each marked stretch a labelled span; a paragraph wholly of one is set off. */
function paragraphs(text, marked) {
  const out = [];
  let offset = 0;
  for (const para of text.split('\n')) {
    const start = offset;
    const end = offset + para.length;
    offset = end + 1;
    if (!para.trim()) continue;
    const p = h('p');
    let at = start;
    for (const s of marked) {
      const from = Math.max(s.start, start, at);
      const to = Math.min(s.end, end);
      if (from >= to) continue;
      if (from > at) p.append(text.slice(at, from));
      p.append(stretchSpan(s, text.slice(from, to), from === s.start));
      at = to;
    }
    if (at < end) p.append(text.slice(at, end));
    const lead = para.length - para.trimStart().length;
    const trail = para.length - para.trimEnd().length;
    const whole = marked.find((s) => s.start <= start + lead && s.end >= end - trail);
    if (whole) p.className = `works-text__p works-text__p--${whole.kind.toLowerCase()}`;
    out.push(p);
  }
  return out;
}

/** A marked stretch: its label where it begins (announced as "continued" in later paragraphs), its end announced. */
function stretchSpan(s, words, first) {
  const label = stretchLabel(s);
  return h('span', { class: `stretch stretch--${s.kind.toLowerCase()}`, 'data-kind': s.kind },
    first ? h('span', { class: 'stretch__label' }, label, srOnly(': ')) : srOnly(`[${label}, continued:] `),
    words,
    srOnly(s.kind === 'EDITORIAL' ? ' [end of the editors’ text]' : ' [end of quotation]'));
}

function legend(marked) {
  const kinds = new Set(marked.map((s) => s.kind));
  return h('p', { class: 'legend' },
    h('span', { class: 'visually-hidden' }, 'Legend: '),
    h('span', { class: 'legend__item' }, 'plain = Lenin’s words'),
    kinds.has('QUOTED') ? h('span', { class: 'legend__item' },
      h('span', { class: 'stretch stretch--quoted' }, h('span', { class: 'stretch__label' }, 'quoted')), ' = words he quotes') : null,
    kinds.has('EDITORIAL') ? h('span', { class: 'legend__item' },
      h('span', { class: 'stretch stretch--editorial' }, h('span', { class: 'stretch__label' }, 'editors')), ' = the editors’ text') : null);
}

/** "← p. 288 · p. 290 →" and the page field. */
function pageNav(d, where) {
  const link = (page, text, rel) => (page != null
    ? h('a', { href: href.worksPage(d.volume, page), class: 'button button--small', rel }, text)
    : h('span', { class: 'button button--small button--disabled', 'aria-disabled': 'true' }, text));
  return h('nav', { class: 'pager works-pager', 'aria-label': `Pages of volume ${d.volume}, ${where}` },
    link(d.previousPage, d.previousPage != null ? `← p. ${d.previousPage}` : '← Previous', 'prev'),
    where === 'top' ? worksJumpForm({ id: `works-page-jump-${where}`, volume: d.volume }) : h('span', { class: 'pager__where' }, `p. ${d.page}`),
    link(d.nextPage, d.nextPage != null ? `p. ${d.nextPage} →` : 'Next →', 'next'));
}

function quotationsSection(id, title, items, hint) {
  if (!items.length) return null;
  return h('section', { class: 'panel', 'aria-labelledby': `${id}-heading`, 'data-testid': id },
    h('h2', { id: `${id}-heading` }, `${title} (${fmt(items.length)})`),
    h('p', { class: 'hint' }, hint),
    h('ol', { class: 'cards' }, items.map((q) => h('li', { class: 'card' },
      h('p', { class: 'card__title' }, memoirLine(q.memoir)),
      h('blockquote', { class: 'quote quote--small' }, h('p', null, q.text || '')),
      h('p', { class: 'card__meta' },
        q.citation ? ['Cited as ', h('q', null, q.citation.replace(/^\(|\.?\)$/g, '')), ' · '] : 'No citation · ',
        quotationLink(q.quotationId))))));
}
