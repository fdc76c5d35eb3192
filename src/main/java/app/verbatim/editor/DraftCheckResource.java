package app.verbatim.editor;

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

    DraftCheckResource(DraftChecker checker) {
        this.checker = checker;
    }

    @POST
    public DraftCheckResult check(DraftCheckRequest request) {
        if (request == null || request.text() == null) {
            throw ProblemException.badRequest("text", "A JSON body {\"text\": \"<the draft>\"} is required");
        }
        return checker.report(request.text());
    }
}
