package app.verbatim.citation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.verbatim.corpus.MemoirStored;
import app.verbatim.lookup.LookupConfig;
import app.verbatim.lookup.LookupResult;
import app.verbatim.text.TextNormaliser;
import app.verbatim.text.Token;
import app.verbatim.works.WorksMatch;
import app.verbatim.works.WorksSearch;
import app.verbatim.works.WorksVolumeLoaded;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * Works out where each Lenin quotation of a memoir stands in the Works: when the memoir is imported (in its
 * transaction) and, for the quotations citing a volume, when that volume is loaded; once every volume is
 * loaded, for every Lenin quotation not located yet. A quotation is located where the Works hold its words
 * word for word or in another translation, as a lookup would judge it.
 */
@ApplicationScoped
public class QuotationLocator {

    /** Quotations looked up in the Works at once. */
    static final int BATCH = 200;

    private final DataSource dataSource;
    private final WorksSearch works;
    private final LookupConfig config;
    private final ObjectMapper json = new ObjectMapper();

    QuotationLocator(DataSource dataSource, WorksSearch works, LookupConfig config) {
        this.dataSource = dataSource;
        this.works = works;
        this.config = config;
    }

    /** A quotation to locate. */
    record Stored(long id, String body) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onMemoirStored(@Observes MemoirStored stored) {
        locate("SELECT id, body FROM quotation WHERE memoir_id = ? AND lenin ORDER BY id", stored.memoirId());
    }

    @Transactional
    void onVolumeLoaded(@Observes WorksVolumeLoaded loaded) {
        locate("""
                SELECT q.id, q.body FROM quotation q JOIN citation c ON c.id = q.citation_id
                 WHERE q.lenin AND c.volume = ? ORDER BY q.id""", loaded.volume());
        if (loaded.last()) {
            int located = locate("""
                    SELECT q.id, q.body FROM quotation q
                     WHERE q.lenin AND NOT EXISTS (SELECT 1 FROM quotation_works w WHERE w.quotation_id = q.id)
                       AND q.id > ? ORDER BY q.id""", 0);
            Log.infof("Works: %d memoir quotations of Lenin's located in the Works", located);
        }
    }

    /** Locates the quotations the query lists (its one parameter bound to {@code value}); returns how many were found. */
    private int locate(String sql, long value) {
        if (works.volumesLoaded().isEmpty()) {
            return 0;
        }
        int found = 0;
        try (Connection c = dataSource.getConnection()) {
            List<Stored> quotations = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, value);
                try (ResultSet rows = st.executeQuery()) {
                    while (rows.next()) {
                        quotations.add(new Stored(rows.getLong(1), rows.getString(2)));
                    }
                }
            }
            for (int from = 0; from < quotations.size(); from += BATCH) {
                found += locate(c, quotations.subList(from, Math.min(quotations.size(), from + BATCH)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Locating quotations in the Works failed", e);
        }
        return found;
    }

    private int locate(Connection c, List<Stored> batch) throws SQLException {
        List<String> texts = batch.stream().map(Stored::body).toList();
        List<List<Token>> tokens = texts.stream().map(TextNormaliser::tokenize).toList();
        List<List<WorksMatch>> matches = works.search(texts, tokens);
        int found = 0;
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM quotation_works WHERE quotation_id = ?");
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO quotation_works (quotation_id, volume, first_page, last_page, title, works_text, score,
                                                  word_share, differences)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")) {
            for (int i = 0; i < batch.size(); i++) {
                delete.setLong(1, batch.get(i).id());
                delete.addBatch();
                WorksMatch best = best(matches.get(i));
                if (best == null) {
                    continue;
                }
                insert.setLong(1, batch.get(i).id());
                insert.setInt(2, best.volume());
                insert.setInt(3, best.pages().get(0).first());
                insert.setInt(4, best.pages().get(best.pages().size() - 1).last());
                insert.setString(5, best.title());
                insert.setString(6, best.text().substring(best.start(), best.end()));
                insert.setFloat(7, (float) best.match().score());
                insert.setFloat(8, (float) best.overlap().share());
                insert.setString(9, differences(best));
                insert.addBatch();
                found++;
            }
            delete.executeBatch();
            insert.executeBatch();
        }
        return found;
    }

    /** Lenin's own words in the Works that the quotation matches word for word or translates. */
    private WorksMatch best(List<WorksMatch> matches) {
        return matches.stream()
                .filter(WorksMatch::lenin)
                .filter(m -> m.match().score() >= config.thresholds().variant()
                        || m.overlap().translates(config.thresholds().translation()))
                .findFirst()
                .orElse(null);
    }

    private String differences(WorksMatch m) {
        try {
            return json.writeValueAsString(LookupResult.differences(m.match().differences()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
