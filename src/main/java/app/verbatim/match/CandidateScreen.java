package app.verbatim.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.verbatim.text.Token;

/**
 * A cheap first pass over the candidates the index returns: the share of the submission's content
 * words each one contains. Alignment costs a millisecond or more per passage; this costs
 * microseconds, so only the few passages that can win are aligned.
 */
public final class CandidateScreen {

    /** A candidate worth aligning holds at least this share of what the best candidate holds. */
    static final double RELATIVE_FLOOR = 0.5;

    private final int limit;

    /** @param limit the most candidates passed on to alignment */
    public CandidateScreen(int limit) {
        this.limit = limit;
    }

    /** Indexes into {@code passages} worth aligning, most promising first. */
    public List<Integer> select(List<Token> submission, List<StoredWords> passages) {
        Set<String> wanted = contentWords(submission);
        if (wanted.isEmpty() || passages.isEmpty()) {
            return List.of();
        }
        double[] share = new double[passages.size()];
        double best = 0;
        for (int i = 0; i < passages.size(); i++) {
            StoredWords present = passages.get(i);
            share[i] = wanted.stream().filter(present::contains).count() / (double) wanted.size();
            best = Math.max(best, share[i]);
        }
        double floor = best * RELATIVE_FLOOR;
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (share[i] > 0 && share[i] >= floor) {
                chosen.add(i);
            }
        }
        chosen.sort(Comparator.comparingDouble((Integer i) -> -share[i]).thenComparingInt(i -> i));
        return chosen.size() > limit ? chosen.subList(0, limit) : chosen;
    }

    /** Words that say something: stop words match everywhere. Short submissions keep all their words. */
    static Set<String> contentWords(List<Token> tokens) {
        Set<String> all = new HashSet<>();
        Set<String> content = new HashSet<>();
        for (Token t : tokens) {
            if (!t.isEllipsis()) {
                all.add(t.norm());
                if (!Shingles.STOP_WORDS.contains(t.norm())) {
                    content.add(t.norm());
                }
            }
        }
        return content.size() >= 2 ? content : all;
    }
}
