package app.verbatim.extraction.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HtmlMemoirTest {

    private static String text(String html) {
        return HtmlMemoir.read(html.getBytes(StandardCharsets.UTF_8), "UTF-8").text();
    }

    @Test
    void shouldKeepAParagraphOnOneLineWhateverTheSourceWrapping() {
        String html = "<html><body><p>\nIn his pamphlet <em>The Zemstvo Campaign</em> and\n"
                + "<em>\"Iskra's\" Plan,</em> Ilyich said: \"The hour\nis approaching.\"</p>"
                + "<p>Second<br>line</p></body></html>";
        assertEquals("In his pamphlet The Zemstvo Campaign and \"Iskra's\" Plan, Ilyich said: \"The hour is approaching.\"\n"
                + "Second\nline", text(html));
    }

    @Test
    void shouldReadParagraphsOpeningWithANumberedBackLinkAsNotesWithTheQuotationsPrintedUnderThem() {
        String html = "<html><body><p>Text. <a id=\"f1\" href=\"#n1\" name=\"f1\">[1]</a></p>"
                + "<h3>Notes</h3>"
                + "<p class=\"fst\"><a id=\"n1\" href=\"#f1\" name=\"n1\">1.</a> Mesnil wrote:</p>"
                + "<p class=\"quoteb\">‘A book for all militants.’ (Bulletin communiste, March 10, 1921)</p>"
                + "<p class=\"note\"><a id=\"n2\" href=\"#f2\" name=\"n2\">2.</a> V.I. Lenin, Works.</p>"
                + "</body></html>";
        assertEquals("Text. [1]\n# Notes\n[1] Mesnil wrote:\n"
                + "> ‘A book for all militants.’ (Bulletin communiste, March 10, 1921)\n[2] V.I. Lenin, Works.", text(html));
    }
}
