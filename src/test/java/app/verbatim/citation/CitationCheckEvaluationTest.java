package app.verbatim.citation;

import app.verbatim.support.TextSpans;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The seed memoirs' citations of Lenin's Works, checked by the service with every volume loaded, against the
 * English pages and outcomes read off the volumes by hand (src/test/resources/eval/seed-citations.jsonl; see
 * README-works.md). Prints each citation's outcome and the totals; run alone with
 * {@code ./mvnw test -Dtest=CitationCheckEvaluationTest}.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CitationCheckEvaluationTest {

    static final Map<String, String> SLUGS = Map.of("000_7f6442016ec1e947.txt", "krupskaya-reminiscences-october-to-brest",
            "001_ada7765265f944be.txt", "krupskaya-reminiscences-october-days");

    @Test
    void shouldLocateTheSeedCitationsAndJudgeThemAsTheReaderDid() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int labelled = 0;
        int located = 0;
        int outcomesRight = 0;
        int falseMatches = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        Map<String, String> texts = new java.util.HashMap<>();
        Map<String, List<Map<String, Object>>> quotations = new java.util.HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/seed-citations.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode label = json.readTree(line);
            labelled++;
            String file = label.get("file").asText();
            String memoir = texts.computeIfAbsent(file, CitationCheckEvaluationTest::seedText);
            String words = TextSpans.span(memoir, label.get("start").asText(), label.get("end").asText());
            int start = memoir.indexOf(words);
            JsonPath quotation = quotationAt(quotations.computeIfAbsent(file, f -> quotationsOf(SLUGS.get(f))), start,
                    start + words.length());
            String outcome = quotation == null ? "NO QUOTATION" : quotation.getString("citationCheck.outcome");
            outcome = outcome == null ? (quotation.getBoolean("lenin") ? "NOT CHECKED" : "NOT LENIN'S: " + quotation.getString("speaker")) : outcome;
            outcomes.merge(outcome, 1, Integer::sum);
            JsonNode found = label.get("found");
            boolean rightPage = false;
            if (quotation != null && quotation.get("citationCheck.found") != null && !found.isNull()) {
                int first = quotation.getInt("citationCheck.found.pages[0].first");
                int last = quotation.getInt("citationCheck.found.pages[0].last");
                JsonNode pages = found.get("pages");
                int lf = pages.get(0).get(0).asInt();
                int ll = pages.get(pages.size() - 1).get(1).asInt();
                rightPage = quotation.getInt("citationCheck.found.volume") == found.get("volume").asInt()
                        && first <= ll + 1 && last >= lf - 1;
            }
            located += rightPage ? 1 : 0;
            boolean rightOutcome = label.get("outcome").asText().equals(outcome);
            outcomesRight += rightOutcome ? 1 : 0;
            JsonNode claimed = label.get("claimed").get("pages");
            if ("PAGES_MATCH".equals(outcome) && !found.isNull()
                    && found.get("pages").get(0).get(0).asInt() != claimed.get(0).get(0).asInt()) {
                falseMatches++;
            }
            lines.add(String.format("  %s %-28s claimed %s found %s: %s%s", file.substring(0, 3),
                    label.get("claimed").get("raw").asText(), claimed, found.isNull() ? "-" : found.get("pages"),
                    outcome, rightOutcome && rightPage ? "" : "   <- labelled " + label.get("outcome").asText()
                            + (rightPage ? "" : ", page not located")));
        }
        StringBuilder report = new StringBuilder("\nCitation checks of the seed memoirs (" + labelled + " labelled)\n");
        lines.forEach(l -> report.append(l).append('\n'));
        report.append(String.format("located on the right page (±1): %d/%d = %.3f%n", located, labelled, located / (double) labelled));
        report.append(String.format("outcome as labelled: %d/%d = %.3f%n", outcomesRight, labelled, outcomesRight / (double) labelled));
        report.append("outcomes: ").append(outcomes).append('\n');
        System.out.println(report);
        assertEquals(0, falseMatches, "PAGES_MATCH where the pages differ" + report);
        assertTrue(located / (double) labelled >= 0.90, "located below 0.90" + report);
        assertTrue(outcomesRight / (double) labelled >= 0.90, "outcomes below 0.90" + report);
    }

    private static String seedText(String file) {
        try {
            return Files.readString(Path.of("src/main/resources/seeds/" + file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A stored memoir's quotations, read once per memoir. */
    private static List<Map<String, Object>> quotationsOf(String slug) {
        long memoirId = given().get("/api/v1/memoirs?size=200").then().extract().jsonPath()
                .getLong("items.find { it.slug == '" + slug + "' }.id");
        return given().get("/api/v1/memoirs/" + memoirId + "/quotations?size=200").then()
                .extract().jsonPath().getList("items");
    }

    /** The quotation of a memoir overlapping most of [start, end), in full, or null. */
    private static JsonPath quotationAt(List<Map<String, Object>> items, int start, int end) {
        Map<String, Object> best = null;
        int bestOverlap = 0;
        for (Map<String, Object> q : items) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> location = (Map<String, Integer>) q.get("location");
            int overlap = Math.min(end, location.get("end")) - Math.max(start, location.get("start"));
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = q;
            }
        }
        if (best == null || bestOverlap < (end - start) / 2) {
            return null;
        }
        return given().get("/api/v1/quotations/" + best.get("id")).then().statusCode(200).extract().jsonPath();
    }
}
