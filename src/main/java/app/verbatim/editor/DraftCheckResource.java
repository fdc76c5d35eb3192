package app.verbatim.editor;

import java.util.List;

import app.verbatim.text.PageRange;

import app.verbatim.lookup.LookupResult;
import app.verbatim.match.VerdictPolicy;
import app.verbatim.api.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/check")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DraftCheckResource {

    private final DraftChecker checker;
    private final EditorConfig config;

    DraftCheckResource(DraftChecker checker, EditorConfig config) {
        this.checker = checker;
        this.config = config;
    }

    @POST
    public DraftCheckResult check(DraftCheckRequest request) {
        if (request == null || request.text() == null) {
            throw ProblemException.badRequest("text", "A JSON body {\"text\": \"<the draft>\"} is required");
        }
        String text = request.text();
        if (text.length() > config.maxDraftChars()) {
            throw ProblemException.tooLarge("text", "The draft has " + text.length() + " characters; at most "
                    + config.maxDraftChars() + " are accepted");
        }
        List<DraftCheckResult.Item> items = checker.check(text).stream().map(DraftCheckResource::item).toList();
        return new DraftCheckResult(items);
    }

    private static DraftCheckResult.Item item(DraftChecker.Checked checked) {
        DraftQuotation q = checked.quotation();
        LookupResult result = checked.lookup();
        if (result == null) {
            return new DraftCheckResult.Item(q.offset(), q.length(), q.text(), q.form(), q.attributedTo(), null, null, null, null);
        }
        LookupResult.LookupMatch best = result.matches().isEmpty() ? null : result.matches().get(0);
        SuggestedCitation suggestion = null;
        if (best != null && result.verdict() != VerdictPolicy.Verdict.NOT_FOUND) {
            var memoir = best.memoir();
            List<PageRange> pages = best.citation() == null ? List.of() : best.citation().pages();
            suggestion = CitationSuggestion.of(DraftChecker.finding(result), memoir.author(), memoir.title(), memoir.part(),
                    best.citation() == null ? null : best.citation().volume(), pages);
        }
        return new DraftCheckResult.Item(q.offset(), q.length(), q.text(), q.form(), q.attributedTo(),
                result.verdict().name(), result.explanation(), best, suggestion);
    }
}
