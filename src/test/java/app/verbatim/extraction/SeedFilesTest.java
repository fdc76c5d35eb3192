package app.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import app.verbatim.text.PageRange;
import app.verbatim.text.Reference;
import app.verbatim.text.ReferenceParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedFilesTest {

    private static final Map<String, Extraction> CACHE = new HashMap<>();
    private static final Map<String, String> TEXTS = new HashMap<>();

    static String text(String file) {
        return TEXTS.computeIfAbsent(file, f -> {
            try (InputStream in = SeedFilesTest.class.getResourceAsStream("/seeds/" + f)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static synchronized Extraction extraction(String file) {
        return CACHE.computeIfAbsent(file, f -> new QuotationExtractor().extract(text(f), SeedReport.SEEDS.get(f)));
    }

    private static ExtractedQuotation find(String file, String fragment) {
        return extraction(file).quotations().stream().filter(q -> q.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation containing: " + fragment));
    }

    private static List<ExtractedQuotation> lenin(String file) {
        return extraction(file).quotations().stream().filter(q -> q.speaker().equals("Lenin")).toList();
    }

    @Test
    void shouldFindTheSameLeninSentenceCitedInVolume26ByBothKrupskayaMemoirs() {
        ExtractedQuotation q000 = find("000_7f6442016ec1e947.txt", "Socialism cannot be built up by decrees from above");
        ExtractedQuotation q001 = find("001_ada7765265f944be.txt", "Socialism cannot be built up by decrees from above");
        assertEquals("Lenin", q000.speaker());
        assertEquals("Lenin", q001.speaker());
        assertEquals(26, q000.citation().volume());
        assertEquals(26, q001.citation().volume());
        assertEquals(List.of(new PageRange(255, 255)), q000.citation().pages());
        assertEquals(List.of(new PageRange(254, 255)), q001.citation().pages());
    }

    @Test
    void shouldReadTheSignedRadioMessageAsOneMultiParagraphLeninQuotation() {
        List<ExtractedQuotation> parts = extraction("000_7f6442016ec1e947.txt").quotations().stream()
                .filter(q -> q.text().contains("Supreme Commander") || q.text().contains("Keep us informed")).toList();
        assertEquals(1, parts.size());
        ExtractedQuotation q = parts.get(0);
        assertTrue(q.text().startsWith("Soldiers! The cause of peace is in your hands!"), "joined across 'ran the message'");
        assertTrue(q.text().contains("\nLet the regiments at the front"));
        assertTrue(q.text().contains("V. Ulyanov (Lenin),"));
        assertTrue(q.text().endsWith("Supreme Commander."));
        assertEquals("Lenin", q.speaker());
        assertEquals(26, q.citation().volume());
        assertEquals(List.of(new PageRange(280, 280)), q.citation().pages());
    }

    @Test
    void shouldKeepGorbunovsWordsHis() {
        for (String fragment : List.of("In spite of the government's decrees", "the State Bank brazenly sabotaged",
                "We had difficulty with the bags", "Thus originated our first Soviet budget")) {
            assertEquals("Gorbunov", find("000_7f6442016ec1e947.txt", fragment).speaker(), fragment);
        }
    }

    @Test
    void shouldKeepPodvoiskysWordsHis() {
        assertEquals("Podvoisky", find("000_7f6442016ec1e947.txt", "The congress was due to take place").speaker());
        for (String fragment : List.of("Lenin examined the map closely", "I saw here wherein Lenin's power lay",
                "During an emergency, he kept the concentration")) {
            assertNotEquals("Lenin", find("001_ada7765265f944be.txt", fragment).speaker(), fragment);
        }
    }

    @Test
    void shouldKeepBonchBruyevichsWordsHis() {
        assertEquals("Bonch-Bruyevich", find("000_7f6442016ec1e947.txt", "I told Malkov").speaker());
        assertEquals("Bonch-Bruyevich", find("000_7f6442016ec1e947.txt", "Soon afterwards the Commissar").speaker());
    }

    @Test
    void shouldFindNoLeninQuotationInFile004() {
        assertTrue(lenin("004_4988e3dd6e66935c.txt").isEmpty());
    }

    @Test
    void shouldFindLeninsSpokenWordsWithoutCitationsInFile002() {
        Extraction e = extraction("002_95d8faeff82c1a4a.txt");
        List<ExtractedQuotation> lenin = lenin("002_95d8faeff82c1a4a.txt");
        assertTrue(lenin.size() >= 10, "Lenin quotations: " + lenin.size());
        assertTrue(lenin.stream().anyMatch(q -> q.text().contains("There is no better Bolshevik than Trotsky")));
        assertTrue(e.quotations().stream().allMatch(q -> q.citation() == null));
        ExtractedQuotation notes = find("002_95d8faeff82c1a4a.txt", "During the last days of the preparation for October");
        assertEquals("Sedova", notes.speaker());
        assertTrue(notes.text().contains("\n"), "Sedova's notes run over several paragraphs");
    }

    @Test
    void shouldKeepTrotskysOwnWordsTrotskys() {
        assertEquals("Trotsky", find("002_95d8faeff82c1a4a.txt", "We might call them commissaries").speaker());
        assertEquals("Niessel", find("002_95d8faeff82c1a4a.txt", "Numerous journalists").speaker());
    }

    @Test
    void shouldKeepNoneOfFile002sLeninQuotationsInChapter29OfFile003() {
        Extraction e003 = extraction("003_956b1e3ca7221c5e.txt");
        ExtractedChapter ch29 = e003.chapters().stream().filter(c -> Integer.valueOf(29).equals(c.number())).findFirst().orElseThrow();
        assertTrue(e003.quotations().stream()
                .noneMatch(q -> q.chapterOrdinal() == ch29.ordinal() && q.speaker().equals("Lenin")));
        Set<String> lenin003 = lenin("003_956b1e3ca7221c5e.txt").stream().map(ExtractedQuotation::text).collect(Collectors.toSet());
        for (ExtractedQuotation q : lenin("002_95d8faeff82c1a4a.txt")) {
            assertFalse(lenin003.contains(q.text()), q.text());
        }
    }

    @Test
    void shouldSplitFile003IntoItsChapters() {
        List<ExtractedChapter> chapters = extraction("003_956b1e3ca7221c5e.txt").chapters();
        assertEquals(41, chapters.size());
        assertEquals(6, chapters.get(1).number());
        assertEquals(7, chapters.get(2).number());
        assertEquals(45, chapters.get(40).number());
        assertEquals("In Power", chapters.stream().filter(c -> Integer.valueOf(29).equals(c.number())).findFirst()
                .orElseThrow().title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_7f6442016ec1e947.txt", "001_ada7765265f944be.txt", "002_95d8faeff82c1a4a.txt",
            "003_956b1e3ca7221c5e.txt", "004_4988e3dd6e66935c.txt"})
    void shouldProduceConsistentOffsetsAndSaneTotals(String file) {
        String t = text(file);
        Extraction e = extraction(file);
        for (ExtractedQuotation q : e.quotations()) {
            assertTrue(q.start() < q.end() && q.end() <= t.length());
            assertWordsInOrder(t.substring(q.start(), q.end()), q.text());
            assertTrue(q.confidence() > 0 && q.confidence() <= 1);
            assertNotNull(q.speaker());
            assertEquals(q.citation() == null, q.citationGroup() == -1);
        }
        for (int i = 0; i < e.quotations().size(); i++) assertEquals(i, e.quotations().get(i).ordinal());
        for (Passage p : e.narration()) {
            assertEquals(t.substring(p.start(), p.end()), p.text());
            assertTrue(p.text().length() <= NarrationSplitter.MAX_CHARS);
            assertTrue(QuoteFilter.words(p.text()).size() >= 3);
        }
        assertTrue(e.quotations().size() < 120);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_7f6442016ec1e947.txt", "001_ada7765265f944be.txt", "002_95d8faeff82c1a4a.txt",
            "003_956b1e3ca7221c5e.txt", "004_4988e3dd6e66935c.txt"})
    void shouldPutNearlyAllNarrationLettersIntoPassages(String file) {
        String t = text(file);
        Extraction e = extraction(file);
        boolean[] other = new boolean[t.length()];
        for (ExtractedQuotation q : e.quotations()) mark(other, q.start() - 1, q.end() + 1);
        for (ExtractedQuotation q : e.quotations()) if (q.citation() != null) mark(other, q.citation().start(), q.citation().end());
        for (Reference c : new ReferenceParser().parse(t)) mark(other, c.start(), c.end());
        for (ExtractedChapter c : e.chapters()) if (c.title() != null) mark(other, c.start(), t.indexOf('\n', c.start()));
        boolean[] inPassage = new boolean[t.length()];
        for (Passage p : e.narration()) mark(inPassage, p.start(), p.end());
        int letters = 0, covered = 0;
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isLetter(t.charAt(i)) || other[i]) continue;
            letters++;
            if (inPassage[i]) covered++;
        }
        assertTrue(letters == 0 || covered >= letters * 0.98, file + ": " + covered + "/" + letters);
        Predicate<Passage> overlapsQuote = p -> e.quotations().stream()
                .anyMatch(q -> q.text().indexOf('\n') < 0 && p.start() < q.end() && q.start() < p.end());
        assertTrue(e.narration().stream().noneMatch(overlapsQuote));
    }

    /** A quotation's text is its span, less the opening marks of continued paragraphs and any interrupting attribution. */
    private static void assertWordsInOrder(String span, String text) {
        int at = 0;
        for (String word : text.split("\\s+")) {
            int found = span.indexOf(word, at);
            assertTrue(found >= 0, "'" + word + "' missing from span: " + span);
            at = found + word.length();
        }
    }

    private static void mark(boolean[] a, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(a.length, to); i++) a[i] = true;
    }
}
