package app.verbatim.works.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph. A hyphen at a line end is the compositor's ("govern-ment") unless the
 * word is a real compound: the next part is capitalised ("Socialist-Revolutionaries"), a number, or the
 * volume itself prints the compound with its hyphen in mid-line more often than run together
 * ("counter-revolutionary"). The volume is its own dictionary because the translators' spelling of
 * compounds ("co-operative", "non-Party") is what a quotation will be checked against.
 */
final class HyphenJoiner {

    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Prefixes the translators always hyphenate, for compounds too rare in a volume to be seen in mid-line. */
    private static final Set<String> HYPHENATED_PREFIXES = Set.of("self", "non", "semi", "quasi", "pseudo", "ultra", "anti", "half", "neo", "ex", "co");

    private final Map<String, Integer> hyphenated = new HashMap<>();
    private final Map<String, Integer> solid = new HashMap<>();

    /** Learns the volume's spelling from all its lines; a line's last word, if it ends in a hyphen, proves nothing. */
    void learn(List<String> lines) {
        for (String line : lines) {
            String text = line.endsWith("-") ? line.substring(0, Math.max(0, line.lastIndexOf(' ') + 1)) : line;
            Matcher c = COMPOUND.matcher(text);
            while (c.find()) {
                String[] parts = c.group().toLowerCase(Locale.ROOT).split("-");
                for (int i = 0; i + 1 < parts.length; i++) {
                    hyphenated.merge(parts[i] + "-" + parts[i + 1], 1, Integer::sum);
                }
            }
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                solid.merge(w.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
    }

    /** {@code before} and {@code after} as one text: one space between them, or none where a word or dash runs on. */
    String join(String before, String after) {
        if (before.isEmpty()) {
            return after;
        }
        if (after.isEmpty()) {
            return before;
        }
        if (before.endsWith("—") || before.endsWith("–") || after.startsWith("—")) {
            return before + after;
        }
        if (before.endsWith("-") && before.length() > 1) {
            char last = before.charAt(before.length() - 2);
            if (Character.isLetter(last) || Character.isDigit(last)) {
                return keepsHyphen(before, after) ? before + after : before.substring(0, before.length() - 1) + after;
            }
        }
        return before + " " + after;
    }

    boolean keepsHyphen(String before, String after) {
        String head = lastWord(before.substring(0, before.length() - 1));
        String tail = firstWord(after);
        if (head.isEmpty() || tail.isEmpty()) {
            return true;
        }
        if (Character.isDigit(head.charAt(head.length() - 1)) || Character.isDigit(tail.charAt(0))) {
            return true;
        }
        String h = head.toLowerCase(Locale.ROOT);
        String t = tail.toLowerCase(Locale.ROOT);
        int withHyphen = hyphenated.getOrDefault(h + "-" + t, 0);
        int runTogether = solid.getOrDefault(h + t, 0);
        if (isCaps(head) && isCaps(tail)) {
            // In a title set in capitals the case says nothing: "CEN-TRAL" is one word, "ALL-RUSSIA" two.
            return withHyphen > runTogether;
        }
        if (Character.isUpperCase(tail.charAt(0))) {
            return true;
        }
        if (withHyphen > 0 && withHyphen >= runTogether) {
            return true;
        }
        return runTogether == 0 && HYPHENATED_PREFIXES.contains(h) && t.length() > 2;
    }

    private static boolean isCaps(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)))) {
            i--;
        }
        return s.substring(i);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }
}
