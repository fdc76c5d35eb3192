package app.verbatim.api;

/**
 * The page and size every list endpoint takes. Parsed here rather than by JAX-RS, which answers a
 * malformed query parameter with 404; a client that sends {@code size=ten} deserves a 400 naming the field.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Past this many rows no list reaches; it also keeps page × size within an int, which Panache multiplies. */
    public static final long MAX_OFFSET = 10_000_000;

    public static Paging of(String page, String size) {
        int p = QueryParams.intOrDefault("page", page, 0);
        int s = QueryParams.intOrDefault("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw ProblemException.badRequest("page", "page must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.badRequest("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > MAX_OFFSET) {
            throw ProblemException.badRequest("page", "page × size must stay within " + MAX_OFFSET + " rows");
        }
        return new Paging(p, s);
    }

    /** The first row of the page. */
    public long offset() {
        return (long) page * size;
    }
}
