package app.verbatim.works.convert;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A run of a page's text, {@code start} inclusive to {@code end} exclusive, in UTF-16 units (Java and
 * JavaScript string indices), with whose words it holds. {@code source} names the quoted author where the
 * text says who it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Stretch(int start, int end, Kind kind, String source) {

    enum Kind {
        LENIN, QUOTED, EDITORIAL
    }
}
