package app.verbatim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import app.verbatim.editor.DraftQuotation;
import app.verbatim.editor.DraftQuotationFinder;
import app.verbatim.extraction.ExtractedQuotation;
import app.verbatim.extraction.QuotationExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The memoir extractor and the draft finder share one text model (names, speech verbs, sentences, quote
 * shapes): the same passage, met in a memoir or in a draft, gives the same quotation and the same speaker.
 * Each row: the passage, the quoted words expected (empty: none), the speaker expected.
 */
class FrontEndsAgreeTest {

    private final QuotationExtractor extractor = new QuotationExtractor();
    private final DraftQuotationFinder finder = new DraftQuotationFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ilyich said: "We shall now proceed to construct the socialist order."            | We shall now proceed to construct the socialist order. | Lenin
            "We shall now proceed to construct the socialist order," said Vladimir Ilyich.   | We shall now proceed to construct the socialist order, | Lenin
            V. I. Lenin wrote: "Socialism cannot be decreed from above."                     | Socialism cannot be decreed from above.                | Lenin
            Vladimir Ilich declared: "All power to the Soviets of every town."                | All power to the Soviets of every town.                | Lenin
            Trotsky replied: "The peasants will not wait for the Constituent Assembly."       | The peasants will not wait for the Constituent Assembly. | Trotsky
            "The Congress must take power at once," Trotsky said.                             | The Congress must take power at once,                  | Trotsky
            Ilyich said: "Stop!"                                                              | Stop!                                                  | Lenin
            The Bolsheviks had "taken power" overnight, the papers wrote.                      |                                                        |
            He wrote an article called "The State and Revolution" that summer.                |                                                        |
            Lenin finished "Can the Bolsheviks Retain State Power" in September.              |                                                        |
            """)
    void shouldFindTheSameQuotationAndSpeakerInAMemoirAndInADraft(String passage, String words, String speaker) {
        List<ExtractedQuotation> memoir = extractor.extract(passage, "N. K. Krupskaya").quotations();
        List<DraftQuotation> draft = finder.find(passage);
        if (words == null) {
            assertEquals(List.of(), memoir.stream().map(ExtractedQuotation::text).toList(), "memoir");
            assertEquals(List.of(), draft.stream().map(DraftQuotation::text).toList(), "draft");
            return;
        }
        assertEquals(List.of(words), memoir.stream().map(ExtractedQuotation::text).toList(), "memoir");
        assertEquals(List.of(words), draft.stream().map(DraftQuotation::text).toList(), "draft");
        assertEquals(speaker, memoir.get(0).speaker(), "memoir speaker");
        assertEquals(speaker, draft.get(0).attributedTo(), "draft speaker");
    }
}
