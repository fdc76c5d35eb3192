package app.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import app.verbatim.extraction.html.HtmlMemoir;
import app.verbatim.text.TextNormaliser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Krupskaya's chapters 000 and 001 of the seeds are rol27 and rol26 on marxists.org: the same chapter read from
 * the seed text or from the web page gives the same quotations, speakers and citations.
 */
class SameChapterEitherFormTest {

    private final QuotationExtractor extractor = new QuotationExtractor();

    @ParameterizedTest
    @CsvSource({"000_7f6442016ec1e947.txt, rol27.htm", "001_ada7765265f944be.txt, rol26.htm"})
    void shouldExtractTheSameFromTheSeedTextAndTheWebPage(String seed, String page) throws IOException {
        String text = new String(bytes("/seeds/" + seed), StandardCharsets.UTF_8);
        String html = HtmlMemoir.read(bytes("/memoirs/krupskaya-reminiscences/" + page), null).text();
        List<String> fromText = summary(extractor.extract(text, "N. K. Krupskaya"));
        List<String> fromPage = summary(extractor.extract(html, "N. K. Krupskaya"));
        assertEquals(String.join("\n", fromText), String.join("\n", fromPage));
    }

    /** Per quotation: its words (normalised: the page's typography may differ), speaker and citation. */
    private static List<String> summary(Extraction extraction) {
        return extraction.quotations().stream()
                .map(q -> String.join(" ", TextNormaliser.tokenize(q.text()).stream().map(app.verbatim.text.Token::norm).toList())
                        + " | " + q.speaker() + " | "
                        + (q.citation() == null ? "-" : q.citation().volume() + " " + q.citation().pages()))
                .toList();
    }

    private static byte[] bytes(String path) throws IOException {
        try (InputStream in = SameChapterEitherFormTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
