package app.verbatim.review;

import com.fasterxml.jackson.databind.JsonNode;

import app.verbatim.api.ProblemException;
import app.verbatim.corpus.AdminKey;
import app.verbatim.corpus.AdminOnly;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A reviewer's decisions about one quotation, and their history. */
@Path("/api/v1/quotations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService reviews;
    private final ReviewHistoryReader history;
    private final AdminKey adminKey;

    ReviewResource(ReviewService reviews, ReviewHistoryReader history, AdminKey adminKey) {
        this.reviews = reviews;
        this.history = history;
        this.adminKey = adminKey;
    }

    @PATCH
    @AdminOnly
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public ReviewView.Decision decide(@HeaderParam(AdminKey.HEADER) String key, @PathParam("id") long id, JsonNode body) {
        // The filter refused a wrong key before the body was read; asked again here only for the key's name.
        String keyName = adminKey.nameOf(key);
        return reviews.decide(id, PatchParser.parse(body), keyName);
    }

    @GET
    @Path("/history")
    public ReviewView.History history(@PathParam("id") long id) {
        return history.of(id).orElseThrow(() -> ProblemException.notFound("No quotation " + id));
    }
}
