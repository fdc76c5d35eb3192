package app.verbatim.citation;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/volumes")
@Produces(MediaType.APPLICATION_JSON)
public class VolumeResource {

    private final VolumeBrowser browser;

    VolumeResource(VolumeBrowser browser) {
        this.browser = browser;
    }

    @GET
    public PageOf<VolumeSummary> volumes(@QueryParam("page") String page, @QueryParam("size") String size) {
        return browser.volumes(Paging.of(page, size));
    }

    @GET
    @Path("/{volume}/citations")
    public PageOf<VolumeCitation> citations(@PathParam("volume") String volume,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        int number = parseVolume(volume);
        Paging paging = Paging.of(page, size);
        if (!browser.isCited(number)) {
            throw ProblemException.notFound("No citation of Works volume " + number + " is stored");
        }
        return browser.citations(number, paging);
    }

    private static int parseVolume(String volume) {
        try {
            int number = Integer.parseInt(volume);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("volume", "volume must be a Works volume number (1 or more), not '" + volume + "'");
    }
}
