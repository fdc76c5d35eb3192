package app.verbatim.works;

import java.util.List;

import app.verbatim.match.Match;
import app.verbatim.match.StemOverlap;
import app.verbatim.text.PageRange;
import app.verbatim.works.data.Stretch;

/**
 * Where a submission stands in the Works: the volume, the printed pages of the matched words, the work's
 * title, whose words they are ({@code kind}, and {@code source} for a passage Lenin quotes), the Works
 * wording around them ({@code text}, the match at {@code start..end}), the word alignment, and how much of the
 * submission's content words the passage holds in one stretch (high for another translation of the same words).
 */
public record WorksMatch(int volume, List<PageRange> pages, String title, Stretch.Kind kind, String source,
                         String text, int start, int end, Match match, StemOverlap overlap) {

    public boolean lenin() {
        return kind == Stretch.Kind.LENIN;
    }
}
