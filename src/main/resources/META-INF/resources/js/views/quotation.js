// The quotation view (#/quotation/ID, the link the service sends to editor plugins): one stored quotation, its speaker, source and citation.
import * as api from '../api.js';
import { $, h } from '../dom.js';
import { KINDS, SPEAKER_KINDS, chapterText, fmt } from '../format.js';
import { citationBlock, memoirLine } from '../parts.js';
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
      document.title = `Quotation #${q.id} — Verbatim`;
    } catch (e) {
      if (request !== quotationRequest) return;
      clearStatus(statusEl);
      detailEl.replaceChildren(errorBox(e, () => showQuotation(id)));
    }
  }

  return {
    name: 'quotation',
    nav: null,
    title: () => 'Quotation — Verbatim',
    show: (route) => showQuotation(route.id),
  };
}

function renderQuotation(q, checkWording) {
  const attribution = q.attribution || {};
  const speaker = q.speaker || 'Unknown';
  const confidence = typeof attribution.confidence === 'number' ? `${Math.round(attribution.confidence * 100)}%` : null;
  const lookUp = h('button', { type: 'button', class: 'button' }, 'Check this wording');
  lookUp.addEventListener('click', () => checkWording(q.text || ''));
  return h('article', { class: 'panel' },
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
}
