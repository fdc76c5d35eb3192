package app.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import app.verbatim.text.PageRange;
import app.verbatim.text.QuotationKind;
import app.verbatim.text.SpeakerKind;
import org.junit.jupiter.api.Test;

class QuotationExtractorTest {

    private final QuotationExtractor extractor = new QuotationExtractor();

    private List<ExtractedQuotation> quotes(String text) {
        return extractor.extract(text, "N. K. Krupskaya").quotations();
    }

    private ExtractedQuotation only(String text) {
        List<ExtractedQuotation> q = quotes(text);
        assertEquals(1, q.size(), () -> "quotations: " + q);
        return q.get(0);
    }

    @Test
    void shouldExtractStraightQuotationWithOffsetsExcludingMarks() {
        String text = "Later on, at the congress, Ilyich said: \"We shall build socialism now.\"";
        ExtractedQuotation q = only(text);
        assertEquals("We shall build socialism now.", q.text());
        assertEquals(text.substring(q.start(), q.end()), q.text());
        assertEquals('"', text.charAt(q.start() - 1));
        assertEquals("Lenin", q.speaker());
        assertEquals(SpeakerKind.PERSON, q.speakerKind());
        assertTrue(q.confidence() >= 0.9);
    }

    @Test
    void shouldExtractCurlyQuotationAttributedAfterwards() {
        ExtractedQuotation q = only("“The devil knows what they might do,” said Lenin, laughing in turn.");
        assertEquals("The devil knows what they might do,", q.text());
        assertEquals("Lenin", q.speaker());
        assertEquals(QuotationKind.SPOKEN, q.kind());
    }

    @Test
    void shouldHandleStraightAndCurlyQuotesInOneText() {
        List<ExtractedQuotation> q = quotes("Ilyich said: \"Peace must be secured from below.\"\n\n"
                + "Skvortsov said: “It is all over between us.”");
        assertEquals(2, q.size());
        assertEquals("Lenin", q.get(0).speaker());
        assertEquals("Skvortsov", q.get(1).speaker());
    }

    @Test
    void shouldKeepSameStyleInnerQuotedWordInsideOneQuotation() {
        String text = "In his article Ilyich wrote:\n\n\"We had room to take advantage of the \"respite\" and to march "
                + "forward victoriously against Wrangel.\" (Works, Vol. 33, pp. 91-92.)";
        ExtractedQuotation q = only(text);
        assertTrue(q.text().contains("\"respite\""));
        assertTrue(q.text().endsWith("Wrangel."));
        assertEquals("Lenin", q.speaker());
        assertEquals(33, q.citation().volume());
    }

    @Test
    void shouldAttributeLeninWordsNestedInAnotherSpeakersAccount() {
        String text = "The reminiscences of M. V. Fofanova contain an item. \"I remember,\" she writes, \"Vladimir Ilyich "
                + "asking me to get him the papers. In the morning he says to me: 'Well, I think I've studied these "
                + "S.-R.'s inside out.' I was pleased.\"";
        List<ExtractedQuotation> q = quotes(text);
        ExtractedQuotation inner = q.stream().filter(x -> x.text().startsWith("Well, I think")).findFirst().orElseThrow();
        assertEquals("Lenin", inner.speaker());
        assertEquals("Well, I think I've studied these S.-R.'s inside out.", inner.text());
        ExtractedQuotation outer = q.stream().filter(x -> x.text().startsWith("I remember, Vladimir Ilyich asking")).findFirst().orElseThrow();
        assertEquals("Fofanova", outer.speaker());
        assertTrue(outer.text().contains("'Well, I think"));
    }

    @Test
    void shouldJoinMultiParagraphQuotationAndDropContinuationMarks() {
        String text = "It said:\n\n\"The Provisional Government has been overthrown.\n\n\"The cause is assured.\n\n"
                + "\"Long live the revolution!\" (Works, Vol. 26, p. 207.)\n\nNarration goes on here today.";
        ExtractedQuotation q = only(text);
        assertEquals("The Provisional Government has been overthrown.\nThe cause is assured.\nLong live the revolution!",
                q.text());
        assertEquals(text.indexOf("The Provisional"), q.start());
        assertEquals(text.indexOf("revolution!") + "revolution!".length(), q.end());
        assertEquals(26, q.citation().volume());
    }

