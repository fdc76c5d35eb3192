package app.verbatim.lookup;

/** A quotation to look up; {@code limit} caps the matches returned (default from configuration). */
public record LookupRequest(String text, Integer limit) {
}
