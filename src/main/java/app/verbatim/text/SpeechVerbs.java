package app.verbatim.text;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The verbs that tag words as someone's: "said Ilyich", "Lenin wrote:", "as Lenin put it". One list for
 * memoir extraction and the draft check; each scans for them in its own way.
 */
public final class SpeechVerbs {

    /** Verbs that introduce or tag quoted words, in the forms the memoirs and drafts use. */
    public static final Set<String> ALL = Set.copyOf(List.of(
            "said", "says", "say", "saying", "wrote", "writes", "write", "writing", "added", "adds", "continued",
            "continues", "asked", "asks", "replied", "replies", "rejoined", "answered", "answers", "declared",
            "declares", "declaring", "exclaimed", "exclaims", "insisted", "insists", "agrees", "agreed", "concluded",
            "concludes", "suggest", "suggests", "suggested", "relates", "related", "recalled", "recalls",
            "recollects", "told", "tells", "advised", "remarked", "remarks", "cried", "shouted", "shout", "shouts",
            "announced", "announces", "proclaimed", "stated", "states", "describes", "described", "noted", "notes",
            "repeated", "repeating", "observed", "observes", "mentions", "mentioned", "whispered", "explained",
            "explains", "promised", "protested", "retorted", "telegraphed", "characterized", "conveyed", "tease",
            "urged", "picks", "lets", "sang", "warned", "calls", "called", "appeals", "appealed", "urges", "argued",
            "argues", "thundered", "objected", "commented", "comments",
            // cries: "We must beat Lenin!" screamed a young woman
            "screamed", "yelled", "shrieked", "muttered", "murmured", "snapped", "roared", "exclaiming"));

    /** Too loose to make a tag after a quotation: the "Central Committee," often mentioned. */
    public static final Set<String> WEAK_TAGS = Set.of(
            "mentions", "mentioned", "noted", "described", "describes", "characterized", "conveyed",
            "urged", "warned", "states", "stated", "ordered", "sang",
            // "calls upon the population to ..." leads into words; after a quotation "called" names a thing.
            "calls", "called", "appeals", "appealed", "urges");

    /** Verbs that make the words written rather than spoken. */
    public static final Set<String> WRITING = Set.of("wrote", "writes", "write", "writing", "telegraphed");

    /** Verbs that introduce indirect speech: "Lenin wrote that ...", "Lenin taught that ...". */
    public static final Set<String> REPORTING = Set.of(
            "wrote", "said", "declared", "argued", "insisted", "stated", "observed", "remarked", "noted", "claimed",
            "maintained", "believed", "held", "warned", "taught", "explained", "stressed", "emphasised",
            "emphasized", "asserted", "thought", "writes", "says", "declares", "argues", "insists", "observes",
            "notes", "warns", "teaches", "explains", "stresses", "considered", "considers");

    /** Phrases that do a speech verb's work: "as Lenin put it". */
    public static final Set<String> PHRASES = Set.of("put it", "puts it");

    private SpeechVerbs() {
    }

    public static boolean isSpeechVerb(String lowerCaseWord) {
        return ALL.contains(lowerCaseWord);
    }

    /** A tag verb strong enough to stand after a quotation. */
    public static boolean isTag(String lowerCaseWord) {
        return ALL.contains(lowerCaseWord) && !WEAK_TAGS.contains(lowerCaseWord);
    }

    /** Any speech verb or phrase, as a regex alternation. */
    public static String anyRegex() {
        Set<String> all = new LinkedHashSet<>(ALL);
        all.addAll(PHRASES);
        return alternation(all);
    }

    /** A regex alternation of the words (longest first, phrases with flexible spaces), for scanners. */
    public static String alternation(Set<String> words) {
        Set<String> sorted = new LinkedHashSet<>(words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList());
        return sorted.stream().map(w -> w.replace(" ", "\\s+")).collect(Collectors.joining("|"));
    }
}
