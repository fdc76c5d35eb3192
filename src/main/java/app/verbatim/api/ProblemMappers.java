package app.verbatim.api;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json: what was wrong and which field; never a stack trace. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.status(), e.title(), e.getMessage(), e.field(), null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        Problem.FieldError first = errors.isEmpty() ? new Problem.FieldError(null, "invalid input") : errors.get(0);
        return respond(400, "Bad Request", first.field() + " " + first.message(), first.field(), errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse(null);
        }
        String detail;
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field '")) {
            // "Duplicate field 'text'": the one parser message that names only the client's own field
            String name = e.getOriginalMessage().replaceAll("^Duplicate field '([^']{0,60}).*", "$1");
            field = name;
            detail = "The field '" + name + "' is given twice; send it once";
        } else if (field != null && e.getOriginalMessage() != null && e.getOriginalMessage().contains("NUL character")) {
            detail = "The value of '" + field + "' contains a NUL character (U+0000), which no text may hold";
        } else {
            detail = field == null ? "The body is not well-formed JSON" : "The value of '" + field + "' has the wrong type";
        }
        return respond(400, "Bad Request", detail, field, null);
    }

    /** Quarkus' Jackson support maps these itself (as plain JSON) unless a mapper names them exactly. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Error";
        String detail = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed here";
            case 406 -> "No acceptable representation; this endpoint answers JSON";
            case 413 -> "The body is larger than this service accepts";
            case 415 -> "Unsupported media type; send the Content-Type this endpoint documents";
            default -> title;
        };
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        return respond(status, title, detail, null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseDown.causes(e)) {
            Log.warnf("Answered 503: the database is not reachable (%s)", e.getClass().getSimpleName());
            return Response.fromResponse(respond(503, "Service Unavailable",
                            "The database is not answering; it is being brought back. Try again in a few seconds", null, null))
                    .header("Retry-After", DatabaseDown.RETRY_AFTER_SECONDS)
                    .build();
        }
        Log.error("Unexpected error answering a request", e);
        return respond(500, "Internal Server Error", "The service could not answer; the error is logged", null, null);
    }

    static Response respond(int status, String title, String detail, String field, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, detail, field, errors))
                .build();
    }

    /** "createMemoir.arg0.text" → "text": the client knows fields, not Java method arguments. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length <= 2 ? parts[parts.length - 1] : String.join(".", List.of(parts).subList(2, parts.length));
    }
}
