// The answer of a lookup: verdict, explanation, best match with its wording against the text, memoirs quoting the same passage, other matches.
import { diffLegend, diffView } from '../diff.js';
import { h } from '../dom.js';
import { VERDICTS, changeCount, chapterText, fmt, plural, scoreText, sourceLabel } from '../format.js';
import { citationBlock, memoirLine, quotationLink, storedText } from '../parts.js';

/** The whole answer of POST /api/v1/lookup, as a fragment. */
export function renderLookupResult(result) {
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
