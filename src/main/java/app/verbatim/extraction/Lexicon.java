package app.verbatim.extraction;

import java.util.List;
import java.util.Set;

/** Word lists of memoir extraction's own; speech verbs are shared with the draft check ({@link app.verbatim.text.SpeechVerbs}). */
final class Lexicon {

    private Lexicon() {}

    /** Nouns that name a piece of speech or writing: "Ilyich's voice", "his letter". */
    static final Set<String> SPEECH_NOUNS = Set.of(
            "voice", "words", "speech", "speeches", "letter", "letters", "article", "notes", "note", "message",
            "pamphlet", "report", "theses", "telegram", "reply", "memoirs", "reminiscences", "papers",
            "statement", "intonations", "writings", "account", "text", "passage", "lines", "sentence", "criticism");

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

    /** Text before a quotation that marks a crowd, not a person, as the source. */
    static final List<String> CROWD_CUES = List.of("shout from", "shouts from", "cry from", "cries from",
            "voices from", "a voice from");

    /** Pronouns that open a clause of narration about someone ("...," he went on; "X" they wanted). */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "i", "we", "they");

    /** Verbs that give their object a name: "called the slogan 'a decisive victory'", "dubbed him 'the Old Man'". */
    static final Set<String> NAMING_VERBS = Set.of("called", "calls", "call", "calling", "named", "termed", "dubbed",
            "labelled", "labeled", "styled", "christened");

    /** After a naming verb, words that make it someone crying out or turning to someone: "called out", "called to". */
    static final Set<String> CALLING_OUT = Set.of("out", "to", "on", "upon", "for", "after", "back", "in", "up");
}
