// The volumes view (#/volumes, #/volumes/N?page=P): the cited volumes of the Works and one volume's citations in page order, each quotation's claimed pages beside the English pages found.
import * as api from '../api.js';
import { checkSummary } from '../checks.js';
import { $, h } from '../dom.js';
import { chapterText, fmt, plural, printedOtherwise } from '../format.js';
import { memoirLine, pager, quotationLink } from '../parts.js';
import { currentRoute, href } from '../router.js';
import { clearStatus, errorBox, showLoading } from '../status.js';

const VOLUME_PAGE_SIZE = 25;

export function createVolumesView() {
  const statusEl = $('#volumes-status');
  const listEl = $('#volumes-list');
  const detailEl = $('#volume-detail');
  let volumesCache = null; // the list of volumes, loaded once
  let volumesLoading = null; // the promise of that load while under way
  let volumeRequest = 0; // the latest request for a volume's citations; older answers are dropped

  async function loadVolumes() {
    if (volumesCache) return volumesCache;
    if (!volumesLoading) {
      volumesLoading = api.allVolumes().then((v) => {
        volumesCache = v;
        return volumesCache;
      }).finally(() => { volumesLoading = null; });
    }
    return volumesLoading;
  }

  async function showVolumes(route, focusDetail) {
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

  async function showVolumeCitations(volume, page, focusDetail) {
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
      const hrefFor = (p) => href.volume(volume, p);
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

  return {
    name: 'volumes',
    nav: 'volumes',
    title: (route) => (route.volume != null ? `Volume ${route.volume} — Verbatim` : 'Citations by volume — Verbatim'),
    show: (route, { initial, viewChanged }) => showVolumes(route, !initial && !viewChanged),
  };
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
        href: href.volume(v.volume),
        'data-volume': v.volume,
        'aria-current': v.volume === selected ? 'true' : null,
      }, `Vol. ${v.volume}`)),
      h('td', { class: 'num' }, fmt(v.citations)),
      h('td', { class: 'num' }, fmt(v.memoirs)),
      h('td', { class: 'num' }, fmt(v.quotations))))));
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
          ' · ', quotationLink(q.id)),
        q.citationCheck
          ? h('p', { class: 'fragment__meta fragment__check' }, 'Checked: ', checkSummary(q.citationCheck, { testid: 'volume-check' }))
          : null))
      : h('p', { class: 'hint' }, 'No quoted words are attached to this citation.'),
  ];
}
