// The quotation view (#/quotation/ID, the link the service sends to editor plugins): one stored quotation, its speaker, source, citation and place in the Works.
import * as api from '../api.js';
import { differencesBlock } from '../diff.js';
import { $, fragment, h } from '../dom.js';
import { KINDS, SPEAKER_KINDS, chapterText, editionShort, fmt } from '../format.js';
import { citationBlock, memoirLine, worksPlaceLink } from '../parts.js';
import { href } from '../router.js';
import { clearStatus, errorBox, showLoading } from '../status.js';

/** `checkWording(text)` looks a text up in the lookup view ("Check this wording"). */
export function createQuotationView({ checkWording }) {
  const statusEl = $('#quotation-status');
  const detailEl = $('#quotation-detail');
  const heading = $('#quotation-heading');
  let quotationRequest = 0; // the latest request; older answers are dropped

  async function showQuotation(id) {
    const request = ++quotationRequest;
    heading.textContent = `Quotation #${id}`;
    detailEl.replaceChildren();
    showLoading(statusEl, 'Loading the quotation…');
    try {
      const q = await api.quotation(id);
      if (request !== quotationRequest) return;
      clearStatus(statusEl);
      detailEl.replaceChildren(renderQuotation(q, checkWording));
    } catch (e) {
      if (request !== quotationRequest) return;
      clearStatus(statusEl);
      detailEl.replaceChildren(errorBox(e, () => showQuotation(id)));
    }
  }

  return {
    name: 'quotation',
    nav: null,
    // From the address, not the answer: an answer arriving after a move to another view must not retitle it.
    title: (route) => `Quotation #${route.id} — Verbatim`,
    show: (route) => showQuotation(route.id),
  };
}

function renderQuotation(q, checkWording) {
  const attribution = q.attribution || {};
  const speaker = q.speaker || 'Unknown';
  const confidence = typeof attribution.confidence === 'number' ? `${Math.round(attribution.confidence * 100)}%` : null;
  const lookUp = h('button', { type: 'button', class: 'button' }, 'Check this wording');
  lookUp.addEventListener('click', () => checkWording(q.text || ''));
  const article = h('article', { class: 'panel' },
    h('blockquote', { class: 'quote quote--large' }, h('p', null, q.text || '')),
    h('dl', { class: 'facts' },
      h('dt', null, 'Speaker'),
      h('dd', null, q.lenin ? h('strong', null, speaker) : speaker,
        q.speakerKind && SPEAKER_KINDS[q.speakerKind] ? ` (${SPEAKER_KINDS[q.speakerKind]})` : '',
        q.lenin ? '' : [' ', h('span', { class: 'badge badge--warn' }, 'not Lenin')]),
      h('dt', null, 'Attribution'),
      h('dd', null,
        attribution.certain ? 'Read from the text' : 'Inferred',
        confidence ? `, confidence ${confidence}` : '',
        attribution.note ? [h('br'), h('span', { class: 'hint' }, attribution.note)] : null),
      q.kind ? [h('dt', null, 'Kind'), h('dd', null, KINDS[q.kind] || q.kind)] : null,
      q.reporter ? [h('dt', null, 'Reported by'), h('dd', null, q.reporter)] : null,
      h('dt', null, 'Source'),
      h('dd', { 'data-testid': 'source' }, memoirLine(q.memoir, { chapter: false })),
      chapterText(q.memoir?.chapter) ? [h('dt', null, 'Chapter'), h('dd', null, chapterText(q.memoir.chapter))] : null,
      q.location ? [h('dt', null, 'Position'), h('dd', null, `Characters ${fmt(q.location.start)}–${fmt(q.location.end)} of the memoir`)] : null,
      h('dt', null, 'Cited as'),
      h('dd', null, citationBlock(q.citation, { testid: 'citation', copy: true }),
        q.citation?.volume != null
          ? h('a', { href: href.volume(q.citation.volume) }, `Other citations of volume ${q.citation.volume}`)
          : null)),
    h('p', { class: 'actions' }, lookUp));
  return fragment(article, q.works ? renderWorksPlace(q) : null);
}

/** Where the quotation stands in the Collected Works: pages, the Works' wording, the memoir's against it. */
function renderWorksPlace(q) {
  const w = q.works;
  const score = typeof w.score === 'number' ? `${Math.round(w.score * 100)}%` : null;
  return h('section', { class: 'panel', 'aria-labelledby': 'quotation-works-heading', 'data-testid': 'quotation-works' },
    h('h2', { id: 'quotation-works-heading' }, 'In the Collected Works'),
    h('dl', { class: 'facts' },
      h('dt', null, 'Place'),
      h('dd', null, worksPlaceLink(w, 'quotation-works-place'), w.title ? [' — “', w.title, '”'] : null),
      w.edition ? [h('dt', null, 'Edition'), h('dd', null, editionShort(w.edition))] : null,
      score ? [h('dt', null, 'Match'), h('dd', null, score)] : null,
      citesElsewhere(q.citation, w)
        ? [h('dt', null, 'Cited as'), h('dd', { 'data-testid': 'quotation-works-cited' },
          `The memoir cites ${q.citation.display || q.citation.raw}, another place: perhaps another edition’s paging.`)]
        : null),
    h('h3', null, 'The wording in the Works'),
    h('blockquote', { class: 'quote quote--works' }, h('p', null, w.text || '')),
    h('h3', null, 'The memoir against the Works'),
    differencesBlock(w.differences, { from: 'the memoir', to: 'the Works', testid: 'quotation-works-differences' }));
}

/** Whether the memoir's citation names another volume, or pages none of which the Works place holds. */
function citesElsewhere(citation, works) {
  if (!citation || citation.volume == null) return false;
  if (citation.volume !== works.volume) return true;
  const cited = citation.pages || [];
  const found = works.pages || [];
  if (!cited.length || !found.length) return false;
  const last = (p) => p.last ?? p.first;
  return !cited.some((c) => found.some((f) => c.first <= last(f) && f.first <= last(c)));
}
