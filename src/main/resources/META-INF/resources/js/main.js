// Verbatim web page: look up a quotation, browse citations by volume, duplicate clusters, one quotation.
// Plain DOM, no framework. Every string from the API reaches the page as a text node or an attribute
// value set through the DOM, never through innerHTML.

const MAX_CHARS = 5000;
const VOLUME_PAGE_SIZE = 25;
const DUPLICATE_PAGE_SIZE = 20;
const LOOKUP_LIMIT = 5;

const numberFormat = new Intl.NumberFormat('en');
const fmt = (n) => numberFormat.format(n);
const plural = (n, one, many = one + 's') => `${fmt(n)} ${n === 1 ? one : many}`;

const VERDICTS = {
  VERIFIED: { icon: '✓', label: 'Verified: Lenin’s words, as a memoir quotes them' },
  VARIANT: { icon: '≈', label: 'Variant: Lenin’s words, but worded differently' },
  MISATTRIBUTED: { icon: '✗', label: 'Misattributed: these are someone else’s words' },
  NOT_FOUND: { icon: '?', label: 'Not found: no memoir in the corpus quotes these words' },
};

const SPEAKER_KINDS = {
  PERSON: 'a person',
  DOCUMENT: 'a document',
  MEMOIRIST: 'the memoirist',
  UNKNOWN: 'unknown',
};

const KINDS = { SPOKEN: 'Spoken', WRITTEN: 'Written' };

// ---------------------------------------------------------------------------------------------
// DOM helpers

/** Creates an element; strings among the children become text nodes. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value == null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
      else if (value === true) el.setAttribute(key, '');
      else el.setAttribute(key, String(value));
    }
  }
  appendAll(el, children);
  return el;
}

function appendAll(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const $ = (selector, root = document) => root.querySelector(selector);
const srOnly = (text) => h('span', { class: 'visually-hidden' }, text);

// ---------------------------------------------------------------------------------------------
// API

class ApiError extends Error {
  constructor(status, detail, field) {
    super(detail);
    this.status = status;
    this.field = field ?? null;
  }
}

/** Calls the API (same origin, relative to the page); answers parsed JSON or throws ApiError. */
async function api(path, { method = 'GET', body, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Could not reach the Verbatim service. Check the connection and try again.');
  }
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (type.includes('json')) {
    try {
      data = await response.json();
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      data = null;
    }
  }
  if (!response.ok) {
    const detail = data && typeof data.detail === 'string' && data.detail.trim()
      ? data.detail
      : `The service answered ${response.status}${response.statusText ? ' ' + response.statusText : ''}.`;
    throw new ApiError(response.status, detail, data && data.field);
  }
  if (data === null) {
    throw new ApiError(response.status, 'The service sent an answer this page cannot read.');
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Announcements, loading and error states

const announcer = () => $('#announcer');

/** Says something to screen readers without moving focus. */
function announce(message) {
  const region = announcer();
  region.textContent = '';
  // A fresh text node after a tick makes repeated messages ("Copied", "Copied") be read again.
  setTimeout(() => { region.textContent = message; }, 50);
}

function showLoading(statusEl, message) {
  statusEl.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' ', message);
  statusEl.classList.add('status--loading');
  statusEl.classList.remove('status--quiet');
}

function clearStatus(statusEl) {
  statusEl.replaceChildren();
  statusEl.classList.remove('status--loading', 'status--quiet');
}

/** An error in place of content; a retry button only where trying again can help (not for 4xx). */
function errorBox(error, retry) {
  const status = error instanceof ApiError ? error.status : 0;
  const clientError = status >= 400 && status < 500;
  const lead = status === 404 ? 'Not found. ' : clientError ? 'Cannot show this. ' : 'Something went wrong. ';
  return h('div', { class: 'notice notice--error', role: 'alert' },
    h('p', null, h('strong', null, lead), error.message || String(error)),
    retry && !clientError
      ? h('p', null, h('button', { type: 'button', class: 'button', onclick: retry }, 'Try again'))
      : null);
}

// ---------------------------------------------------------------------------------------------
// Copy to clipboard

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the old way
    }
  }
  const area = h('textarea', { class: 'copy-buffer', readonly: true, 'aria-hidden': 'true', tabindex: '-1' });
  area.value = text;
  document.body.append(area);
  const active = document.activeElement;
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  if (active && typeof active.focus === 'function') active.focus();
  return ok;
}

