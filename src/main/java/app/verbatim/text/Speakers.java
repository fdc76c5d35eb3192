package app.verbatim.text;

/** How Verbatim names speakers, shared by extraction, import, queries, lookup and the draft check. */
public final class Speakers {

    public static final String LENIN = "Lenin";

    /** The speaker of words the text does not attribute. */
    public static final String UNKNOWN = "unknown";

    /** Whose words the Works' prefaces, notes and indexes are. */
    public static final String EDITORS = "editors";

    /** Below this confidence an attribution is reported as uncertain. */
    public static final float CERTAIN = 0.8f;

    private Speakers() {
    }

    /** Lenin is asked for under any of his names; other speakers as given. */
    public static String canonical(String speaker) {
        if (speaker == null) {
            return null;
        }
        String name = speaker.strip();
        return LeninNames.isName(name) ? LENIN : name;
    }

    public static boolean isLenin(String speaker) {
        return LENIN.equals(speaker);
    }
}
