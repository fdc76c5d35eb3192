package app.verbatim.api;

import java.util.List;

import app.verbatim.text.PageRange;

/**
 * A memoir's citation of Lenin's Works checked against the Works: what it claims, where the passage was found,
 * the outcome and why ({@code explanation}), and which edition the claim's page numbers follow.
 */
public record CitationCheckView(String outcome, Claimed claimed, Found found, Integer pageOffset, Edition edition,
                                String explanation) {

    /** What the memoir claims. */
    public record Claimed(String source, Integer volume, List<PageRange> pages, String display) {
    }

    /** Where the passage stands in the English volumes; null when not found. */
    public record Found(int volume, List<PageRange> pages, String title, String display) {
    }

    /** {@code basis}: STATED by the memoir, INFERRED from the check, or UNKNOWN. */
    public record Edition(String basis, String name) {
    }
}
