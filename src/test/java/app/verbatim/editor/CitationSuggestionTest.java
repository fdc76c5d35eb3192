package app.verbatim.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import app.verbatim.text.CitationFormat;
import app.verbatim.text.PageRange;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CitationSuggestionTest {

    private static final String PART = "From the October Revolution to the Peace of Brest";

    private static QuoteFinding finding(String citation) {
        return new QuoteFinding("VERIFIED", "We must learn to trade", "Lenin", null, citation, 7L);
    }

    @Test
    void shouldDisplayWorksCitationQuotedInTheMemoir() {
        SuggestedCitation s = CitationSuggestion.of(finding("Works, Vol. 26, p. 255"), "N. K. Krupskaya",
                "Reminiscences of Lenin", PART, 26, List.of(PageRange.of(255)));
        assertEquals("Lenin, Works, Vol. 26, p. 255; quoted in N. K. Krupskaya, Reminiscences of Lenin, \"" + PART + "\"",
                s.display());
    }

    @Test
    void shouldDisplayQuotedInAloneWithoutCitation() {
        SuggestedCitation s = CitationSuggestion.of(finding(null), "N. K. Krupskaya", "Reminiscences of Lenin", PART,
                null, List.of());
        assertEquals("Lenin, quoted in N. K. Krupskaya, Reminiscences of Lenin, \"" + PART + "\"", s.display());
    }

    @Test
    void shouldBuildWorksCitationFromVolumeAndPages() {
        SuggestedCitation s = CitationSuggestion.of(finding(null), "N. K. Krupskaya", "Reminiscences of Lenin", null,
                26, List.of(new PageRange(254, 255)));
        assertEquals("Lenin, Works, Vol. 26, pp. 254-55; quoted in N. K. Krupskaya, Reminiscences of Lenin",
                s.display());
    }

    @Test
    void shouldDescribeTheMemoirChapterInCsl() {
        Map<String, Object> csl = CitationSuggestion.of(finding("Works, Vol. 26, p. 255"), "N. K. Krupskaya",
                "Reminiscences of Lenin", PART, 26, List.of(PageRange.of(255))).csl();
        assertEquals("chapter", csl.get("type"));
        assertEquals(PART, csl.get("title"));
        assertEquals("Reminiscences of Lenin", csl.get("container-title"));
        assertEquals(List.of(Map.of("family", "Krupskaya", "given", "N. K.")), csl.get("author"));
        assertEquals("Quoting Lenin, Works, Vol. 26, p. 255", csl.get("note"));
        assertEquals("verbatim-quotation-7", csl.get("id"));
    }

    @Test
    void shouldDescribeAWholeMemoirAsABookInCsl() {
        Map<String, Object> csl = CitationSuggestion.of(finding(null), "Krupskaya, N. K.", "Reminiscences of Lenin",
                null, null, null).csl();
        assertEquals("book", csl.get("type"));
        assertEquals("Reminiscences of Lenin", csl.get("title"));
        assertFalse(csl.containsKey("container-title"));
        assertEquals(List.of(Map.of("family", "Krupskaya", "given", "N. K.")), csl.get("author"));
    }

    @Test
    void shouldNotClaimWorksPagesAsMemoirPages() {
        Map<String, Object> csl = CitationSuggestion.of(finding("Works, Vol. 26, p. 255"), "N. K. Krupskaya",
                "Reminiscences of Lenin", PART, 26, List.of(PageRange.of(255))).csl();
        assertFalse(csl.containsKey("page"));
    }

    @Test
    void shouldSerialiseCslFieldsInOrder() throws Exception {
        SuggestedCitation s = CitationSuggestion.of(finding(null), "N. K. Krupskaya", "Reminiscences of Lenin", PART,
                null, null);
        assertEquals("{\"id\":\"verbatim-quotation-7\",\"type\":\"chapter\",\"title\":\"" + PART + "\","
                + "\"container-title\":\"Reminiscences of Lenin\",\"author\":[{\"family\":\"Krupskaya\",\"given\":\"N. K.\"}],"
                + "\"note\":\"Quoting Lenin\"}", new ObjectMapper().writeValueAsString(s.csl()));
    }

    @Test
    void shouldAbbreviateThePageRangeAsTheMemoirsDo() {
        assertEquals("298-300", CitationFormat.range(new PageRange(298, 300)));
        assertEquals("254-55", CitationFormat.range(new PageRange(254, 255)));
    }
}
