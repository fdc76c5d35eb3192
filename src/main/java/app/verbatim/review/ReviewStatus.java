package app.verbatim.review;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a reviewer decided: the quotation is right as it stands, was put right, or is not a quotation at all. */
public enum ReviewStatus {
    CONFIRMED, CORRECTED, REJECTED;

    /** As the API and the database spell it: "confirmed". */
    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<ReviewStatus> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }
}
