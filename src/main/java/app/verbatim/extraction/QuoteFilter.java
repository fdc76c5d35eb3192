package app.verbatim.extraction;

import java.util.List;
import java.util.Locale;

import app.verbatim.text.LeninNames;
import app.verbatim.text.QuoteShape;
import app.verbatim.text.SpeechVerbs;
import app.verbatim.text.Words;

/**
 * Tells quotations from quote marks used for other things: scare quotes (we "took power"),
 * titles ("Reply to Peasants' Questions"), slogans and names.
 */
final class QuoteFilter {

    private static final int NOUN_PHRASE_WORDS = 6;
    private static final java.util.regex.Pattern PERSON_TAG = java.util.regex.Pattern.compile(
            "[\\s\"“”’']*(?:[Hh]e|[Ss]he|[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+[a-z]+(?:ed|s)\\b");

    enum Verdict { QUOTATION, SCARE_QUOTE, TITLE }

    Verdict judge(QuoteContext q) {
        return judge(q, false);
    }

    /**
     * {@code cited}: the sentence holding the words ends in a reference to Lenin's writings. The memoirist gives
     * a source for them, so even two words ("an 'unassailable reputation'") are quoted, not scare quotes.
     */
    Verdict judge(QuoteContext q, boolean cited) {
        String content = q.content();
        List<String> words = words(content);
        if (words.isEmpty()) return Verdict.SCARE_QUOTE;
        // one word in marks is a term held at arm's length (the Menshevik "conference"), cited sentence or not
        cited = cited && words.size() > 1;
        List<String> before = words(q.leadIn());
        String lead = q.leadIn().strip();
        boolean colon = lead.endsWith(":");
        boolean trailerVerb = tagFollows(content, q.trailer())
                && (tagVerbIn(words(q.trailer()), 5) || q.trailer().toLowerCase(Locale.ROOT).matches("\\s*,?\\s*ran\\b.*"));
        boolean leadVerb = speechVerbIn(tail(before, 6), 6);
        // "Let's say good-bye," Ilyich checked me: words running on by a comma into a person are that person's
        boolean personTag = content.stripTrailing().endsWith(",") && PERSON_TAG.matcher(q.trailer()).lookingAt();
        trailerVerb = trailerVerb || personTag;
        boolean cry = standsAsACry(q, content, lead);
        boolean cue = colon || trailerVerb || leadVerb || cited || cry;

        if (!colon && containsAny(tail(before, 3), Lexicon.TITLE_CUES)) return Verdict.TITLE;
        // "a communist of the sort Lenin described as 'left'": words after "as" are a label someone gave, not speech
        if (!colon && !cited && words.size() <= NOUN_PHRASE_WORDS && !before.isEmpty()
                && before.get(before.size() - 1).equalsIgnoreCase("as") && lead.endsWith("as")) {
            return Verdict.SCARE_QUOTE;
        }
        // "the Mensheviks called the slogan of the 'Constituent Assembly' 'a decisive victory'": the words a naming verb
        // gives its object are the namer's label, not the words of whoever the sentence says spoke ("Ilyich said that");
        // when Lenin or a 'he' names ("Ilyich called him a man of 'iron will'"), the label may be his words, and stays
        if (!colon && words.size() <= NOUN_PHRASE_WORDS && namesItsObject(tail(before, 8), lead, content)) {
            return Verdict.SCARE_QUOTE;
        }
        if (colon && containsAny(tail(before, 2), Lexicon.TITLE_CUES) && QuoteShape.isTitleCase(words)) return Verdict.TITLE;
        if (!colon && !trailerVerb && QuoteShape.isTitle(content)) return Verdict.TITLE;
        if (q.parent() != null && !cue) return Verdict.SCARE_QUOTE;
        if (!cited && namedAsSubject(q, content, lead)) return Verdict.SCARE_QUOTE;
        // A few words only count as speech when a tag is right next to them: Ilyich said: "Ah, well, let's go!"
        boolean adjacentVerb = speechVerbIn(tail(before, 2), 2) && (lead.endsWith(",") || lead.endsWith(":")
                || Character.isLetter(lead.isEmpty() ? ' ' : lead.charAt(lead.length() - 1)));
        if (QuoteShape.isScareQuote(words.size(), colon || trailerVerb || adjacentVerb || cited || cry)) return Verdict.SCARE_QUOTE;
        if (!cue && words.size() <= NOUN_PHRASE_WORDS && !before.isEmpty()
                && Lexicon.DETERMINERS.contains(before.get(before.size() - 1).toLowerCase(Locale.ROOT))) {
            return Verdict.SCARE_QUOTE;
        }
        if (!cue && words.size() <= NOUN_PHRASE_WORDS && before.size() >= 2
                && List.of("a", "an", "the").contains(before.get(before.size() - 2).toLowerCase(Locale.ROOT))) {
            return Verdict.SCARE_QUOTE;
        }
        return Verdict.QUOTATION;
    }

