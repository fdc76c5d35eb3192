package app.verbatim.duplicates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Passages from Krupskaya's two chapters: the first two are one Lenin passage, the third another. */
class SamePassageTest {

    static final String DECREES_P255 = "Socialism cannot be built up by decrees from above... living constructive socialism is the creation of the masses of the people themselves.";
    static final String DECREES_PP254_55 = "The criminal inertia of the Kerensky Government brought the country and the revolution to the brink of disaster; truly, delay spells death, and in issuing laws that meet the hopes and wishes of the broad masses of the people, the new government is setting landmarks upon the path of development of new forms of life. The local Soviets, in keeping with local conditions, may modify, extend or supplement the basic principles which the government establishes. The basic factor of the new public life is the live creative effort of the masses. Let the workers set up a workers' control of their factories, let them supply the countryside with manufactures, barter them for grain. Every single commodity, every pound of bread should he accounted for, for socialism, above all, means accounting. Socialism cannot be built up by decrees from above. Official bureaucratic automatism is alien to its spirit; living constructive socialism is the creation of the masses of the people themselves.";
    static final String PEASANTS_PP228_29 = "Voices are being raised here that the decree itself and the mandate were drawn up by the Socialist-Revolutionaries. What of it? Does it matter who drew them up? As a democratic government, we cannot ignore the decision of the rank and file of the people, even though we may disagree with it. In the fire of experience, applying the decree in practice, and carrying it out locally, the peasants will themselves realize where the truth lies.... Life is the best teacher and it will show who is right. Let the peasants solve this problem from one end and we shall solve it from the other. Life will oblige us to draw together in the general stream of revolutionary creative work, in the elaboration of new state forms.... The peasants have learnt something during the eight months of our revolution; they want to settle all land questions themselves. We are therefore opposed to all amendments to this draft law. We want no details in it, for we are writing a decree, not a programme of action.";

    final SamePassage samePassage = new SamePassage();

    @Test
    void shouldTakeAShorterExtentOfAPassageForTheSamePassage() {
        assertTrue(samePassage.test(DECREES_P255, DECREES_PP254_55));
        assertTrue(samePassage.test(DECREES_PP254_55, DECREES_P255));
    }

    @Test
    void shouldNotJoinDifferentPassagesThatShareCommonWords() {
        assertFalse(samePassage.test(DECREES_P255, PEASANTS_PP228_29));
        assertFalse(samePassage.test(DECREES_PP254_55, PEASANTS_PP228_29));
    }

    @Test
    void shouldNotJoinOnAStockPhraseAlone() {
        assertFalse(samePassage.test("Go to the front,", "Go to the front and fight for the revolution, comrades, every one of you."));
    }
}
