package app.verbatim.citation;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.ProblemException;
import app.verbatim.api.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Lenin's Collected Works as the service holds them: the volumes, and each printed page. */
@Path("/api/v1/works/volumes")
@Produces(MediaType.APPLICATION_JSON)
public class WorksResource {

    private final WorksBrowser browser;

    WorksResource(WorksBrowser browser) {
        this.browser = browser;
    }

    @GET
    public PageOf<WorksVolumeView> volumes(@QueryParam("page") String page, @QueryParam("size") String size) {
        return browser.volumes(Paging.of(page, size));
    }

    @GET
    @Path("/{volume}/pages/{page}")
    public WorksPageView page(@PathParam("volume") String volume, @PathParam("page") String page) {
        int v = QueryParams.requiredPositiveInt("volume", volume);
        int p = QueryParams.requiredPositiveInt("page", page);
        if (!browser.volumeExists(v)) {
            throw ProblemException.notFound("Volume " + v + " of the Collected Works is not available"
                    + (v <= 45 ? "" : "; the edition has 45 volumes"));
        }
        return browser.page(v, p).orElseThrow(() -> ProblemException.notFound("Volume " + v + " has no printed page " + p));
    }
}
