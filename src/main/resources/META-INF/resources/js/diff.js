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

/** A word of an alignment as a pattern over the printed text: any case, either apostrophe, either dash. */
const wordPattern = (word) => {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, '[\'’]').replace(/[-–—]/g, '[-–—]');
  // Whole words: "of" is not the start of "offer".
  return `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`;
};

/**
 * One side of an alignment marked on that side's own printed text, punctuation and all: `side` 'wording' marks
 * the words only in the wording (<del>), 'reference' those only in the reference (<ins>; words the wording left out
 * with an ellipsis too). Answers null when the alignment's words cannot all be found in order in the text.
 */
function markedSide(text, differences, side, { from, to }) {
  const mine = side === 'wording' ? from : to;
  const other = side === 'wording' ? to : from;
  const spans = []; // [start, end, marked, omitted]
  let at = 0;
  for (const step of differences || []) {
    const words = String(step[side] ?? '').split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    let start = -1;
    for (const word of words) {
      const m = new RegExp(wordPattern(word), 'iu').exec(text.slice(at));
      if (!m) return null;
      if (start < 0) start = at + m.index;
      at += m.index + m[0].length;
    }
    spans.push([start, at, step.op !== 'equal', step.op === 'omitted']);
  }
  const p = h('p');
  let done = 0;
  for (const [start, end, marked, omitted] of spans) {
    if (!marked) continue;
    p.append(text.slice(done, start));
    const words = text.slice(start, end);
    p.append(side === 'wording'
      ? h('del', { title: `In ${mine}, not in ${other}` }, srOnly(`[${mine} only: `), words, srOnly(']'))
      : h('ins', { class: omitted ? 'omitted' : null, title: omitted ? `Left out of ${other}` : `In ${mine}, not in ${other}` },
        srOnly(omitted ? `[left out of ${other}: ` : `[${mine} only: `), words, srOnly(']')));
    done = end;
  }
  p.append(text.slice(done));
  return p;
}

/**
 * Two wordings side by side, each as printed with the words it alone has marked: `wording` (struck, as in
 * diffView) beside `reference` (underlined). Where the alignment's words cannot be found in a text, that
 * column shows the text unmarked, and the one-line alignment follows so no difference goes unseen.
 */
export function sideBySide({ wording, reference, differences, from, to, fromTitle, toTitle, toFooter, testid }) {
  const list = Array.isArray(differences) ? differences : [];
  const left = markedSide(wording || '', list, 'wording', { from, to });
  const right = markedSide(reference || '', list, 'reference', { from, to });
  const column = (title, marked, text, className, footer) => h('div', { class: 'side-by-side__column' },
    h('h4', { class: 'side-by-side__title' }, title),
    h('blockquote', { class: className ? `quote ${className}` : 'quote' }, marked || h('p', null, text || '')),
    footer || null);
  return [
    changeCount(list) ? diffLegend({ from, to }) : null,
    h('div', { class: 'side-by-side', 'data-testid': testid || null },
      column(fromTitle, left, wording, null, null),
      column(toTitle, right, reference, 'quote--works', toFooter)),
    (!left || !right) && changeCount(list)
      ? h('div', { class: 'diff-box' }, diffView(list, { from, to }))
      : null,
  ];
}
