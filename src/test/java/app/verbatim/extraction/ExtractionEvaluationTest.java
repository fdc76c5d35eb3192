package app.verbatim.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.verbatim.extraction.html.HtmlMemoir;

/** Prints extraction quality per split: {@code ./mvnw test -Dtest=ExtractionEvaluationTest}. */
class ExtractionEvaluationTest {

    @Test
    void shouldReportLeninQuotationsAndCitationsPerSplit() throws IOException {
        Map<String, ExtractionEvaluation.Tally> tallies = new ExtractionEvaluation().evaluate(
                List.of("/eval/extraction/seeds.jsonl", "/eval/extraction/krupskaya.jsonl", "/eval/extraction/others.jsonl"),
                ExtractionEvaluationTest::source);
        tallies.forEach((split, t) -> System.out.printf("%-8s %s%n", split, t));
        tallies.forEach((split, t) -> {
            if (!split.equals("holdout")) {
                t.misses.forEach(m -> System.out.println("  " + split + " " + m));
            }
        });
    }

    static ExtractionEvaluation.Source source(String file) {
        if (file.startsWith("seeds/")) {
            String name = file.substring("seeds/".length());
            return new ExtractionEvaluation.Source(resource("/seeds/" + name), SeedReport.SEEDS.get(name));
        }
        if (file.startsWith("memoirs/")) {
            String path = file.substring("memoirs/".length());
            String author = MANIFEST.get(path);
            return new ExtractionEvaluation.Source(HtmlMemoir.read(bytes("/memoirs/" + path), null).text(), author);
        }
        throw new IllegalArgumentException("no source for " + file);
    }

    /** Each shipped web page's author, from the manifest the service imports them by. */
    private static final Map<String, String> MANIFEST = manifest();

    private static Map<String, String> manifest() {
        try {
            Map<String, String> authors = new java.util.HashMap<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes("/memoirs/manifest.json")).get("memoirs")
                    .forEach(m -> authors.put(m.get("file").asText(), m.get("author").asText()));
            return authors;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String path) {
        try (InputStream in = ExtractionEvaluationTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = ExtractionEvaluationTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
