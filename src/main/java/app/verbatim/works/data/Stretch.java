package app.verbatim.works.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A run of a page's text, {@code start} inclusive to {@code end} exclusive, in UTF-16 units (Java and
 * JavaScript string indices), with whose words it holds. {@code source} names the quoted author where the
 * text says who it is.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Stretch(int start, int end, Kind kind, String source) {

    /** Lenin's own words, words he quotes from someone else, the editors' words. */
    public enum Kind {
        LENIN, QUOTED, EDITORIAL
    }
}
