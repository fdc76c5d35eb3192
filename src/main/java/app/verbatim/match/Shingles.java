package app.verbatim.match;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.verbatim.text.Token;

/**
 * Word-pair fingerprints for candidate retrieval: stored in a PostgreSQL int4[] column with a GIN
 * index, and computed the same way from a submission to find passages sharing at least one pair.
 *
 * <p>Hashes are FNV-1a 32-bit over the UTF-8 bytes of "norm1 norm2": fixed by definition, so they
 * are identical across JVMs, runs and releases (never use String.hashCode's unspecified future).
 * Changing the normaliser or this function requires re-computing every stored array.
 */
public final class Shingles {

    private Shingles() {
    }

    /**
     * Pairs made only of these words ("of the", "it was") occur everywhere and would make the GIN
     * lookup return most of the corpus. Negations are deliberately NOT here: "not be", "no one"
     * must stay searchable, and a pair with one content word is always kept.
     */
    static final Set<String> STOP_WORDS = Set.of(
            "the", "of", "and", "to", "a", "an", "in", "that", "is", "it", "was", "for", "on",
            "with", "as", "be", "by", "at", "we", "he", "i", "this", "are", "or", "from", "his",
            "they", "you", "our", "its", "which", "were", "has", "have", "had", "there", "their",
            "so", "but", "us", "me", "him", "them", "she", "her", "my", "your", "will", "would",
            "shall", "been", "into", "than", "then", "who", "whom", "what", "all", "if",
            "do", "did", "does", "these", "those", "one", "up", "out", "about");

    /** The distinct pair hashes of a text, sorted: the form stored in the shingle columns. */
    public static int[] of(List<Token> tokens) {
        return Arrays.stream(inTextOrder(tokens)).sorted().toArray();
    }

    /** The distinct pair hashes of a text in the order the pairs first occur in it. */
    public static int[] inTextOrder(List<Token> tokens) {
        int[] hashes = new int[Math.max(0, tokens.size() - 1)];
        Set<Integer> seen = new HashSet<>();
        int count = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token a = tokens.get(i);
            Token b = tokens.get(i + 1);
            // an ellipsis means words are missing between a and b: they are not a pair in the source
            if (a.isEllipsis() || b.isEllipsis()) {
                continue;
            }
            if (STOP_WORDS.contains(a.norm()) && STOP_WORDS.contains(b.norm())) {
                continue;
            }
            int hash = fnv1a(a.norm() + " " + b.norm());
            if (seen.add(hash)) {
                hashes[count++] = hash;
            }
        }
        return Arrays.copyOf(hashes, count);
    }

    /** FNV-1a, 32 bit, over UTF-8 bytes. */
    static int fnv1a(String s) {
        int hash = 0x811c9dc5;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            hash ^= (b & 0xff);
            hash *= 0x01000193;
        }
        return hash;
    }
}
