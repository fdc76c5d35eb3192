package app.verbatim.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells quotations from quote marks used for other things: scare quotes (we "took power"),
 * titles ("Reply to Peasants' Questions"), slogans and names.
 */
final class QuoteFilter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*");
    private static final int SHORT_WORDS = 3;
    private static final int NOUN_PHRASE_WORDS = 6;
    private static final int TITLE_MAX_WORDS = 16;

    enum Verdict { QUOTATION, SCARE_QUOTE, TITLE }

    Verdict judge(QuoteContext q) {
        String content = q.content();
        List<String> words = words(content);
        if (words.isEmpty()) return Verdict.SCARE_QUOTE;
        List<String> before = words(q.leadIn());
        String lead = q.leadIn().strip();
        boolean colon = lead.endsWith(":");
        boolean trailerVerb = tagVerbIn(words(q.trailer()), 5) || q.trailer().toLowerCase(Locale.ROOT).matches("\\s*,?\\s*ran\\b.*");
        boolean leadVerb = speechVerbIn(tail(before, 6), 6);
        boolean cue = colon || trailerVerb || leadVerb;

        if (!colon && containsAny(tail(before, 3), Lexicon.TITLE_CUES)) return Verdict.TITLE;
        if (colon && containsAny(tail(before, 2), Lexicon.TITLE_CUES) && titleCase(words)) return Verdict.TITLE;
        if (titleCase(words) && words.size() <= TITLE_MAX_WORDS && !colon && !trailerVerb) return Verdict.TITLE;
        if (q.parent() != null && !cue) return Verdict.SCARE_QUOTE;
        // A few words only count as speech when a tag is right next to them: Ilyich said: "Ah, well, let's go!"
        boolean adjacentVerb = speechVerbIn(tail(before, 2), 2) && (lead.endsWith(",") || lead.endsWith(":")
                || Character.isLetter(lead.isEmpty() ? ' ' : lead.charAt(lead.length() - 1)));
        if (words.size() <= SHORT_WORDS && !(colon || trailerVerb || adjacentVerb)) return Verdict.SCARE_QUOTE;
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

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static List<String> tail(List<String> words, int n) {
        return words.subList(Math.max(0, words.size() - n), words.size());
    }

    private static boolean speechVerbIn(List<String> words, int firstN) {
        for (int i = 0; i < Math.min(firstN, words.size()); i++) {
            if (Lexicon.SPEECH_VERB_SET.contains(words.get(i).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean tagVerbIn(List<String> words, int firstN) {
        for (int i = 0; i < Math.min(firstN, words.size()); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (Lexicon.SPEECH_VERB_SET.contains(w) && !Lexicon.WEAK_TAG_VERBS.contains(w)) return true;
        }
        return false;
    }

    private static boolean containsAny(List<String> words, java.util.Set<String> cues) {
        for (String w : words) {
            if (cues.contains(w) || cues.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** "Reply to Peasants' Questions", "Long Live the Soviet Power": every content word capitalised. */
    static boolean titleCase(List<String> words) {
        if (!Character.isUpperCase(words.get(0).charAt(0)) && !Character.isDigit(words.get(0).charAt(0))) return false;
        for (String w : words) {
            if (Lexicon.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) && Character.isLowerCase(w.charAt(0))) continue;
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) return false;
        }
        return true;
    }
}
