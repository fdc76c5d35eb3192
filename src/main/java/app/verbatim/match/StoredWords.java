package app.verbatim.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.verbatim.text.TextNormaliser;
import app.verbatim.text.Token;

/**
 * A stored passage read once for matching: its words (the memoirist's own ellipses left out), their
 * norms, coded for alignment, and its vocabulary grouped by length for the typo search. Immutable,
 * so one instance can serve every request that meets the same passage (the lookup keeps a cache of them).
 */
public final class StoredWords {

    /** Longer inputs are truncated: no quotation needs more, and the word diff is quadratic. */
    static final int MAX_WORDS = 20_000;
    /** Words this long or longer share the last length bucket. */
    private static final int LONGEST_BUCKET = 32;

    private final List<Token> tokens;
    private final String[] norms;
    private final WordCodes codes;
    private final String[][] vocabularyByLength;

    private StoredWords(List<Token> tokens) {
        this.tokens = tokens;
        this.norms = tokens.stream().map(Token::norm).toArray(String[]::new);
        this.codes = new WordCodes(norms);
        List<Set<String>> buckets = new ArrayList<>();
        for (int i = 0; i <= LONGEST_BUCKET; i++) {
            buckets.add(new LinkedHashSet<>());
        }
        for (String norm : norms) {
            buckets.get(bucket(norm.length())).add(norm); // in order of first appearance: deterministic
        }
        this.vocabularyByLength = buckets.stream().map(b -> b.toArray(String[]::new)).toArray(String[][]::new);
    }

    public static StoredWords of(String text) {
        return of(TextNormaliser.tokenize(text));
    }

    /** @param tokens a text as {@link TextNormaliser#tokenize} reads it, for a caller that needs its tokens too */
    public static StoredWords of(List<Token> tokens) {
        return new StoredWords(tokens.stream().filter(t -> !t.isEllipsis()).limit(MAX_WORDS).toList());
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The norm of each word, in order. Callers must not modify it. */
    String[] norms() {
        return norms;
    }

    boolean isEmpty() {
        return norms.length == 0;
    }

    boolean contains(String norm) {
        return codes.contains(norm);
    }

    /** The words coded for alignment, by norm. */
    WordCodes codes() {
        return codes;
    }

    /** The stored word {@code submitted} is a plausible typo of, nearest in length first; null if none. */
    String typoTarget(String submitted) {
        Set<Integer> searched = new LinkedHashSet<>();
        for (int delta : new int[] {0, -1, 1, -2, 2}) {
            if (submitted.length() + delta >= 1 && searched.add(bucket(submitted.length() + delta))) {
                String candidate = TypoTolerance.firstTypo(submitted, vocabularyByLength[bucket(submitted.length() + delta)]);
                if (candidate != null) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Rough memory weight, in words, for the cache bound. */
    public int weight() {
        return Math.max(1, norms.length);
    }

    private static int bucket(int length) {
        return Math.min(length, LONGEST_BUCKET);
    }
}
