package app.verbatim.corpus;

import app.verbatim.api.ProblemException;
import app.verbatim.extraction.Extraction;
import app.verbatim.extraction.QuotationExtractor;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Imports a memoir: extraction first, outside any transaction (a memoir of two million characters takes
 * seconds), then one short transaction to store what it found.
 */
@ApplicationScoped
public class CorpusImporter {

    private final MemoirWriter writer;
    private final QuotationExtractor extractor = new QuotationExtractor();

    CorpusImporter(MemoirWriter writer) {
        this.writer = writer;
    }

    /**
     * Imports a text unless the same text is stored under that slug already. A different text under
     * the slug replaces it only when {@code replace} is set; otherwise a 409 problem.
     */
    public ImportSummary importMemoir(MemoirSource source, Memoir.Origin origin, boolean replace) {
        String hash = ContentHash.of(source);
        var unchanged = writer.unchanged(source.slug(), hash);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        if (!replace && writer.exists(source.slug())) {
            throw slugTaken(source.slug());
        }
        long started = System.nanoTime();
        Extraction extraction = extractor.extract(source.text(), source.author());
        long extracted = System.nanoTime();
        ImportSummary summary = writer.store(source, hash, origin, replace, extraction);
        Log.infof("Imported memoir %s: %d quotations (%d by Lenin), %d citations; extraction %d ms, storing %d ms",
                summary.slug(), summary.quotations(), summary.leninQuotations(), summary.citations(),
                (extracted - started) / 1_000_000, (System.nanoTime() - extracted) / 1_000_000);
        return summary;
    }

    static ProblemException slugTaken(String slug) {
        return ProblemException.conflict("slug", "A different memoir is already stored as '" + slug + "'; choose another slug");
    }
}
