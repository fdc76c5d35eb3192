package app.verbatim.editor;

import java.util.ArrayList;
import java.util.List;

import app.verbatim.api.ProblemException;
import app.verbatim.lookup.LookupConfig;
import app.verbatim.lookup.LookupResult;
import app.verbatim.lookup.LookupService;
import app.verbatim.match.VerdictPolicy;
import app.verbatim.text.CitationFormat;
import app.verbatim.text.PageRange;
import app.verbatim.text.TextNormaliser;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds the quotations of a draft and looks them all up in one batch. */
@ApplicationScoped
public class DraftChecker {

    /** A draft quotation with what the corpus says of it; {@code lookup} is null when it is too short to look up. */
    public record Checked(DraftQuotation quotation, LookupResult lookup) {
    }

    private final DraftQuotationFinder finder = new DraftQuotationFinder();
    private final LookupService lookup;
    private final LookupConfig lookupConfig;
    private final EditorConfig config;

    DraftChecker(LookupService lookup, LookupConfig lookupConfig, EditorConfig config) {
        this.lookup = lookup;
        this.lookupConfig = lookupConfig;
        this.config = config;
    }

    /** Every quotation of a draft with its verdict, best match and suggested citation. */
    public DraftCheckResult report(String text) {
        if (text.length() > config.maxDraftChars()) {
            throw ProblemException.tooLarge("text", "The draft has " + text.length() + " characters; at most "
                    + config.maxDraftChars() + " are accepted");
        }
        Checks checks = check(text);
        return new DraftCheckResult(checks.quotations().stream().map(DraftChecker::item).toList(), checks.incomplete());
    }

    private static DraftCheckResult.Item item(Checked checked) {
        DraftQuotation q = checked.quotation();
        LookupResult result = checked.lookup();
        if (result == null) {
            return new DraftCheckResult.Item(q.offset(), q.length(), q.text(), q.form(), q.attributedTo(), null, null, null, null);
        }
        LookupResult.LookupMatch best = result.matches().isEmpty() ? null : result.matches().get(0);
        SuggestedCitation suggestion = null;
        if (best != null && best.source() == LookupResult.Source.WORKS && result.verdict() != VerdictPolicy.Verdict.NOT_FOUND) {
            suggestion = CitationSuggestion.ofWorks(best.speaker(), best.works().volume(), best.works().pages(),
                    best.works().title());
        } else if (best != null && result.verdict() != VerdictPolicy.Verdict.NOT_FOUND) {
            var memoir = best.memoir();
            List<PageRange> pages = best.citation() == null ? List.of() : best.citation().pages();
            suggestion = CitationSuggestion.of(finding(result), memoir.author(), memoir.title(), memoir.part(),
                    best.citation() == null ? null : best.citation().volume(), pages);
        }
        return new DraftCheckResult.Item(q.offset(), q.length(), q.text(), q.form(), q.attributedTo(),
                result.verdict().name(), result.explanation(), best, suggestion);
    }

    /** A draft's quotations, each with what the corpus says of it; {@code incomplete} when some were not looked up. */
    public record Checks(List<Checked> quotations, boolean incomplete) {
    }

    public Checks check(String plainText) {
        return lookup.draft(() -> checkNow(plainText));
    }

    private Checks checkNow(String plainText) {
        List<DraftQuotation> found = finder.find(plainText);
        List<DraftQuotation> lookable = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        boolean incomplete = false;
        for (DraftQuotation q : found) {
            String words = q.clean().length() > lookupConfig.maxChars() ? q.clean().substring(0, lookupConfig.maxChars()) : q.clean();
            if (wordCount(words) >= lookupConfig.minWords()) {
                if (lookable.size() == config.maxQuotations()) {
                    incomplete = true;
                    break;
                }
                lookable.add(q);
                texts.add(words);
            }
        }
        List<LookupResult> results = texts.isEmpty() ? List.of() : lookup.lookupAll(texts, 1);
        List<Checked> checked = new ArrayList<>();
        int next = 0;
        for (DraftQuotation q : found) {
            boolean looked = next < lookable.size() && lookable.get(next) == q;
            checked.add(new Checked(q, looked ? results.get(next++) : null));
        }
        return new Checks(checked, incomplete);
    }

    /** What the lookup found, in the terms the LanguageTool and citation builders speak. */
    public static QuoteFinding finding(LookupResult result) {
        if (result.matches().isEmpty()) {
            return new QuoteFinding(result.verdict().name(), null, null, null, null, null);
        }
        LookupResult.LookupMatch best = result.matches().get(0);
        String stored = best.text().substring(best.location().start(), best.location().end());
        if (best.source() == LookupResult.Source.WORKS) {
            return new QuoteFinding(result.verdict().name(), stored, best.speaker(), null,
                    CitationFormat.englishEdition(best.works().volume(), best.works().pages()), null);
        }
        return new QuoteFinding(result.verdict().name(), stored, best.speaker(), sourceDisplay(best),
                best.citation() == null ? null : best.citation().display(), best.quotationId());
    }

    static String sourceDisplay(LookupResult.LookupMatch best) {
        var memoir = best.memoir();
        return memoir.author() + ", " + memoir.title() + (memoir.part() == null ? "" : ", \"" + memoir.part() + "\"");
    }

    private static long wordCount(String text) {
        return TextNormaliser.tokenize(text).stream().filter(t -> !t.isEllipsis()).count();
    }

}
