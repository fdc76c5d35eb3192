package app.verbatim.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.verbatim.text.QuoteShape;
import app.verbatim.text.Words;

/**
 * Finds every quotation in a writer's draft: words in quotation marks, block quotations and indirect speech
 * attributed to Lenin. Offsets are Java String indices (UTF-16 code units) into the draft as given.
 *
 * <p>Thread-safe and stateless; one instance can serve every request.
 */
public final class DraftQuotationFinder {

    private final BlockQuoteScanner blocks = new BlockQuoteScanner();
    private final QuoteMarkScanner marks = new QuoteMarkScanner();
    private final ReportedSpeechScanner reported = new ReportedSpeechScanner();

    /** Quotations in order of their offset; never null, empty for a null or blank draft. */
    public List<DraftQuotation> find(String draft) {
        if (draft == null || draft.isBlank()) {
            return List.of();
        }
        List<Candidate> blockQuotations = blocks.scan(draft);
        // block quotations come first: quote marks inside one belong to it
        List<Candidate> marked = merge(blockQuotations, marks.scan(draft, blockQuotations));
        List<Candidate> all = merge(marked, reported.scan(draft, marked));
        List<DraftQuotation> found = new ArrayList<>(all.size());
        for (Candidate c : all) {
            DraftSpeaker.Credit credit = DraftSpeaker.of(draft, c);
            if (QuoteShape.isScareQuote(Words.count(c.clean()), credit.tagged())) {
                continue;
            }
            found.add(new DraftQuotation(c.start(), c.end() - c.start(), draft.substring(c.start(), c.end()),
                    c.form(), credit.speaker(), c.clean()));
        }
        return List.copyOf(found);
    }

    private static List<Candidate> merge(List<Candidate> a, List<Candidate> b) {
        List<Candidate> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        all.sort(Comparator.comparingInt(Candidate::outerStart));
        return all;
    }
}
