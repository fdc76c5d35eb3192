package app.verbatim.works;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * This instance's in-memory index of the Works, built from the database and only from it: each volume's
 * passages and their stems. Another instance loading or replacing a volume is noticed within
 * {@code verbatim.works.refresh}, when a request finds the index stale and one thread re-reads what changed.
 */
@ApplicationScoped
public class WorksIndex {

    private final DataSource dataSource;
    private final long refreshNanos;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile WorksSnapshot snapshot = WorksSnapshot.EMPTY;
    private volatile long checkedAt = Long.MIN_VALUE;

    WorksIndex(DataSource dataSource, WorksConfig config) {
        this.dataSource = dataSource;
        this.refreshNanos = config.refresh().toNanos();
    }

    /** The index as it stands; a stale one is refreshed by this caller while others go on with it. */
    WorksSnapshot snapshot() {
        if (System.nanoTime() - checkedAt > refreshNanos && refreshing.compareAndSet(false, true)) {
            try {
                refresh();
            } finally {
                refreshing.set(false);
            }
        }
        return snapshot;
    }

    /** The volumes searched now. */
    public int volumes() {
        return snapshot.volumes().size();
    }

    /** Brings every volume in line with the database: new and replaced ones read, removed ones dropped. */
    synchronized void refresh() {
        try {
            Map<Integer, String> stored = storedHashes();
            Map<Integer, VolumeIndex> current = new HashMap<>(snapshot.volumes());
            boolean changed = current.keySet().retainAll(stored.keySet());
            for (var e : stored.entrySet()) {
                VolumeIndex have = current.get(e.getKey());
                if (have == null || !have.dataSha256.equals(e.getValue())) {
                    current.put(e.getKey(), read(e.getKey(), e.getValue()));
                    changed = true;
                }
            }
            if (changed) {
                snapshot = WorksSnapshot.of(current.values());
            }
        } catch (SQLException | RuntimeException e) {
            Log.warnf("Works index not refreshed: %s", e.getMessage());
        }
        checkedAt = System.nanoTime();
    }

    private Map<Integer, String> storedHashes() throws SQLException {
        Map<Integer, String> hashes = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT volume, data_sha256 FROM works_volume");
             ResultSet rows = st.executeQuery()) {
            while (rows.next()) {
                hashes.put(rows.getInt(1), rows.getString(2));
            }
        }
        return hashes;
    }

    private VolumeIndex read(int volume, String sha256) throws SQLException {
        List<VolumeIndex.Entry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT ordinal, run, stems FROM works_passage WHERE volume = ? ORDER BY ordinal")) {
            st.setInt(1, volume);
            st.setFetchSize(2000);
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    Array stems = rows.getArray(3);
                    entries.add(new VolumeIndex.Entry(rows.getInt(1), rows.getInt(2), (String[]) stems.getArray()));
                }
            }
        }
        return VolumeIndex.of(volume, sha256, entries);
    }
}
