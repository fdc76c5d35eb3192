package app.verbatim.works;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import app.verbatim.text.Stems;
import app.verbatim.works.data.Stretch;
import app.verbatim.works.data.VolumeData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Writes a volume of the Works: all of it in one transaction, replacing what was stored for that volume
 * before, so a reader never sees half a volume. Rows go in as arrays, one statement per table.
 */
@ApplicationScoped
class VolumeStore {

    private final DataSource dataSource;
    private final Event<WorksVolumeLoaded> loaded;

    VolumeStore(DataSource dataSource, Event<WorksVolumeLoaded> loaded) {
        this.dataSource = dataSource;
        this.loaded = loaded;
    }

    /** The hash of the data file each stored volume came from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<Integer, String> storedHashes() {
        Map<Integer, String> hashes = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT volume, data_sha256 FROM works_volume");
             ResultSet rows = st.executeQuery()) {
            while (rows.next()) {
                hashes.put(rows.getInt(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the loaded Works volumes failed", e);
        }
        return hashes;
    }

    /**
     * Stores a volume unless the same data is stored already (another instance may have loaded it meanwhile).
     *
     * @return whether anything was written
     */
    @Transactional
    boolean replace(VolumeData volume, String dataSha256, List<CutPassage> passages) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "works-volume:" + volume.volume());
                lock.execute();
            }
            try (PreparedStatement st = c.prepareStatement("SELECT data_sha256 FROM works_volume WHERE volume = ?")) {
                st.setInt(1, volume.volume());
                try (ResultSet row = st.executeQuery()) {
                    if (row.next() && row.getString(1).equals(dataSha256)) {
                        return false;
                    }
                }
            }
            update(c, "DELETE FROM works_volume WHERE volume = ?", volume.volume());
            insertVolume(c, volume, dataSha256);
            insertWorks(c, volume);
            insertPages(c, volume);
            insertStretches(c, volume);
            insertPassages(c, volume.volume(), passages);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing Works volume " + volume.volume() + " failed: " + e.getMessage(), e);
        }
        loaded.fire(new WorksVolumeLoaded(volume.volume()));
        return true;
    }

    private static void insertVolume(Connection c, VolumeData v, String dataSha256) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO works_volume (volume, period, edition, source_file, source_sha256, data_sha256,
                                          first_page, last_page, pages)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            st.setInt(1, v.volume());
            st.setString(2, v.period());
            st.setString(3, v.edition() == null ? VolumeData.EDITION : v.edition());
            st.setString(4, v.source().file());
            st.setString(5, v.source().sha256());
            st.setString(6, dataSha256);
            st.setInt(7, v.pages().get(0).page());
            st.setInt(8, v.pages().get(v.pages().size() - 1).page());
            st.setInt(9, v.pages().size());
            st.executeUpdate();
        }
    }

    private static void insertWorks(Connection c, VolumeData v) throws SQLException {
        List<VolumeData.Work> works = v.works();
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO works_work (volume, ordinal, title, first_page, last_page, editorial)
                SELECT ?, w.ordinal - 1, w.title, w.first_page, w.last_page, w.editorial
                  FROM unnest(?::text[], ?::int[], ?::int[], ?::boolean[])
                       WITH ORDINALITY AS w(title, first_page, last_page, editorial, ordinal)""")) {
            st.setInt(1, v.volume());
            st.setArray(2, c.createArrayOf("text", works.stream().map(VolumeData.Work::title).toArray()));
            st.setArray(3, c.createArrayOf("integer", works.stream().map(VolumeData.Work::firstPage).toArray()));
            st.setArray(4, c.createArrayOf("integer", works.stream().map(VolumeData.Work::lastPage).toArray()));
            st.setArray(5, c.createArrayOf("boolean", works.stream().map(VolumeData.Work::editorialSection).toArray()));
            st.executeUpdate();
        }
    }

    private static void insertPages(Connection c, VolumeData v) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO works_page (volume, page, pdf_page, body)
                SELECT ?, p.page, p.pdf_page, p.body FROM unnest(?::int[], ?::int[], ?::text[]) AS p(page, pdf_page, body)""")) {
            st.setInt(1, v.volume());
            st.setArray(2, c.createArrayOf("integer", v.pages().stream().map(VolumeData.Page::page).toArray()));
            st.setArray(3, c.createArrayOf("integer", v.pages().stream().map(VolumeData.Page::pdfPage).toArray()));
            st.setArray(4, c.createArrayOf("text", v.pages().stream().map(p -> clean(p.text())).toArray()));
            st.executeUpdate();
        }
    }

    private static void insertStretches(Connection c, VolumeData v) throws SQLException {
        List<Object> pages = new ArrayList<>();
        List<Object> ordinals = new ArrayList<>();
        List<Object> starts = new ArrayList<>();
        List<Object> ends = new ArrayList<>();
        List<Object> kinds = new ArrayList<>();
        List<Object> sources = new ArrayList<>();
        for (VolumeData.Page p : v.pages()) {
            for (int i = 0; i < p.stretches().size(); i++) {
                Stretch s = p.stretches().get(i);
                pages.add(p.page());
                ordinals.add(i);
                starts.add(s.start());
                ends.add(s.end());
                kinds.add(s.kind().name());
                sources.add(s.source());
            }
        }
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO works_stretch (volume, page, ordinal, start_offset, end_offset, kind, source)
                SELECT ?, s.page, s.ordinal, s.start_offset, s.end_offset, s.kind, s.source
                  FROM unnest(?::int[], ?::int[], ?::int[], ?::int[], ?::text[], ?::text[])
                       AS s(page, ordinal, start_offset, end_offset, kind, source)""")) {
            st.setInt(1, v.volume());
            st.setArray(2, c.createArrayOf("integer", pages.toArray()));
            st.setArray(3, c.createArrayOf("integer", ordinals.toArray()));
            st.setArray(4, c.createArrayOf("integer", starts.toArray()));
            st.setArray(5, c.createArrayOf("integer", ends.toArray()));
            st.setArray(6, c.createArrayOf("text", kinds.toArray()));
            st.setArray(7, c.createArrayOf("text", sources.toArray()));
            st.executeUpdate();
        }
    }

    /** Each passage with the stems of its content words, which every instance's index is built from. */
    private static void insertPassages(Connection c, int volume, List<CutPassage> passages) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO works_passage (volume, ordinal, run, kind, source, work, first_page, page_starts, body,
                                           words, lexemes)
                SELECT ?, p.ordinal, p.run, p.kind, p.source, p.work, p.first_page, p.page_starts::int[], p.body,
                       p.words, p.lexemes::text[]
                  FROM unnest(?::int[], ?::int[], ?::text[], ?::text[], ?::int[], ?::int[], ?::text[], ?::text[], ?::int[],
                              ?::text[])
                       AS p(ordinal, run, kind, source, work, first_page, page_starts, body, words, lexemes)""")) {
            st.setInt(1, volume);
            st.setArray(2, c.createArrayOf("integer", passages.stream().map(CutPassage::ordinal).toArray()));
            st.setArray(3, c.createArrayOf("integer", passages.stream().map(CutPassage::run).toArray()));
            st.setArray(4, c.createArrayOf("text", passages.stream().map(p -> p.kind().name()).toArray()));
            st.setArray(5, c.createArrayOf("text", passages.stream().map(CutPassage::source).toArray()));
            st.setArray(6, c.createArrayOf("integer", passages.stream().map(CutPassage::work).toArray()));
            st.setArray(7, c.createArrayOf("integer", passages.stream().map(CutPassage::firstPage).toArray()));
            st.setArray(8, c.createArrayOf("text", passages.stream()
                    .map(p -> Arrays.stream(p.pageStarts()).mapToObj(Integer::toString)
                            .collect(Collectors.joining(",", "{", "}"))).toArray()));
            st.setArray(9, c.createArrayOf("text", passages.stream().map(p -> clean(p.body())).toArray()));
            st.setArray(10, c.createArrayOf("integer", passages.stream().map(CutPassage::words).toArray()));
            st.setArray(11, c.createArrayOf("text", passages.stream()
                    .map(p -> Stems.distinct(p.body()).stream().map(VolumeStore::quoted)
                            .collect(Collectors.joining(",", "{", "}"))).toArray()));
            st.executeUpdate();
        }
    }

    /** An element of an array literal: quoted, backslash and quote escaped. */
    private static String quoted(String element) {
        return '"' + element.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** PostgreSQL text cannot hold NUL; no printed page has one, but a data file from elsewhere might. */
    private static String clean(String text) {
        return text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', ' ');
    }

    private static void update(Connection c, String sql, int volume) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setInt(1, volume);
            st.executeUpdate();
        }
    }
}
