package app.verbatim.corpus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A memoir a user adds; {@code slug} is derived from author, title and part when absent. */
public record NewMemoir(
        @NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String author,
        @NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String title,
        @Size(max = 300, message = "must be at most 300 characters") String part,
        @Size(max = 1000, message = "must be at most 1000 characters") String editionNote,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
        @Size(max = 120, message = "must be at most 120 characters") String slug,
        @NotBlank(message = "must not be blank") String text) {
}
