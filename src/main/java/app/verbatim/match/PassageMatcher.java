package app.verbatim.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.verbatim.match.Difference.Op;
import app.verbatim.match.WordAlignment.Kind;
import app.verbatim.match.WordAlignment.Result;
import app.verbatim.match.WordAlignment.Step;
import app.verbatim.text.TextNormaliser;
import app.verbatim.text.Token;

/**
 * Finds where a submitted quotation sits inside one stored passage and how it differs from it.
 * Stateless and thread-safe.
 */
public final class PassageMatcher {

    /** A word equal by norm but not by folded form: British/American spelling, translation variant. */
    static final double SPELLING_WEIGHT = 0.98;
    /** A mistyped word still counts, a little less than a correct one. */
    static final double TYPO_WEIGHT = 0.85;
    /** Longer inputs are truncated: no quotation needs more, and the diff is quadratic. */
    static final int MAX_WORDS = StoredWords.MAX_WORDS;

    public Match match(String submission, String storedText) {
        return match(submission, StoredWords.of(storedText));
    }

    public Match match(String submission, StoredWords storedWords) {
        return match(TextNormaliser.tokenize(submission), storedWords);
    }

    /** @param subTokens the submission as {@link TextNormaliser#tokenize} reads it */
    public Match match(List<Token> subTokens, StoredWords storedWords) {
        List<Token> sub = new ArrayList<>();
        List<Boolean> gaps = new ArrayList<>();
        boolean pendingGap = false;
        for (Token t : subTokens) {
            if (t.isEllipsis()) {
                pendingGap = true;
            } else if (sub.size() < MAX_WORDS) {
                sub.add(t);
                gaps.add(pendingGap);
                pendingGap = false;
            }
        }
        // the memoirist's own ellipses are not words of the quotation: StoredWords leaves them out
        List<Token> stored = storedWords.tokens();
        if (sub.isEmpty() || stored.isEmpty()) {
            return noMatch(sub);
        }
        boolean[] gapBefore = new boolean[sub.size()];
        for (int k = 0; k < gapBefore.length; k++) {
            gapBefore[k] = gaps.get(k);
        }
        String[] subKeys = new String[sub.size()];
        double[] keepWeight = new double[sub.size()];
        keyWords(sub, storedWords, subKeys, keepWeight);

        List<Step> steps = alignSegments(subKeys, gapBefore, keepWeight, storedWords.codes());
        if (steps.stream().noneMatch(st -> st.kind() == Kind.KEEP)) {
            return noMatch(sub);
        }
        return build(steps, sub, stored);
    }

    /**
     * Aligns each ellipsis-free segment of the submission on its own, in order, each after the
     * previous one's match: the stored words between two segments are what the ellipsis stands
     * for (OMITTED). A segment not found anywhere after its predecessor is reported as INSERT.
     */
    private static List<Step> alignSegments(String[] subKeys, boolean[] gapBefore, double[] keepWeight,
                                            WordCodes stored) {
        List<Step> steps = new ArrayList<>();
        int cursor = 0;
        int lastKept = -1;
        int a = 0;
        while (a < subKeys.length) {
            int b = a + 1;
            while (b < subKeys.length && !gapBefore[b]) {
                b++;
            }
            Result r = cursor < stored.size()
                    ? WordAlignment.alignSegment(Arrays.copyOfRange(subKeys, a, b), a, keepWeight,
                            stored, cursor, stored.size())
                    : null;
            if (r == null || r.isEmpty()) {
                for (int k = a; k < b; k++) {
                    steps.add(new Step(Kind.SUBMITTED_ONLY, k, -1, false));
                }
            } else {
                for (int k = a; k < r.firstKeep().sub(); k++) {
                    steps.add(new Step(Kind.SUBMITTED_ONLY, k, -1, false));
                }
                if (lastKept >= 0) {
                    for (int s = lastKept + 1; s < r.firstKeep().stored(); s++) {
                        steps.add(new Step(Kind.STORED_ONLY, -1, s, true));
                    }
                }
                steps.addAll(r.steps().subList(r.from(), r.to()));
                for (int k = r.lastKeep().sub() + 1; k < b; k++) {
                    steps.add(new Step(Kind.SUBMITTED_ONLY, k, -1, false));
                }
                lastKept = r.lastKeep().stored();
                cursor = lastKept + 1;
            }
            a = b;
        }
        return steps;
    }