function copyButton(text, what) {
  const button = h('button', { type: 'button', class: 'button button--small copy-button' }, 'Copy');
  button.setAttribute('aria-label', `Copy ${what}`);
  let timer;
  button.addEventListener('click', async () => {
    const ok = await copyText(text);
    clearTimeout(timer);
    if (ok) {
      button.textContent = 'Copied ✓';
      announce('Copied');
    } else {
      button.textContent = 'Copy failed';
      announce('Could not copy. Select the citation and copy it by hand.');
    }
    timer = setTimeout(() => { button.textContent = 'Copy'; }, 2000);
  });
  return button;
}

// ---------------------------------------------------------------------------------------------
// Formatting pieces shared by the views

function chapterText(chapter) {
  if (!chapter) return null;
  if (chapter.number != null) return chapter.title ? `Chapter ${chapter.number}: ${chapter.title}` : `Chapter ${chapter.number}`;
  return chapter.title || null;
}

/** "N. K. Krupskaya, Reminiscences of Lenin — part, Chapter 3: title" with the title in <cite>. */
function memoirLine(memoir, { chapter = true } = {}) {
  if (!memoir) return h('span', null, 'Unknown memoir');
  const parts = [];
  if (memoir.author) parts.push(memoir.author, ', ');
  parts.push(h('cite', null, memoir.title || 'Untitled'));
  if (memoir.part) parts.push(' — ', memoir.part);
  const ch = chapter ? chapterText(memoir.chapter) : null;
  if (ch && ch !== memoir.part) parts.push(' · ', ch);
  return h('span', { class: 'memoir' }, parts);
}

/** Whether the memoir printed the citation otherwise than the tidy display form. */
function printedOtherwise(raw, display) {
  if (!raw) return false;
  const norm = (s) => s.replace(/^[\s(]+|[\s).;,]+$/g, '').replace(/\s+/g, ' ').toLowerCase();
  return norm(raw) !== norm(display || '');
}

function citationText(citation) {
  if (!citation) return null;
  return citation.display || citation.raw || null;
}

