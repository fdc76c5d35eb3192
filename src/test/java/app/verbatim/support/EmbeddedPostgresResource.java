package app.verbatim.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import app.verbatim.db.EmbeddedPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A throwaway PostgreSQL holding the seed corpus, which tests only read; unless the environment names a
 * database of its own. Tests that write get a database of their own ({@link WritableCorpus}), so no test
 * depends on what another test stored or on the order they run in.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        try {
            Path dir = Files.createTempDirectory("verbatim-test-pg");
            Files.delete(dir);
            postgres = EmbeddedPostgres.start(dir, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>(settings());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.username", EmbeddedPostgres.USER);
        config.put("quarkus.datasource.password", "");
        return config;
    }

    /** Settings of the service started over this database, beyond the test profile's. */
    protected Map<String, String> settings() {
        return Map.of();
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
