package app.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Errors the HTTP layer raises before a request reaches a resource (a body over the size limit, an address too
 * long or badly escaped) leave as application/problem+json too, like every other error: the route failure
 * handler answers for them, and a first handler refuses an address longer than any of ours.
 */
@ApplicationScoped
public class HttpErrors {

    /** No address of ours is longer; LanguageTool clients that put a document in the query use POST. */
    static final int MAX_URI = 16 * 1024;

    /** A problem document is records and strings only: no setting of the application's mapper bears on it. */
    private static final ObjectMapper JSON = new ObjectMapper();

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkAddress);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
        // a request no route can even be matched to (a badly escaped path) fails before any failure handler
        for (int status : new int[] {400, 404, 405, 413, 414, 415, 431, 500}) {
            router.errorHandler(status, this::answer);
        }
    }

    private void checkAddress(RoutingContext context) {
        if (context.request().uri().length() > MAX_URI) {
            write(context, 414, "URI Too Long", "The address is longer than " + MAX_URI + " characters; send long text in the body");
            return;
        }
        context.next();
    }

    private void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            return;
        }
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        String detail = switch (status) {
            case 400 -> "The request is malformed (a bad escape in the address or a body that cannot be read)";
            case 413 -> "The body is larger than this service accepts";
            case 414 -> "The address is too long";
            case 431 -> "The request's headers are too large";
            default -> status >= 500 ? "The service could not answer; the error is logged" : "The request was refused";
        };
        if (status >= 500) {
            Log.error("Request failed before reaching a resource", context.failure());
        }
        write(context, status, reason(status), detail);
    }

    private static void write(RoutingContext context, int status, String title, String detail) {
        send(context, Problem.of(status, title, detail, null, null));
    }

    /** Answers a request the router handles itself, before any resource, with a problem document. */
    public static void send(RoutingContext context, Problem problem) {
        try {
            context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(problem.status()).end();
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
