package app.verbatim.corpus;

import java.net.URI;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.ProblemException;
import app.verbatim.api.QuotationView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/memoirs")
@Produces(MediaType.APPLICATION_JSON)
public class MemoirResource {

    private final CorpusQueries queries;
    private final MemoirSubmissions submissions;

    MemoirResource(CorpusQueries queries, MemoirSubmissions submissions) {
        this.queries = queries;
        this.submissions = submissions;
    }

    @GET
    public PageOf<MemoirView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return queries.memoirs(Paging.of(page, size));
    }

    @GET
    @Path("/{id}")
    public MemoirView get(@PathParam("id") long id) {
        return queries.memoir(id).orElseThrow(() -> ProblemException.notFound("No memoir " + id));
    }

    @GET
    @Path("/{id}/quotations")
    public PageOf<QuotationView> quotations(@PathParam("id") long id,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        if (!queries.memoirExists(id)) {
            throw ProblemException.notFound("No memoir " + id);
        }
        return queries.quotations(new CorpusQueries.QuotationFilter(null, id, null, null), paging);
    }

    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Valid @NotNull(message = "a JSON body is required") NewMemoir memoir) {
        return answer(submissions.add(memoir));
    }

    /** The same as the JSON form, for `curl --data-binary @memoir.txt`: bibliographic facts in the query. */
    @POST
    @AdminOnly
    @Consumes(MediaType.TEXT_PLAIN)
    public Response addText(@QueryParam("author") String author, @QueryParam("title") String title,
                            @QueryParam("part") String part, @QueryParam("editionNote") String editionNote,
                            @QueryParam("slug") String slug, String text) {
        return answer(submissions.add(MemoirValidation.valid(new NewMemoir(author, title, part, editionNote, slug, text))));
    }

    /** A memoir as a web page (as saved from marxists.org, say): bibliographic facts in the query, title from the page if absent. */
    @POST
    @AdminOnly
    @Consumes({MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML})
    public Response addPage(@HeaderParam("Content-Type") String contentType,
                            @QueryParam("author") String author, @QueryParam("title") String title,
                            @QueryParam("part") String part, @QueryParam("editionNote") String editionNote,
                            @QueryParam("slug") String slug, byte[] page) {
        return answer(submissions.addPage(new MemoirSubmissions.Page(author, title, part, editionNote, slug,
                charsetOf(contentType), page)));
    }

    /** The charset a Content-Type names, or null: the page's own declaration decides then. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    private static Response answer(ImportSummary summary) {
        if (summary.outcome() == ImportSummary.Outcome.UNCHANGED) {
            return Response.ok(summary).build();
        }
        return Response.created(URI.create("/api/v1/memoirs/" + summary.memoirId())).entity(summary).build();
    }
}
