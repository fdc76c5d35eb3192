package app.verbatim.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A document as LanguageTool's {@code data} parameter describes it: text parts, which are checked, and markup
 * parts, which are not (though a markup part's {@code interpretAs} is checked in its place). Answers must point into
 * the original document, markup included, so this keeps the mapping from plain-text offsets back to it.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnnotatedText {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A run of plain text and where it came from.
     *
     * @param plainStart    where the run starts in the plain text
     * @param length        its length in the plain text
     * @param originalStart where its source starts in the original document
     * @param sourceLength  length of its source there: equal to {@code length} for text, the markup's for
     *                      {@code interpretAs}, whose characters have no one-to-one counterpart
     * @param verbatim      true for text parts, mapped character by character
     */
    private record Run(int plainStart, int length, int originalStart, int sourceLength, boolean verbatim) {
    }

    private final String plainText;
    private final String originalText;
    private final Run[] runs;
    private final int[] runStarts;

    private AnnotatedText(String plainText, String originalText, List<Run> runs) {
        this.plainText = plainText;
        this.originalText = originalText;
        this.runs = runs.toArray(new Run[0]);
        this.runStarts = runs.stream().mapToInt(Run::plainStart).toArray();
    }

    /** Plain text: the identity mapping, as for LanguageTool's {@code text} parameter. */
    public static AnnotatedText ofPlain(String text) {
        String t = text == null ? "" : text;
        return new AnnotatedText(t, t, t.isEmpty() ? List.of() : List.of(new Run(0, t.length(), 0, t.length(), true)));
    }

    /**
     * Parses LanguageTool's {@code data} JSON: {@code {"annotation":[{"text":…},{"markup":…,"interpretAs":…}]}},
     * or {@code {"text":…}} for plain text, which LanguageTool also accepts.
     *
     * @throws IllegalArgumentException with a message fit for a 400 answer when the JSON is malformed
     */
    public static AnnotatedText parse(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("'data' is empty: expected JSON like {\"annotation\":[{\"text\":\"…\"}]}");
        }
        JsonNode data;
        try {
            data = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // the parser's own message names its internals; where the fault is is what the client can use
            throw new IllegalArgumentException("'data' is not well-formed JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
        if (data == null || !data.isObject()) {
            throw new IllegalArgumentException("'data' must be a JSON object with an 'annotation' list");
        }
        JsonNode annotation = data.get("annotation");
        JsonNode text = data.get("text");
        if (annotation != null && text != null) {
            throw new IllegalArgumentException("'data' requires either 'text' or 'annotation', not both");
        }
        if (text != null) {
            return ofPlain(string(text, "text", data));
        }
        if (annotation == null) {
            throw new IllegalArgumentException("'data' requires an 'annotation' list (or a 'text' string)");
        }
        if (!annotation.isArray()) {
            throw new IllegalArgumentException("'annotation' must be a list, got: " + annotation.getNodeType());
        }
        return fromParts(annotation);
    }

    private static AnnotatedText fromParts(JsonNode annotation) {
        StringBuilder plain = new StringBuilder();
        StringBuilder original = new StringBuilder();
        List<Run> runs = new ArrayList<>();
        int index = 0;
        for (JsonNode part : annotation) {
            if (!part.isObject()) {
                throw new IllegalArgumentException("annotation[" + index + "] must be an object");
            }
            JsonNode text = part.get("text");
            JsonNode markup = part.get("markup");
            JsonNode interpretAs = part.get("interpretAs");
            if (text != null && markup != null) {
                throw new IllegalArgumentException(
                        "annotation[" + index + "] has both 'text' and 'markup'; only one is allowed");
            }
            if (text != null && interpretAs != null) {
                throw new IllegalArgumentException(
                        "annotation[" + index + "]: 'interpretAs' goes with 'markup', not 'text'");
            }
            if (text != null) {
                String t = string(text, "annotation[" + index + "].text", part);
                if (!t.isEmpty()) {
                    runs.add(new Run(plain.length(), t.length(), original.length(), t.length(), true));
                }
                plain.append(t);
                original.append(t);
            } else if (markup != null) {
                String m = string(markup, "annotation[" + index + "].markup", part);
                String as = interpretAs == null ? "" : string(interpretAs, "annotation[" + index + "].interpretAs", part);
                if (!as.isEmpty()) {
                    runs.add(new Run(plain.length(), as.length(), original.length(), m.length(), false));
                }
                plain.append(as);
                original.append(m);
            } else {
                throw new IllegalArgumentException(
                        "annotation[" + index + "] needs a 'text' or a 'markup' key");
            }
            index++;
        }
        return new AnnotatedText(plain.toString(), original.toString(), runs);
    }

    private static String string(JsonNode node, String name, JsonNode context) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("'" + name + "' must be a string: " + context);
        }
        return node.asText();
    }

    /** What gets checked: the text parts, with each markup part's {@code interpretAs} in its place. */
    public String plainText() {
        return plainText;
    }

    /** The document as the client holds it: every text and markup part, concatenated. */
    public String originalText() {
        return originalText;
    }

    /**
     * Where the character at {@code plainOffset} stands in the original document. Markup just before it is skipped;
     * inside an {@code interpretAs} replacement the answer is the start of the markup it stands for.
     * {@code plainText().length()} maps to the end of the original document.
     *
     * @throws IndexOutOfBoundsException for an offset outside [0, plainText().length()]
     */
    public int toOriginalOffset(int plainOffset) {
        checkOffset(plainOffset);
        if (plainOffset == plainText.length()) {
            return originalText.length();
        }
        Run run = runAt(plainOffset);
        return run.verbatim() ? run.originalStart() + (plainOffset - run.plainStart()) : run.originalStart();
    }

    /**
     * Where a span ending (exclusively) at {@code plainEnd} ends in the original document. Unlike
     * {@link #toOriginalOffset(int)} it stops before markup that follows the span, so a match on "world" in
     * {@code <b>world</b>} does not take in the {@code </b>}.
     */
    public int toOriginalEnd(int plainEnd) {
        checkOffset(plainEnd);
        if (plainEnd == 0) {
            return runs.length == 0 ? 0 : Math.min(runs[0].originalStart(), originalText.length());
        }
        Run run = runAt(plainEnd - 1);
        return run.verbatim() ? run.originalStart() + (plainEnd - run.plainStart())
                : run.originalStart() + run.sourceLength();
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > plainText.length()) {
            throw new IndexOutOfBoundsException(
                    "offset " + offset + " is outside the plain text of length " + plainText.length());
        }
    }

    /** The run holding plain character {@code offset}; runs cover the plain text without gaps. */
    private Run runAt(int offset) {
        int i = Arrays.binarySearch(runStarts, offset);
        return runs[i >= 0 ? i : -i - 2];
    }

    @Override
    public String toString() {
        return "AnnotatedText" + Map.of("plain", plainText.length(), "original", originalText.length());
    }
}
