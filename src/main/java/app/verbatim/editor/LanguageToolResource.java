package app.verbatim.editor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import app.verbatim.api.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * The part of LanguageTool's HTTP API that editor plugins call (ltex-ls, Obsidian, flycheck, the
 * browser add-on), so they work against Verbatim by changing only their server URL.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class LanguageToolResource {

    private final LanguageToolCheck check;
    private final EditorConfig config;

    LanguageToolResource(LanguageToolCheck check, EditorConfig config) {
        this.check = check;
        this.config = config;
    }

    @POST
    @Path("v2/check")
    @Consumes(MediaType.WILDCARD)
    public CheckResponse check(@Context UriInfo uri, byte[] body) {
        return answer(uri, new String(body, StandardCharsets.UTF_8));
    }

    @POST
    @Path("check")
    @Consumes(MediaType.WILDCARD)
    public CheckResponse checkAlias(@Context UriInfo uri, byte[] body) {
        return check(uri, body);
    }

    @GET
    @Path("v2/check")
    public CheckResponse checkByQuery(@Context UriInfo uri) {
        return answer(uri, null);
    }

    @GET
    @Path("v2/languages")
    public List<Languages.Entry> languages() {
        return Languages.list();
    }

    @GET
    @Path("v2/healthcheck")
    @Produces(MediaType.TEXT_PLAIN)
    public String healthcheck() {
        return "OK";
    }

    private CheckResponse answer(UriInfo uri, String body) {
        Map<String, String> params;
        try {
            params = LanguageToolParams.merge(uri.getQueryParameters(), body);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("text", e.getMessage());
        }
        return check.check(params, config.publicUrl().orElse(uri.getBaseUri().toString()));
    }
}
