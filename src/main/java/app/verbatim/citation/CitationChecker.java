package app.verbatim.citation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.verbatim.citation.CitationCheckRules.Check;
import app.verbatim.citation.CitationCheckRules.Claim;
import app.verbatim.citation.CitationCheckRules.Located;
import app.verbatim.citation.CitationCheckRules.Place;
import app.verbatim.corpus.MemoirStored;
import app.verbatim.lookup.LookupConfig;
import app.verbatim.lookup.LookupResult;
import app.verbatim.text.PageRange;
import app.verbatim.text.TextNormaliser;
import app.verbatim.works.WorksMatch;
import app.verbatim.works.WorksSearch;
import app.verbatim.works.WorksVolumeLoaded;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * Works out where each Lenin quotation of a memoir stands in the Works and what its citation is worth: when the
 * memoir is imported (in its transaction) and, for the memoirs citing a volume, when that volume is loaded; once
 * every volume is loaded, for every memoir. A quotation that cites a volume is looked for in that volume first.
 */
@ApplicationScoped
public class CitationChecker {

    /** Quotations looked up in the Works at once. */
    static final int BATCH = 200;

    private static final String LENIN_QUOTATIONS = """
            SELECT q.id, q.body, q.memoir_id, c.id, c.volume, c.source, c.edition,
                   ARRAY(SELECT r.first_page FROM citation_page_range r WHERE r.citation_id = c.id ORDER BY r.seq),
                   ARRAY(SELECT r.last_page FROM citation_page_range r WHERE r.citation_id = c.id ORDER BY r.seq)
              FROM quotation q LEFT JOIN citation c ON c.id = q.citation_id
             WHERE q.lenin AND q.memoir_id = ANY (?::bigint[])
             ORDER BY q.memoir_id, q.id""";

    private final DataSource dataSource;
    private final WorksSearch works;
    private final LookupConfig config;
    private final ObjectMapper json = new ObjectMapper();

