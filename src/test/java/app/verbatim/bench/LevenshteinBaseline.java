package app.verbatim.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * What a lookup would cost without an index: the edit distance from the submission to every stored
 * quotation, in memory, on one thread. The floor says the service must beat this by 20x.
 */
final class LevenshteinBaseline {

    record Result(int quotations, int submissions, double meanMillis) {
    }

    static List<String> loadQuotations(Connection c) throws SQLException {
        List<String> bodies = new ArrayList<>();
        try (var st = c.createStatement()) {
            st.setFetchSize(10_000);
            c.setAutoCommit(false); // a fetch size only streams inside a transaction
            try (ResultSet rs = st.executeQuery("SELECT body FROM quotation")) {
                while (rs.next()) {
                    bodies.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            c.commit();
            c.setAutoCommit(true);
        }
        return bodies;
    }

    static Result run(List<String> quotations, List<String> submissions) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        long sink = 0;
        // one untimed pass over part of the corpus so the JIT has compiled the inner loop
        String first = submissions.get(0).toLowerCase(Locale.ROOT);
        for (int i = 0; i < Math.min(5_000, quotations.size()); i++) {
            sink += distance.apply(first, quotations.get(i));
        }
        long total = 0;
        for (String submission : submissions) {
            String s = submission.toLowerCase(Locale.ROOT);
            long start = System.nanoTime();
            int best = Integer.MAX_VALUE;
            for (String q : quotations) {
                best = Math.min(best, distance.apply(s, q));
            }
            total += System.nanoTime() - start;
            sink += best;
        }
        if (sink == 42) { // keeps the results alive so nothing is optimised away
            System.out.print("");
        }
        return new Result(quotations.size(), submissions.size(), total / 1e6 / submissions.size());
    }
}