/** The citation with, where the memoir wrote it otherwise, the words it used. */
function citationBlock(citation, { testid, copy = false } = {}) {
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

/** The stored text with the matched part (offsets start..end) marked. */
function storedText(text, location) {
  const quote = h('blockquote', { class: 'quote' });
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

function changeCount(differences) {
  return (differences || []).filter((d) => d.op !== 'equal').length;
}

/**
 * The word alignment. "submitted" words missing from the stored wording are struck (<del>), stored
 * words missing from the submission are underlined (<ins>); a replace shows both, struck first.
 */
function diffView(differences, { from = 'your text', to = 'the memoir' } = {}) {
  const p = h('p', { class: 'diff' });
  const del = (words) => h('del', { title: `In ${from}, not in ${to}` }, srOnly(`[${from} only: `), words, srOnly(']'));
  const ins = (words) => h('ins', { title: `In ${to}, not in ${from}` }, srOnly(`[${to} only: `), words, srOnly(']'));
  let first = true;
  for (const d of differences || []) {
    if (!first) p.append(' ');
    first = false;
    switch (d.op) {
      case 'equal':
        p.append(d.stored ?? d.submitted ?? '');
        break;
      case 'replace':
        p.append(h('span', { class: 'diff__replace' },
          d.submitted ? del(d.submitted) : null,
          d.submitted && d.stored ? ' ' : null,
          d.stored ? ins(d.stored) : null));
        break;
      case 'insert':
        if (d.submitted) p.append(del(d.submitted));
        break;
      case 'delete':
        if (d.stored) p.append(ins(d.stored));
        break;
      default:
        p.append(d.stored ?? d.submitted ?? '');
    }
  }
  return p;
}

function diffLegend({ from = 'your text', to = 'the memoir' } = {}) {
  return h('p', { class: 'legend' },
    h('span', { class: 'visually-hidden' }, 'Legend: '),
    h('span', { class: 'legend__item' }, h('del', null, 'struck'), ` = in ${from} only`),
    h('span', { class: 'legend__item' }, h('ins', null, 'underlined'), ` = in ${to} only`),
    h('span', { class: 'legend__item' }, 'plain = the same in both'));
}

function quotationLink(id, label) {
  if (id == null) return null;
  return h('a', { href: `#/quotation/${encodeURIComponent(id)}`, class: 'quotation-link' }, label || `Quotation #${id}`);
}

/** "Previous / Page 2 of 5 / Next" as links to the same view with another page. */
function pager(page, size, total, hrefFor, label) {
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

// ---------------------------------------------------------------------------------------------
// Lookup

let lookupController = null;

function setupLookup() {
  const form = $('#lookup-form');
  const textarea = $('#lookup-text');
  const count = $('#lookup-count');
  const errorEl = $('#lookup-error');

  const updateCount = () => {
    const n = textarea.value.length;
    count.textContent = n > MAX_CHARS ? `${fmt(n)} / ${fmt(MAX_CHARS)}: too long` : `${fmt(n)} / ${fmt(MAX_CHARS)}`;
    count.classList.toggle('count--over', n > MAX_CHARS);
  };
  textarea.addEventListener('input', () => {
    updateCount();
    if (textarea.getAttribute('aria-invalid') === 'true') clearLookupError();
  });
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    runLookup(textarea.value);
  });
  $('#lookup-clear').addEventListener('click', () => {
    textarea.value = '';
    updateCount();
    clearLookupError();
    $('#lookup-result').replaceChildren();
    clearStatus($('#lookup-status'));
    textarea.focus();
  });
  for (const button of document.querySelectorAll('[data-example]')) {
    button.addEventListener('click', () => {
      textarea.value = button.dataset.example;
      updateCount();
      clearLookupError();
      textarea.focus();
    });
  }
  updateCount();

  function clearLookupError() {
    errorEl.hidden = true;
    errorEl.replaceChildren();
    textarea.removeAttribute('aria-invalid');
    textarea.setAttribute('aria-describedby', 'lookup-hint lookup-count');
  }
  setupLookup.clearError = clearLookupError;
}

function showLookupError(message) {
  const errorEl = $('#lookup-error');
  const textarea = $('#lookup-text');
  errorEl.replaceChildren(h('p', null, h('strong', null, 'Cannot check this text: '), message));
  errorEl.hidden = false;
  textarea.setAttribute('aria-invalid', 'true');
  textarea.setAttribute('aria-describedby', 'lookup-error lookup-hint lookup-count');
}

async function runLookup(text) {
  const statusEl = $('#lookup-status');
  const resultEl = $('#lookup-result');
  const submit = $('#lookup-submit');
  setupLookup.clearError();

  if (!text.trim()) {
    resultEl.replaceChildren();
    clearStatus(statusEl);
    showLookupError('Paste a quotation first: the text must not be empty or blank.');
    $('#lookup-text').focus();
    return;
  }

  if (lookupController) lookupController.abort();
  const controller = new AbortController();
  lookupController = controller;

  showLoading(statusEl, 'Checking the quotation against the memoirs…');
  resultEl.setAttribute('aria-busy', 'true');
  resultEl.classList.add('result--stale');
  submit.setAttribute('aria-disabled', 'true');
  submit.classList.add('button--busy');

  try {
    const result = await api('api/v1/lookup', {
      method: 'POST',
      body: { text, limit: LOOKUP_LIMIT },
      signal: controller.signal,
    });
    if (controller !== lookupController) return;
    resultEl.replaceChildren(renderLookupResult(result));
    const verdict = VERDICTS[result.verdict];
    // Visible only to screen readers: the verdict box below says the same to the eye.
    statusEl.replaceChildren(srOnly(`Result: ${result.verdict}${verdict ? '. ' + verdict.label : ''}. ${result.explanation || ''}`));
    statusEl.classList.remove('status--loading');
    statusEl.classList.add('status--quiet');
  } catch (e) {
    if (e.name === 'AbortError') return;
    if (controller !== lookupController) return;
    resultEl.replaceChildren();
    clearStatus(statusEl);
    if (e instanceof ApiError && e.status >= 400 && e.status < 500) {
      showLookupError(e.message);
    } else {
      resultEl.replaceChildren(errorBox(e, () => runLookup($('#lookup-text').value)));
    }
  } finally {
    if (controller === lookupController) {
      lookupController = null;
      resultEl.setAttribute('aria-busy', 'false');
      resultEl.classList.remove('result--stale');
      submit.removeAttribute('aria-disabled');
      submit.classList.remove('button--busy');
    }
  }
}

function renderLookupResult(result) {
  const matches = Array.isArray(result.matches) ? result.matches : [];
  const verdictInfo = VERDICTS[result.verdict] || { icon: '•', label: result.verdict };
  const kind = String(result.verdict || 'unknown').toLowerCase().replace(/_/g, '-');
  const frag = document.createDocumentFragment();

  frag.append(h('div', {
    class: `verdict verdict--${kind}`,
    'data-testid': 'verdict',
    'data-verdict': result.verdict,
  },
  h('span', { class: 'verdict__icon', 'aria-hidden': 'true' }, verdictInfo.icon),
  h('span', { class: 'verdict__body' },
    h('strong', { class: 'verdict__word', 'data-testid': 'verdict-word' }, result.verdict),
    h('span', { class: 'verdict__label' }, verdictInfo.label))));

  if (result.explanation) frag.append(h('p', { class: 'explanation', 'data-testid': 'explanation' }, result.explanation));
  if (result.attributedTo) {
    frag.append(h('p', { class: 'attributed' }, 'The words belong to ', h('strong', null, result.attributedTo), '.'));
  }

  if (matches.length === 0) {
    if (result.verdict === 'NOT_FOUND') {
      frag.append(h('p', { class: 'hint' },
        'This does not prove Lenin never said or wrote it, only that none of the memoirs in the corpus quotes it. ',
        'Check the wording, or try a shorter distinctive phrase from it.'));
    }
    return frag;
  }

  const [best, ...others] = matches;
  frag.append(renderBestMatch(best, result.verdict));

  const duplicates = Array.isArray(best.duplicates) ? best.duplicates : [];
  if (duplicates.length) frag.append(renderDuplicatesOfMatch(duplicates));

  if (others.length) {
    frag.append(h('section', { class: 'panel', 'aria-labelledby': 'other-matches-heading' },
      h('h2', { id: 'other-matches-heading' }, `Other matches (${fmt(others.length)})`),
      h('ol', { class: 'cards' }, others.map((m) => h('li', { class: 'card' }, renderOtherMatch(m))))));
  }
  return frag;
}

function sourceLabel(match) {
  if (match.source === 'NARRATION') return `${match.memoir?.author || 'The memoirist'}’s own narration, not a quotation`;
  if (match.lenin) return 'Lenin, quoted';
  return match.speaker ? `${match.speaker}, quoted` : 'Someone other than Lenin, quoted';
}

function scoreText(match) {
  if (typeof match.score !== 'number') return null;
  const pct = Math.round(match.score * 100);
  return match.exact ? `${pct}% · word for word` : `${pct}%`;
}

function renderBestMatch(match, verdict) {
  const section = h('section', { class: 'panel best-match', 'aria-labelledby': 'best-match-heading' },
    h('h2', { id: 'best-match-heading' }, 'Best match'));

  section.append(h('dl', { class: 'facts' },
    h('dt', null, 'Source'),
    h('dd', { 'data-testid': 'source' }, memoirLine(match.memoir, { chapter: false })),
    chapterText(match.memoir?.chapter) ? [h('dt', null, 'Chapter'), h('dd', null, chapterText(match.memoir.chapter))] : null,
    h('dt', null, 'Words of'),
    h('dd', null, sourceLabel(match)),
    h('dt', null, 'Cited as'),
    h('dd', null, citationBlock(match.citation, { testid: 'citation', copy: true })),
    scoreText(match) ? [h('dt', null, 'Match'), h('dd', null, scoreText(match))] : null));

  section.append(h('h3', null, 'Stored wording'));
  section.append(storedText(match.text || '', match.location));

  const differences = Array.isArray(match.differences) ? match.differences : [];
  const changes = changeCount(differences);
  section.append(h('h3', null, 'Your text against the memoir'));
  if (differences.length && changes === 0) {
    section.append(h('p', { class: 'same' }, h('span', { 'aria-hidden': 'true' }, '✓ '),
      'Your text matches the stored wording word for word.'));
  } else if (differences.length) {
    section.append(h('p', { class: 'hint' }, `${plural(changes, 'difference')}, word by word:`));
    section.append(diffLegend());
    section.append(h('div', { class: 'diff-box', 'data-testid': 'differences' }, diffView(differences)));
  } else {
    section.append(h('p', { class: 'hint' }, 'No word alignment was returned for this match.'));
  }

  const actions = h('p', { class: 'actions' });
  if (match.quotationId != null) actions.append(quotationLink(match.quotationId, 'Open this quotation'));
  if (actions.childNodes.length) section.append(actions);
  if (verdict === 'MISATTRIBUTED' && match.source === 'NARRATION') {
    section.append(h('p', { class: 'hint' }, 'The memoirist wrote these words in their own voice; later writers turned them into a Lenin quotation.'));
  }
  return section;
}

function renderDuplicatesOfMatch(duplicates) {
  const differing = duplicates.filter((d) => d.citationDiffers).length;
  return h('section', { class: 'panel', 'aria-labelledby': 'duplicates-of-match-heading' },
    h('h2', { id: 'duplicates-of-match-heading' }, `Also quoted in (${fmt(duplicates.length)})`),
    h('p', { class: 'hint' }, 'Other memoirs, or other editions, that quote the same passage.',
      differing ? [' ', h('strong', null, `${plural(differing, 'of them cites', 'of them cite')} a different place in the Works.`)] : null),
    h('ol', { class: 'cards' }, duplicates.map((d) => h('li', { class: `card${d.citationDiffers ? ' card--warn' : ''}` },
      h('p', { class: 'card__title' }, memoirLine(d.memoir)),
      h('div', { class: 'card__citation' },
        citationBlock(d.citation, { testid: 'duplicate-citation' }),
        d.citationDiffers
          ? h('p', { class: 'flag flag--warn' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), 'Cites a different volume or pages than the best match')
          : null),
      h('blockquote', { class: 'quote quote--small' }, h('p', null, d.text || '')),
      changeCount(d.differences) > 0
        ? h('details', { class: 'details' },
          h('summary', null, `Wording: ${plural(changeCount(d.differences), 'difference')} from the best match`),
          diffLegend({ from: 'this memoir', to: 'the best match' }),
          h('div', { class: 'diff-box' }, diffView(d.differences, { from: 'this memoir', to: 'the best match' })))
        : h('p', { class: 'hint' }, 'Same wording as the best match.'),
      h('p', { class: 'actions' }, quotationLink(d.quotationId))))));
}

function renderOtherMatch(m) {
  return [
    h('p', { class: 'card__title' }, memoirLine(m.memoir)),
    h('p', { class: 'card__meta' }, sourceLabel(m), scoreText(m) ? ` · ${scoreText(m)}` : ''),
    citationBlock(m.citation),
    storedText(m.text || '', m.location),
    changeCount(m.differences) > 0
      ? h('details', { class: 'details' },
        h('summary', null, `${plural(changeCount(m.differences), 'difference')} from your text`),
        diffLegend(),
        h('div', { class: 'diff-box' }, diffView(m.differences)))
      : null,
    m.quotationId != null ? h('p', { class: 'actions' }, quotationLink(m.quotationId)) : null,
  ];
}

// ---------------------------------------------------------------------------------------------
// Volumes

let volumesCache = null;
let volumesLoading = null;

async function loadVolumes() {
  if (volumesCache) return volumesCache;
  if (!volumesLoading) {
    volumesLoading = api('api/v1/volumes').then((v) => {
      volumesCache = Array.isArray(v) ? v : [];
      return volumesCache;
    }).finally(() => { volumesLoading = null; });
  }
  return volumesLoading;
}

async function showVolumes(route, focusDetail) {
  const statusEl = $('#volumes-status');
  const listEl = $('#volumes-list');
  const detailEl = $('#volume-detail');

  if (!volumesCache) showLoading(statusEl, 'Loading volumes…');
  try {
    const volumes = await loadVolumes();
    clearStatus(statusEl);
    listEl.replaceChildren(renderVolumeTable(volumes, route.volume));
  } catch (e) {
    clearStatus(statusEl);
    listEl.replaceChildren(errorBox(e, () => showVolumes(currentRoute(), false)));
  }

  if (route.volume == null) {
    detailEl.replaceChildren(h('p', { class: 'placeholder' }, 'Choose a volume to see the citations of it, in page order.'));
    return;
  }
  await showVolumeCitations(route.volume, route.page, focusDetail);
}

function renderVolumeTable(volumes, selected) {
  if (!volumes.length) return h('p', null, 'No memoir in the corpus cites a volume of the Works yet.');
  return h('table', { class: 'table volumes-table', 'data-testid': 'volumes' },
    h('caption', { class: 'visually-hidden' }, 'Cited volumes of the Works, with counts'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Volume'),
      h('th', { scope: 'col', class: 'num' }, 'Citations'),
      h('th', { scope: 'col', class: 'num' }, 'Memoirs'),
      h('th', { scope: 'col', class: 'num' }, 'Quotations'))),
    h('tbody', null, volumes.map((v) => h('tr', { class: v.volume === selected ? 'is-selected' : null },
      h('th', { scope: 'row' }, h('a', {
        href: `#/volumes/${encodeURIComponent(v.volume)}`,
        'data-volume': v.volume,
        'aria-current': v.volume === selected ? 'true' : null,
      }, `Vol. ${v.volume}`)),
      h('td', { class: 'num' }, fmt(v.citations)),
      h('td', { class: 'num' }, fmt(v.memoirs)),
      h('td', { class: 'num' }, fmt(v.quotations))))));
}

