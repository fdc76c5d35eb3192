package app.verbatim.api;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Checks every query and path parameter of every request, once, before any resource sees it: no control
 * characters (a NUL would reach PostgreSQL, which cannot store it) and no value longer than any of ours needs.
 * The draft text LanguageTool clients may put in the query is the one long value allowed.
 */
@Provider
public class ParameterFilter implements ContainerRequestFilter {

    static final int MAX_LENGTH = 1000;
    /** LanguageTool's GET /v2/check carries the whole document in ?text= or ?data=. */
    static final List<String> DOCUMENT_PARAMETERS = List.of("text", "data");

    @Override
    public void filter(ContainerRequestContext request) {
        boolean languageTool = request.getUriInfo().getPath().startsWith("/v2/");
        check(request.getUriInfo().getQueryParameters(), languageTool);
        check(request.getUriInfo().getPathParameters(), false);
    }

    private static void check(MultivaluedMap<String, String> parameters, boolean documentsAllowed) {
        for (Map.Entry<String, List<String>> e : parameters.entrySet()) {
            String name = e.getKey();
            for (String value : e.getValue()) {
                boolean document = documentsAllowed && DOCUMENT_PARAMETERS.contains(name);
                if (!document && value.length() > MAX_LENGTH) {
                    throw ProblemException.badRequest(abbreviate(name), abbreviate(name) + " is longer than "
                            + MAX_LENGTH + " characters");
                }
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    boolean allowedWhitespace = document && (c == '\n' || c == '\r' || c == '\t');
                    if ((c < 0x20 && !allowedWhitespace) || c == 0x7f) {
                        throw ProblemException.badRequest(abbreviate(name), abbreviate(name)
                                + " contains a control character (U+" + String.format("%04X", (int) c) + ")");
                    }
                }
            }
        }
    }

    private static String abbreviate(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
