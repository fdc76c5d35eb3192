// The review view (#/review?page=P): the queue of doubtful quotations, one opened in its paragraph beside its
// wording in the Works, and a reviewer's decision about it (confirm, correct, reject) under the admin key.
import * as api from '../api.js';
import { $, h } from '../dom.js';
import { KINDS, SPEAKER_KINDS, fmt, plural } from '../format.js';
import { citationBlock, memoirLine, pager, quotationLink } from '../parts.js';
import { currentRoute, href } from '../router.js';
import { announce, clearStatus, errorBox, showLoading } from '../status.js';

const REVIEW_PAGE_SIZE = 20;

const REASONS = {
  UNCERTAIN_SPEAKER: 'Speaker guessed',
  CITATION_CHECK_FAILED: 'Citation contradicted by the Works',
  NOT_IN_WORKS: 'Not found in the Works',
  SPEAKER_DIFFERS_FROM_DUPLICATES: 'Someone else’s elsewhere',
  ORPHANED_REVIEW: 'Reviewed passage left the text',
};

// The admin key lives in this module's memory only (never localStorage, sessionStorage or a cookie): entered once,
// it serves every decision until the page is reloaded or closed.
let adminKey = '';

export function createReviewView() {
  const statusEl = $('#review-status');
  const listEl = $('#review-list');
  const detailEl = $('#review-detail');
  const keyForm = $('#review-key-form');
  const keyInput = $('#review-key');
  const filterEl = $('#review-filter');
  let reason = '';
  let queueRequest = 0; // the latest request; older answers are dropped
  let detailRequest = 0;

  keyForm.addEventListener('submit', (e) => {
    e.preventDefault();
    adminKey = keyInput.value.trim();
    keyInput.value = '';
    showKeyState();
    announce(adminKey ? 'Admin key kept for this visit.' : 'Admin key forgotten.');
  });

  function showKeyState() {
    keyForm.hidden = Boolean(adminKey);
    const existing = $('#review-key-state');
    if (existing) existing.remove();
    if (adminKey) {
      keyForm.after(h('p', { id: 'review-key-state', class: 'hint' }, 'Decisions are made with the key entered for this visit. ',
        h('button', { type: 'button', class: 'button button--link', onclick: forgetKey }, 'Forget the key')));
    }
  }

  function forgetKey() {
    adminKey = '';
    showKeyState();
    keyInput.focus();
    announce('Admin key forgotten.');
  }

  const select = h('select', { id: 'review-reason' },
    h('option', { value: '' }, 'Every reason'),
    Object.entries(REASONS).map(([code, label]) => h('option', { value: code }, label)));
  select.addEventListener('change', () => {
    reason = select.value;
    if (currentRoute().page === 0) showQueue({ page: 0 }, true);
    else location.hash = href.review(0);
  });
  filterEl.replaceChildren(h('p', { class: 'form-row' }, h('label', { for: 'review-reason', class: 'field-label' }, 'Why: '), select));

  async function showQueue(route, focusList) {
    const request = ++queueRequest;
    showLoading(statusEl, 'Loading the review queue…');
    listEl.setAttribute('aria-busy', 'true');
    try {
      const data = await api.reviewQueue(route.page, REVIEW_PAGE_SIZE, reason);
      if (request !== queueRequest) return;
      const items = Array.isArray(data.items) ? data.items : [];
      const total = Number(data.total) || 0;
      clearStatus(statusEl);
      statusEl.append(total ? `${plural(total, 'quotation')} to review.` : 'Nothing to review.');
      const hrefFor = (p) => href.review(p);
      listEl.replaceChildren(
        h('ol', { class: 'cards', 'data-testid': 'review-queue' }, items.map((item) => h('li', { class: 'card' }, renderItem(item, open)))),
        pager(Number(data.page) || 0, Number(data.size) || REVIEW_PAGE_SIZE, total, hrefFor, 'Pages of the review queue') || '');
      if (focusList) $('#review-heading').focus();
    } catch (e) {
      if (request !== queueRequest) return;
      clearStatus(statusEl);
      listEl.replaceChildren(errorBox(e, () => showQueue(currentRoute(), true)));
    } finally {
      if (request === queueRequest) listEl.setAttribute('aria-busy', 'false');
    }
  }

  /** Opens one item: the passage in its paragraph, the Works' wording where there is one, and the decision form. */
  async function open(item) {
    const request = ++detailRequest;
    const subject = item.quotation || item.review;
    const id = item.quotation ? item.quotation.id : item.review.quotationId;
    detailEl.replaceChildren(h('p', { class: 'status status--loading' }, 'Loading the passage…'));
    try {
      const location = subject.location || {};
      const [paragraph, full] = await Promise.all([
        api.memoirParagraph(subject.memoir.id, location.start, location.end).catch(() => null),
        item.quotation ? api.quotation(id).catch(() => null) : Promise.resolve(null),
      ]);
      if (request !== detailRequest) return;
      detailEl.replaceChildren(renderDetail(item, id, paragraph, full, async (decision) => {
        const answer = await api.decide(id, decision, adminKey);
        announce(answer.review ? `Decision recorded: ${answer.review.status}.` : 'Nothing changed.');
        detailEl.replaceChildren(h('p', { class: 'notice' }, answer.review
          ? ['Recorded: ', answer.review.status, '. ', quotationLink(id, 'Open the quotation')]
          : 'The quotation already reads so: nothing changed.'));
        showQueue(currentRoute(), false);
      }));
      $('#review-detail-heading').focus();
    } catch (e) {
      if (request !== detailRequest) return;
      detailEl.replaceChildren(errorBox(e));
    }
  }

  return {
    name: 'review',
    nav: 'review',
    title: () => 'Review — Verbatim',
    show: (route, { initial, viewChanged }) => {
      showKeyState();
      showQueue(route, !initial && !viewChanged);
    },
  };
}

