package app.verbatim.works.convert;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the contents' capitals ("TO THE POPULATION") into the title case citations use ("To the
 * Population"), leaving alone what must stay capitals: initials and abbreviations with stops
 * ("R.S.D.L.P.(B.)", "I. T. Smilga", "C.C."), Roman numerals, and words already in mixed case.
 */
final class TitleCase {

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into",
            "nor", "of", "on", "or", "the", "to", "with", "versus", "vs", "via", "upon", "over");
    private static final Pattern ROMAN = Pattern.compile("^(?:X{0,3})(?:IX|IV|V?I{0,3})$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}’'\\.()\\d]+");

    private TitleCase() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = WORD.matcher(text);
        int last = 0;
        boolean sentenceStart = true;
        while (m.find()) {
            out.append(text, last, m.start());
            String word = m.group();
            String gap = text.substring(last, m.start());
            if (gap.contains(":") || gap.contains("—")) {
                sentenceStart = true;
            }
            out.append(convert(word, sentenceStart));
            sentenceStart = word.endsWith(".") && !isAbbreviation(word);
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private static String convert(String word, boolean first) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty() || !letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return word;
        }
        if (isAbbreviation(word) || ROMAN.matcher(word).matches()) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (!first && SMALL_WORDS.contains(lower)) {
            return lower;
        }
        StringBuilder sb = new StringBuilder(lower);
        for (int i = 0; i < sb.length(); i++) {
            if (Character.isLetter(sb.charAt(i))) {
                sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
                break;
            }
        }
        return sb.toString();
    }

    /** "R.S.D.L.P.(B.)", "C.C.", "I." — a stop after one or two letters marks an abbreviation or an initial. */
    private static boolean isAbbreviation(String word) {
        return word.matches("(?:\\(?\\p{L}{1,2}\\.\\)?)+[,]?");
    }
}
