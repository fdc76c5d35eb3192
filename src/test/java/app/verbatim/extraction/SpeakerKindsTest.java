package app.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kinds of attribution, each on a small passage: the quotation given (its first words) must be the speaker's.
 * "\n" in a passage separates paragraphs.
 */
class SpeakerKindsTest {

    private final QuotationExtractor extractor = new QuotationExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            colon lead before a reaction   | When Rumyantsev said: "The Committee has only one worker on it," Vladimir Ilyich shouted.                       | The Committee     | Rumyantsev
            relative 'who'                 | That much was clear to Ilyich, who wrote to Kollontai: "We are afraid we shall not be able to leave soon."     | We are afraid     | Lenin
            object of the pronoun's clause | Vladimir Ilyich argued with everyone. In his pamphlet against Kievsky he wrote: "All nations will arrive at socialism." | All nations | Lenin
            object is no rival             | Ilyich argued with Bukharin, who underestimated the state. "Do not scorn theoretical agreement," he wrote to Shlyapnikov. | Do not scorn | Lenin
            comma tag with any verb        | I got up hastily. "Let's say good-bye,"Ilyich checked me. "We may not see each other again."                | Let's say         | Lenin
            letter goes on in a postscript | Ilyich wrote to Vorovsky in the summer.\\n"My dear friend,\\n"Thanks for your letter. Both your suspicions are wrong. Sincerely yours."\\n"Do you know a publisher who would publish my philosophy?" | Do you know | Lenin
            dialogue turns alternate       | Vladimir Ilyich asked Baron: "How many people have you in the propagandists' group?"\\nBaron answered: "I'm the only one so far."\\n"Not many, and how many in the agitators' group?" | Not many | Lenin
            signed letter                  | A letter came from Switzerland.\\n"Dear Kasparov, I send you and Karl my heartiest greetings. Yours, Lenin." | Dear Kasparov | Lenin
            signed by his office           | The radio message went out: "Soldiers! The cause of peace is in your hands! Chairman of the Council of People's Commissars." | Soldiers! | Lenin
            """)
    void shouldAttribute(String kind, String passage, String opening, String speaker) {
        List<ExtractedQuotation> q = extractor.extract(passage.replace("\\n", "\n"), "N. K. Krupskaya").quotations();
        ExtractedQuotation found = q.stream().filter(x -> x.text().startsWith(opening)).findFirst()
                .orElseThrow(() -> new AssertionError(kind + ": no quotation opening '" + opening + "' in " + q));
        assertEquals(speaker, found.speaker(), kind + ": " + found.attributionNote());
    }
}
