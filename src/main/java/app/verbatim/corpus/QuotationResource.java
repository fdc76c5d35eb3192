package app.verbatim.corpus;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.ProblemException;
import app.verbatim.api.QueryParams;
import app.verbatim.api.QuotationView;
import app.verbatim.text.Speakers;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/quotations")
@Produces(MediaType.APPLICATION_JSON)
public class QuotationResource {

    private final CorpusQueries queries;

    QuotationResource(CorpusQueries queries) {
        this.queries = queries;
    }

    @GET
    public PageOf<QuotationView> list(
            @QueryParam("speaker") @Size(min = 1, max = 200, message = "must be 1 to 200 characters") String speaker,
            @QueryParam("memoir") String memoir,
            @QueryParam("volume") String volume,
            @QueryParam("lenin") String lenin,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        var filter = new CorpusQueries.QuotationFilter(Speakers.canonical(speaker),
                QueryParams.optionalPositiveInt("memoir", memoir) == null ? null : Long.valueOf(memoir.strip()),
                QueryParams.optionalPositiveInt("volume", volume),
                QueryParams.optionalBoolean("lenin", lenin));
        return queries.quotations(filter, Paging.of(page, size));
    }

    @GET
    @Path("/{id}")
    public QuotationView get(@PathParam("id") long id) {
        return queries.quotation(id).orElseThrow(() -> ProblemException.notFound("No quotation " + id));
    }
}
