package app.verbatim.match;

import java.util.List;

/**
 * The best local alignment of a submission inside one stored passage.
 *
 * @param score           [0,1]: matched weight / max(submitted words, stored words in the region
 *                        not skipped by an ellipsis); extra, missing or changed words lower it smoothly
 * @param storedStart     UTF-16 offset in the stored text where the matched region starts
 * @param storedEnd       UTF-16 offset in the stored text just past the matched region
 * @param differences     the full alignment in submission order, runs grouped by op
 * @param exact           every submitted word equals its stored word by folded form, no extra or
 *                        missing words; ellipses may only skip stored words
 * @param negationChanged the submission adds or removes a negation (or flips an antonym) relative
 *                        to the matched region
 * @param coverage        fraction of submitted words aligned to a stored word (equal, spelling or typo)
 * @param matchedWords    number of submitted words aligned to a stored word (equal, spelling or typo);
 *                        lets a policy reject short generic overlaps
 */
public record Match(double score, int storedStart, int storedEnd, List<Difference> differences,
                    boolean exact, boolean negationChanged, double coverage, int matchedWords) {

    public Match {
        differences = List.copyOf(differences);
    }
}