let volumeRequest = 0;

async function showVolumeCitations(volume, page, focusDetail) {
  const detailEl = $('#volume-detail');
  const request = ++volumeRequest;
  const heading = h('h2', { id: 'volume-heading', tabindex: '-1' }, `Volume ${volume}`);
  const status = h('div', { class: 'status', role: 'status' });
  detailEl.replaceChildren(heading, status);
  detailEl.setAttribute('aria-busy', 'true');
  showLoading(status, `Loading citations of volume ${volume}…`);
  if (focusDetail) heading.focus();
  try {
    const data = await api(`api/v1/volumes/${encodeURIComponent(volume)}/citations?page=${page}&size=${VOLUME_PAGE_SIZE}`);
    if (request !== volumeRequest) return;
    const items = Array.isArray(data.items) ? data.items : [];
    const total = Number(data.total) || 0;
    const size = Number(data.size) || VOLUME_PAGE_SIZE;
    const current = Number(data.page) || 0;
    const hrefFor = (p) => `#/volumes/${encodeURIComponent(volume)}${p > 0 ? `?page=${p + 1}` : ''}`;
    status.replaceChildren(total
      ? `${plural(total, 'citation')}${items.length && total > items.length ? `, showing ${fmt(current * size + 1)}–${fmt(current * size + items.length)}` : ''}.`
      : 'No citations.');
    status.classList.remove('status--loading');
    if (!items.length && current > 0) {
      detailEl.append(h('p', null, 'There is no such page. ', h('a', { href: hrefFor(0) }, 'Go to the first page'), '.'));
      return;
    }
    detailEl.append(
      pager(current, size, total, hrefFor, `Pages of volume ${volume}, top`) || '',
      h('ol', { class: 'cards citations', 'data-testid': 'citations', start: current * size + 1 },
        items.map((c) => h('li', { class: 'card' }, renderVolumeCitation(c)))),
      pager(current, size, total, hrefFor, `Pages of volume ${volume}, bottom`) || '');
  } catch (e) {
    if (request !== volumeRequest) return;
    clearStatus(status);
    detailEl.append(errorBox(e, () => showVolumeCitations(volume, page, true)));
  } finally {
    if (request === volumeRequest) detailEl.setAttribute('aria-busy', 'false');
  }
}