    /**
     * Ilyich was at a loss. "Geese? Veal?" He had never kept house: a cry or question standing as a sentence of its
     * own between sentences is somebody's words, however short; a scare quote lives inside a sentence.
     */
    private static boolean standsAsACry(QuoteContext q, String content, String lead) {
        String words = content.strip();
        if (q.parent() != null || !lead.isEmpty() || words.isEmpty() || "?!".indexOf(words.charAt(words.length() - 1)) < 0) {
            return false;
        }
        String after = q.trailerText().stripLeading();
        return after.isEmpty() || Character.isUpperCase(after.charAt(0));
    }

    private static final java.util.regex.Pattern VERB_AFTER = java.util.regex.Pattern.compile("[\\s\"“”’']*([a-z]+)\\b");

    /**
     * "The struggle for a democratic republic" was a point in our programme: words opening a sentence with no
     * stop of their own and a verb straight after are the sentence's subject, a phrase named, not speech, which
     * ends in a stop or comma before its tag.
     */
    private static boolean namedAsSubject(QuoteContext q, String content, String lead) {
        if (q.parent() != null || !lead.isEmpty()) return false;
        String words = content.strip();
        if (words.isEmpty() || ".,!?;:…—–-".indexOf(words.charAt(words.length() - 1)) >= 0) return false;
        java.util.regex.Matcher m = VERB_AFTER.matcher(q.trailerText());
        if (!m.lookingAt()) return false;
        String next = m.group(1);
        return !SpeechVerbs.isSpeechVerb(next) && !Lexicon.SUBJECT_PRONOUNS.contains(next);
    }

    /**
     * A tag stands right after the words it tags, and they close with a mark ("...," he said; "Stop!" he
     * cried): the papers wrote, later in the sentence, do not tag we had "taken power" overnight.
     */
    private static boolean tagFollows(String content, String trailer) {
        String words = content.stripTrailing();
        char last = words.isEmpty() ? ' ' : words.charAt(words.length() - 1);
        String after = trailer.stripLeading();
        return ",.!?…—–-:;".indexOf(last) >= 0 || after.startsWith(",") || after.startsWith("—") || after.startsWith("–");
    }

    static List<String> words(String s) {
        return Words.of(s);
    }

    private static List<String> tail(List<String> words, int n) {
        return words.subList(Math.max(0, words.size() - n), words.size());
    }

    private static boolean speechVerbIn(List<String> words, int firstN) {
        for (int i = 0; i < Math.min(firstN, words.size()); i++) {
            if (SpeechVerbs.isSpeechVerb(words.get(i).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean tagVerbIn(List<String> words, int firstN) {
        for (int i = 0; i < Math.min(firstN, words.size()); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (SpeechVerbs.isTag(w)) return true;
        }
        return false;
    }

    private static final java.util.Set<String> CLAUSE_STARTS = java.util.Set.of("that", "who", "which");
    /** A namer who may be the one the sentence says spoke: Lenin's words may be the label. */
    private static final java.util.Set<String> SINGULAR_PRONOUNS = java.util.Set.of("he", "she", "i");

    /**
     * A naming verb with an object of its own right before the words ("called the slogan ... 'X'", "dubbed him
     * 'X'"), no comma or colon between, and words that do not end as a cry or question.
     */
    private static boolean namesItsObject(List<String> before, String lead, String content) {
        int verb = -1;
        for (int i = 0; i < before.size(); i++) {
            if (Lexicon.NAMING_VERBS.contains(before.get(i).toLowerCase(Locale.ROOT))) verb = i;
        }
        if (verb < 0 || verb == before.size() - 1 || Lexicon.CALLING_OUT.contains(before.get(verb + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        // the naming clause's subject: the words before the verb, back to "that" or "who" or the lead-in's start
        int clause = 0;
        for (int i = 0; i < verb; i++) {
            if (CLAUSE_STARTS.contains(before.get(i).toLowerCase(Locale.ROOT))) clause = i + 1;
        }
        for (String w : before.subList(clause, verb)) {
            if (LeninNames.isName(w) || SINGULAR_PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        String words = content.strip();
        char last = lead.isEmpty() ? ' ' : lead.charAt(lead.length() - 1);
        return last != ',' && last != ':' && !words.endsWith("!") && !words.endsWith("?");
    }

    private static boolean containsAny(List<String> words, java.util.Set<String> cues) {
        for (String w : words) {
            if (cues.contains(w) || cues.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

}
