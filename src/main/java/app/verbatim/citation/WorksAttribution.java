package app.verbatim.citation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import app.verbatim.corpus.MemoirStored;
import app.verbatim.lookup.LookupConfig;
import app.verbatim.text.CitationFormat;
import app.verbatim.text.Speakers;
import app.verbatim.text.TextNormaliser;
import app.verbatim.text.Token;
import app.verbatim.text.Words;
import app.verbatim.works.WorksMatch;
import app.verbatim.works.WorksSearch;
import app.verbatim.works.WorksVolumeLoaded;
import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

/**
 * A memoir quotation nobody is named for whose words stand in the Works as Lenin's own is Lenin's: the memoirist
 * quoted his writing. A person the memoir names keeps the words (Lenin's spoken words are not in the Works, and
 * someone may read his out), and so does a body the memoir names as issuing them: a congress's or a delegation's
 * declaration is as likely to stand in the Works because Lenin quoted it as because he drafted it, and the Works
 * do not mark every passage he quotes (a memoir that says he drafted it, or cites it to his Works, makes it his at
 * extraction). A quotation a reviewer decided is left as decided. Runs when a memoir is stored, after its reviews are placed and
 * before its duplicates are clustered and its citations checked, and for every memoir once all volumes are loaded.
 */
@ApplicationScoped
public class WorksAttribution {

    /** Fewer words than this stand in too many places to say whose they are. */
    static final int MIN_WORDS = 8;

    /** Quotations looked up in the Works at once. */
    static final int BATCH = 200;

    /** Memoirs whose quotations are read at once: after the last volume, every memoir is gone through. */
    static final int MEMOIRS_AT_ONCE = 50;

    /** As sure as a memoir's own attribution by name: the Works are the primary source, but the match is inferred. */
    static final double CONFIDENCE = 0.85;

    /** Runs after ReviewKeeper (APPLICATION) places reviews, before the observers of default priority. */
    static final int PRIORITY = Interceptor.Priority.APPLICATION + 100;

    /** A quotation nobody is named for: no person, and no body issuing it. */
    private static final String NOBODY_NAMED = "NOT q.lenin AND q.speaker_kind = 'UNKNOWN' AND q.issuing_body IS NULL";

    private static final String UNATTRIBUTED = """
            SELECT q.id, q.body, q.memoir_id
              FROM quotation q
             WHERE q.memoir_id = ANY (?::bigint[]) AND %s
               AND NOT EXISTS (SELECT 1 FROM review r WHERE r.quotation_id = q.id)
             ORDER BY q.memoir_id, q.id""".formatted(NOBODY_NAMED);

    private static final String MAKE_LENINS = """
            UPDATE quotation
               SET speaker = ?, speaker_kind = 'PERSON', lenin = true, confidence = ?, attribution_note = ?, cluster_id = NULL
             WHERE id = ? AND NOT lenin""";

    private final DataSource dataSource;
    private final WorksSearch works;
    private final LookupConfig config;
    private final Event<MemoirStored> stored;

    WorksAttribution(DataSource dataSource, WorksSearch works, LookupConfig config, Event<MemoirStored> stored) {
        this.dataSource = dataSource;
        this.works = works;
        this.config = config;
        this.stored = stored;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onMemoirStored(@Observes @Priority(PRIORITY) MemoirStored memoir) {
        attribute(List.of(memoir.memoirId()));
    }

    /**
     * Once every volume is loaded, the memoirs stored before them: each memoir whose quotations change is processed
     * again as after an import (duplicates, citation checks, speaker conflicts).
     */
    @Transactional
    void onVolumeLoaded(@Observes @Priority(PRIORITY) WorksVolumeLoaded loaded) {
        if (!loaded.last()) {
            return;
        }
        Set<Long> changed = attribute(MemoirIds.of(dataSource,
                "SELECT DISTINCT q.memoir_id FROM quotation q WHERE " + NOBODY_NAMED + " ORDER BY q.memoir_id", null));
        changed.forEach(id -> stored.fire(new MemoirStored(id)));
        Log.infof("Works: quotations of %d memoirs found among Lenin's own words and attributed to him", changed.size());
    }

    /**
     * Attributes what the Works show to be Lenin's in these memoirs, a few memoirs' quotations at a time (after the
     * last volume this is every memoir); answers the memoirs that changed.
     */
    Set<Long> attribute(List<Long> memoirIds) {
        Set<Long> changed = new LinkedHashSet<>();
        if (memoirIds.isEmpty() || works.volumesLoaded().isEmpty()) {
            return changed;
        }
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < memoirIds.size(); from += MEMOIRS_AT_ONCE) {
                List<Candidate> candidates = candidates(c, memoirIds.subList(from, Math.min(memoirIds.size(), from + MEMOIRS_AT_ONCE)));
                for (int at = 0; at < candidates.size(); at += BATCH) {
                    attribute(c, candidates.subList(at, Math.min(candidates.size(), at + BATCH)), changed);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Attributing memoir quotations from the Works failed", e);
        }
        return changed;
    }

    private void attribute(Connection c, List<Candidate> batch, Set<Long> changed) throws SQLException {
        List<List<Token>> tokens = batch.stream().map(q -> TextNormaliser.tokenize(q.body())).toList();
        List<List<WorksMatch>> found = works.search(batch.stream().map(Candidate::body).toList(), tokens);
        try (PreparedStatement update = c.prepareStatement(MAKE_LENINS)) {
            for (int i = 0; i < batch.size(); i++) {
                WorksMatch lenins = leninsOwn(found.get(i));
                if (lenins == null) {
                    continue;
                }
                update.setString(1, Speakers.LENIN);
                update.setFloat(2, (float) CONFIDENCE);
                update.setString(3, note(lenins));
                update.setLong(4, batch.get(i).id());
                update.addBatch();
                changed.add(batch.get(i).memoirId());
            }
            update.executeBatch();
        }
    }

    /**
     * The Works match that makes the words Lenin's: the closest passage that holds them word for word (misquoted
     * at most) or in another translation, when it is his own text. When the closest is a passage he quotes or the
     * editors', the words are not his.
     */
    WorksMatch leninsOwn(List<WorksMatch> matches) {
        return matches.stream()
                .filter(m -> m.match().score() >= config.thresholds().variant()
                        || m.overlap().translates(config.thresholds().translation()))
                .findFirst()
                .filter(WorksMatch::lenin)
                .orElse(null);
    }

    private static String note(WorksMatch m) {
        String where = CitationFormat.works(m.volume(), m.pages());
        return "Lenin's own words in the Works: " + where + (m.title() == null ? "" : " (" + m.title() + ")");
    }

    /** A quotation to look for. */
    private record Candidate(long id, String body, long memoirId) {
    }

    private static List<Candidate> candidates(Connection c, List<Long> memoirIds) throws SQLException {
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(UNATTRIBUTED)) {
            st.setArray(1, c.createArrayOf("bigint", memoirIds.toArray()));
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    String body = r.getString(2);
                    if (Words.of(body).size() >= MIN_WORDS) {
                        out.add(new Candidate(r.getLong(1), body, r.getLong(3)));
                    }
                }
            }
        }
        return out;
    }

}