    CitationChecker(DataSource dataSource, WorksSearch works, LookupConfig config) {
        this.dataSource = dataSource;
        this.works = works;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onMemoirStored(@Observes MemoirStored stored) {
        check(List.of(stored.memoirId()));
    }

    @Transactional
    void onVolumeLoaded(@Observes WorksVolumeLoaded loaded) {
        List<Long> memoirs = loaded.last() ? MemoirIds.of(dataSource, "SELECT DISTINCT memoir_id FROM quotation WHERE lenin", null)
                : MemoirIds.of(dataSource, "SELECT DISTINCT memoir_id FROM citation WHERE volume = ?",
                        loaded.volume());
        check(memoirs);
        if (loaded.last()) {
            Log.infof("Works: the Lenin quotations of %d memoirs located and their citations checked", memoirs.size());
        }
    }

    /** One Lenin quotation of a memoir, with its claim if it has a citation. */
    private record Quotation(long id, String body, long memoirId, Long citationId, Claim claim) {
    }

    /** Locates the Lenin quotations of these memoirs in the Works and checks their citations, memoir by memoir. */
    void check(List<Long> memoirIds) {
        if (memoirIds.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            Map<Long, List<Quotation>> byMemoir = new LinkedHashMap<>();
            for (Quotation q : quotations(c, memoirIds)) {
                byMemoir.computeIfAbsent(q.memoirId(), m -> new ArrayList<>()).add(q);
            }
            Set<Integer> available = works.volumesLoaded();
            for (List<Quotation> memoir : byMemoir.values()) {
                for (int from = 0; from < memoir.size(); from += BATCH) {
                    List<Quotation> batch = memoir.subList(from, Math.min(memoir.size(), from + BATCH));
                    store(c, batch, available);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Checking citations against the Works failed", e);
        }
    }

    private void store(Connection c, List<Quotation> batch, Set<Integer> available) throws SQLException {
        List<String> texts = batch.stream().map(Quotation::body).toList();
        var tokens = texts.stream().map(TextNormaliser::tokenize).toList();
        List<Integer> claimedVolumes = batch.stream()
                .map(q -> q.claim() != null && q.claim().works() && q.claim().volume() != null
                        && available.contains(q.claim().volume()) ? q.claim().volume() : null)
                .toList();
        boolean anyClaimed = claimedVolumes.stream().anyMatch(v -> v != null);
        List<List<WorksMatch>> inClaimed = anyClaimed ? works.search(texts, tokens, claimedVolumes) : null;
        List<List<WorksMatch>> anywhere = available.isEmpty() ? null : works.search(texts, tokens);
        List<Located> located = new ArrayList<>();
        List<WorksMatch> places = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            WorksMatch claimedMatch = claimedVolumes.get(i) == null || inClaimed == null ? null : bestInClaimed(inClaimed.get(i));
            WorksMatch anyMatch = anywhere == null ? null : best(anywhere.get(i));
            places.add(claimedMatch != null ? claimedMatch : anyMatch);
            if (batch.get(i).claim() != null) {
                located.add(new Located(batch.get(i).claim(), place(claimedMatch), place(anyMatch)));
            }
        }
        writeLocations(c, batch, places);
        writeChecks(c, batch, CitationCheckRules.check(located, available));
    }

    private void writeLocations(Connection c, List<Quotation> batch, List<WorksMatch> places) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM quotation_works WHERE quotation_id = ?");
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO quotation_works (quotation_id, volume, first_page, last_page, title, works_text, score,
                                                  word_share, differences)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")) {
            for (int i = 0; i < batch.size(); i++) {
                delete.setLong(1, batch.get(i).id());
                delete.addBatch();
                WorksMatch m = places.get(i);
                if (m == null) {
                    continue;
                }
                Place p = place(m);
                insert.setLong(1, batch.get(i).id());
                insert.setInt(2, p.volume());
                insert.setInt(3, p.firstPage());
                insert.setInt(4, p.lastPage());
                insert.setString(5, p.title());
                insert.setString(6, m.text().substring(m.start(), m.end()));
                insert.setFloat(7, (float) m.match().score());
                insert.setFloat(8, (float) m.overlap().share());
                insert.setString(9, differences(m));
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    private void writeChecks(Connection c, List<Quotation> batch, List<Check> checks) throws SQLException {
        Map<Long, Long> citations = new LinkedHashMap<>();
        batch.forEach(q -> citations.put(q.id(), q.citationId()));
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM citation_check WHERE quotation_id = ?");
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO citation_check (quotation_id, citation_id, outcome, found_volume, found_first_page,
                                                 found_last_page, found_title, page_offset, edition_basis, edition,
                                                 explanation)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Quotation q : batch) {
                delete.setLong(1, q.id());
                delete.addBatch();
            }
            for (Check check : checks) {
                insert.setLong(1, check.quotationId());
                insert.setLong(2, citations.get(check.quotationId()));
                insert.setString(3, check.outcome().name());
                Place f = check.found();
                insert.setObject(4, f == null ? null : f.volume());
                insert.setObject(5, f == null ? null : f.firstPage());
                insert.setObject(6, f == null ? null : f.lastPage());
                insert.setString(7, f == null ? null : f.title());
                insert.setObject(8, check.offset());
                insert.setString(9, check.basis().name());
                insert.setString(10, check.edition());
                insert.setString(11, check.explanation());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    /** Lenin's own words in the Works that the quotation matches word for word or translates. */
    private WorksMatch best(List<WorksMatch> matches) {
        return firstLenin(matches, m -> m.match().score() >= config.thresholds().variant()
                || m.overlap().translates(config.thresholds().translation()));
    }

    /**
     * In the volume a memoir names, less evidence places a passage: the memoir has already said where to look, and
     * a translation made from another edition keeps fewer of the English wording's words. A word-for-word half, or
     * a third of the content words' weight (at least four words, and two in five), is enough there.
     */
    private WorksMatch bestInClaimed(List<WorksMatch> matches) {
        return firstLenin(matches, m -> m.match().score() >= IN_CLAIMED_ALIGNMENT
                || m.overlap().translates(IN_CLAIMED_SHARE, IN_CLAIMED_SHARED, IN_CLAIMED_FRACTION));
    }

    private static WorksMatch firstLenin(List<WorksMatch> matches, java.util.function.Predicate<WorksMatch> close) {
        return matches.stream().filter(WorksMatch::lenin).filter(close).findFirst().orElse(null);
    }

    static final double IN_CLAIMED_ALIGNMENT = 0.5;
    static final double IN_CLAIMED_SHARE = 0.33;
    static final int IN_CLAIMED_SHARED = 4;
    static final double IN_CLAIMED_FRACTION = 0.4;

    private static Place place(WorksMatch m) {
        return m == null ? null : Place.spanning(m.volume(), m.pages(), m.title());
    }

    private List<Quotation> quotations(Connection c, List<Long> memoirIds) throws SQLException {
        List<Quotation> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(LENIN_QUOTATIONS)) {
            st.setArray(1, c.createArrayOf("bigint", memoirIds.toArray()));
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    long citationId = r.getLong(4);
                    Claim claim = null;
                    Long citation = null;
                    if (!r.wasNull()) {
                        citation = citationId;
                        List<PageRange> pages = PageRange.pairs((Object[]) r.getArray(8).getArray(),
                                (Object[]) r.getArray(9).getArray());
                        claim = new Claim(r.getLong(1), r.getString(6), (Integer) r.getObject(5), pages, r.getString(7));
                    }
                    out.add(new Quotation(r.getLong(1), r.getString(2), r.getLong(3), citation, claim));
                }
            }
        }
        return out;
    }


    private String differences(WorksMatch m) {
        try {
            return json.writeValueAsString(LookupResult.differences(m.match().differences()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
