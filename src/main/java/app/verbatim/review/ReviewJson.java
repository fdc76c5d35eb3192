package app.verbatim.review;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON held in review columns (citations, old and new values of a change); a mapper of its own, no CDI needed. */
final class ReviewJson {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private ReviewJson() {
    }

    static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static ReviewCitation citation(String json) {
        return json == null ? null : read(json, ReviewCitation.class);
    }

    static JsonNode tree(String json) {
        return json == null ? null : read(json, JsonNode.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored review value is not readable JSON", e);
        }
    }
}
