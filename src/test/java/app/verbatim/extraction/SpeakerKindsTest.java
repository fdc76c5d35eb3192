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
            name introducing with a colon  | Lenin recalled the manifesto. Engels commented: ‘What childish naivete to put forward one’s own impatience!’      | What childish     | Engels
            text of a person               | Lenin read it aloud. Then he quoted this fundamental text of Engels, taken from the Anti-Dühring:\\n> The first act by virtue of which the state constitutes itself the representative of society. | The first act | Engels
            possessive ending in s         | Ilyich read the draft. He fairly pounced on the following sentence in Engels' criticism of the draft: "Ultimately such a policy can only lead one's own party astray." | Ultimately | Engels
            block goes on quoting          | Lenin wrote:\\n> The proletariat needs the state – this is repeated by all the opportunists.\\nAnd finally:\\n> The proletariat needs the state only temporarily. | The proletariat needs the state only | Lenin
            agent of a noun                | It was to be found in State and Revolution, texts from Marx and Engels, and commentaries by Lenin. He remarked: ‘All this was written a little less than half a century ago.’ | All this | Lenin
            block in marks after a lead    | Engels commented on it. Then Lenin adds on his own account:\\n> ‘To tie one’s hands beforehand is being stupid, not revolutionary.’ | To tie | Lenin
            speech verb in the passive     | When we heard that the talks had been quickly concluded, Ilyich jumped up: "Let us pack at once." | Let us pack | Lenin
            phrase ending at a comma       | In his spring letter addressed to Gorky, Ilyich wrote: "We must not lose heart over these quarrels." | We must not | Lenin
            words quoted again             | Ilyich wrote to the comrades in Davos: "I send you my greetings and wish you a quick recovery. Keep your spirits up."\\n"I wish you a quick recovery. Keep your spirits up...." That was the last we heard of them. | I wish you | Lenin
 verb shares the subject  | Lenin writes of "the collapse of the old International". He lists "the internationalists in deed", excluding Longuet, Haase and Martov, all of them centrists, and concludes: "Our party must not wait, but must found a new International." | Our party | Lenin
            Lenin inside another's account | Bogdanov describes how Lenin cared nothing for his old articles, and he objected to the search: "Why bother? It is not worth the trouble!" | Why bother | Lenin
            "he" after "I went to him"     | The grumblers found their way to Bukharin, for he had nursed grudges.\\nWhen I came to Moscow I went as usual first to Lenin. "All small matters," he kept repeating. | All small | Lenin
            thought reported after "that"  | Vladimir Ilyich talked with every delegate. He considered that it was the duty of the workers "to keep alive the memory of the struggle and hand it on to the next generation of fighters." | to keep alive | Lenin
            closing words of a work named  | The first issue of the paper came out. Ilyich cheered up at once. His article "A New Start," written in the last days of the year, is full of vigour. It ends with the appeal: "To work, comrades! Build up your organizations everywhere!" | To work | Lenin
            "this article" names its author | Kautsky's statement induced Ilyich to check whether Kautsky was right. He began to study the question. April saw the publication of Vladimir Ilyich's article "On the Land."\\nHe ends this article with the words: "The more dismal the oppression has been, the more powerful will be the awakening." | The more dismal | Lenin
            narration moves the story on   | On 22 April Lenin insists: "There is no way out but the power of the Soviets." These are tense days. Workers march through the streets of both capitals. "The capital is coming to the boil." | The capital | unknown
            the one asked is no speaker    | We let our flat to a precentor from the cathedral. He kept asking Ilyich all kinds of household questions: "What does butter cost? Where is the market?" | What does | unknown
            a short cry of its own         | The landlord kept asking about prices. Ilyich was at a loss. "Butter? Cheese?" He had never kept house. | Butter? | Lenin
            cry of an unnamed person       | The crowd on the pavement talked of how Lenin had come back. "Down with Lenin!" screamed a stylishly dressed young woman. | Down with | unknown
            a professor named once         | Ilyich went to consult Professor Duval, a fine surgeon. When Duval heard what our comrades had told the patient, he laughed, and said: "Your friends are good revolutionaries, but poor doctors!" | Your friends | Duval
            "had written" a reply          | As early as the autumn Ilyich had written a reply to an article by Radek published in a Swiss paper: "It is wrong to set the socialist revolution against the struggle for democracy." | It is wrong | Lenin
            the one spoken to is not "he"  | Among the arrivals was Petrov from Kiev, to whom Vladimir Ilyich had written the year before. He came in with a tragic air and turned to Vladimir Ilyich, exclaiming: "I am with the Mensheviks now!" | I am with | Petrov
            a name set beside "he"         | Ilyich left the board. Martov could try and make peace if he wanted; he, Lenin, would not stand in his way. Not long before this he had written to a friend, saying: "Giving up the work is a dead end." | Giving up | Lenin
            a common noun in the tag       | Ilyich argued with the committee men. He saw how little they cared for rules. "Democracy only brings trouble with the police," the "practicals" would say. | Democracy only | unknown
            "he" after an unnamed candidate | Ilyich loved the music-hall songs. I remember one about how a candidate went to a village; he drinks with the peasants, tells them a lot of twaddle, and they vote for him, singing: "Well said, old chap!" | Well said | unknown
            the man just described speaks  | I told him all about our discussions in exile and about the quarrels with the old Populists. Lenin knew how to listen.\\n"And what did you read in exile?" I told him how we had studied his book: "The Agrarian Question," in the transfer prison. | And what did | Lenin
            """)
    void shouldAttribute(String kind, String passage, String opening, String speaker) {
        List<ExtractedQuotation> q = extractor.extract(passage.replace("\\n", "\n"), "N. K. Krupskaya").quotations();
        ExtractedQuotation found = q.stream().filter(x -> x.text().startsWith(opening)).findFirst()
                .orElseThrow(() -> new AssertionError(kind + ": no quotation opening '" + opening + "' in " + q));
        assertEquals(speaker, found.speaker(), kind + ": " + found.attributionNote());
    }
}
