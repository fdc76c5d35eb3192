package app.verbatim.citation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** The memoirs a pass over the Works goes through, as a query lists them. */
final class MemoirIds {

    private MemoirIds() {
    }

    /** The ids {@code sql} selects, with {@code value} as its one parameter when not null. */
    static List<Long> of(DataSource dataSource, String sql, Integer value) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (value != null) {
                st.setInt(1, value);
            }
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Listing memoirs failed", e);
        }
        return ids;
    }
}
