package app.verbatim.works.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Converts a small generated volume through the command and reads back what it wrote. */
class WorksConverterCommandTest {

    @TempDir
    static Path dir;
    static JsonNode volume;
    static JsonNode index;
    static String printed;

    /**
     * PDF page 1 is a title page, 2 the contents (p. 6), 3 opens the work without a head (p. 7), 4 and 5 carry
     * heads (pp. 8, 9), 6 the editors' notes (p. 10).
     */
    static TestVolumePdf sampleVolume() {
        TestVolumePdf pdf = new TestVolumePdf();
        pdf.page().text("LENIN COLLECTED WORKS", TestVolumePdf.BOLD, 16, 80, 200);
        TestVolumePdf.Page contents = pdf.page().head(6, "CONTENTS");
        contents.text("CONTENTS", TestVolumePdf.ROMAN, 11, 160, 100);
        contents.text("TO THE POPULATION . . . . . . . . . . . . . . . .", TestVolumePdf.ROMAN, 8, 45, 130);
        contents.text("7", TestVolumePdf.ROMAN, 9, 355, 130);
        contents.text("Notes . . . . . . . . . . . . . . . . . . . . . . . . .", TestVolumePdf.ROMAN, 9, 45, 145);
        contents.text("10", TestVolumePdf.ROMAN, 9, 350.5f, 145);

        TestVolumePdf.Page opening = pdf.page().watermark();
        opening.top = 120;
        opening.title("TO THE POPULATION");
        opening.body(
                "\tComrades, the counter-revolutionary officer cadets",
                "have been disarmed and the Committee of Salvation.",
                "\tThe workers will take the affairs of the govern-",
                "ment into their own hands, with the Socialist-",
                "Revolutionaries or without them, and crush every",
                "counter-revolutionary plot that the landowners hatch.",
                "\tThe renegade tells us what he thinks of all this.",
                "Kautsky writes in his pamphlet on the dictatorship:");
        opening.noteNumber("119", 265, 120 + 2 * TestVolumePdf.LINE + TestVolumePdf.LINE);

        TestVolumePdf.Page second = pdf.page().head(8, "V. I. LENIN");
        second.small(
                "\t“The dictatorship of the proletariat is a state of affairs which",
                "necessarily follows from the rule of the majority over the minority",
                "in every democracy, and it needs no special institutions.”");
        second.body(
                "\tThis is the renegade’s whole wisdom, and we shall",
                "answer it in the Soviets and in the factories.*");
        second.text("*", TestVolumePdf.ROMAN, 12, 45, 500);
        second.text("See present edition, Vol. 25.—Ed.", TestVolumePdf.ROMAN, 9, 55, 500);
        second.text("**", TestVolumePdf.ROMAN, 12, 45, 510);
        second.text("I wrote about this in April.", TestVolumePdf.ROMAN, 9, 55, 510);

        TestVolumePdf.Page third = pdf.page().head(9, "TO THE POPULATION");
        third.body(
                "\tLong live the Soviets, the power of the workers and",
                "peasants, and long live the socialist revolution!");
        third.text("Pravda No. 181, November 18 (5), 1917", TestVolumePdf.ROMAN, 8, 45, 300);
        third.text("Published according to", TestVolumePdf.ROMAN, 8, 260, 300);
        third.text("the Pravda text", TestVolumePdf.ROMAN, 8, 270, 308);

        TestVolumePdf.Page notes = pdf.page();
        notes.text("10", TestVolumePdf.ROMAN, 9, 45, 43);
        notes.text("NOTES", TestVolumePdf.BOLD, 11, 180, 100);
        notes.top = 130;
        notes.small("\tThe Committee of Salvation was a counter-revolutionary body",
                "set up in Moscow by the Socialist-Revolutionaries. p. 7");
        return pdf;
    }

    @BeforeAll
    static void convert() throws IOException {
        Conversion conversion = Conversion.of(sampleVolume(), dir);
        printed = conversion.printed();
        volume = conversion.volume(26);
        index = conversion.index();
    }

    @Test
    void printsOneLinePerVolume() {
        assertTrue(printed.startsWith("vol-26: 5 pages (pp. 6-10), 1 works"), printed);
        assertEquals(1, printed.lines().count());
    }

    @Test
    void describesTheVolumeAndItsSource() {
        assertEquals(1, volume.get("format").asInt());
        assertEquals(26, volume.get("volume").asInt());
        assertEquals("4th English edition, Progress Publishers, Moscow", volume.get("edition").asText());
        assertEquals("lenin-cw-vol-26.pdf", volume.at("/source/file").asText());
        assertEquals(6, volume.at("/source/pdfPages").asInt());
        assertEquals(64, volume.at("/source/sha256").asText().length());
        assertTrue(volume.get("period").isNull());
    }

    @Test
    void numbersPagesFromTheHeadsAndTheirNeighbours() {
        List<Integer> pages = new ArrayList<>();
        List<Integer> pdfPages = new ArrayList<>();
        volume.get("pages").forEach(p -> {
            pages.add(p.get("page").asInt());
            pdfPages.add(p.get("pdfPage").asInt());
        });
        assertEquals(List.of(6, 7, 8, 9, 10), pages);
        assertEquals(List.of(2, 3, 4, 5, 6), pdfPages);
    }

