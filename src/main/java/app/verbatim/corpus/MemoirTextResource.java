package app.verbatim.corpus;

import app.verbatim.api.ProblemException;
import app.verbatim.api.QueryParams;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A stretch of a memoir's text: what a quotation's offsets point into, read in its paragraph by a reviewer who
 * checks or corrects where a quotation starts and ends.
 */
@Path("/api/v1/memoirs/{id}/text")
@Produces(MediaType.APPLICATION_JSON)
public class MemoirTextResource {

    /** The most of a text one answer holds: a long chapter, not a whole memoir of two million characters. */
    static final int MAX_CHARS = 50_000;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemoirText text(@PathParam("id") long id, @QueryParam("start") String start, @QueryParam("end") String end,
                           @QueryParam("paragraph") String paragraph) {
        int from = QueryParams.intOrDefault("start", start, 0);
        Integer to = QueryParams.optionalInt("end", end);
        boolean widen = Boolean.TRUE.equals(QueryParams.optionalBoolean("paragraph", paragraph));
        Memoir memoir = Memoir.<Memoir>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No memoir " + id));
        String body = memoir.body;
        int until = to == null ? Math.min(body.length(), from + MAX_CHARS) : to;
        if (from < 0 || from > body.length()) {
            throw ProblemException.badRequest("start", "start must be between 0 and " + body.length());
        }
        if (until < from || until > body.length()) {
            throw ProblemException.badRequest("end", "end must be between start and " + body.length());
        }
        if (widen) {
            // The paragraphs the stretch lies in: the memoir texts hold one paragraph a line.
            int lineStart = from == 0 ? -1 : body.lastIndexOf('\n', from - 1);
            from = Math.max(lineStart + 1, from - MAX_CHARS / 2);
            int lineEnd = body.indexOf('\n', until);
            until = Math.min(lineEnd < 0 ? body.length() : lineEnd, until + MAX_CHARS / 2);
            if (from > until) {
                from = until;
            }
        }
        if (until - from > MAX_CHARS) {
            throw ProblemException.badRequest("end", "At most " + MAX_CHARS + " characters at once");
        }
        return new MemoirText(id, body.length(), from, until, body.substring(from, until));
    }
}
