package app.verbatim.corpus;

import app.verbatim.api.ProblemException;
import app.verbatim.extraction.Extraction;
import app.verbatim.extraction.QuotationExtractor;
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
        Extraction extraction = extractor.extract(source.text(), source.author());
        return writer.store(source, hash, origin, replace, extraction);
    }

    static ProblemException slugTaken(String slug) {
        return ProblemException.conflict("slug", "A different memoir is already stored as '" + slug + "'; choose another slug");
    }
}