    /** A printer's stray closing mark inside a long quotation that runs on over paragraphs does not end it. */
    @Test
    void shouldPassOverAStrayClosingMarkInsideAQuotationRunningOverParagraphs() {
        String text = "At the end of his letter he said what had to be done.\n\n"
                + "\"And to do it we must at once, without losing a single moment, form a staff, gather our forces and"
                + " move the regiments to the bridges,\" take the stations, the telegraph and the telephone exchange, and"
                + " hold the whole city by the morning, whatever it costs.\n\n"
                + "\"Of course, this is all by way of example.\" (Works, Vol. 26, pp. 8-9.)\n\nThe narration goes on.";
        ExtractedQuotation q = only(text);
        assertEquals(text.indexOf("And to do it"), q.start());
        assertEquals(text.indexOf("example.") + "example.".length(), q.end());
        assertTrue(q.text().contains("to the bridges,\" take the stations"), q.text());
        assertEquals(26, q.citation().volume());
    }

    /** Words going on after a closing mark are narration when a pronoun opens them, or a tag comes early. */
    @Test
    void shouldEndAQuotationWhereNarrationGoesOnAfterItsClosingMark() {
        String text = "\"We must at once, without losing a single moment, form a staff, gather our forces and move"
                + " the regiments to the bridges,\" he went on, walking up and down the little room, and then he"
                + " stopped by the window and looked out for a long while.\n\n\"Of course, this is only an example.\"";
        List<ExtractedQuotation> q = quotes(text);
        assertEquals(2, q.size(), () -> "quotations: " + q);
        assertTrue(q.get(0).text().endsWith("to the bridges,"), q.get(0).text());
    }

    @Test
    void shouldGiveSeparatedFragmentsTheSameClosingCitation() {
        String text = "Among his papers is an article in which Ilyich describes the day: \"A tiresome, painful, dreary "
                + "day in the elegant rooms of the Taurida Palace.\" \"After the real live Soviet work I suddenly found "
                + "myself in a strange world.\" (Works, Vol. 26, pp. 393, 392.)";
        List<ExtractedQuotation> q = quotes(text);
        assertEquals(2, q.size());
        assertEquals(q.get(0).citationGroup(), q.get(1).citationGroup());
        assertEquals(0, q.get(0).citationGroup());
        assertEquals(q.get(1).citation(), q.get(0).citation());
        assertEquals("Lenin", q.get(0).speaker());
        assertEquals("Lenin", q.get(1).speaker());
    }

    @Test
    void shouldLeaveUncitedQuotationWithoutGroup() {
        ExtractedQuotation q = only("Ilyich said: \"Don't come back without money.\" The money was received.");
        assertNull(q.citation());
        assertEquals(-1, q.citationGroup());
    }

    @Test
    void shouldSkipMyItalicsNoteBetweenQuotationAndCitation() {
        String text = "Ilyich said: \"Living constructive socialism is the creation of the masses themselves.\" "
                + "(My italics.–N.K.) (Works, Vol. 26, pp. 254-55.)";
        ExtractedQuotation q = only(text);
        assertNotNull(q.citation());
        assertEquals(List.of(new PageRange(254, 255)), q.citation().pages());
        assertFalse(q.text().contains("italics"));
        assertTrue(extractor.extract(text, "N. K. Krupskaya").narration().stream()
                .noneMatch(p -> p.text().contains("italics")));
    }

    @Test
    void shouldAttachCitationBrokenAcrossLines() {
        String text = "Ilyich said: \"Soldiers, the cause of peace is in your hands!\" (Works,\nVol. 26, p. 280.)";
        ExtractedQuotation q = only(text);
        assertEquals(26, q.citation().volume());
        assertEquals(List.of(new PageRange(280, 280)), q.citation().pages());
    }

