package app.verbatim.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a reviewed passage again in a memoir's text after the text changed: where it stood, else the occurrence
 * nearest its old place within {@link #NEAR} characters (an edit before it moves it by the size of the edit), else
 * its only occurrence anywhere. Words that now occur several times far from where they stood cannot be told apart,
 * and words no longer in the text are gone: the review is then orphaned, not guessed onto another passage.
 */
final class TextLocator {

    /** How far an edit elsewhere in the text may move a passage and it still counts as in its place. */
    static final int NEAR = 5_000;

    private TextLocator() {
    }

    /** The new start of {@code passage}, or -1. */
    static int find(String text, String passage, int oldStart) {
        if (passage.isEmpty()) {
            return -1;
        }
        if (oldStart >= 0 && text.startsWith(passage, oldStart)) {
            return oldStart;
        }
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
            found.add(at);
        }
        int nearest = -1;
        for (int at : found) {
            if (Math.abs(at - oldStart) <= NEAR && (nearest < 0 || Math.abs(at - oldStart) < Math.abs(nearest - oldStart))) {
                nearest = at;
            }
        }
        if (nearest >= 0) {
            return nearest;
        }
        return found.size() == 1 ? found.get(0) : -1;
    }
}
