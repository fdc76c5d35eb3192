// Verbatim web page: look up a quotation, browse citations by volume, duplicate clusters, one quotation.
// The views and the routing; the pieces they share are in the modules imported here. Every string from the API
// reaches the page as a text node or an attribute value set through the DOM, never through innerHTML.
import * as api from './api.js';
import { diffLegend, diffView } from './diff.js';
import { $, h, srOnly } from './dom.js';
import {
  KINDS, SPEAKER_KINDS, VERDICTS, changeCount, chapterText, fmt, plural, printedOtherwise, scoreText, sourceLabel,
} from './format.js';
import { citationBlock, memoirLine, pager, quotationLink, storedText } from './parts.js';
import { currentRoute } from './router.js';
import { clearStatus, errorBox, showLoading } from './status.js';

const MAX_CHARS = 5000;
const VOLUME_PAGE_SIZE = 25;
const DUPLICATE_PAGE_SIZE = 20;
const LOOKUP_LIMIT = 5;

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
    const result = await api.lookup(text, LOOKUP_LIMIT, controller.signal);
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
    if (e instanceof api.ApiError && e.status >= 400 && e.status < 500) {
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
    volumesLoading = api.volumes().then((v) => {
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
    const data = await api.volumeCitations(volume, page, VOLUME_PAGE_SIZE);
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
    const data = await api.duplicates(route.page, DUPLICATE_PAGE_SIZE);
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
    const q = await api.quotation(id);
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
