package app.verbatim.corpus;

import java.text.Normalizer;
import java.util.Locale;

import app.verbatim.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** A memoir a user adds: the checks its text must pass, the slug it is stored under, then the import. */
@ApplicationScoped
public class MemoirSubmissions {

    static final int MAX_SLUG = 120;

    private final CorpusImporter importer;
    private final CorpusConfig config;

    MemoirSubmissions(CorpusImporter importer, CorpusConfig config) {
        this.importer = importer;
        this.config = config;
    }

    /** Imports a validated memoir; a different text already stored under its slug is a 409. */
    public ImportSummary add(NewMemoir memoir) {
        if (memoir.text().length() > config.maxMemoirChars()) {
            throw ProblemException.tooLarge("text", "The memoir text has " + memoir.text().length()
                    + " characters; at most " + config.maxMemoirChars() + " are accepted");
        }
        if (memoir.text().indexOf('\u0000') >= 0) {
            throw ProblemException.badRequest("text", "The memoir text contains NUL characters; send plain UTF-8 text");
        }
        String slug = memoir.slug() != null ? memoir.slug() : slugOf(memoir);
        return importer.importMemoir(new MemoirSource(slug, memoir.author().strip(), memoir.title().strip(),
                memoir.part() == null ? null : memoir.part().strip(), memoir.editionNote(), memoir.text()),
                Memoir.Origin.USER, false);
    }

    /** "N. K. Krupskaya", "Reminiscences of Lenin" → "n-k-krupskaya-reminiscences-of-lenin": ASCII, at most 120 characters. */
    static String slugOf(NewMemoir memoir) {
        String base = memoir.author() + " " + memoir.title() + (memoir.part() == null ? "" : " " + memoir.part());
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            slug = "memoir";
        }
        return slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("-$", "") : slug;
    }
}
