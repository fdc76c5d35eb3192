package app.verbatim.extraction;

import java.util.List;
import java.util.Set;

/** Word lists shared by the filter and the resolver. */
final class Lexicon {

    private Lexicon() {}

    static final List<String> SPEECH_VERBS = List.of(
            "said", "says", "say", "saying", "wrote", "writes", "write", "writing", "added", "adds", "continued",
            "continues", "asked", "asks", "replied", "replies", "rejoined", "answered", "answers", "declared",
            "declares", "exclaimed", "exclaims", "insisted", "insists", "agrees", "agreed", "concluded", "concludes",
            "suggest", "suggests", "suggested", "relates", "related", "recalled", "recalls", "recollects", "told",
            "tells", "advised", "remarked", "remarks", "cried", "shouted", "shout", "shouts", "announced",
            "announces", "proclaimed", "stated", "states", "describes", "described", "noted", "repeated",
            "repeating", "observed", "mentions", "mentioned", "whispered", "explained", "explains", "promised",
            "protested", "retorted", "telegraphed", "characterized", "conveyed", "tease", "urged",
            "picks", "lets", "sang", "warned", "calls", "called", "appeals", "appealed", "urges");

    static final Set<String> SPEECH_VERB_SET = Set.copyOf(SPEECH_VERBS);

    /** Verbs too loose to make a tag after a quotation ("the "Central Committee," often mentioned"). */
    static final Set<String> WEAK_TAG_VERBS = Set.of(
            "mentions", "mentioned", "noted", "described", "describes", "characterized", "conveyed",
            "urged", "warned", "states", "stated", "ordered", "sang",
            // "calls upon the population to ..." leads into words; after a quotation "called" names a thing.
            "calls", "called", "appeals", "appealed", "urges");

    static final Set<String> WRITING_VERBS = Set.of(
            "wrote", "writes", "write", "writing", "telegraphed");

    /** Nouns that name a piece of speech or writing: "Ilyich's voice", "his letter". */
    static final Set<String> SPEECH_NOUNS = Set.of(
            "voice", "words", "speech", "speeches", "letter", "letters", "article", "notes", "note", "message",
            "pamphlet", "report", "theses", "telegram", "reply", "memoirs", "reminiscences", "papers",
            "statement", "intonations", "writings", "account");

    static final Set<String> WRITTEN_NOUNS = Set.of(
            "letter", "letters", "article", "notes", "note", "message", "pamphlet", "theses", "telegram",
            "memoirs", "reminiscences", "papers", "writings", "manifesto", "decree", "resolution", "declaration",
            "appeal", "ruling", "proclamation", "treaty", "mandate", "book", "diary");

    /** Nouns whose quotation is a document's, not a person's. */
    static final Set<String> DOCUMENT_NOUNS = Set.of(
            "decree", "resolution", "declaration", "manifesto", "appeal", "ruling", "proclamation", "treaty",
            "mandate", "message", "telegram", "theses");

    /** Words right before a quotation that make it a title or a name, not somebody's words. */
    static final Set<String> TITLE_CUES = Set.of(
            "entitled", "titled", "title", "called", "named", "article", "pamphlet", "book", "booklet",
            "newspaper", "paper", "magazine", "journal", "slogan", "slogans", "song", "hymn", "lecture",
            "lectures", "word", "so-called", "known", "headed", "chapter", "poem", "play", "film", "manifesto",
            "Pravda", "Izvestia", "Iskra", "lexicon");

    static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "this", "these", "those", "his", "her", "their", "our", "its", "my", "your",
            "so-called", "of");

    static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with", "from", "as",
            "is", "nor", "but", "its", "after", "over", "under", "versus", "vs", "de", "du", "la", "le");

    /** Text before a quotation that marks a crowd, not a person, as the source. */
    static final List<String> CROWD_CUES = List.of("shout from", "shouts from", "cry from", "cries from",
            "voices from", "a voice from");
}
