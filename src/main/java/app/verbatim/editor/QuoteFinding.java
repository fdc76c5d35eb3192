package app.verbatim.editor;

/**
 * What the corpus says about one draft quotation, as the lookup reports it.
 *
 * @param verdict         VERIFIED, VARIANT, MISATTRIBUTED or NOT_FOUND
 * @param storedWording   the words as the memoir records them; null for NOT_FOUND
 * @param speaker         who said them according to the memoir ("Lenin" unless misattributed)
 * @param sourceDisplay   the memoir, e.g. {@code N. K. Krupskaya, Reminiscences of Lenin, "From the October Revolution…"}
 * @param citationDisplay where the memoir says the words stand in the Works, e.g. {@code Works, Vol. 26, p. 255};
 *                        null when it gives none
 * @param quotationId     the stored quotation, for the link to it; null when there is none
 */
public record QuoteFinding(String verdict, String storedWording, String speaker, String sourceDisplay,
                           String citationDisplay, Long quotationId) {

    public static final String VERIFIED = "VERIFIED";
    public static final String VARIANT = "VARIANT";
    public static final String MISATTRIBUTED = "MISATTRIBUTED";
    public static final String NOT_FOUND = "NOT_FOUND";
}
