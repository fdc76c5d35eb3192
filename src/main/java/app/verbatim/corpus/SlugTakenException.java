package app.verbatim.corpus;

public class SlugTakenException extends RuntimeException {

    private final String slug;

    public SlugTakenException(String slug) {
        super("A different memoir is already stored as '" + slug + "'");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
