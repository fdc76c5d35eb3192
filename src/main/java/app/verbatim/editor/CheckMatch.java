package app.verbatim.editor;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One entry of {@code matches} in LanguageTool's /v2/check answer, field for field. Offsets are in the original
 * document (markup included), as LanguageTool reports them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL) // LanguageTool leaves out shortMessage when there is none
@JsonPropertyOrder({"message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type",
        "rule", "ignoreForIncompleteSentence", "contextForSureMatch"})
public record CheckMatch(String message, String shortMessage, List<Replacement> replacements, int offset, int length,
                         Context context, String sentence, Type type, Rule rule,
                         boolean ignoreForIncompleteSentence, int contextForSureMatch) {

    public record Replacement(String value) {
    }

    /** A window of the document around the match; offset and length locate the match inside the window. */
    @JsonPropertyOrder({"text", "offset", "length"})
    public record Context(String text, int offset, int length) {
    }

    /** LanguageTool's match type: UnknownWord, Hint or Other. UnknownWord would make clients offer "add to dictionary". */
    public record Type(String typeName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL) // LanguageTool writes urls only when the rule has one
    @JsonPropertyOrder({"id", "description", "issueType", "urls", "category"})
    public record Rule(String id, String description, String issueType, List<Url> urls, Category category) {
    }

    @JsonPropertyOrder({"id", "name"})
    public record Category(String id, String name) {
    }

    public record Url(String value) {
    }
}
