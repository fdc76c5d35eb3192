// The lookup view (#/): the quotation form, its checks and errors, and running a lookup.
import * as api from '../api.js';
import { $, h, srOnly } from '../dom.js';
import { VERDICTS, fmt } from '../format.js';
import { href } from '../router.js';
import { clearStatus, errorBox, showLoading } from '../status.js';
import { renderLookupResult } from './lookup-result.js';

const MAX_CHARS = 5000;
const LOOKUP_LIMIT = 5;

/** Wires the form in #view-lookup; answers the view, with check(text) to look a text up from another view. */
export function createLookupView() {
  const form = $('#lookup-form');
  const textarea = $('#lookup-text');
  const count = $('#lookup-count');
  const errorEl = $('#lookup-error');
  const statusEl = $('#lookup-status');
  const resultEl = $('#lookup-result');
  const submit = $('#lookup-submit');
  let controller = null; // the lookup under way, if any
  let pendingLookup = false; // check(text) asked for a lookup once this view shows

  const updateCount = () => {
    const n = textarea.value.length;
    count.textContent = n > MAX_CHARS ? `${fmt(n)} / ${fmt(MAX_CHARS)}: too long` : `${fmt(n)} / ${fmt(MAX_CHARS)}`;
    count.classList.toggle('count--over', n > MAX_CHARS);
  };

  function clearError() {
    errorEl.hidden = true;
    errorEl.replaceChildren();
    textarea.removeAttribute('aria-invalid');
    textarea.setAttribute('aria-describedby', 'lookup-hint lookup-count');
  }

  function showError(message) {
    errorEl.replaceChildren(h('p', null, h('strong', null, 'Cannot check this text: '), message));
    errorEl.hidden = false;
    textarea.setAttribute('aria-invalid', 'true');
    textarea.setAttribute('aria-describedby', 'lookup-error lookup-hint lookup-count');
  }

  async function run(text) {
    clearError();
    if (!text.trim()) {
      resultEl.replaceChildren();
      clearStatus(statusEl);
      showError('Paste a quotation first: the text must not be empty or blank.');
      textarea.focus();
      return;
    }

    if (controller) controller.abort();
    const mine = new AbortController();
    controller = mine;

    showLoading(statusEl, 'Checking the quotation against the memoirs and the Works…');
    resultEl.setAttribute('aria-busy', 'true');
    resultEl.classList.add('result--stale');
    submit.setAttribute('aria-disabled', 'true');
    submit.classList.add('button--busy');

    try {
      const result = await api.lookup(text, LOOKUP_LIMIT, mine.signal);
      if (mine !== controller) return;
      resultEl.replaceChildren(renderLookupResult(result));
      const verdict = VERDICTS[result.verdict];
      // Visible only to screen readers: the verdict box below says the same to the eye.
      statusEl.replaceChildren(srOnly(`Result: ${result.verdict}${verdict ? '. ' + verdict.label : ''}. ${result.explanation || ''}`));
      statusEl.classList.remove('status--loading');
      statusEl.classList.add('status--quiet');
    } catch (e) {
      if (e.name === 'AbortError') return;
      if (mine !== controller) return;
      resultEl.replaceChildren();
      clearStatus(statusEl);
      if (e instanceof api.ApiError && e.status >= 400 && e.status < 500) {
        showError(e.message);
      } else {
        resultEl.replaceChildren(errorBox(e, () => run(textarea.value)));
      }
    } finally {
      if (mine === controller) {
        controller = null;
        resultEl.setAttribute('aria-busy', 'false');
        resultEl.classList.remove('result--stale');
        submit.removeAttribute('aria-disabled');
        submit.classList.remove('button--busy');
      }
    }
  }

  textarea.addEventListener('input', () => {
    updateCount();
    if (textarea.getAttribute('aria-invalid') === 'true') clearError();
  });
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run(textarea.value);
  });
  $('#lookup-clear').addEventListener('click', () => {
    textarea.value = '';
    updateCount();
    clearError();
    resultEl.replaceChildren();
    clearStatus(statusEl);
    textarea.focus();
  });
  for (const button of document.querySelectorAll('[data-example]')) {
    button.addEventListener('click', () => {
      textarea.value = button.dataset.example;
      updateCount();
      clearError();
      textarea.focus();
    });
  }
  updateCount();

  return {
    name: 'lookup',
    nav: 'lookup',
    title: () => 'Verbatim — check a Lenin quotation',
    show() {
      if (pendingLookup) {
        pendingLookup = false;
        form.requestSubmit();
      }
    },
    /** Puts `text` in the form and goes to this view, which then looks it up. */
    check(text) {
      textarea.value = text;
      textarea.dispatchEvent(new Event('input'));
      pendingLookup = true;
      location.hash = href.lookup();
    },
  };
}
