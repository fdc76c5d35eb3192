package app.verbatim.corpus;

import app.verbatim.api.QuotationView;
import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.ProblemException;
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
    private final CorpusImporter importer;
    private final AdminKey adminKey;
    private final CorpusConfig config;

    MemoirResource(CorpusQueries queries, CorpusImporter importer, AdminKey adminKey, CorpusConfig config) {
        this.queries = queries;
        this.importer = importer;
        this.adminKey = adminKey;
        this.config = config;
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
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@HeaderParam(AdminKey.HEADER) String key, @Valid @NotNull(message = "a JSON body is required") NewMemoir memoir) {
        adminKey.require(key);
        return store(memoir);
    }

    /** The same as the JSON form, for `curl --data-binary @memoir.txt`: bibliographic facts in the query. */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Response addText(@HeaderParam(AdminKey.HEADER) String key,
                            @QueryParam("author") String author, @QueryParam("title") String title,
                            @QueryParam("part") String part, @QueryParam("editionNote") String editionNote,
                            @QueryParam("slug") String slug, String text) {
        adminKey.require(key);
        return store(MemoirValidation.valid(new NewMemoir(author, title, part, editionNote, slug, text)));
    }

    private Response store(NewMemoir memoir) {
        if (memoir.text().length() > config.maxMemoirChars()) {
            throw ProblemException.tooLarge("text", "The memoir text has " + memoir.text().length()
                    + " characters; at most " + config.maxMemoirChars() + " are accepted");
        }
        if (memoir.text().indexOf('\u0000') >= 0) {
            throw ProblemException.badRequest("text", "The memoir text contains NUL characters; send plain UTF-8 text");
        }
        String slug = memoir.slug() != null ? memoir.slug() : slugOf(memoir);
        ImportSummary summary = importer.importMemoir(
                new MemoirSource(slug, memoir.author().strip(), memoir.title().strip(),
                        memoir.part() == null ? null : memoir.part().strip(), memoir.editionNote(), memoir.text()),
                Memoir.Origin.USER, false);
        if (summary.outcome() == ImportSummary.Outcome.UNCHANGED) {
            return Response.ok(summary).build();
        }
        return Response.created(URI.create("/api/v1/memoirs/" + summary.memoirId())).entity(summary).build();
    }

    static String slugOf(NewMemoir memoir) {
        String base = memoir.author() + " " + memoir.title() + (memoir.part() == null ? "" : " " + memoir.part());
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            slug = "memoir";
        }
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-$", "") : slug;
    }
}
