package app.verbatim.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.verbatim.match.Shingles;
import app.verbatim.text.TextNormaliser;

/**
 * Writes a synthetic corpus straight into the database with JDBC batches: one memoir and chapter,
 * then quotations and narration passages of generated text. Shingles are computed with the
 * service's own normaliser and hash, so the GIN index is exactly what an import would build.
 */
final class CorpusGenerator {

    private static final String[] OTHER_SPEAKERS = {
        "Trotsky", "Sverdlov", "Zinoviev", "Kamenev", "Krupskaya", "Bukharin", "Dzerzhinsky",
        "Lunacharsky", "Kerensky", "Martov", "Plekhanov", "Kollontai"};
    private static final int BATCH = 1_000;

    private final MarkovText text;

    CorpusGenerator(MarkovText text) {
        this.text = text;
    }

    /** The seed memoirs' full texts, the chain's training material. */
    static List<String> seedTexts(Connection c) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT body FROM memoir WHERE origin = 'SEED' ORDER BY id")) {
            while (rs.next()) {
                texts.add(rs.getString(1));
            }
        }
        return texts;
    }

    void generate(Connection c, int quotations, int narrationPassages) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        long memoirId = insertReturningId(c, """
                INSERT INTO memoir (slug, author, title, edition_note, origin, content_hash, body)
                VALUES ('generated-corpus', 'Generator', 'Generated corpus', 'Synthetic text for the benchmark',
                        'USER', 'generated', '') RETURNING id""");
        long chapterId = insertReturningId(c, "INSERT INTO chapter (memoir_id, ordinal, number, title, start_offset, end_offset)"
                + " VALUES (" + memoirId + ", 0, 1, 'Generated', 0, 0) RETURNING id");
        int offset = 0;
        try (PreparedStatement q = c.prepareStatement("""
                INSERT INTO quotation (memoir_id, chapter_id, ordinal, body, start_offset, end_offset, speaker,
                                       speaker_kind, lenin, confidence, reporter, kind, shingles)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PERSON', ?, 1, 'Generator', ?, ?)""")) {
            for (int i = 0; i < quotations; i++) {
                String body = text.passage(10 + text.nextInt(71)); // 10-80 words
                boolean lenin = text.nextInt(2) == 0;
                q.setLong(1, memoirId);
                q.setLong(2, chapterId);
                q.setInt(3, i);
                q.setString(4, body);
                q.setInt(5, offset);
                q.setInt(6, offset += body.length());
                offset += 2;
                q.setString(7, lenin ? "Lenin" : OTHER_SPEAKERS[text.nextInt(OTHER_SPEAKERS.length)]);
                q.setBoolean(8, lenin);
                q.setString(9, text.nextInt(3) == 0 ? "WRITTEN" : "SPOKEN");
                q.setArray(10, shingles(c, body));
                q.addBatch();
                if ((i + 1) % BATCH == 0) {
                    q.executeBatch();
                    c.commit();
                }
            }
            q.executeBatch();
            c.commit();
        }
        try (PreparedStatement n = c.prepareStatement("""
                INSERT INTO narration (memoir_id, chapter_id, start_offset, end_offset, body, shingles)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < narrationPassages; i++) {
                String body = text.passage(10 + text.nextInt(71));
                n.setLong(1, memoirId);
                n.setLong(2, chapterId);
                n.setInt(3, offset);
                n.setInt(4, offset += body.length());
                offset += 2;
                n.setString(5, body);
                n.setArray(6, shingles(c, body));
                n.addBatch();
                if ((i + 1) % BATCH == 0) {
                    n.executeBatch();
                    c.commit();
                }
            }
            n.executeBatch();
            c.commit();
        }
        c.setAutoCommit(autoCommit);
        // Fresh statistics, as a real import followed by autovacuum would leave them.
        c.createStatement().execute("ANALYZE");
    }

    private static java.sql.Array shingles(Connection c, String body) throws SQLException {
        int[] hashes = Shingles.of(TextNormaliser.tokenize(body));
        return c.createArrayOf("int4", Arrays.stream(hashes).boxed().toArray(Integer[]::new));
    }

    private static long insertReturningId(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
