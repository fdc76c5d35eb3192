// The answer of a lookup: verdict, explanation, what was searched, best match (a memoir's or the Works', a memoir's citation checked against the Works) with its wording against the text, memoirs quoting the same passage, other matches.
import { checkSummary } from '../checks.js';
import { diffLegend, diffView, differencesBlock } from '../diff.js';
import { h } from '../dom.js';
import { VERDICTS, changeCount, chapterText, fmt, plural, scoreText, sourceLabel } from '../format.js';
import { citationBlock, memoirLine, quotationLink, storedText, worksLine } from '../parts.js';
import { href } from '../router.js';

const isWorks = (match) => match.source === 'WORKS';
/** What the text is compared with, for the headings and the legend of the differences. */
const storedName = (match) => (isWorks(match) ? 'the Works' : 'the memoir');

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
    const whose = result.attributedTo === 'editors' ? 'the editors of the Collected Works' : result.attributedTo;
    frag.append(h('p', { class: 'attributed' }, 'The words belong to ', h('strong', null, whose), '.'));
  }

  if (result.verdict === 'NOT_FOUND' && result.searched) frag.append(renderSearched(result.searched));
  if (matches.length === 0) {
    if (result.verdict === 'NOT_FOUND') {
      frag.append(h('p', { class: 'hint' },
        'This does not prove Lenin never said or wrote it, only that neither the memoirs in the corpus nor the ',
        'volumes of the Works searched hold it. Check the wording, or try a shorter distinctive phrase from it.'));
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

/** "Searched: the memoirs in the corpus; 39 volumes of the Collected Works; not available: 3, 4, …". */
function renderSearched(searched) {
  const missing = Array.isArray(searched.missingVolumes) ? searched.missingVolumes : [];
  const volumes = Number(searched.worksVolumes) || 0;
  return h('p', { class: 'searched', 'data-testid': 'searched' },
    h('strong', null, 'Searched: '),
    searched.memoirs ? 'the memoirs in the corpus; ' : 'not the memoirs; ',
    volumes ? [plural(volumes, 'volume'), ' of the ', h('cite', null, 'Collected Works'), ' searched'] : 'no volume of the Collected Works',
    // while the Works load, the volumes not searched are not missing from the edition: a later lookup may find more
    searched.worksLoading
      ? `; the Works are still loading${missing.length ? ` (not searched yet: ${missing.join(', ')})` : ''}, ask again in a minute`
      : (missing.length ? `; not available: ${missing.join(', ')}` : ''),
    '.');
}

function renderBestMatch(match, verdict) {
  const works = isWorks(match);
  const section = h('section', { class: 'panel best-match', 'aria-labelledby': 'best-match-heading' },
    h('h2', { id: 'best-match-heading' }, 'Best match'));

  section.append(h('dl', { class: 'facts' },
    h('dt', null, 'Source'),
    h('dd', { 'data-testid': 'source' }, works
      ? worksLine(match.works, { testid: 'works-place' })
      : memoirLine(match.memoir, { chapter: false })),
    chapterText(match.memoir?.chapter) ? [h('dt', null, 'Chapter'), h('dd', null, chapterText(match.memoir.chapter))] : null,
    h('dt', null, 'Words of'),
    h('dd', { 'data-testid': 'words-of' }, sourceLabel(match)),
    works ? null : [h('dt', null, 'Cited as'), h('dd', null, citationBlock(match.citation, { testid: 'citation', copy: true }))],
    !works && match.citationCheck
      ? [h('dt', null, 'Checked'), h('dd', null, checkSummary(match.citationCheck, { testid: 'match-check' }))]
      : null,
    scoreText(match) ? [h('dt', null, 'Match'), h('dd', null, scoreText(match))] : null,
    works && match.works.locatedBy === 'MEMOIR_QUOTATION'
      ? [h('dt', null, 'Found'), h('dd', null, 'where a memoir quotation of these words was located at import')]
      : null));

  section.append(h('h3', null, works ? 'The passage in the Works' : 'Stored wording'));
  section.append(storedText(match.text || '', match.location, works ? 'quote--works' : null));

  section.append(h('h3', null, `Your text against ${storedName(match)}`));
  section.append(...differencesBlock(match.differences, { to: storedName(match) }));

  const actions = h('p', { class: 'actions' });
  const firstPage = match.works?.pages?.[0]?.first;
  if (works && firstPage != null) actions.append(h('a', { href: href.worksPage(match.works.volume, firstPage) }, 'Open this page of the Works'));
  if (match.quotationId != null) actions.append(quotationLink(match.quotationId, 'Open this quotation'));
  if (actions.childNodes.length) section.append(actions);
  if (verdict === 'MISATTRIBUTED') {
    const why = {
      NARRATION: 'The memoirist wrote these words in their own voice; later writers turned them into a Lenin quotation.',
      QUOTED: 'Lenin quotes these words from someone else; they are not his own.',
      EDITORIAL: 'The editors of the Collected Works wrote these words, in a note, preface or index; they are not Lenin’s.',
    }[match.kind];
    if (why) section.append(h('p', { class: 'hint' }, why));
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
  const works = isWorks(m);
  const to = storedName(m);
  return [
    h('p', { class: 'card__title' }, works ? worksLine(m.works) : memoirLine(m.memoir)),
    h('p', { class: 'card__meta' }, sourceLabel(m), scoreText(m) ? ` · ${scoreText(m)}` : ''),
    works && m.works.locatedBy === 'MEMOIR_QUOTATION'
      ? h('p', { class: 'hint', 'data-testid': 'located-by-memoir' },
        'Where the memoir quotation above was located in the Works: its translation differs too much from the English one for the search alone.')
      : null,
    works ? null : citationBlock(m.citation),
    !works && m.citationCheck ? h('p', { class: 'card__meta' }, 'Checked: ', checkSummary(m.citationCheck)) : null,
    storedText(m.text || '', m.location, works ? 'quote--works' : null),
    changeCount(m.differences) > 0
      ? h('details', { class: 'details' },
        h('summary', null, `${plural(changeCount(m.differences), 'difference')} from your text`),
        diffLegend({ to }),
        h('div', { class: 'diff-box' }, diffView(m.differences, { to })))
      : null,
    m.quotationId != null ? h('p', { class: 'actions' }, quotationLink(m.quotationId)) : null,
  ];
}
