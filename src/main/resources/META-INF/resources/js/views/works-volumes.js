// The Works view (#/works): the volumes of the Collected Works the service holds, with period and pages, each opening at its first page; a form to go to any page.
import * as api from '../api.js';
import { $, fragment, h } from '../dom.js';
import { fmt, plural } from '../format.js';
import { worksJumpForm } from '../parts.js';
import { href } from '../router.js';
import { clearStatus, errorBox, showLoading } from '../status.js';

/** The 4th English edition has 45 volumes; the ones the service lacks are named as not available. */
const EDITION_VOLUMES = 45;

export function createWorksVolumesView() {
  const statusEl = $('#works-status');
  const listEl = $('#works-list');
  const jumpEl = $('#works-jump');
  let volumes = null; // the list (about 600 kB with every volume's works), loaded once

  async function show() {
    if (!volumes) showLoading(statusEl, 'Loading the volumes of the Works…');
    listEl.setAttribute('aria-busy', 'true');
    try {
      const list = volumes || await api.allWorksVolumes();
      if (list.length) volumes = list;
      clearStatus(statusEl);
      jumpEl.replaceChildren(list.length ? worksJumpForm({ id: 'works-jump', volumes: list, volume: list[0].volume }) : '');
      listEl.replaceChildren(fragment(renderVolumes(list)));
    } catch (e) {
      clearStatus(statusEl);
      jumpEl.replaceChildren();
      listEl.replaceChildren(errorBox(e, show));
    } finally {
      listEl.setAttribute('aria-busy', 'false');
    }
  }

  return {
    name: 'works',
    nav: 'works',
    title: () => 'The Collected Works — Verbatim',
    show,
  };
}

function missingVolumes(list) {
  const held = new Set(list.map((v) => v.volume));
  return Array.from({ length: EDITION_VOLUMES }, (_, i) => i + 1).filter((n) => !held.has(n));
}

function renderVolumes(list) {
  if (!list.length) return h('p', null, 'The service holds no volume of the Works yet; it may still be loading them.');
  const missing = missingVolumes(list);
  return [
    h('p', { class: 'hint', 'data-testid': 'works-summary' },
      `${plural(list.length, 'volume')} of ${EDITION_VOLUMES}`,
      missing.length ? `; not available: ${missing.join(', ')}.` : '.'),
    h('table', { class: 'table works-table', 'data-testid': 'works-volumes' },
      h('caption', { class: 'visually-hidden' }, 'Volumes of the Collected Works, with period and printed pages'),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Volume'),
        h('th', { scope: 'col' }, 'Period'),
        h('th', { scope: 'col', class: 'num' }, 'Pages'),
        h('th', { scope: 'col', class: 'num' }, 'Works'))),
      h('tbody', null, list.map((v) => {
        const works = Array.isArray(v.works) ? v.works.filter((w) => !w.editorial).length : null;
        return h('tr', null,
          h('th', { scope: 'row' }, h('a', { href: href.worksPage(v.volume, v.firstPage), 'data-volume': v.volume }, `Vol. ${v.volume}`)),
          h('td', { class: 'works-table__period' }, v.period || h('span', { class: 'hint' }, 'not given')),
          h('td', { class: 'num' }, `${fmt(v.firstPage)}–${fmt(v.lastPage)}`),
          h('td', { class: 'num' }, works == null ? '' : fmt(works)));
      }))),
  ];
}