function renderItem(item, open) {
  const subject = item.quotation || item.review || {};
  const reasons = Array.isArray(item.reasons) ? item.reasons : [];
  const openButton = h('button', { type: 'button', class: 'button' }, 'Open');
  openButton.addEventListener('click', () => open(item));
  return [
    h('p', { class: 'card__title' },
      h('span', { class: 'badge badge--warn' }, `Doubt ${Math.round((Number(item.doubt) || 0) * 100)}%`), ' ',
      reasons.map((r) => [h('span', { class: 'badge' }, REASONS[r.code] || r.code), r.detail ? [' ', h('span', { class: 'hint' }, r.detail)] : null, ' '])),
    h('blockquote', { class: 'quote' }, h('p', null, subject.text || '')),
    h('p', null, subject.speaker || 'Unknown', ' — ', memoirLine(subject.memoir, { chapter: false })),
    h('p', { class: 'actions' }, openButton),
  ];
}

/** The passage in its paragraph, marked; the Works' wording; what the quotation is now; the decision form. */
function renderDetail(item, id, paragraph, full, decide) {
  const subject = full || item.quotation || item.review;
  const location = subject.location || {};
  const orphaned = Boolean(item.review && item.review.orphaned);
  return h('section', { class: 'panel', 'aria-labelledby': 'review-detail-heading', 'data-testid': 'review-detail' },
    h('h2', { id: 'review-detail-heading', tabindex: '-1' }, `Quotation #${id ?? '—'}`),
    orphaned
      ? h('p', { class: 'notice notice--error' }, 'This reviewed passage is no longer in the memoir’s text. Its decision is kept; ',
        'place it again by giving its new extent through the API (PATCH with extent).')
      : null,
    h('h3', null, 'In its paragraph'),
    paragraph ? inParagraph(paragraph, location) : h('p', { class: 'hint' }, 'The memoir’s text could not be read.'),
    subject.works
      ? [h('h3', null, 'In the Collected Works'), h('blockquote', { class: 'quote quote--works' }, h('p', null, subject.works.text || ''))]
      : null,
    h('dl', { class: 'facts' },
      h('dt', null, 'Speaker'),
      h('dd', null, subject.speaker || 'Unknown', subject.speakerKind && SPEAKER_KINDS[subject.speakerKind] ? ` (${SPEAKER_KINDS[subject.speakerKind]})` : ''),
      subject.issuingBody ? [h('dt', null, 'Issued by'), h('dd', null, subject.issuingBody)] : null,
      subject.kind ? [h('dt', null, 'Kind'), h('dd', null, KINDS[subject.kind] || subject.kind)] : null,
      h('dt', null, 'Cited as'), h('dd', null, citationBlock(subject.citation, {})),
      location.start != null ? [h('dt', null, 'Position'), h('dd', null, `Characters ${fmt(location.start)}–${fmt(location.end)}`)] : null),
    orphaned ? null : decisionForm(subject, item.review ? item.review.version : 0, decide));
}

