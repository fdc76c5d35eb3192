// Hash routing: the page's addresses (#/, #/volumes/26?page=2, #/duplicates, #/checks?outcome=PAGE_MISMATCH, #/quotation/ID, #/works, #/works/26/289, #/review), parsing and building them, and showing the view of the current one.
import { $ } from './dom.js';

// Links to these addresses leave the page: the service sends `#/quotation/ID` links to editor plugins
// (app.verbatim.editor.LanguageToolMatches), so their shapes stay as they are.
const pageQuery = (page) => (page > 0 ? `?page=${page + 1}` : '');
export const href = {
  lookup: () => '#/',
  volumes: () => '#/volumes',
  volume: (volume, page = 0) => `#/volumes/${encodeURIComponent(volume)}${pageQuery(page)}`,
  duplicates: (page = 0) => `#/duplicates${pageQuery(page)}`,
  checks: (outcome = null, page = 0) => {
    const query = new URLSearchParams();
    if (outcome) query.set('outcome', outcome);
    if (page > 0) query.set('page', String(page + 1));
    return `#/checks${query.size ? `?${query}` : ''}`;
  },
  quotation: (id) => `#/quotation/${encodeURIComponent(id)}`,
  works: () => '#/works',
  worksPage: (volume, page) => `#/works/${encodeURIComponent(volume)}/${encodeURIComponent(page)}`,
  review: (page = 0) => `#/review${pageQuery(page)}`,
};

/**
 * The route of a hash: { view: 'lookup' } for #/ and #/lookup, { view: 'volumes', volume, page },
 * { view: 'duplicates', page }, { view: 'checks', outcome, page } (outcome null for every one), { view: 'quotation', id }, { view: 'works' } for the list of the Works' volumes,
 * { view: 'works-page', volume, page } for a printed page (page null for #/works/26: the volume's first page),
 * { view: 'review', page } for the review queue,
 * else { view: 'notfound' }. Pages of lists count from 0 here and from 1 in ?page=; printed pages are as printed.
 */
export function parseRoute(hash) {
  let raw;
  try {
    raw = decodeURIComponent(hash.replace(/^#/, '')) || '/';
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
  if (parts[0] === 'checks' && parts.length === 1) {
    const outcome = params.get('outcome');
    return { view: 'checks', outcome: outcome && /^[A-Z_]{1,40}$/.test(outcome) ? outcome : null, page };
  }
  if (parts[0] === 'works' && parts.length === 1) return { view: 'works' };
  if (parts[0] === 'works' && parts.length <= 3 && parts.slice(1).every((n) => /^\d{1,5}$/.test(n))) {
    return { view: 'works-page', volume: Number(parts[1]), page: parts.length === 3 ? Number(parts[2]) : null };
  }
  if (parts[0] === 'review' && parts.length === 1) return { view: 'review', page };
  if (parts[0] === 'quotation' && parts.length === 2 && /^\d+$/.test(parts[1])) return { view: 'quotation', id: parts[1] };
  return { view: 'notfound' };
}

export const currentRoute = () => parseRoute(location.hash);

/**
 * Shows the view of the current address now and on every hash change. Each view is
 * { name, nav, title(route), show?(route, { initial, viewChanged }) }: `name` matches the data-view of its
 * section in index.html and the route's view, `nav` the data-nav of its link in the main navigation (or null).
 */
export function startRouter(views) {
  const byName = new Map(views.map((v) => [v.name, v]));
  let shownView = null;

  function route(initial) {
    const parsed = currentRoute();
    const r = byName.has(parsed.view) ? parsed : { view: 'notfound' };
    const view = byName.get(r.view);
    const viewChanged = r.view !== shownView;
    for (const section of document.querySelectorAll('.view')) {
      section.hidden = section.dataset.view !== r.view;
    }
    for (const link of document.querySelectorAll('[data-nav]')) {
      if (view.nav && link.dataset.nav === view.nav) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    document.title = view.title(r);
    shownView = r.view;

    // After a click on a link the heading of what changed takes focus, so keyboard and screen-reader
    // users land on the new content; on the first load focus stays where the browser put it.
    const focusHeading = !initial && viewChanged;
    if (focusHeading) {
      const heading = $(`#view-${r.view} h1`);
      if (heading) heading.focus({ preventScroll: false });
    }
    if (view.show) view.show(r, { initial, viewChanged });
    if (!focusHeading && !initial) window.scrollTo({ top: 0 });
  }

  window.addEventListener('hashchange', () => route(false));
  route(true);
}