function renderVolumeCitation(c) {
  const quotations = Array.isArray(c.quotations) ? c.quotations : [];
  return [
    h('h3', { class: 'card__title' },
      c.display || c.raw || 'Citation',
      c.ibid ? [' ', h('span', { class: 'badge', title: 'The memoir wrote “Ibid.”' }, 'ibid.')] : null),
    printedOtherwise(c.raw, c.display) ? h('p', { class: 'citation__raw' }, 'As printed: ', h('q', null, c.raw)) : null,
    h('p', { class: 'card__meta' }, memoirLine(c.memoir)),
    quotations.length
      ? quotations.map((q) => h('div', { class: 'fragment' },
        h('blockquote', { class: 'quote quote--small' }, h('p', null, q.text || '')),
        h('p', { class: 'fragment__meta' },
          q.lenin ? 'Lenin' : h('strong', null, `Not Lenin: ${q.speaker || 'unknown speaker'}`),
          chapterText(q.chapter) ? ` · ${chapterText(q.chapter)}` : '',
          ' · ', quotationLink(q.id))))
      : h('p', { class: 'hint' }, 'No quoted words are attached to this citation.'),
  ];
}

// ---------------------------------------------------------------------------------------------
// Duplicate clusters

let duplicatesRequest = 0;

async function showDuplicates(route, focusList) {
  const statusEl = $('#duplicates-status');
  const listEl = $('#duplicates-list');
  const request = ++duplicatesRequest;
  showLoading(statusEl, 'Loading duplicate passages…');
  listEl.setAttribute('aria-busy', 'true');
  try {
    const data = await api(`api/v1/duplicates?page=${route.page}&size=${DUPLICATE_PAGE_SIZE}`);
    if (request !== duplicatesRequest) return;
    const items = Array.isArray(data.items) ? data.items : [];
    const total = Number(data.total) || 0;
    const size = Number(data.size) || DUPLICATE_PAGE_SIZE;
    const current = Number(data.page) || 0;
    const conflicting = items.filter((c) => c.conflictingCitations).length;
    clearStatus(statusEl);
    statusEl.append(total
      ? `${plural(total, 'passage')} quoted more than once.${conflicting ? ` On this page, ${plural(conflicting, 'has', 'have')} conflicting citations.` : ''}`
      : 'No passage is quoted more than once.');
    const hrefFor = (p) => `#/duplicates${p > 0 ? `?page=${p + 1}` : ''}`;
    if (!items.length && current > 0) {
      listEl.replaceChildren(h('p', null, 'There is no such page. ', h('a', { href: hrefFor(0) }, 'Go to the first page'), '.'));
      return;
    }
    listEl.replaceChildren(
      pager(current, size, total, hrefFor, 'Pages of duplicates, top') || '',
      h('ol', { class: 'cards clusters', 'data-testid': 'clusters' },
        items.map((c) => h('li', { class: `card${c.conflictingCitations ? ' card--warn' : ''}` }, renderCluster(c)))),
      pager(current, size, total, hrefFor, 'Pages of duplicates, bottom') || '');
    if (focusList) $('#duplicates-heading').focus();
  } catch (e) {
    if (request !== duplicatesRequest) return;
    clearStatus(statusEl);
    listEl.replaceChildren(errorBox(e, () => showDuplicates(currentRoute(), true)));
  } finally {
    if (request === duplicatesRequest) listEl.setAttribute('aria-busy', 'false');
  }
}

