// The duplicates view (#/duplicates?page=P): passages quoted more than once, flagged where the memoirs cite them differently.
import * as api from '../api.js';
import { diffLegend, diffView } from '../diff.js';
import { $, h } from '../dom.js';
import { changeCount, fmt, plural } from '../format.js';
import { citationBlock, memoirLine, pager, quotationLink } from '../parts.js';
import { currentRoute, href } from '../router.js';
import { clearStatus, errorBox, showLoading } from '../status.js';

const DUPLICATE_PAGE_SIZE = 20;

export function createDuplicatesView() {
  const statusEl = $('#duplicates-status');
  const listEl = $('#duplicates-list');
  let duplicatesRequest = 0; // the latest request; older answers are dropped

  async function showDuplicates(route, focusList) {
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
      const hrefFor = (p) => href.duplicates(p);
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

  return {
    name: 'duplicates',
    nav: 'duplicates',
    title: () => 'Passages quoted more than once — Verbatim',
    show: (route, { initial, viewChanged }) => showDuplicates(route, !initial && !viewChanged),
  };
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