    @Test
    void shouldResolveIbidQuotationToPreviousVolume() {
        String text = "Ilyich said: \"We shall see what Clemenceau then has to say.\" (Works, Vol. 26, p. 281.) "
                + "Then Ilyich said: \"Peace must be secured from below.\" (Ibid., p. 284.)";
        List<ExtractedQuotation> q = quotes(text);
        assertEquals(2, q.size());
        assertTrue(q.get(1).citation().ibid());
        assertEquals(26, q.get(1).citation().volume());
        assertEquals(1, q.get(1).citationGroup());
    }

    @Test
    void shouldNotTreatScareQuotesAsQuotations() {
        String text = "I remember how we \"took power\" at the Ministry. We could not be long \"holidaying,\" though.";
        assertTrue(quotes(text).isEmpty());
    }

    /** What a naming verb calls its object is a label, even in a sentence where Lenin says something. */
    @Test
    void shouldNotTreatALabelGivenByANamingVerbAsSpeech() {
        String text = "In that pamphlet Vladimir Ilyich said that the liberals, in their papers, called the new law"
                + " \"a great step forward,\" whereas it only hid the old order.";
        assertTrue(quotes(text).isEmpty(), () -> "quotations: " + quotes(text));
    }

    /** Calling out is speaking: the words after it are the caller's, though they end as a plain sentence. */
    @Test
    void shouldKeepWordsCalledOutAsSpeech() {
        ExtractedQuotation q = only("Ilyich stopped at the door and called out to the guard \"Let them all come in.\"");
        assertEquals("Let them all come in.", q.text());
    }

    @Test
    void shouldNotTreatTitleAfterEntitledAsQuotation() {
        String text = "In his article entitled \"The importance of Gold Now and After the Complete Victory of Socialism,\" "
                + "Ilyich wrote about it.";
        assertTrue(quotes(text).isEmpty());
    }

    @Test
    void shouldNotTreatTitleCaseNamesAndSlogansAsQuotations() {
        String text = "On November 18 Vladimir Ilyich wrote \"Reply to Peasants' Questions\" and \"To the Population.\" "
                + "The slogan \"All Power to the Soviets,\" was everywhere.";
        assertTrue(quotes(text).isEmpty());
    }

    @Test
    void shouldResolveHeSaidToLeninMentionedBefore() {
        ExtractedQuotation q = only("On December 14 Lenin addressed a meeting on the question. He said: \"We are told to "
                + "convoke the Constituent Assembly as planned.\"");
        assertEquals("Lenin", q.speaker());
        assertTrue(q.confidence() < 0.9);
        assertTrue(q.attributionNote().contains("proximity"));
    }

    @Test
    void shouldNotResolveHeToLeninWhenAnotherManIsTheSubject() {
        ExtractedQuotation q = only("Lenin often came to the kitchen. Zheltishev was supposed to attend on Trotsky. But he did "
                + "not like Trotsky. \"He was much too bossy,\" he once wrote to me.");
        assertNotEquals("Lenin", q.speaker());
    }

    @Test
    void shouldNotResolveHeToLeninWhenTheSpeakerIsAnUnnamedMan() {
        ExtractedQuotation q = only("Lenin was at the congress.\n\nI was stopped in the vestibule by a tall, angular man who "
                + "wore a round hat. \"I am your admirer,\" he said.");
        assertNotEquals("Lenin", q.speaker());
    }

    @Test
    void shouldAttributeResolutionWordsToDocument() {
        ExtractedQuotation q = only("In the resolution of the Second Congress of Soviets this is expressed in the following "
                + "words:\n\n\"The government power is vested in a collegium of chairmen of the said commissions.\"");
        assertEquals(SpeakerKind.DOCUMENT, q.speakerKind());
        assertEquals("Resolution", q.speaker());
        assertEquals(QuotationKind.WRITTEN, q.kind());
    }

    @Test
    void shouldAttributeMemoiristsOwnWordsToMemoirist() {
        ExtractedQuotation q = extractor.extract("“No doubt the revolution is great,” I answered. And later: “but there are still "
                + "a good many fools left.”", "Leon Trotsky").quotations().get(0);
        assertEquals("Trotsky", q.speaker());
        assertEquals(SpeakerKind.PERSON, q.speakerKind());
    }

