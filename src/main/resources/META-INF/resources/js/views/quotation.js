// The quotation view (#/quotation/ID, the link the service sends to editor plugins): one stored quotation, its speaker, source, citation, the citation checked against the Works, and the Works' wording beside the memoir's.
import * as api from '../api.js';
import { claimedFoundTable, outcomeBadge } from '../checks.js';
import { sideBySide } from '../diff.js';
import { $, fragment, h } from '../dom.js';
import { KINDS, SPEAKER_KINDS, changeCount, chapterText, editionShort, fmt, plural, worksPlaceText } from '../format.js';
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
      q.issuingBody ? [h('dt', null, 'Written in the name of'), h('dd', { 'data-testid': 'issuing-body' }, q.issuingBody)] : null,
      h('dt', null, 'Source'),
      h('dd', { 'data-testid': 'source' }, memoirLine(q.memoir, { chapter: false })),
      chapterText(q.memoir?.chapter) ? [h('dt', null, 'Chapter'), h('dd', null, chapterText(q.memoir.chapter))] : null,
      q.location ? [h('dt', null, 'Position'), h('dd', null, `Characters ${fmt(q.location.start)}–${fmt(q.location.end)} of the memoir`)] : null,
      h('dt', null, 'Cited as'),
      h('dd', null, citationBlock(q.citation, { testid: 'citation', copy: true }),
        q.citation?.volume != null
          ? h('a', { href: href.volume(q.citation.volume) }, `Other citations of volume ${q.citation.volume}`)
          : null),
      q.citation?.source ? [h('dt', null, 'Source cited'), h('dd', { 'data-testid': 'citation-source' }, q.citation.source)] : null,
      q.citation?.edition ? [h('dt', null, 'Edition cited'), h('dd', { 'data-testid': 'citation-edition' }, q.citation.edition)] : null),
    h('p', { class: 'actions' }, lookUp));
  return fragment(article, q.citationCheck ? renderCheck(q.citationCheck) : null, q.works ? renderWorksPlace(q) : null);
}

/** The memoir's citation checked against the Works: the outcome, claimed beside found, and why. */
function renderCheck(check) {
  return h('section', { class: 'panel check', 'aria-labelledby': 'quotation-check-heading', 'data-testid': 'quotation-check' },
    h('h2', { id: 'quotation-check-heading' }, 'Checked against the Collected Works'),
    h('p', { class: 'check__outcome' }, 'Outcome: ', outcomeBadge(check, 'quotation-check-outcome')),
    claimedFoundTable(check, { testid: 'quotation-check' }),
    check.explanation ? h('p', { class: 'explanation', 'data-testid': 'quotation-check-explanation' }, check.explanation) : null);
}

/** Where the quotation stands in the Collected Works: pages, the Works' wording beside the memoir's. */
function renderWorksPlace(q) {
  const w = q.works;
  const score = typeof w.score === 'number' ? `${Math.round(w.score * 100)}%` : null;
  const changes = changeCount(w.differences);
  const firstPage = w.pages?.find((p) => p && p.first != null)?.first;
  return h('section', { class: 'panel', 'aria-labelledby': 'quotation-works-heading', 'data-testid': 'quotation-works' },
    h('h2', { id: 'quotation-works-heading' }, 'In the Collected Works'),
    h('dl', { class: 'facts' },
      h('dt', null, 'Place'),
      h('dd', null, worksPlaceLink(w, 'quotation-works-place'), w.title ? [' — “', w.title, '”'] : null),
      w.edition ? [h('dt', null, 'Edition'), h('dd', null, editionShort(w.edition))] : null,
      score ? [h('dt', null, 'Match'), h('dd', null, score)] : null,
      !q.citationCheck && citesElsewhere(q.citation, w)
        ? [h('dt', null, 'Cited as'), h('dd', { 'data-testid': 'quotation-works-cited' },
          `The memoir cites ${q.citation.display || q.citation.raw}, another place: perhaps another edition’s paging.`)]
        : null),
    h('h3', null, 'The memoir’s wording beside the Works’'),
    h('p', { class: 'hint' }, Array.isArray(w.differences) && w.differences.length
      ? (changes ? `${plural(changes, 'difference')}, word by word.` : 'The memoir and the Works agree word for word.')
      : 'No word alignment was returned.'),
    sideBySide({
      wording: q.text || '',
      reference: w.text || '',
      differences: w.differences,
      from: 'the memoir',
      to: 'the Works',
      fromTitle: 'The memoir',
      toTitle: ['The Works, ', worksPlaceText(w)],
      toFooter: firstPage != null
        ? h('p', { class: 'actions' }, h('a', { href: href.worksPage(w.volume, firstPage) }, `Open p. ${firstPage} of the Works`))
        : null,
      testid: 'quotation-works-differences',
    }));
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
