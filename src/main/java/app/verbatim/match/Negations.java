package app.verbatim.match;

import java.util.List;
import java.util.Set;

/**
 * Words whose presence or absence reverses a statement. "Peace must be secured from below" and
 * "Peace must not be secured from below" differ by one word but say opposite things, so a
 * submission that adds or drops one of these must never be VERIFIED.
 */
final class Negations {

    private Negations() {
    }

    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without",
            "cannot", "nowhere", "noone", "nought", "naught");

    /** Prefixes that turn a word into its opposite: possible/impossible, agree/disagree. */
    private static final List<String> NEGATING_PREFIXES = List.of("un", "in", "im", "il", "ir", "dis", "non", "non-");

    /** Cheap antonym pairs that a translation or a misquotation may swap. */
    private static final Set<String> ANTONYM_PAIRS = Set.of(
            "always|never", "for|against", "right|wrong", "true|false", "win|lose", "victory|defeat",
            "accept|reject", "friend|enemy", "friends|enemies", "peace|war", "love|hate",
            "success|failure", "support|oppose", "must|mustn't", "can|cannot", "can|can't",
            "will|won't", "all|none", "everything|nothing", "everybody|nobody", "more|less",
            "above|below", "strong|weak", "with|without", "possible|impossible");

    static boolean isNegation(String folded) {
        return NEGATIONS.contains(folded) || folded.endsWith("n't");
    }

    static int count(Iterable<String> foldedWords) {
        int n = 0;
        for (String w : foldedWords) {
            if (isNegation(w)) {
                n++;
            }
        }
        return n;
    }

    /** True when one word is the opposite of the other (listed pair or negating prefix). */
    static boolean areOpposites(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (ANTONYM_PAIRS.contains(a + "|" + b) || ANTONYM_PAIRS.contains(b + "|" + a)) {
            return true;
        }
        return prefixedOpposite(a, b) || prefixedOpposite(b, a);
    }

    private static boolean prefixedOpposite(String longer, String shorter) {
        for (String prefix : NEGATING_PREFIXES) {
            if (longer.length() == shorter.length() + prefix.length() && longer.startsWith(prefix)
                    && longer.endsWith(shorter) && shorter.length() >= 3) {
                return true;
            }
        }
        return false;
    }
}
