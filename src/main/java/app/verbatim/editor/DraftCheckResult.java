package app.verbatim.editor;

import java.util.List;

import app.verbatim.lookup.LookupResult;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every quotation of a draft, where it stands (UTF-16 offsets, as editors count) and what it is; {@code incomplete}
 * when the draft held more quotations than are looked up at once (verbatim.editor.max-quotations): the rest come
 * back without a verdict.
 */
public record DraftCheckResult(List<Item> quotations, boolean incomplete) {

    /**
     * {@code verdict} and {@code explanation} are null when the quotation is too short to look up, and
     * {@code match} is then left out (as when nothing matched); {@code suggestedCitation} is null when the
     * corpus does not have the words.
     */
    public record Item(int offset, int length, String text, Form form, String attributedTo, String verdict,
                       String explanation, @JsonInclude(JsonInclude.Include.NON_NULL) LookupResult.LookupMatch match,
                       SuggestedCitation suggestedCitation) {
    }
}
