// Formatting helpers: numbers, plurals and the words the page uses for verdicts, speakers, chapters, citations and scores.

const numberFormat = new Intl.NumberFormat('en');
export const fmt = (n) => numberFormat.format(n);
export const plural = (n, one, many = one + 's') => `${fmt(n)} ${n === 1 ? one : many}`;

export const VERDICTS = {
  VERIFIED: { icon: '✓', label: 'Verified: Lenin’s words, as a memoir quotes them' },
  VARIANT: { icon: '≈', label: 'Variant: Lenin’s words, but worded differently' },
  MISATTRIBUTED: { icon: '✗', label: 'Misattributed: these are someone else’s words' },
  NOT_FOUND: { icon: '?', label: 'Not found: no memoir in the corpus quotes these words' },
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

/** Whose words a match is: Lenin's, another speaker's, or the memoirist's own narration. */
export function sourceLabel(match) {
  if (match.source === 'NARRATION') return `${match.memoir?.author || 'The memoirist'}’s own narration, not a quotation`;
  if (match.lenin) return 'Lenin, quoted';
  return match.speaker ? `${match.speaker}, quoted` : 'Someone other than Lenin, quoted';
}

export function scoreText(match) {
  if (typeof match.score !== 'number') return null;
  const pct = Math.round(match.score * 100);
  return match.exact ? `${pct}% · word for word` : `${pct}%`;
}
