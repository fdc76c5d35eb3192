package app.verbatim.text;

import java.util.Set;

/**
 * Capitalised words that open clauses or name places and institutions, never a person: "He said:", "Pravda
 * wrote", "Moscow replied". The memoir extractor learns the people a text makes speak and the draft check
 * reads a name before a speech verb; both leave these out.
 */
public final class NotNames {

    private static final Set<String> WORDS = Set.of(
            // pronouns, determiners and clause openers
            "He", "She", "They", "It", "We", "I", "You", "This", "That", "These", "Those", "But", "And", "So", "Yet",
            "Then", "When", "As", "In", "On", "At", "Later", "Once", "One", "Who", "What", "Someone", "Somebody",
            "Everyone", "Everybody", "Nobody", "His", "Her", "Their", "Our", "My", "Your", "The", "A", "An", "There",
            "Here", "Now", "Finally", "Still", "Also", "Thus", "Hence", "Or", "If", "Some", "Many", "Long", "All",
            "Let", "Yes", "No", "Well", "Oh", "Ah",
            // forms of address and titles without a name
            "Comrade", "Comrades", "General", "Soldiers",
            // citations and headings
            "Vol", "Works", "Collected", "Chapter", "See", "Cf", "Ibid", "History", "Life",
            // institutions, papers and documents
            "Soviet", "Soviets", "Party", "Pravda", "Izvestia", "Iskra", "Government", "Committee", "Congress",
            "Council", "Assembly", "Declaration", "Decree", "Resolution",
            // places
            "Paris", "Berlin", "Vienna", "Moscow", "Petrograd", "Russia", "Germany", "France", "Smolny",
            // dates: "letters of March 16"
            "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
            "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            // a first name alone is not how the memoirs name a speaker
            "Vladimir");

    private NotNames() {
    }

    public static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
