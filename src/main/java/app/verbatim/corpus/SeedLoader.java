package app.verbatim.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.verbatim.extraction.html.HtmlMemoir;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Imports the memoirs the service ships at start: the seed texts and the marxists.org pages (read as web pages,
 * as a user's upload would be). An unchanged text is not imported twice.
 */
@ApplicationScoped
public class SeedLoader {

    /** The seed texts, and the web pages, each with a manifest of what they are. */
    static final List<String> MANIFESTS = List.of("seeds/manifest.json", "memoirs/manifest.json");

    record SeedManifest(String about, List<SeedEntry> memoirs) {
    }

    record SeedEntry(String file, String slug, String author, String title, String part, String editionNote) {

        boolean webPage() {
            return file.endsWith(".htm") || file.endsWith(".html");
        }
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
        int memoirs = 0;
        for (String manifest : MANIFESTS) {
            String folder = manifest.substring(0, manifest.indexOf('/') + 1);
            for (SeedEntry seed : manifest(manifest).memoirs()) {
                byte[] bytes = read(folder + seed.file());
                String text = seed.webPage() ? HtmlMemoir.read(bytes, null).text() : new String(bytes, StandardCharsets.UTF_8);
                MemoirSource source = new MemoirSource(seed.slug(), seed.author(), seed.title(), seed.part(),
                        seed.editionNote(), text);
                ImportSummary summary = importer.importMemoir(source, Memoir.Origin.SEED, true);
                Log.debugf("Shipped memoir %s: %s", seed.slug(), summary.outcome());
                memoirs++;
            }
        }
        Log.infof("Shipped corpus ready (%d memoirs) in %d ms", memoirs, (System.nanoTime() - started) / 1_000_000);
    }

    SeedManifest manifest(String resource) {
        try {
            return json.readValue(read(resource), SeedManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled manifest " + resource + " is unreadable", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled memoir missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
