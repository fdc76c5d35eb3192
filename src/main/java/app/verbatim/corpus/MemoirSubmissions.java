package app.verbatim.corpus;

import java.text.Normalizer;
import java.util.Locale;

import app.verbatim.api.ProblemException;
import app.verbatim.extraction.html.HtmlMemoir;
import app.verbatim.extraction.html.UnreadableMemoirException;
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

    /** A memoir sent as a web page, with the bibliographic facts the query gave. */
    public record Page(String author, String title, String part, String editionNote, String slug, String charset,
                       byte[] bytes) {
    }

    /**
     * Reads a web page into text (headings, block quotations, notes kept; navigation and scripts dropped) and
     * imports it as {@link #add} would; a page that is not text, or holds nothing once cleaned, is a 400.
     */
    public ImportSummary addPage(Page page) {
        if (page.bytes() == null || page.bytes().length == 0) {
            throw ProblemException.badRequest("text", "The body is empty; send the page's HTML");
        }
        if (page.bytes().length > 4L * config.maxMemoirChars()) {
            throw ProblemException.tooLarge("text", "The page has " + page.bytes().length + " bytes; at most "
                    + 4L * config.maxMemoirChars() + " are accepted");
        }
        HtmlMemoir.Converted converted;
        try {
            converted = HtmlMemoir.read(page.bytes(), page.charset());
        } catch (UnreadableMemoirException e) {
            throw ProblemException.badRequest("text", e.getMessage());
        }
        String title = page.title() != null && !page.title().isBlank() ? page.title() : converted.title();
        String note = page.editionNote() != null ? page.editionNote()
                : converted.bibliography().isBlank() ? null : converted.bibliography();
        if (note != null && note.length() > 1000) {
            note = note.substring(0, 1000);
        }
        return add(MemoirValidation.valid(new NewMemoir(page.author(), title, page.part(), note, page.slug(),
                converted.text())));
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
