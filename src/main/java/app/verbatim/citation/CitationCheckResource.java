package app.verbatim.citation;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.ProblemException;
import app.verbatim.api.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Every memoir citation checked against the Works, by outcome, so an editor can go straight to the doubtful ones. */
@Path("/api/v1/citation-checks")
@Produces(MediaType.APPLICATION_JSON)
public class CitationCheckResource {

    private final CitationCheckList checks;

    CitationCheckResource(CitationCheckList checks) {
        this.checks = checks;
    }

    @GET
    public PageOf<CheckedQuotation> list(@QueryParam("outcome") String outcome, @QueryParam("memoir") String memoir,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        CitationCheckRules.Outcome wanted = null;
        if (outcome != null && !outcome.isBlank()) {
            try {
                wanted = CitationCheckRules.Outcome.valueOf(outcome.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("outcome", "outcome must be one of "
                        + java.util.Arrays.toString(CitationCheckRules.Outcome.values()));
            }
        }
        Integer memoirId = QueryParams.optionalPositiveInt("memoir", memoir);
        return checks.list(wanted, memoirId == null ? null : memoirId.longValue(), paging);
    }
}
