package app.verbatim.works.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Quotations run into Lenin's sentences in quotation marks: which are someone else's words and which stay his. */
class WorksConverterQuotesTest {

    @TempDir
    static Path dir;
    static JsonNode volume;

    /** PDF page 1 is a title page, 2 the contents (p. 6), 3-5 the work (pp. 7-9), 6 the editors' notes (p. 10). */
    static TestVolumePdf quotesVolume() {
        TestVolumePdf pdf = new TestVolumePdf();
        pdf.page().text("LENIN COLLECTED WORKS", TestVolumePdf.BOLD, 16, 80, 200);
        TestVolumePdf.Page contents = pdf.page().head(6, "CONTENTS");
        contents.text("CONTENTS", TestVolumePdf.ROMAN, 11, 160, 100);
        contents.text("THE LIBERALS AND THE WORKERS . . . . . . . . . .", TestVolumePdf.ROMAN, 8, 45, 130);
        contents.text("7", TestVolumePdf.ROMAN, 9, 355, 130);
        contents.text("Notes . . . . . . . . . . . . . . . . . . . . . . . . .", TestVolumePdf.ROMAN, 9, 45, 145);
        contents.text("10", TestVolumePdf.ROMAN, 9, 350.5f, 145);

        TestVolumePdf.Page opening = pdf.page();
        opening.top = 120;
        opening.title("THE LIBERALS AND THE WORKERS");
        opening.body(
                "\tThe liberal tells the workers that the autocracy is",
                "not so terrible. This “proves that the workers need no",
                "party of their own and must trust the liberals.” We",
                "know very well what such advice is worth to them.",
                "\tKautsky declares that “democracy is the rule of the",
                "majority over the minority”, and he is silent about",
                "the class that rules in every bourgeois republic.",
                "\tThe “friends of the people” have answered in their",
                "article “The Tasks of the Russian Socialists” with",
                "nothing but phrases, just as our pamphlet “What Is To",
                "Be Done?” foresaw when it appeared long ago.");

        TestVolumePdf.Page second = pdf.page().head(8, "V. I. LENIN");
        second.body(
                "\tThe manifesto of the committee ended thus, “Workers,",
                "the hour of decision has come for all of you, in the",
                "factories and in the barracks, in town and country.",
                "\t“Every factory must elect its deputies, and every",
                "deputy must answer to the factory that elected him",
                "and be recalled whenever the factory so decides.”",
                "\tSo much for the manifesto, which the police seized",
                "at the printing works before a single copy could be",
                "handed out at the gates of the factories.",
                "\tAs we wrote in 1905: “The proletariat must lead the",
                "democratic revolution to its very end and beyond.”",
                "\tMartov wrote of the split, “The majority has broken",
                "with the traditions of the Party and");

        TestVolumePdf.Page third = pdf.page().head(9, "THE LIBERALS AND THE WORKERS");
        third.body(
                "of the old Iskra organisation, and we shall never",
                "submit to it,” and he has kept his word ever since.",
                "\tLong live the revolution of the workers and peasants!");

        TestVolumePdf.Page notes = pdf.page();
        notes.text("10", TestVolumePdf.ROMAN, 9, 45, 43);
        notes.text("NOTES", TestVolumePdf.BOLD, 11, 180, 100);
        notes.top = 130;
        notes.small("\tThe liberals were the party of the bourgeoisie in the period",
                "before the revolution of 1905. p. 7");
        return pdf;
    }

    @BeforeAll
    static void convert() throws IOException {
        volume = Conversion.of(quotesVolume(), dir).volume(26);
    }

    @Test
    void aQuotationWithNoLeadIsQuotedAndTheSentenceAroundItStaysLenins() {
        assertEquals(Set.of("QUOTED"), kinds(7, "“proves that the workers need no party of their own and must trust the liberals.”"));
        assertNull(stretchAt(7, "proves that the workers").get("source"));
        assertEquals(Set.of("LENIN"), kinds(7, "The liberal tells the workers that the autocracy is not so terrible. This "));
        assertEquals(Set.of("LENIN"), kinds(7, "We know very well what such advice is worth to them."));
    }

