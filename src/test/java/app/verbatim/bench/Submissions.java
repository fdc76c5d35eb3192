package app.verbatim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.verbatim.text.TextNormaliser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realistic submissions the load test rotates through: column 3 of the lookup evaluation set
 * (exact Lenin quotations, fragments, typos, ellipses, other speakers, narration, famous fakes).
 */
record Submissions(List<Row> rows) {

    record Row(String kind, String expected, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The service answers 400 to fewer words (verbatim.lookup.min-words); such rows ("Useful idiots")
     * test the refusal, not the lookup, and would count as non-2xx answers.
     */
    static final int MIN_WORDS = 3;

    private static long words(String text) {
        return TextNormaliser.tokenize(text).stream().filter(t -> !t.isEllipsis()).count();
    }

    static Submissions load(Path tsv) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            rows.add(new Row(cols[0], cols[1], cols[2]));
        }
        return of(rows);
    }

    /** The rows the service looks up (at least MIN_WORDS words), in their order. */
    static Submissions of(List<Row> rows) {
        return new Submissions(rows.stream().filter(r -> words(r.text()) >= MIN_WORDS).toList());
    }

    /** Every n-th row, so the sample covers all kinds in the file's proportions. */
    Submissions sample(int size) {
        int step = Math.max(1, rows.size() / size);
        List<Row> picked = new ArrayList<>();
        for (int i = 0; i < rows.size() && picked.size() < size; i += step) {
            picked.add(rows.get(i));
        }
        return new Submissions(picked);
    }

    List<Row> ofKind(String kind) {
        return rows.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    /** One ready-made JSON request body a line, for the wrk script (Lua has no JSON encoder). */
    Path writeLookupBodies(Path file, int limit) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Row row : rows) {
            lines.add(json(Map.of("text", row.text(), "limit", limit)));
        }
        Files.createDirectories(file.getParent());
        return Files.write(file, lines);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
