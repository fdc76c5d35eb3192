// Formatting helpers: numbers, plurals and the words the page uses for verdicts, speakers, chapters, citations, places in the Works and scores.

const numberFormat = new Intl.NumberFormat('en');
export const fmt = (n) => numberFormat.format(n);
export const plural = (n, one, many = one + 's') => `${fmt(n)} ${n === 1 ? one : many}`;

export const VERDICTS = {
  VERIFIED: { icon: '✓', label: 'Verified: Lenin’s words, as a memoir or his Collected Works give them' },
  VARIANT: { icon: '≈', label: 'Variant: Lenin’s words, but worded differently' },
  MISATTRIBUTED: { icon: '✗', label: 'Misattributed: these are someone else’s words' },
  NOT_FOUND: { icon: '?', label: 'Not found: neither the memoirs nor the Collected Works hold these words' },
};

export const SPEAKER_KINDS = {
  PERSON: 'a person',
  DOCUMENT: 'a document',
  MEMOIRIST: 'the memoirist',
  UNKNOWN: 'unknown',
};

export const KINDS = { SPOKEN: 'Spoken', WRITTEN: 'Written' };

export function chapterText(chapter) {
  if (!chapter) return null;
  if (chapter.number != null) return chapter.title ? `Chapter ${chapter.number}: ${chapter.title}` : `Chapter ${chapter.number}`;
  return chapter.title || null;
}

/** Whether the memoir printed the citation otherwise than the tidy display form. */
export function printedOtherwise(raw, display) {
  if (!raw) return false;
  const norm = (s) => s.replace(/^[\s(]+|[\s).;,]+$/g, '').replace(/\s+/g, ' ').toLowerCase();
  return norm(raw) !== norm(display || '');
}

export function citationText(citation) {
  if (!citation) return null;
  return citation.display || citation.raw || null;
}

/** How many steps of a word alignment are not "equal". */
export function changeCount(differences) {
  return (differences || []).filter((d) => d.op !== 'equal').length;
}

/** Whose words a match is: Lenin's, another speaker's, the memoirist's own narration, or in the Works someone Lenin quotes or the editors. */
export function sourceLabel(match) {
  switch (match.kind) {
    case 'NARRATION': return `${match.memoir?.author || 'The memoirist'}’s own narration, not a quotation`;
    case 'LENIN': return 'Lenin’s own words, in his Collected Works';
    case 'QUOTED': return `Not Lenin’s: words Lenin quotes from ${quotedAuthor(match.speaker)}`;
    case 'EDITORIAL': return 'Not Lenin’s: the editors’ note in the Collected Works';
    default:
      if (match.lenin) return 'Lenin, quoted';
      return match.speaker ? `${match.speaker}, quoted` : 'Someone other than Lenin, quoted';
  }
}

/** The author Lenin quotes, as the Works name him ("unknown" when they do not). */
const quotedAuthor = (speaker) => (speaker && speaker.toLowerCase() !== 'unknown' ? speaker : 'someone he does not name');

/** "p. 289", "pp. 254–255", "pp. 12, 15–16" from [{first, last}]. */
export function pagesText(pages) {
  const ranges = (pages || []).filter((p) => p && p.first != null);
  if (!ranges.length) return '';
  const one = ranges.length === 1 && (ranges[0].last == null || ranges[0].last === ranges[0].first);
  const list = ranges.map((p) => (p.last != null && p.last !== p.first ? `${p.first}–${p.last}` : `${p.first}`));
  return `${one ? 'p.' : 'pp.'} ${list.join(', ')}`;
}

/** "Vol. 26, p. 289". */
export const worksPlaceText = (works) => `Vol. ${works.volume}${pagesText(works.pages) ? `, ${pagesText(works.pages)}` : ''}`;

/** "4th English edition" from "4th English edition, Progress Publishers, Moscow". */
export const editionShort = (edition) => (edition ? edition.split(',')[0].trim() : '');

/**
 * The label of a marked stretch of a Works page: whose words they are. The source is read from the text
 * before the quotation; one that does not begin with a capital ("he", "soldiers have") names nobody.
 */
export function stretchLabel(stretch) {
  if (stretch.kind === 'EDITORIAL') return 'editors';
  return stretch.source && /^\p{Lu}/u.test(stretch.source) ? `quoted from ${stretch.source}` : 'quoted';
}

export function scoreText(match) {
  if (typeof match.score !== 'number') return null;
  const pct = Math.round(match.score * 100);
  return match.exact ? `${pct}% · word for word` : `${pct}%`;
}
