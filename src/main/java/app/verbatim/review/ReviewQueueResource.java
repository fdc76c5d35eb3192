package app.verbatim.review;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.ProblemException;
import app.verbatim.api.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The review queue: quotations worth a human look, most doubtful first. A read, public like every read. */
@Path("/api/v1/review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {

    private final ReviewQueue queue;

    ReviewQueueResource(ReviewQueue queue) {
        this.queue = queue;
    }

    @GET
    public PageOf<ReviewQueue.Item> list(@QueryParam("memoir") String memoir, @QueryParam("reason") String reason,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Integer memoirId = QueryParams.optionalPositiveInt("memoir", memoir);
        ReviewQueue.Reason why = null;
        if (reason != null && !reason.isBlank()) {
            why = ReviewQueue.reasons().get(reason.strip());
            if (why == null) {
                throw ProblemException.badRequest("reason", "reason must be one of " + String.join(", ",
                        ReviewQueue.reasons().keySet().stream().sorted().toList()));
            }
        }
        return queue.page(memoirId == null ? null : memoirId.longValue(), why, paging);
    }
}