    @Test
    void listsTheWorkAndTheEditorialSections() {
        JsonNode works = volume.get("works");
        assertEquals(3, works.size(), works.toString());
        assertEquals("Contents", works.get(0).get("title").asText());
        assertTrue(works.get(0).get("editorial").asBoolean());
        assertEquals("To the Population", works.get(1).get("title").asText());
        assertEquals(7, works.get(1).get("firstPage").asInt());
        assertEquals(9, works.get(1).get("lastPage").asInt());
        assertNull(works.get(1).get("editorial"));
        assertEquals("Notes", works.get(2).get("title").asText());
        assertTrue(works.get(2).get("editorial").asBoolean());
    }

    @Test
    void cleansTheTextOfThePageThatOpensTheWork() {
        String text = page(7).get("text").asText();
        String[] paragraphs = text.split("\n");
        assertEquals("TO THE POPULATION", paragraphs[0]);
        assertTrue(paragraphs[1].startsWith("Comrades, the counter-revolutionary officer cadets have been disarmed"), paragraphs[1]);
        assertTrue(text.contains("affairs of the government into their own hands"), text);
        assertTrue(text.contains("with the Socialist-Revolutionaries or without them"), text);
        assertTrue(text.contains("crush every counter-revolutionary plot"), text);
        assertTrue(text.contains("Committee of Salvation."), text);
        assertFalse(text.contains("119"), text);
        assertFalse(text.contains("MARX") || text.contains("MAO"), text);
        assertEquals(4, paragraphs.length, text);
    }

    @Test
    void marksTheSmallTypeQuotationWithItsAuthor() {
        JsonNode page = page(8);
        String text = page.get("text").asText();
        JsonNode quoted = stretch(page, "QUOTED");
        assertEquals("Kautsky", quoted.get("source").asText());
        String quotation = text.substring(quoted.get("start").asInt(), quoted.get("end").asInt()).strip();
        assertTrue(quotation.startsWith("“The dictatorship of the proletariat"), quotation);
        assertTrue(quotation.endsWith("no special institutions.”"), quotation);
        String lenin = slice(page, stretch(page, "LENIN"));
        assertTrue(lenin.startsWith("This is the renegade’s whole wisdom"), lenin);
        assertFalse(lenin.contains("factories.*"), lenin);
    }

    @Test
    void putsFootnotesAfterTheBodyAndTellsTheEditorsFromLenin() {
        JsonNode page = page(8);
        String text = page.get("text").asText();
        assertTrue(text.endsWith("* See present edition, Vol. 25.—Ed.\n** I wrote about this in April."), text);
        JsonNode stretches = page.get("stretches");
        JsonNode editorsNote = stretches.get(stretches.size() - 2);
        assertEquals("EDITORIAL", editorsNote.get("kind").asText());
        assertEquals("* See present edition, Vol. 25.—Ed.", slice(page, editorsNote).strip());
        JsonNode leninsNote = stretches.get(stretches.size() - 1);
        assertEquals("LENIN", leninsNote.get("kind").asText());
        assertEquals("** I wrote about this in April.", slice(page, leninsNote));
    }

    @Test
    void marksSourceLinesAndNotesEditorial() {
        JsonNode page = page(9);
        JsonNode editorial = stretch(page, "EDITORIAL");
        String source = slice(page, editorial);
        assertTrue(source.contains("Pravda No. 181, November 18 (5), 1917"), source);
        assertTrue(source.contains("Published according to the Pravda text"), source);
        JsonNode notes = page(10);
        assertEquals(1, notes.get("stretches").size());
        assertEquals("EDITORIAL", notes.get("stretches").get(0).get("kind").asText());
    }

    @Test
    void stretchesCoverEveryPageWithoutGaps() {
        for (JsonNode page : volume.get("pages")) {
            int at = 0;
            for (JsonNode s : page.get("stretches")) {
                assertEquals(at, s.get("start").asInt(), page.toString());
                assertTrue(s.get("end").asInt() > at);
                at = s.get("end").asInt();
            }
            assertEquals(page.get("text").asText().length(), at, page.toString());
        }
    }

    @Test
    void indexesTheVolumeFile() throws IOException {
        JsonNode entry = index.get("volumes").get(0);
        assertEquals(26, entry.get("volume").asInt());
        assertEquals("vol-26.json.xz", entry.get("file").asText());
        byte[] file = Files.readAllBytes(dir.resolve("works").resolve("vol-26.json.xz"));
        assertEquals(VolumeConverter.sha256(file), entry.get("sha256").asText());
    }

    private static JsonNode page(int number) {
        for (JsonNode p : volume.get("pages")) {
            if (p.get("page").asInt() == number) {
                return p;
            }
        }
        throw new AssertionError("no page " + number);
    }

    private static JsonNode stretch(JsonNode page, String kind) {
        for (JsonNode s : page.get("stretches")) {
            if (s.get("kind").asText().equals(kind)) {
                return s;
            }
        }
        throw new AssertionError("no " + kind + " stretch on " + page);
    }

    private static String slice(JsonNode page, JsonNode stretch) {
        return page.get("text").asText().substring(stretch.get("start").asInt(), stretch.get("end").asInt());
    }
}