function renderCluster(c) {
  const members = Array.isArray(c.members) ? c.members : [];
  const memoirs = Array.isArray(c.memoirs) ? c.memoirs : [];
  const citations = Array.isArray(c.citations) ? c.citations : [];
  return [
    h('h2', { class: 'card__title h3' },
      `Quoted ${c.size === 2 ? 'twice' : `${fmt(c.size ?? members.length)} times`}`,
      c.conflictingCitations
        ? [' ', h('span', { class: 'flag flag--warn flag--inline' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), 'Conflicting citations')]
        : null),
    h('blockquote', { class: 'quote' }, h('p', null, c.passage || '')),
    h('dl', { class: 'facts facts--compact' },
      h('dt', null, memoirs.length === 1 ? 'Memoir' : 'Memoirs'),
      h('dd', null, memoirs.length ? h('ul', { class: 'plain-list' }, memoirs.map((m) => h('li', null, m))) : 'None recorded'),
      h('dt', null, citations.length === 1 ? 'Citation' : 'Citations'),
      h('dd', null, citations.length
        ? h('ul', { class: `plain-list${c.conflictingCitations ? ' plain-list--warn' : ''}` }, citations.map((x) => h('li', null, x)))
        : 'The memoirs give no citation')),
    members.length
      ? h('details', { class: 'details' },
        h('summary', null, `Each quotation (${fmt(members.length)})`),
        diffLegend({ from: 'this quotation', to: 'the passage above' }),
        h('ol', { class: 'members' }, members.map((m) => {
          const q = m.quotation || {};
          return h('li', { class: 'member' },
            h('p', { class: 'card__meta' }, memoirLine(q.memoir)),
            citationBlock(q.citation),
            changeCount(m.differences) > 0
              ? h('div', { class: 'diff-box' }, diffView(m.differences, { from: 'this quotation', to: 'the passage above' }))
              : h('p', { class: 'hint' }, 'Same wording as the passage above.'),
            h('p', { class: 'actions' }, quotationLink(q.id)));
        })))
      : null,
  ];
}

