package app.verbatim.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import app.verbatim.text.Reference;
import app.verbatim.text.Sentences;
import app.verbatim.text.SpeechVerbs;

/**
 * Joins a quotation broken by its own attribution — {@code "Soldiers!" ran the message. "The cause
 * of peace..."} or {@code "In spite of...," writes Gorbunov, "the State Bank..."} — back into one:
 * the speaker said it as one piece, and a reader looks it up as one.
 */
final class InterruptedQuotations {

    /**
     * An attribution clause between the pieces: a long one when the sentence goes on after it ("...," Ilyich
     * wrote in a letter to Gorky dated April 11, 1910, "..."), a short one when a new sentence starts ("...,"
     * Ilyich checked me. "..."): a longer clause before a new sentence is narration between two quotations.
     */
    private static final int MAX_GAP = 160;
    private static final int MAX_GAP_BEFORE_NEW_SENTENCE = 80;
    /** The marks and stops around the clause: '," he said, "' less the clause. */
    private static final Pattern EDGES = Pattern.compile("^[\\s\\p{Pd},.;:!?\"“”‘’']+|[\\s\\p{Pd},.;:!?\"“”‘’']+$");

    private static final Pattern ASIDE = Pattern.compile("\\([^()\\n]{1,60}\\)");

    private InterruptedQuotations() {
    }

    static List<ExtractedQuotation> join(String text, List<ExtractedQuotation> quotations) {
        List<ExtractedQuotation> out = new ArrayList<>();
        for (ExtractedQuotation q : quotations) {
            ExtractedQuotation last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && interrupts(text, last, q)) {
                out.set(out.size() - 1, merge(last, q));
            } else {
                out.add(q);
            }
        }
        List<ExtractedQuotation> renumbered = new ArrayList<>();
        for (ExtractedQuotation q : out) {
            renumbered.add(q.renumbered(renumbered.size()));
        }
        return renumbered;
    }

    private static boolean interrupts(String text, ExtractedQuotation first, ExtractedQuotation second) {
        if (!first.speaker().equals(second.speaker()) || first.chapterOrdinal() != second.chapterOrdinal()
                || first.end() >= second.start() || second.start() - first.end() > MAX_GAP
                || (first.citation() != null && first.citationGroup() != second.citationGroup())) {
            return false;
        }
        // an editor's aside in the tag ("...," (July 1st, New Style) he wrote, "...") is no narration of its own
        String gap = ASIDE.matcher(text.substring(first.end(), second.start())).replaceAll(" ");
        String clause = EDGES.matcher(gap).replaceAll("");
        if (gap.indexOf('\n') >= 0 || clause.isEmpty() || !oneClause(clause)) {
            return false;
        }
        String before = first.text().stripTrailing();
        boolean firstEnds = !before.isEmpty() && Sentences.isTerminator(before.charAt(before.length() - 1));
        String after = gap.replaceAll("[\\s\"“”‘’']+$", "");
        boolean newSentence = firstEnds || after.endsWith(".") || after.endsWith("!") || after.endsWith("?");
        if (newSentence && gap.length() > MAX_GAP_BEFORE_NEW_SENTENCE) {
            return false;
        }
        // "Let's say good-bye," Ilyich checked me. "We may ...": after a comma the person and a verb make the tag
        return attributionWords(clause) || before.endsWith(",") && PERSON_TAG.matcher(clause).matches();
    }

    private static final Pattern PERSON_TAG = Pattern.compile(
            "(?:[Hh]e|[Ss]he|[A-Z][\\p{L}.-]*(?:\\s+[A-Z][\\p{L}.-]*)?)\\s+[a-z]+(?:ed|s)\\b[\\p{L}\\s,'’-]{0,30}");

    /** No other quotation and no sentence ending inside: "he said, laughing" but not "he said. Then he left". */
    private static boolean oneClause(String clause) {
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (QuoteScanner.isDoubleMark(c) || c == '‘' || c == '(' || c == ')') return false;
            if (Sentences.isTerminator(c) && Sentences.endsAt(clause, i)) return false;
        }
        return true;
    }

    /**
     * "ran the message", "writes Gorbunov", "Vladimir Ilyich wrote to ...": a speech verb or a noun of speech or
     * writing among the clause's first words. A tag opens with its speaker and verb; a clause whose verb comes
     * late (", excluding Longuet and Martov, and concludes:") is narration leading to new words.
     */
    private static final int TAG_VERB_WITHIN = 4;

    private static boolean attributionWords(String gap) {
        String[] words = gap.toLowerCase(Locale.ROOT).replaceFirst("^[^\\p{L}]+", "").split("[^\\p{L}]+");
        for (String word : java.util.Arrays.copyOf(words, Math.min(words.length, TAG_VERB_WITHIN))) {
            if (SpeechVerbs.isSpeechVerb(word) || SpeechVerbs.WRITING.contains(word)
                    || Lexicon.SPEECH_NOUNS.contains(word) || Lexicon.WRITTEN_NOUNS.contains(word)
                    || word.equals("ran") || word.equals("runs")) {
                return true;
            }
        }
        return false;
    }

    private static ExtractedQuotation merge(ExtractedQuotation a, ExtractedQuotation b) {
        Reference citation = b.citation() != null ? b.citation() : a.citation();
        int group = b.citation() != null ? b.citationGroup() : a.citationGroup();
        String note = a.attributionNote() == null ? b.attributionNote() : a.attributionNote();
        return new ExtractedQuotation(a.ordinal(), a.text() + " " + b.text(), a.start(), b.end(), a.chapterOrdinal(), a.speaker(),
                a.speakerKind(), Math.max(a.confidence(), b.confidence()), note, a.kind(), citation, group,
                a.issuingBody() != null ? a.issuingBody() : b.issuingBody());
    }
}
