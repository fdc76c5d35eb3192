package app.verbatim.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProbeQueryTest {

    @Test
    void shouldAskForEveryTwoOfThePairsTogether() {
        assertEquals("(1&-2)|(1&3)|(-2&3)", ProbeQuery.atLeastTwo(new int[] {1, -2, 3}));
    }

    @Test
    void shouldAskForTheOnePairWhenThereIsOnlyOne() {
        assertEquals("7", ProbeQuery.atLeastTwo(new int[] {7}));
    }

    @Test
    void shouldAskForAnyOfThePairs() {
        assertEquals("1|-2|3", ProbeQuery.anyOf(new int[] {1, -2, 3}));
    }

    @Test
    void shouldAskForNothingWithoutPairs() {
        assertEquals(ProbeQuery.NOTHING, ProbeQuery.atLeastTwo(new int[0]));
        assertEquals(ProbeQuery.NOTHING, ProbeQuery.anyOf(new int[0]));
    }
}