/** The paragraph's text with the quotation's stretch in a <mark>, all as text nodes. */
function inParagraph(paragraph, location) {
  const text = paragraph.text || '';
  const from = Math.max(0, Math.min(text.length, (location.start ?? 0) - paragraph.start));
  const to = Math.max(from, Math.min(text.length, (location.end ?? 0) - paragraph.start));
  return h('blockquote', { class: 'quote quote--context', 'data-testid': 'review-paragraph' },
    h('p', null, text.slice(0, from), h('mark', null, text.slice(from, to)), text.slice(to)));
}

function decisionForm(subject, version, decide) {
  const field = (id, label, value, attrs = {}) => [
    h('label', { for: id, class: 'field-label' }, label),
    h('input', { id, type: 'text', value: value || '', maxlength: 200, autocomplete: 'off', ...attrs })];
  const kind = h('select', { id: 'review-kind' },
    Object.entries(KINDS).map(([code, label]) => h('option', { value: code, selected: code === subject.kind }, label)));
  const error = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });
  const form = h('form', { class: 'review-form', novalidate: true, 'data-testid': 'review-form' },
    field('review-speaker', 'Speaker', subject.speaker),
    field('review-issuing-body', 'Issued by (a decree, a resolution; empty for none)', subject.issuingBody),
    h('label', { for: 'review-kind', class: 'field-label' }, 'Kind'), kind,
    h('label', { for: 'review-reason-text', class: 'field-label' }, 'Reason (required)'),
    h('textarea', { id: 'review-reason-text', rows: 3, maxlength: 2000, required: true }),
    error,
    h('p', { class: 'form-row form-row--actions' },
      h('button', { type: 'submit', class: 'button button--primary', value: 'confirmed' }, 'Confirm'),
      h('button', { type: 'submit', class: 'button', value: 'corrected' }, 'Correct'),
      h('button', { type: 'submit', class: 'button', value: 'rejected' }, 'Not a quotation')));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const status = e.submitter ? e.submitter.value : 'confirmed';
    const reasonText = $('#review-reason-text', form).value.trim();
    const fail = (message, focus) => {
      error.hidden = false;
      error.replaceChildren(message);
      if (focus) focus.focus();
    };
    if (!adminKey) return fail('Enter the admin key above first.', $('#review-key'));
    if (!reasonText) return fail('Say why: the reason is kept with the decision.', $('#review-reason-text', form));
    const decision = { status, reason: reasonText, version };
    if (status === 'corrected') {
      const speaker = $('#review-speaker', form).value.trim();
      const body = $('#review-issuing-body', form).value.trim();
      if (speaker && speaker !== subject.speaker) decision.speaker = speaker;
      if (body !== (subject.issuingBody || '')) decision.issuingBody = body || null;
      if (kind.value !== subject.kind) decision.kind = kind.value;
      if (Object.keys(decision).length === 3) return fail('Change the speaker, the issuing body or the kind to correct them.', null);
    }
    error.hidden = true;
    for (const button of form.querySelectorAll('button')) button.disabled = true;
    try {
      await decide(decision);
    } catch (err) {
      fail(err.status === 409 ? 'Someone decided about this quotation meanwhile. Open it again to see what it is now.' : err.message,
        err.field === 'X-Admin-Key' ? $('#review-key') : null);
    } finally {
      for (const button of form.querySelectorAll('button')) button.disabled = false;
    }
  });
  return form;
}
