package app.verbatim.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Imports the bundled seed memoirs at start; an unchanged text is not imported twice. */
@ApplicationScoped
public class SeedLoader {

    static final String MANIFEST = "seeds/manifest.json";

    record SeedManifest(String about, List<SeedEntry> memoirs) {
    }

    record SeedEntry(String file, String slug, String author, String title, String part, String editionNote) {
    }

    private final CorpusImporter importer;
    private final CorpusConfig config;
    private final ObjectMapper json;

    SeedLoader(CorpusImporter importer, CorpusConfig config, ObjectMapper json) {
        this.importer = importer;
        this.config = config;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.importSeeds()) {
            return;
        }
        long started = System.nanoTime();
        for (SeedEntry seed : manifest().memoirs()) {
            MemoirSource source = new MemoirSource(seed.slug(), seed.author(), seed.title(), seed.part(),
                    seed.editionNote(), read("seeds/" + seed.file()));
            ImportSummary summary = importer.importMemoir(source, Memoir.Origin.SEED, true);
            Log.debugf("Seed %s: %s", seed.slug(), summary.outcome());
        }
        Log.infof("Seed corpus ready in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    SeedManifest manifest() {
        try {
            return json.readValue(read(MANIFEST), SeedManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled seed manifest is unreadable", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled seed resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