// ---------------------------------------------------------------------------------------------
// One quotation

let quotationRequest = 0;

async function showQuotation(id) {
  const statusEl = $('#quotation-status');
  const detailEl = $('#quotation-detail');
  const heading = $('#quotation-heading');
  const request = ++quotationRequest;
  heading.textContent = `Quotation #${id}`;
  detailEl.replaceChildren();
  showLoading(statusEl, 'Loading the quotation…');
  try {
    const q = await api(`api/v1/quotations/${encodeURIComponent(id)}`);
    if (request !== quotationRequest) return;
    clearStatus(statusEl);
    detailEl.replaceChildren(renderQuotation(q));
    document.title = `Quotation #${q.id} — Verbatim`;
  } catch (e) {
    if (request !== quotationRequest) return;
    clearStatus(statusEl);
    detailEl.replaceChildren(errorBox(e, () => showQuotation(id)));
  }
}

function renderQuotation(q) {
  const attribution = q.attribution || {};
  const speaker = q.speaker || 'Unknown';
  const confidence = typeof attribution.confidence === 'number' ? `${Math.round(attribution.confidence * 100)}%` : null;
  const lookUp = h('button', { type: 'button', class: 'button' }, 'Check this wording');
  lookUp.addEventListener('click', () => {
    const textarea = $('#lookup-text');
    textarea.value = q.text || '';
    textarea.dispatchEvent(new Event('input'));
    pendingLookup = true;
    location.hash = '#/';
  });
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
          ? h('a', { href: `#/volumes/${encodeURIComponent(q.citation.volume)}` }, `Other citations of volume ${q.citation.volume}`)
          : null)),
    h('p', { class: 'actions' }, lookUp));
}