    /** Submitted word keys: its own norm, or the stored norm it is a plausible typo of. */
    private static void keyWords(List<Token> sub, StoredWords stored, String[] subKeys, double[] keepWeight) {
        for (int k = 0; k < sub.size(); k++) {
            String norm = sub.get(k).norm();
            String typoOf = stored.contains(norm) ? null : stored.typoTarget(norm);
            subKeys[k] = typoOf == null ? norm : typoOf;
            keepWeight[k] = typoOf == null ? 1.0 : TYPO_WEIGHT;
        }
    }

    private Match build(List<Step> steps, List<Token> sub, List<Token> stored) {
        int firstKeep = indexOfKeep(steps, true);
        int lastKeep = indexOfKeep(steps, false);
        DifferenceBuilder out = new DifferenceBuilder();
        double weight = 0;
        int kept = 0;
        int storedCounted = 0;
        List<String> storedRegionWords = new ArrayList<>();
        boolean allFoldedEqual = true;
        boolean antonymSwapped = false;
        List<Token> pendingSub = new ArrayList<>();
        List<Token> pendingStored = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean inside = i >= firstKeep && i <= lastKeep;
            if (step.kind() == Kind.STORED_ONLY) {
                if (!inside) {
                    continue; // stored words outside the matched region are not differences
                }
                Token s = stored.get(step.stored());
                if (step.omitted()) {
                    out.add(Op.OMITTED, null, s);
                } else {
                    pendingStored.add(s);
                    storedCounted++;
                    storedRegionWords.add(s.folded());
                }
                continue;
            }
            if (step.kind() == Kind.SUBMITTED_ONLY) {
                pendingSub.add(sub.get(step.sub()));
                continue;
            }
            if (!inside) {
                pendingSub.add(sub.get(step.sub())); // a stray match outside the region aligns nothing
                continue;
            }
            antonymSwapped |= flush(out, pendingSub, pendingStored);
            Token s = sub.get(step.sub());
            Token t = stored.get(step.stored());
            kept++;
            storedCounted++;
            storedRegionWords.add(t.folded());
            if (s.folded().equals(t.folded())) {
                weight += 1.0;
                out.add(Op.EQUAL, s, t);
            } else {
                allFoldedEqual = false;
                weight += s.norm().equals(t.norm()) ? SPELLING_WEIGHT : TYPO_WEIGHT;
                out.add(Op.REPLACE, s, t);
            }
        }
        antonymSwapped |= flush(out, pendingSub, pendingStored);

        List<String> submittedWords = sub.stream().map(Token::folded).toList();
        boolean negationChanged = antonymSwapped
                || Negations.count(submittedWords) != Negations.count(storedRegionWords);
        boolean exact = allFoldedEqual && kept == sub.size() && storedCounted == kept;
        double score = weight / Math.max(sub.size(), storedCounted);
        int start = stored.get(steps.get(firstKeep).stored()).start();
        int end = stored.get(steps.get(lastKeep).stored()).end();
        return new Match(Math.min(1.0, score), start, end, out.differences(), exact, negationChanged,
                (double) kept / sub.size(), kept);
    }

    /** Emits a run of unmatched words: both sides → REPLACE, else INSERT or DELETE. Reports antonym swaps. */
    private static boolean flush(DifferenceBuilder out, List<Token> pendingSub, List<Token> pendingStored) {
        boolean antonyms = false;
        if (!pendingSub.isEmpty() && !pendingStored.isEmpty()) {
            for (Token s : pendingSub) {
                for (Token t : pendingStored) {
                    antonyms |= Negations.areOpposites(s.folded(), t.folded());
                }
            }
            out.replace(pendingSub, pendingStored);
        } else if (!pendingSub.isEmpty()) {
            pendingSub.forEach(s -> out.add(Op.INSERT, s, null));
        } else {
            pendingStored.forEach(t -> out.add(Op.DELETE, null, t));
        }
        pendingSub.clear();
        pendingStored.clear();
        return antonyms;
    }

    private static int indexOfKeep(List<Step> steps, boolean first) {
        for (int n = 0; n < steps.size(); n++) {
            int i = first ? n : steps.size() - 1 - n;
            if (steps.get(i).kind() == Kind.KEEP) {
                return i;
            }
        }
        return -1;
    }

    private static Match noMatch(List<Token> sub) {
        DifferenceBuilder out = new DifferenceBuilder();
        sub.forEach(s -> out.add(Op.INSERT, s, null));
        return new Match(0.0, 0, 0, out.differences(), false, false, 0.0, 0);
    }
}
