package app.verbatim.works;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import app.verbatim.match.Match;
import app.verbatim.match.PassageMatcher;
import app.verbatim.match.StemOverlap;
import app.verbatim.match.StoredWords;
import app.verbatim.text.PageRange;
import app.verbatim.text.Stems;
import app.verbatim.text.Stems.Stem;
import app.verbatim.text.TextNormaliser;
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

    WorksSearch(DataSource dataSource, WorksIndex index) {
        this.dataSource = dataSource;
        this.index = index;
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
        try (Connection c = dataSource.getConnection()) {
            List<List<WorksRetrieval.Window>> windows = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Integer volume = volumes == null ? null : volumes.get(i);
                windows.add(retrieval.best(snapshot, Stems.of(tokens.get(i)).stream().map(Stem::stem).toList(), ALIGNED,
                        volume));
            }
            Map<Long, Passage> passages = passages(c, windows);
            for (int i = 0; i < texts.size(); i++) {
                List<WorksMatch> matches = new ArrayList<>();
                for (WorksRetrieval.Window w : windows.get(i)) {
                    matches.add(align(tokens.get(i), w, passages));
                }
                matches.sort(Comparator.comparingDouble((WorksMatch m) -> m.match().score()).reversed()
                        .thenComparing(Comparator.comparingDouble((WorksMatch m) -> m.overlap().share()).reversed()));
                results.add(matches);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Works search failed", e);
        }
        return results;
    }

    /** One stored passage as alignment needs it. */
    private record Passage(String body, int firstPage, int[] pageStarts, Stretch.Kind kind, String source, String title) {
    }

    private static Map<Long, Passage> passages(Connection c, List<List<WorksRetrieval.Window>> windows) throws SQLException {
        List<Integer> volumes = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        for (List<WorksRetrieval.Window> ws : windows) {
            for (WorksRetrieval.Window w : ws) {
                for (int p = w.first(); p <= w.last(); p++) {
                    volumes.add(w.volume());
                    ordinals.add(p);
                }
            }
        }
        Map<Long, Passage> found = new HashMap<>();
        if (volumes.isEmpty()) {
            return found;
        }
        try (PreparedStatement st = c.prepareStatement(PASSAGES)) {
            st.setArray(1, c.createArrayOf("integer", volumes.toArray()));
            st.setArray(2, c.createArrayOf("integer", ordinals.toArray()));
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    Integer[] starts = (Integer[]) rows.getArray(5).getArray();
                    found.put(key(rows.getInt(1), rows.getInt(2)), new Passage(rows.getString(3), rows.getInt(4),
                            java.util.Arrays.stream(starts).mapToInt(Integer::intValue).toArray(),
                            Stretch.Kind.valueOf(rows.getString(6)), rows.getString(7), rows.getString(8)));
                }
            }
        }
        return found;
    }

    private WorksMatch align(List<Token> submission, WorksRetrieval.Window w, Map<Long, Passage> passages) {
        StringBuilder text = new StringBuilder();
        List<int[]> pageAt = new ArrayList<>(); // {offset in text, page from there on}
        Passage first = passages.get(key(w.volume(), w.first()));
        for (int p = w.first(); p <= w.last(); p++) {
            Passage passage = passages.get(key(w.volume(), p));
            if (text.length() > 0) {
                text.append(' ');
            }
            int base = text.length();
            pageAt.add(new int[] {base, passage.firstPage()});
            for (int i = 0; i < passage.pageStarts().length; i++) {
                pageAt.add(new int[] {base + passage.pageStarts()[i], passage.firstPage() + i + 1});
            }
            text.append(passage.body());
        }
        String body = text.toString();
        StoredWords stored = StoredWords.of(body);
        Match match = matcher.match(submission, stored);
        StemOverlap overlap = w.overlap();
        int start;
        int end;
        if (match.score() < VARIANT_ALIGNMENT && overlap.first() >= 0) {
            // another translation aligns word by word poorly: show where its content words stand (the window's
            // stems are those its passages were indexed by, in the same order)
            List<Token> tokens = TextNormaliser.tokenize(body);
            List<Stem> stems = Stems.of(tokens);
            start = tokens.get(stems.get(overlap.first()).token()).start();
            end = tokens.get(stems.get(Math.min(overlap.last(), stems.size() - 1)).token()).end();
        } else {
            start = match.storedEnd() > match.storedStart() ? match.storedStart() : 0;
            end = match.storedEnd() > match.storedStart() ? match.storedEnd() : body.length();
        }
        int firstPage = pageOf(pageAt, start);
        int lastPage = pageOf(pageAt, Math.max(start, end - 1));
        return new WorksMatch(w.volume(), List.of(new PageRange(firstPage, lastPage)), first.title(), first.kind(),
                first.source(), body, start, end, match, overlap);
    }

    private static int pageOf(List<int[]> pageAt, int offset) {
        int page = pageAt.get(0)[1];
        for (int[] p : pageAt) {
            if (offset >= p[0]) {
                page = p[1];
            }
        }
        return page;
    }

    private static long key(int volume, int ordinal) {
        return ((long) volume << 32) | ordinal;
    }
}
