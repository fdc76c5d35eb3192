package app.verbatim.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DraftQuotationFinderTest {

    private final DraftQuotationFinder finder = new DraftQuotationFinder();

    private DraftQuotation only(String draft) {
        List<DraftQuotation> found = finder.find(draft);
        assertEquals(1, found.size(), () -> "expected one quotation in " + draft + " but found " + found);
        DraftQuotation q = found.get(0);
        assertEquals(draft.substring(q.offset(), q.offset() + q.length()), q.text());
        return q;
    }

    @Test
    void shouldFindStraightQuotation() {
        DraftQuotation q = only("Lenin wrote: \"The state is a machine for oppression.\" Then he left.");
        assertEquals("The state is a machine for oppression.", q.text());
        assertEquals(Form.STRAIGHT, q.form());
        assertEquals(14, q.offset());
    }

    @Test
    void shouldFindCurlyQuotation() {
        DraftQuotation q = only("He said “we shall now proceed to construct” and sat down.");
        assertEquals("we shall now proceed to construct", q.text());
        assertEquals(Form.CURLY, q.form());
    }

    @Test
    void shouldFindGuillemetQuotation() {
        DraftQuotation q = only("Lenin a dit : « Le communisme, c'est les soviets plus l'électrification » ici.");
        assertEquals("Le communisme, c'est les soviets plus l'électrification", q.text());
        assertEquals(Form.GUILLEMETS, q.form());
    }

    @Test
    void shouldKeepNestedGuillemetsInsideTheOuterQuotation() {
        DraftQuotation q = only("«Он сказал: «мы пойдём другим путём» и ушёл»");
        assertEquals("Он сказал: «мы пойдём другим путём» и ушёл", q.text());
    }

    @Test
    void shouldFindGermanStyleGuillemets() {
        DraftQuotation q = only("Lenin schrieb: »Lernen, lernen und nochmals lernen« im Jahr 1922.");
        assertEquals("Lernen, lernen und nochmals lernen", q.text());
        assertEquals(Form.GUILLEMETS, q.form());
    }

    @Test
    void shouldFindSingleCurlyQuotationOfFourWords() {
        DraftQuotation q = only("Lenin’s reply was ‘we must learn to trade’ and nothing more.");
        assertEquals("we must learn to trade", q.text());
        assertEquals(Form.CURLY, q.form());
    }

    @Test
    void shouldNotMistakeApostrophesForQuotations() {
        assertEquals(List.of(), finder.find("Lenin’s view wasn’t Trotsky’s; he didn’t ‘agree’ and Ilyich’s allies don’t."));
    }

    @Test
    void shouldSkipScareQuotesOfFewerThanThreeWords() {
        assertEquals(List.of(), finder.find("The so-called \"dictatorship\" of the \"Soviet power\" was discussed."));
    }

    @Test
    void shouldAttributeToLeninNamedInTheSameSentence() {
        assertEquals("Lenin", only("As V. I. Lenin told the delegates: \"We must learn to trade.\"").attributedTo());
    }

    @Test
    void shouldAttributeToLeninNamedInThePreviousSentence() {
        assertEquals("Lenin", only("Ilyich spoke briefly. \"We must learn to trade.\"").attributedTo());
    }

    @Test
    void shouldAttributeToLeninByEmDashAfterTheQuotation() {
        assertEquals("Lenin", only("\"We must learn to trade\" — Vladimir Ilyich, 1921.").attributedTo());
    }

    @Test
    void shouldAttributeToLeninByWorksCitationAfterTheQuotation() {
        assertEquals("Lenin", only("\"We must learn to trade\" (Works, Vol. 33, p. 21).").attributedTo());
    }

    @Test
    void shouldAttributeToTheOtherNamedSpeaker() {
        assertEquals("Trotsky", only("Trotsky said: \"The revolution is permanent in character.\"").attributedTo());
    }

    @Test
    void shouldPreferTheSpeakerAtTheQuotationOverLeninMentionedEarlier() {
        assertEquals("Trotsky",
                only("Lenin disagreed; Trotsky said: \"The revolution is permanent in character.\"").attributedTo());
    }

    @Test
    void shouldAttributeToSpeakerNamedAfterTheQuotation() {
        assertEquals("Bukharin", only("\"We shall grow into socialism,\" said Bukharin.").attributedTo());
    }

    @Test
    void shouldLeaveUnattributedQuotationWithoutSpeaker() {
        assertNull(only("The banner read \"all power to the soviets\" in red letters.").attributedTo());
    }

    @Test
    void shouldNotTakeAPronounForASpeaker() {
        assertNull(only("He said: \"all power to the soviets\" and left.").attributedTo());
    }

    @Test
    void shouldFindMarkdownBlockQuotationOverSeveralLines() {
        String draft = "Lenin wrote:\n\n> The state is a product\n> of the irreconcilability\n> of class antagonisms.\n\nNext.";
        DraftQuotation q = only(draft);
        assertEquals(Form.BLOCK, q.form());
        assertEquals(draft.indexOf("The state"), q.offset());
        assertEquals("The state is a product\n> of the irreconcilability\n> of class antagonisms.", q.text());
        assertEquals("The state is a product of the irreconcilability of class antagonisms.", q.clean());
        assertEquals("Lenin", q.attributedTo());
    }

    @Test
    void shouldLeaveBlockAttributionLineOutOfTheQuotation() {
        String draft = "> The state is a product of class antagonisms.\n> — V. I. Lenin, Works, Vol. 25, p. 387\n";
        DraftQuotation q = only(draft);
        assertEquals("The state is a product of class antagonisms.", q.clean());
        assertEquals("Lenin", q.attributedTo());
    }

    @Test
    void shouldKeepQuoteMarksInsideABlockQuotationInTheBlock() {
        DraftQuotation q = only("> He cried \"all power to the soviets\" from the balcony.\n");
        assertEquals(Form.BLOCK, q.form());
    }

    @Test
    void shouldFindLatexQuoteEnvironment() {
        String draft = "Lenin put it so:\n\\begin{quote}\n  The state is a product\n  of class antagonisms.\n\\end{quote}\n";
        DraftQuotation q = only(draft);
        assertEquals(Form.BLOCK, q.form());
        assertEquals("The state is a product\n  of class antagonisms.", q.text());
        assertEquals("The state is a product of class antagonisms.", q.clean());
    }

    @Test
    void shouldFindLatexQuotationEnvironment() {
        assertEquals(Form.BLOCK, only("\\begin{quotation}We must learn to trade.\\end{quotation}").form());
    }

    @Test
    void shouldFindReportedSpeechToTheEndOfTheSentence() {
        DraftQuotation q = only("Lenin wrote that the state will wither away. Others disagreed.");
        assertEquals(Form.REPORTED, q.form());
        assertEquals("the state will wither away", q.text());
        assertEquals("Lenin", q.attributedTo());
    }

    @Test
    void shouldFindReportedSpeechAfterAsLeninPutIt() {
        assertEquals("communism is Soviet power plus electrification",
                only("As Ilyich put it, communism is Soviet power plus electrification.").text());
    }

    @Test
    void shouldFindReportedSpeechAfterAccordingToLenin() {
        assertEquals("the state is an organ of class rule",
                only("Yet according to Vladimir Ilyich, the state is an organ of class rule (Works, Vol. 25).").text());
    }

    @Test
    void shouldFindReportedSpeechAfterIlyichDeclared() {
        assertEquals("the peasants must have land",
                only("In 1917 Ilyich declared that the peasants must have land!").text());
    }

    @Test
    void shouldPreferQuotationMarksInsideReportedSpeech() {
        DraftQuotation q = only("Lenin said that \"the state will wither away\" one day.");
        assertEquals(Form.STRAIGHT, q.form());
    }

    @Test
    void shouldNotSwallowTheDraftAfterAnUnbalancedQuote() {
        String draft = "He wrote \"this never closes. " + "Filler words go here. ".repeat(500)
                + "Later Lenin said: “We must learn to trade.”";
        List<DraftQuotation> found = finder.find(draft);
        assertEquals(1, found.size());
        assertEquals("We must learn to trade.", found.get(0).text());
    }

    @Test
    void shouldResyncAfterAnUnbalancedStraightQuote() {
        List<DraftQuotation> found = finder.find("A stray \"mark. Then \"all power to the soviets\" was heard.");
        assertEquals(1, found.size());
        assertEquals("all power to the soviets", found.get(0).text());
    }

    @Test
    void shouldReportUtf16OffsetsAfterEmoji() {
        String draft = "🚩🚩 Lenin: \"We must learn to trade.\"";
        DraftQuotation q = only(draft);
        assertEquals(draft.indexOf("We must"), q.offset());
    }

    @Test
    void shouldSurviveRtlMarksNulAndLoneSurrogates() {
        String draft = "\u200F\u0000\uD800 \"we must learn\u0000 to trade\" \uDC00\u202E «x» \"";
        assertEquals(1, finder.find(draft).size());
    }

    @Test
    void shouldReturnNothingForEmptyDraft() {
        assertTrue(finder.find("").isEmpty());
        assertTrue(finder.find(null).isEmpty());
    }

    @Test
    void shouldListQuotationsInOrder() {
        List<DraftQuotation> found = finder.find(
                "> A block quotation of words.\n\n“A curly one with words” and \"a straight one too\".");
        assertEquals(List.of(Form.BLOCK, Form.CURLY, Form.STRAIGHT), found.stream().map(DraftQuotation::form).toList());
    }

    @Test
    void shouldSkipQuotedTitles() {
        assertEquals(List.of(), finder.find("He read ‘The State and Revolution’ and \"What Is to Be Done\" twice."));
    }

    @Test
    void shouldCloseSingleQuotationAfterPluralWordWhenNothingElseCloses() {
        assertEquals("we must learn to trade, comrades",
                only("Later ‘we must learn to trade, comrades’ became a slogan.").text());
    }

    @Test
    void shouldNotCloseSingleQuotationAtPluralPossessive() {
        assertEquals("the workers’ state must rule everywhere",
                only("He said ‘the workers’ state must rule everywhere’ then.").text());
    }

    @Test
    void shouldNotTakeLeninsCriticsForLenin() {
        assertNull(only("Lenin's critics said \"he was far too hasty\" at the time.").attributedTo());
    }

    @Test
    void shouldFindSpeakerWhoToldSomebody() {
        assertEquals("Zinoviev", only("Zinoviev told the congress: \"The party must be united.\"").attributedTo());
    }

    @Test
    void shouldAttributeToLeninSpeakingAfterAnotherName() {
        assertEquals("Lenin", only("Krupskaya recalled that Lenin said: \"We must learn to trade.\"").attributedTo());
    }
}
