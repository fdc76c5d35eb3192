// The word-by-word alignment of two wordings, with its legend.
import { h, srOnly } from './dom.js';
import { changeCount, plural } from './format.js';

/**
 * The word alignment. Words only in the first wording (`submitted` of a lookup or draft match; `wording` of a
 * duplicate, a cluster member or a quotation against the Works) are struck (<del>), words only in the second
 * (`stored`; `reference`) are underlined (<ins>); a replace shows both, struck first.
 */
export function diffView(differences, { from = 'your text', to = 'the memoir' } = {}) {
  const p = h('p', { class: 'diff' });
  const del = (words) => h('del', { title: `In ${from}, not in ${to}` }, srOnly(`[${from} only: `), words, srOnly(']'));
  const ins = (words) => h('ins', { title: `In ${to}, not in ${from}` }, srOnly(`[${to} only: `), words, srOnly(']'));
  let first = true;
  for (const step of differences || []) {
    const d = { op: step.op, submitted: step.submitted ?? step.wording, stored: step.stored ?? step.reference };
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

export function diffLegend({ from = 'your text', to = 'the memoir' } = {}) {
  return h('p', { class: 'legend' },
    h('span', { class: 'visually-hidden' }, 'Legend: '),
    h('span', { class: 'legend__item' }, h('del', null, 'struck'), ` = in ${from} only`),
    h('span', { class: 'legend__item' }, h('ins', null, 'underlined'), ` = in ${to} only`),
    h('span', { class: 'legend__item' }, 'plain = the same in both'));
}

/**
 * The alignment as the views show it: "agree word for word", or how many differences, the legend and the
 * words; `from` names the submitted wording, `to` the stored one.
 */
export function differencesBlock(differences, { from = 'your text', to = 'the memoir', testid = 'differences' } = {}) {
  const list = Array.isArray(differences) ? differences : [];
  const changes = changeCount(list);
  if (!list.length) return [h('p', { class: 'hint' }, 'No word alignment was returned for this match.')];
  if (changes === 0) {
    return [h('p', { class: 'same' }, h('span', { 'aria-hidden': 'true' }, '✓ '),
      `${from.charAt(0).toUpperCase()}${from.slice(1)} and ${to} agree word for word.`)];
  }
  return [
    h('p', { class: 'hint' }, `${plural(changes, 'difference')}, word by word:`),
    diffLegend({ from, to }),
    h('div', { class: 'diff-box', 'data-testid': testid }, diffView(list, { from, to })),
  ];
}
