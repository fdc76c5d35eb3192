package app.verbatim.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.verbatim.text.LeninNames;
import app.verbatim.text.Sentences;
import app.verbatim.text.SpeechVerbs;
import app.verbatim.text.Words;

/**
 * Finds indirect speech attributed to Lenin: "Lenin wrote that …", "As Ilyich put it, …", "according to Lenin, …".
 * The reported words run from the end of the introducing phrase to the end of the sentence.
 */
final class ReportedSpeechScanner {

    private static final String VERBS = SpeechVerbs.alternation(SpeechVerbs.REPORTING);

    private static final Pattern INTRODUCTION = Pattern.compile(
            "(?<![\\p{L}])(?:"
                    + LeninNames.REGEX + "\\s+(?:(?:once|also|famously|himself|repeatedly|rightly)\\s+)?(?:" + VERBS
                    + ")(?:\\s+once)?\\s+that"
                    + "|[Aa]s\\s+" + LeninNames.REGEX + "\\s+(?:(?:once|so\\s+aptly|aptly|rightly)\\s+)?"
                    + "(?:" + SpeechVerbs.alternation(SpeechVerbs.PHRASES) + "|" + VERBS + ")"
                    + "|[Aa]ccording\\s+to\\s+" + LeninNames.REGEX
                    + ")[ \\t]*,?\\s*");

    /**
     * @param quotations quotations already found by their marks, sorted by start; indirect speech that overlaps one
     *                   is left to it, since the marked words are the more exact span
     */
    List<Candidate> scan(String draft, List<Candidate> quotations) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = INTRODUCTION.matcher(draft);
        m.useTransparentBounds(true); // the look-behind must see the character before a window
        int next = 0;
        int searchFrom = 0;
        // every introduction contains one of Lenin's names: visit those instead of trying the regex everywhere
        for (int mention : LeninNames.mentions(draft)) {
            int windowStart = Math.max(searchFrom, mention - INTRODUCTION_BEFORE_NAME);
            int windowEnd = Math.min(draft.length(), mention + INTRODUCTION_AFTER_NAME);
            if (windowStart >= windowEnd) {
                continue;
            }
            m.region(windowStart, windowEnd);
            if (!m.find()) {
                continue;
            }
            searchFrom = m.end();
            while (next < quotations.size() && quotations.get(next).outerEnd() <= m.start()) {
                next++;
            }
            Candidate c = reported(draft, m.start(), m.end(), quotations, next);
            if (c != null) {
                found.add(c);
                searchFrom = c.outerEnd();
            }
        }
        return found;
    }

    /** "according to Vladimir Ilyich " puts the name this far after the introduction's start, at most. */
    private static final int INTRODUCTION_BEFORE_NAME = 24;
    /** Room after the name for "Ilyich so aptly put it, " and the like. */
    private static final int INTRODUCTION_AFTER_NAME = 80;

    private static Candidate reported(String draft, int introStart, int start, List<Candidate> quotations, int next) {
        int sentenceEnd = Math.min(Sentences.BLANK_LINE_PARAGRAPHS.endOf(draft, start), start + QuoteMarkScanner.MAX_QUOTATION);
        int end = trimApparatus(draft, start, sentenceEnd);
        for (int k = next; k < quotations.size() && quotations.get(k).outerStart() < sentenceEnd; k++) {
            if (quotations.get(k).overlaps(introStart, sentenceEnd)) {
                return null;
            }
        }
        if (Words.count(draft, start, end) == 0) {
            return null;
        }
        return new Candidate(start, end, introStart, sentenceEnd, Form.REPORTED, draft.substring(start, end));
    }

    /**
     * Steps back over what closes the sentence but is the writer's, not Lenin's: the stop, a citation
     * "(Works, Vol. 26)", a note "[^3]" or "\\footnote{…}". Works backwards by hand so it stays linear.
     */
    static int trimApparatus(String draft, int start, int end) {
        String s = draft.substring(start, end); // at most one capped sentence, so searches below stay bounded
        int e = s.length();
        int before;
        do {
            before = e;
            while (e > 0 && isTrailingPunctuation(s.charAt(e - 1))) {
                e--;
            }
            if (e > 0) {
                char last = s.charAt(e - 1);
                int open = -1;
                if (last == ')') {
                    open = s.lastIndexOf('(', e - 1);
                } else if (last == ']') {
                    open = s.lastIndexOf('[', e - 1);
                } else if (last == '}') {
                    open = Math.max(s.lastIndexOf("\\footnote{", e - 1), s.lastIndexOf("\\cite{", e - 1));
                }
                if (open > 0) {
                    e = open;
                }
            }
        } while (e != before);
        return start + e;
    }

    private static boolean isTrailingPunctuation(char c) {
        return Words.isSpace(c) || c == '.' || c == '!' || c == '?' || c == '…' || c == ',' || c == ';' || c == ':';
    }
}