    @Test
    void shouldJoinAQuotationInterruptedByItsAttribution() {
        String text = "“No doubt the revolution is great,” I answered, “but there are still a good many fools left.”";
        List<ExtractedQuotation> q = extractor.extract(text, "Leon Trotsky").quotations();
        assertEquals(1, q.size());
        assertEquals("No doubt the revolution is great, but there are still a good many fools left.", q.get(0).text());
        assertEquals(text.indexOf("No doubt"), q.get(0).start());
        assertEquals(text.lastIndexOf("left.") + 5, q.get(0).end());
    }

    @Test
    void shouldKeepInterruptedQuotationWithTheNamedWriter() {
        List<ExtractedQuotation> q = quotes("\"In spite of the government's decrees,\" writes Gorbunov, \"the State Bank "
                + "brazenly sabotaged. Vladimir Ilyich was not there.\"");
        assertEquals(1, q.size(), "one interrupted quotation");
        assertEquals("Gorbunov", q.get(0).speaker());
        assertEquals(QuotationKind.WRITTEN, q.get(0).kind());
        assertTrue(q.get(0).text().startsWith("In spite of the government's decrees, the State Bank brazenly sabotaged."));
    }

    @Test
    void shouldAttributeSignedMultiParagraphMessageToLenin() {
        String text = "\"Soldiers!\" ran the message. \"The cause of peace is in your hands!\n\n"
                + "\"In the name of the Government,\n\n\nV. Ulyanov (Lenin),\nChairman of the Council\n"
                + "Supreme Commander.\" (Works,\nVol. 26, p. 280.)";
        List<ExtractedQuotation> q = quotes(text);
        ExtractedQuotation message = q.get(q.size() - 1);
        assertEquals("Lenin", message.speaker());
        assertTrue(message.text().contains("\nV. Ulyanov (Lenin),\n"));
        assertTrue(message.text().endsWith("Supreme Commander."));
        assertEquals(280, message.citation().pages().get(0).first());
        assertEquals("Lenin", q.get(0).speaker());
    }

    @Test
    void shouldCutUnclosedCurlyQuotationAtItsFirstSentence() {
        String text = "Lenin looks at me. “You know,” he says, “to come so suddenly into power ... He pauses for a word. "
                + "“Es schwindelt,” he concludes.";
        List<ExtractedQuotation> q = extractor.extract(text, "Leon Trotsky").quotations();
        assertEquals(2, q.size());
        assertEquals("You know, to come so suddenly into power ...", q.get(0).text());
        assertEquals("Es schwindelt,", q.get(1).text());
    }

    @Test
    void shouldIgnoreStrayClosingMark() {
        String text = "His last letter from Finland is a document of the utmost importance. Here it is\":\n\n"
                + "\"Armed insurrection is a special form of political struggle.\" (Works, Vol. 26, pp. 151-53.)";
        ExtractedQuotation q = only(text);
        assertEquals("Armed insurrection is a special form of political struggle.", q.text());
    }

    @Test
    void shouldResolveAnAppealsAuthorThroughHisPronoun() {
        String text = "On November 18 Vladimir Ilyich wrote \"To the Population.\" In his \"To the Population\" he calls upon "
                + "the population to \"be watchful and guard like the apple of the eye your land, grain, factories.\"";
        ExtractedQuotation q = quotes(text).stream().filter(x -> x.text().startsWith("be watchful")).findFirst().orElseThrow();
        assertEquals("Lenin", q.speaker());
    }

    @Test
    void shouldTakeAFewWordsAsQuotedWhenTheirSentenceCitesLeninsWritings() {
        List<ExtractedQuotation> q = quotes("Ilyich called him a man of \"iron will\" and \"rare tact\" in everything."
                + " (Works, Vol. 29, p. 91.)\n\nThey had \"taken power\" overnight, the papers said.");
        assertEquals(List.of("iron will", "rare tact"), q.stream().map(ExtractedQuotation::text).toList());
        assertTrue(q.stream().allMatch(x -> x.citation() != null && x.citation().volume() == 29), () -> "quotations: " + q);
    }

