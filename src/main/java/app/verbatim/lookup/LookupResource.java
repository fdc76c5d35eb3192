package app.verbatim.lookup;

import app.verbatim.api.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/lookup")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LookupResource {

    private final LookupService lookup;
    private final LookupConfig config;
    private final SubmissionRules rules;

    LookupResource(LookupService lookup, LookupConfig config) {
        this.lookup = lookup;
        this.config = config;
        this.rules = new SubmissionRules(config.maxChars(), config.minWords());
    }

    @POST
    public LookupResult lookup(LookupRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("text", "A JSON body {\"text\": \"...\"} is required");
        }
        String text = rules.requireText(request.text(), "text");
        int limit = request.limit() == null ? config.defaultLimit() : request.limit();
        if (limit < 1 || limit > config.maxLimit()) {
            throw ProblemException.badRequest("limit", "limit must be between 1 and " + config.maxLimit());
        }
        return lookup.lookup(text, limit);
    }
}
