package app.verbatim.editor;

import app.verbatim.citation.CitationCheckRules;
import app.verbatim.text.CitationFormat;
import app.verbatim.text.PageRange;

import java.util.ArrayList;
import java.util.List;

import app.verbatim.text.Sentences;

/**
 * Turns what the corpus says about a draft quotation into a LanguageTool match. Only quotation categories and
 * issue types are used: a spelling category or issueType "misspelling" would make clients offer "add to dictionary".
 *
 * <p>Stateless and thread-safe.
 */
public final class LanguageToolMatches {

    public static final String MISQUOTED = "QUOTE_MISQUOTED";
    public static final String MISATTRIBUTED = "QUOTE_MISATTRIBUTED";
    public static final String NOT_FOUND = "QUOTE_NOT_FOUND";
    public static final String CITATION_MISSING = "QUOTE_CITATION_MISSING";
    public static final String CITATION_WRONG_PAGE = "QUOTE_CITATION_WRONG_PAGE";

    static final CheckMatch.Category CATEGORY = new CheckMatch.Category("VERBATIM_QUOTATIONS", "Quotations");
    private static final CheckMatch.Type TYPE = new CheckMatch.Type("Other");

    /**
     * The match for one quotation, or null when there is nothing to say: the words are verified and the draft
     * already cites them.
     *
     * @param originalText     the document as the client holds it; the context window is cut from it (null: the
     *                         annotated text's original)
     * @param annotated        the document as checked; {@code q}'s offsets are offsets into its plain text
     * @param quotationUrlBase the web page for quotations; the rule's url is {@code base + "#/quotation/" + id}
     */
    public CheckMatch toMatch(String originalText, AnnotatedText annotated, DraftQuotation q, QuoteFinding finding,
                              String quotationUrlBase) {
        String plain = annotated.plainText();
        String rule;
        switch (finding.verdict()) {
            case QuoteFinding.VARIANT -> rule = MISQUOTED;
            case QuoteFinding.MISATTRIBUTED -> rule = MISATTRIBUTED;
            case QuoteFinding.NOT_FOUND -> rule = NOT_FOUND;
            case QuoteFinding.VERIFIED -> {
                if (NearbyCitation.follows(plain, q.end())) {
                    return null;
                }
                rule = CITATION_MISSING;
            }
            default -> throw new IllegalArgumentException("Unknown verdict: " + finding.verdict());
        }
        String document = originalText != null ? originalText : annotated.originalText();
        int from = annotated.toOriginalOffset(q.offset());
        int to = Math.max(from, annotated.toOriginalEnd(q.end()));
        return new CheckMatch(MatchMessages.message(rule, q, finding), MatchMessages.shortMessage(rule),
                replacements(rule, finding), from, to - from, ContextWindow.around(document, from, to),
                Sentences.BLANK_LINE_PARAGRAPHS.around(plain, q.offset(), q.end()), TYPE,
                new CheckMatch.Rule(rule, MatchMessages.description(rule), issueType(rule),
                        List.of(new CheckMatch.Url(url(quotationUrlBase, finding.quotationId()))), CATEGORY),
                false, 0);
    }

    /**
     * The match for a draft's citation that does not point at the passage in the English volumes, or null when
     * it does: the citation is marked, the explanation says why, the English volume and pages replace it.
     */
    CheckMatch citationMatch(String originalText, AnnotatedText annotated, DraftCitation.Checked cited,
                             String quotationUrlBase) {
        var check = cited.check();
        if (check.outcome() == CitationCheckRules.Outcome.PAGES_MATCH || check.found() == null) {
            return null;
        }
        var found = check.found();
        String right = CitationFormat.englishEdition(found.volume(),
                List.of(new PageRange(found.firstPage(), found.lastPage())));
        String raw = cited.reference().raw();
        String replacement = raw.startsWith("(") ? "(" + right + ")" : right;
        String document = originalText != null ? originalText : annotated.originalText();
        int from = annotated.toOriginalOffset(cited.start());
        int to = Math.max(from, annotated.toOriginalEnd(cited.end()));
        return new CheckMatch(check.explanation(), "Wrong volume or page",
                List.of(new CheckMatch.Replacement(replacement)), from, to - from, ContextWindow.around(document, from, to),
                Sentences.BLANK_LINE_PARAGRAPHS.around(annotated.plainText(), cited.start(), cited.end()), TYPE,
                new CheckMatch.Rule(CITATION_WRONG_PAGE, "Citation points at another volume or page than the Works",
                        "inconsistency", List.of(new CheckMatch.Url(url(quotationUrlBase, null))), CATEGORY),
                false, 0);
    }

    /** "style" for wording, as LanguageTool marks style advice; never "misspelling". */
    static String issueType(String rule) {
        return switch (rule) {
            case MISQUOTED -> "style";
            case MISATTRIBUTED -> "inconsistency";
            default -> "other";
        };
    }

    /** The stored wording, then the stored wording with its citation; none when there is no stored wording. */
    static List<CheckMatch.Replacement> replacements(String rule, QuoteFinding finding) {
        List<CheckMatch.Replacement> out = new ArrayList<>();
        String stored = finding.storedWording();
        if (rule.equals(NOT_FOUND) || stored == null || stored.isBlank()) {
            return out;
        }
        out.add(new CheckMatch.Replacement(stored));
        String reference = MatchMessages.reference(finding);
        if (reference != null) {
            out.add(new CheckMatch.Replacement(stored + " (" + reference + ")"));
        }
        return out;
    }

    static String url(String base, Long quotationId) {
        String b = base == null ? "" : base;
        return quotationId == null ? b : b + "#/quotation/" + quotationId;
    }
}