    @Test
    void shouldGiveAReferenceAfterNamedWorksToTheLeninPassagesQuotedAfterItInItsParagraph() {
        List<ExtractedQuotation> q = quotes("That night Ilyich wrote \"To the Population.\" (Works, Vol. 26, pp. 297-99.)"
                + " In it he calls upon the workers to \"take the whole country into their own hands and guard it well.\"\n\n"
                + "Next day he said to me: \"We must find a room for the peasants who come here.\"");
        assertEquals(2, q.size(), () -> "quotations: " + q);
        assertEquals(26, q.get(0).citation().volume());
        assertNull(q.get(1).citation(), "a reference stays in its paragraph");
    }

    @Test
    void shouldReachBackOverEarlierParagraphsOfALetterAsFarAsTheReferenceListsPages() {
        List<ExtractedQuotation> q = quotes("Ilyich wrote to the Central Committee: \"The Bolsheviks must take power at once.\"\n\n"
                + "In his letter he explains how: \"Insurrection must rely upon the advanced class.\"\n\n"
                + "At the end of his letter he says: \"Insurrection is an art and must be treated as one.\""
                + " (Works, Vol. 26, pp. 22, 27.)");
        assertEquals(3, q.size(), () -> "quotations: " + q);
        assertNull(q.get(0).citation(), "two pages listed: two passages, not three");
        assertEquals(26, q.get(1).citation().volume());
        assertEquals(26, q.get(2).citation().volume());
    }

    @Test
    void shouldKeepQuotationsAfterASingleMarkNobodyClosed() {
        List<ExtractedQuotation> q = quotes("The old ‘ Narodnaya Volya\" men were gone. Lenin declared, ‘ You, gentlemen, are"
                + " liberals and nothing more.’ (Applause.)");
        ExtractedQuotation words = q.stream().filter(x -> x.text().contains("liberals")).findFirst()
                .orElseThrow(() -> new AssertionError("quotations: " + q));
        assertEquals("Lenin", words.speaker());
    }

    @Test
    void shouldNotTakeALabelGivenWithAsForSomebodysWords() {
        assertTrue(quotes("His opponent now was a communist of the sort that Lenin described as ‘left’, impatient"
                + " and uncompromising.").isEmpty());
    }

    @Test
    void shouldNotTakeAPhraseStandingAsItsSentencesSubjectForSpeech() {
        assertTrue(quotes("Ilyich read the programme again. \"The fight for a shorter working day in every factory\""
                + " was its first point.").isEmpty());
    }

    @Test
    void shouldNotTakeOneWordInMarksForQuotedWordsEvenInACitedSentence() {
        List<ExtractedQuotation> q = quotes("In his pamphlet on the resolution of the Menshevik \"conference,\" which met"
                + " that summer, Ilyich said that their programme \"has been accepted by the monarchist bourgeoisie.\""
                + " (Works, Vol. 9, p. 29.)");
        assertEquals(List.of("has been accepted by the monarchist bourgeoisie."),
                q.stream().map(ExtractedQuotation::text).toList());
    }

    @Test
    void shouldReachBackPastATermNobodyIsNamedFor() {
        List<ExtractedQuotation> q = quotes("Lenin went on. \"Socialism?\" Lenin asks. But whoever says \"majority\" means"
                + " the peasants.\n\nLet us meet their demands, and: \"After these measures progress towards Socialism in"
                + " Russia would become fully possible.\" (Works, Vol. 24, pp. 192-95.)");
        assertEquals(3, q.size(), () -> "quotations: " + q);
        assertEquals(24, q.get(0).citation().volume(), "Lenin's question shares the reference two paragraphs on");
        assertNull(q.get(1).citation(), "the term is passed over");
    }

    @Test
    void shouldOpenAQuotationWhoseOpeningMarkWasLostAfterItsTag() {
        ExtractedQuotation q = only("When Petrov said that the committee had no workers on it, Vladimir Ilyich shouted,"
                + " Disgraceful!\"");
        assertEquals("Disgraceful!", q.text());
        assertEquals("Lenin", q.speaker());
    }
}
