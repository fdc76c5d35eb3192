package app.verbatim.works;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.verbatim.support.TextSpans;

/**
 * The Works evaluation's cases, built from the labelled files of src/test/resources/eval/ (see README-works.md):
 * Lenin's passages in four forms, the words he quotes, the editors' words, the seed memoirs' cited quotations
 * and the famous fakes. Read by {@link WorksEvaluationTest} for accuracy and by the Works benchmark for load.
 */
public final class WorksEvalCases {

    /** One submission, and where Lenin's words stand (volume 0 for words that are not his). */
    public record Case(String kind, String split, String text, int volume, int firstPage, int lastPage, boolean lenin) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorksEvalCases() {
    }

    public static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/works-passages.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode p = JSON.readTree(line);
            String text = p.get("text").asText();
            String split = p.get("split").asText();
            int volume = p.get("volume").asInt();
            int first = p.get("page").asInt();
            int last = p.get("lastPage").asInt();
            switch (p.get("kind").asText()) {
                case "LENIN" -> {
                    cases.add(new Case("exact", split, text, volume, first, last, true));
                    cases.add(new Case("fragment", split, SubmissionForms.fragment(text), volume, first, last, true));
                    cases.add(new Case("typos", split, SubmissionForms.typos(text), volume, first, last, true));
                    cases.add(new Case("ellipsis", split, SubmissionForms.ellipsis(text), volume, first, last, true));
                }
                case "QUOTED" -> cases.add(new Case("quoted", split, text, volume, first, last, false));
                default -> cases.add(new Case("editorial", split, text, volume, first, last, false));
            }
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/seed-citations.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = JSON.readTree(line);
            JsonNode found = c.get("found");
            if (found == null || found.isNull()) {
                continue;
            }
            String memoir = Files.readString(Path.of("src/main/resources/seeds/" + c.get("file").asText()),
                    StandardCharsets.UTF_8);
            String wording = TextSpans.span(memoir, c.get("start").asText(), c.get("end").asText());
            JsonNode pages = found.get("pages");
            // the seeds are split by memoir: 000 for development, 001 held out
            String split = c.get("file").asText().startsWith("000") ? "dev" : "holdout";
            cases.add(new Case("memoir_cited", split, wording, found.get("volume").asInt(), pages.get(0).get(0).asInt(),
                    pages.get(pages.size() - 1).get(1).asInt(), true));
        }
        // the famous fakes of the memoir evaluation must stay NOT_FOUND with the Works searched too
        int n = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/lookup-eval.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length > 2 && f[0].equals("fake") && f[1].equals("NOT_FOUND")) {
                cases.add(new Case("fake", n++ % 2 == 0 ? "dev" : "holdout", f[2], 0, 0, 0, false));
            }
        }
        return cases;
    }
}