    @Test
    void aQuotationAfterALeadNamingItsAuthorCarriesTheName() {
        assertEquals(Set.of("QUOTED"), kinds(7, "“democracy is the rule of the majority over the minority”"));
        assertEquals("Kautsky", stretchAt(7, "democracy is the rule").get("source").asText());
        assertEquals(Set.of("LENIN"), kinds(7, "Kautsky declares that "));
        assertEquals(Set.of("LENIN"), kinds(7, ", and he is silent about the class that rules"));
    }

    @Test
    void aScareQuoteStaysLenins() {
        assertEquals(Set.of("LENIN"), kinds(7, "The “friends of the people” have answered in their"));
    }

    @Test
    void titlesInQuotationMarksStayLenins() {
        assertEquals(Set.of("LENIN"), kinds(7, "article “The Tasks of the Russian Socialists” with nothing but phrases"));
        assertEquals(Set.of("LENIN"), kinds(7, "our pamphlet “What Is To Be Done?” foresaw when it appeared long ago."));
    }

    @Test
    void aQuotationRunsOverAParagraphBreakWhereTheNextParagraphReopensIt() {
        assertEquals(Set.of("QUOTED"), kinds(8, "“Workers, the hour of decision has come for all of you, in the factories and in the barracks,"
                + " in town and country.\n“Every factory must elect its deputies, and every deputy must answer to the factory that"
                + " elected him and be recalled whenever the factory so decides.”"));
        assertEquals(Set.of("LENIN"), kinds(8, "The manifesto of the committee ended thus, "));
        assertEquals(Set.of("LENIN"), kinds(8, "So much for the manifesto, which the police seized at the printing works"));
    }

    @Test
    void aQuotationRunsOverAPageBreak() {
        assertEquals(Set.of("QUOTED"), kinds(8, "“The majority has broken with the traditions of the Party and"));
        assertEquals("Martov", stretchAt(8, "The majority has broken").get("source").asText());
        assertEquals(Set.of("QUOTED"), kinds(9, "of the old Iskra organisation, and we shall never submit to it,”"));
        assertEquals(Set.of("LENIN"), kinds(9, " and he has kept his word ever since."));
        assertEquals(Set.of("LENIN"), kinds(9, "Long live the revolution"));
    }

    @Test
    void leninQuotingHimselfStaysLenins() {
        assertEquals(Set.of("LENIN"), kinds(8, "As we wrote in 1905: “The proletariat must lead the democratic revolution to its very end and beyond.”"));
    }

    @Test
    void titlesAndSentencesAreToldApart() {
        assertTrue(StretchClassifier.looksLikeTitle("“The State and Revolution”", "in "));
        assertTrue(StretchClassifier.looksLikeTitle("“How the Socialist-Revolutionaries sum up the revolution”", "his article "));
        assertTrue(!StretchClassifier.looksLikeTitle("“has in some details become out-of-date”", "the programme of the Communist Manifesto "));
        assertTrue(!StretchClassifier.looksLikeTitle("“The peasants want land. They will take it.”", "his article "));
        assertTrue(!StretchClassifier.looksLikeTitle("“the workers must take power into their own hands”", "the resolution says that "));
    }

    /** The kinds of the stretches that cover {@code part} of the page's text. */
    private static Set<String> kinds(int page, String part) {
        JsonNode p = page(page);
        String text = p.get("text").asText();
        int at = text.indexOf(part);
        assertTrue(at >= 0, "no «" + part + "» in " + text);
        Set<String> kinds = new TreeSet<>();
        for (JsonNode s : p.get("stretches")) {
            if (s.get("start").asInt() < at + part.length() && s.get("end").asInt() > at) {
                kinds.add(s.get("kind").asText());
            }
        }
        return kinds;
    }

    private static JsonNode stretchAt(int page, String part) {
        JsonNode p = page(page);
        int at = p.get("text").asText().indexOf(part);
        assertTrue(at >= 0, part);
        for (JsonNode s : p.get("stretches")) {
            if (s.get("start").asInt() <= at && s.get("end").asInt() > at) {
                return s;
            }
        }
        throw new AssertionError("no stretch at " + part);
    }

    private static JsonNode page(int number) {
        for (JsonNode p : volume.get("pages")) {
            if (p.get("page").asInt() == number) {
                return p;
            }
        }
        throw new AssertionError("no page " + number);
    }
}
