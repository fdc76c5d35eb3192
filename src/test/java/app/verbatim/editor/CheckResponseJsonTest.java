package app.verbatim.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CheckResponseJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    private static CheckMatch sample() {
        return new CheckMatch("msg", "short", List.of(new CheckMatch.Replacement("r")), 3, 4,
                new CheckMatch.Context("ctx", 0, 3), "sentence", new CheckMatch.Type("Other"),
                new CheckMatch.Rule("QUOTE_MISQUOTED", "desc", "style", List.of(new CheckMatch.Url("http://x")),
                        LanguageToolMatches.CATEGORY),
                false, 0);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void shouldSerialiseTopLevelLikeLanguageTool() throws Exception {
        JsonNode tree = json.valueToTree(CheckResponse.of("0.1", "2025-01-01", Languages.ENGLISH, List.of(sample())));
        assertEquals(List.of("software", "warnings", "language", "matches"), fields(tree));
        assertEquals(json.readTree("""
                {"name":"Verbatim","version":"0.1","buildDate":"2025-01-01","apiVersion":1,"premium":false,"status":""}"""),
                tree.get("software"));
        assertEquals(json.readTree("{\"incompleteResults\":false}"), tree.get("warnings"));
        assertEquals(json.readTree("""
                {"name":"English","code":"en-US","detectedLanguage":{"name":"English","code":"en-US","confidence":1.0}}"""),
                tree.get("language"));
    }

    @Test
    void shouldSerialiseMatchFieldsInLanguageToolOrder() {
        JsonNode match = json.valueToTree(sample());
        assertEquals(List.of("message", "shortMessage", "replacements", "offset", "length", "context", "sentence",
                "type", "rule", "ignoreForIncompleteSentence", "contextForSureMatch"), fields(match));
        assertEquals(List.of("id", "description", "issueType", "urls", "category"), fields(match.get("rule")));
        assertEquals("VERBATIM_QUOTATIONS", match.get("rule").get("category").get("id").asText());
        assertEquals("Quotations", match.get("rule").get("category").get("name").asText());
        assertEquals("http://x", match.get("rule").get("urls").get(0).get("value").asText());
        assertEquals("Other", match.get("type").get("typeName").asText());
    }

    @Test
    void shouldReadBackWhatItWrites() throws Exception {
        CheckResponse response = CheckResponse.of("0.1", "2025-01-01", Languages.ENGLISH, List.of(sample()));
        assertEquals(response, json.readValue(json.writeValueAsString(response), CheckResponse.class));
    }

    @Test
    void shouldSerialiseLanguagesLikeLanguageTool() {
        JsonNode list = json.valueToTree(Languages.list());
        assertEquals(List.of("name", "code", "longCode"), fields(list.get(0)));
        assertEquals("en-US", list.get(0).get("longCode").asText());
    }
}
