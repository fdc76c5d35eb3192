package app.verbatim.review;

import java.io.InputStream;

import app.verbatim.corpus.AdminOnly;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The curated corpus out and back in, as JSON Lines. Both need the admin key: an export holds every reviewer's key
 * name and reasons, and a restore writes.
 */
@Path("/api/v1")
public class ExportResource {

    /** JSON Lines, under the name most tools know it by. */
    static final String JSON_LINES = "application/x-ndjson";

    private final CorpusExport export;
    private final CorpusRestore restore;

    ExportResource(CorpusExport export, CorpusRestore restore) {
        this.export = export;
        this.restore = restore;
    }

    @GET
    @Path("/export")
    @AdminOnly
    @Produces(JSON_LINES)
    public Response export() {
        StreamingOutput body = export::write;
        return Response.ok(body, JSON_LINES)
                .header("Content-Disposition", "attachment; filename=\"verbatim-export.jsonl\"")
                .build();
    }

    @POST
    @Path("/import")
    @AdminOnly
    @Consumes({JSON_LINES, "application/jsonl", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public CorpusRestore.Summary restore(InputStream lines) {
        return restore.restore(lines);
    }
}
