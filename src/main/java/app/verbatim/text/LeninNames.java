package app.verbatim.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every name a memoir or a draft uses for Lenin; all of them stand for the one speaker {@link Speakers#LENIN}.
 * The memoirs and their translations spell the patronymic Ilyich, Ilich and Ilych, and sign his letters
 * "V. Ulyanov (Lenin)" or "N. Lenin".
 */
public final class LeninNames {

    /** Longest alternatives first, so "V. I. Lenin" is taken whole rather than as "Lenin". */
    public static final String REGEX = "(?:V\\.\\s*Ulyanov\\s*\\(Lenin\\)"
            + "|V\\.\\s*I\\.\\s*(?:Lenin|Ulyanov)"
            + "|Vladimir\\s+Il(?:y|i)?(?:i|y)ch(?:\\s+(?:Lenin|Ulyanov))?"
            + "|Vladimir\\s+(?:Lenin|Ulyanov)"
            + "|[VN]\\.\\s*(?:Lenin|Ulyanov)"
            + "|Lenin|Il(?:y|i)?(?:i|y)ch|Ulyanov)(?![\\p{L}])";

    /**
     * The forms he signed letters and telegrams with, and the office he signed the Soviet government's messages
     * in (he was Chairman of the Council of People's Commissars from its first day to his death).
     */
    public static final String SIGNATURE = "V\\.\\s*Ulyanov\\s*\\(Lenin\\)|(?<![\\p{L}])N\\.\\s*Lenin(?![\\p{L}])"
            + "|Chairman\\s+of\\s+the\\s+Council\\s+of\\s+People['’]s\\s+Commissars";

    /** A name with its possessive, if any, in group 1: "Ilyich's". */
    public static final Pattern WITH_POSSESSIVE = Pattern.compile("(?<![\\p{L}])" + REGEX + "((?:'|’)s)?");

    /** Every name above contains one of these words, so finding them is enough and much faster than the regex. */
    private static final String[] KEY_WORDS = {"Lenin", "Ilyich", "Ilich", "Ilych", "Ulyanov"};

    private static final Pattern WHOLE = Pattern.compile(REGEX.replace("(?![\\p{L}])", ""), Pattern.CASE_INSENSITIVE);

    private LeninNames() {
    }

    /** Whether the whole of {@code name} is one of Lenin's names ("ilyich", "V. I. Lenin", "Lenin's" not). */
    public static boolean isName(String name) {
        return name != null && WHOLE.matcher(name.strip()).matches();
    }

    public static boolean mentionedIn(String text) {
        return firstMention(text, 0, text.length()) >= 0;
    }

    /** Start of the first key word in [from, to) standing as a word of its own ("Lenin’s" yes, "Leninism" no). */
    public static int firstMention(String text, int from, int to) {
        int first = -1;
        for (String word : KEY_WORDS) {
            for (int at = text.indexOf(word, from); at >= 0 && at + word.length() <= to
                    && (first < 0 || at < first); at = text.indexOf(word, at + 1)) {
                if (standsAlone(text, at, word.length())) {
                    first = at;
                    break;
                }
            }
        }
        return first;
    }

    /** Starts of every stand-alone key word in the text, in order; one indexOf sweep per key word. */
    public static int[] mentions(String text) {
        List<Integer> all = new ArrayList<>();
        for (String word : KEY_WORDS) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (standsAlone(text, at, word.length())) {
                    all.add(at);
                }
            }
        }
        return all.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static boolean standsAlone(String text, int at, int length) {
        int after = at + length;
        return (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                && (after >= text.length() || !Character.isLetter(text.charAt(after)));
    }

}
