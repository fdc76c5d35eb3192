package app.verbatim.editor;

/** How a draft sets a quotation off from the writer's own words. */
public enum Form {
    /** "…" typed with the ASCII double quote. */
    STRAIGHT,
    /** “…”, and ‘…’ when it is clearly a quotation rather than an apostrophe. */
    CURLY,
    /** «…», and the German »…«. */
    GUILLEMETS,
    /** Markdown {@code >} lines or a LaTeX quote/quotation environment. */
    BLOCK,
    /** Indirect speech: "Lenin wrote that …", "according to Lenin, …". */
    REPORTED
}
