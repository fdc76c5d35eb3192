package app.verbatim.duplicates;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/duplicates")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicateResource {

    private final DuplicateQueries queries;

    DuplicateResource(DuplicateQueries queries) {
        this.queries = queries;
    }

    @GET
    public PageOf<DuplicateClusterView> clusters(@QueryParam("page") String page, @QueryParam("size") String size) {
        return queries.clusters(Paging.of(page, size));
    }

    @GET
    @Path("/{clusterId}")
    public DuplicateClusterView cluster(@PathParam("clusterId") long id) {
        return queries.cluster(id).orElseThrow(() -> ProblemException.notFound("No duplicate cluster " + id));
    }
}
