package app.verbatim.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document; {@code field} names the input at fault when there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose type is named after its title: "Bad Request" is https://verbatim.app/problems/bad-request. */
    public static Problem of(int status, String title, String detail, String field, List<FieldError> errors) {
        String type = "https://verbatim.app/problems/" + title.toLowerCase().replace(' ', '-');
        return new Problem(type, title, status, detail, field, errors);
    }

    public record FieldError(String field, String message) {
    }
}
