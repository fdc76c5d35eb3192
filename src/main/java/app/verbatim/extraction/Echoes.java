package app.verbatim.extraction;

import java.util.List;
import java.util.Locale;

import app.verbatim.text.SpeakerKind;
import app.verbatim.text.Words;

/**
 * Words quoted again a little later ("I wish you good cheer...." after the letter that said it, "The Second
 * International is dead, and let it rest in peace" after "The Second International is dead") are still the
 * words of whoever said them first: a memoirist repeats a phrase to dwell on it, without naming its speaker again.
 */
final class Echoes {

    /** Fewer words are a common phrase, not an echo of one person's words. */
    private static final int MIN_WORDS = 4;
    /** How far back an echo reaches: the same stretch of the story. */
    private static final int MAX_DISTANCE = 4000;

    private Echoes() {
    }

    /** An earlier quotation and whose words it is. */
    record Said(int start, String words, Attribution attribution) {
    }

    /** The speaker of the nearest earlier quotation this one repeats or opens with, or null. */
    static Attribution of(String content, int start, List<Said> earlier) {
        String words = normal(content);
        if (words.split(" ").length < MIN_WORDS) return null;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Said s = earlier.get(i);
            if (start - s.start() > MAX_DISTANCE) break;
            if (!s.attribution().known() || s.attribution().kind() != SpeakerKind.PERSON) continue;
            String before = normal(s.words());
            boolean repeats = mostlyIn(words, before)
                    || (before.split(" ").length >= MIN_WORDS && words.startsWith(before));
            if (repeats) {
                return s.attribution().withConfidence(Math.min(s.attribution().confidence(), 0.8),
                        "repeats words quoted before as " + s.attribution().speaker() + "'s");
            }
        }
        return null;
    }

    /** Share of word pairs a repetition keeps: the memoirist may drop or change a word ("and wish" → "I wish"). */
    private static final double SHARED_PAIRS = 0.75;

    /** Most pairs of adjacent words of {@code words} stand, in the same pairs, in {@code before}. */
    private static boolean mostlyIn(String words, String before) {
        if (before.contains(words)) return true;
        String[] w = words.split(" ");
        String padded = " " + before + " ";
        int found = 0;
        for (int i = 0; i + 1 < w.length; i++) {
            if (padded.contains(" " + w[i] + " " + w[i + 1] + " ")) found++;
        }
        return found >= SHARED_PAIRS * (w.length - 1);
    }

    private static String normal(String text) {
        return String.join(" ", Words.of(text.toLowerCase(Locale.ROOT)));
    }
}
