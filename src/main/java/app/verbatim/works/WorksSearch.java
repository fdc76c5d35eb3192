package app.verbatim.works;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import app.verbatim.match.Match;
import app.verbatim.match.PassageMatcher;
import app.verbatim.match.StemOverlap;
import app.verbatim.text.PageRange;
import app.verbatim.text.Stems;
import app.verbatim.text.Stems.Stem;
import app.verbatim.text.Token;
import app.verbatim.works.data.Stretch;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Looks submissions up in the Works: the in-memory index ranks windows of passages by the rare stems they
 * share with a submission, and the best few are read (one round trip for a batch) and compared twice: word
 * by word, and stem by stem in order, which is what another translation of the same passage keeps.
 */
@ApplicationScoped
public class WorksSearch {

    /** Windows aligned per submission (more when several hold it equally well). */
    static final int ALIGNED = 4;

    /** Below this word-alignment score the stems' region, not the alignment's, locates the match. */
    static final double VARIANT_ALIGNMENT = 0.7;

    private static final String PASSAGES = """
            SELECT p.volume, p.ordinal, p.body, p.first_page, p.page_starts, p.kind, p.source, w.title
              FROM unnest(?::int[], ?::int[]) AS k(volume, ordinal)
              JOIN works_passage p ON p.volume = k.volume AND p.ordinal = k.ordinal
              LEFT JOIN works_work w ON w.volume = p.volume AND w.ordinal = p.work""";

    private final DataSource dataSource;
    private final WorksIndex index;
    private final WorksRetrieval retrieval = new WorksRetrieval();
    private final PassageMatcher matcher = new PassageMatcher();
    private final WindowTextCache windowTexts;

    WorksSearch(DataSource dataSource, WorksIndex index, WorksConfig config) {
        this.dataSource = dataSource;
        this.index = index;
        this.windowTexts = new WindowTextCache(config.cachedWords());
    }

    /** The volumes a lookup searches now (fewer while the Works are loading). */
    public java.util.Set<Integer> volumesLoaded() {
        return index.snapshot().volumes().keySet();
    }

    /**
     * The best Works matches of each submission, best aligned first.
     *
     * @param texts  the submissions as written
     * @param tokens the same submissions as {@code TextNormaliser} reads them
     */
    public List<List<WorksMatch>> search(List<String> texts, List<List<Token>> tokens) {
        return search(texts, tokens, null);
    }

    /**
     * As {@link #search(List, List)}, each submission in one volume only where {@code volumes} names one (a
     * memoir's citation names the volume; null or a null element: every volume).
     */
    public List<List<WorksMatch>> search(List<String> texts, List<List<Token>> tokens, List<Integer> volumes) {
        List<List<WorksMatch>> results = new ArrayList<>();
        WorksSnapshot snapshot = index.snapshot();
        if (snapshot.passages() == 0 || texts.isEmpty()) {
            texts.forEach(t -> results.add(List.of()));
            return results;
        }
        List<List<WorksRetrieval.Window>> windows = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Integer volume = volumes == null ? null : volumes.get(i);
            windows.add(retrieval.best(snapshot, Stems.of(tokens.get(i)).stream().map(Stem::stem).toList(), ALIGNED,
                    volume));
        }
        Map<WindowTextCache.Key, WindowText> read = windowTexts(snapshot, windows);
        for (int i = 0; i < texts.size(); i++) {
            List<WorksMatch> matches = new ArrayList<>();
            for (WorksRetrieval.Window w : windows.get(i)) {
                matches.add(align(tokens.get(i), w, read.get(key(snapshot, w))));
            }
            matches.sort(Comparator.comparingDouble((WorksMatch m) -> m.match().score()).reversed()
                    .thenComparing(Comparator.comparingDouble((WorksMatch m) -> m.overlap().share()).reversed()));
            results.add(matches);
        }
        return results;
    }

    private static WindowTextCache.Key key(WorksSnapshot snapshot, WorksRetrieval.Window w) {
        return new WindowTextCache.Key(w.volume(), snapshot.volumes().get(w.volume()).dataSha256, w.first(), w.last());
    }

    /** Every window's text: from the cache, and the others' passages read in one round trip. */
    private Map<WindowTextCache.Key, WindowText> windowTexts(WorksSnapshot snapshot,
                                                             List<List<WorksRetrieval.Window>> windows) {
        Map<WindowTextCache.Key, WindowText> found = new HashMap<>();
        Map<WindowTextCache.Key, WorksRetrieval.Window> missing = new HashMap<>();
        for (List<WorksRetrieval.Window> ws : windows) {
            for (WorksRetrieval.Window w : ws) {
                WindowTextCache.Key key = key(snapshot, w);
                WindowText cached = windowTexts.get(key);
                if (cached != null) {
                    found.put(key, cached);
                } else {
                    missing.put(key, w);
                }
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        Map<Long, WindowText.Passage> passages;
        try (Connection c = dataSource.getConnection()) {
            passages = passages(c, missing.values());
        } catch (SQLException e) {
            throw new IllegalStateException("Works search failed", e);
        }
        missing.forEach((key, w) -> {
            List<WindowText.Passage> inWindow = new ArrayList<>();
            for (int p = w.first(); p <= w.last(); p++) {
                inWindow.add(passages.get(key(w.volume(), p)));
            }
            WindowText text = WindowText.of(inWindow);
            windowTexts.put(key, text);
            found.put(key, text);
        });
        return found;
    }

    private static Map<Long, WindowText.Passage> passages(Connection c, Collection<WorksRetrieval.Window> windows)
            throws SQLException {
        List<Integer> volumes = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        for (WorksRetrieval.Window w : windows) {
            for (int p = w.first(); p <= w.last(); p++) {
                volumes.add(w.volume());
                ordinals.add(p);
            }
        }
        Map<Long, WindowText.Passage> found = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(PASSAGES)) {
            st.setArray(1, c.createArrayOf("integer", volumes.toArray()));
            st.setArray(2, c.createArrayOf("integer", ordinals.toArray()));
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    Integer[] starts = (Integer[]) rows.getArray(5).getArray();
                    found.put(key(rows.getInt(1), rows.getInt(2)), new WindowText.Passage(rows.getString(3),
                            rows.getInt(4), Arrays.stream(starts).mapToInt(Integer::intValue).toArray(),
                            Stretch.Kind.valueOf(rows.getString(6)), rows.getString(7), rows.getString(8)));
                }
            }
        }
        return found;
    }

    private WorksMatch align(List<Token> submission, WorksRetrieval.Window w, WindowText text) {
        Match match = matcher.match(submission, text.words);
        StemOverlap overlap = w.overlap();
        int start;
        int end;
        if (match.score() < VARIANT_ALIGNMENT && overlap.first() >= 0) {
            // another translation aligns word by word poorly: show where its content words stand (the window's
            // stems are those its passages were indexed by, in the same order)
            start = text.stemStart(overlap.first());
            end = text.stemEnd(Math.min(overlap.last(), text.stems() - 1));
        } else {
            start = match.storedEnd() > match.storedStart() ? match.storedStart() : 0;
            end = match.storedEnd() > match.storedStart() ? match.storedEnd() : text.body.length();
        }
        int firstPage = text.pageOf(start);
        int lastPage = text.pageOf(Math.max(start, end - 1));
        return new WorksMatch(w.volume(), List.of(new PageRange(firstPage, lastPage)), text.title, text.kind,
                text.source, text.body, start, end, match, overlap);
    }

    private static long key(int volume, int ordinal) {
        return ((long) volume << 32) | ordinal;
    }
}