// ---------------------------------------------------------------------------------------------
// Routing: #/ lookup, #/volumes, #/volumes/{n}?page=2, #/duplicates?page=2, #/quotation/{id}

let pendingLookup = false;
let shownView = null;

function currentRoute() {
  let raw;
  try {
    raw = decodeURIComponent(location.hash.replace(/^#/, '')) || '/';
  } catch {
    return { view: 'notfound' };
  }
  const [path, query = ''] = raw.split('?');
  const params = new URLSearchParams(query);
  const pageParam = Number.parseInt(params.get('page') || '1', 10);
  const page = Number.isFinite(pageParam) && pageParam > 0 ? pageParam - 1 : 0;
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'lookup')) return { view: 'lookup' };
  if (parts[0] === 'volumes' && parts.length === 1) return { view: 'volumes', volume: null, page: 0 };
  if (parts[0] === 'volumes' && parts.length === 2 && /^\d+$/.test(parts[1])) {
    return { view: 'volumes', volume: Number(parts[1]), page };
  }
  if (parts[0] === 'duplicates' && parts.length === 1) return { view: 'duplicates', page };
  if (parts[0] === 'quotation' && parts.length === 2 && /^\d+$/.test(parts[1])) return { view: 'quotation', id: parts[1] };
  return { view: 'notfound' };
}

const TITLES = {
  lookup: 'Verbatim — check a Lenin quotation',
  volumes: 'Citations by volume — Verbatim',
  duplicates: 'Passages quoted more than once — Verbatim',
  quotation: 'Quotation — Verbatim',
  notfound: 'Page not found — Verbatim',
};

const NAV_OF_VIEW = { lookup: 'lookup', volumes: 'volumes', duplicates: 'duplicates' };

function route(initial) {
  const r = currentRoute();
  const viewChanged = r.view !== shownView;
  for (const section of document.querySelectorAll('.view')) {
    section.hidden = section.dataset.view !== r.view;
  }
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === NAV_OF_VIEW[r.view]) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = r.view === 'volumes' && r.volume != null
    ? `Volume ${r.volume} — Verbatim`
    : TITLES[r.view];
  shownView = r.view;

  // After a click on a link the heading of what changed takes focus, so keyboard and screen-reader
  // users land on the new content; on the first load focus stays where the browser put it.
  const focusHeading = !initial && viewChanged;
  if (focusHeading) {
    const heading = $(`#view-${r.view} h1`);
    if (heading) heading.focus({ preventScroll: false });
  }

  switch (r.view) {
    case 'lookup':
      if (pendingLookup) {
        pendingLookup = false;
        $('#lookup-form').requestSubmit();
      }
      break;
    case 'volumes':
      showVolumes(r, !initial && !viewChanged);
      break;
    case 'duplicates':
      showDuplicates(r, !initial && !viewChanged);
      break;
    case 'quotation':
      showQuotation(r.id);
      break;
    default:
      break;
  }
  if (!focusHeading && !initial) window.scrollTo({ top: 0 });
}

function setup() {
  setupLookup();
  // The skip link would otherwise change the hash and be taken for a route.
  $('[data-skip]').addEventListener('click', (e) => {
    e.preventDefault();
    $('#main').focus();
  });
  window.addEventListener('hashchange', () => route(false));
  route(true);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', setup);
} else {
  setup();
}
