package app.verbatim.editor;

import app.verbatim.text.Speakers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    private final DraftChecker checker;
    private final EditorConfig config;
    private final LanguageToolMatches matches = new LanguageToolMatches();
    private final String version;

    LanguageToolResource(DraftChecker checker, EditorConfig config,
                         @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.checker = checker;
        this.config = config;
        this.version = version;
    }

    @POST
    @Path("v2/check")
    @Consumes(MediaType.WILDCARD)
    public CheckResponse check(@Context UriInfo uri, byte[] body) {
        return answer(uri, LanguageToolParams.merge(uri.getQueryParameters(), new String(body, StandardCharsets.UTF_8)));
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
        return answer(uri, LanguageToolParams.merge(uri.getQueryParameters(), null));
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

    private CheckResponse answer(UriInfo uri, Map<String, String> params) {
        String text = params.get("text");
        String data = params.get("data");
        if ((text == null) == (data == null)) {
            throw ProblemException.badRequest(text == null ? "text" : "data", "Send either 'text' or 'data', not both or neither");
        }
        Languages.Entry language;
        try {
            language = Languages.resolve(Objects.requireNonNullElse(params.get("language"), "auto"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("language", e.getMessage());
        }
        AnnotatedText annotated;
        try {
            annotated = text != null ? AnnotatedText.ofPlain(text) : AnnotatedText.parse(data);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("data", e.getMessage());
        }
        if (annotated.originalText().length() > config.maxDraftChars()) {
            throw ProblemException.tooLarge(text != null ? "text" : "data", "The document has "
                    + annotated.originalText().length() + " characters; at most " + config.maxDraftChars() + " are accepted");
        }
        String pageUrl = config.publicUrl().orElse(uri.getBaseUri().toString());
        List<CheckMatch> found = new ArrayList<>();
        for (DraftChecker.Checked checked : checker.check(annotated.plainText())) {
            if (checked.lookup() == null || attributedToSomeoneElse(checked.quotation())) {
                continue;
            }
            CheckMatch match = matches.toMatch(annotated.originalText(), annotated, checked.quotation(),
                    DraftChecker.finding(checked.lookup()), pageUrl);
            if (match != null) {
                found.add(match);
            }
        }
        return CheckResponse.of(version, "", language, found);
    }

    /** The writer says whose words these are and it is not Lenin: nothing of ours to flag. */
    private static boolean attributedToSomeoneElse(DraftQuotation q) {
        return q.attributedTo() != null && !Speakers.isLenin(q.attributedTo());
    }
}
