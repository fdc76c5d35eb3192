// The citation checks view (#/checks?outcome=O&page=P): every memoir citation of the Works checked against the Works, filtered by outcome, each linking to its quotation.
import * as api from '../api.js';
import { OUTCOMES, checkSummary, outcomeLabel } from '../checks.js';
import { $, h } from '../dom.js';
import { plural } from '../format.js';
import { memoirLine, pager, quotationLink } from '../parts.js';
import { currentRoute, href } from '../router.js';
import { clearStatus, errorBox, showLoading } from '../status.js';

const CHECK_PAGE_SIZE = 20;

export function createChecksView() {
  const select = $('#checks-outcome');
  const statusEl = $('#checks-status');
  const listEl = $('#checks-list');
  let checksRequest = 0; // the latest request; older answers are dropped

  select.replaceChildren(
    h('option', { value: '' }, 'Every outcome'),
    ...Object.keys(OUTCOMES).map((o) => h('option', { value: o }, outcomeLabel(o))));
  // A new outcome is a new address (back and forward work, the link can be shared), from its first page.
  select.addEventListener('change', () => { location.hash = href.checks(select.value || null, 0); });
  $('#checks-filter').addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = href.checks(select.value || null, 0);
  });

  async function showChecks(route, focusHeading) {
    const request = ++checksRequest;
    const outcome = route.outcome && OUTCOMES[route.outcome] ? route.outcome : null;
    select.value = outcome || '';
    showLoading(statusEl, 'Loading citation checks…');
    listEl.setAttribute('aria-busy', 'true');
    try {
      const data = await api.citationChecks(outcome, route.page, CHECK_PAGE_SIZE);
      if (request !== checksRequest) return;
      const items = Array.isArray(data.items) ? data.items : [];
      const total = Number(data.total) || 0;
      const size = Number(data.size) || CHECK_PAGE_SIZE;
      const current = Number(data.page) || 0;
      const which = outcome ? ` with the outcome “${outcomeLabel(outcome)}”` : '';
      clearStatus(statusEl);
      statusEl.append(total ? `${plural(total, 'checked citation')}${which}.` : `No checked citation${which}.`);
      const hrefFor = (p) => href.checks(outcome, p);
      if (!items.length && current > 0) {
        listEl.replaceChildren(h('p', null, 'There is no such page. ', h('a', { href: hrefFor(0) }, 'Go to the first page'), '.'));
        return;
      }
      listEl.replaceChildren(
        pager(current, size, total, hrefFor, 'Pages of citation checks, top') || '',
        h('ol', { class: 'cards', 'data-testid': 'checks', start: current * size + 1 },
          items.map((item) => h('li', { class: 'card', 'data-outcome': item.citationCheck?.outcome || null }, renderCheck(item)))),
        pager(current, size, total, hrefFor, 'Pages of citation checks, bottom') || '');
      if (focusHeading) $('#checks-heading').focus();
    } catch (e) {
      if (request !== checksRequest) return;
      clearStatus(statusEl);
      listEl.replaceChildren(errorBox(e, () => showChecks(currentRoute(), true)));
    } finally {
      if (request === checksRequest) listEl.setAttribute('aria-busy', 'false');
    }
  }

  return {
    name: 'checks',
    nav: 'checks',
    title: () => 'Citation checks — Verbatim',
    show: (route, { initial, viewChanged }) => showChecks(route, !initial && !viewChanged),
  };
}

function renderCheck(item) {
  const check = item.citationCheck || {};
  return [
    h('h2', { class: 'card__title h3' }, check.claimed?.display || 'Citation'),
    h('p', { class: 'card__meta' }, memoirLine(item.memoir)),
    h('p', { class: 'check-row' }, checkSummary(check, { testid: 'checks-row' })),
    h('blockquote', { class: 'quote quote--small' }, h('p', null, item.text || '')),
    check.explanation
      ? h('details', { class: 'details' }, h('summary', null, 'Why this outcome'), h('p', null, check.explanation))
      : null,
    h('p', { class: 'actions' }, quotationLink(item.quotationId)),
  ];
}
