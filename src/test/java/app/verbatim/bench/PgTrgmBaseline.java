package app.verbatim.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.verbatim.works.WorksEvalCases;

/**
 * What PostgreSQL alone does with the same question: pg_trgm's word_similarity of the submission against every
 * printed page of the Works (works_page.body), best five pages. Twice: as a plain ordering, which reads and
 * scores every page, and as the fair best case for an index, a GIN trigram index answering the {@code <%}
 * operator (word_similarity above pg_trgm.word_similarity_threshold, 0.6 by default) with only the pages it
 * keeps scored and ordered. Each answer is checked against the labelled page (±1), so speed is not bought with
 * wrong pages.
 */
final class PgTrgmBaseline {

    /** One submission's answers: milliseconds and whether the labelled page (±1) was among the five. */
    record Lookup(String kind, double scanMs, boolean scanFound, double indexMs, boolean indexFound, int indexRows) {
    }

    record Result(List<Lookup> lookups, int pages, double indexBuildSeconds, String indexSize) {

        double medianScanMs() {
            return median(lookups.stream().mapToDouble(Lookup::scanMs).toArray());
        }

        double medianIndexMs() {
            return median(lookups.stream().mapToDouble(Lookup::indexMs).toArray());
        }

        long scanFound() {
            return lookups.stream().filter(Lookup::scanFound).count();
        }

        long indexFound() {
            return lookups.stream().filter(Lookup::indexFound).count();
        }
    }

    private static final String SCAN = "SELECT volume, page FROM works_page ORDER BY word_similarity(?, body) DESC LIMIT 5";
    private static final String INDEXED = """
            SELECT volume, page FROM works_page WHERE ? <% body
            ORDER BY word_similarity(?, body) DESC LIMIT 5""";

    private PgTrgmBaseline() {
    }

    static Result run(Connection db, List<WorksEvalCases.Case> cases) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            // A runaway query is reported as its timeout rather than holding the benchmark for ever.
            s.execute("SET statement_timeout = '600s'");
        }
        int pages = count(db);
        List<Double> scanMs = new ArrayList<>();
        List<Boolean> scanFound = new ArrayList<>();
        for (WorksEvalCases.Case c : cases) {
            Bench.log("pg_trgm: word_similarity over " + pages + " pages, " + c.kind());
            long start = System.nanoTime();
            List<int[]> top = query(db, SCAN, c.text(), 1);
            scanMs.add((System.nanoTime() - start) / 1e6);
            scanFound.add(found(top, c));
        }
        Bench.log("pg_trgm: building a GIN trigram index on works_page.body");
        long start = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("CREATE INDEX bench_works_page_trgm ON works_page USING gin (body gin_trgm_ops)");
            s.execute("ANALYZE works_page");
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        String size = indexSize(db);
        List<Lookup> lookups = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            WorksEvalCases.Case c = cases.get(i);
            Bench.log("pg_trgm: <% with the GIN index, " + c.kind());
            long t = System.nanoTime();
            List<int[]> top = query(db, INDEXED, c.text(), 2);
            double ms = (System.nanoTime() - t) / 1e6;
            lookups.add(new Lookup(c.kind(), scanMs.get(i), scanFound.get(i), ms, found(top, c), top.size()));
        }
        try (Statement s = db.createStatement()) {
            s.execute("DROP INDEX bench_works_page_trgm");
        }
        return new Result(lookups, pages, buildSeconds, size);
    }

    private static List<int[]> query(Connection db, String sql, String text, int parameters) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int p = 1; p <= parameters; p++) {
                ps.setString(p, text);
            }
            List<int[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new int[] {rs.getInt(1), rs.getInt(2)});
                }
            }
            return rows;
        }
    }

    private static boolean found(List<int[]> top, WorksEvalCases.Case c) {
        return top.stream().anyMatch(r -> r[0] == c.volume() && r[1] >= c.firstPage() - 1 && r[1] <= c.lastPage() + 1);
    }

    private static int count(Connection db) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM works_page")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String indexSize(Connection db) throws SQLException {
        try (ResultSet rs = db.createStatement()
                .executeQuery("SELECT pg_size_pretty(pg_relation_size('bench_works_page_trgm'))")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
