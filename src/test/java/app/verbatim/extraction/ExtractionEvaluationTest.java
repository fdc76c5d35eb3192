package app.verbatim.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Prints extraction quality per split: {@code ./mvnw test -Dtest=ExtractionEvaluationTest}. */
class ExtractionEvaluationTest {

    @Test
    void shouldReportLeninQuotationsAndCitationsPerSplit() throws IOException {
        Map<String, ExtractionEvaluation.Tally> tallies = new ExtractionEvaluation().evaluate(
                List.of("/eval/extraction/seeds.jsonl"), ExtractionEvaluationTest::source);
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
        throw new IllegalArgumentException("no source for " + file);
    }

    private static String resource(String path) {
        try (InputStream in = ExtractionEvaluationTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
