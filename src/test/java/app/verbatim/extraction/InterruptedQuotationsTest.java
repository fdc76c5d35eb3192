package app.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A quotation broken only by its tag is one; two quotations with narration between stay two. */
class InterruptedQuotationsTest {

    private final QuotationExtractor extractor = new QuotationExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            "Things look sad over here," Vladimir Ilyich wrote to his sister Maria Ilyinichna in the spring of 1910, "but the end of the split is near, I believe."                         | 1
            "So there you are", Ilyich wrote in a letter to Gorky dated April 11, 1910, "we have a strong feeling that the rest is coming."                                                | 1
            ‘What a dangerous book’, he said to me; ‘with Lenin there’s no risk at all for the workers’.                                                                                  | 1
            "Let's say good-bye,"Ilyich checked me. "We may not see each other again."                                                                                                   | 1
            "The strength of a revolutionary organization is in its contacts," he wrote to Gusev, and asked him to put the centre abroad in touch with the youth. "Some of us fear the youth," he wrote. | 2
            "Private ownership of land must be abolished," said Ilyich. He wound up his speech with an example showing what the struggle for power locally means, and his voice rose. "I shall conclude with that." | 2
            Ilyich could only dream of it, writing back to Gorky: "It would be fine to see the sea!" and continued: "Come when your work allows, and we shall talk." | 1
            Lenin writes of "the collapse of the old International". He lists "the internationalists in deed", excluding Longuet, Haase and Martov, all of them centrists, and concludes: "Our party must not wait, but must found a new International." | 3
            "The meeting of May 5th," (May 18th, New Style) he wrote, "showed the strength of the workers of the capital." | 1
            """)
    void shouldJoinOnlyWhatTheTagInterrupts(String passage, int count) {
        List<ExtractedQuotation> q = extractor.extract("Ilyich was in Paris.\n" + passage, "N. K. Krupskaya").quotations();
        assertEquals(count, q.size(), () -> q.stream().map(ExtractedQuotation::text).toList().toString());
    }
}
